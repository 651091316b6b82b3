//! Route search: learner profile + goal -> Pareto-optimal routes with explanations.
//!
//! Public surface: [`Query`] in, [`Plan`] out, through [`plan`]. Explanations are
//! structured [`Msg`]s (message key + arguments, keys listed in [`messages`]), never English
//! sentences, so the UI renders them in any language. The arithmetic of recognition is
//! documented in `recognition.rs`, the search and its bounds in `search.rs`.

pub mod conditions;
pub mod context;
mod explain;
pub mod messages;
pub mod money;
mod query;
pub mod recognition;
mod result;
pub mod search;

pub use query::*;
pub use result::*;

use crate::dataset::{Dataset, Idx};
use context::Ctx;
use search::Label;

pub(crate) fn search_root() -> Idx {
    Idx::MAX
}

/// Plans routes for `q` on `ds`.
///
/// Errors are problems with the query itself (unknown ids, contradictory constraints, an
/// empty dataset); "no route exists" is a successful [`Plan`] with [`Plan::no_route`] set.
///
/// Deterministic: the same dataset and query give the same plan, byte for byte.
pub fn plan(ds: &Dataset, q: &Query) -> Result<Plan, QueryError> {
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
    let order = ranking(q);
    let mobility = |mut i: usize| {
        let mut n = 0;
        while out.labels[i].offer != search_root() {
            n += usize::from(ctx.offer(out.labels[i].offer).support.mobility);
            i = out.labels[i].parent;
        }
        n
    };
    ranked.sort_by(|(a, ia), (b, ib)| {
        for (n, &c) in order.iter().enumerate() {
            if n == 1 && q.preferences.prefer_mobility {
                // A preference, not a criterion: among routes equal on the primary
                // criterion, those with a mobility component come first.
                let (ma, mb) = (mobility(*a) > 0, mobility(*b) > 0);
                if ma != mb {
                    return mb.cmp(&ma);
                }
            }
            let (x, y) = (out.labels[*a].criterion(c), out.labels[*b].criterion(c));
            if let Some(o) = x.partial_cmp(&y).filter(|o| o.is_ne()) {
                return o;
            }
        }
        ia.cmp(ib)
    });
    ranked.truncate(q.k);
    let routes: Vec<Route> = ranked
        .into_iter()
        .map(|(i, key)| explain::build(&ctx, &out.labels, i, key.join(">")))
        .collect();
    let no_route = routes.is_empty().then(|| why_not(&ctx, &out));
    Ok(Plan {
        routes,
        no_route,
        stats: out.stats,
    })
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

/// Finished routes no other finished route dominates on the chosen criteria; of routes
/// with identical criteria only the one with the smallest id stays.
fn pareto<'c>(ctx: &Ctx<'c>, labels: &[Label], finished: &[usize]) -> Vec<(usize, Vec<&'c str>)> {
    let cs = &ctx.q.criteria;
    let eps = 1e-9;
    let mut with_ids: Vec<(usize, Vec<&str>)> = finished
        .iter()
        .map(|&i| (i, search::route_key(ctx, labels, i)))
        .collect();
    with_ids.sort_by(|a, b| a.1.cmp(&b.1));
    let mut front: Vec<(usize, Vec<&str>)> = Vec::new();
    for (i, id) in with_ids {
        let a = &labels[i];
        let dominated = front.iter().any(|(j, _)| {
            let b = &labels[*j];
            cs.iter().all(|&c| b.criterion(c) <= a.criterion(c) + eps)
        });
        if dominated {
            continue;
        }
        front.retain(|(j, _)| {
            let b = &labels[*j];
            !cs.iter().all(|&c| a.criterion(c) <= b.criterion(c) + eps)
        });
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
    for &g in ctx.goals.iter().take(3) {
        let o = ctx.offer(g);
        if let Some(c) = ctx.blocked_by(g) {
            blocking.push(
                Msg::new(messages::BLOCK_CONSTRAINT)
                    .arg("offer", &o.id)
                    .arg("constraint", c),
            );
            continue;
        }
        let before = blocking.len();
        if let Some(e) = &o.entry {
            conditions::unmet(e, ctx, held, &o.id, &mut blocking);
        }
        if blocking.len() == before {
            // Entry is reachable, so a duration, budget or step limit cut every route.
            let c = if out.stats.get("pruned_budget").copied().unwrap_or(0) > 0 {
                "budget"
            } else if out.stats.get("pruned_duration").copied().unwrap_or(0) > 0 {
                "duration"
            } else {
                "steps"
            };
            blocking.push(
                Msg::new(messages::BLOCK_CONSTRAINT)
                    .arg("offer", &o.id)
                    .arg("constraint", c),
            );
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
    near.sort();
    let alts: Vec<String> = near
        .into_iter()
        .filter(|&(_, _, i)| {
            ctx.ds
                .entry_ix(i)
                .is_none_or(|e| conditions::met_ix(e, ctx, held))
        })
        .take(5)
        .map(|(_, _, i)| ctx.offer(i).id.clone())
        .collect();
    NoRoute {
        blocking,
        alternatives: alts,
    }
}
