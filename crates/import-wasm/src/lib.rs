//! The CTDL/ELM importer and the dataset checker for the browser. They are a module of
//! their own, fetched only when a learner or a host opens data the app did not ship with,
//! so the planner's bundle carries neither the importer nor the full validator.
//!
//! Answers are JSON text: [`BrowserImport`] for an import, the validator's diagnostics for
//! a check. The app checks every file it did not ship with before using it.

use pathways_engine::import::{import_for_browser, BrowserImport};
use wasm_bindgen::prelude::*;

/// Imports `texts` (named by `names`, same order) with format detection.
#[wasm_bindgen]
pub fn import_files(names: Vec<String>, texts: Vec<String>) -> String {
    let answer = run(names, texts);
    // Serialising strings and numbers cannot fail; the fallback keeps the promise of JSON.
    serde_json::to_string(&answer)
        .unwrap_or_else(|_| r#"{"ok":false,"error":"internal: answer not serialisable"}"#.into())
}

/// Checks `texts` (named by `names`) as one dataset with the engine's validator, rules
/// judged on `today`; answers the errors as a JSON array of string arrays, one per error
/// ([`pathways_engine::validate::Diagnostic::to_row`]: position, code, and the message and
/// hint as keys with arguments, which the app renders in the reader's language). A flat
/// shape keeps the app's reader small; warnings do not stop a dataset and are left out.
#[wasm_bindgen]
pub fn check_files(names: Vec<String>, texts: Vec<String>, today: String) -> String {
    let errors: Vec<Vec<String>> = check(names, texts, today)
        .iter()
        .filter(|d| d.severity == pathways_engine::validate::Severity::Error)
        .map(pathways_engine::validate::Diagnostic::to_row)
        .collect();
    serde_json::to_string(&errors).unwrap_or_else(|_| "[]".into())
}

pub fn check(
    names: Vec<String>,
    texts: Vec<String>,
    today: String,
) -> Vec<pathways_engine::validate::Diagnostic> {
    let inputs: Vec<(String, String)> = names.into_iter().zip(texts).collect();
    let opts = pathways_engine::validate::CheckOptions { today: Some(today) };
    pathways_engine::validate::check_files(&inputs, &opts).diagnostics
}

pub fn run(names: Vec<String>, texts: Vec<String>) -> BrowserImport {
    let inputs: Vec<(String, String)> = names.into_iter().zip(texts).collect();
    import_for_browser(&inputs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_input_is_an_error_answer_with_position() {
        let a = run(vec!["x.json".into()], vec!["{\"@context\": ".into()]);
        assert!(!a.ok);
        assert!(a.error.starts_with("x.json:1:"), "{}", a.error);
        assert!(a.dataset.is_empty());
    }

    #[test]
    fn unknown_json_names_the_formats_accepted() {
        let a = run(vec!["y.json".into()], vec!["{\"a\": 1}".into()]);
        assert!(!a.ok);
        assert!(a.error.contains("CTDL or ELM"), "{}", a.error);
    }

    #[test]
    fn the_checker_reports_semantic_errors_with_positions() {
        let text = r#"{"format": "pathways-dataset", "version": 1,
          "offers": [{"id": "o", "title": {"en": "O"}, "kind": "bachelor", "provider": "nobody",
            "modes": ["online"], "languages": ["en"], "awards": "o"}]}"#;
        let d = check(
            vec!["f.json".into()],
            vec![text.into()],
            "2026-12-01".into(),
        );
        let unknown: Vec<_> = d.iter().filter(|d| d.code == "unknown-reference").collect();
        assert_eq!(unknown.len(), 1, "{d:?}");
        assert_eq!(
            (unknown[0].line, unknown[0].path.as_str()),
            (2, "$.offers[0].provider")
        );
        // What the app receives: rows that read back as the same diagnostic, its message
        // and hint as keys with arguments (no English).
        let rows: Vec<Vec<String>> = serde_json::from_str(&check_files(
            vec!["f.json".into()],
            vec![text.into()],
            "2026-12-01".into(),
        ))
        .unwrap_or_default();
        let back: Vec<_> = rows
            .into_iter()
            .map(pathways_engine::validate::Diagnostic::from_row)
            .collect();
        assert!(back.contains(unknown[0]), "{back:?}");
        assert_eq!(unknown[0].msg.key, "check.unknown_reference.provider");
        assert_eq!(
            unknown[0].msg.args.get("item").map(String::as_str),
            Some("nobody")
        );
    }

    #[test]
    fn ctdl_record_becomes_a_dataset_that_checks() {
        let record = r#"{"@context":"https://credreg.net/ctdl/schema/context/json",
          "@id":"https://credentialengineregistry.org/resources/ce-1","@type":"ceterms:BachelorDegree",
          "ceterms:ctid":"ce-1","ceterms:name":{"en-US":"BSc Nursing"}}"#;
        let a = run(vec!["r.json".into()], vec![record.into()]);
        assert!(a.ok, "{}", a.error);
        assert_eq!(a.offers, 1);
        // The report travels as message rows, not English text: the app renders them.
        assert_eq!(
            a.report.first().map(|r| r[0].as_str()),
            Some(pathways_engine::import::report::READ_AS),
            "{:?}",
            a.report
        );
        let first = pathways_engine::import::report::from_row(a.report[0].clone());
        assert_eq!(first.args.get("format").map(String::as_str), Some("ctdl"));
        let check = pathways_engine::validate::check_texts(
            &[("r.json".into(), a.dataset.clone())],
            &Default::default(),
        );
        assert!(
            check
                .diagnostics
                .iter()
                .all(|d| d.severity != pathways_engine::validate::Severity::Error),
            "{:?}",
            check.diagnostics
        );
    }
}
