//! Readers of the value shapes CTDL uses everywhere: language-map texts, alignment
//! objects, reference lists, web pages, and any value as text for a note.

use super::P;
use crate::import::jsonld::{items, lang_map, ref_of, Obj};
use crate::import::{read, Ctx, Reason};
use crate::model::LangMap;
use crate::route::Msg;
use serde_json::Value;

/// The text of the term `key` (without its prefix), or nothing.
pub(super) fn text(o: &mut Obj, key: &str) -> LangMap {
    read::text(o.get(&format!("{P}{key}")))
}

/// The node's `name` and `description`; a node without a name is shown by its `id`.
pub(super) fn head(cx: &mut Ctx, o: &mut Obj, id: &str) -> read::Head {
    let name = o.get("ceterms:name");
    let description = o.get("ceterms:description");
    read::Head::read(cx.on(o), id, name, description, "ceterms:name")
}

/// `subjectWebpage` when it is a web address.
pub(super) fn web_page(o: &mut Obj) -> Option<String> {
    o.get("ceterms:subjectWebpage")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string)
}

/// Reads a CredentialAlignmentObject's `targetNode` (its labels are part of the concept).
pub(super) fn alignment_node(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => m
            .get("ceterms:targetNode")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| {
                m.get("ceterms:targetNodeName")
                    .map(|x| lang_map(x, "en").0.into_values().next().unwrap_or_default())
            }),
        _ => None,
    }
}

/// The local name of an alignment's `targetNode`, lower-cased: CTDL terms such as
/// `ceterms:Or` or `.../lessThan` are compared whatever their namespace and case.
pub(super) fn term(v: &Value) -> Option<String> {
    alignment_node(v).map(|s| {
        s.rsplit([':', '/'])
            .next()
            .unwrap_or(&s)
            .to_ascii_lowercase()
    })
}

/// Whether a condition nested `depth` deep is cut (reported at `path`): hostile input
/// must not exhaust the stack, and real pathways nest two or three levels.
pub(super) fn too_deep(cx: &mut Ctx, path: &str, depth: usize) -> bool {
    const MAX_DEPTH: usize = 16;
    let cut = depth > MAX_DEPTH;
    if cut {
        cx.at(path, "ceterms:ComponentCondition").add(
            Reason::ConstraintUnmapped,
            "ceterms:hasCondition",
            Msg::new("import.constraint_unmapped.too_deep"),
        );
    }
    cut
}

/// The `targetNode`s of a list of alignment objects, comma-separated.
pub(super) fn alignment_nodes(v: &Value) -> String {
    items(v, "")
        .into_iter()
        .filter_map(|(x, _)| alignment_node(x))
        .collect::<Vec<_>>()
        .join(",")
}

/// A language map's texts in every language, space-separated (for matching unit names).
pub(super) fn all_languages(v: &Value) -> String {
    lang_map(v, "en")
        .0
        .into_values()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The references in a property that holds one or a list.
pub(super) fn refs_in(v: &Value) -> Vec<String> {
    items(v, "")
        .into_iter()
        .filter_map(|(x, _)| ref_of(x).map(str::to_string))
        .collect()
}

/// Any value as text, for a note that keeps what the format cannot express.
pub(super) fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join(", "),
        Value::Object(m) => {
            if let Some(x) = m.get("ceterms:value").or_else(|| m.get("@value")) {
                return value_text(x);
            }
            let lm = lang_map(v, "en").0;
            if !lm.is_empty() {
                return lm.into_values().collect::<Vec<_>>().join("; ");
            }
            v.to_string()
        }
        other => other.to_string(),
    }
}
