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
    let hay = &ds.search_index().offers;
    scan(
        q,
        ds.offers
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), o.eqf, o, hay.get(i))),
        |o| o.field.as_deref(),
        field_names,
        |o, item| describe_offer(ds, o, item, field_names),
    )
}

fn describe_offer(
    ds: &Dataset,
    o: &crate::Offer,
    item: &mut Item,
    field_names: &dyn Fn(&str) -> Vec<String>,
) {
    for t in o.title.values() {
        item.title(t);
    }
    if let Some(p) = ds.provider(&o.provider) {
        item.provider(p);
    }
    item.kind(o.kind);
    item.field(o.field.as_deref(), field_names);
}

/// Credentials matching `q` (declared ones and those offers award), best first; the kinds
/// and providers of the offers that award one count as its own words.
pub fn credentials<'a>(
    ds: &'a Dataset,
    q: &str,
    field_names: &dyn Fn(&str) -> Vec<String>,
) -> Found<'a> {
    let hay = &ds.search_index().credentials;
    scan(
        q,
        ds.credentials
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), c.eqf, c, hay.get(i))),
        |c| c.field.as_deref(),
        field_names,
        |c, item| describe_credential(ds, c, item, field_names),
    )
}

fn describe_credential(
    ds: &Dataset,
    c: &crate::dataset::CredentialInfo,
    item: &mut Item,
    field_names: &dyn Fn(&str) -> Vec<String>,
) {
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
}

/// Every candidate's words that do not depend on the reader's language (titles, initials,
/// providers, codes, kind and broad field words), folded once per dataset with the role of
/// each: a search scores candidates from them and their field's names in the reader's
/// language. Folding and splitting every title for every keystroke made a search of 100k
/// offers take 0.6 s.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub(crate) offers: Words,
    pub(crate) credentials: Words,
}

/// What precedes each indexed word: a title word, another word (providers, field names), a
/// tag (matched whole), initials.
const MARKS: [char; 4] = ['\u{1}', '\u{2}', '\u{3}', '\u{4}'];
/// The text of a candidate whose words could not be marked.
const UNINDEXED: char = '\u{5}';

/// A candidate's indexed words with their roles. Marks are bytes below 6, which no byte of
/// a longer UTF-8 character is, so the text splits at bytes.
fn indexed_words(hay: &str) -> impl Iterator<Item = (Role, &str)> + '_ {
    let bytes = hay.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let &mark = bytes.get(i)?;
        let start = i + 1;
        let end = bytes
            .get(start..)
            .and_then(|r| r.iter().position(|&b| b < 6))
            .map_or(bytes.len(), |p| start + p);
        i = end;
        let role = match mark {
            1 => Role::Title,
            2 => Role::Other,
            3 => Role::Tag,
            _ => Role::Initials,
        };
        Some((role, hay.get(start..end).unwrap_or("")))
    })
}

/// One text per candidate, back to back.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    text: String,
    ends: Vec<u32>,
}

impl Words {
    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => *self.ends.get(i - 1)? as usize,
        };
        self.text.get(start..end)
    }
}

/// Builds a [`SearchIndex`] a slice at a time (see `dataset::Builder`).
#[derive(Default)]
pub(crate) struct IndexBuilder {
    index: SearchIndex,
    item: Item,
}

impl IndexBuilder {
    /// Adds up to `budget` candidates, the offers first, then the credentials; `false` once
    /// both are done.
    pub(crate) fn step(&mut self, ds: &Dataset, budget: usize) -> bool {
        let none = |_: &str| Vec::new();
        let (n_o, n_c) = (ds.offers.len(), ds.credentials.len());
        let mut left = budget.max(1);
        while left > 0 {
            let (done_o, done_c) = (
                self.index.offers.ends.len(),
                self.index.credentials.ends.len(),
            );
            let item = &mut self.item;
            item.clear();
            let out = if done_o < n_o {
                let o = &ds.offers[done_o];
                describe_offer(ds, o, item, &none);
                item.tag(&o.id);
                &mut self.index.offers
            } else if done_c < n_c {
                let c = &ds.credentials[done_c];
                describe_credential(ds, c, item, &none);
                item.tag(&c.id);
                &mut self.index.credentials
            } else {
                return false;
            };
            // Each word after a mark of what it is (title word, other, tag, initials), so a
            // search scores a candidate from these words alone. A word holding a mark
            // itself (an id with control characters) leaves the candidate to a full scan.
            if item
                .words()
                .any(|(_, w)| w.chars().any(|c| MARKS.contains(&c)))
            {
                out.text.push(UNINDEXED);
            } else {
                for (role, w) in item.words() {
                    out.text.push(MARKS[role as usize]);
                    out.text.push_str(w);
                }
            }
            out.ends.push(out.text.len() as u32);
            left -= 1;
        }
        self.index.offers.ends.len() < n_o || self.index.credentials.ends.len() < n_c
    }

    pub(crate) fn finish(self) -> SearchIndex {
        self.index
    }
}

/// The whole index at once.
pub(crate) fn index(ds: &Dataset) -> SearchIndex {
    let mut b = IndexBuilder::default();
    while b.step(ds, usize::MAX) {}
    b.finish()
}

/// Scores every candidate (id, EQF level, the thing itself, its indexed words) at the level
/// the query asks for; `describe` gives the words a candidate is found by besides its id.
fn scan<'a, T>(
    q: &str,
    candidates: impl Iterator<Item = (&'a str, Option<u8>, T, Option<&'a str>)>,
    field: impl Fn(&T) -> Option<&str>,
    field_names: &dyn Fn(&str) -> Vec<String>,
    describe: impl Fn(T, &mut Item),
) -> Found<'a> {
    let query = Query::parse(q);
    let mut hits: Vec<Hit> = Vec::new();
    if !query.is_empty() {
        let mut item = Item::default();
        for (id, eqf, x, hay) in candidates {
            if query.level.is_some() && eqf != query.level {
                continue;
            }
            if let Some(hay) = hay.filter(|h| !h.starts_with(UNINDEXED)) {
                // Only the field's names, in the reader's language, are not in the index.
                let names: &[String] = match field(&x) {
                    Some(code) => item.field_name_words(code, field_names),
                    None => &[],
                };
                // A word of four letters or more is part of some word of a candidate it
                // matches: most candidates are ruled out without reading their words.
                let out = query.words.iter().any(|w| {
                    w.len() >= 4
                        && !hay.contains(w.as_str())
                        && !names.iter().any(|t| t.starts_with(w.as_str()))
                });
                if out {
                    continue;
                }
                let words =
                    || indexed_words(hay).chain(names.iter().map(|n| (Role::Other, n.as_str())));
                if let Some(s) = query.score(words) {
                    hits.push((s, id, eqf));
                }
                continue;
            }
            item.clear();
            describe(x, &mut item);
            item.tag(id);
            if let Some(s) = query.score(|| item.words()) {
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
    fold_into(&mut out, s);
    out
}

/// [`fold`], appending to `out`.
fn fold_into(out: &mut String, s: &str) {
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

/// What one offer or credential can be found by, folded. One `Item` serves a whole scan:
/// its words are ranges of one text that is cleared, not freed, between candidates, and the
/// words of providers and fields (shared by thousands of offers) are folded once per scan.
/// Building a fresh set of strings per candidate made a search of 100k offers take 0.7 s.
#[derive(Default)]
struct Item {
    text: String,
    /// Words of the titles.
    title: Vec<Span>,
    /// Provider names.
    other: Vec<Span>,
    /// Codes and the words of its kind and field: matched whole.
    tags: Vec<Span>,
    /// Initials of 3 or 4 consecutive title words: matched whole, least.
    acronyms: Vec<Span>,
    /// Folded words of a provider's names (by id) and of a field's names (by code).
    providers: crate::fxhash::FxHashMap<String, Vec<String>>,
    fields: crate::fxhash::FxHashMap<String, Vec<String>>,
    folded: String,
}

/// A word of [`Item::text`], by byte range.
#[derive(Clone, Copy)]
struct Span(u32, u32);

/// Words initials skip ("aux", "of", "und").
const STOP_WORDS: &[&str] = &[
    "aux", "des", "les", "the", "and", "for", "und", "der", "die", "das", "fur", "zur", "zum",
    "van", "het", "del", "della", "dei", "per", "von", "avec", "pour", "sur", "met", "voor",
];

impl Item {
    /// Forgets the last candidate's words, keeping the memory and the memos.
    fn clear(&mut self) {
        self.text.clear();
        self.title.clear();
        self.other.clear();
        self.tags.clear();
        self.acronyms.clear();
    }
    /// Every word with its role.
    fn words(&self) -> impl Iterator<Item = (Role, &str)> + '_ {
        [
            (&self.title, Role::Title),
            (&self.other, Role::Other),
            (&self.tags, Role::Tag),
            (&self.acronyms, Role::Initials),
        ]
        .into_iter()
        .flat_map(move |(list, r)| list.iter().map(move |&w| (r, self.word(w))))
    }
    fn word(&self, w: Span) -> &str {
        self.text.get(w.0 as usize..w.1 as usize).unwrap_or("")
    }
    fn add(&mut self, parts: &[&str]) -> Span {
        let start = self.text.len() as u32;
        for p in parts {
            self.text.push_str(p);
        }
        Span(start, self.text.len() as u32)
    }
    fn title(&mut self, t: &str) {
        let mut f = std::mem::take(&mut self.folded);
        f.clear();
        fold_into(&mut f, t);
        // "Fachinformatiker/-in" names the woman too: "Fachinformatikerin" must find it.
        let mut prev: Option<&str> = None;
        for w in words(&f) {
            if w == "in" || w == "innen" {
                if let Some(p) = prev {
                    let joined = self.add(&[p, w]);
                    self.title.push(joined);
                }
            }
            let word = self.add(&[w]);
            self.title.push(word);
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
                let start = self.text.len() as u32;
                for c in window.iter().filter_map(|w| w.chars().next()) {
                    self.text.push(c);
                }
                self.acronyms.push(Span(start, self.text.len() as u32));
            }
        }
        self.folded = f;
    }
    fn tag(&mut self, t: &str) {
        let start = self.text.len() as u32;
        let mut text = std::mem::take(&mut self.text);
        fold_into(&mut text, t);
        self.text = text;
        self.tags.push(Span(start, self.text.len() as u32));
    }
    fn static_tags(&mut self, words: &[&str]) {
        for w in words {
            let span = self.add(&[w]);
            self.tags.push(span);
        }
    }
    /// A provider's names in every language, and its country as a code.
    fn provider(&mut self, p: &Provider) {
        if !self.providers.contains_key(&p.id) {
            let words = p
                .name
                .values()
                .flat_map(|n| words(&fold(n)).map(str::to_string).collect::<Vec<_>>())
                .collect();
            self.providers.insert(p.id.clone(), words);
        }
        let mut text = std::mem::take(&mut self.text);
        if let Some(words) = self.providers.get(&p.id) {
            for w in words {
                let start = text.len() as u32;
                text.push_str(w);
                self.other.push(Span(start, text.len() as u32));
            }
        }
        self.text = text;
        if let Some(c) = &p.country {
            self.tag(c);
        }
    }
    fn kind(&mut self, k: OfferKind) {
        self.static_tags(kind_words(k));
    }
    /// The folded words of the names of field `code` and of its broader fields, in the
    /// reader's language: asked of `names` once per scan.
    fn field_name_words(&mut self, code: &str, names: &dyn Fn(&str) -> Vec<String>) -> &[String] {
        if !self.fields.contains_key(code) {
            let mut words = Vec::new();
            let mut c = code;
            while c.len() >= 2 {
                for n in names(c) {
                    words.extend(self::words(&fold(&n)).map(str::to_string));
                }
                c = &c[..c.len() - if c.len() > 2 { 1 } else { 2 }];
            }
            self.fields.insert(code.to_string(), words);
        }
        self.fields.get(code).map_or(&[], Vec::as_slice)
    }
    fn field(&mut self, field: Option<&str>, names: &dyn Fn(&str) -> Vec<String>) {
        let Some(code) = field else { return };
        let span = self.add(&[code]);
        self.tags.push(span);
        if let Some(broad) = code.get(..2) {
            self.static_tags(field_words(broad));
        }
        self.field_name_words(code, names);
        let mut text = std::mem::take(&mut self.text);
        if let Some(words) = self.fields.get(code) {
            for w in words {
                let start = text.len() as u32;
                text.push_str(w);
                self.other.push(Span(start, text.len() as u32));
            }
        }
        self.text = text;
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
    fn score<'t, I: Iterator<Item = (Role, &'t str)>>(&self, words: impl Fn() -> I) -> Option<u32> {
        let mut total = 0;
        for w in &self.words {
            total += word_score(w, words())?;
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

/// What a candidate's word is, which decides how it counts; the order is that of [`MARKS`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Other,
    Tag,
    Initials,
}

/// How well one typed word matches: whole title word 6, start of a title word 4, inside a
/// title word (German compounds: "Informatik" in "Wirtschaftsinformatik") 2, a code, kind
/// or field word 3 (one more when the title says it too), a provider word 2, the initials
/// of title words 1.
fn word_score<'t>(w: &str, words: impl Iterator<Item = (Role, &'t str)>) -> Option<u32> {
    let (mut best, mut tag, mut other, mut initials) = (0, false, false, false);
    for (role, t) in words {
        match role {
            Role::Title => {
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
            Role::Other => other |= t == w || (w.len() >= 3 && t.starts_with(w)),
            Role::Tag => tag |= t == w,
            Role::Initials => initials |= t == w,
        }
    }
    if tag {
        // A title that says "Bachelor" on a bachelor beats one that only mentions it.
        best = if best >= 3 { best + 1 } else { 3 };
    }
    if best < 2 && other {
        best = 2;
    }
    if best == 0 && (3..=4).contains(&w.len()) && initials {
        best = 1;
    }
    (best > 0).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index only skips candidates that cannot match: every query finds what a scan of
    /// every candidate in full finds, in the same order.
    #[test]
    fn the_index_changes_no_result() {
        let ds = crate::Dataset::from_files([crate::gen::generate(1500, 3)]);
        let names = |code: &str| match code {
            "06" => vec!["Information and Communication Technologies".to_string()],
            "0613" => vec!["Software- und Anwendungsentwicklung".to_string()],
            _ => vec![format!("Feld {code}")],
        };
        let unindexed = |q: &str, creds: bool| -> Vec<String> {
            let found = if creds {
                scan(
                    q,
                    ds.credentials
                        .iter()
                        .map(|c| (c.id.as_str(), c.eqf, c, None)),
                    |c| c.field.as_deref(),
                    &names,
                    |c, item| describe_credential(&ds, c, item, &names),
                )
            } else {
                scan(
                    q,
                    ds.offers.iter().map(|o| (o.id.as_str(), o.eqf, o, None)),
                    |o| o.field.as_deref(),
                    &names,
                    |o, item| describe_offer(&ds, o, item, &names),
                )
            };
            found.ids.iter().map(|s| s.to_string()).collect()
        };
        let queries = [
            "bachelor",
            "Bach",
            "nr",
            "micro",
            "0613",
            "software",
            "anwendungs",
            "ict",
            "feld",
            "information technologies",
            "g12",
            "c7",
            "eqf 6",
            "master 0311",
            "de",
            "apprenticeship 07",
            "xyz",
            "amc",
            "Nr. 14",
            "p1",
            "course eqf 5",
        ];
        let mut found_any = 0;
        for q in queries {
            for creds in [false, true] {
                let indexed = if creds {
                    credentials(&ds, q, &names)
                } else {
                    offers(&ds, q, &names)
                };
                let indexed: Vec<String> = indexed.ids.iter().map(|s| s.to_string()).collect();
                assert_eq!(
                    indexed,
                    unindexed(q, creds),
                    "query {q:?} (credentials: {creds})"
                );
                found_any += usize::from(!indexed.is_empty());
            }
        }
        assert!(found_any >= 20, "the queries find little: {found_any}");
    }

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
