//! Credits: `ValueProfile`s under `creditValue`, or the older flat properties, in
//! whatever unit the record uses, converted to ECTS where the rate is known.

use super::values::{alignment_nodes, all_languages};
use crate::import::jsonld::{items, number, Obj};
use crate::import::{read, Ctx, Reason};
use crate::model::Credits;
use crate::route::Msg;
use serde_json::Value;

/// Credit unit → (system name, ECTS per unit). The rates are conventions, reported.
pub(super) fn credit_unit(unit: &str, description: &str) -> Option<(&'static str, f64)> {
    let u = unit
        .rsplit([':', '/'])
        .next()
        .unwrap_or(unit)
        .to_ascii_lowercase();
    let d = description.to_ascii_lowercase();
    let says = |w: &str| u.contains(w) || d.contains(w);
    if says("ects") || says("european credit") {
        Some(("ects", 1.0))
    } else if says("semester") {
        Some(("us_semester_hour", 2.0))
    } else if says("quarter") {
        Some(("us_quarter_hour", 4.0 / 3.0))
    } else if u == "clockhour" {
        Some(("clock_hour", 1.0 / 27.5))
    } else {
        None
    }
}

/// Reads credits from ValueProfiles (`creditValue`) or the older flat properties.
/// Returns credits or reports why not.
pub(super) fn credits_of(cx: &mut Ctx, o: &mut Obj) -> Option<Credits> {
    let mut found: Vec<(f64, String, String, String)> = Vec::new();
    if let Some(v) = o.get("ceterms:creditValue") {
        for (x, p) in items(v, &o.prop_path("ceterms:creditValue")) {
            let Value::Object(m) = x else { continue };
            let mut vp = Obj::new(m, p.clone(), "ceterms:ValueProfile".into());
            vp.consume(&["@type"]);
            let value = vp.get("ceterms:value").and_then(number);
            let min = vp.get("ceterms:minValue").and_then(number);
            let max = vp.get("ceterms:maxValue").and_then(number);
            let unit = vp
                .get("ceterms:creditUnitType")
                .map(alignment_nodes)
                .unwrap_or_default();
            let desc = vp
                .get("ceterms:creditUnitTypeDescription")
                .map(all_languages)
                .unwrap_or_default();
            let v = match (value, min, max) {
                (Some(v), _, _) => Some(v),
                (None, Some(a), Some(b)) => {
                    let msg = Msg::new("import.credit_value_approximated")
                        .arg("min", a)
                        .arg("max", b);
                    cx.on(&vp)
                        .add(Reason::CreditValueApproximated, "ceterms:minValue", msg);
                    Some(a)
                }
                (None, a, b) => a.or(b),
            };
            if let Some(v) = v {
                found.push((v, unit, desc, p.clone()));
            }
            cx.leftover(&vp);
        }
    }
    let flat = o
        .get("ceterms:creditUnitValue")
        .or_else(|| o.get("ceterms:creditHourValue"))
        .and_then(number);
    if let Some(v) = flat {
        let unit = o
            .get("ceterms:creditUnitType")
            .map(alignment_nodes)
            .unwrap_or_default();
        let hour_type = o
            .get("ceterms:creditHourType")
            .map(all_languages)
            .unwrap_or_default();
        let desc = o
            .get("ceterms:creditUnitTypeDescription")
            .map(all_languages)
            .unwrap_or_default();
        found.push((
            v,
            unit,
            format!("{desc} {hour_type}"),
            o.prop_path("ceterms:creditUnitValue"),
        ));
    }
    let (value, unit, desc, path) = found.first().cloned()?;
    if found.len() > 1 {
        let msg = Msg::new("import.multiple_values.credits")
            .arg("n", found.len())
            .arg("value", value);
        cx.at(&path, &o.ty)
            .add(Reason::MultipleValues, "ceterms:creditValue", msg);
    }
    if value < 0.0 {
        return None;
    }
    let Some((system, rate)) = credit_unit(&unit, &desc) else {
        let msg = Msg::new("import.credit_unit_unknown")
            .arg("value", value)
            .arg("unit", &unit)
            .arg("description", desc.trim());
        cx.at(&path, &o.ty)
            .add(Reason::CreditUnitUnknown, "ceterms:creditUnitType", msg);
        return None;
    };
    if system != "ects" {
        let msg = Msg::new("import.credit_unit_converted")
            .arg("value", value)
            .arg("unit", &unit)
            .arg("description", desc.trim())
            .arg("system", system)
            .arg("rate", format!("{rate:.4}"));
        cx.at(&path, &o.ty)
            .add(Reason::CreditUnitConverted, "ceterms:creditUnitType", msg);
    }
    Some(read::credits(value, system, rate))
}

#[cfg(test)]
mod tests {
    use super::credit_unit;

    #[test]
    fn units_are_known_by_name_or_description() {
        assert_eq!(credit_unit("ceterms:ECTS", ""), Some(("ects", 1.0)));
        assert_eq!(
            credit_unit("creditUnit:SemesterHour", ""),
            Some(("us_semester_hour", 2.0))
        );
        assert_eq!(credit_unit("", "European Credit"), Some(("ects", 1.0)));
        assert_eq!(
            credit_unit("creditUnit:ClockHour", ""),
            Some(("clock_hour", 1.0 / 27.5))
        );
        assert_eq!(credit_unit("creditUnit:ContinuingEducationUnit", ""), None);
    }
}
