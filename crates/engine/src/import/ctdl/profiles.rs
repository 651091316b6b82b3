//! The value profiles an offer holds: `DurationProfile`s and `CostProfile`s. A profile
//! may be given more than once, as a range, or only as text; what was kept is reported.

use crate::import::jsonld::{self, items, number, Obj};
use crate::import::{note_push, read, Ctx, Reason};
use crate::model::{Cost, LangMap};
use crate::route::Msg;
use serde_json::Value;

/// Months of the first profile with a duration; a profile that gives its duration only
/// as text adds the text to `note`.
pub(super) fn duration(cx: &mut Ctx, o: &mut Obj, note: &mut LangMap) -> Option<f64> {
    let mut duration = None;
    if let Some(v) = o.get("ceterms:estimatedDuration") {
        for (x, p) in items(v, &o.prop_path("ceterms:estimatedDuration")) {
            let Value::Object(m) = x else { continue };
            let mut d = Obj::new(m, p, "ceterms:DurationProfile".into());
            d.consume(&["@type"]);
            let exact = d.get("ceterms:exactDuration").and_then(Value::as_str);
            let max = d.get("ceterms:maximumDuration").and_then(Value::as_str);
            let min = d.get("ceterms:minimumDuration").and_then(Value::as_str);
            let desc = read::text(d.get("ceterms:description"));
            match exact.or(max).or(min) {
                Some(s) if duration.is_none() => duration = months(cx, &d, s, exact.is_some()),
                Some(_) => {}
                None if !desc.is_empty() => {
                    note_push(note, &desc);
                    cx.on(&d).add(
                        Reason::ConditionText,
                        "ceterms:description",
                        Msg::new("import.condition_text.duration"),
                    );
                }
                None => {}
            }
            cx.leftover(&d);
        }
    }
    if duration.is_none() {
        read::no_duration(cx.on(o), "ceterms:estimatedDuration");
    }
    duration
}

/// The duration `s` of profile `d` in months. A maximum or minimum stands in for the
/// exact duration, and hours count as full-time study; both are reported.
fn months(cx: &mut Ctx, d: &Obj, s: &str, exact: bool) -> Option<f64> {
    let Some((months, hours)) = jsonld::duration_months(s) else {
        let msg = Msg::new("import.duration_approximated.unreadable").arg("value", s);
        cx.on(d)
            .add(Reason::DurationApproximated, "ceterms:exactDuration", msg);
        return None;
    };
    if !exact {
        let msg = Msg::new("import.duration_approximated.range").arg("value", s);
        cx.on(d)
            .add(Reason::DurationApproximated, "ceterms:maximumDuration", msg);
    } else if hours {
        let msg = Msg::new("import.duration_approximated.hours").arg("value", s);
        cx.on(d)
            .add(Reason::DurationApproximated, "ceterms:exactDuration", msg);
    }
    Some(months)
}

/// The first priced cost profile. Without one the cost is unknown, which the plan says;
/// a currency without a price is named in the report.
pub(super) fn cost(cx: &mut Ctx, o: &mut Obj) -> Option<Cost> {
    let mut cost = None;
    let mut cost_currency = None;
    if let Some(v) = o.get("ceterms:estimatedCost") {
        let list = items(v, &o.prop_path("ceterms:estimatedCost"));
        let len = list.len();
        for (x, p) in list {
            let Value::Object(m) = x else { continue };
            let mut c = Obj::new(m, p, "ceterms:CostProfile".into());
            c.consume(&[
                "@type",
                "ceterms:name",
                "ceterms:description",
                "ceterms:costDetails",
            ]);
            let price = c.get("ceterms:price").and_then(number);
            let cur = c
                .get("ceterms:currency")
                .and_then(Value::as_str)
                .and_then(jsonld::currency);
            cost_currency = cost_currency.or(cur.clone());
            if let (None, Some(amount), Some(currency)) = (&cost, price, cur) {
                if amount >= 0.0 {
                    cost = Some(Cost {
                        academic_year: None,
                        amount,
                        currency,
                    });
                    if len > 1 {
                        let msg = Msg::new("import.multiple_values.costs").arg("n", len);
                        cx.on(&c).add(Reason::MultipleValues, "ceterms:price", msg);
                    }
                }
            }
            cx.leftover(&c);
        }
    }
    if cost.is_none() {
        let mut msg = Msg::new("import.cost_unknown");
        if let Some(cu) = cost_currency {
            msg = msg.arg("currency", cu);
        }
        cx.on(o)
            .prop(Reason::CostUnknown, "ceterms:estimatedCost", msg);
    }
    cost
}
