//! An offer with completion requirements → a CTDL `Pathway`: its modules become
//! `CourseComponent`s, what it awards a destination `CredentialComponent`, the requirement
//! tree `ComponentCondition`s and `Constraint`s. The importer reads this back to the same
//! offer (IMPORT.md, "Pathways" and "Round trip").

use super::{ctdl_type, ctid_for, lang, uri, value_profile};
use crate::completion::Completion;
use crate::model::*;
use serde_json::{json, Map, Value};

/// The destination component's id: one per pathway, apart from the pathway's own.
fn destination_id(o: &Offer) -> String {
    ctid_for(&format!("{}#destination", o.id))
}

/// The nodes of pathway `o` (whose `completion` is `c`), appended to `graph`.
pub(super) fn export(o: &Offer, c: &Completion, graph: &mut Vec<Value>) {
    let dest = destination_id(o);
    let dest_uri = uri(&dest);
    let mut parts: Vec<Value> = o.modules.iter().map(|m| json!(uri(&m.id))).collect();
    parts.push(json!(dest_uri));
    let mut p = Map::new();
    p.insert("@id".into(), json!(uri(&o.id)));
    p.insert("@type".into(), json!("ceterms:Pathway"));
    p.insert("ceterms:ctid".into(), json!(ctid_for(&o.id)));
    p.insert("ceterms:name".into(), lang(&o.title));
    let desc = if o.description.is_empty() {
        &o.title
    } else {
        &o.description
    };
    p.insert("ceterms:description".into(), lang(desc));
    p.insert(
        "ceterms:subjectWebpage".into(),
        json!(o.url.clone().unwrap_or_else(|| uri(&o.id))),
    );
    p.insert("ceterms:offeredBy".into(), json!([uri(&o.provider)]));
    p.insert("ceterms:hasPart".into(), Value::Array(parts));
    p.insert("ceterms:hasDestinationComponent".into(), json!([dest_uri]));
    graph.push(Value::Object(p));

    let mut d = Map::new();
    d.insert("@id".into(), json!(dest_uri));
    d.insert("@type".into(), json!("ceterms:CredentialComponent"));
    d.insert("ceterms:ctid".into(), json!(dest));
    d.insert("ceterms:name".into(), lang(&o.title));
    d.insert("ceterms:proxyFor".into(), json!(uri(&o.awards)));
    d.insert("ceterms:credentialType".into(), json!(ctdl_type(o.kind)));
    if let Some(cr) = &o.credits {
        d.insert("ceterms:creditValue".into(), json!([value_profile(cr)]));
    }
    d.insert("ceterms:hasCondition".into(), json!([condition(c)]));
    graph.push(Value::Object(d));

    // Stages: every module of stage s comes after every module of stage s - 1.
    for m in &o.modules {
        let mut n = Map::new();
        n.insert("@id".into(), json!(uri(&m.id)));
        n.insert("@type".into(), json!("ceterms:CourseComponent"));
        n.insert("ceterms:ctid".into(), json!(ctid_for(&m.id)));
        n.insert("ceterms:name".into(), lang(&m.title));
        n.insert("ceterms:isPartOf".into(), json!([uri(&o.id)]));
        if m.credits > 0.0 {
            let ects = Credits {
                value: m.credits,
                system: "ects".into(),
                ects_per_unit: None,
            };
            n.insert("ceterms:creditValue".into(), json!([value_profile(&ects)]));
        }
        if let Some(cred) = m.credential.as_deref().filter(|c| *c != m.id) {
            n.insert("ceterms:proxyFor".into(), json!(uri(cred)));
        }
        let next: Vec<Value> = o
            .modules
            .iter()
            .filter(|x| m.year.zip(x.year).is_some_and(|(a, b)| b == a + 1))
            .map(|x| json!(uri(&x.id)))
            .collect();
        if !next.is_empty() {
            n.insert("ceterms:precedes".into(), Value::Array(next));
        }
        if let Some(r) = &m.requires {
            n.insert("ceterms:hasCondition".into(), json!([condition(r)]));
        }
        graph.push(Value::Object(n));
    }
}

/// Ids of the credentials that stand for the modules themselves: the components carry
/// them, so they are not written again as `ceterms:Credential`s.
pub(super) fn module_credentials(ds: &DatasetFile) -> Vec<&str> {
    ds.offers
        .iter()
        .filter(|o| o.completion.is_some())
        .flat_map(|o| o.modules.iter())
        .filter(|m| m.credential.as_deref() == Some(m.id.as_str()))
        .map(|m| m.id.as_str())
        .collect()
}

/// One requirement as a `ComponentCondition`. A group lists its modules as targets and its
/// other children as nested conditions; `min` is `requiredNumber`, "exactly one" OnlyOne,
/// `max` 0 Not. Other upper bounds of a group have no CTDL form and are left out. A credit
/// bound is a `Constraint` summing the targets' credit values, with no `requiredNumber`:
/// the targets are what may be summed, not all required.
fn condition(c: &Completion) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), json!("ceterms:ComponentCondition"));
    let module_uri = |c: &Completion| match c {
        Completion::Module { module } => Some(json!(uri(module))),
        _ => None,
    };
    match c {
        Completion::Module { module } => {
            m.insert("ceterms:targetComponent".into(), json!([uri(module)]));
        }
        Completion::Group { of, min, max } => {
            let targets: Vec<Value> = of.iter().filter_map(module_uri).collect();
            let nested: Vec<Value> = of
                .iter()
                .filter(|x| module_uri(x).is_none())
                .map(condition)
                .collect();
            if !targets.is_empty() {
                m.insert("ceterms:targetComponent".into(), Value::Array(targets));
            }
            if !nested.is_empty() {
                m.insert("ceterms:hasCondition".into(), Value::Array(nested));
            }
            let op = match (min, max) {
                (Some(1), Some(1)) => Some("logic:OnlyOne"),
                (None, Some(0)) => Some("logic:Not"),
                (None, _) => Some("logic:And"),
                (Some(n), _) => {
                    m.insert("ceterms:requiredNumber".into(), json!(n));
                    None
                }
            };
            if let Some(op) = op {
                m.insert(
                    "ceterms:logicalOperator".into(),
                    json!({ "@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": op }),
                );
            }
        }
        Completion::Credits { modules, min, max } => {
            let targets: Vec<Value> = modules.iter().map(|x| json!(uri(x))).collect();
            m.insert("ceterms:targetComponent".into(), Value::Array(targets));
            let bound = |cmp: &str, v: f64| {
                json!({
                    "@type": "ceterms:Constraint",
                    "ceterms:leftSource": ["ceterms:creditValue"],
                    "ceterms:leftAction": { "@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": "arrayOperation:Sum" },
                    "ceterms:comparator": { "@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": cmp },
                    "ceterms:rightSource": [v.to_string()]
                })
            };
            let cons: Vec<Value> = match (min, max) {
                (Some(a), Some(b)) if a == b => vec![bound("comparator:eq", *a)],
                _ => min
                    .map(|a| bound("comparator:gteq", a))
                    .into_iter()
                    .chain(max.map(|b| bound("comparator:lteq", b)))
                    .collect(),
            };
            m.insert("ceterms:hasConstraint".into(), Value::Array(cons));
        }
    }
    Value::Object(m)
}
