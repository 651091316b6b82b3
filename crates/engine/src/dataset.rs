//! A merged, indexed dataset: what the route search and the UI work on.
//!
//! Building a [`Dataset`] never fails: duplicates keep their first occurrence and dangling
//! references are simply unresolvable. Reporting those problems is the validator's job
//! (`validate`), which runs before a dataset replaces the one in use.

use crate::fxhash::FxHashMap;
use crate::lists::Lists;
use crate::model::*;

/// Index of an offer in [`Dataset::offers`].
pub type Idx = u32;

/// A credential as the engine sees it: declared in `credentials`, or implied by the offer
/// that awards it (then it takes that offer's title, level and field).
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialInfo {
    pub id: String,
    pub title: LangMap,
    pub eqf: Option<u8>,
    pub field: Option<String>,
    /// Country of the qualification: declared, or its awarding provider's.
    pub country: Option<String>,
    /// Offers that award it.
    pub awarded_by: Vec<Idx>,
    /// Counts for "a qualification at EQF n": not only awarded by micro-credentials or
    /// single HE modules (a 5-ECTS course at EQF 6 does not open a master).
    pub qualification: bool,
}

/// An entry tree with credential ids resolved to indices, built once per dataset so route
/// search does not hash strings for every check.
#[derive(Debug, Clone)]
pub enum Cond {
    All(Vec<Cond>),
    Any(Vec<Cond>),
    AtLeast(usize, Vec<Cond>),
    /// Credential index (`None`: not in the dataset, never met) and minimum grade.
    Credential(Option<u32>, Option<f64>),
    /// Level, work, language and validation leaves, evaluated as written.
    Leaf(Condition),
}

impl Cond {
    fn compile(c: &Condition, ix: &FxHashMap<String, usize>) -> Cond {
        let list = |l: &[Condition]| l.iter().map(|x| Cond::compile(x, ix)).collect();
        match c {
            Condition::AllOf { all } => Cond::All(list(all)),
            Condition::AnyOf { any } => Cond::Any(list(any)),
            Condition::AtLeast { n, of } => Cond::AtLeast(*n as usize, list(of)),
            Condition::Credential {
                credential,
                min_grade,
            } => Cond::Credential(ix.get(credential).map(|&i| i as u32), *min_grade),
            leaf => Cond::Leaf(leaf.clone()),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// Each file's description (title, publisher, when its facts were read), in the order
    /// merged: a printout names the data it was made from.
    pub meta: Vec<crate::model::Meta>,
    pub providers: Vec<Provider>,
    pub offers: Vec<Offer>,
    pub rules: Vec<RecognitionRule>,
    pub credentials: Vec<CredentialInfo>,
    offer_ix: FxHashMap<String, Idx>,
    provider_ix: FxHashMap<String, usize>,
    credential_ix: FxHashMap<String, usize>,
    /// Per offer, its entry tree compiled (see [`Cond`]).
    entry_ix: Vec<Option<Cond>>,
    /// Per rule, its source credentials as indices (`u32::MAX`: unknown, never held).
    rule_from: Lists,
    /// Per rule with a bridging condition, the bridging offer's index (`Idx::MAX`: unknown).
    rule_bridge: Vec<Option<Idx>>,
    rule_outside_he: Vec<bool>,
    /// Per offer, whether a rule into it is decided by individual assessment (only then do
    /// binding and possible recognition into it differ).
    offer_individual: Vec<bool>,
    /// Per offer, the position of its id in sorted order: comparing ranks orders routes
    /// exactly as comparing ids, without comparing strings.
    offer_rank: Vec<u32>,
    /// Per offer, its credits in ECTS and its cost in EUR (`None`: unknown).
    offer_ects: Vec<f64>,
    offer_eur: Vec<Option<f64>>,
    /// Per offer, the index of the credential it awards.
    award: Vec<u32>,
    /// Offer indices by (duration, EUR cost, index): shortest and cheapest first.
    by_length: Vec<Idx>,
    /// Some rule expires or limits the age of its source credentials.
    dated_rules: bool,
    /// Rules by target offer.
    rules_to: Lists,
    /// Built on first use: only explore and off-ramps need it, and a 100k-offer dataset
    /// loaded to plan one route should not pay for it.
    graph: std::sync::OnceLock<crate::route::graph::Graph>,
    /// The search boxes' index, built on the first search, or by the builder when asked.
    search: std::sync::OnceLock<crate::find::SearchIndex>,
}

impl Dataset {
    /// Merges files in order. The first definition of an id wins.
    pub fn from_files(files: impl IntoIterator<Item = DatasetFile>) -> Self {
        Builder::new(files).finish()
    }

    /// Offer `i`'s entry tree, compiled.
    pub fn entry_ix(&self, i: Idx) -> Option<&Cond> {
        self.entry_ix.get(i as usize).and_then(Option::as_ref)
    }

    /// Whether some rule into offer `i` is decided by individual assessment.
    pub fn offer_has_individual(&self, i: Idx) -> bool {
        self.offer_individual
            .get(i as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Whether rule `ri` recognises learning from outside higher education, which an
    /// offer-wide `credit_cap` covering `outside_he` limits.
    pub fn rule_outside_he(&self, ri: usize) -> bool {
        self.rule_outside_he.get(ri).copied().unwrap_or(true)
    }

    /// Rule `ri`'s source credential indices (`u32::MAX` for an unknown id).
    pub fn rule_from(&self, ri: usize) -> &[u32] {
        self.rule_from.get(ri)
    }

    /// Rule `ri`'s bridging offer, if it has that condition (`Idx::MAX`: unknown offer).
    pub fn rule_bridge(&self, ri: usize) -> Option<Idx> {
        self.rule_bridge.get(ri).copied().flatten()
    }

    /// Offer indices, shortest first, then cheapest (unknown counts as 0), then index.
    pub fn offers_by_length(&self) -> &[Idx] {
        &self.by_length
    }

    /// Whether some rule expires or limits the age of its source credentials (computed
    /// once: scanning half a million rules per query would cost milliseconds).
    pub fn has_dated_rules(&self) -> bool {
        self.dated_rules
    }

    /// The credential/offer graph (see `route::graph`), built the first time it is asked for.
    pub fn graph(&self) -> &crate::route::graph::Graph {
        self.graph
            .get_or_init(|| crate::route::graph::Graph::build(self))
    }

    /// The words the search boxes find offers and credentials by (see `find`), built the
    /// first time it is asked for.
    pub fn search_index(&self) -> &crate::find::SearchIndex {
        self.search.get_or_init(|| crate::find::index(self))
    }

    /// Per offer, the index of the credential it awards.
    pub fn awards(&self) -> &[u32] {
        &self.award
    }

    /// Offer `i`'s rank among the offer ids in sorted order.
    pub fn offer_rank(&self, i: Idx) -> u32 {
        self.offer_rank.get(i as usize).copied().unwrap_or(u32::MAX)
    }

    /// Offer `i`'s credits in ECTS (0 without convertible credits).
    pub fn offer_ects(&self, i: Idx) -> f64 {
        self.offer_ects.get(i as usize).copied().unwrap_or(0.0)
    }

    /// Offer `i`'s cost in EUR; `None` when unknown or in a currency without a rate.
    pub fn offer_eur(&self, i: Idx) -> Option<f64> {
        self.offer_eur.get(i as usize).copied().flatten()
    }

    /// Indices of the recognition rules whose target is offer `i`, in rule-id order.
    pub fn rules_to_ix(&self, i: Idx) -> impl Iterator<Item = usize> + '_ {
        self.rules_to.get(i as usize).iter().map(|&ri| ri as usize)
    }

    pub fn offer_index(&self, id: &str) -> Option<Idx> {
        self.offer_ix.get(id).copied()
    }

    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offer_index(id).map(|i| &self.offers[i as usize])
    }

    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.provider_ix.get(id).map(|&i| &self.providers[i])
    }

    pub fn credential(&self, id: &str) -> Option<&CredentialInfo> {
        self.credential_ix.get(id).map(|&i| &self.credentials[i])
    }

    /// Index of a credential in [`Dataset::credentials`].
    pub fn credential_index(&self, id: &str) -> Option<usize> {
        self.credential_ix.get(id).copied()
    }

    /// Recognition rules whose target is offer `i`.
    pub fn rules_to(&self, i: Idx) -> impl Iterator<Item = &RecognitionRule> {
        self.rules_to
            .get(i as usize)
            .iter()
            .map(move |&ri| &self.rules[ri as usize])
    }

    /// Country of an offer, through its provider.
    pub fn offer_country(&self, o: &Offer) -> Option<&str> {
        self.provider(&o.provider)
            .and_then(|p| p.country.as_deref())
    }
}

/// Builds a [`Dataset`] a slice at a time. A browser page builds a big dataset on its main
/// thread (the UI reads it synchronously), so it does a slice of work, lets the page paint
/// and take input, and does the next; [`Dataset::from_files`] does it all at once. Each
/// step handles at most `budget` records of the loop it is in; the three sorts are each
/// one step.
pub struct Builder {
    ds: Dataset,
    declared: Vec<Credential>,
    stage: usize,
    /// Records of the current stage done.
    pos: usize,
    dedup: Dedup,
    /// (target offer, rule) pairs, gathered before they are grouped.
    targets: Vec<(u32, u32)>,
    /// The search index, when asked for ([`Builder::with_search_index`]).
    search: Option<crate::find::IndexBuilder>,
}

impl Builder {
    /// How many stages a build has (for a progress bar).
    pub const STAGES: usize = 15;

    /// Takes `files` in order (records are moved, not copied); nothing is indexed yet.
    pub fn new(files: impl IntoIterator<Item = DatasetFile>) -> Self {
        let mut ds = Dataset::default();
        let mut declared: Vec<Credential> = Vec::new();
        // The first file's lists become the dataset's and the others are appended:
        // pushing half a million 470-byte rules into a growing vector one by one was a
        // quarter of the time of building a 100k-offer dataset.
        for f in files {
            ds.meta.extend(f.meta);
            append(&mut ds.providers, f.providers);
            append(&mut ds.offers, f.offers);
            append(&mut ds.rules, f.rules);
            append(&mut declared, f.credentials);
        }
        Builder {
            ds,
            declared,
            stage: 0,
            pos: 0,
            dedup: Dedup::default(),
            targets: Vec::new(),
            search: None,
        }
    }

    /// Builds the search boxes' index too, as a last stage: a page that builds a big
    /// dataset a slice at a time would otherwise build it in one go on the first keystroke.
    pub fn with_search_index(mut self) -> Self {
        self.search = Some(Default::default());
        self
    }

    /// Stages done so far, out of [`Builder::STAGES`].
    pub fn done(&self) -> usize {
        self.stage
    }

    /// Does the next slice of work, on at most `budget` records; `false` once the dataset
    /// is complete.
    pub fn step(&mut self, budget: usize) -> bool {
        let budget = budget.max(1);
        let ds = &mut self.ds;
        let n_offers = ds.offers.len();
        let n_rules = ds.rules.len();
        // The slice of this stage's `len` records to do now; the stage ends with its last.
        let pos = self.pos;
        let end = |len: usize| len.min(pos.saturating_add(budget));
        let slice = |len: usize| pos..end(len);
        let last = |len: usize| end(len) == len;
        let len = match self.stage {
            // First definitions win: duplicates are found with hashes of the ids, which
            // (unlike a set of borrowed ids) can be kept from one slice to the next.
            0 => {
                keep_first(&mut ds.providers, |p| &p.id);
                keep_first(&mut self.declared, |c| &c.id);
                0
            }
            1 => {
                let r = slice(n_offers);
                self.dedup.scan(&ds.offers, r, |o| &o.id);
                if last(n_offers) {
                    self.dedup.apply(&mut ds.offers);
                }
                n_offers
            }
            2 => {
                let r = slice(n_rules);
                self.dedup.scan(&ds.rules, r, |r| &r.id);
                if last(n_rules) {
                    self.dedup.apply(&mut ds.rules);
                }
                n_rules
            }
            3 => {
                if pos == 0 {
                    ds.provider_ix = ds
                        .providers
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (p.id.clone(), i))
                        .collect();
                    ds.offer_ix.reserve(n_offers);
                }
                for i in slice(n_offers) {
                    ds.offer_ix.insert(ds.offers[i].id.clone(), i as Idx);
                }
                n_offers
            }
            4 => {
                if pos == 0 {
                    declare(ds, std::mem::take(&mut self.declared));
                }
                for i in slice(n_offers) {
                    award(ds, i);
                }
                n_offers
            }
            5 => {
                let n = ds.credentials.len();
                for c in slice(n) {
                    credential_facts(ds, c);
                }
                n
            }
            6 => {
                let r = slice(n_rules);
                let offer_ix = &ds.offer_ix;
                self.targets.extend(
                    ds.rules[r.clone()]
                        .iter()
                        .zip(r)
                        .filter_map(|(rule, ri)| Some((*offer_ix.get(&rule.to)?, ri as u32))),
                );
                n_rules
            }
            7 => {
                if pos == 0 {
                    ds.rules_to = Lists::group(n_offers, &std::mem::take(&mut self.targets));
                }
                // Recognition arithmetic takes a target's rules in id order.
                for o in slice(n_offers) {
                    let list = ds.rules_to.get_mut(o);
                    if list.len() > 1 {
                        let rules = &ds.rules;
                        crate::order::sort_by(list, |&a, &b| {
                            rules[a as usize].id.cmp(&rules[b as usize].id)
                        });
                    }
                }
                n_offers
            }
            8 => {
                rank(ds);
                0
            }
            9 => {
                let r = slice(n_offers);
                let offers = &ds.offers[r];
                ds.offer_ects.extend(offers.iter().map(Offer::ects));
                ds.offer_eur.extend(offers.iter().map(Offer::cost_eur));
                n_offers
            }
            10 => {
                by_length(ds);
                0
            }
            11 => {
                let r = slice(n_offers);
                let ix = &ds.credential_ix;
                ds.entry_ix.extend(
                    ds.offers[r]
                        .iter()
                        .map(|o| o.entry.as_ref().map(|e| Cond::compile(e, ix))),
                );
                n_offers
            }
            12 => {
                let r = slice(n_rules);
                for rule in &ds.rules[r] {
                    let ix = &ds.credential_ix;
                    ds.rule_from.push(
                        rule.from
                            .iter()
                            .map(|c| ix.get(c).map_or(u32::MAX, |&i| i as u32)),
                    );
                }
                n_rules
            }
            13 => {
                for ri in slice(n_rules) {
                    rule_facts(ds, ri);
                }
                if last(n_rules) {
                    ds.offer_individual = (0..n_offers)
                        .map(|o| {
                            ds.rules_to.get(o).iter().any(|&ri| {
                                ds.rules[ri as usize].kind == RecognitionKind::Individual
                            })
                        })
                        .collect();
                }
                n_rules
            }
            14 => {
                if let Some(b) = self.search.as_mut() {
                    if b.step(ds, budget) {
                        return true;
                    }
                }
                if let Some(index) = self.search.take() {
                    let _ = ds.search.set(index.finish());
                }
                0
            }
            _ => return false,
        };
        self.pos = end(len);
        if self.pos >= len {
            self.stage += 1;
            self.pos = 0;
        }
        self.stage < Self::STAGES
    }

    /// Does the remaining work and hands over the dataset.
    pub fn finish(mut self) -> Dataset {
        while self.step(usize::MAX) {}
        self.ds
    }
}

/// The declared credentials, first.
fn declare(ds: &mut Dataset, declared: Vec<Credential>) {
    ds.credential_ix.reserve(declared.len() + ds.offers.len());
    ds.award.reserve(ds.offers.len());
    for c in declared {
        ds.credential_ix.insert(c.id.clone(), ds.credentials.len());
        ds.credentials.push(CredentialInfo {
            id: c.id,
            title: c.title,
            eqf: c.eqf,
            field: c.field,
            country: c.country,
            awarded_by: Vec::new(),
            qualification: true,
        });
    }
}

/// Offer `i`'s credential: declared, or implied by the first offer that awards it (then it
/// takes that offer's title, level and field).
fn award(ds: &mut Dataset, i: usize) {
    let o = &ds.offers[i];
    let ci = match ds.credential_ix.get(&o.awards) {
        Some(&ci) => ci,
        None => {
            let ci = ds.credentials.len();
            ds.credential_ix.insert(o.awards.clone(), ci);
            ds.credentials.push(CredentialInfo {
                id: o.awards.clone(),
                title: o.title.clone(),
                eqf: o.eqf,
                field: o.field.clone(),
                country: None,
                awarded_by: Vec::new(),
                qualification: true,
            });
            ci
        }
    };
    ds.credentials[ci].awarded_by.push(i as Idx);
    ds.award.push(ci as u32);
}

/// Credential `c`'s country (declared, or its first awarding provider's) and whether it
/// counts as a qualification: not when only micro-credentials or HE modules award it.
fn credential_facts(ds: &mut Dataset, c: usize) {
    let info = &ds.credentials[c];
    let country = match info.country {
        Some(_) => None,
        None => info.awarded_by.iter().find_map(|&o| {
            let p = ds.provider_ix.get(&ds.offers[o as usize].provider)?;
            ds.providers[*p].country.clone()
        }),
    };
    let qualification = info.awarded_by.is_empty()
        || !info.awarded_by.iter().all(|&o| {
            matches!(
                ds.offers[o as usize].kind,
                OfferKind::MicroCredential | OfferKind::HeModule
            )
        });
    let info = &mut ds.credentials[c];
    if country.is_some() {
        info.country = country;
    }
    info.qualification = qualification;
}

/// Each offer's rank among the ids in sorted order.
fn rank(ds: &mut Dataset) {
    let mut by_id: Vec<u32> = (0..ds.offers.len() as u32).collect();
    crate::order::sort_by(&mut by_id, |&a, &b| {
        ds.offers[a as usize].id.cmp(&ds.offers[b as usize].id)
    });
    ds.offer_rank = vec![0; ds.offers.len()];
    for (rank, &o) in by_id.iter().enumerate() {
        ds.offer_rank[o as usize] = rank as u32;
    }
}

/// The offers shortest first, then cheapest, then by index.
fn by_length(ds: &mut Dataset) {
    let mut keyed: Vec<(f64, f64, Idx)> = (0..ds.offers.len() as Idx)
        .map(|i| {
            let o = &ds.offers[i as usize];
            let eur = ds.offer_eur[i as usize].unwrap_or(0.0);
            (o.months_or_zero(), eur, i)
        })
        .collect();
    crate::order::sort_by(&mut keyed, |a, b| {
        a.0.total_cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    ds.by_length = keyed.into_iter().map(|k| k.2).collect();
}

/// Rule `ri`'s facts: whether it recognises learning from outside higher education, its
/// bridging offer, and whether it is dated.
fn rule_facts(ds: &mut Dataset, ri: usize) {
    let r = &ds.rules[ri];
    let outside_he = match r.origin {
        Some(o) => o == LearningOrigin::OutsideHe,
        // Learning counts as higher education when every source credential is awarded
        // only by higher-education programmes; a declared certificate (Abitur, Meister)
        // or a micro-credential is not.
        None => !ds.rule_from.get(ri).iter().all(|&ci| {
            ds.credentials.get(ci as usize).is_some_and(|c| {
                !c.awarded_by.is_empty()
                    && c.awarded_by
                        .iter()
                        .all(|&o| ds.offers[o as usize].kind.is_higher_education())
            })
        }),
    };
    let bridge = r
        .conditions
        .bridging
        .as_ref()
        .map(|b| ds.offer_ix.get(b).copied().unwrap_or(Idx::MAX));
    ds.dated_rules |= r.valid_until.is_some() || r.conditions.max_years_since.is_some();
    ds.rule_outside_he.push(outside_he);
    ds.rule_bridge.push(bridge);
}

/// Moves `more` onto the end of `all`; the first list is taken as it is.
fn append<T>(all: &mut Vec<T>, mut more: Vec<T>) {
    if all.is_empty() {
        *all = more;
    } else {
        all.append(&mut more);
    }
}

/// Drops every record whose id an earlier one has, keeping order.
pub(crate) fn keep_first<T>(v: &mut Vec<T>, id: impl Fn(&T) -> &str) {
    let mut d = Dedup::default();
    d.scan(v, 0..v.len(), &id);
    d.apply(v);
}

/// Finds records whose id an earlier one has, a slice at a time: it keeps each id's hash
/// and first index, so nothing borrowed has to outlive a slice.
#[derive(Default)]
struct Dedup {
    first: FxHashMap<u64, u32>,
    /// Further first occurrences whose ids share a hash with another (rare, but possible).
    collided: FxHashMap<u64, Vec<u32>>,
    keep: Vec<bool>,
}

impl Dedup {
    fn scan<T>(&mut self, v: &[T], r: std::ops::Range<usize>, id: impl Fn(&T) -> &str) {
        use std::hash::BuildHasher;
        if r.start == 0 {
            *self = Dedup::default();
            self.first.reserve(v.len());
            self.keep.reserve(v.len());
        }
        let build = crate::fxhash::FxBuild::default();
        for i in r {
            let key = id(&v[i]);
            let h = build.hash_one(key);
            let new = match self.first.entry(h) {
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(i as u32);
                    true
                }
                std::collections::hash_map::Entry::Occupied(e) => {
                    let same = |j: &u32| id(&v[*j as usize]) == key;
                    let others = self.collided.entry(h).or_default();
                    let seen = same(e.get()) || others.iter().any(same);
                    if !seen {
                        others.push(i as u32);
                    }
                    !seen
                }
            };
            self.keep.push(new);
        }
    }

    /// Drops the duplicates found.
    fn apply<T>(&mut self, v: &mut Vec<T>) {
        let keep = std::mem::take(&mut self.keep);
        *self = Dedup::default();
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut keep = keep.into_iter();
        v.retain(|_| keep.next().unwrap_or(false));
    }
}
