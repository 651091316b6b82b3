//! Explore: "where can what I hold take me". Every offer a learner can reach within the
//! constraints, each with its best route, in one forward search instead of one route search
//! per destination (247 of them on the demo data took 610 ms; this takes a few).
//!
//! The search grows routes from what the learner holds. A route is extended only by an
//! offer that its earned credentials help (they appear in its entry tree, count for one of
//! its level leaves, or are sources of a recognition rule into it: the successors in
//! [`super::graph`]), or by an offer awarding a credential needed *alongside* an earned one
//! (the other parts of an "all of"): a step that helps nothing later can only make a route
//! longer and dearer. Partial routes are compared per state (credentials held, last award)
//! exactly as in the route search; routes ending at each offer are kept apart, and each
//! destination's Pareto set and ranking are those of [`super::plan`]. Bounds: at most
//! [`DEFAULT_EXPLORE_STEPS`] steps unless the constraints say otherwise, [`EXPLORE_BEAM`]
//! partial routes per depth, [`super::MAX_LABELS`] in all; a bound that acts is
//! said in the notices.

use super::context::Ctx;
use super::search::{
    extend, key_of, no_worse, rank_key_into, strictly_better_somewhere, Label, Tally,
};
use super::{messages as m, Basis, Criterion, Figures, Msg, QueryError};
use crate::dataset::{Cond, Dataset, Idx};
use crate::fxhash::FxHashMap;
use crate::model::Condition;
use std::hash::BuildHasher;

mod question;
pub use question::*;

/// Everything the learner can reach from what they hold: every offer within the
/// constraints with its best route, in one forward search instead of one [`super::plan`]
/// per destination, plus the single changes (a credential, more work experience, a
/// language) that would open more.
///
/// A route is extended only by an offer its earned credentials help (they appear in its
/// entry tree, count for one of its level leaves, or are sources of a recognition rule
/// into it) or by an offer awarding a credential needed alongside one: a step that helps
/// nothing later can only make a route longer and dearer. Each destination's Pareto set
/// and ranking are those of [`super::plan`]. Deterministic: the same dataset and query
/// give the same exploration.
///
/// # Arguments
/// * `ds`: the dataset, merged and indexed.
/// * `eq`: the learner's profile, constraints, criteria, and which destinations to list
///   in which order ([`ExploreQuery::new`] gives the defaults).
///
/// # Returns
/// * `Ok(Exploration)`: the destinations passing the filter, each with its best route's
///   figures, the what-if changes (most destinations opened first), and notices when a
///   bound cut the search.
/// * `Err(QueryError)`: a problem with the query (an unknown held credential, a bad
///   constraint or date, an empty dataset), as a message key.
///
/// # Complexity
/// * Search: **O(L · d)** entry checks, where **L** ≤ [`super::MAX_LABELS`] partial
///   routes, at most [`EXPLORE_BEAM`] kept per depth over at most
///   [`DEFAULT_EXPLORE_STEPS`] steps unless the constraints say otherwise, and **d** the
///   offers an earned credential helps.
/// * What-if: one reachability pass, **O(|O| + |E|)**, per candidate change.
/// * Auxiliary space: **O(L + |O|)**.
///
/// where **|O|** is the number of offers and **|E|** the edges of the credential/offer
/// graph.
///
/// # Example
/// ```
/// use pathways_engine::route::{explore, ExploreQuery, Profile};
/// use pathways_engine::validate::{check_texts, CheckOptions};
///
/// let data = r#"{"format": "pathways-dataset", "version": 1,
///   "providers": [{"id": "p", "name": {"en": "TH"}, "country": "DE"}],
///   "credentials": [{"id": "abitur", "title": {"en": "Abitur"}, "eqf": 4}],
///   "offers": [
///     {"id": "bsc", "title": {"en": "BSc"}, "kind": "bachelor", "provider": "p", "eqf": 6,
///      "credits": {"value": 180, "system": "ects"}, "duration_months": 36,
///      "modes": ["full_time"], "languages": ["de"], "cost": {"amount": 900, "currency": "EUR"},
///      "awards": "bsc", "entry": {"type": "credential", "credential": "abitur"}},
///     {"id": "msc", "title": {"en": "MSc"}, "kind": "master", "provider": "p", "eqf": 7,
///      "credits": {"value": 120, "system": "ects"}, "duration_months": 24,
///      "modes": ["full_time"], "languages": ["de"], "cost": {"amount": 600, "currency": "EUR"},
///      "awards": "msc", "entry": {"type": "credential", "credential": "bsc"}}]}"#;
/// let ds = check_texts(&[("data.json".into(), data.into())], &CheckOptions::default())
///     .dataset
///     .unwrap();
///
/// let profile: Profile = serde_json::from_str(r#"{"held": [{"credential": "abitur"}]}"#).unwrap();
/// let found = explore(&ds, &ExploreQuery::new(profile, "2026-11-24")).unwrap();
/// let routes: Vec<String> = found.destinations.iter().map(|d| d.route.join(" > ")).collect();
/// assert!(routes.contains(&"bsc".to_string()));
/// assert!(routes.contains(&"bsc > msc".to_string()));
/// ```
pub fn explore(ds: &Dataset, eq: &ExploreQuery) -> Result<Exploration, QueryError> {
    let q = eq.as_query();
    let ctx = Ctx::without_goal(ds, &q)?;
    let graph = ds.graph();
    let max_steps = q
        .constraints
        .max_steps
        .unwrap_or(DEFAULT_EXPLORE_STEPS)
        .max(1);
    let layer = reach_layers(&ctx, max_steps);
    let found = search(&ctx, &layer, max_steps);
    let current_eqf = ctx.highest_eqf();
    let mut all = Vec::new();
    for (o, list) in found.per_dest.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        let mut front = super::pareto(&ctx, &found.labels, list);
        super::rank(&ctx, &found.labels, &mut front);
        let Some((best, key)) = front.first() else {
            continue;
        };
        all.push(destination(
            &ctx,
            o as Idx,
            &found.labels[*best],
            key,
            front.len(),
            layer[o] == 0,
            current_eqf,
        ));
    }
    let unfiltered = all.len();
    let mut destinations: Vec<Destination> =
        all.into_iter().filter(|d| eq.filter.keeps(d)).collect();
    sort(&mut destinations, eq.sort, q.basis);
    let mut notices = Vec::new();
    if found.stats.truncated || found.stats.beam_cut > 0 {
        let (limit, value) = if found.stats.truncated {
            ("labels", super::search::MAX_LABELS)
        } else {
            ("beam", EXPLORE_BEAM)
        };
        notices.push(
            Msg::new(m::NOTICE_SEARCH_CUT)
                .arg("limit", limit)
                .arg("value", value),
        );
    }
    let reached: Vec<bool> = {
        let mut r = vec![false; ds.offers.len()];
        for d in &destinations {
            if let Some(i) = ds.offer_index(&d.offer) {
                r[i as usize] = true;
            }
        }
        r
    };
    let what_if = super::whatif::what_if(&ctx, eq, max_steps, &layer, &reached);
    let stats = ExploreStats {
        reachable_offers: layer.iter().filter(|&&l| l != u8::MAX).count() as u64,
        graph_nodes: graph.node_count() as u64,
        graph_edges: graph.edge_count() as u64,
        cyclic: graph.cyclic(),
        ..found.stats
    };
    Ok(Exploration {
        current_eqf,
        destinations,
        unfiltered,
        what_if,
        notices,
        stats,
    })
}

/// Per offer, the fewest steps before it can be entered (0: open now), `u8::MAX` when it
/// cannot be entered within `max_steps`, ignoring budget and duration. Offers whose award
/// the learner already holds are not destinations. Forward over the graph: when a layer
/// earns new credentials, only the offers those credentials help are checked again.
pub(crate) fn reach_layers(ctx: &Ctx, max_steps: u8) -> Vec<u8> {
    let ds = ctx.ds;
    let n = ds.offers.len();
    let mut layer = vec![u8::MAX; n];
    let mut reach: Vec<u32> = ctx.start_held.clone();
    let mut candidates: Vec<Idx> = (0..n as Idx).collect();
    let graph = ds.graph();
    for depth in 0..max_steps {
        let held = super::conditions::Held::new(&reach);
        let mut have = vec![false; ds.credentials.len()];
        for &c in &reach {
            have[c as usize] = true;
        }
        let mut memo = vec![0u8; graph.node_count()];
        let mut earned = Vec::new();
        for &o in &candidates {
            if layer[o as usize] != u8::MAX || !ctx.allowed[o as usize] {
                continue;
            }
            let award = ctx.award[o as usize];
            if ctx.start_held.binary_search(&award).is_ok() {
                continue;
            }
            if ds
                .entry_ix(o)
                .is_none_or(|e| met_reached(e, ctx, held.entering(o), &have, &mut memo, o, &mut 0))
            {
                layer[o as usize] = depth;
                if !held.has(award) {
                    earned.push(award);
                }
            }
        }
        if earned.is_empty() {
            break;
        }
        crate::order::sort(&mut earned);
        earned.dedup();
        candidates.clear();
        graph.helped_by_all(&earned, &mut candidates);
        candidates.retain(|&o| layer[o as usize] == u8::MAX);
        reach.extend_from_slice(&earned);
        crate::order::sort(&mut reach);
        reach.dedup();
        crate::order::sort(&mut candidates);
        candidates.dedup();
    }
    layer
}

/// [`super::conditions::met_ix`] for a reachability pass: level and validation leaves are
/// answered through the graph (who satisfies this leaf, and is one of them reached?)
/// rather than by scanning thousands of reached credentials per leaf. Children are all
/// evaluated, no short cut, so the leaf count `next` stays in step with the graph's order.
pub(crate) fn met_reached(
    c: &Cond,
    ctx: &Ctx,
    held: super::conditions::Held,
    have: &[bool],
    memo: &mut [u8],
    o: Idx,
    next: &mut usize,
) -> bool {
    match c {
        Cond::All(l) => {
            let mut all = true;
            for x in l {
                all &= met_reached(x, ctx, held, have, memo, o, next);
            }
            all
        }
        Cond::Any(l) => {
            let mut any = false;
            for x in l {
                any |= met_reached(x, ctx, held, have, memo, o, next);
            }
            any
        }
        Cond::AtLeast(n, l) => {
            l.iter()
                .filter(|x| met_reached(x, ctx, held, have, memo, o, next))
                .count()
                >= *n
        }
        Cond::Leaf(leaf @ (Condition::Level { .. } | Condition::Validation { .. })) => {
            let ordinal = *next;
            *next += 1;
            let counts = |c: u32| {
                have.get(c as usize) == Some(&true)
                    && !(matches!(leaf, Condition::Level { .. })
                        && held
                            .entering
                            .is_some_and(|e| super::conditions::is_ticket(ctx, e, c)))
            };
            let by_graph = ctx.ds.graph().leaf_met(o, ordinal, counts, memo);
            match (leaf, by_graph) {
                (Condition::Level { .. }, Some(m)) => m,
                // A validation may also be met by the learner's validated fields.
                (_, Some(true)) => true,
                _ => super::conditions::met(leaf, ctx, held),
            }
        }
        _ => super::conditions::met_ix(c, ctx, held),
    }
}

struct Found {
    labels: Vec<Label>,
    /// Per offer, the routes ending there that no other route there dominates.
    per_dest: Vec<Vec<usize>>,
    stats: ExploreStats,
}

fn search(ctx: &Ctx, layer: &[u8], max_steps: u8) -> Found {
    let q = ctx.q;
    let (bs, all) = (q.basis, Criterion::ALL);
    let graph = ctx.ds.graph();
    let n = ctx.ds.offers.len();
    let mut labels = vec![Label {
        held: Vec::new(),
        parent: usize::MAX,
        offer: super::search_root(),
        last_award: None,
        steps: 0,
        overlapped: false,
        binding: Tally::default(),
        possible: Tally::default(),
    }];
    let mut per_dest: Vec<Vec<usize>> = vec![Vec::new(); n];
    // Replaced partial routes are not expanded; a separate mark, since their parents
    // are still needed to read the routes that end at them.
    let mut dead = vec![false];
    let mut buckets: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let hasher = crate::fxhash::FxBuild::default();
    let mut frontier = vec![0usize];
    let mut stamp = vec![usize::MAX; n];
    let mut cands: Vec<Idx> = Vec::new();
    let mut named: Vec<u32> = Vec::new();
    let mut scratch: Vec<u32> = Vec::new();
    let mut stats = ExploreStats::default();
    let open_now: Vec<Idx> = (0..n as Idx).filter(|&o| layer[o as usize] == 0).collect();
    'depths: for depth in 0..max_steps {
        let mut next = Vec::new();
        for &li in &frontier {
            if dead[li] {
                continue;
            }
            cands.clear();
            if li == 0 {
                cands.extend_from_slice(&open_now);
            } else {
                for &c in &labels[li].held {
                    let from = cands.len();
                    graph.helped(c, &mut cands);
                    // The other credentials the helped offers name: a second part of an
                    // "all of" does not help the first part, but the route needs both.
                    let helped: Vec<Idx> = cands[from..].to_vec();
                    for h in helped {
                        named.clear();
                        graph.named_by(h, &mut named);
                        for &x in &named {
                            cands.extend(ctx.ds.credentials[x as usize].awarded_by.iter());
                        }
                    }
                }
            }
            for &o in &cands {
                let ou = o as usize;
                if stamp[ou] == li || layer[ou] > depth || !ctx.allowed[ou] {
                    continue;
                }
                stamp[ou] = li;
                if labels.len() >= super::search::MAX_LABELS {
                    stats.truncated = true;
                    break 'depths;
                }
                let Some(mut nl) = extend(ctx, &labels, li, o) else {
                    continue;
                };
                stats.labels += 1;
                let nt = nl.tally(bs);
                let c = &q.constraints;
                if c.max_months.is_some_and(|mm| nt.end > mm + 1e-9)
                    || c.budget_eur.is_some_and(|b| nt.cost > b + 1e-9)
                {
                    continue;
                }
                let award = ctx.award[ou];
                let mut held = labels[li].held.clone();
                if let Err(p) = held.binary_search(&award) {
                    held.insert(p, award);
                }
                nl.held = held;
                // For the destination: kept unless a route already there is no worse on
                // everything and better somewhere or, on a tie, first by route key (the
                // tie rule of the route view's Pareto set).
                let mut nkey: Option<Vec<u32>> = None;
                let for_dest = !per_dest[ou].iter().any(|&b| {
                    no_worse(&labels[b], &nl, &all, bs)
                        && (strictly_better_somewhere(&labels[b], &nl, &all, bs) || {
                            let k = nkey.get_or_insert_with(|| key_of(ctx, &labels, li, o));
                            rank_key_into(ctx, &labels, b, &mut scratch);
                            scratch <= *k
                        })
                });
                // For going on: the same state comparison as the route search.
                let key = hasher.hash_one((&nl.held, nl.last_award));
                let bucket = buckets.entry(key).or_default();
                let same = |b: &Label| b.last_award == nl.last_award && b.held == nl.held;
                let expand = depth + 1 < max_steps
                    && !bucket.iter().any(|&b| {
                        same(&labels[b])
                            && no_worse(&labels[b], &nl, &all, bs)
                            && labels[b].tally(bs).start <= nt.start + 1e-9
                    });
                if !for_dest && !expand {
                    continue;
                }
                let idx = labels.len();
                if expand {
                    bucket.retain(|&b| {
                        let replaced = same(&labels[b])
                            && no_worse(&nl, &labels[b], &all, bs)
                            && strictly_better_somewhere(&nl, &labels[b], &all, bs);
                        if replaced {
                            dead[b] = true;
                        }
                        !replaced
                    });
                    bucket.push(idx);
                    next.push(idx);
                }
                if for_dest {
                    per_dest[ou].retain(|&b| {
                        !(no_worse(&nl, &labels[b], &all, bs)
                            && (strictly_better_somewhere(&nl, &labels[b], &all, bs) || {
                                let k = nkey.get_or_insert_with(|| key_of(ctx, &labels, li, o));
                                rank_key_into(ctx, &labels, b, &mut scratch);
                                *k < scratch
                            }))
                    });
                    per_dest[ou].push(idx);
                }
                labels.push(nl);
                dead.push(false);
            }
        }
        if next.is_empty() {
            break;
        }
        if next.len() > EXPLORE_BEAM {
            let rank = q.rank_by;
            crate::order::sort_indices(&mut next, &|a, b| {
                labels[a]
                    .criterion(rank, bs)
                    .total_cmp(&labels[b].criterion(rank, bs))
                    .then(a.cmp(&b))
            });
            next.truncate(EXPLORE_BEAM);
            stats.beam_cut += 1;
        }
        frontier = next;
    }
    Found {
        labels,
        per_dest,
        stats,
    }
}

fn figures(t: &Tally) -> Figures {
    Figures {
        months: t.end,
        cost_eur: t.cost,
        workload_ects: t.workload,
        recognised_ects: t.prior,
        carried_ects: t.carried,
    }
}

fn destination(
    ctx: &Ctx,
    o: Idx,
    l: &Label,
    key: &[&str],
    routes: usize,
    open_now: bool,
    current_eqf: u8,
) -> Destination {
    let ds = ctx.ds;
    let offer = ctx.offer(o);
    let info = &ds.credentials[ctx.award[o as usize] as usize];
    let levels_gained = if info.qualification {
        i32::from(info.eqf.unwrap_or(0)) - i32::from(current_eqf)
    } else {
        0
    };
    let unknown_months = l.possible.unknown_months > 0;
    Destination {
        offer: offer.id.clone(),
        credential: info.id.clone(),
        kind: offer.kind,
        sector: Sector::of(offer.kind),
        eqf: offer.eqf,
        qualification: info.qualification,
        field: offer.field.clone(),
        country: ds.offer_country(offer).map(str::to_string),
        languages: offer.languages.clone(),
        modes: offer.modes.clone(),
        route: key.iter().map(|s| s.to_string()).collect(),
        binding: figures(&l.binding),
        possible: figures(&l.possible),
        unknown_months,
        unknown_cost: l.possible.unknown_cost > 0,
        uncertain_steps: l.possible.uncertain,
        routes,
        open_now,
        levels_gained,
        usefulness: (!unknown_months).then(|| {
            if levels_gained > 0 {
                f64::from(levels_gained) * 12.0 / l.binding.end.max(1.0)
            } else {
                f64::from(levels_gained)
            }
        }),
    }
}

/// By usefulness (known before unknown, higher first, then shorter), or by a criterion
/// of the best route; ties by offer id.
fn sort(ds: &mut [Destination], by: Option<Criterion>, basis: Basis) {
    let fig = |d: &Destination| match basis {
        Basis::Possible => d.possible,
        _ => d.binding,
    };
    crate::order::sort_by(ds, |a, b| {
        let o = match by {
            None => b
                .usefulness
                .is_some()
                .cmp(&a.usefulness.is_some())
                .then(
                    b.usefulness
                        .unwrap_or(0.0)
                        .total_cmp(&a.usefulness.unwrap_or(0.0)),
                )
                .then(fig(a).months.total_cmp(&fig(b).months)),
            Some(c) => {
                let v = |d: &Destination| match c {
                    Criterion::Duration => fig(d).months,
                    Criterion::Cost => fig(d).cost_eur,
                    Criterion::Workload => fig(d).workload_ects,
                    Criterion::Recognised => -fig(d).recognised_ects,
                    Criterion::Steps => d.route.len() as f64,
                    Criterion::Uncertainty => f64::from(d.uncertain_steps),
                };
                v(a).total_cmp(&v(b))
            }
        };
        o.then_with(|| a.offer.cmp(&b.offer))
    });
}
