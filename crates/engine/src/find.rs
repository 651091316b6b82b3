//! Finding offers and credentials by what people type: "BTS SIO", "Fachinformatikerin",
//! "IT Ausbildung", "Bachelor Informatik", "EQF 6 pflege". Titles in every language of the
//! data, providers, countries, and a few words per kind of offer and broad field in the
//! languages of the data (so "Ausbildung" finds apprenticeships whose title never says it).
//! Case and accents are folded, word order is free, every word must match somewhere.
//!
//! Plain scans over the dataset: a keystroke on 100k offers is a few tens of milliseconds,
//! and an index would cost memory the compact-dataset work (issue 15) is trying to save.

use crate::dataset::Dataset;
use crate::model::{OfferKind, Provider};

/// Matches, best first. The caller shows a page of them and says how many there are.
pub struct Found<'a> {
    pub ids: Vec<&'a str>,
    /// An "EQF n" the query asked for (so the UI can say "at EQF 6").
    pub level: Option<u8>,
}

/// Offers matching `q`, best first. `field_names` gives the names of an ISCED-F code in the
/// user's language (the UI's catalogue), so "Software" finds field 0613.
pub fn offers<'a>(
    ds: &'a Dataset,
    q: &str,
    field_names: &dyn Fn(&str) -> Vec<String>,
) -> Found<'a> {
    scan(
        q,
        ds.offers.iter().map(|o| (o.id.as_str(), o.eqf, o)),
        |o, item| {
            for t in o.title.values() {
                item.title(t);
            }
            if let Some(p) = ds.provider(&o.provider) {
                item.provider(p);
            }
            item.kind(o.kind);
            item.field(o.field.as_deref(), field_names);
        },
    )
}

/// Credentials matching `q` (declared ones and those offers award), best first; the kinds
/// and providers of the offers that award one count as its own words.
pub fn credentials<'a>(
    ds: &'a Dataset,
    q: &str,
    field_names: &dyn Fn(&str) -> Vec<String>,
) -> Found<'a> {
    scan(
        q,
        ds.credentials.iter().map(|c| (c.id.as_str(), c.eqf, c)),
        |c, item| {
            for t in c.title.values() {
                item.title(t);
            }
            if let Some(country) = &c.country {
                item.tag(country);
            }
            for o in c
                .awarded_by
                .iter()
                .filter_map(|&o| ds.offers.get(o as usize))
            {
                item.kind(o.kind);
                if let Some(p) = ds.provider(&o.provider) {
                    item.provider(p);
                }
            }
            item.field(c.field.as_deref(), field_names);
        },
    )
}

/// Scores every candidate (id, EQF level, the thing itself) at the level the query asks
/// for; `describe` gives the words a candidate is found by besides its id.
fn scan<'a, T>(
    q: &str,
    candidates: impl Iterator<Item = (&'a str, Option<u8>, T)>,
    describe: impl Fn(T, &mut Item),
) -> Found<'a> {
    let query = Query::parse(q);
    let mut hits: Vec<Hit> = Vec::new();
    if !query.is_empty() {
        for (id, eqf, x) in candidates {
            if query.level.is_some() && eqf != query.level {
                continue;
            }
            let mut item = Item::default();
            describe(x, &mut item);
            item.tag(id);
            if let Some(s) = query.score(&item) {
                hits.push((s, id, eqf));
            }
        }
    }
    ranked(hits, query.level)
}

/// A match: its score, id and EQF level.
type Hit<'a> = (u32, &'a str, Option<u8>);

/// Best score first; of equal score the lower level first, unknown levels last; then by id.
fn ranked(mut hits: Vec<Hit<'_>>, level: Option<u8>) -> Found<'_> {
    crate::order::sort_by(&mut hits, |a, b| {
        b.0.cmp(&a.0)
            .then_with(|| (a.2.is_none(), a.2).cmp(&(b.2.is_none(), b.2)))
            .then_with(|| a.1.cmp(b.1))
    });
    Found {
        ids: hits.into_iter().map(|h| h.1).collect(),
        level,
    }
}

/// Lower case without accents, so "École" and "ecole", "Universität" and "Universitat"
/// meet. Covers Latin-1 and Latin Extended-A (every EU language written in Latin script);
/// `str::to_lowercase` would bring the Unicode tables into the wasm bundle.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'ß' => out.push_str("ss"),
            'Æ' | 'æ' => out.push_str("ae"),
            'Œ' | 'œ' => out.push_str("oe"),
            c if (c as u32) < 0xC0 => out.push(c),
            c => out.push(base_letter(c).unwrap_or(c)),
        }
    }
    out
}

/// The unaccented lower-case letter of a Latin-1 or Latin Extended-A letter.
fn base_letter(c: char) -> Option<char> {
    const LATIN1: &str = "aaaaaaaceeeeiiiidnooooo×ouuuuyþsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy";
    // Latin Extended-A, U+0100..=U+017F, capital and small letter in turn.
    const EXT_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    let n = c as u32;
    match n {
        0xC0..=0xFF => LATIN1.chars().nth((n - 0xC0) as usize),
        0x100..=0x17F => EXT_A.chars().nth((n - 0x100) as usize),
        _ => None,
    }
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Letters and digits of folded text: ASCII after folding, plus any other script (Greek,
/// Cyrillic) as it is. `char::is_alphanumeric` would link Unicode tables into the wasm
/// bundle, so the punctuation that titles use outside ASCII is listed instead.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !matches!(
                c,
                '\u{a0}'..='\u{bf}' | '×' | '÷' | '\u{2000}'..='\u{206f}' | '\u{3000}'
            ))
}

/// What one offer or credential can be found by, folded.
#[derive(Default)]
struct Item {
    /// Words of the titles.
    title: Vec<String>,
    /// Provider names.
    other: Vec<String>,
    /// Codes and the words of its kind and field: matched whole.
    tags: Vec<String>,
    /// Initials of 3 or 4 consecutive title words: matched whole, least.
    acronyms: Vec<String>,
}

/// Words initials skip ("aux", "of", "und").
const STOP_WORDS: &[&str] = &[
    "aux", "des", "les", "the", "and", "for", "und", "der", "die", "das", "fur", "zur", "zum",
    "van", "het", "del", "della", "dei", "per", "von", "avec", "pour", "sur", "met", "voor",
];

impl Item {
    fn title(&mut self, t: &str) {
        let f = fold(t);
        // "Fachinformatiker/-in" names the woman too: "Fachinformatikerin" must find it.
        let mut prev: Option<&str> = None;
        for w in words(&f) {
            if w == "in" || w == "innen" {
                if let Some(p) = prev {
                    self.title.push(format!("{p}{w}"));
                }
            }
            self.title.push(w.to_string());
            prev = Some(w);
        }
        // Programmes go by the initials of their name ("SIO" for Services informatiques
        // aux organisations) in texts that spell the name out.
        let content: Vec<&str> = words(&f)
            .filter(|w| {
                w.len() > 2
                    && !STOP_WORDS.contains(w)
                    && w.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
            })
            .collect();
        for n in 3..=4 {
            for window in content.windows(n) {
                let acronym: String = window.iter().filter_map(|w| w.chars().next()).collect();
                self.acronyms.push(acronym);
            }
        }
    }
    fn other(&mut self, t: &str) {
        self.other.extend(words(&fold(t)).map(str::to_string));
    }
    fn tag(&mut self, t: &str) {
        self.tags.push(fold(t));
    }
    /// A provider's names in every language, and its country as a code.
    fn provider(&mut self, p: &Provider) {
        for n in p.name.values() {
            self.other(n);
        }
        if let Some(c) = &p.country {
            self.tag(c);
        }
    }
    fn kind(&mut self, k: OfferKind) {
        self.tags
            .extend(kind_words(k).iter().map(|w| w.to_string()));
    }
    fn field(&mut self, field: Option<&str>, names: &dyn Fn(&str) -> Vec<String>) {
        let Some(code) = field else { return };
        self.tags.push(code.to_string());
        if let Some(broad) = code.get(..2) {
            self.tags
                .extend(field_words(broad).iter().map(|w| w.to_string()));
        }
        let mut code = code;
        while code.len() >= 2 {
            for n in names(code) {
                self.other(&n);
            }
            code = &code[..code.len() - if code.len() > 2 { 1 } else { 2 }];
        }
    }
}

/// Words people use for a kind of offer in the languages of the data. Each word here is
/// one a learner types for that kind and rarely means anything else.
fn kind_words(k: OfferKind) -> &'static [&'static str] {
    match k {
        OfferKind::Apprenticeship => &[
            "apprenticeship",
            "ausbildung",
            "lehre",
            "berufsausbildung",
            "dual",
            "apprentissage",
            "alternance",
            "apprendistato",
            "aprendizaje",
            "oppisopimus",
            "vet",
        ],
        OfferKind::VetQualification => &[
            "vet",
            "vocational",
            "ausbildung",
            "berufsausbildung",
            "beruf",
            "weiterbildung",
            "professionnel",
            "mbo",
            "fp",
            "formacion",
            "iefp",
            "ammatillinen",
        ],
        OfferKind::ShortCycleHe => &["short", "cycle", "kurzstudium", "bts", "hnd", "hnc"],
        OfferKind::Bachelor => &[
            "bachelor",
            "bachelors",
            "ba",
            "bsc",
            "licence",
            "laurea",
            "grado",
            "grau",
            "amk",
            "kandidaatti",
            "studium",
            "degree",
            "undergraduate",
        ],
        OfferKind::Master => &[
            "master",
            "masters",
            "ma",
            "msc",
            "maestria",
            "magistrale",
            "studium",
            "degree",
            "postgraduate",
        ],
        OfferKind::Doctorate => &[
            "doctorate",
            "phd",
            "doktor",
            "promotion",
            "doctorat",
            "dottorato",
        ],
        OfferKind::HeModule => &["module", "modul", "course", "kurs", "cours", "corso"],
        OfferKind::AdultCourse => &[
            "course",
            "kurs",
            "cours",
            "corso",
            "weiterbildung",
            "erwachsenenbildung",
            "adult",
        ],
        OfferKind::MicroCredential => &[
            "micro",
            "microcredential",
            "mikrozertifikat",
            "microcertification",
            "badge",
        ],
        OfferKind::ValidationProcedure => &[
            "validation",
            "vae",
            "vap",
            "evc",
            "anerkennung",
            "validierung",
            "externenprufung",
            "recognition",
            "rpl",
            "acreditacion",
            "convalidacion",
        ],
    }
}

/// Everyday words for the broad ISCED-F fields, in the languages of the data. The
/// catalogue names ("Information and Communication Technologies") are matched through
/// `field_names`; these are the short words nobody finds in a catalogue: "IT", "EDV",
/// "Pflege".
fn field_words(broad: &str) -> &'static [&'static str] {
    match broad {
        "04" => &[
            "business",
            "bwl",
            "wirtschaft",
            "kaufmann",
            "kauffrau",
            "gestion",
            "commerce",
            "management",
            "economia",
            "bedrijfskunde",
        ],
        "06" => &[
            "it",
            "ict",
            "ikt",
            "tic",
            "edv",
            "informatik",
            "informatique",
            "informatica",
            "computing",
            "computer",
            "software",
            "digital",
            "numerique",
        ],
        "07" => &[
            "engineering",
            "technik",
            "ingenieur",
            "ingenierie",
            "ingegneria",
            "techniker",
        ],
        "09" => &[
            "health",
            "care",
            "gesundheit",
            "pflege",
            "nursing",
            "sante",
            "soins",
            "zorg",
            "verpleegkunde",
            "infermieristica",
            "enfermeria",
        ],
        "01" => &[
            "education",
            "padagogik",
            "erziehung",
            "enseignement",
            "onderwijs",
            "teacher",
        ],
        _ => &[],
    }
}

/// Words that name a level ("EQF 6", "Niveau 5", "livello 4") in the languages of the
/// data; the number after them is an EQF level.
const LEVEL_WORDS: &[&str] = &[
    "eqf", "eqr", "cec", "qeq", "dqr", "level", "niveau", "stufe", "livello", "nivel", "nivell",
];

struct Query {
    words: Vec<String>,
    level: Option<u8>,
}

impl Query {
    fn parse(q: &str) -> Query {
        let folded = fold(q);
        let mut words: Vec<String> = Vec::new();
        let mut level = None;
        let mut pending_level_word = false;
        for w in words_of(&folded) {
            if pending_level_word {
                pending_level_word = false;
                if let Some(n) = level_number(w) {
                    level = Some(n);
                    words.pop();
                    continue;
                }
            }
            if let Some(n) = LEVEL_WORDS
                .iter()
                .find_map(|lw| w.strip_prefix(lw).and_then(level_number))
            {
                level = Some(n);
                continue;
            }
            pending_level_word = LEVEL_WORDS.contains(&w);
            words.push(w.to_string());
        }
        Query { words, level }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty() && self.level.is_none()
    }

    /// The item's score when every word matches somewhere, else `None`.
    fn score(&self, item: &Item) -> Option<u32> {
        let mut total = 0;
        for w in &self.words {
            total += word_score(w, item)?;
        }
        Some(total)
    }
}

fn words_of(folded: &str) -> impl Iterator<Item = &str> {
    words(folded)
}

fn level_number(w: &str) -> Option<u8> {
    w.parse::<u8>().ok().filter(|n| (1..=8).contains(n))
}

/// How well one typed word matches: whole title word 6, start of a title word 4, inside a
/// title word (German compounds: "Informatik" in "Wirtschaftsinformatik") 2, a code, kind
/// or field word 3 (one more when the title says it too), a provider word 2, the initials
/// of title words 1.
fn word_score(w: &str, item: &Item) -> Option<u32> {
    let mut best = 0;
    for t in &item.title {
        let s = if t == w {
            6
        } else if t.starts_with(w) {
            4
        } else if w.len() >= 4 && t.contains(w) {
            2
        } else {
            0
        };
        best = best.max(s);
    }
    if item.tags.iter().any(|t| t == w) {
        // A title that says "Bachelor" on a bachelor beats one that only mentions it.
        best = if best >= 3 { best + 1 } else { 3 };
    }
    if best < 2
        && item
            .other
            .iter()
            .any(|t| t == w || (w.len() >= 3 && t.starts_with(w)))
    {
        best = 2;
    }
    if best == 0 && (3..=4).contains(&w.len()) && item.acronyms.iter().any(|a| a == w) {
        best = 1;
    }
    (best > 0).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents_of_european_languages() {
        assert_eq!(fold("Österreich ÉCOLE Ça"), "osterreich ecole ca");
        assert_eq!(
            fold("Straße Łódź Čeština œuvre"),
            "strasse lodz cestina oeuvre"
        );
        assert_eq!(fold("2 × 3"), "2 × 3");
    }

    #[test]
    fn words_split_at_punctuation_of_any_script() {
        let f = fold("IT-Fachkraft – Anwendungsentwicklung «Niveau 5» Πληροφορική");
        let w: Vec<&str> = words(&f).collect();
        assert_eq!(
            w,
            [
                "it",
                "fachkraft",
                "anwendungsentwicklung",
                "niveau",
                "5",
                "Πληροφορική"
            ]
        );
    }

    #[test]
    fn level_phrases_become_a_level() {
        for q in [
            "EQF 6",
            "eqf6",
            "Niveau 6",
            "DQR 6",
            "livello 6",
            "level 6 ",
        ] {
            let p = Query::parse(q);
            assert_eq!((p.level, p.words.len()), (Some(6), 0), "{q}");
        }
        let p = Query::parse("pflege eqf 6");
        assert_eq!((p.level, p.words), (Some(6), vec!["pflege".to_string()]));
        // A level word without a number is an ordinary word ("Niveau" in a title).
        assert_eq!(Query::parse("niveau").level, None);
        assert_eq!(Query::parse("eqf 9").level, None);
    }
}
