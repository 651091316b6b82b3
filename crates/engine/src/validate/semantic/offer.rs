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
            Msg::new("check.unknown_reference.provider").arg("item", &o.provider),
            "check.hint.add_provider",
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
                Msg::new("check.missing_conversion").arg("system", &c.system),
                "check.hint.ects_per_unit",
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
            Msg::new("check.unknown_duration").arg("item", &o.id),
            "check.hint.add_duration",
            &path.key("duration_months"),
        ),
    }
    if let Some(w) = o.weekly_hours {
        non_negative(w, "weekly_hours", &path.key("weekly_hours"), out);
    }
    if o.modes.is_empty() {
        out.err(
            "empty-list",
            Msg::new("check.empty_list").arg("name", "modes"),
            "check.hint.modes",
            &path.key("modes"),
        );
    }
    for (i, l) in o.languages.iter().enumerate() {
        if !codes::is_language(l) {
            out.err(
                "invalid-language",
                Msg::new("check.invalid_language").arg("found", l),
                "check.hint.language_code",
                &path.key("languages").index(i),
            );
        }
    }
    match &o.cost {
        Some(cost) => {
            non_negative(
                cost.amount,
                "cost amount",
                &path.key("cost").key("amount"),
                out,
            );
            if let Some(y) = &cost.academic_year {
                if !academic_year(y) {
                    out.err(
                        "invalid-value",
                        Msg::new("check.invalid_value.academic_year").arg("found", y),
                        "check.hint.academic_year",
                        &path.key("cost").key("academic_year"),
                    );
                }
            }
            if !codes::is_currency(&cost.currency) {
                out.err(
                    "invalid-currency",
                    Msg::new("check.invalid_currency").arg("found", &cost.currency),
                    "check.hint.currency",
                    &path.key("cost").key("currency"),
                );
            }
        }
        None if !o.unknown_reason.is_empty() => {}
        None => out.warn(
            "unknown-cost",
            Msg::new("check.unknown_cost").arg("item", &o.id),
            "check.hint.add_cost",
            &path.key("cost"),
        ),
    }
    for (i, s) in o.starts.iter().enumerate() {
        if !is_valid_date_or_yearly(s) {
            out.err(
                "invalid-date",
                Msg::new("check.invalid_date").arg("found", s),
                "check.hint.start_date",
                &path.key("starts").index(i),
            );
        }
    }
    if o.years == Some(0) {
        out.err(
            "invalid-value",
            Msg::new("check.invalid_value.years"),
            "check.hint.years",
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
                Msg::new("check.duplicate_id.module").arg("item", &m.id),
                "check.hint.module_ids",
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
            Msg::new("check.credits_exceed_total.modules")
                .arg("sum", module_sum)
                .arg("total", o.ects()),
            "check.hint.module_credits",
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
                Msg::new("check.micro_credential_elements").arg("missing", missing.join(", ")),
                "check.hint.micro",
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
                    Msg::new("check.unknown_reference.stacks_into").arg("item", t),
                    "check.hint.offer_id",
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
                Msg::new("check.missing_field.cap"),
                "check.hint.cap_missing",
                &cp,
            );
        }
        if let Some(sh) = cap.share {
            if !(sh > 0.0 && sh <= 1.0) {
                out.err(
                    "cap-out-of-range",
                    Msg::new("check.cap_out_of_range.share").arg("number", sh),
                    "check.hint.cap_share",
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
                Msg::new("check.unreachable_offer").arg("item", &o.id),
                "check.hint.unreachable",
                &ep,
            );
        }
    }
}

pub(super) fn condition(c: &Condition, path: &Path, depth: usize, ix: &Index, out: &mut Out) {
    if depth > MAX_CONDITION_DEPTH {
        out.err(
            "condition-too-deep",
            Msg::new("check.condition_too_deep").arg("n", MAX_CONDITION_DEPTH),
            "check.hint.flatten_conditions",
            path,
        );
        return;
    }
    let children = |key: &'static str, list: &[Condition], out: &mut Out| {
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
                    Msg::new("check.invalid_at_least")
                        .arg("n", n)
                        .arg("of", of.len()),
                    "check.hint.at_least",
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
                    Msg::new("check.unknown_reference.credential").arg("item", credential),
                    "check.hint.declare_credential",
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
                        Msg::new("check.invalid_country").arg("found", c),
                        "check.hint.country_code_condition",
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
                    Msg::new("check.invalid_language").arg("found", language),
                    "check.hint.language_code",
                    &path.key("language"),
                );
            }
        }
        Condition::Validation { field: f } => field(f, &path.key("field"), out),
    }
}

pub(super) fn empty_group(empty: bool, key: &'static str, path: &Path, out: &mut Out) {
    if empty {
        out.err(
            "empty-condition-group",
            Msg::new("check.empty_condition_group").arg("name", key),
            "check.hint.empty_group",
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
