//! Checks of an offer: its kind, level and figures, its modules and caps, and its entry
//! tree (references, nesting depth, and whether anyone can ever meet it).

use super::*;

pub(super) fn offer(o: &Offer, path: &Path, ix: &Index, out: &mut Out) {
    lang_map(&o.title, &path.key("title"), true, out);
    lang_map(&o.description, &path.key("description"), false, out);
    lang_map(&o.note, &path.key("note"), false, out);
    if !ix.has_provider(&o.provider) {
        out.err(
            "unknown-reference",
            format!("provider `{}` is not defined", o.provider),
            "add the provider to `providers` (in this or another merged file) or fix the id",
            &path.key("provider"),
        );
    }
    eqf(o.eqf, &path.key("eqf"), out);
    field(&o.field, &path.key("field"), out);
    if let Some(c) = &o.credits {
        non_negative(
            c.value,
            "credit value",
            &path.key("credits").key("value"),
            out,
        );
        if c.system != "ects" && !c.ects_per_unit.is_some_and(|r| r > 0.0 && r.is_finite()) {
            out.err(
                "missing-conversion",
                format!("credits in `{}` need `ects_per_unit`", c.system),
                "declare how many ECTS one unit is worth, e.g. \"ects_per_unit\": 0.5 for SCQF credits",
                &path.key("credits"),
            );
        } else if let Some(r) = c.ects_per_unit {
            // A rate above 1e9 would turn the credits into an infinite workload.
            non_negative(
                r,
                "ects_per_unit",
                &path.key("credits").key("ects_per_unit"),
                out,
            );
        }
    }
    match o.duration_months {
        Some(d) => non_negative(d, "duration_months", &path.key("duration_months"), out),
        None if !o.unknown_reason.is_empty() => {}
        None => out.warn(
            "unknown-duration",
            format!("offer `{}` has no duration", o.id),
            "add `duration_months`, or say why there is no single value in `unknown_reason`; until then routes count this step as 0 months and say the duration is unknown",
            &path.key("duration_months"),
        ),
    }
    if let Some(w) = o.weekly_hours {
        non_negative(w, "weekly_hours", &path.key("weekly_hours"), out);
    }
    if o.modes.is_empty() {
        out.err(
            "empty-list",
            "`modes` is empty".into(),
            "list at least one of full_time, part_time, online, blended, work_based",
            &path.key("modes"),
        );
    }
    for (i, l) in o.languages.iter().enumerate() {
        if !codes::is_language(l) {
            out.err(
                "invalid-language",
                format!("`{l}` is not an ISO 639-1 language code"),
                "use two-letter lower-case codes such as en, de, fr",
                &path.key("languages").index(i),
            );
        }
    }
    match &o.cost {
        Some(cost) => {
            non_negative(cost.amount, "cost amount", &path.key("cost").key("amount"), out);
            if let Some(y) = &cost.academic_year {
                if !academic_year(y) {
                    out.err(
                        "invalid-value",
                        format!("`{y}` is not an academic year"),
                        "write the year the fee applies to as 2025/26 or 2026",
                        &path.key("cost").key("academic_year"),
                    );
                }
            }
            if !codes::is_currency(&cost.currency) {
                out.err(
                    "invalid-currency",
                    format!("`{}` is not an ISO 4217 currency code", cost.currency),
                    "use a three-letter code such as EUR or GBP",
                    &path.key("cost").key("currency"),
                );
            }
        }
        None if !o.unknown_reason.is_empty() => {}
        None => out.warn(
            "unknown-cost",
            format!("offer `{}` has no cost", o.id),
            "add `cost` (`{\"amount\": 0, \"currency\": \"EUR\"}` when it is free), or say why there is no single figure in `unknown_reason`; until then routes count it as 0 and say the cost is unknown",
            &path.key("cost"),
        ),
    }
    for (i, s) in o.starts.iter().enumerate() {
        if !is_valid_date_or_yearly(s) {
            out.err(
                "invalid-date",
                format!("`{s}` is not a date"),
                "write YYYY-MM-DD, or --MM-DD for a start every year",
                &path.key("starts").index(i),
            );
        }
    }
    if o.years == Some(0) {
        out.err(
            "invalid-value",
            "`years` is 0".into(),
            "give the programme length in whole years (1 or more), or leave it out",
            &path.key("years"),
        );
    }
    let mut module_ids = HashSet::default();
    let mut module_sum = 0.0;
    for (i, m) in o.modules.iter().enumerate() {
        let mp = path.key("modules").index(i);
        if !module_ids.insert(m.id.as_str()) {
            out.err(
                "duplicate-id",
                format!("module id `{}` appears twice in this offer", m.id),
                "give each module its own id",
                &mp.key("id"),
            );
        }
        non_negative(m.credits, "module credits", &mp.key("credits"), out);
        module_sum += m.credits;
    }
    // A pathway's modules include alternatives, so together they may exceed its total.
    if o.completion.is_some() || o.modules.iter().any(|m| m.credential.is_some()) {
        completion::check(o, path, ix, out);
    } else if module_sum > o.ects() + 1e-9 {
        out.err(
            "credits-exceed-total",
            format!(
                "modules add up to {module_sum} ECTS, more than the offer's {} ECTS",
                o.ects()
            ),
            "module credits must fit within the offer's credit total",
            &path.key("modules"),
        );
    }
    if o.kind == OfferKind::MicroCredential {
        let missing: Vec<&str> = [
            (o.micro.is_none(), "micro (assessment, quality assurance)"),
            (o.credits.is_none(), "credits (workload)"),
            (o.eqf.is_none(), "eqf (level)"),
        ]
        .iter()
        .filter(|(m, _)| *m)
        .map(|(_, n)| *n)
        .collect();
        if !missing.is_empty() {
            out.warn(
                "micro-credential-elements",
                format!(
                    "micro-credential lacks elements of the 2022 Council Recommendation: {}",
                    missing.join(", ")
                ),
                "add the missing fields so learners can compare and stack micro-credentials",
                path,
            );
        }
    }
    if let Some(m) = &o.micro {
        lang_map(
            &m.learning_outcomes,
            &path.key("micro").key("learning_outcomes"),
            false,
            out,
        );
        for (i, t) in m.stacks_into.iter().enumerate() {
            if !ix.has_offer(t) {
                out.err(
                    "unknown-reference",
                    format!("stacks into unknown offer `{t}`"),
                    "use the id of an offer in this dataset",
                    &path.key("micro").key("stacks_into").index(i),
                );
            }
        }
    }
    url(&o.url, &path.key("url"), out);
    lang_map(&o.unknown_reason, &path.key("unknown_reason"), false, out);
    if let Some(s) = &o.source {
        source(s, &path.key("source"), false, out);
    }
    if let Some(cap) = &o.credit_cap {
        let cp = path.key("credit_cap");
        if cap.share.is_none() && cap.ects.is_none() {
            out.err(
                "missing-field",
                "`credit_cap` states neither `share` nor `ects`".into(),
                "give the largest share (e.g. 0.5) or the largest number of ECTS (e.g. 90)",
                &cp,
            );
        }
        if let Some(sh) = cap.share {
            if !(sh > 0.0 && sh <= 1.0) {
                out.err(
                    "cap-out-of-range",
                    format!("credit_cap share {sh} is outside (0, 1]"),
                    "a share is a fraction of the offer's credits, e.g. 0.5 for 50 %",
                    &cp.key("share"),
                );
            }
        }
        if let Some(e) = cap.ects {
            non_negative(e, "credit_cap ects", &cp.key("ects"), out);
        }
        if let Some(s) = &cap.source {
            source(s, &cp.key("source"), true, out);
        }
    }
    if let Some(c) = &o.entry {
        let ep = path.key("entry");
        condition(c, &ep, 1, ix, out);
        if !satisfiable(c, ix, 1) {
            out.warn(
                "unreachable-offer",
                format!(
                    "nobody can enter offer `{}`: its entry requirements can never be met with the credentials of this dataset",
                    o.id
                ),
                "check the condition tree: a required level or credential that no offer awards makes it unreachable",
                &ep,
            );
        }
    }
}

pub(super) fn condition(c: &Condition, path: &Path, depth: usize, ix: &Index, out: &mut Out) {
    if depth > MAX_CONDITION_DEPTH {
        out.err(
            "condition-too-deep",
            format!("conditions are nested deeper than {MAX_CONDITION_DEPTH} levels"),
            "flatten the condition tree",
            path,
        );
        return;
    }
    let children = |key: &str, list: &[Condition], out: &mut Out| {
        for (i, ch) in list.iter().enumerate() {
            condition(ch, &path.key(key).index(i), depth + 1, ix, out);
        }
    };
    match c {
        Condition::AllOf { all } => {
            empty_group(all.is_empty(), "all", path, out);
            children("all", all, out);
        }
        Condition::AnyOf { any } => {
            empty_group(any.is_empty(), "any", path, out);
            children("any", any, out);
        }
        Condition::AtLeast { n, of } => {
            if *n == 0 || *n as usize > of.len() {
                out.err(
                    "invalid-at-least",
                    format!("`at_least` asks for {n} of {} conditions", of.len()),
                    "n must be between 1 and the number of conditions in `of`",
                    &path.key("n"),
                );
            }
            children("of", of, out);
        }
        Condition::Credential {
            credential,
            min_grade,
        } => {
            if !ix.has_credential(credential) {
                out.err(
                    "unknown-reference",
                    format!(
                        "credential `{credential}` is neither declared nor awarded by any offer"
                    ),
                    "declare it in `credentials` or fix the id",
                    &path.key("credential"),
                );
            }
            grade(*min_grade, &path.key("min_grade"), out);
        }
        Condition::Level {
            min_eqf,
            field: f,
            country,
        } => {
            eqf(Some(*min_eqf), &path.key("min_eqf"), out);
            field(f, &path.key("field"), out);
            if let Some(c) = country {
                if !codes::is_country(c) {
                    out.err(
                        "invalid-country",
                        format!("`{c}` is not an ISO 3166-1 alpha-2 country code"),
                        "use two capital letters such as DE, FR, NL",
                        &path.key("country"),
                    );
                }
            }
        }
        Condition::WorkExperience { years, field: f } => {
            non_negative(*years, "years", &path.key("years"), out);
            field(f, &path.key("field"), out);
        }
        Condition::Language { language, .. } => {
            if !codes::is_language(language) {
                out.err(
                    "invalid-language",
                    format!("`{language}` is not an ISO 639-1 language code"),
                    "use two-letter lower-case codes such as en, de, fr",
                    &path.key("language"),
                );
            }
        }
        Condition::Validation { field: f } => field(f, &path.key("field"), out),
    }
}

pub(super) fn empty_group(empty: bool, key: &str, path: &Path, out: &mut Out) {
    if empty {
        out.err(
            "empty-condition-group",
            format!("`{key}` has no conditions"),
            "list at least one condition, or remove the group",
            &path.key(key),
        );
    }
}

/// Could some learner meet `c`, holding any credentials of the dataset and any amount of
/// work experience, languages and validated learning?
pub(super) fn satisfiable(c: &Condition, ix: &Index, depth: usize) -> bool {
    // Structural errors (too deep, empty groups, bad n) are reported on their own; here they
    // count as satisfiable so one mistake gives one message.
    if depth > MAX_CONDITION_DEPTH {
        return true;
    }
    let sat = |x: &Condition| satisfiable(x, ix, depth + 1);
    match c {
        Condition::AllOf { all } => all.iter().all(sat),
        Condition::AnyOf { any } => any.is_empty() || any.iter().any(sat),
        Condition::AtLeast { n, of } if *n == 0 || *n as usize > of.len() => true,
        Condition::AtLeast { n, of } => of.iter().filter(|x| sat(x)).count() >= *n as usize,
        Condition::Credential {
            credential,
            min_grade,
        } => ix.has_credential(credential) && min_grade.is_none_or(|g| g <= 100.0),
        Condition::Level {
            min_eqf, field: f, ..
        } => ix
            .max_eqf
            .get(f.as_deref().unwrap_or(""))
            .is_some_and(|m| m >= min_eqf),
        Condition::WorkExperience { years, .. } => *years >= 0.0,
        Condition::Language { .. } | Condition::Validation { .. } => true,
    }
}
