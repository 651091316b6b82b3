//! `ComponentCondition`s and `Constraint`s of a pathway → the programme's requirement tree
//! over its modules (`Completion`). Mapping: `pathways-data/IMPORT.md` ("Pathways").

use crate::completion::Completion;
use crate::import::jsonld::{self, items, number, ref_of, Obj};
use crate::import::{Ctx, Reason};
use crate::route::Msg;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

use super::graph::Kind;
use super::values::{alignment_node, term, too_deep, value_text};
use super::State;

pub(super) struct Build<'a> {
    pub modules: &'a HashSet<String>,
    /// ECTS per credit unit of each module with a credit value, for constraints, which
    /// compare in the components' own unit.
    pub rates: HashMap<String, f64>,
}

impl Build<'_> {
    /// The unit rate the `targets` share, if they share one.
    fn rate(&self, targets: &[String]) -> Option<f64> {
        let mut r = targets.iter().filter_map(|t| self.rates.get(t));
        let first = *r.next()?;
        r.all(|x| (x - first).abs() < 1e-9).then_some(first)
    }
}

/// A component's `hasCondition`s as one requirement (all of them), or `None`.
pub(super) fn conditions(
    cx: &mut Ctx,
    st: &State,
    b: &mut Build,
    o: &mut Obj,
) -> Option<Completion> {
    let v = o.get("ceterms:hasCondition")?;
    let mut all: Vec<Completion> = items(v, &o.prop_path("ceterms:hasCondition"))
        .into_iter()
        .filter_map(|(c, p)| condition(cx, st, b, c, &p, 0))
        .collect();
    if all.len() == 1 {
        all.pop()
    } else if all.is_empty() {
        None
    } else {
        Some(Completion::group(all, None, None))
    }
}

const CC: &str = "ceterms:ComponentCondition";

fn condition(
    cx: &mut Ctx,
    st: &State,
    b: &mut Build,
    v: &Value,
    path: &str,
    depth: usize,
) -> Option<Completion> {
    let Value::Object(m) = v else { return None };
    if too_deep(cx, path, depth) {
        return None;
    }
    let mut o = Obj::new(m, path.to_string(), CC.into());
    o.consume(&["@type", "@id", "ceterms:name", "ceterms:description"]);
    let mut of: Vec<Completion> = Vec::new();
    let mut targets: Vec<String> = Vec::new();
    if let Some(x) = o.get("ceterms:targetComponent") {
        for (t, p) in items(x, &o.prop_path("ceterms:targetComponent")) {
            match component_ref(t, st).filter(|id| b.modules.contains(id)) {
                Some(id) => {
                    targets.push(id.clone());
                    of.push(Completion::Module { module: id });
                }
                None => cx.at(&p, CC).add(
                    Reason::DanglingTarget,
                    "ceterms:targetComponent",
                    Msg::new("import.dangling_target.component")
                        .arg("uri", ref_of(t).unwrap_or("?")),
                ),
            }
        }
    }
    if let Some(x) = o.get("ceterms:hasCondition") {
        for (c, p) in items(x, &o.prop_path("ceterms:hasCondition")) {
            if let Some(c) = condition(cx, st, b, c, &p, depth + 1) {
                of.push(c);
            }
        }
    }
    let required = o.get("ceterms:requiredNumber").and_then(number);
    let op = o.get("ceterms:logicalOperator").and_then(term);
    let mut constraints = Vec::new();
    if let Some(x) = o.get("ceterms:hasConstraint") {
        for (c, p) in items(x, &o.prop_path("ceterms:hasConstraint")) {
            if let Some(c) = constraint(cx, b, c, &p, &targets) {
                constraints.push(c);
            }
        }
    }
    let required_constraints = o.get("ceterms:requiredConstraints").and_then(number);
    cx.leftover(&o);
    // A constraint over targets with no count or operator ("at least 20 credits from
    // these") reads them as what may be summed, not as all required.
    if !constraints.is_empty() && required.is_none() && op.is_none() {
        of.retain(|c| !matches!(c, Completion::Module { .. }));
    }
    let len = of.len();
    let group = if of.is_empty() {
        None
    } else {
        Some(match (required, op.as_deref()) {
            (Some(r), _) if r >= 1.0 => {
                let mut n = r.floor() as usize;
                if n > len {
                    cx.at(path, CC).add(
                        Reason::RequiredNumberAdjusted,
                        "ceterms:requiredNumber",
                        Msg::new("import.required_number_adjusted.input")
                            .arg("n", n)
                            .arg("candidates", len),
                    );
                    n = len;
                }
                Completion::group(of, Some(n as u32), None)
            }
            (_, Some("or")) => Completion::group(of, Some(1), None),
            (_, Some("onlyone")) => Completion::group(of, Some(1), Some(1)),
            (_, Some("not")) => Completion::group(of, None, Some(0)),
            _ => Completion::group(of, None, None),
        })
    };
    let cons = match constraints.len() {
        0 => None,
        1 => constraints.pop(),
        k => {
            let min = required_constraints
                .filter(|r| *r >= 1.0 && (*r as usize) < k)
                .map(|r| r as u32);
            Some(Completion::group(constraints, min, None))
        }
    };
    match (group, cons) {
        (Some(g), Some(c)) => Some(Completion::group(vec![g, c], None, None)),
        (g, c) => g.or(c),
    }
}

/// `Constraint` → credits: "the summed credit values of the targets compare with a number".
/// Anything else (levels, competencies, other properties) is reported, not guessed.
fn constraint(
    cx: &mut Ctx,
    b: &Build,
    v: &Value,
    path: &str,
    targets: &[String],
) -> Option<Completion> {
    let Value::Object(m) = v else { return None };
    let mut o = Obj::new(m, path.to_string(), "ceterms:Constraint".into());
    o.consume(&["@type", "@id", "ceterms:name", "ceterms:description"]);
    let text = value_text(v);
    let left = o
        .get("ceterms:leftSource")
        .map(|x| {
            items(x, "")
                .into_iter()
                .filter_map(|(y, _)| y.as_str())
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    let action = o
        .get("ceterms:leftAction")
        .and_then(alignment_node)
        .unwrap_or_default();
    let comparator = o.get("ceterms:comparator").and_then(term);
    let right = o.get("ceterms:rightSource").and_then(|x| {
        items(x, "")
            .into_iter()
            .find_map(|(y, _)| number(y).or_else(|| y.as_str().and_then(|s| s.trim().parse().ok())))
    });
    o.consume(&["ceterms:rightAction"]);
    cx.leftover(&o);
    // (lower bound, upper bound, strict): comparators become bounds on the sum.
    let cmp = comparator.as_deref().and_then(|c| match c {
        "eq" | "equal" | "equalto" => Some((true, true, false)),
        "gt" | "greaterthan" => Some((true, false, true)),
        "gteq" | "gte" | "greaterthanorequal" | "greaterthanorequalto" => {
            Some((true, false, false))
        }
        "lt" | "lessthan" => Some((false, true, true)),
        "lteq" | "lte" | "lessthanorequal" | "lessthanorequalto" => Some((false, true, false)),
        _ => None,
    });
    let on_credits = left.to_ascii_lowercase().contains("credit");
    let sums = action.is_empty() || action.to_ascii_lowercase().ends_with("sum");
    let rate = b.rate(targets);
    let why = match (cmp, right, on_credits && sums, targets.is_empty(), rate) {
        (Some((lo, hi, strict)), Some(r), true, false, Some(rate)) => {
            let ects = jsonld::round3(r * rate);
            if strict {
                cx.at(path, CC).add(
                    Reason::ConstraintUnmapped,
                    "ceterms:comparator",
                    Msg::new("import.constraint_unmapped.strict")
                        .arg("value", &text)
                        .arg("ects", ects),
                );
            }
            return Some(Completion::Credits {
                modules: targets.to_vec(),
                min: lo.then_some(ects),
                max: hi.then_some(ects),
            });
        }
        (None, ..) => "import.constraint_unmapped.no_comparator",
        (_, None, ..) => "import.constraint_unmapped.not_a_number",
        (_, _, false, ..) => "import.constraint_unmapped.not_a_sum",
        (_, _, _, true, _) => "import.constraint_unmapped.no_components",
        (.., None) => "import.constraint_unmapped.no_unit",
    };
    cx.at(path, CC).add(
        Reason::ConstraintUnmapped,
        "ceterms:hasConstraint",
        Msg::new(why).arg("value", &text),
    );
    None
}

/// The component a reference names, if it is in the input.
fn component_ref(v: &Value, st: &State) -> Option<String> {
    ref_of(v)
        .and_then(|u| st.lookup(u))
        .filter(|(_, k)| *k == Kind::Component)
        .map(|(id, _)| id)
}
