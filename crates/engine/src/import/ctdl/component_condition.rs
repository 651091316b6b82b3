//! `ComponentCondition`s → `at_least` trees: And → all, Or → 1, OnlyOne → 1 (weakened,
//! reported); `requiredNumber` wins when given.

use super::credentials::target_credential;
use super::values::{self, term, value_text};
use super::State;
use crate::import::jsonld::{items, number, Obj};
use crate::import::{note_push, Ctx, Reason};
use crate::model::{Condition, LangMap};
use crate::route::Msg;
use serde_json::Value;

/// The condition at `path` (nested `depth` deep); texts and constraints go to `note`.
pub(super) fn component_condition(
    cx: &mut Ctx,
    st: &State,
    v: &Value,
    path: &str,
    note: &mut LangMap,
    depth: usize,
) -> Option<Condition> {
    let Value::Object(m) = v else { return None };
    if values::too_deep(cx, path, depth) {
        return None;
    }
    let mut o = Obj::new(m, path.to_string(), "ceterms:ComponentCondition".into());
    o.consume(&["@type"]);
    let name = values::text(&mut o, "name");
    let desc = values::text(&mut o, "description");
    let mut of = Vec::new();
    if let Some(x) = o.get("ceterms:targetComponent") {
        for (t, p) in items(x, &o.prop_path("ceterms:targetComponent")) {
            if let Some(id) = target_credential(
                cx,
                st,
                t,
                &p,
                "ceterms:ComponentCondition",
                "ceterms:targetComponent",
            ) {
                of.push(Condition::Credential {
                    credential: id,
                    min_grade: None,
                });
            }
        }
    }
    if let Some(x) = o.get("ceterms:hasCondition") {
        for (c, p) in items(x, &o.prop_path("ceterms:hasCondition")) {
            if let Some(c) = component_condition(cx, st, c, &p, note, depth + 1) {
                of.push(c);
            }
        }
    }
    let required = o
        .get("ceterms:requiredNumber")
        .or_else(|| o.get("ceterms:reqNum"))
        .and_then(number);
    let op = o
        .get("ceterms:logicalOperator")
        .or_else(|| o.get("ceterms:logicalOperand"))
        .and_then(term);
    if let Some(x) = o.get("ceterms:hasConstraint") {
        let text = value_text(x);
        cx.on(&o).prop(
            Reason::ConstraintUnmapped,
            "ceterms:hasConstraint",
            Msg::new("import.constraint_unmapped"),
        );
        let head = name
            .get("en")
            .cloned()
            .unwrap_or_else(|| "Condition".into());
        note_push(
            note,
            &LangMap::from([("en".into(), format!("{head}: constraint {text}"))]),
        );
    }
    cx.leftover(&o);
    if !desc.is_empty() && of.is_empty() {
        note_push(note, &desc);
        cx.on(&o).add(
            Reason::ConditionText,
            "ceterms:description",
            Msg::new("import.condition_text.only_text"),
        );
    }
    if of.is_empty() {
        return None;
    }
    let len = of.len() as u32;
    let mut n = match (required, op.as_deref()) {
        (Some(r), _) if r >= 0.0 => r.floor() as u32,
        (_, Some("or")) => 1,
        (_, Some("onlyone")) => {
            cx.on(&o).add(
                Reason::OnlyOneWeakened,
                "ceterms:logicalOperator",
                Msg::new("import.only_one_weakened"),
            );
            1
        }
        _ => len,
    };
    if n > len || n == 0 {
        let adj = n.clamp(1, len);
        let msg = Msg::new("import.required_number_adjusted")
            .arg("n", n)
            .arg("candidates", len)
            .arg("used", adj);
        cx.on(&o).add(
            Reason::RequiredNumberAdjusted,
            "ceterms:requiredNumber",
            msg,
        );
        n = adj;
    }
    Some(Condition::AtLeast { n, of })
}
