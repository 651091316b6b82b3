//! Checks of single values wherever they appear: language maps, addresses, sources and
//! their quotes, EQF levels, ISCED-F fields, amounts and grades.

use super::*;

pub(super) fn lang_map(m: &LangMap, path: &Path, required: bool, out: &mut Out) {
    if required && m.values().all(|v| v.trim().is_empty()) {
        out.err(
            "empty-text",
            Msg::new("check.empty_text"),
            "check.hint.lang_map",
            path,
        );
    }
    for k in m.keys() {
        if !codes::is_language(k) {
            out.err(
                "invalid-language",
                Msg::new("check.invalid_language").arg("found", k),
                "check.hint.language_code",
                &path.key(k.clone()),
            );
        }
    }
}

pub(super) fn url(u: &Option<String>, path: &Path, out: &mut Out) {
    if let Some(u) = u {
        if !is_absolute_http_url(u) {
            out.err(
                "invalid-url",
                Msg::new("check.invalid_url").arg("found", u),
                "check.hint.url",
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
                Msg::new("check.invalid_date").arg("found", d),
                "check.hint.retrieved_date",
                &path.key("retrieved"),
            );
        }
    }
    let quote_empty = s.quote.as_deref().is_none_or(|q| q.trim().is_empty());
    if needs_quote && s.certainty == Certainty::Real && quote_empty {
        out.err(
            "missing-quote",
            Msg::new("check.missing_quote"),
            "check.hint.quote",
            &path.key("quote"),
        );
    }
    if s.certainty == Certainty::Real && needs_quote && s.url.is_none() {
        out.warn(
            "missing-source-url",
            Msg::new("check.missing_source_url"),
            "check.hint.source_url",
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
                Msg::new("check.invalid_eqf").arg("level", l),
                "check.hint.eqf",
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
                Msg::new("check.invalid_isced_f").arg("found", f),
                "check.hint.isced_f",
                path,
            );
        }
    }
}

pub(super) fn non_negative(v: f64, what: &str, path: &Path, out: &mut Out) {
    if !(v >= 0.0 && v.is_finite()) {
        out.err(
            "negative-value",
            Msg::new("check.negative_value")
                .arg("name", what)
                .arg("number", v),
            "check.hint.non_negative",
            path,
        );
    } else if v > LARGEST {
        out.err(
            "out-of-range",
            Msg::new("check.out_of_range")
                .arg("name", what)
                .arg("number", format!("{v:e}")),
            "check.hint.out_of_range",
            path,
        );
    }
}

pub(super) fn grade(g: Option<f64>, path: &Path, out: &mut Out) {
    if let Some(g) = g {
        if !(0.0..=100.0).contains(&g) {
            out.err(
                "invalid-grade",
                Msg::new("check.invalid_grade").arg("number", g),
                "check.hint.grade",
                path,
            );
        }
    }
}
