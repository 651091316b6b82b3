//! Checks on the meaning of a dataset, after each item parsed: references, codes, credit
//! arithmetic, caps, dates, and whether anyone can ever enter an offer.

mod completion;

use super::{CheckOptions, Diagnostic, Severity};
use crate::codes;
use crate::date::{is_valid_date_or_yearly, parse_ymd};
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::jsonpos::{Locator, Path};
use crate::load::{diag, Loaded};
use crate::model::*;

/// Deepest condition nesting accepted; real entry rules are a few levels deep, and a cap
/// keeps recursive evaluation safe on hostile input.
pub const MAX_CONDITION_DEPTH: usize = 32;

struct Out<'a> {
    name: &'a str,
    loc: &'a Locator<'a>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Out<'_> {
    fn push(&mut self, sev: Severity, code: &str, msg: String, hint: &str, path: &Path) {
        self.diags.push(diag(
            sev,
            code,
            msg,
            Some(hint.to_string()),
            self.name,
            self.loc,
            path,
        ));
    }
    fn err(&mut self, code: &str, msg: String, hint: &str, path: &Path) {
        self.push(Severity::Error, code, msg, hint, path)
    }
    fn warn(&mut self, code: &str, msg: String, hint: &str, path: &Path) {
        self.push(Severity::Warning, code, msg, hint, path)
    }
}

/// What the whole merged dataset defines, for reference checks.
struct Index<'a> {
    /// Ids of items that did not parse; references to them are not reported again.
    broken: HashSet<&'a str>,
    offers: HashMap<&'a str, &'a Offer>,
    providers: HashMap<&'a str, &'a Provider>,
    /// Declared credentials and credentials awarded by offers, with their EQF level and field.
    credentials: HashMap<&'a str, (Option<u8>, Option<&'a str>)>,
    /// Highest EQF level held by any credential, per field prefix ("" = any field), so a
    /// level leaf is answered in O(1) instead of scanning every credential.
    max_eqf: HashMap<&'a str, u8>,
}

pub(super) fn check(loaded: &[(Loaded, &str)], opts: &CheckOptions, diags: &mut Vec<Diagnostic>) {
    let mut ix = Index {
        broken: loaded
            .iter()
            .flat_map(|(l, _)| l.origins.broken_ids.iter().map(String::as_str))
            .collect(),
        offers: HashMap::default(),
        providers: HashMap::default(),
        credentials: HashMap::default(),
        max_eqf: HashMap::default(),
    };
    // One locator per file: every diagnostic of a file shares its indexes.
    let locs: Vec<Locator> = loaded.iter().map(|(_, t)| Locator::new(t)).collect();
    duplicates(loaded, &locs, diags, &mut ix);
    let mut max_eqf: HashMap<&str, u8> = HashMap::default();
    for (eqf, field) in ix.credentials.values() {
        let Some(e) = eqf else { continue };
        let f = field.unwrap_or("");
        for len in [0, 2, 3, 4] {
            if let Some(prefix) = f.get(..len) {
                let m = max_eqf.entry(prefix).or_insert(0);
                *m = (*m).max(*e);
            }
        }
    }
    ix.max_eqf = max_eqf;
    let today = opts.today.as_deref().and_then(parse_ymd);
    for ((l, _), loc) in loaded.iter().zip(&locs) {
        let mut out = Out {
            name: &l.name,
            loc,
            diags,
        };
        for (p, &i) in l.file.providers.iter().zip(&l.origins.providers) {
            provider(p, &Path::root().key("providers").index(i), &mut out);
        }
        for (c, &i) in l.file.credentials.iter().zip(&l.origins.credentials) {
            credential(c, &Path::root().key("credentials").index(i), &mut out);
        }
        for (o, &i) in l.file.offers.iter().zip(&l.origins.offers) {
            offer(o, &Path::root().key("offers").index(i), &ix, &mut out);
        }
        for (r, &i) in l.file.rules.iter().zip(&l.origins.rules) {
            rule(r, &Path::root().key("rules").index(i), &ix, today, &mut out);
        }
    }
}

/// Reports ids defined twice (within or across files) and builds the index from first
/// definitions.
fn duplicates<'a>(
    loaded: &'a [(Loaded, &str)],
    locs: &[Locator],
    diags: &mut Vec<Diagnostic>,
    ix: &mut Index<'a>,
) {
    // First definition of each (kind, id): file index and path. Positions are computed only
    // for duplicates, since locating walks the text.
    let mut seen: HashMap<(&str, &'a str), (usize, Path)> = HashMap::default();
    for (fi, (l, _)) in loaded.iter().enumerate() {
        let mut note = |kind: &'static str,
                        id: &'a str,
                        path: Path,
                        diags: &mut Vec<Diagnostic>| {
            if let Some((ffi, fpath)) = seen.get(&(kind, id)) {
                let first_l = &loaded[*ffi].0;
                let (line, col) = locs[*ffi].locate(fpath);
                let mut out = Out {
                    name: &l.name,
                    loc: &locs[fi],
                    diags,
                };
                out.err(
                    "duplicate-id",
                    format!(
                        "duplicate {kind} id `{id}` (first defined at {}:{line}:{col})",
                        first_l.name
                    ),
                    "give every item its own id; when merging files, define each item in one file only",
                    &path.key("id"),
                );
                false
            } else {
                seen.insert((kind, id), (fi, path));
                true
            }
        };
        for (p, &i) in l.file.providers.iter().zip(&l.origins.providers) {
            if note(
                "provider",
                &p.id,
                Path::root().key("providers").index(i),
                diags,
            ) {
                ix.providers.insert(&p.id, p);
            }
        }
        for (c, &i) in l.file.credentials.iter().zip(&l.origins.credentials) {
            if note(
                "credential",
                &c.id,
                Path::root().key("credentials").index(i),
                diags,
            ) {
                ix.credentials.insert(&c.id, (c.eqf, c.field.as_deref()));
            }
        }
        for (o, &i) in l.file.offers.iter().zip(&l.origins.offers) {
            if note("offer", &o.id, Path::root().key("offers").index(i), diags) {
                ix.offers.insert(&o.id, o);
            }
        }
        for (r, &i) in l.file.rules.iter().zip(&l.origins.rules) {
            note("rule", &r.id, Path::root().key("rules").index(i), diags);
        }
    }
    for o in ix.offers.values() {
        ix.credentials
            .entry(&o.awards)
            .or_insert((o.eqf, o.field.as_deref()));
    }
}

impl Index<'_> {
    fn has_offer(&self, id: &str) -> bool {
        self.offers.contains_key(id) || self.broken.contains(id)
    }
    fn has_credential(&self, id: &str) -> bool {
        self.credentials.contains_key(id) || self.broken.contains(id)
    }
    fn has_provider(&self, id: &str) -> bool {
        self.providers.contains_key(id) || self.broken.contains(id)
    }
}

fn lang_map(m: &LangMap, path: &Path, required: bool, out: &mut Out) {
    if required && m.values().all(|v| v.trim().is_empty()) {
        out.err(
            "empty-text",
            "text is empty: give it in at least one language".into(),
            "write e.g. {\"en\": \"…\", \"de\": \"…\"}",
            path,
        );
    }
    for k in m.keys() {
        if !codes::is_language(k) {
            out.err(
                "invalid-language",
                format!("`{k}` is not an ISO 639-1 language code"),
                "use two-letter lower-case codes such as en, de, fr",
                &path.key(k),
            );
        }
    }
}

fn url(u: &Option<String>, path: &Path, out: &mut Out) {
    if let Some(u) = u {
        if !is_absolute_http_url(u) {
            out.err(
                "invalid-url",
                format!("`{u}` is not an absolute http(s) URL"),
                "write the complete address, e.g. https://www.example.org/page, without spaces",
                path,
            );
        }
    }
}

/// `https://host[:port][/...]` with a host that has a dot or is `localhost`, and no
/// whitespace: a link a counsellor can open, not a fragment of one.
pub(crate) fn is_absolute_http_url(u: &str) -> bool {
    let Some(rest) = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .rsplit('@')
        .next()
        .unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    let host_ok = !host.is_empty()
        && (host.contains('.') || host == "localhost")
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || !c.is_ascii() || c == '-' || c == '.');
    host_ok && !u.chars().any(char::is_whitespace)
}

/// A source's own fields; `rule` says whether a `real` certainty needs a quote.
fn source(s: &Source, path: &Path, needs_quote: bool, out: &mut Out) {
    url(&s.url, &path.key("url"), out);
    if let Some(d) = &s.retrieved {
        if parse_ymd(d).is_none() {
            out.err(
                "invalid-date",
                format!("`{d}` is not a date"),
                "write the day the source was read as YYYY-MM-DD",
                &path.key("retrieved"),
            );
        }
    }
    let quote_empty = s.quote.as_deref().is_none_or(|q| q.trim().is_empty());
    if needs_quote && s.certainty == Certainty::Real && quote_empty {
        out.err(
            "missing-quote",
            "a `real` rule has no quote from its source".into(),
            "copy the sentence(s) of the source that state the rule into source.quote, in the source's language; if no source states it, mark it `\"certainty\": \"illustrative\"`",
            &path.key("quote"),
        );
    }
    if s.certainty == Certainty::Real && needs_quote && s.url.is_none() {
        out.warn(
            "missing-source-url",
            "a `real` rule has no source URL".into(),
            "add source.url so a counsellor can open the source",
            &path.key("url"),
        );
    }
}

fn academic_year(y: &str) -> bool {
    let b = y.as_bytes();
    let four = |s: &[u8]| s.len() == 4 && s.iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => four(b),
        7 => four(&b[..4]) && b[4] == b'/' && b[5..].iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

fn eqf(level: Option<u8>, path: &Path, out: &mut Out) {
    if let Some(l) = level {
        if !(1..=8).contains(&l) {
            out.err(
                "invalid-eqf",
                format!("EQF level {l} is outside 1–8"),
                "use the European Qualifications Framework level, 1 to 8",
                path,
            );
        }
    }
}

fn field(f: &Option<String>, path: &Path, out: &mut Out) {
    if let Some(f) = f {
        if !codes::is_isced_f(f) {
            out.err(
                "invalid-isced-f",
                format!("`{f}` is not an ISCED-F 2013 field code"),
                "use a 2-, 3- or 4-digit ISCED-F 2013 code, e.g. 06, 061, 0613",
                path,
            );
        }
    }
}

fn provider(p: &Provider, path: &Path, out: &mut Out) {
    lang_map(&p.name, &path.key("name"), true, out);
    match &p.country {
        None => out.warn(
            "unknown-country",
            format!("provider `{}` has no country", p.id),
            "add `country` (ISO 3166-1 alpha-2); until then its offers never match a learner's country filter",
            &path.key("country"),
        ),
        Some(c) if !codes::is_country(c) => out.err(
            "invalid-country",
            format!("`{c}` is not an ISO 3166-1 alpha-2 country code"),
            "use two upper-case letters, e.g. DE, FR, UK",
            &path.key("country"),
        ),
        Some(_) => {}
    }
    if let Some(n) = &p.nuts {
        if !codes::is_nuts(n) {
            out.err(
                "invalid-nuts",
                format!("`{n}` is not a NUTS 2021 code"),
                "use a NUTS code such as DE1, FR10 or UKM (Eurostat's NUTS 2021 list)",
                &path.key("nuts"),
            );
        } else if let Some(c) = p
            .country
            .as_deref()
            .filter(|c| !n.starts_with(codes::nuts_prefix(c)))
        {
            out.err(
                "nuts-country-mismatch",
                format!("NUTS region `{n}` is not in country `{c}`"),
                "the NUTS code must start with the provider's country code",
                &path.key("nuts"),
            );
        }
    }
    url(&p.url, &path.key("url"), out);
}

fn credential(c: &Credential, path: &Path, out: &mut Out) {
    lang_map(&c.title, &path.key("title"), true, out);
    eqf(c.eqf, &path.key("eqf"), out);
    field(&c.field, &path.key("field"), out);
    if let Some(cc) = &c.country {
        if !codes::is_country(cc) {
            out.err(
                "invalid-country",
                format!("`{cc}` is not an ISO 3166-1 alpha-2 country code"),
                "use two upper-case letters, e.g. DE, FR, UK",
                &path.key("country"),
            );
        }
    }
}

/// Above any real duration, cost, credit count or number of years; sums of such values
/// stay finite, so route totals never turn into infinity.
const LARGEST: f64 = 1e9;

fn non_negative(v: f64, what: &str, path: &Path, out: &mut Out) {
    if !(v >= 0.0 && v.is_finite()) {
        out.err(
            "negative-value",
            format!("{what} is {v}; it must be zero or more"),
            "give a non-negative number",
            path,
        );
    } else if v > LARGEST {
        out.err(
            "out-of-range",
            format!("{what} is {v:e}; no real value is above 1e9"),
            "check the unit and the number of digits",
            path,
        );
    }
}

fn offer(o: &Offer, path: &Path, ix: &Index, out: &mut Out) {
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

fn condition(c: &Condition, path: &Path, depth: usize, ix: &Index, out: &mut Out) {
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

fn empty_group(empty: bool, key: &str, path: &Path, out: &mut Out) {
    if empty {
        out.err(
            "empty-condition-group",
            format!("`{key}` has no conditions"),
            "list at least one condition, or remove the group",
            &path.key(key),
        );
    }
}

fn grade(g: Option<f64>, path: &Path, out: &mut Out) {
    if let Some(g) = g {
        if !(0.0..=100.0).contains(&g) {
            out.err(
                "invalid-grade",
                format!("minimum grade {g} is outside 0–100"),
                "grades are normalised to 0–100 (higher is better); see FORMAT.md",
                path,
            );
        }
    }
}

/// Could some learner meet `c`, holding any credentials of the dataset and any amount of
/// work experience, languages and validated learning?
fn satisfiable(c: &Condition, ix: &Index, depth: usize) -> bool {
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

fn rule(r: &RecognitionRule, path: &Path, ix: &Index, today: Option<i64>, out: &mut Out) {
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
    if let (Some(t), Some(u)) = (today, dates[1]) {
        if u < t {
            out.warn(
                "expired-rule",
                format!(
                    "rule `{}` expired on {}",
                    r.id,
                    r.valid_until.as_deref().unwrap_or("")
                ),
                "renew the agreement's dates or remove the rule; expired rules are not applied",
                &path.key("valid_until"),
            );
        }
    }
    if let (Some(t), Some(f)) = (today, dates[0]) {
        if f > t {
            out.warn(
                "rule-not-yet-valid",
                format!(
                    "rule `{}` applies only from {}",
                    r.id,
                    r.valid_from.as_deref().unwrap_or("")
                ),
                "this is fine for announced agreements; routes ignore it until then",
                &path.key("valid_from"),
            );
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
