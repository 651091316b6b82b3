//! Route search: learner profile + goal -> Pareto-optimal routes with explanations.
//!
//! Public surface: [`Query`] in, [`Plan`] out, through [`plan`]. Explanations are
//! structured [`Msg`]s (message key + arguments, keys listed in [`messages`]), never English
//! sentences, so the UI renders them in any language. The arithmetic of recognition is
//! documented in `recognition.rs`, the search and its bounds in `search.rs`.

pub(crate) mod conditions;
pub(crate) mod context;
mod explain;
mod explore;
pub mod graph;
pub mod messages;
pub(crate) mod money;
mod offramps;
mod opens;
pub mod pathway;
mod query;
pub(crate) mod recognition;
pub mod render;
mod result;
pub(crate) mod search;
#[cfg(test)]
mod tests;
mod whatif;

pub use explore::*;
pub use offramps::*;
pub use query::*;
pub use result::*;
pub use search::{BEAM, DEFAULT_MAX_STEPS, LEVEL_CANDIDATES, MAX_LABELS};
pub use whatif::*;

use crate::dataset::{Dataset, Idx};
use context::Ctx;
use search::Label;

pub(crate) fn search_root() -> Idx {
    Idx::MAX
}

/// Plans the learner's routes to a goal: the Pareto-optimal sequences of offers over the
/// query's criteria, ranked, with recognition counted and every figure explained.
///
/// Deterministic: the same dataset and query give the same plan, byte for byte.
///
/// # Arguments
/// * `ds`: the dataset, merged and indexed ([`Dataset::from_files`], or
///   [`crate::validate::check_files`] for data from outside).
/// * `q`: the learner's profile, goal, constraints, criteria and the day to plan from.
///
/// # Returns
/// * `Ok(Plan)`: at most `q.k` routes, best first by `q.rank_by`. When none reaches the
///   goal, [`Plan::no_route`] says what blocks it (nearest missing conditions first) and
///   which goals close to it are reachable. When a bound cut the search, the plan says so
///   in [`Plan::notices`] and [`Plan::stats`]; a cut is never presented as a fact about
///   the learner.
/// * `Err(QueryError)`: a problem with the query itself (unknown ids, a bad date or
///   constraint, a goal already held, an empty dataset), as a message key.
///
/// # Complexity
/// * Relevant offers: one backward walk from the goal, **O(|O| + |R|)**, at most
///   `max_steps` ([`DEFAULT_MAX_STEPS`]) layers deep.
/// * Search: **O(L · d)** entry checks and recognition counts, where **L** ≤
///   [`MAX_LABELS`] partial routes, at most [`BEAM`] kept per depth, and **d** the offers
///   a partial route can extend by; an unmet "level n in field f" condition is served by
///   at most [`LEVEL_CANDIDATES`] offers.
/// * Auxiliary space: **O(L)**.
///
/// where **|O|** is the number of offers and **|R|** the number of recognition rules.
///
/// # Example
/// ```
/// use pathways_engine::route::{plan, Query};
/// use pathways_engine::validate::{check_texts, CheckOptions};
///
/// let data = r#"{"format": "pathways-dataset", "version": 1,
///   "providers": [{"id": "p", "name": {"en": "TH"}, "country": "DE"}],
///   "credentials": [{"id": "abitur", "title": {"en": "Abitur"}, "eqf": 4}],
///   "offers": [{"id": "bsc", "title": {"en": "BSc"}, "kind": "bachelor", "provider": "p",
///     "eqf": 6, "credits": {"value": 180, "system": "ects"}, "duration_months": 36,
///     "modes": ["full_time"], "languages": ["de"], "cost": {"amount": 900, "currency": "EUR"},
///     "awards": "bsc", "entry": {"type": "credential", "credential": "abitur"}}]}"#;
/// let checked = check_texts(&[("data.json".into(), data.into())], &CheckOptions::default());
/// assert_eq!(checked.errors(), 0);
/// let ds = checked.dataset.unwrap();
///
/// let q: Query = serde_json::from_str(
///     r#"{"profile": {"held": [{"credential": "abitur"}]},
///         "goal": {"type": "offer", "offer": "bsc"}, "today": "2026-11-24"}"#,
/// )
/// .unwrap();
/// let p = plan(&ds, &q).unwrap();
/// assert_eq!(p.routes[0].id, "bsc");
/// assert_eq!((p.routes[0].totals.months, p.routes[0].totals.cost_eur), (36.0, 900.0));
/// assert!(p.no_route.is_none() && p.notices.is_empty());
/// ```
pub fn plan(ds: &Dataset, q: &Query) -> Result<Plan, QueryError> {
    // The engine owns the defaults: whoever builds the query, the ranking criterion is
    // one of the Pareto criteria.
    let owned;
    let q = if q.criteria.contains(&q.rank_by) || q.criteria.is_empty() {
        q
    } else {
        owned = Query {
            criteria: q.pareto_criteria(),
            ..q.clone()
        };
        &owned
    };
    let ctx = Ctx::new(ds, q)?;
    if ctx
        .goals
        .iter()
        .all(|&g| ctx.start_held.binary_search(&ctx.award[g as usize]).is_ok())
    {
        return Err(QueryError {
            msg: Msg::new(messages::ERR_GOAL_ALREADY_HELD),
        });
    }
    let out = search::search(&ctx);
    let front = pareto(&ctx, &out.labels, &out.finished);
    let mut ranked = front;
    rank(&ctx, &out.labels, &mut ranked);
    ranked.truncate(q.k);
    let routes: Vec<Route> = ranked
        .into_iter()
        .map(|(i, key)| explain::build(&ctx, &out.labels, i, key.join(">")))
        .collect();
    let no_route = routes.is_empty().then(|| why_not(&ctx, &out));
    let mut notices = Vec::new();
    if out.stats.cut() && !routes.is_empty() {
        notices.push(search_cut(&out.stats));
    }
    Ok(Plan {
        routes,
        no_route,
        notices,
        stats: out.stats,
    })
}

/// Orders Pareto routes as the plan shows them: by the ranking criterion, then the other
/// criteria, a complete figure before one with unknown parts, then by route key.
pub(super) fn rank(ctx: &Ctx, labels: &[Label], ranked: &mut [(usize, Vec<&str>)]) {
    let q = ctx.q;
    let order = ranking(q);
    let mobility = |mut i: usize| {
        let mut n = 0;
        while labels[i].offer != search_root() {
            n += usize::from(ctx.offer(labels[i].offer).support.mobility);
            i = labels[i].parent;
        }
        n
    };
    crate::order::sort_by(ranked, |(a, ia), (b, ib)| {
        for (n, &c) in order.iter().enumerate() {
            if n == 1 && q.preferences.prefer_mobility {
                // A preference, not a criterion: among routes equal on the primary
                // criterion, those with a mobility component come first.
                let (ma, mb) = (mobility(*a) > 0, mobility(*b) > 0);
                if ma != mb {
                    return mb.cmp(&ma);
                }
            }
            // A route whose figure for this criterion is complete comes before one with
            // unknown parts, which only bound it from below.
            let (la, lb) = (&labels[*a], &labels[*b]);
            let known = la.unknowns(c).cmp(&lb.unknowns(c));
            if known.is_ne() {
                return known;
            }
            let (x, y) = (la.criterion(c, q.basis), lb.criterion(c, q.basis));
            if let Some(o) = x.partial_cmp(&y).filter(|o| o.is_ne()) {
                return o;
            }
        }
        ia.cmp(ib)
    });
}

/// Primary criterion first, then the other chosen criteria, then the rest.
fn ranking(q: &Query) -> Vec<Criterion> {
    let mut order = vec![q.rank_by];
    for &c in q.criteria.iter().chain(Criterion::ALL.iter()) {
        if !order.contains(&c) {
            order.push(c);
        }
    }
    order
}

/// Finished routes no other finished route dominates on the chosen criteria. Routes equal
/// on the chosen criteria are told apart by all criteria, so a route with a pointless extra
/// step (an open offer of unknown length that changes nothing) never hides the direct one;
/// of routes equal on everything only the one with the smallest id stays.
pub(super) fn pareto<'c>(
    ctx: &Ctx<'c>,
    labels: &[Label],
    finished: &[usize],
) -> Vec<(usize, Vec<&'c str>)> {
    let cs = &ctx.q.criteria;
    let bs = ctx.q.basis;
    let dominates = |b: &Label, a: &Label| {
        search::no_worse(b, a, cs, bs)
            && (search::strictly_better_somewhere(b, a, cs, bs)
                || search::no_worse(b, a, &Criterion::ALL, bs))
    };
    let mut with_ids: Vec<(usize, Vec<&str>)> = finished
        .iter()
        .map(|&i| (i, search::route_key(ctx, labels, i)))
        .collect();
    crate::order::sort_by(&mut with_ids, |a, b| a.1.cmp(&b.1));
    let mut front: Vec<(usize, Vec<&str>)> = Vec::new();
    for (i, id) in with_ids {
        let a = &labels[i];
        if front.iter().any(|(j, _)| dominates(&labels[*j], a)) {
            continue;
        }
        front.retain(|(j, _)| !dominates(a, &labels[*j]));
        front.push((i, id));
    }
    front
}

/// Why no route reaches the goal: the unmet conditions of the goal offers given everything
/// reachable, constraint filters, and reachable alternatives.
fn why_not(ctx: &Ctx, out: &search::Outcome) -> NoRoute {
    let mut reach: Vec<u32> = ctx.start_held.clone();
    for l in &out.labels {
        for &c in &l.held {
            if let Err(p) = reach.binary_search(&c) {
                reach.insert(p, c);
            }
        }
    }
    let held = conditions::Held::new(&reach);
    let mut blocking = Vec::new();
    let c = &ctx.q.constraints;
    let cut_by_bound = out.stats.cut();
    for &g in ctx.goals.iter().take(3) {
        let o = ctx.offer(g);
        if let Some(name) = ctx.blocked_by(g) {
            blocking.push(
                Msg::new(messages::BLOCK_CONSTRAINT)
                    .arg("offer", &o.id)
                    .arg("constraint", name),
            );
            continue;
        }
        // The goal alone already breaks a limit: say by how much.
        if let (Some(b), Some(cost)) = (c.budget_eur, ctx.ds.offer_eur(g)) {
            if cost > b + 1e-9 {
                blocking.push(over("budget", &o.id, cost, b));
                continue;
            }
        }
        if let (Some(mm), Some(months)) = (c.max_months, o.duration_months) {
            if months > mm + 1e-9 && ctx.ds.rules_to_ix(g).next().is_none() {
                blocking.push(over("duration", &o.id, months, mm));
                continue;
            }
        }
        let before = blocking.len();
        if let Some(e) = &o.entry {
            conditions::unmet(e, ctx, held.entering(g), &o.id, &mut blocking);
        }
        if blocking.len() == before {
            // Entry is reachable, so a duration or budget limit, the step limit or one of
            // the search's own bounds cut every route. A bound is never reported as a fact
            // about the learner.
            let msg = if let (Some(b), Some(cost)) = (c.budget_eur, out.least_cost_over) {
                over("budget", &o.id, cost, b)
            } else if let (Some(mm), Some(end)) = (c.max_months, out.least_months_over) {
                over("duration", &o.id, end, mm)
            } else if cut_by_bound {
                let truncated = out.stats.truncated;
                Msg::new(messages::BLOCK_SEARCH_LIMIT)
                    .arg("offer", &o.id)
                    .arg("limit", if truncated { "labels" } else { "beam" })
                    .arg(
                        "value",
                        if truncated {
                            search::MAX_LABELS
                        } else {
                            search::BEAM
                        },
                    )
            } else {
                Msg::new(messages::BLOCK_STEPS)
                    .arg("offer", &o.id)
                    .arg("limit", c.max_steps.unwrap_or(search::DEFAULT_MAX_STEPS))
            };
            blocking.push(msg);
        }
    }
    let goal = ctx.offer(ctx.goals[0]);
    let field2: Option<String> = goal.field.as_ref().map(|f| f.chars().take(2).collect());
    // Nearest level first, then id; entry trees are checked lazily because a no-route
    // search can have reached thousands of credentials, which makes each check costly.
    let mut near: Vec<(u8, u32, Idx)> = (0..ctx.ds.offers.len() as Idx)
        .filter(|&i| ctx.allowed[i as usize] && !ctx.is_goal(i))
        .filter_map(|i| {
            let o = ctx.offer(i);
            let same_field = o
                .field
                .as_ref()
                .zip(field2.as_ref())
                .is_some_and(|(f, g)| f.starts_with(g.as_str()));
            same_field.then(|| {
                let d = o.eqf.unwrap_or(0).abs_diff(goal.eqf.unwrap_or(0));
                (d, ctx.ds.offer_rank(i), i)
            })
        })
        .collect();
    crate::order::sort(&mut near);
    // An alternative must itself fit the learner's limits: with a budget of 0, only free
    // offers are alternatives.
    let fits = |i: Idx| {
        let o = ctx.offer(i);
        c.budget_eur
            .is_none_or(|b| ctx.ds.offer_eur(i).unwrap_or(0.0) <= b + 1e-9)
            && c.max_months
                .is_none_or(|mm| o.months_or_zero() <= mm + 1e-9)
    };
    let start_held = conditions::Held::new(&ctx.start_held);
    let alts: Vec<String> = near
        .into_iter()
        .filter(|&(_, _, i)| fits(i))
        .filter(|&(_, _, i)| {
            // Entered with what the learner holds now: credentials reachable only through
            // other steps would bring their own costs and months.
            ctx.ds
                .entry_ix(i)
                .is_none_or(|e| conditions::met_ix(e, ctx, start_held))
        })
        .take(5)
        .map(|(_, _, i)| ctx.offer(i).id.clone())
        .collect();
    NoRoute {
        blocking,
        alternatives: alts,
    }
}

/// "The best route needs `value`, your limit is `limit`" for a budget or duration.
fn over(constraint: &str, offer: &str, value: f64, limit: f64) -> Msg {
    let key = if constraint == "budget" {
        messages::BLOCK_OVER_BUDGET
    } else {
        messages::BLOCK_OVER_DURATION
    };
    Msg::new(key)
        .arg("offer", offer)
        .arg("value", conditions::fmt_num(money::cents(value)))
        .arg("limit", conditions::fmt_num(money::cents(limit)))
}

/// "The search stopped at its limit": said whenever a bound acted, so a bounded answer is
/// never presented as the complete one.
fn search_cut(stats: &SearchStats) -> Msg {
    let (limit, value) = if stats.truncated {
        ("labels", search::MAX_LABELS)
    } else {
        ("beam", search::BEAM)
    };
    Msg::new(messages::NOTICE_SEARCH_CUT)
        .arg("limit", limit)
        .arg("value", value)
}
