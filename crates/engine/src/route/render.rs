//! Turning a [`Msg`] into a sentence with a catalogue: the one renderer behind the CLI's
//! text and the app's views, so both say the same thing.
//!
//! The catalogue (`locales/*.json`) owns every word; this module only decides which
//! catalogue entry and which data text fills each argument:
//! - ids of offers and credentials become their titles in the language;
//! - `years`, `have`, `min_years` become "1 year" / "3 years" (`unit.years.one|other`);
//! - `field` becomes the ISCED-F field's name and code, "software and applications
//!   development (0613)" (`isced.<code>`, falling back to the broader field's name);
//! - `kind`, `certainty`, `constraint`, `limit`, `country` become words (`kind.<v>`, ...);
//! - `note` and `document` are the rule's own texts from the data, in the language.

use super::messages::{fill, ID_ARGS};
use super::Msg;
use crate::model::pick;
use crate::Dataset;

/// What a renderer needs besides the message.
pub struct Renderer<'a> {
    pub ds: &'a Dataset,
    /// ISO 639-1 code of the language rendered into (data texts fall back to English).
    pub lang: &'a str,
    /// The catalogue lookup (`None` when a key is missing).
    pub text: &'a dyn Fn(&str) -> Option<String>,
    /// Show ids next to titles ("B.Sc. Informatik [de-bsc-0613]"): the CLI does, so a
    /// counsellor can type them back; the app does not.
    pub with_ids: bool,
}

/// "25" or "25–85": both ends of a range (binding and possible figures), collapsed when
/// they agree to the digits shown.
/// `x` with `digits` decimals as people write numbers in `lang`: "1267.5" in English (as
/// the CLI always printed), "1.267,5" in German, Dutch, Spanish and Italian, "1 267,5" (a
/// narrow no-break space) in French and Finnish.
pub fn number(lang: &str, x: f64, digits: usize) -> String {
    let plain = format!("{x:.digits$}");
    if lang == "en" {
        return plain;
    }
    let (group, decimal) = match lang {
        "fr" | "fi" => ('\u{202f}', ','),
        _ => ('.', ','),
    };
    let (sign, body) = match plain.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", plain.as_str()),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

/// A calendar date (YYYY-MM-DD) as people write it in `lang`: "02.12.2026" in German,
/// "2.12.2026" in Finnish, "2-12-2026" in Dutch, "02/12/2026" in French, Spanish and
/// Italian. English keeps the ISO form: day-first and month-first readers both read it
/// right. Anything that is not such a date comes back unchanged.
pub fn date(lang: &str, v: &str) -> String {
    let b = v.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape || lang == "en" {
        return v.to_string();
    }
    let (y, m, d) = (&v[..4], &v[5..7], &v[8..]);
    let unpadded = |x: &'_ str| x.trim_start_matches('0').to_string();
    match lang {
        "de" => format!("{d}.{m}.{y}"),
        "fi" => format!("{}.{}.{y}", unpadded(d), unpadded(m)),
        "nl" => format!("{}-{}-{y}", unpadded(d), unpadded(m)),
        _ => format!("{d}/{m}/{y}"),
    }
}

/// A number written by the engine ("4.5", "1267") rewritten for `lang`, keeping its
/// decimals; a date as [`date`] writes it; anything else unchanged.
pub fn localize(lang: &str, v: &str) -> String {
    if v.len() == 10 && v.as_bytes().get(4) == Some(&b'-') {
        return date(lang, v);
    }
    // A leading zero ("0613") marks a code, not a quantity.
    let code = v.len() > 1 && v.starts_with('0') && v.as_bytes().get(1) != Some(&b'.');
    let numeric = !v.is_empty()
        && !code
        && v.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    match v.parse::<f64>() {
        Ok(x) if numeric && lang != "en" => {
            let digits = v.split_once('.').map_or(0, |(_, f)| f.len());
            number(lang, x, digits)
        }
        _ => v.to_string(),
    }
}

/// [`range`] as people write numbers in `lang`.
pub fn range_in(lang: &str, a: f64, b: f64, digits: usize) -> String {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if hi - lo < 0.05 {
        number(lang, lo, digits)
    } else {
        format!("{}–{}", number(lang, lo, digits), number(lang, hi, digits))
    }
}

pub fn range(a: f64, b: f64, digits: usize) -> String {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if hi - lo < 0.05 {
        format!("{lo:.digits$}")
    } else {
        format!("{lo:.digits$}–{hi:.digits$}")
    }
}

/// Title of an offer or credential in `lang` ("B.Sc. Informatik [de-bsc-0613]" with ids),
/// or the id when the data has neither.
pub fn title(ds: &Dataset, lang: &str, id: &str, with_ids: bool) -> String {
    let t = if let Some(o) = ds.offer(id) {
        pick(&o.title, lang)
    } else if let Some(c) = ds.credential(id) {
        pick(&c.title, lang)
    } else {
        return id.to_string();
    };
    if with_ids {
        format!("{t} [{id}]")
    } else {
        t.to_string()
    }
}

impl Renderer<'_> {
    /// The sentence for `m`; a key missing from the catalogue shows as the key itself.
    pub fn msg(&self, m: &Msg) -> String {
        let tpl = (self.text)(&m.key).unwrap_or_else(|| m.key.clone());
        fill(&optional(&tpl, |n| self.arg(m, n).is_some()), |name| {
            self.arg(m, name)
        })
    }

    /// Title of an offer or credential, or the id when the data has neither.
    pub fn title(&self, id: &str) -> String {
        title(self.ds, self.lang, id, self.with_ids)
    }

    /// "software and applications development (0613)"; the code alone when no name is known.
    pub fn field(&self, code: &str) -> String {
        let name = (1..=code.len())
            .rev()
            .filter(|&n| n >= 2 && code.is_char_boundary(n))
            .find_map(|n| (self.text)(&format!("isced.{}", &code[..n])));
        match name {
            Some(n) => format!("{n} ({code})"),
            None => code.to_string(),
        }
    }

    /// "1 year", "3 years", "1,5 years" in the catalogue's words.
    pub fn years(&self, v: &str) -> String {
        let one = v.trim() == "1";
        let v = &localize(self.lang, v);
        let key = if one {
            "unit.years.one"
        } else {
            "unit.years.other"
        };
        match (self.text)(key) {
            Some(t) => t.replace("{n}", v),
            None => v.to_string(),
        }
    }

    fn word(&self, prefix: &str, v: &str) -> String {
        (self.text)(&format!("{prefix}.{v}")).unwrap_or_else(|| v.to_string())
    }

    fn rule_text(&self, m: &Msg, name: &str) -> Option<String> {
        let id = m.args.get("rule")?;
        let r = self.ds.rules.iter().find(|r| &r.id == id)?;
        let map = if name == "note" {
            &r.note
        } else {
            let i: usize = m.args.get("index")?.parse().ok()?;
            r.documents.get(i)?
        };
        Some(pick(map, self.lang).to_string())
    }

    fn arg(&self, m: &Msg, name: &str) -> Option<String> {
        if name == "note" || name == "document" {
            return self.rule_text(m, name);
        }
        let v = m.args.get(name)?;
        Some(match name {
            _ if ID_ARGS.contains(&name) => v
                .split(',')
                .map(|id| self.title(id))
                .collect::<Vec<_>>()
                .join(", "),
            "years" | "have" | "min_years" if m.key.contains("work") => self.years(v),
            // Figures, in the reader's notation ("4,5", "1.267"); ids and codes never.
            "ects" | "cap_ects" | "wanted_ects" | "total_ects" | "cap_percent" | "min_grade"
            | "value" | "more" | "years" | "max_years" | "min_years" => localize(self.lang, v),
            "field" => self.field(v),
            "kind" => self.word("kind", v),
            "country" => self.word("country", v),
            "certainty" => self.word("certainty", v),
            "constraint" => self.word("constraint", v),
            "limit"
                if m.key == super::messages::BLOCK_SEARCH_LIMIT
                    || m.key == super::messages::NOTICE_SEARCH_CUT =>
            {
                self.word("limit", v)
            }
            _ => v.clone(),
        })
    }
}

/// Keeps a `[...]` part of a template only when every placeholder in it has a value, so
/// "requires {years} of work[ in {field}]" reads well with and without a field.
fn optional(tpl: &str, has: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(tpl.len());
    let mut rest = tpl;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &after[..close];
        let names = inner
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n));
        let mut all = true;
        let mut any = false;
        for n in names {
            any = true;
            all &= has(n);
        }
        if !any {
            // Plain brackets in prose stay as written.
            out.push('[');
            out.push_str(inner);
            out.push(']');
        } else if all {
            out.push_str(inner);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn cat() -> BTreeMap<String, String> {
        [
            (
                "block.work",
                "{offer} requires {years} of work experience[ in {field}] (you have {have}).",
            ),
            ("unit.years.one", "{n} year"),
            ("unit.years.other", "{n} years"),
            ("isced.06", "ICT"),
            (
                "isced.0613",
                "software and applications development and analysis",
            ),
            ("rec.note", "Counsellor note: {note}"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    /// Runs `f` on an English renderer over an empty dataset with the catalogue `text`.
    fn with_renderer<R>(
        text: &dyn Fn(&str) -> Option<String>,
        with_ids: bool,
        f: impl FnOnce(&Renderer) -> R,
    ) -> R {
        let ds = Dataset::default();
        f(&Renderer {
            ds: &ds,
            lang: "en",
            text,
            with_ids,
        })
    }

    /// Renders `m` with the catalogue `cat()`.
    fn render(m: &Msg, with_ids: bool) -> String {
        let c = cat();
        with_renderer(&|k| c.get(k).cloned(), with_ids, |r| r.msg(m))
    }

    #[test]
    fn work_requirements_name_their_field_and_count_years_right() {
        // (years asked, years held, field, the sentence)
        let cases = [
            ("1", "0", Some("0613"), "x requires 1 year of work experience in software and applications development and analysis (0613) (you have 0 years)."),
            ("3", "1", Some("061"), "x requires 3 years of work experience in ICT (061) (you have 1 year)."),
            ("2", "0", None, "x requires 2 years of work experience (you have 0 years)."),
        ];
        for (years, have, field, want) in cases {
            let mut m = Msg::new("block.work")
                .arg("offer", "x")
                .arg("years", years)
                .arg("have", have);
            if let Some(f) = field {
                m = m.arg("field", f);
            }
            assert_eq!(render(&m, false), want);
        }
        assert_eq!(
            optional("keep [plain] text", |_| false),
            "keep [plain] text"
        );
    }

    #[test]
    fn a_note_without_its_rule_leaves_the_placeholder_visible() {
        assert_eq!(
            render(&Msg::new("rec.note").arg("rule", "gone"), true),
            "Counsellor note: {note}"
        );
    }

    #[test]
    fn a_field_code_that_is_not_ascii_is_shown_as_it_is_not_sliced_apart() {
        // Only the broad field is named, so a detailed code falls back to it.
        let text = |k: &str| (k == "isced.06").then(|| "ICT".to_string());
        let fields = with_renderer(&text, false, |r| {
            ["0é", "é061", "0613"].map(|code| r.field(code))
        });
        assert_eq!(fields, ["0é", "é061", "ICT (0613)"]);
    }

    #[test]
    fn dates_are_written_as_readers_write_them() {
        let cases = [
            ("en", "2027-01-05"),
            ("de", "05.01.2027"),
            ("fr", "05/01/2027"),
            ("nl", "5-1-2027"),
            ("es", "05/01/2027"),
            ("it", "05/01/2027"),
            ("fi", "5.1.2027"),
        ];
        for (lang, want) in cases {
            assert_eq!(localize(lang, "2027-01-05"), want, "{lang}");
        }
        // Not dates: left alone.
        assert_eq!(date("de", "2027-1-05"), "2027-1-05");
        assert_eq!(date("de", "abcd-ef-gh"), "abcd-ef-gh");
    }

    #[test]
    fn numbers_are_written_as_readers_write_them() {
        assert_eq!(number("en", 1267.5, 1), "1267.5");
        assert_eq!(number("de", 1267.5, 1), "1.267,5");
        assert_eq!(number("fr", 1267.0, 0), "1\u{202f}267");
        assert_eq!(number("nl", -19.0, 1), "-19,0");
        assert_eq!(number("it", 123456.0, 0), "123.456");
        assert_eq!(localize("de", "4.5"), "4,5");
        assert_eq!(localize("de", "0613"), "0613");
        assert_eq!(localize("fi", "2027-09-01"), "1.9.2027");
        assert_eq!(range_in("de", 23.0, 35.0, 1), "23,0–35,0");
    }
}
