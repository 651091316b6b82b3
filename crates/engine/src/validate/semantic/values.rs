//! Checks of single values wherever they appear: language maps, addresses, sources and
//! their quotes, EQF levels, ISCED-F fields, amounts and grades.

use super::*;

pub(super) fn lang_map(m: &LangMap, path: &Path, required: bool, out: &mut Out) {
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

pub(super) fn url(u: &Option<String>, path: &Path, out: &mut Out) {
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
pub(super) fn source(s: &Source, path: &Path, needs_quote: bool, out: &mut Out) {
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

pub(super) fn academic_year(y: &str) -> bool {
    let b = y.as_bytes();
    let four = |s: &[u8]| s.len() == 4 && s.iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => four(b),
        7 => four(&b[..4]) && b[4] == b'/' && b[5..].iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

pub(super) fn eqf(level: Option<u8>, path: &Path, out: &mut Out) {
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

pub(super) fn field(f: &Option<String>, path: &Path, out: &mut Out) {
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

pub(super) fn non_negative(v: f64, what: &str, path: &Path, out: &mut Out) {
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

pub(super) fn grade(g: Option<f64>, path: &Path, out: &mut Out) {
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
