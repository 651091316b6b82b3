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
            "`from` is empty".into(),
            "name the credential(s) a learner must hold for this recognition",
            &path.key("from"),
        );
    }
    for (i, c) in r.from.iter().enumerate() {
        if !ix.has_credential(c) {
            out.err(
                "unknown-reference",
                format!("credential `{c}` is neither declared nor awarded by any offer"),
                "declare it in `credentials` or fix the id",
                &path.key("from").index(i),
            );
        }
    }
    let target = ix.offers.get(r.to.as_str()).copied();
    if !ix.has_offer(&r.to) {
        out.err(
            "unknown-reference",
            format!("target offer `{}` is not defined", r.to),
            "use the id of an offer in this dataset",
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
                        format!(
                            "recognises {ects} ECTS but offer `{}` has only {} ECTS",
                            t.id,
                            t.ects()
                        ),
                        "recognised credits cannot exceed the target's credit total",
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
                        format!("offer `{}` has no module `{m}`", t.id),
                        "list the module in the target offer's `modules`, or fix the id",
                        &gp.key("modules").index(i),
                    );
                }
            }
        }
        (Grant::AdvancedEntry { year }, Some(t)) => match t.years {
            None => out.err(
                "advanced-entry-without-years",
                format!(
                    "advanced entry into offer `{}`, which does not say how many years it has",
                    t.id
                ),
                "set `years` on the target offer",
                &gp.key("year"),
            ),
            Some(y) if *year < 2 || *year > y => out.err(
                "invalid-advanced-entry",
                format!("entry into year {year} of a {y}-year offer"),
                "advanced entry is into year 2 up to the offer's last year",
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
                format!("cap {c} is outside (0, 1]"),
                "a cap is the largest share of the target's credits recognition may cover, e.g. 0.5 for 50 %",
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
                format!("bridging offer `{b}` is not defined"),
                "use the id of an offer in this dataset",
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
                    format!("`{v}` is not a date"),
                    "write YYYY-MM-DD",
                    &path.key(key),
                );
            }
        }
    }
    if let [Some(f), Some(u)] = dates {
        if f > u {
            out.err(
                "invalid-validity",
                "`valid_from` is after `valid_until`".into(),
                "swap or correct the dates",
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
                "expired on",
                "valid_until",
                &r.valid_until,
                "renew the agreement's dates or remove the rule; expired rules are not applied",
            ),
            (
                from.is_some_and(|f| f > t),
                "rule-not-yet-valid",
                "applies only from",
                "valid_from",
                &r.valid_from,
                "this is fine for announced agreements; routes ignore it until then",
            ),
        ] {
            if outside {
                let date = date.as_deref().unwrap_or("");
                let msg = format!("rule `{}` {says} {date}", r.id);
                out.warn(code, msg, fix, &path.key(key));
            }
        }
    }
    if r.issuer.trim().is_empty() {
        out.err(
            "empty-text",
            "`issuer` is empty".into(),
            "name the body that issues or decides the recognition",
            &path.key("issuer"),
        );
    }
    if r.source.reference.trim().is_empty() {
        out.err(
            "missing-source",
            "the rule has no source reference".into(),
            "every rule needs its agreement id, legal reference or publication in source.reference",
            &path.key("source").key("reference"),
        );
    }
    source(&r.source, &path.key("source"), true, out);
    lang_map(&r.note, &path.key("note"), false, out);
    if let Some(d) = &r.deadline {
        if !is_valid_date_or_yearly(d) {
            out.err(
                "invalid-date",
                format!("`{d}` is not a date"),
                "write YYYY-MM-DD, or --MM-DD for a yearly deadline",
                &path.key("deadline"),
            );
        }
    }
}
