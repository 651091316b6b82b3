//! `pathways check FILE...`: validate dataset files, reporting every problem in one run.

use clap::Parser;
use pathways_engine::validate::{check_texts, CheckOptions, Diagnostic, Severity};

#[derive(Parser, Debug)]
#[command(about = "Validate dataset files: exit 0 clean, 1 warnings only, 2 errors")]
struct Args {
    /// Dataset files, merged as one dataset.
    #[arg(required = true)]
    files: Vec<String>,
    /// Treat warnings as errors.
    #[arg(long)]
    strict: bool,
    /// Date (YYYY-MM-DD) rule validity is checked against; defaults to today.
    #[arg(long)]
    today: Option<String>,
    /// Print the diagnostics as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Vec<String>) -> i32 {
    let args: Args = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let mut inputs = Vec::new();
    let mut unreadable = Vec::new();
    for f in &args.files {
        match std::fs::read(f) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => inputs.push((f.clone(), t)),
                Err(_) => unreadable.push(diag_unreadable(f, "the file is not UTF-8 text")),
            },
            Err(e) => unreadable.push(diag_unreadable(f, &format!("cannot read the file: {e}"))),
        }
    }
    let today = args.today.clone().or_else(crate::today);
    let report = check_texts(&inputs, &CheckOptions { today });
    let mut diags = unreadable;
    diags.extend(report.diagnostics);
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if args.json {
        match serde_json::to_string_pretty(&diags) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("cannot print JSON: {e}"),
        }
    } else {
        for d in &diags {
            println!("{}", render(d));
        }
        println!(
            "{errors} error{}, {warnings} warning{} in {} file{}",
            plural(errors),
            plural(warnings),
            args.files.len(),
            plural(args.files.len())
        );
    }
    if errors > 0 || (args.strict && warnings > 0) {
        2
    } else if warnings > 0 {
        1
    } else {
        0
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn diag_unreadable(file: &str, msg: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code: "unreadable".into(),
        message: msg.into(),
        hint: Some("check the path and that the file is a UTF-8 JSON file".into()),
        file: file.into(),
        line: 0,
        column: 0,
        path: "$".into(),
    }
}

/// `file:line:column: error[code]: message (at $.path)` plus an indented hint.
pub fn render(d: &Diagnostic) -> String {
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut s = format!(
        "{}:{}:{}: {sev}[{}]: {} (at {})",
        d.file, d.line, d.column, d.code, d.message, d.path
    );
    if let Some(h) = &d.hint {
        s.push_str("\n    hint: ");
        s.push_str(h);
    }
    s
}
