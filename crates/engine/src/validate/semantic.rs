//! Checks on the meaning of a dataset, after each item parsed: references, codes, credit
//! arithmetic, caps, dates, and whether anyone can ever enter an offer.
//!
//! This file holds the index of ids and the walk over the files; the checks live beside it:
//! `values` (single values wherever they appear), `offer` (an offer and its entry tree),
//! `completion` (a programme's completion requirements), `rule` (a recognition rule).

mod completion;
mod offer;
mod rule;
mod values;

use offer::{empty_group, offer};
use rule::rule;
use values::*;

use super::{CheckOptions, Diagnostic, Severity};
use crate::codes;
use crate::date::{is_valid_date_or_yearly, parse_ymd};
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::jsonpos::{Locator, Path};
use crate::load::{diag, Loaded};
use crate::model::*;
use crate::route::Msg;

/// Deepest condition nesting accepted; real entry rules are a few levels deep, and a cap
/// keeps recursive evaluation safe on hostile input.
pub const MAX_CONDITION_DEPTH: usize = 32;

struct Out<'a> {
    name: &'a str,
    loc: &'a Locator<'a>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Out<'_> {
    /// A diagnostic of rule `code`: what is wrong as `msg`, how to fix it as the key `hint`.
    fn push(&mut self, sev: Severity, code: &str, msg: Msg, hint: &str, path: &Path) {
        self.diags.push(diag(
            sev,
            code,
            msg,
            Some(Msg::new(hint)),
            self.name,
            self.loc,
            path,
        ));
    }
    fn err(&mut self, code: &str, msg: Msg, hint: &str, path: &Path) {
        self.push(Severity::Error, code, msg, hint, path)
    }
    fn warn(&mut self, code: &str, msg: Msg, hint: &str, path: &Path) {
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
        let mut note =
            |kind: &'static str, id: &'a str, path: Path, diags: &mut Vec<Diagnostic>| {
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
                        Msg::new(match kind {
                            "provider" => "check.duplicate_id.provider",
                            "credential" => "check.duplicate_id.credential",
                            "offer" => "check.duplicate_id.offer",
                            _ => "check.duplicate_id.rule",
                        })
                        .arg("item", id)
                        .arg("file", &first_l.name)
                        .arg("line", line)
                        .arg("column", col),
                        "check.hint.distinct_ids",
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

fn provider(p: &Provider, path: &Path, out: &mut Out) {
    lang_map(&p.name, &path.key("name"), true, out);
    match &p.country {
        None => out.warn(
            "unknown-country",
            Msg::new("check.unknown_country").arg("item", &p.id),
            "check.hint.add_country",
            &path.key("country"),
        ),
        Some(c) if !codes::is_country(c) => out.err(
            "invalid-country",
            Msg::new("check.invalid_country").arg("found", c),
            "check.hint.country_code",
            &path.key("country"),
        ),
        Some(_) => {}
    }
    if let Some(n) = &p.nuts {
        if !codes::is_nuts(n) {
            out.err(
                "invalid-nuts",
                Msg::new("check.invalid_nuts").arg("found", n),
                "check.hint.nuts_code",
                &path.key("nuts"),
            );
        } else if let Some(c) = p
            .country
            .as_deref()
            .filter(|c| !n.starts_with(codes::nuts_prefix(c)))
        {
            out.err(
                "nuts-country-mismatch",
                Msg::new("check.nuts_country_mismatch")
                    .arg("found", n)
                    .arg("in", c),
                "check.hint.nuts_country",
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
                Msg::new("check.invalid_country").arg("found", cc),
                "check.hint.country_code",
                &path.key("country"),
            );
        }
    }
}

/// Above any real duration, cost, credit count or number of years; sums of such values
/// stay finite, so route totals never turn into infinity.
const LARGEST: f64 = 1e9;
