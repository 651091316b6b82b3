//! The multi-criteria search.
//!
//! A state is the set of credentials held (plus the credential the last step earned, which
//! a `parallel` step may not rely on), not a node: routes are sequences of offers whose
//! entry trees are met by what is held at that point. The search:
//! 1. cuts the dataset down to the offers that can matter for the goal ([`distances`]):
//!    walking backwards from the goal offers through the credentials their entry trees and
//!    recognition rules name, at most `max_steps` layers deep;
//! 2. expands labels breadth-first by number of steps, keeping per state only labels that
//!    no other label of the same state dominates (no worse on every criterion), and
//!    dropping partial labels strictly dominated by a finished route when every chosen
//!    criterion can only grow along a route;
//! 3. returns the Pareto set of finished routes over the chosen criteria.
//!
//! This is exact for the bounded problem except for one documented cut: a "level n in
//! field f" leaf that the learner does not meet yet is served by at most
//! [`LEVEL_CANDIDATES`] offers (the shortest, then cheapest), so a 100k-offer dataset does
//! not explode into every qualifying offer. Planning with added facts is NP-hard in
//! general, so the search also stops after [`MAX_LABELS`] labels and says so in the stats.
//!
//! One file of some 700 lines on purpose: the relevance cut, the label expansion, the
//! dominance test and the beam all work on one arena of labels whose layout and invariants
//! (parents by index, buckets by state) are private to it; split, each part would reach
//! into the others' internals.

use super::conditions::{self, met, met_ix, Held, Leaves, LevelLeaf};
use super::context::Ctx;
use super::recognition::{effect, Counting, Effect};
use super::{Basis, Criterion, SearchStats};
use crate::dataset::Idx;
use crate::fxhash::FxHashMap;
use crate::model::OfferKind;
use std::hash::BuildHasher;

/// Offers considered per unmet level/validation leaf: this many of the shortest qualifying
/// offers, and this many of the shortest the learner can enter at the start.
pub const LEVEL_CANDIDATES: usize = 16;
/// Upper bound on labels created by one search.
pub const MAX_LABELS: usize = 60_000;
/// Labels kept per depth (the best by the ranking criterion). Exact whenever a depth has no
/// more non-dominated labels than this, which holds for every dataset of the size a learner
/// or counsellor browses; on synthetic 10k–100k graphs it bounds the work.
pub const BEAM: usize = 400;
/// Backward layers in which recognition sources (not only entry prerequisites) are added
/// to the relevant set: credit towards the goal and its direct prerequisites.
pub const RECOGNITION_LAYERS: usize = 2;
/// Default bound on steps.
pub const DEFAULT_MAX_STEPS: u8 = 6;

const EPS: f64 = 1e-9;
const ROOT: Idx = Idx::MAX;

/// A route's running figures under one way of counting recognition.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    /// Step start (months from route start) and the step's own months.
    pub start: f64,
    pub months: f64,
    /// Route duration so far.
    pub end: f64,
    pub cost: f64,
    pub workload: f64,
    /// Recognised prior learning (credentials held before the route).
    pub prior: f64,
    /// Credit carried over from earlier steps of the route.
    pub carried: f64,
    /// Steps whose figures wait on a decision: a validation jury always, an individual
    /// assessment when this tally counts what it may grant.
    pub uncertain: u32,
    /// Steps whose duration (cost) the data does not give: counted as 0 above, so a route
    /// with them never beats a fully known one on that criterion.
    pub unknown_months: u32,
    pub unknown_cost: u32,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub held: Vec<u32>,
    pub parent: usize,
    pub offer: Idx,
    pub last_award: Option<u32>,
    pub steps: u32,
    /// Whether this step overlapped the previous one (a parallel step).
    pub overlapped: bool,
    /// Figures counting only binding recognition (laws, agreements).
    pub binding: Tally,
    /// Figures counting what individual assessments may add.
    pub possible: Tally,
}

impl Label {
    /// The figures routes are ranked, pruned and constrained by.
    pub fn tally(&self, b: Basis) -> Tally {
        match b {
            Basis::Binding => self.binding,
            Basis::Possible => self.possible,
            Basis::Expected => {
                let (x, y) = (&self.binding, &self.possible);
                let mid = |a: f64, b: f64| (a + b) / 2.0;
                Tally {
                    start: mid(x.start, y.start),
                    months: mid(x.months, y.months),
                    end: mid(x.end, y.end),
                    cost: mid(x.cost, y.cost),
                    workload: mid(x.workload, y.workload),
                    prior: mid(x.prior, y.prior),
                    carried: mid(x.carried, y.carried),
                    uncertain: y.uncertain,
                    unknown_months: y.unknown_months,
                    unknown_cost: y.unknown_cost,
                }
            }
        }
    }

    /// When the route's last step starts, as [`Label::tally`] has it, without building the
    /// whole tally (dominance tests ask for it for every label in a bucket).
    pub fn start(&self, b: Basis) -> f64 {
        match b {
            Basis::Binding => self.binding.start,
            Basis::Possible => self.possible.start,
            Basis::Expected => (self.binding.start + self.possible.start) / 2.0,
        }
    }

    /// Steps whose value for `c` is unknown (duration and cost only).
    pub fn unknowns(&self, c: Criterion) -> u32 {
        match c {
            Criterion::Duration => self.possible.unknown_months,
            Criterion::Cost => self.possible.unknown_cost,
            _ => 0,
        }
    }

    /// One figure of [`Label::tally`], without building the whole tally: dominance tests
    /// ask for it several times per new label, and under the expected basis a whole tally
    /// is ten averages.
    pub fn criterion(&self, c: Criterion, b: Basis) -> f64 {
        let field = |t: &Tally| match c {
            Criterion::Duration => t.end,
            Criterion::Cost => t.cost,
            Criterion::Workload => t.workload,
            Criterion::Recognised => -t.prior,
            Criterion::Steps => f64::from(self.steps),
            Criterion::Uncertainty => f64::from(t.uncertain),
        };
        match (b, c) {
            (Basis::Binding, _) => field(&self.binding),
            (Basis::Possible, _) | (Basis::Expected, Criterion::Uncertainty) => {
                field(&self.possible)
            }
            (Basis::Expected, _) => (field(&self.binding) + field(&self.possible)) / 2.0,
        }
    }
}

/// `a` no worse than `b` on every criterion in `cs`. A criterion's value with unknown
/// parts (counted as 0) is only a lower bound, so it is no better than a known value unless
/// it has no more unknown steps.
pub fn no_worse(a: &Label, b: &Label, cs: &[Criterion], bs: Basis) -> bool {
    cs.iter()
        .all(|&c| a.criterion(c, bs) <= b.criterion(c, bs) + EPS && a.unknowns(c) <= b.unknowns(c))
}

pub fn strictly_better_somewhere(a: &Label, b: &Label, cs: &[Criterion], bs: Basis) -> bool {
    cs.iter()
        .any(|&c| a.criterion(c, bs) < b.criterion(c, bs) - EPS || a.unknowns(c) < b.unknowns(c))
}

/// Backward distances from the goal (0 for a goal, 1 for what a goal names, ...),
/// `u8::MAX` for offers that cannot matter.
pub struct Distances {
    /// Through entry requirements or recognition rules.
    pub any: Vec<u8>,
    /// Through entry requirements only: taking such an offer opens the way to the goal,
    /// where a recognition source only shortens it.
    pub entry: Vec<u8>,
}

impl Distances {
    /// Offers that can matter for reaching a goal, ascending.
    pub fn relevant(&self) -> Vec<Idx> {
        (0..self.any.len() as Idx)
            .filter(|&i| self.any[i as usize] != u8::MAX)
            .collect()
    }
}

pub fn distances(ctx: &Ctx, max_steps: u8) -> Distances {
    let n = ctx.ds.offers.len();
    let mut dist = vec![u8::MAX; n];
    let mut entry_dist = vec![u8::MAX; n];
    let mut layer: Vec<Idx> = ctx
        .goals
        .iter()
        .copied()
        .filter(|&g| ctx.allowed[g as usize])
        .collect();
    for &g in &layer {
        dist[g as usize] = 0;
        entry_dist[g as usize] = 0;
    }
    type LeafKey = (u8, Option<String>, Option<String>, bool);
    let mut level_cache: FxHashMap<LeafKey, Vec<Idx>> = FxHashMap::default();
    let start = Held::new(&ctx.start_held);
    for depth in 1..max_steps {
        let mut next = Vec::new();
        for &o in &layer {
            let offer = ctx.offer(o);
            let mut leaves = Leaves::default();
            if let Some(e) = &offer.entry {
                conditions::mentioned(e, ctx, &mut leaves);
            }
            let mut rule_creds = Vec::new();
            let rules = ctx
                .ds
                .rules_to(o)
                .filter(|_| (depth as usize) <= RECOGNITION_LAYERS);
            for r in rules {
                for c in &r.from {
                    if let Some(ci) = ctx.ds.credential_index(c) {
                        rule_creds.push(ci as u32);
                    }
                }
                if let Some(b) = r
                    .conditions
                    .bridging
                    .as_deref()
                    .and_then(|b| ctx.ds.offer_index(b))
                {
                    rule_creds.push(ctx.award[b as usize]);
                }
            }
            // What completes a pathway's modules shortens it as recognition would.
            if offer.completion.is_some() && (depth as usize) <= RECOGNITION_LAYERS {
                let creds = offer.modules.iter().filter_map(|m| m.credential.as_deref());
                rule_creds.extend(
                    creds
                        .filter_map(|c| ctx.ds.credential_index(c))
                        .map(|ci| ci as u32),
                );
            }
            // An offer reached through an entry leaf keeps "opens the way" even when a
            // recognition rule reached it first.
            let via_entry = entry_dist[o as usize] != u8::MAX;
            let mut add = |a: Idx, next: &mut Vec<Idx>, entry: bool| {
                if !ctx.allowed[a as usize] {
                    return;
                }
                if entry && via_entry && entry_dist[a as usize] == u8::MAX {
                    entry_dist[a as usize] = depth;
                }
                if dist[a as usize] == u8::MAX {
                    dist[a as usize] = depth;
                    next.push(a);
                }
            };
            let creds = leaves
                .creds
                .iter()
                .map(|&c| (c, true))
                .chain(rule_creds.iter().map(|&c| (c, false)));
            for (c, entry) in creds {
                if start.has(c) {
                    continue;
                }
                for &a in &ctx.ds.credentials[c as usize].awarded_by {
                    add(a, &mut next, entry);
                }
            }
            let level_keys = leaves
                .levels
                .into_iter()
                .map(|(l, f, c)| (l, f, c, false))
                .chain(leaves.validations.into_iter().map(|f| (0, f, None, true)));
            for key in level_keys {
                let cands = level_cache.entry(key.clone()).or_insert_with(|| {
                    let leaf = LevelLeaf::new(key.0, &key.1, &key.2);
                    level_candidates(ctx, leaf, key.3)
                });
                for &a in cands.iter() {
                    add(a, &mut next, true);
                }
            }
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    Distances {
        any: dist,
        entry: entry_dist,
    }
}

/// Offers awarding a credential at EQF >= `min_eqf` in `field` (or, for `validation`,
/// validation procedures in `field`), unless the learner already meets the leaf.
fn level_candidates(ctx: &Ctx, leaf: LevelLeaf, validation: bool) -> Vec<Idx> {
    let start = Held::new(&ctx.start_held);
    let field = leaf.field;
    let cond = if validation {
        crate::model::Condition::Validation {
            field: field.map(str::to_string),
        }
    } else {
        crate::model::Condition::Level {
            min_eqf: leaf.min_eqf,
            field: field.map(str::to_string),
            country: leaf.country.map(str::to_string),
        }
    };
    if met(&cond, ctx, start) {
        return Vec::new();
    }
    // Offers in (months, EUR, index) order: the first qualifying ones are the candidates,
    // so the scan usually stops long before the end of a large dataset. The shortest
    // qualifying offers may all need something the learner lacks, so the shortest ones the
    // learner can enter now are candidates too: otherwise a plain route (an apprenticeship
    // open to everyone, then the programme it opens) is cut before the search sees it.
    let qualifies = |i: Idx| {
        let o = ctx.offer(i);
        let award = ctx.award[i as usize];
        let info = &ctx.ds.credentials[award as usize];
        ctx.allowed[i as usize]
            && if validation {
                o.kind == OfferKind::ValidationProcedure
                    && field.is_none_or(|f| info.field.as_deref().is_some_and(|x| x.starts_with(f)))
            } else {
                conditions::counts_for_level(ctx.ds, award, leaf)
            }
    };
    let mut shortest = Vec::with_capacity(LEVEL_CANDIDATES);
    let mut open_now = Vec::with_capacity(LEVEL_CANDIDATES);
    for &i in ctx.ds.offers_by_length() {
        if shortest.len() >= LEVEL_CANDIDATES && open_now.len() >= LEVEL_CANDIDATES {
            break;
        }
        if !qualifies(i) {
            continue;
        }
        if shortest.len() < LEVEL_CANDIDATES {
            shortest.push(i);
        }
        if open_now.len() < LEVEL_CANDIDATES
            && ctx.ds.entry_ix(i).is_none_or(|e| met_ix(e, ctx, start))
        {
            open_now.push(i);
        }
    }
    for i in open_now {
        if !shortest.contains(&i) {
            shortest.push(i);
        }
    }
    shortest
}

pub struct Outcome {
    pub labels: Vec<Label>,
    /// Indices of finished routes (not yet Pareto-filtered).
    pub finished: Vec<usize>,
    pub stats: SearchStats,
    /// Shortest route to a goal that the duration limit cut (months).
    pub least_months_over: Option<f64>,
    /// Cheapest route to a goal that the budget cut (EUR).
    pub least_cost_over: Option<f64>,
}

/// The offer ids of a route's steps. Ties between equal routes are broken by comparing
/// these lists (not the joined string: "o1>x" vs "o12>x" would not order like "o1" vs "o12").
pub fn route_key<'c>(ctx: &Ctx<'c>, labels: &[Label], mut i: usize) -> Vec<&'c str> {
    let mut ids = Vec::new();
    while labels[i].offer != ROOT {
        ids.push(ctx.offer(labels[i].offer).id.as_str());
        i = labels[i].parent;
    }
    ids.reverse();
    ids
}

/// [`route_key`] as offer-id ranks (the same order, compared without strings), written
/// into `out` so comparisons in the hot loop do not allocate.
pub(crate) fn rank_key_into(ctx: &Ctx, labels: &[Label], mut i: usize, out: &mut Vec<u32>) {
    out.clear();
    while labels[i].offer != ROOT {
        out.push(ctx.ds.offer_rank(labels[i].offer));
        i = labels[i].parent;
    }
    out.reverse();
}

/// The rank key of label `parent` extended by offer `o`.
pub(crate) fn key_of(ctx: &Ctx, labels: &[Label], parent: usize, o: Idx) -> Vec<u32> {
    let mut k = Vec::new();
    rank_key_into(ctx, labels, parent, &mut k);
    k.push(ctx.ds.offer_rank(o));
    k
}

/// Label `li` followed by offer `o`, or `None` when the route already holds what `o` awards
/// or `o`'s entry is not met at that point. The new label's `held` is left empty: most new
/// labels of a large search are pruned, and copying their sets dominated the search time.
pub(crate) fn extend(ctx: &Ctx, labels: &[Label], li: usize, o: Idx) -> Option<Label> {
    let l = &labels[li];
    let award = ctx.award[o as usize];
    let held = Held::route(&ctx.start_held, &l.held);
    if held.has(award) {
        return None;
    }
    let offer = ctx.offer(o);
    let entry = ctx.ds.entry_ix(o);
    if let Some(e) = entry {
        if !met_ix(e, ctx, held.entering(o)) {
            return None;
        }
    }
    let overlap = offer.parallel
        && l.offer != ROOT
        && entry.is_none_or(|e| met_ix(e, ctx, held.without(l.last_award).entering(o)));
    let held_for_rec = if overlap {
        held.without(l.last_award)
    } else {
        held
    };
    let (bt, pt) = (&l.binding, &l.possible);
    let (start_b, start_p) = if overlap {
        (bt.start, pt.start)
    } else {
        (bt.end, pt.end)
    };
    let eff_p = effect(ctx, o, held_for_rec, start_p, Counting::Possible);
    // A held module a pathway excludes (`none_of`) closes it to this learner.
    if eff_p.path.as_ref().is_some_and(|p| !p.completable) {
        return None;
    }
    // Without an individual-assessment rule into `o` both countings agree.
    let eff_b = if start_b == start_p && !ctx.ds.offer_has_individual(o) {
        None
    } else {
        Some(effect(ctx, o, held_for_rec, start_b, Counting::Binding))
    };
    let eff_b = eff_b.as_ref().unwrap_or(&eff_p);
    let advance = |t: &Tally, start: f64, eff: &Effect| Tally {
        start,
        months: eff.months,
        end: t.end.max(start + eff.months),
        cost: t.cost + eff.cost_eur,
        workload: t.workload + (eff.credits - eff.recognised).max(0.0),
        prior: t.prior + eff.prior,
        carried: t.carried + eff.carried(),
        uncertain: t.uncertain + u32::from(eff.uncertain),
        unknown_months: t.unknown_months + u32::from(offer.duration_months.is_none()),
        unknown_cost: t.unknown_cost + u32::from(ctx.ds.offer_eur(o).is_none()),
    };
    Some(Label {
        held: Vec::new(),
        parent: li,
        offer: o,
        last_award: Some(award),
        steps: l.steps + 1,
        overlapped: overlap,
        binding: advance(bt, start_b, eff_b),
        possible: advance(pt, start_p, &eff_p),
    })
}

pub fn search(ctx: &Ctx) -> Outcome {
    let q = ctx.q;
    let max_steps = q.constraints.max_steps.unwrap_or(DEFAULT_MAX_STEPS).max(1);
    let dist = distances(ctx, max_steps);
    let relevant = dist.relevant();
    let criteria = &q.criteria;
    let monotone = !criteria.contains(&Criterion::Recognised);
    // Everything that can change what a label may still do is compared for dominance.
    let all = Criterion::ALL;
    let bs = q.basis;
    let watchers = super::opens::Watchers::new(ctx, &relevant, &dist.any);
    // A label tries only the offers open at the start and those its route's credentials may
    // open (`Watchers::may_open`), in index order as before: trying every relevant offer
    // made a field-wide goal (11 000 relevant offers at 100k) cost seconds of failed
    // entry checks.
    let start = Held::route(&ctx.start_held, &[]);
    let open_at_start: Vec<Idx> = relevant
        .iter()
        .copied()
        .filter(|&o| ctx.ds.entry_ix(o).is_none_or(|e| met_ix(e, ctx, start)))
        .collect();
    let mut may_open: FxHashMap<u32, Vec<Idx>> = FxHashMap::default();
    let mut candidates: Vec<Idx> = Vec::new();
    let mut labels = vec![Label {
        held: Vec::new(),
        parent: usize::MAX,
        offer: ROOT,
        last_award: None,
        steps: 0,
        overlapped: false,
        binding: Tally::default(),
        possible: Tally::default(),
    }];
    let mut buckets: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let hasher = crate::fxhash::FxBuild::default();
    let mut scratch: Vec<u32> = Vec::new();
    // An earlier step start never hurts, except that with date-dependent rules it can let
    // an individual-assessment rule still apply, adding uncertainty: then only labels
    // starting at the same time may replace each other when uncertainty is a criterion.
    let same_start_only = ctx.dated_rules && criteria.contains(&Criterion::Uncertainty);
    let starts_ok = |a: f64, b: f64| {
        if same_start_only {
            (a - b).abs() <= EPS
        } else {
            a <= b + EPS
        }
    };
    // Counted locally: a map entry per label would allocate a key string every time.
    let (mut n_labels, mut n_duration, mut n_budget, mut n_front, mut n_dominated, mut n_beam) =
        (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
    let mut finished: Vec<usize> = Vec::new();
    // The shortest duration and the lowest cost of routes to a goal that a limit cut, to
    // tell the learner by how much a route misses it.
    let mut least_over: (Option<f64>, Option<f64>) = (None, None);
    let mut frontier = vec![0usize];
    let mut truncated = false;
    for _depth in 0..max_steps {
        let mut next = Vec::new();
        for &li in &frontier {
            // A label dominated after it was queued is marked by `parent == usize::MAX`.
            if labels[li].steps > 0 && labels[li].parent == usize::MAX {
                continue;
            }
            // Every chosen criterion only grows along a route, so a label that a finished
            // route (found after it was queued) already beats has no extension that would
            // survive the check below: skip trying its candidates at all.
            if monotone
                && finished.iter().any(|&f| {
                    no_worse(&labels[f], &labels[li], criteria, bs)
                        && strictly_better_somewhere(&labels[f], &labels[li], criteria, bs)
                })
            {
                n_front += 1;
                continue;
            }
            candidates.clear();
            candidates.extend_from_slice(&open_at_start);
            for &c in &labels[li].held {
                let opens = may_open
                    .entry(c)
                    .or_insert_with(|| watchers.may_open(ctx, c));
                candidates.extend_from_slice(opens);
            }
            if !labels[li].held.is_empty() {
                candidates.sort_unstable();
                candidates.dedup();
            }
            for &o in &candidates {
                if labels.len() >= MAX_LABELS {
                    truncated = true;
                    break;
                }
                let Some(mut nl) = extend(ctx, &labels, li, o) else {
                    continue;
                };
                let award = ctx.award[o as usize];
                let nt = nl.tally(bs);
                n_labels += 1;
                if q.constraints.max_months.is_some_and(|m| nt.end > m + EPS) {
                    n_duration += 1;
                    if ctx.is_goal(o) {
                        least_over.0 = Some(least_over.0.map_or(nt.end, |x: f64| x.min(nt.end)));
                    }
                    continue;
                }
                if q.constraints.budget_eur.is_some_and(|b| nt.cost > b + EPS) {
                    n_budget += 1;
                    if ctx.is_goal(o) {
                        least_over.1 = Some(least_over.1.map_or(nt.cost, |x: f64| x.min(nt.cost)));
                    }
                    continue;
                }
                if monotone
                    && finished.iter().any(|&f| {
                        no_worse(&labels[f], &nl, criteria, bs)
                            && strictly_better_somewhere(&labels[f], &nl, criteria, bs)
                    })
                {
                    n_front += 1;
                    continue;
                }
                let l = &labels[li];
                let mut new_held = Vec::with_capacity(l.held.len() + 1);
                new_held.extend_from_slice(&l.held);
                if let Err(pos) = new_held.binary_search(&award) {
                    new_held.insert(pos, award);
                }
                nl.held = new_held;
                let idx = labels.len();
                if ctx.is_goal(o) {
                    labels.push(nl);
                    finished.push(idx);
                    continue;
                }
                // Buckets are keyed by a hash of the state; members are compared only with
                // labels of exactly the same state, so a collision merely shares a list.
                let key = hasher.hash_one((&nl.held, nl.last_award));
                let bucket = buckets.entry(key).or_default();
                let same_state = |b: &Label| b.last_award == nl.last_award && b.held == nl.held;
                // `b` may replace `nl` only if it is no worse on everything that shapes the
                // future (all criteria and the step start) and either strictly better on a
                // chosen criterion or, when equal on the chosen criteria, first by route key:
                // the final tie rule keeps the smallest key among routes equal on the chosen
                // criteria, so pruning must not discard that one.
                let mut new_key: Option<Vec<u32>> = None;
                let mut dominated = false;
                for &bi in bucket.iter() {
                    let b = &labels[bi];
                    if same_state(b)
                        && no_worse(b, &nl, &all, bs)
                        && starts_ok(b.start(bs), nt.start)
                        && (strictly_better_somewhere(b, &nl, criteria, bs) || {
                            let nk = new_key.get_or_insert_with(|| key_of(ctx, &labels, li, o));
                            rank_key_into(ctx, &labels, bi, &mut scratch);
                            scratch <= *nk
                        })
                    {
                        dominated = true;
                        break;
                    }
                }
                if dominated {
                    n_dominated += 1;
                    continue;
                }
                // Labels the new one dominates leave the bucket and are skipped when expanded.
                let mut keep = Vec::with_capacity(bucket.len() + 1);
                for &bi in bucket.iter() {
                    let b = &labels[bi];
                    let replaced = same_state(b)
                        && no_worse(&nl, b, &all, bs)
                        && starts_ok(nt.start, b.start(bs))
                        && (strictly_better_somewhere(&nl, b, criteria, bs) || {
                            let nk = new_key.get_or_insert_with(|| key_of(ctx, &labels, li, o));
                            rank_key_into(ctx, &labels, bi, &mut scratch);
                            *nk < scratch
                        });
                    if replaced {
                        labels[bi].parent = usize::MAX;
                    } else {
                        keep.push(bi);
                    }
                }
                keep.push(idx);
                *bucket = keep;
                labels.push(nl);
                next.push(idx);
            }
        }
        if next.is_empty() || truncated {
            break;
        }
        if next.len() > BEAM {
            let rank = q.rank_by;
            let order = |a: usize, b: usize| {
                let (la, lb) = (&labels[a], &labels[b]);
                la.criterion(rank, bs)
                    .total_cmp(&lb.criterion(rank, bs))
                    .then(
                        la.criterion(Criterion::Duration, bs)
                            .total_cmp(&lb.criterion(Criterion::Duration, bs)),
                    )
                    .then(a.cmp(&b))
            };
            crate::order::sort_indices(&mut next, &order);
            // Half the beam goes to labels whose last step opened an offer that was closed
            // before, nearest to the goal first: short detours (a parallel micro-credential
            // that only adds credit, say) rank first by duration and would otherwise crowd
            // out the qualification that opens the way.
            let opens = |li: usize| -> u8 {
                let l = &labels[li];
                let Some(last) = l.last_award else {
                    return u8::MAX;
                };
                // A step reached only as a recognition source opens nothing.
                if dist.entry[l.offer as usize] == u8::MAX {
                    return u8::MAX;
                }
                let now = Held::route(&ctx.start_held, &l.held);
                let before = now.without(Some(last));
                watchers.nearest_opened(ctx, last, now, before, &dist.any)
            };
            let mut openers: Vec<(u8, usize)> = next
                .iter()
                .enumerate()
                .map(|(k, &li)| (opens(li), k))
                .filter(|&(d, _)| d != u8::MAX)
                .collect();
            // Stable: within a distance, the criterion order of `next` stays. Through the
            // shared sort (once per beam cut, so the indirect calls do not matter): its own
            // copy of the standard sort was some 4 KB of the browser bundle.
            crate::order::sort_by_key(&mut openers, |&(d, _)| d);
            let mut reserved = vec![false; next.len()];
            let mut n_reserved = 0;
            for &(_, k) in openers.iter().take(BEAM / 2) {
                reserved[k] = true;
                n_reserved += 1;
            }
            // Openers are also expanded first, nearest first, so the label bound cannot cut
            // them either.
            let mut kept: Vec<usize> = openers
                .iter()
                .take(BEAM / 2)
                .map(|&(_, k)| next[k])
                .collect();
            kept.extend(
                next.iter()
                    .zip(&reserved)
                    .filter(|(_, &r)| !r)
                    .map(|(&li, _)| li)
                    .take(BEAM - n_reserved),
            );
            next = kept;
            n_beam += 1;
        }
        frontier = next;
    }
    let stats = SearchStats {
        relevant_offers: relevant.len() as u64,
        labels: n_labels,
        pruned_duration: n_duration,
        pruned_budget: n_budget,
        pruned_front: n_front,
        pruned_dominated: n_dominated,
        beam_cut: n_beam,
        truncated,
        finished: finished.len() as u64,
    };
    Outcome {
        labels,
        finished,
        stats,
        least_months_over: least_over.0,
        least_cost_over: least_over.1,
    }
}
