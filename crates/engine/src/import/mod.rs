//! Importers from CTDL and ELM JSON-LD into our format, with a mapping report.
//!
//! The engine does no I/O: callers pass `(name, text)` pairs and get a dataset plus a
//! report of what every source node became and what could not be mapped (with JSON
//! paths), so the CLI and the browser show the same result. See `pathways-data/IMPORT.md`.

mod codes;
mod ctdl;
mod ctx;
mod elm;
pub(crate) mod jsonld;
mod rdf;
mod read;
mod reason;
pub mod report;
#[cfg(feature = "turtle")]
mod turtle;

pub use report::{Detected, Entry, Level, MappingReport, Reason, Target};

use crate::model::*;
use ctx::{note_push, Ctx};
use serde_json::Value;

/// Source format of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Ctdl,
    Elm,
    /// Decide per input from its `@context`, key prefixes and type names.
    Auto,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "ctdl" => Some(Format::Ctdl),
            "elm" => Some(Format::Elm),
            "auto" => Some(Format::Auto),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutput {
    pub dataset: DatasetFile,
    pub report: MappingReport,
    /// Offer ids a pathway names as its destination: goals the UI can offer.
    pub goals: Vec<String>,
}

/// Why an import produced nothing. The CLI exits 2 on these.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    NoInput,
    /// Not JSON, N-Triples or Turtle (line and column 1-based); `message` says which.
    Malformed {
        input: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// `Auto` could not tell CTDL from ELM.
    UnknownFormat {
        input: String,
        reason: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NoInput => write!(f, "no input given"),
            ImportError::Malformed {
                input,
                line,
                column,
                message,
            } => write!(f, "{input}:{line}:{column}: {message}"),
            ImportError::UnknownFormat { input, reason } => write!(
                f,
                "{input}: neither CTDL nor ELM JSON-LD ({reason}); use --from ctdl|elm to force a format"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Imports CTDL or ELM JSON-LD texts into one dataset in our format, with a report of
/// what every source node became and of everything that could not be mapped, so the CLI
/// and the browser show the same result. Mapping table and reasons: `pathways-data/IMPORT.md`.
///
/// # Arguments
/// * `inputs`: `(name, text)` pairs: JSON-LD documents, `@graph` documents, arrays of
///   records, or Credential Registry envelopes; names appear in the report.
/// * `from`: [`Format::Ctdl`], [`Format::Elm`], or [`Format::Auto`] to decide per input
///   from its `@context`, key prefixes and type names.
///
/// # Returns
/// * `Ok(ImportOutput)`: the dataset (check it with [`crate::validate::check_files`] like
///   any file), the [`MappingReport`] (its [`MappingReport::exit_code`] is 1 when
///   information was lost), and the offers pathways name as destinations (goals to offer).
/// * `Err(ImportError)`: no input, a text that is not JSON (with line and column), or,
///   with `Auto`, a document that is neither CTDL nor ELM.
///
/// # Complexity
/// * Time: **O(N + (P + R) · |O| + E · G)**: reading is linear in the input; entry trees
///   (**P**) and rules (**R**) find their offer by id once every offer is known; each of
///   the **E** report entries is grouped among the **G** groups before it.
/// * Auxiliary space: **O(N)**.
///
/// where **N** is the total input size and **|O|** the number of offers produced.
///
/// # Example
/// ```
/// use pathways_engine::import::{import, Format, Reason};
///
/// let ctdl = r#"{"@context": "https://credreg.net/ctdl/schema/context/json",
///   "@graph": [{"@type": "ceterms:BachelorDegree", "ceterms:ctid": "ce-1",
///     "ceterms:name": {"en-US": "BSc Nursing"},
///     "ceterms:estimatedDuration": [{"ceterms:exactDuration": "P4Y"}]}]}"#;
/// let out = import(&[("nursing.json".into(), ctdl.into())], Format::Auto).unwrap();
/// let offer = &out.dataset.offers[0];
/// assert_eq!((offer.id.as_str(), offer.eqf, offer.years), ("ce-1", Some(6), Some(4)));
/// // No price in the record: the cost is unknown, and the report says so.
/// assert!(offer.cost.is_none());
/// assert!(out.report.entries.iter().any(|e| e.reason == Reason::CostUnknown));
/// ```
pub fn import(inputs: &[(String, String)], from: Format) -> Result<ImportOutput, ImportError> {
    if inputs.is_empty() {
        return Err(ImportError::NoInput);
    }
    let inputs = &*crate::load::without_boms(inputs);
    let mut parsed = Vec::with_capacity(inputs.len());
    for (name, text) in inputs {
        // RDF spellings other than compacted JSON-LD are recognised by content and brought
        // to the compacted form first; `form` says which it was, for the report.
        #[cfg(feature = "turtle")]
        let turtle = if is_turtle(text) {
            let nt = turtle::to_ntriples(name, text)?;
            // Only prefixes and comments: said as such, not as the JSON it is not.
            if nt.trim().is_empty() {
                return Err(ImportError::Malformed {
                    input: name.clone(),
                    line: 1,
                    column: 1,
                    message: "Turtle without a single statement (only prefixes or comments): \
                              nothing to import"
                        .into(),
                });
            }
            Some(nt)
        } else {
            None
        };
        #[cfg(not(feature = "turtle"))]
        let turtle: Option<String> = None;
        let (text, turtle) = match &turtle {
            Some(nt) => (nt, true),
            None => (text, false),
        };
        let (v, form) = if rdf::is_ntriples(text) {
            let v = rdf::ntriples_to_compact(text).map_err(|e| ImportError::Malformed {
                input: name.clone(),
                line: e.line,
                column: 1,
                message: format!("not valid N-Triples: {}", e.message),
            })?;
            let form = if turtle {
                "report.form.turtle"
            } else {
                "report.form.ntriples"
            };
            (v, Some(form))
        } else {
            let v: Value = serde_json::from_str(text).map_err(|e| ImportError::Malformed {
                input: name.clone(),
                line: e.line(),
                column: e.column(),
                message: format!("not valid JSON: {e}"),
            })?;
            if rdf::is_expanded_ctdl(&v) {
                (rdf::compact_expanded(&v), Some("report.form.expanded"))
            } else {
                (v, None)
            }
        };
        let (fmt, evidence) = match from {
            Format::Auto => match detect(&v) {
                Ok(x) => x,
                Err(reason) => {
                    return Err(ImportError::UnknownFormat {
                        input: name.clone(),
                        reason,
                    })
                }
            },
            f => {
                let evidence = match detect(&v) {
                    Ok((d, ev)) if d == f => ev,
                    Ok((_, ev)) => {
                        let inner = ev.key.clone();
                        let mut m = ev.arg(report::INNER, inner);
                        m.key = "report.how.forced_otherwise".into();
                        m
                    }
                    Err(r) => crate::route::Msg::new(report::HOW_FORCED).arg("reason", r),
                };
                (f, evidence)
            }
        };
        let evidence = match form {
            Some(f) => evidence.arg(report::FORM, f),
            None => evidence,
        };
        parsed.push((name.clone(), v, fmt, evidence));
    }
    let mut cx = Ctx::default();
    for (name, _, fmt, evidence) in &parsed {
        cx.file = name.clone();
        cx.report.detected.push(Detected {
            file: name.clone(),
            format: if *fmt == Format::Elm { "elm" } else { "ctdl" }.into(),
            evidence: evidence.clone(),
        });
        if evidence.key == report::HOW_FORCED {
            let mut m = evidence.clone().arg(report::HOW, &evidence.key);
            m.key = "import.unknown_context".into();
            cx.at("$", "").add(Reason::UnknownContext, "@context", m);
        }
    }
    let ctdl: Vec<(String, &Value)> = parsed
        .iter()
        .filter(|p| p.2 != Format::Elm)
        .map(|p| (p.0.clone(), &p.1))
        .collect();
    let elm: Vec<(String, &Value)> = parsed
        .iter()
        .filter(|p| p.2 == Format::Elm)
        .map(|p| (p.0.clone(), &p.1))
        .collect();
    if !ctdl.is_empty() {
        ctdl::import(&mut cx, &ctdl);
    }
    if !elm.is_empty() {
        elm::import(&mut cx, &elm);
    }
    cx.finish_rules();
    let names: Vec<&str> = inputs.iter().map(|(n, _)| n.as_str()).collect();
    let dataset = DatasetFile {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        meta: Some(Meta {
            title: LangMap::from([("en".into(), format!("Imported from {}", names.join(", ")))]),
            publisher: None,
            license: None,
            retrieved: None,
        }),
        providers: cx.providers,
        credentials: cx.credentials,
        offers: cx.offers,
        rules: cx.rules,
    };
    Ok(ImportOutput {
        dataset,
        report: cx.report,
        goals: cx.goals,
    })
}

/// Decides CTDL or ELM from the `@context` URLs, then key prefixes and type names; the
/// evidence is a message (`report.how.*`).
pub fn detect(v: &Value) -> Result<(Format, crate::route::Msg), String> {
    use crate::route::Msg;
    if v.get("$schema").is_some() {
        return Err("this is a JSON Schema, not data".into());
    }
    let mut ctxs = Vec::new();
    collect_contexts(v, &mut ctxs, 0);
    for c in &ctxs {
        if c.contains("credreg.net") || c.contains("purl.org/ctdl") {
            return Ok((
                Format::Ctdl,
                Msg::new("report.how.context").arg("context", c),
            ));
        }
        if c.contains("data.europa.eu/snb") || c.contains("europa.eu/credentials") {
            return Ok((
                Format::Elm,
                Msg::new("report.how.context").arg("context", c),
            ));
        }
    }
    let text = v.to_string();
    if text.contains("\"ceterms:") {
        return Ok((Format::Ctdl, Msg::new("report.how.prefix")));
    }
    for t in [
        "\"LearningAchievementSpecification\"",
        "\"LearningOpportunity\"",
        "\"Qualification\"",
        "\"elm:",
    ] {
        if text.contains(t) {
            let ty = t.trim_matches('"');
            return Ok((
                Format::Elm,
                Msg::new("report.how.elm_type").arg("elm_type", ty),
            ));
        }
    }
    if ctxs.is_empty() {
        Err("no @context and no CTDL or ELM terms".into())
    } else {
        Err(format!("unknown @context {}", ctxs.join(", ")))
    }
}

fn collect_contexts(v: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > 3 || out.len() > 16 {
        return;
    }
    match v {
        Value::Array(a) => a
            .iter()
            .take(8)
            .for_each(|x| collect_contexts(x, out, depth + 1)),
        Value::Object(m) => {
            if let Some(c) = m.get("@context") {
                match c {
                    Value::String(s) => out.push(s.clone()),
                    Value::Array(a) => {
                        out.extend(a.iter().filter_map(|x| x.as_str().map(str::to_string)))
                    }
                    Value::Object(o) => {
                        out.extend(o.values().filter_map(|x| x.as_str().map(str::to_string)))
                    }
                    _ => {}
                }
            }
            for k in ["@graph", "envelope", "decoded_resource"] {
                if let Some(x) = m.get(k) {
                    collect_contexts(x, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Marker that starts a note needing manual structuring (ELM entry requirements).
pub const NEEDS_STRUCTURING: &str = "[needs structuring] ";

/// What the browser's importer module hands the app (as JSON): the dataset in our format
/// as text, to go through the same validator as any file, and the report's lines as
/// message rows ([`report::to_row`] of [`MappingReport::lines`]), which the app renders
/// with [`report::text`] in the reader's language, as the CLI does in English.
#[derive(serde::Serialize, serde::Deserialize, Debug, Default, PartialEq)]
#[serde(default)]
pub struct BrowserImport {
    pub ok: bool,
    pub error: String,
    pub dataset: String,
    pub report: Vec<Vec<String>>,
    pub entries: usize,
    pub losses: usize,
    pub offers: usize,
    pub goals: Vec<String>,
}

/// Imports named texts with format detection for the browser; never fails, errors are in
/// the answer.
pub fn import_for_browser(inputs: &[(String, String)]) -> BrowserImport {
    let failed = |error: String| BrowserImport {
        error,
        ..BrowserImport::default()
    };
    match import(inputs, Format::Auto) {
        Ok(out) => match serde_json::to_string_pretty(&out.dataset) {
            Ok(dataset) => BrowserImport {
                ok: true,
                error: String::new(),
                dataset,
                report: out.report.lines().iter().map(report::to_row).collect(),
                entries: out.report.entries.len(),
                losses: out.report.losses(),
                offers: out.dataset.offers.len(),
                goals: out.goals,
            },
            Err(e) => failed(format!("imported dataset could not be written: {e}")),
        },
        // The CLI's hint names --from; in the browser the fix is a different file.
        Err(ImportError::UnknownFormat { input, reason }) => failed(format!(
            "{input}: neither our dataset format nor CTDL or ELM JSON-LD ({reason}); open a Pathways dataset, a Credential Engine record or an ELM/Europass learning opportunity"
        )),
        Err(e) => failed(e.to_string()),
    }
}

/// Whether a text is Turtle rather than JSON or N-Triples: its first statement declares a
/// prefix or base, as Turtle files written by RDF tools and registries do.
pub(crate) fn is_turtle(text: &str) -> bool {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    ["@prefix", "@base", "PREFIX", "BASE", "prefix ", "base "]
        .iter()
        .any(|m| first.starts_with(m))
}

/// Whether a text should go to the importer rather than the dataset loader: it does not
/// declare our format and carries JSON-LD or CTDL registry markers. Cheap on purpose (no
/// parse): the browser app calls it on every opened file to decide whether to fetch the
/// importer module at all.
pub fn needs_import(text: &str) -> bool {
    let ours = format!("\"{FORMAT_NAME}\"");
    if text.contains(&ours) {
        return false;
    }
    // `import` reads past a byte-order mark; so does the choice of reader.
    let text = text.trim_start_matches(crate::load::BOM);
    // N-Triples: every line starts with an IRI or a blank node.
    let start = text.trim_start();
    if start.starts_with('<') || start.starts_with("_:") || is_turtle(text) {
        return true;
    }
    [
        "\"@context\"",
        "\"@graph\"",
        "\"@type\"",
        "\"ceterms:",
        "\"decoded_resource\"",
        // Expanded JSON-LD: full CTDL IRIs as keys.
        "purl.org/ctdl/terms/",
    ]
    .iter()
    .any(|m| text.contains(m))
}

#[cfg(test)]
mod tests {
    use super::needs_import;

    #[test]
    fn rdf_forms_go_to_the_importer() {
        assert!(needs_import(
            r#"[{"@id": "x", "https://purl.org/ctdl/terms/name": [{"@value": "n"}]}]"#
        ));
        assert!(needs_import(
            "<https://r.org/a> <https://purl.org/ctdl/terms/name> \"n\" .\n"
        ));
    }

    #[test]
    fn our_format_is_never_sent_to_the_importer() {
        let ours =
            r#"{"format": "pathways-dataset", "version": 1, "offers": [{"note": "\"@type\""}]}"#;
        assert!(!needs_import(ours));
    }

    #[test]
    fn json_ld_and_registry_envelopes_are() {
        assert!(needs_import(
            r#"{"@context": "https://credreg.net/ctdl/schema/context/json"}"#
        ));
        assert!(needs_import(
            r#"{"envelope_id": "x", "decoded_resource": {}}"#
        ));
        assert!(needs_import(r#"[{"ceterms:ctid": "ce-1"}]"#));
    }

    #[test]
    fn other_json_goes_to_the_loader_for_its_error_message() {
        assert!(!needs_import(r#"{"offers": []}"#));
        assert!(!needs_import("not json"));
    }
}
