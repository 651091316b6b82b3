//! The validator: every problem of a dataset in one run, each with file, line:column and
//! JSON path. The same code runs in the CLI (`pathways check`) and in the browser before a
//! dataset replaces the one in use.

use crate::dataset::Dataset;
use crate::route::render::Renderer;
use crate::route::Msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found in one input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable rule code, e.g. `duplicate-id`, `unknown-reference`.
    pub code: String,
    /// What is wrong, as a message key (`check.<code>[.<case>]`) with arguments: the CLI
    /// renders it in English ([`Diagnostic::message`]), the app in the reader's language.
    pub msg: Msg,
    /// How to fix it, as a message key (`check.hint.*`) with arguments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Msg>,
    /// Input name (file path or URL).
    pub file: String,
    /// 1-based line and column; 0 when the position is unknown.
    pub line: usize,
    pub column: usize,
    /// JSON path, e.g. `$.offers[3].entry.all[1].credential`.
    pub path: String,
}

impl Diagnostic {
    /// What is wrong, in `r`'s language (English in the CLI).
    pub fn message(&self, r: &Renderer) -> String {
        r.msg(&self.msg)
    }

    /// How to fix it, in `r`'s language.
    pub fn hint_text(&self, r: &Renderer) -> Option<String> {
        self.hint.as_ref().map(|h| r.msg(h))
    }

    /// The diagnostic as a flat row of strings, `[file, line, column, code, path, n,
    /// message row (n strings)..., hint row...]` with the message and hint as
    /// [`crate::import::report::to_row`] rows: what the checker module sends the app, whose
    /// reader of string arrays it already has. The severity is left out (the module sends
    /// errors only).
    pub fn to_row(&self) -> Vec<String> {
        let msg = crate::import::report::to_row(&self.msg);
        let mut row = vec![
            self.file.clone(),
            self.line.to_string(),
            self.column.to_string(),
            self.code.clone(),
            self.path.clone(),
            msg.len().to_string(),
        ];
        row.extend(msg);
        row.extend(self.hint.iter().flat_map(crate::import::report::to_row));
        row
    }

    /// The error of a [`Diagnostic::to_row`] row; missing parts are empty.
    pub fn from_row(mut row: Vec<String>) -> Diagnostic {
        let at = |i: usize| row.get(i).cloned().unwrap_or_default();
        let n: usize = at(5).parse().unwrap_or(0);
        let head = [at(0), at(1), at(2), at(3), at(4)];
        let rest = row.split_off(row.len().min(6));
        let (msg, hint) = rest.split_at(n.min(rest.len()));
        let [file, line, column, code, path] = head;
        Diagnostic {
            severity: Severity::Error,
            code,
            msg: crate::import::report::from_row(msg.to_vec()),
            hint: (!hint.is_empty()).then(|| crate::import::report::from_row(hint.to_vec())),
            file,
            line: line.parse().unwrap_or(0),
            column: column.parse().unwrap_or(0),
            path,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Date (YYYY-MM-DD) that rule validity is checked against; `None` skips expiry checks.
    pub today: Option<String>,
}

/// The result of checking a set of inputs.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    /// The merged dataset, present when every input could be read (even with errors in it);
    /// callers decide whether errors make it unusable.
    pub dataset: Option<Dataset>,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// Checks dataset texts as one merged dataset and reports every problem found, each with
/// its file, line:column, JSON path, code and a hint. The CLI's `pathways check` runs it:
/// it reads each item on its own, so a file with several type errors reports them all.
///
/// # Arguments
/// * `inputs`: `(name, text)` pairs, one per file; names appear in the diagnostics.
/// * `opts`: the day rule validity is judged against (`None` skips expiry checks).
///
/// # Returns
/// * [`CheckReport`]: the diagnostics, errors and warnings in file order, and the merged
///   [`Dataset`] when every input could be read, even with errors in it: whether errors
///   make it unusable is the caller's decision ([`CheckReport::errors`]).
///
/// # Complexity
/// * Time: **O(N + C)** to read and check, with hash lookups for references and codes,
///   plus one walk along the text for the line:column of each diagnostic.
/// * Auxiliary space: **O(N)**.
///
/// where **N** is the total input size and **C** the number of condition nodes.
///
/// # Example
/// ```
/// use pathways_engine::validate::{check_texts, CheckOptions};
///
/// let data = r#"{"format": "pathways-dataset", "version": 1,
///   "providers": [{"id": "p", "name": {"en": "TH"}, "country": "XX"}]}"#;
/// let report = check_texts(&[("data.json".into(), data.into())], &CheckOptions::default());
/// let d = &report.diagnostics[0];
/// assert_eq!((d.code.as_str(), d.line, d.column), ("invalid-country", 2, 62));
/// assert_eq!(d.path, "$.providers[0].country");
/// assert_eq!(report.errors(), 1);
/// ```
pub fn check_texts(inputs: &[(String, String)], opts: &CheckOptions) -> CheckReport {
    let inputs = &*crate::load::without_boms(inputs);
    let mut diagnostics = Vec::new();
    let mut loaded = Vec::new();
    let mut all_read = true;
    for (name, text) in inputs {
        match crate::load::parse_reporting(name, text, &mut diagnostics) {
            Some(l) => loaded.push((l, text.as_str())),
            None => all_read = false,
        }
    }
    finish(inputs, loaded, all_read, opts, diagnostics)
}

/// The validator as [`check_texts`], for files read straight into the typed model: the
/// browser's path, and the CLI's before every command but `check`. It skips the per-item
/// `serde_json::Value` pass, which is what reports several type errors per file and costs
/// a large share of the wasm bundle; every semantic check runs as in [`check_texts`].
///
/// # Arguments
/// * `inputs`: `(name, text)` pairs, one per file.
/// * `opts`: the day rule validity is judged against.
///
/// # Returns
/// * [`CheckReport`]: as [`check_texts`], except that a file that does not parse gets one
///   diagnostic (serde's line, column and reason) instead of one per broken item.
///
/// # Complexity
/// * Time: **O(N + C)** as [`check_texts`], with a smaller constant; auxiliary space
///   **O(N)**.
///
/// # Example
/// ```
/// use pathways_engine::validate::{check_files, CheckOptions};
///
/// let data = r#"{"format": "pathways-dataset", "version": 1,
///   "providers": [{"id": "p", "name": {"en": "TH"}, "country": "DE"}],
///   "offers": [{"id": "o", "title": {"en": "O"}, "kind": "adult_course", "provider": "p",
///     "duration_months": 6, "modes": ["online"], "languages": ["de"],
///     "cost": {"amount": 0, "currency": "EUR"}, "awards": "o"}]}"#;
/// let opts = CheckOptions { today: Some("2026-11-24".into()) };
/// let report = check_files(&[("data.json".into(), data.into())], &opts);
/// assert!(report.diagnostics.is_empty());
/// assert_eq!(report.dataset.unwrap().offers.len(), 1);
/// ```
pub fn check_files(inputs: &[(String, String)], opts: &CheckOptions) -> CheckReport {
    let inputs = &*crate::load::without_boms(inputs);
    let (loaded, diagnostics) = read_typed(inputs);
    let all_read = loaded.len() == inputs.len();
    finish(inputs, loaded, all_read, opts, diagnostics)
}

/// Only the typed parse and the format and version check, no semantic checks: for data
/// that was checked before it was published (the app's own bundled demo files, which CI
/// checks clean), so the planner's bundle need not carry the whole validator. Any other
/// file goes through [`check_files`] (in the browser, in the on-demand checker module).
pub fn read_files(inputs: &[(String, String)]) -> CheckReport {
    let mut files = Vec::with_capacity(inputs.len());
    let mut diagnostics = Vec::new();
    for (name, text) in inputs {
        let problem = |code: &str, line, column, msg: Msg| Diagnostic {
            severity: Severity::Error,
            code: code.into(),
            msg,
            hint: Some(Msg::new("check.hint.run_check")),
            file: name.clone(),
            line,
            column,
            path: "$".into(),
        };
        match crate::load::parse_fast_located(text) {
            Ok(f) if f.format != crate::model::FORMAT_NAME => diagnostics.push(problem(
                "wrong-format",
                0,
                0,
                Msg::new("check.wrong_format")
                    .arg("found", format!("\"{}\"", f.format))
                    .arg("expected", crate::model::FORMAT_NAME),
            )),
            Ok(f) if f.version == 0 || f.version > crate::model::FORMAT_VERSION => diagnostics
                .push(problem(
                    "unsupported-version",
                    0,
                    0,
                    Msg::new("check.unsupported_version").arg("version", f.version),
                )),
            Ok(f) => files.push(f),
            // serde's words as they are: the app's bundled files (this path's only
            // readers) are checked clean before release, and keying them here would put
            // the reason parser in the planner's bundle.
            Err(u) => diagnostics.push(problem(
                "parse",
                u.line,
                u.column,
                Msg::new("check.serde.other").arg("reason", u.reason),
            )),
        }
    }
    CheckReport {
        dataset: diagnostics.is_empty().then(|| Dataset::from_files(files)),
        diagnostics,
    }
}

fn read_typed(inputs: &[(String, String)]) -> (Vec<(crate::load::Loaded, &str)>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut loaded = Vec::new();
    for (name, text) in inputs {
        match crate::load::parse_fast_located(text) {
            Ok(file) => {
                let origins = crate::load::Origins {
                    broken_ids: Vec::new(),
                    providers: (0..file.providers.len()).collect(),
                    credentials: (0..file.credentials.len()).collect(),
                    offers: (0..file.offers.len()).collect(),
                    rules: (0..file.rules.len()).collect(),
                };
                let mut l = crate::load::Loaded {
                    name: name.clone(),
                    file,
                    origins,
                };
                header_checks(&mut l, text, &mut diagnostics);
                loaded.push((l, text.as_str()));
            }
            // Named by the rule the value breaks, as the full checker names it: "parse" is
            // for text that is not JSON, and the app says so in those words.
            Err(u) => {
                let (code, hint, msg) = u.refusal();
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    code: code.into(),
                    msg,
                    hint: Some(Msg::new(hint)),
                    file: name.clone(),
                    line: u.line,
                    column: u.column,
                    path: "$".into(),
                })
            }
        }
    }
    (loaded, diagnostics)
}

/// Runs the semantic checks, orders the diagnostics by file and position, and merges the
/// dataset when every input could be read.
fn finish(
    inputs: &[(String, String)],
    loaded: Vec<(crate::load::Loaded, &str)>,
    all_read: bool,
    opts: &CheckOptions,
    mut diagnostics: Vec<Diagnostic>,
) -> CheckReport {
    semantic::check(&loaded, opts, &mut diagnostics);
    crate::order::sort_by_key(&mut diagnostics, |d| {
        (
            inputs
                .iter()
                .position(|(n, _)| n == &d.file)
                .unwrap_or(usize::MAX),
            d.line,
            d.column,
        )
    });
    let dataset = all_read.then(|| Dataset::from_files(loaded.into_iter().map(|(l, _)| l.file)));
    CheckReport {
        diagnostics,
        dataset,
    }
}

/// `format` and `version` of a typed file.
fn header_checks(l: &mut crate::load::Loaded, text: &str, out: &mut Vec<Diagnostic>) {
    use crate::jsonpos::Path;
    let loc = crate::jsonpos::Locator::new(text);
    if l.file.format != crate::model::FORMAT_NAME {
        out.push(crate::load::diag(
            Severity::Error,
            "wrong-format",
            Msg::new("check.wrong_format")
                .arg("found", format!("\"{}\"", l.file.format))
                .arg("expected", crate::model::FORMAT_NAME),
            Some(Msg::new("check.hint.set_format")),
            &l.name,
            &loc,
            &Path::root().key("format"),
        ));
    }
    if l.file.version == 0 || l.file.version > crate::model::FORMAT_VERSION {
        out.push(crate::load::diag(
            Severity::Error,
            "unsupported-version",
            Msg::new("check.unsupported_version.reads")
                .arg("version", l.file.version)
                .arg("reads", crate::model::FORMAT_VERSION),
            Some(Msg::new("check.hint.version_1")),
            &l.name,
            &loc,
            &Path::root().key("version"),
        ));
    }
}

mod semantic;
