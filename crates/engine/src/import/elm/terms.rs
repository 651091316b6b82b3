//! The terms of study of a specification: credits, duration, price, modes, languages.

use super::spec::Spec;
use super::{concept_ids, last_seg};
use crate::import::jsonld::{self, items, number};
use crate::import::{read, Ctx, Reason};
use crate::model::{Cost, Credits, Mode};
use crate::route::Msg;

/// The first credit point, in ECTS or ECVET (one ECTS per point: 60 points are a year
/// in both); another framework has no known rate and is reported.
pub(super) fn credits(cx: &mut Ctx, s: &mut Spec) -> Option<Credits> {
    let cp = s.field("creditPoint")?;
    let list = items(&cp, &s.o.prop_path("creditPoint"));
    if list.len() > 1 {
        let msg = Msg::new("import.multiple_values.credit_points").arg("n", list.len());
        cx.on(&s.o).prop(Reason::MultipleValues, "creditPoint", msg);
    }
    let (x, p) = list.first()?;
    let at = cx.at(p, "CreditPoint");
    let Some(v) = x.get("point").and_then(number).filter(|v| *v >= 0.0) else {
        at.add(
            Reason::CreditUnitUnknown,
            "point",
            Msg::new("import.credit_unit_unknown.no_number"),
        );
        return None;
    };
    let fw = x.get("framework").map(concept_ids).unwrap_or_default();
    let (fid, fnot, flabel) = fw.first().cloned().unwrap_or_default();
    let all = format!("{fid} {fnot} {flabel}").to_ascii_lowercase();
    if all.contains("6fcec5c5af")
        || all.contains("ects")
        || all.contains("european credit transfer")
    {
        Some(read::credits(v, "ects", 1.0))
    } else if all.contains("ecvet") || all.contains("vocational") {
        at.add(
            Reason::CreditUnitConverted,
            "framework",
            Msg::new("import.credit_unit_converted.ecvet").arg("value", v),
        );
        Some(read::credits(v, "ecvet", 1.0))
    } else {
        let msg = Msg::new("import.credit_unit_unknown.framework")
            .arg("value", v)
            .arg("unit", all.trim());
        at.add(Reason::CreditUnitUnknown, "framework", msg);
        None
    }
}

/// The languages, from EU authority URIs or codes.
pub(super) fn languages(cx: &mut Ctx, s: &mut Spec) -> Vec<String> {
    let Some(v) = s.field("language") else {
        return Vec::new();
    };
    let path = s.o.prop_path("language");
    let found = concept_ids(&v).into_iter().map(|(i, n, _)| {
        let code = jsonld::lang_from_uri(&i).or_else(|| jsonld::lang_code(&n));
        (code, path.clone(), i)
    });
    read::languages(
        cx,
        &s.o.ty,
        "language",
        found,
        "import.language_unmapped.elm",
    )
}

/// The modes and schedules named, once each.
pub(super) fn modes(cx: &mut Ctx, s: &mut Spec) -> Vec<Mode> {
    let mut modes = Vec::new();
    for k in ["mode", "learningSchedule"] {
        let Some(v) = s.field(k) else { continue };
        for (_, n, l) in concept_ids(&v) {
            let words = format!("{n} {l}").to_ascii_lowercase();
            let m = if words.contains("blend") {
                Some(Mode::Blended)
            } else if words.contains("online") {
                Some(Mode::Online)
            } else if words.contains("part") {
                Some(Mode::PartTime)
            } else if words.contains("full") || words.contains("person") || words.contains("site") {
                Some(Mode::FullTime)
            } else if words.contains("work") {
                Some(Mode::WorkBased)
            } else {
                None
            };
            if let Some(m) = m.filter(|m| !modes.contains(m)) {
                modes.push(m);
            }
        }
    }
    read::modes_or_full_time(cx.on(&s.o), modes, "mode")
}

/// Months of the duration, else of the workload counted as full-time study. A workload
/// next to a duration has no field of its own (credits carry it); both are reported.
pub(super) fn duration(cx: &mut Ctx, s: &mut Spec) -> Option<f64> {
    // Lazily: `maximumDuration` counts as read only when there is no `duration`.
    let dur = ["duration", "maximumDuration"]
        .iter()
        .find_map(|k| s.field(k))
        .and_then(|v| v.as_str().map(str::to_string));
    let volume = s
        .field("volumeOfLearning")
        .and_then(|v| v.as_str().map(str::to_string));
    if let Some((m, _)) = dur.as_deref().and_then(jsonld::duration_months) {
        if let Some(vol) = &volume {
            let msg = Msg::new("import.unmapped_property.workload").arg("value", vol);
            cx.on(&s.o)
                .prop(Reason::UnmappedProperty, "volumeOfLearning", msg);
        }
        return Some(m);
    }
    let Some((vol, (m, _))) = volume
        .as_deref()
        .and_then(|v| jsonld::duration_months(v).map(|d| (v, d)))
    else {
        read::no_duration(cx.on(&s.o), "duration");
        return None;
    };
    let msg = Msg::new("import.duration_approximated.workload").arg("value", vol);
    cx.on(&s.o)
        .prop(Reason::DurationApproximated, "volumeOfLearning", msg);
    Some(m)
}

/// The first price with an amount and a currency; without one the cost is unknown.
pub(super) fn price(cx: &mut Ctx, s: &mut Spec) -> Option<Cost> {
    let mut cost = None;
    if let Some(v) = s.field("priceDetail") {
        for (x, _) in items(&v, "") {
            let amount = x.get("amount").or(Some(x));
            let val = amount
                .and_then(|a| a.get("numericValue").or_else(|| a.get("value")))
                .and_then(number);
            let cur = amount
                .and_then(|a| a.get("unit"))
                .map(concept_ids)
                .and_then(|c| {
                    c.into_iter().find_map(|(i, n, _)| {
                        jsonld::currency(last_seg(&i)).or_else(|| jsonld::currency(&n))
                    })
                });
            if let (None, Some(amount), Some(currency)) = (&cost, val, cur) {
                if amount >= 0.0 {
                    cost = Some(Cost {
                        academic_year: None,
                        amount,
                        currency,
                    });
                }
            }
        }
    }
    if cost.is_none() {
        cx.on(&s.o).add(
            Reason::CostUnknown,
            "priceDetail",
            Msg::new("import.cost_unknown"),
        );
    }
    cost
}
