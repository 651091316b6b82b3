//! `pathways pack FILE... -o OUT`: one validated file for a big dataset, which browsers read
//! a slice at a time with a progress bar and do not check again (see `engine::pack`).

use clap::Parser;
use pathways_engine::validate::{check_files, CheckOptions, Severity};

#[derive(Parser, Debug)]
#[command(
    about = "Write dataset files as one validated pack (for big datasets); refused when the check finds errors"
)]
struct Args {
    /// Dataset files (our JSON format, or packs), merged as one dataset.
    #[arg(required = true)]
    files: Vec<String>,
    /// The pack to write (by convention `*.pwpack`).
    #[arg(short = 'o', long = "out")]
    out: String,
    /// Date (YYYY-MM-DD) rule validity is checked against; defaults to today.
    #[arg(long)]
    today: Option<String>,
}

pub fn run(args: Vec<String>) -> i32 {
    let a: Args = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let (texts, unreadable) = crate::data::read_texts(&a.files);
    if !unreadable.is_empty() {
        let shown: Vec<_> = unreadable.iter().collect();
        crate::data::print_errors("pack", &shown, "no pack was written");
        return 2;
    }
    let today = a.today.clone().or_else(crate::today);
    let report = check_files(&texts, &CheckOptions { today });
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        crate::data::print_errors("pack", &errors, "no pack was written");
        return 2;
    }
    let mut files = Vec::with_capacity(texts.len());
    for (name, text) in &texts {
        match pathways_engine::load::parse_fast(text.trim_start_matches('\u{feff}')) {
            Ok(f) => files.push(f),
            // The check passed, so only a CTDL/ELM file can land here.
            Err(e) => {
                eprintln!("pathways pack: {name} is not in the Pathways format ({e}); convert it with `pathways import` first");
                return 2;
            }
        }
    }
    let pack = pathways_engine::pack::write(files);
    if let Err(e) = std::fs::write(&a.out, &pack) {
        eprintln!("pathways pack: cannot write {}: {e}", a.out);
        return 2;
    }
    let records = pack.lines().count().saturating_sub(1);
    println!(
        "wrote {}: {records} records, {:.1} MB",
        a.out,
        pack.len() as f64 / 1e6
    );
    0
}
