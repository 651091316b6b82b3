//! Reading dataset files for the commands that use them: every command validates first,
//! so nothing is planned or exported from data that `pathways check` rejects. A pack
//! (`pathways pack`) was validated when it was written: read intact, it is not checked
//! again.

use pathways_engine::pack;
use pathways_engine::validate::{check_files, CheckOptions, Diagnostic, Severity};
use pathways_engine::{Dataset, DatasetFile};

/// One input file as read from disk.
pub enum Input {
    /// JSON text (our format, or CTDL/ELM for the importer).
    Text(String, String),
    /// An intact pack's records.
    Pack(String, Vec<DatasetFile>),
}

/// Reads `path`: a pack is read and verified, anything else must be UTF-8 text. `Err` is
/// the message to print.
pub fn read_input(path: &str) -> Result<Input, Box<Diagnostic>> {
    let bytes = std::fs::read(path).map_err(|e| {
        crate::check::diag_unreadable(
            path,
            pathways_engine::route::Msg::new("check.unreadable.io").arg("reason", e),
        )
    })?;
    if pack::is_pack(&bytes) {
        return Ok(Input::Pack(path.into(), pack::read(path, &bytes)?));
    }
    String::from_utf8(bytes)
        .map(|t| Input::Text(path.into(), t))
        .map_err(|_| {
            crate::check::diag_unreadable(
                path,
                pathways_engine::route::Msg::new("check.unreadable.not_utf8"),
            )
        })
}

/// A pack as the JSON of one dataset file, for the validator, which reads text.
pub fn unpacked(name: &str, files: Vec<DatasetFile>) -> Vec<(String, String)> {
    files
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let label = if i == 0 {
                format!("{name} (unpacked)")
            } else {
                format!("{name} (unpacked description {})", i + 1)
            };
            (label, serde_json::to_string_pretty(&f).unwrap_or_default())
        })
        .collect()
}

/// Texts for the validator: JSON as read, a pack as the JSON it unpacks to.
fn texts_of(inputs: Vec<Input>) -> Vec<(String, String)> {
    inputs
        .into_iter()
        .flat_map(|i| match i {
            Input::Text(n, t) => vec![(n, t)],
            Input::Pack(n, f) => unpacked(&n, f),
        })
        .collect()
}

/// Reads `files` as texts for the validator ([`texts_of`]), with the problems of those
/// that could not be read.
pub fn read_texts(files: &[String]) -> (Vec<(String, String)>, Vec<Diagnostic>) {
    let mut inputs = Vec::with_capacity(files.len());
    let mut unreadable = Vec::new();
    for f in files {
        match read_input(f) {
            Ok(i) => inputs.push(i),
            Err(d) => unreadable.push(*d),
        }
    }
    (texts_of(inputs), unreadable)
}

/// Prints `errors` and what `cmd` did not do because of them.
pub fn print_errors(cmd: &str, errors: &[&Diagnostic], what: &str) {
    let cat = crate::english();
    for d in errors {
        eprintln!("{}", crate::check::render(d, &cat));
    }
    eprintln!(
        "pathways {cmd}: the data has {} error(s); {what}. Fix them (`pathways check` lists every problem) and run again.",
        errors.len()
    );
}

/// Reads and validates `files` as one dataset. On an unreadable file or any error the
/// diagnostics go to stderr and the result is the exit code 2. Packs alone are read
/// without a second check; packs among JSON files are checked with them.
pub fn load_checked(cmd: &str, files: &[String], today: Option<String>) -> Result<Dataset, i32> {
    let mut inputs = Vec::with_capacity(files.len());
    for f in files {
        match read_input(f) {
            Ok(i) => inputs.push(i),
            Err(d) => {
                print_errors(cmd, &[&d], "nothing was planned");
                return Err(2);
            }
        }
    }
    if inputs.iter().all(|i| matches!(i, Input::Pack(..))) {
        let files = inputs.into_iter().flat_map(|i| match i {
            Input::Pack(_, f) => f,
            Input::Text(..) => Vec::new(),
        });
        return Ok(Dataset::from_files(files));
    }
    let report = check_files(&texts_of(inputs), &CheckOptions { today });
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        print_errors(cmd, &errors, "nothing was planned");
        return Err(2);
    }
    report.dataset.ok_or(2)
}
