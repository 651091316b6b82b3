//! The CTDL/ELM importer for the browser. It is a module of its own, fetched only when a
//! file needs importing, so the planner's bundle does not carry the importer's weight.
//!
//! The answer is JSON text (see [`Answer`]): the app reads a handful of fields and passes
//! the dataset text through the same validator as any other file.

use pathways_engine::import::{import, Format, ImportError};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What the app receives. `dataset` is in our format; `report` is the same text the CLI
/// prints, so a counsellor and an institution see identical wording.
#[derive(Serialize, Debug, PartialEq)]
pub struct Answer {
    pub ok: bool,
    pub error: String,
    pub dataset: String,
    pub report: String,
    pub entries: usize,
    pub losses: usize,
    pub offers: usize,
    pub goals: Vec<String>,
}

/// Imports `texts` (named by `names`, same order) with format detection.
#[wasm_bindgen]
pub fn import_files(names: Vec<String>, texts: Vec<String>) -> String {
    let answer = run(names, texts);
    // Serialising strings and numbers cannot fail; the fallback keeps the promise of JSON.
    serde_json::to_string(&answer)
        .unwrap_or_else(|_| r#"{"ok":false,"error":"internal: answer not serialisable"}"#.into())
}

pub fn run(names: Vec<String>, texts: Vec<String>) -> Answer {
    let inputs: Vec<(String, String)> = names.into_iter().zip(texts).collect();
    match import(&inputs, Format::Auto) {
        Ok(out) => match serde_json::to_string_pretty(&out.dataset) {
            Ok(dataset) => Answer {
                ok: true,
                error: String::new(),
                dataset,
                report: out.report.to_text(),
                entries: out.report.entries.len(),
                losses: out.report.losses(),
                offers: out.dataset.offers.len(),
                goals: out.goals,
            },
            Err(e) => failed(format!("imported dataset could not be written: {e}")),
        },
        Err(e) => failed(describe(&e)),
    }
}

fn describe(e: &ImportError) -> String {
    match e {
        // The CLI's hint names --from; in the browser the fix is a different file.
        ImportError::UnknownFormat { input, reason } => format!(
            "{input}: neither our dataset format nor CTDL or ELM JSON-LD ({reason}); open a Pathways dataset, a Credential Engine record or an ELM/Europass learning opportunity"
        ),
        other => other.to_string(),
    }
}

fn failed(error: String) -> Answer {
    Answer {
        ok: false,
        error,
        dataset: String::new(),
        report: String::new(),
        entries: 0,
        losses: 0,
        offers: 0,
        goals: Vec::new(),
    }
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
