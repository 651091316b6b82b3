//! The CTDL/ELM importer for the browser. It is a module of its own, fetched only when a
//! file needs importing, so the planner's bundle does not carry the importer's weight.
//!
//! The answer is JSON text ([`BrowserImport`]): the app passes the dataset text through the
//! same validator as any other file.

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
    fn ctdl_record_becomes_a_dataset_that_checks() {
        let record = r#"{"@context":"https://credreg.net/ctdl/schema/context/json",
          "@id":"https://credentialengineregistry.org/resources/ce-1","@type":"ceterms:BachelorDegree",
          "ceterms:ctid":"ce-1","ceterms:name":{"en-US":"BSc Nursing"}}"#;
        let a = run(vec!["r.json".into()], vec![record.into()]);
        assert!(a.ok, "{}", a.error);
        assert_eq!(a.offers, 1);
        assert!(a.report.contains("read as ctdl"), "{}", a.report);
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
