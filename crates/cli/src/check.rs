//! `pathways check FILE...`: validate dataset files, reporting every problem in one run.

use clap::Parser;
use pathways_engine::route::Msg;
use pathways_engine::validate::{check_texts, CheckOptions, Diagnostic, Severity};
use std::collections::BTreeMap;

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
    // A pack is verified (its checksum) and its records checked as the JSON they unpack
    // to: a publisher can re-check a pack someone sent them.
    let (inputs, unreadable) = crate::data::read_texts(&args.files);
    let today = args.today.clone().or_else(crate::today);
    let report = check_texts(&inputs, &CheckOptions { today });
    let mut diags = unreadable;
    diags.extend(report.diagnostics);
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    let cat = crate::english();
    if args.json {
        let shown: Vec<Json> = diags.iter().map(|d| Json::of(d, &cat)).collect();
        match serde_json::to_string_pretty(&shown) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("cannot print JSON: {e}"),
        }
    } else {
        for d in &diags {
            println!("{}", render(d, &cat));
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

pub(crate) fn diag_unreadable(file: &str, msg: Msg) -> Box<Diagnostic> {
    Box::new(Diagnostic {
        severity: Severity::Error,
        code: "unreadable".into(),
        msg,
        hint: Some(Msg::new("check.hint.unreadable")),
        file: file.into(),
        line: 0,
        column: 0,
        path: "$".into(),
    })
}

/// One diagnostic as `pathways check --json` prints it: the English `message` and `hint`
/// as before, and the message keys with their arguments (`msg`, `hint_msg`) for tools
/// that show them in another language.
#[derive(serde::Serialize)]
struct Json<'a> {
    severity: Severity,
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
    file: &'a str,
    line: usize,
    column: usize,
    path: &'a str,
    msg: &'a Msg,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint_msg: Option<&'a Msg>,
}

impl<'a> Json<'a> {
    fn of(d: &'a Diagnostic, cat: &BTreeMap<String, String>) -> Self {
        let (message, hint) = english(d, cat);
        Json {
            severity: d.severity,
            code: &d.code,
            message,
            hint,
            file: &d.file,
            line: d.line,
            column: d.column,
            path: &d.path,
            msg: &d.msg,
            hint_msg: d.hint.as_ref(),
        }
    }
}

/// A diagnostic's message and hint in English.
fn english(d: &Diagnostic, cat: &BTreeMap<String, String>) -> (String, Option<String>) {
    crate::in_english(cat, &pathways_engine::Dataset::default(), |en| {
        (d.message(en), d.hint_text(en))
    })
}

/// `file:line:column: error[code]: message (at $.path)` plus an indented hint, in English
/// (`cat`: the English catalogue, [`crate::english`]).
pub fn render(d: &Diagnostic, cat: &BTreeMap<String, String>) -> String {
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let (message, hint) = english(d, cat);
    let mut s = format!(
        "{}:{}:{}: {sev}[{}]: {message} (at {})",
        d.file, d.line, d.column, d.code, d.path
    );
    if let Some(h) = hint {
        s.push_str("\n    hint: ");
        s.push_str(&h);
    }
    s
}
