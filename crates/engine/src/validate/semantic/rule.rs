//! Checks of a recognition rule: its sources and target exist, its grant fits the target
//! offer, its dates and conditions make sense.

use super::*;

pub(super) fn rule(
    r: &RecognitionRule,
    path: &Path,
    ix: &Index,
    today: Option<i64>,
    out: &mut Out,
) {
    if r.from.is_empty() {
        out.err(
            "empty-list",
            Msg::new("check.empty_list").arg("name", "from"),
            "check.hint.rule_from",
            &path.key("from"),
        );
    }
    for (i, c) in r.from.iter().enumerate() {
        if !ix.has_credential(c) {
            out.err(
                "unknown-reference",
                Msg::new("check.unknown_reference.credential").arg("item", c),
                "check.hint.declare_credential",
                &path.key("from").index(i),
            );
        }
    }
    let target = ix.offers.get(r.to.as_str()).copied();
    if !ix.has_offer(&r.to) {
        out.err(
            "unknown-reference",
            Msg::new("check.unknown_reference.target").arg("item", &r.to),
            "check.hint.offer_id",
            &path.key("to"),
        );
    }
    let gp = path.key("grant");
    match (&r.grant, target) {
        (Grant::Credits { ects }, t) => {
            non_negative(*ects, "recognised ECTS", &gp.key("ects"), out);
            if let Some(t) = t {
                if *ects > t.ects() + 1e-9 {
                    out.err(
                        "credits-exceed-total",
                        Msg::new("check.credits_exceed_total.rule")
                            .arg("sum", ects)
                            .arg("item", &t.id)
                            .arg("total", t.ects()),
                        "check.hint.recognised_credits",
                        &gp.key("ects"),
                    );
                }
            }
        }
        (Grant::Exemption { modules }, Some(t)) => {
            for (i, m) in modules.iter().enumerate() {
                if !t.modules.iter().any(|tm| &tm.id == m) {
                    out.err(
                        "unknown-reference",
                        Msg::new("check.unknown_reference.exempted_module")
                            .arg("item", &t.id)
                            .arg("module", m),
                        "check.hint.exempted_module",
                        &gp.key("modules").index(i),
                    );
                }
            }
        }
        (Grant::AdvancedEntry { year }, Some(t)) => match t.years {
            None => out.err(
                "advanced-entry-without-years",
                Msg::new("check.advanced_entry_without_years").arg("item", &t.id),
                "check.hint.target_years",
                &gp.key("year"),
            ),
            Some(y) if *year < 2 || *year > y => out.err(
                "invalid-advanced-entry",
                Msg::new("check.invalid_advanced_entry")
                    .arg("year", year)
                    .arg("of", y),
                "check.hint.advanced_entry",
                &gp.key("year"),
            ),
            _ => {}
        },
        _ => {}
    }
    if let Some(c) = r.cap {
        if !(c > 0.0 && c <= 1.0) {
            out.err(
                "cap-out-of-range",
                Msg::new("check.cap_out_of_range").arg("number", c),
                "check.hint.rule_cap",
                &path.key("cap"),
            );
        }
    }
    grade(
        r.conditions.min_grade,
        &path.key("conditions").key("min_grade"),
        out,
    );
    if let Some(b) = &r.conditions.bridging {
        if !ix.has_offer(b) {
            out.err(
                "unknown-reference",
                Msg::new("check.unknown_reference.bridging").arg("item", b),
                "check.hint.offer_id",
                &path.key("conditions").key("bridging"),
            );
        }
    }
    if let Some(y) = r.conditions.max_years_since {
        non_negative(
            y,
            "max_years_since",
            &path.key("conditions").key("max_years_since"),
            out,
        );
    }
    let mut dates = [None, None];
    for (k, (key, v)) in [
        ("valid_from", &r.valid_from),
        ("valid_until", &r.valid_until),
    ]
    .into_iter()
    .enumerate()
    {
        if let Some(v) = v {
            dates[k] = parse_ymd(v);
            if dates[k].is_none() {
                out.err(
                    "invalid-date",
                    Msg::new("check.invalid_date").arg("found", v),
                    "check.hint.date",
                    &path.key(key),
                );
            }
        }
    }
    if let [Some(f), Some(u)] = dates {
        if f > u {
            out.err(
                "invalid-validity",
                Msg::new("check.invalid_validity"),
                "check.hint.validity",
                &path.key("valid_from"),
            );
        }
    }
    // Outside its dates today a rule is not applied: warned at the date that excludes it.
    if let Some(t) = today {
        let [from, until] = dates;
        for (outside, code, says, key, date, fix) in [
            (
                until.is_some_and(|u| u < t),
                "expired-rule",
                "check.expired_rule",
                "valid_until",
                &r.valid_until,
                "check.hint.expired",
            ),
            (
                from.is_some_and(|f| f > t),
                "rule-not-yet-valid",
                "check.rule_not_yet_valid",
                "valid_from",
                &r.valid_from,
                "check.hint.not_yet_valid",
            ),
        ] {
            if outside {
                let date = date.as_deref().unwrap_or("");
                let msg = Msg::new(says).arg("item", &r.id).arg("date", date);
                out.warn(code, msg, fix, &path.key(key));
            }
        }
    }
    if r.issuer.trim().is_empty() {
        out.err(
            "empty-text",
            Msg::new("check.empty_text.issuer"),
            "check.hint.issuer",
            &path.key("issuer"),
        );
    }
    if r.source.reference.trim().is_empty() {
        out.err(
            "missing-source",
            Msg::new("check.missing_source"),
            "check.hint.source_reference",
            &path.key("source").key("reference"),
        );
    }
    source(&r.source, &path.key("source"), true, out);
    lang_map(&r.note, &path.key("note"), false, out);
    if let Some(d) = &r.deadline {
        if !is_valid_date_or_yearly(d) {
            out.err(
                "invalid-date",
                Msg::new("check.invalid_date").arg("found", d),
                "check.hint.deadline",
                &path.key("deadline"),
            );
        }
    }
}
