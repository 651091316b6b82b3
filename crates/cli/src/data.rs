//! Reading dataset files for the commands that use them: every command validates first,
//! so nothing is planned or exported from data that `pathways check` rejects.

use pathways_engine::validate::{check_files, CheckOptions, Severity};
use pathways_engine::Dataset;

/// Reads and validates `files` as one dataset. On an unreadable file or any error the
/// diagnostics go to stderr and the result is the exit code 2.
pub fn load_checked(cmd: &str, files: &[String], today: Option<String>) -> Result<Dataset, i32> {
    let mut inputs = Vec::with_capacity(files.len());
    for f in files {
        match std::fs::read_to_string(f) {
            Ok(t) => inputs.push((f.clone(), t)),
            Err(e) => {
                eprintln!("pathways {cmd}: cannot read {f}: {e}");
                return Err(2);
            }
        }
    }
    let report = check_files(&inputs, &CheckOptions { today });
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        let cat = crate::english();
        for d in &errors {
            eprintln!("{}", crate::check::render(d, &cat));
        }
        eprintln!(
            "pathways {cmd}: the data has {} error(s); nothing was planned. Fix them (`pathways check` lists every problem) and run again.",
            errors.len()
        );
        return Err(2);
    }
    report.dataset.ok_or(2)
}
