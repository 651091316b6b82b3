//! Advanced standing on an offer → recognition rules: `advancedStandingFrom` on offer T
//! (holders of the targets enter T advanced) or `isAdvancedStandingFor` on offer S
//! (holders of S enter the targets advanced).

use super::credentials::target_credential;
use super::credits::credits_of;
use super::transfer::{push_rule, rule};
use super::State;
use crate::import::jsonld::{items, ref_of, Obj};
use crate::import::{Ctx, Reason};
use crate::model::{Certainty, Credits, Grant, Source};
use crate::route::Msg;
use serde_json::Value;

/// The rules of one advanced-standing profile at `path` on offer `this`; `forward` for
/// `isAdvancedStandingFor`.
pub(super) fn advanced_standing(
    cx: &mut Ctx,
    st: &State,
    v: &Value,
    path: &str,
    this: &str,
    forward: bool,
) {
    let Value::Object(m) = v else { return };
    let mut o = Obj::new(m, path.to_string(), "ceterms:ConditionProfile".into());
    o.consume(&["@type", "ceterms:name", "ceterms:description"]);
    let mut targets = Vec::new();
    for key in [
        "ceterms:targetCredential",
        "ceterms:targetLearningOpportunity",
        "ceterms:targetAssessment",
    ] {
        if let Some(x) = o.get(key) {
            for (t, p) in items(x, &o.prop_path(key)) {
                targets.push((t, p, key));
            }
        }
    }
    let credits = credits_of(cx, &mut o);
    cx.leftover(&o);
    let grant = grant(cx, &o, credits);
    let reference = format!("{this} advanced standing");
    // An assumed year is ours, not the record's: it must not be shown as a sourced fact.
    let (certainty, quote) = match &grant {
        Grant::AdvancedEntry { .. } => (Certainty::Illustrative, None),
        Grant::Credits { ects } => (
            Certainty::Real,
            Some(format!(
                "ceterms:advancedStandingFrom, ceterms:creditValue {ects}"
            )),
        ),
        Grant::Exemption { .. } => (Certainty::Real, None),
    };
    for (i, (t, p, key)) in targets.into_iter().enumerate() {
        let (from, to) = if forward {
            let Some((to, _)) = ref_of(t).and_then(|u| st.lookup(u)) else {
                let msg = Msg::new("import.dangling_target.standing")
                    .arg("uri", ref_of(t).unwrap_or("?"));
                cx.on(&o).item(Reason::DanglingTarget, &p, key, msg);
                continue;
            };
            (this.to_string(), to)
        } else {
            let Some(from) = target_credential(cx, st, t, &p, "ceterms:ConditionProfile", key)
            else {
                continue;
            };
            (from, this.to_string())
        };
        let source = Source {
            reference: reference.clone(),
            url: None,
            certainty,
            quote: quote.clone(),
            ..Source::default()
        };
        let r = rule(vec![from], to, grant.clone(), this.to_string(), source);
        let base = format!("{this}-advanced-{}", i + 1);
        push_rule(cx, r, &base, &p, "ceterms:ConditionProfile");
    }
}

/// Credits when the profile gives them, else entry into year 2: the common case, which
/// is dropped later if the target's length in years is not known. Either is reported.
fn grant(cx: &mut Ctx, o: &Obj, credits: Option<Credits>) -> Grant {
    match credits.as_ref().and_then(Credits::ects) {
        Some(e) => {
            let msg = Msg::new("import.advanced_entry_assumed.credits").arg("ects", e);
            cx.on(o)
                .add(Reason::AdvancedEntryAssumed, "ceterms:creditValue", msg);
            Grant::Credits { ects: e }
        }
        None => {
            cx.on(o).add(
                Reason::AdvancedEntryAssumed,
                "",
                Msg::new("import.advanced_entry_assumed"),
            );
            Grant::AdvancedEntry { year: 2 }
        }
    }
}
