//! `ConditionProfile`s → entry condition trees. Items inside one profile are all
//! required; its `alternativeCondition`s are alternatives. What the condition model cannot
//! express goes to the offer's note, reported.

use super::credentials::target_credential;
use super::values::{self, value_text};
use super::State;
use crate::import::jsonld::{items, number, Obj};
use crate::import::{note_push, read, Ctx, Reason};
use crate::model::{Condition, LangMap};
use crate::route::Msg;
use serde_json::Value;

/// The condition tree of one profile at `path`, its texts added to `note`. With
/// `completion`, the profile is a credential's `requires`: the learning opportunities it
/// lists make the credential up and are not conditions of entry.
pub(super) fn condition_profile(
    cx: &mut Ctx,
    st: &State,
    v: &Value,
    path: &str,
    note: &mut LangMap,
    completion: bool,
) -> Option<Condition> {
    let Value::Object(m) = v else { return None };
    let mut o = Obj::new(m, path.to_string(), "ceterms:ConditionProfile".into());
    o.consume(&["@type"]);
    let name = values::text(&mut o, "name");
    let mut texts: Vec<LangMap> = Vec::new();
    let mut leaves = targets(cx, st, &mut o, completion, &mut texts);
    inexpressible(cx, &mut o, &mut texts);
    let mut alts = Vec::new();
    if let Some(x) = o.get("ceterms:alternativeCondition") {
        for (a, p) in items(x, &o.prop_path("ceterms:alternativeCondition")) {
            if let Some(c) = condition_profile(cx, st, a, &p, note, completion) {
                alts.push(c);
            }
        }
    }
    cx.leftover(&o);
    push_texts(note, &name, &texts);
    match alts.len() {
        0 => {}
        1 => leaves.push(alts.remove(0)),
        _ => leaves.push(Condition::AnyOf { any: alts }),
    }
    match leaves.len() {
        0 => None,
        1 => leaves.pop(),
        _ => Some(Condition::AllOf { all: leaves }),
    }
}

/// The credentials, learning opportunities, assessments and years of experience the
/// profile requires, as condition leaves.
fn targets(
    cx: &mut Ctx,
    st: &State,
    o: &mut Obj,
    completion: bool,
    texts: &mut Vec<LangMap>,
) -> Vec<Condition> {
    let mut leaves = Vec::new();
    for key in [
        "ceterms:targetCredential",
        "ceterms:targetLearningOpportunity",
        "ceterms:targetAssessment",
    ] {
        let Some(x) = o.get(key) else { continue };
        let list = items(x, &o.prop_path(key));
        if completion && key != "ceterms:targetCredential" {
            let msg = Msg::new("import.completion_requirement").arg("n", list.len());
            cx.on(o).prop(Reason::CompletionRequirement, key, msg);
            let text = format!(
                "Completion requires {} listed learning opportunities or assessments.",
                list.len()
            );
            texts.push(LangMap::from([("en".into(), text)]));
            continue;
        }
        for (t, p) in list {
            if let Some(id) = target_credential(cx, st, t, &p, "ceterms:ConditionProfile", key) {
                leaves.push(Condition::Credential {
                    credential: id,
                    min_grade: None,
                });
            }
        }
    }
    if let Some(y) = o.get("ceterms:yearsOfExperience").and_then(number) {
        if y >= 0.0 {
            leaves.push(Condition::WorkExperience {
                years: y,
                field: None,
            });
        }
    }
    leaves
}

/// Conditions the model cannot express (an age, submissions, a credit amount, free
/// text) as texts for the note, each reported.
fn inexpressible(cx: &mut Ctx, o: &mut Obj, texts: &mut Vec<LangMap>) {
    let labelled: [(&str, &str); 6] = [
        ("ceterms:minimumAge", "Minimum age"),
        ("ceterms:submissionOf", "Submit"),
        ("ceterms:submissionOfDescription", "Submit"),
        ("ceterms:weight", "Weight"),
        ("ceterms:targetCompetency", "Competencies"),
        ("ceterms:residentOf", "Residence"),
    ];
    for (key, label) in labelled {
        if let Some(x) = o.get(key) {
            let text = value_text(x);
            let msg = Msg::new("import.condition_inexpressible")
                .arg("property", key)
                .arg("value", &text);
            cx.on(o).prop(Reason::ConditionInexpressible, key, msg);
            texts.push(LangMap::from([("en".into(), format!("{label}: {text}"))]));
        }
    }
    let credit_keys = [
        "ceterms:creditValue",
        "ceterms:creditUnitValue",
        "ceterms:creditHourValue",
    ];
    if credit_keys.iter().any(|k| o.map.contains_key(*k)) {
        let text = credit_keys
            .iter()
            .filter_map(|k| o.map.get(*k))
            .map(value_text)
            .collect::<Vec<_>>()
            .join(", ");
        o.consume(&credit_keys);
        o.consume(&[
            "ceterms:creditUnitType",
            "ceterms:creditUnitTypeDescription",
            "ceterms:creditHourType",
        ]);
        let msg = Msg::new("import.condition_inexpressible.credits").arg("value", &text);
        cx.on(o)
            .prop(Reason::ConditionInexpressible, "ceterms:creditValue", msg);
        texts.push(LangMap::from([("en".into(), format!("Credits: {text}"))]));
    }
    for key in [
        "ceterms:experience",
        "ceterms:condition",
        "ceterms:description",
    ] {
        let t = read::text(o.get(key));
        if !t.is_empty() {
            cx.on(o).prop(
                Reason::ConditionText,
                key,
                Msg::new("import.condition_text"),
            );
            texts.push(t);
        }
    }
}

/// Adds the texts to the note, each headed by the profile's name in its language.
fn push_texts(note: &mut LangMap, name: &LangMap, texts: &[LangMap]) {
    if texts.is_empty() {
        return;
    }
    let mut head = name.clone();
    if head.is_empty() {
        head.insert("en".into(), "Condition".into());
    }
    for t in texts {
        for (l, s) in t {
            let h = head
                .get(l)
                .or_else(|| head.get("en"))
                .cloned()
                .unwrap_or_default();
            note_push(note, &LangMap::from([(l.clone(), format!("{h}: {s}"))]));
        }
    }
}
