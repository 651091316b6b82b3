//! ELM (European Learning Model v3) JSON-LD → our format. Mapping table: IMPORT.md.
//!
//! ELM documents nest everything (a credential holds a claim that holds its
//! specification), so the importer walks the whole tree, maps learning opportunities and
//! achievement specifications/qualifications, and reports node types it does not map.
//!
//! `spec` maps a specification to an offer, reading its `levels` (EQF, national level,
//! field, skills) and `terms` (credits, duration, price, modes, languages); `org` its
//! provider.

mod levels;
mod org;
mod spec;
mod terms;

use super::jsonld::{self, items, lang_map, ref_of, types};
use super::{Ctx, Reason, Target};
use crate::model::*;
use crate::route::Msg;
use serde_json::{Map, Value};
use std::collections::HashSet;

const SPEC_TYPES: [&str; 4] = [
    "LearningOpportunity",
    "LearningAchievementSpecification",
    "Qualification",
    "LearningSpecification",
];

/// Value-like and structural nodes read as part of the node that holds them.
const STRUCTURAL: [&str; 22] = [
    "Concept",
    "ConceptScheme",
    "Note",
    "CreditPoint",
    "Address",
    "Location",
    "Place",
    "WebResource",
    "MediaObject",
    "Identifier",
    "LegalIdentifier",
    "ContactPoint",
    "Mailbox",
    "PeriodOfTime",
    "Organisation",
    "Group",
    "AwardingProcess",
    "DisplayParameter",
    "IndividualDisplay",
    "DisplayDetail",
    "LearningOutcome",
    "PriceDetail",
];

fn elm_type(m: &Map<String, Value>) -> String {
    let ts = types(m);
    ts.iter()
        .find(|t| SPEC_TYPES.contains(&t.as_str()))
        .or_else(|| ts.first())
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn import(cx: &mut Ctx, inputs: &[(String, &Value)]) {
    for (name, v) in inputs {
        cx.file = name.clone();
        let issuer = v.get("issuer");
        let mut seen = HashSet::new();
        walk(cx, v, "$".into(), issuer, None, &mut seen, 0);
    }
}

fn walk<'a>(
    cx: &mut Ctx,
    v: &'a Value,
    path: String,
    issuer: Option<&'a Value>,
    awarding: Option<&'a Value>,
    seen: &mut HashSet<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(
                    cx,
                    x,
                    jsonld::index_path(&path, i),
                    issuer,
                    awarding,
                    seen,
                    depth + 1,
                );
            }
        }
        Value::Object(m) => {
            let ty = elm_type(m);
            // The awarding body of a claim is the provider of the specification it holds.
            let awarding = m
                .get("awardedBy")
                .and_then(|a| a.get("awardingBody"))
                .or(awarding);
            if !ty.is_empty() {
                let id = m.get("id").or_else(|| m.get("@id")).and_then(Value::as_str);
                let first = id.is_none_or(|i| seen.insert(i.to_string()));
                if first {
                    cx.report.read(&ty);
                    if SPEC_TYPES.contains(&ty.as_str()) {
                        spec::spec(cx, m, &path, &ty, awarding.or(issuer));
                    } else if !STRUCTURAL.contains(&ty.as_str()) {
                        cx.report.became(&ty, Target::NotMapped);
                        let msg = Msg::new("import.unsupported_type.elm").arg("type", &ty);
                        cx.at(&path, &ty).add(Reason::UnsupportedType, "", msg);
                    }
                }
            }
            for (k, x) in m {
                if matches!(x, Value::Object(_) | Value::Array(_)) && k != "@context" {
                    walk(
                        cx,
                        x,
                        jsonld::key_path(&path, k),
                        issuer,
                        awarding,
                        seen,
                        depth + 1,
                    );
                }
            }
        }
        _ => {}
    }
}

/// The concepts in a property as (id, notation, preferred label in English or any
/// language).
fn concept_ids(v: &Value) -> Vec<(String, String, String)> {
    items(v, "")
        .into_iter()
        .map(|(x, _)| {
            let id = ref_of(x).unwrap_or_default().to_string();
            let notation = x
                .get("notation")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let label = x
                .get("prefLabel")
                .map(|l| {
                    let m = lang_map(l, "en").0;
                    pick(&m, "en").to_string()
                })
                .unwrap_or_default();
            (id, notation, label)
        })
        .collect()
}

/// The first web address among the `WebResource`s of a property (`homepage`,
/// `supplementaryDocument`): organisations and specifications link the same way.
fn web_page(v: &Value) -> Option<String> {
    items(v, "")
        .into_iter()
        .find_map(|(x, _)| {
            x.get("contentURL")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .filter(|u| u.starts_with("http"))
}

/// The last segment of a URI: the code of a concept in an EU authority table.
fn last_seg(s: &str) -> &str {
    s.trim_end_matches('/').rsplit('/').next().unwrap_or(s)
}
