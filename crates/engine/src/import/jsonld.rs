//! JSON-LD reading helpers shared by the CTDL and ELM importers: property access that
//! remembers what was read (so the rest can be reported), paths, language maps, ids,
//! durations and numbers. The language, currency and country codes are read in `codes`.

pub(crate) use super::codes::{country, currency, lang_code, lang_from_uri};
use crate::model::LangMap;
use serde_json::{Map, Value};

/// Appends a key to a JSON path, quoting keys that are not plain identifiers.
pub fn key_path(base: &str, key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@')
    {
        format!("{base}.{key}")
    } else {
        format!("{base}['{}']", key.replace('\'', "\\'"))
    }
}

pub fn index_path(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

/// A JSON object being mapped: every property read is remembered, so the importer can
/// report the rest as unmapped instead of dropping it silently.
pub struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub path: String,
    pub ty: String,
    used: Vec<&'a str>,
}

impl<'a> Obj<'a> {
    pub fn new(map: &'a Map<String, Value>, path: String, ty: String) -> Self {
        Obj {
            map,
            path,
            ty,
            used: Vec::new(),
        }
    }

    pub fn get(&mut self, key: &str) -> Option<&'a Value> {
        let (k, v) = self.map.get_key_value(key)?;
        self.used.push(k.as_str());
        Some(v)
    }

    /// Marks keys as read without using them (identity and JSON-LD keywords).
    pub fn consume(&mut self, keys: &[&str]) {
        for k in keys {
            let _ = self.get(k);
        }
    }

    pub fn prop_path(&self, key: &str) -> String {
        key_path(&self.path, key)
    }

    /// Properties not read, in document order.
    pub fn leftover(&self) -> Vec<&'a str> {
        self.map
            .keys()
            .map(String::as_str)
            .filter(|k| !self.used.contains(k))
            .collect()
    }
}

/// The values of a property that may be one value or an array, with their paths.
pub fn items<'v>(v: &'v Value, path: &str) -> Vec<(&'v Value, String)> {
    match v {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, x)| (x, index_path(path, i)))
            .collect(),
        Value::Null => Vec::new(),
        x => vec![(x, path.to_string())],
    }
}

/// `@type`/`type` as a list of names.
pub fn types(m: &Map<String, Value>) -> Vec<String> {
    let v = m.get("@type").or_else(|| m.get("type"));
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// A reference: a string URI, or an object with `@id`/`id`.
pub fn ref_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s.as_str()),
        Value::Object(m) => m.get("@id").or_else(|| m.get("id")).and_then(Value::as_str),
        _ => None,
    }
}

/// Reads a language map (`{"en-US": "…"}`), a plain string (taken as `default_lang`), or
/// an array of either. Values that are arrays of strings are joined with "; ".
/// Returns the map and the tags that could not be normalised.
pub fn lang_map(v: &Value, default_lang: &str) -> (LangMap, Vec<String>) {
    let mut out = LangMap::new();
    let mut bad = Vec::new();
    fn text(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Array(a) => {
                let parts: Vec<String> = a.iter().filter_map(text).collect();
                (!parts.is_empty()).then(|| parts.join("; "))
            }
            Value::Number(n) => Some(n.to_string()),
            Value::Object(m) => m.get("@value").and_then(text),
            _ => None,
        }
    }
    match v {
        Value::Object(m) if m.contains_key("@value") => {
            if let Some(t) = text(v) {
                let lang = m
                    .get("@language")
                    .and_then(Value::as_str)
                    .and_then(lang_code)
                    .unwrap_or_else(|| default_lang.to_string());
                out.insert(lang, t);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let Some(t) = text(x) else { continue };
                match lang_code(k) {
                    Some(l) => match out.get_mut(&l) {
                        Some(e) if *e != t => {
                            e.push_str("; ");
                            e.push_str(&t);
                        }
                        Some(_) => {}
                        None => {
                            out.insert(l, t);
                        }
                    },
                    None => bad.push(k.clone()),
                }
            }
        }
        Value::Array(a) => {
            for x in a {
                let (m, b) = lang_map(x, default_lang);
                for (k, t) in m {
                    match out.get_mut(&k) {
                        Some(e) => {
                            e.push_str("; ");
                            e.push_str(&t);
                        }
                        None => {
                            out.insert(k, t);
                        }
                    }
                }
                bad.extend(b);
            }
        }
        other => {
            if let Some(t) = text(other) {
                out.insert(default_lang.to_string(), t);
            }
        }
    }
    out.retain(|_, t| !t.trim().is_empty());
    (out, bad)
}

/// Our id for a node: its CTID when there is one (`ce-…`), else a sanitised URI.
pub fn id_from_uri(uri: &str) -> String {
    if let Some(ctid) = ctid_in(uri) {
        return ctid;
    }
    sanitise(uri)
}

/// The CTID inside a registry URI (`…/resources/ce-…`, `…/graph/ce-…`), lower-cased
/// because registries differ in case for the same CTID.
pub fn ctid_in(uri: &str) -> Option<String> {
    let last = uri.trim_end_matches('/').rsplit('/').next()?;
    let last = last.split(['?', '#']).next()?;
    (last.len() > 3 && last.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ce-")))
        .then(|| last.to_ascii_lowercase())
}

pub fn sanitise(s: &str) -> String {
    let stripped = s
        .trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("urn:");
    let mut out = String::with_capacity(stripped.len());
    let mut dash = false;
    for c in stripped.chars() {
        if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "node".to_string()
    } else {
        out
    }
}

/// An id made from a JSON path, stable across runs of the same input.
pub fn id_from_path(file: &str, path: &str) -> String {
    format!("gen-{}", sanitise(&format!("{file}-{path}")))
}

/// An ISO 8601 duration (`P2Y`, `P18M`, `P1Y6M`, `P3W`, `PT120H`) in months. Hours are
/// counted as full-time study time (40 h a week), which the caller reports.
/// Returns (months, used_hours).
pub fn duration_months(s: &str) -> Option<(f64, bool)> {
    let s = s.trim();
    let rest = s.strip_prefix('P').or_else(|| s.strip_prefix('p'))?;
    let (date, time) = match rest.find(['T', 't']) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, ""),
    };
    let mut months = 0.0;
    let date_any = add_designators(date, &mut months, |c, n| match c {
        'Y' => Some(n * 12.0),
        'M' => Some(n),
        'W' => Some(n * 7.0 / DAYS_PER_MONTH),
        'D' => Some(n / DAYS_PER_MONTH),
        _ => None,
    })?;
    // Any time designator means the duration was given in study hours.
    let used_hours = add_designators(time, &mut months, |c, n| match c {
        'H' => Some(n / HOURS_PER_MONTH),
        'M' => Some(n / 60.0 / HOURS_PER_MONTH),
        'S' => Some(n / 3600.0 / HOURS_PER_MONTH),
        _ => None,
    })?;
    if !(date_any || used_hours) || !months.is_finite() || months < 0.0 {
        return None;
    }
    Some((round3(months), used_hours))
}

/// Adds one half of an ISO 8601 duration (the date part or the time part) to `months`,
/// each number converted by `unit` (given the upper-case designator). The running total is
/// passed in, not returned, so the sum is added in the written order as one series.
/// Returns whether the part held any designator; `None` when a number or designator is
/// malformed or a number has no designator after it.
fn add_designators(
    part: &str,
    months: &mut f64,
    unit: impl Fn(char, f64) -> Option<f64>,
) -> Option<bool> {
    let mut any = false;
    let mut num = String::new();
    for c in part.chars() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            num.push(if c == ',' { '.' } else { c });
            continue;
        }
        let n: f64 = num.parse().ok()?;
        num.clear();
        any = true;
        *months += unit(c.to_ascii_uppercase(), n)?;
    }
    num.is_empty().then_some(any)
}

pub const DAYS_PER_MONTH: f64 = 30.44;
/// Full-time study: 40 hours a week, 52 weeks a year.
pub const HOURS_PER_MONTH: f64 = 40.0 * 52.0 / 12.0;

pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A number given as JSON number or numeric string.
pub fn number(v: &Value) -> Option<f64> {
    let n = match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        Value::Object(m) => m.get("@value").and_then(number),
        Value::Array(a) if a.len() == 1 => a.first().and_then(number),
        _ => None,
    }?;
    n.is_finite().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration_months("P2Y"), Some((24.0, false)));
        assert_eq!(duration_months("P18M"), Some((18.0, false)));
        assert_eq!(duration_months("P1Y6M"), Some((18.0, false)));
        assert_eq!(duration_months("PT120H").map(|x| x.1), Some(true));
        assert_eq!(duration_months("P"), None);
        assert_eq!(duration_months("2 years"), None);
        assert_eq!(duration_months("P1X"), None);
    }

    #[test]
    fn ids() {
        assert_eq!(
            id_from_uri("https://credentialengineregistry.org/graph/ce-8DDB-1"),
            "ce-8ddb-1"
        );
        assert_eq!(
            id_from_uri("urn:epass:qualification:1"),
            "epass-qualification-1"
        );
        assert_eq!(
            key_path("$.@graph[3]", "ceterms:keyword"),
            "$.@graph[3]['ceterms:keyword']"
        );
    }
}

#[cfg(test)]
mod char_boundary_tests {
    use super::*;

    #[test]
    fn ids_with_multibyte_characters_near_the_prefix_do_not_panic() {
        // Found by the no-panic proptest: a mutated CTID with a two-byte character at byte 2.
        assert_eq!(ctid_in("https://x/resources/ce\u{93}0000"), None);
        assert_eq!(ctid_in("https://x/resources/CE-ab"), Some("ce-ab".into()));
        assert!(!id_from_uri("c\u{e9}-x").is_empty());
    }
}
