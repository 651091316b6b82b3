//! Recognition arithmetic: how much of a target offer a learner's credentials cover.
//!
//! For a target with `E` ECTS, the applicable rules (all source credentials held, inside
//! their validity window on `today`, conditions met, not individual when the learner avoids
//! individual assessment) are taken in rule-id order:
//! 1. each grants `g`: its credits; the credits of the exempted modules; or for advanced
//!    entry into year `k` of a `y`-year offer, `(k-1)/y * E`;
//! 2. in an overlap group only the largest grant counts (ties: smallest rule id);
//! 3. a module exempted by several rules counts once (for the first rule listing it);
//! 4. the rules that have a cap together give at most the strictest of their caps
//!    (`cap * E`); rules without a cap are not limited by it; everything together gives at
//!    most `E`. Rules are filled in id order, so the one that crosses a limit is cut;
//! 5. a learner does not invoke a rule whose cap would lower the total: of the
//!    arrangements "every rule" and "leave out the rules capped at or below level c" (for
//!    each cap level c), the one recognising most is used (ties keep more rules).
//!
//! The remaining share `1 - recognised/E` scales the offer's duration and its cost (fees
//! are taken as spread evenly over the programme). An offer without credits keeps its
//! duration unless advanced entry skips years: then `(k-1)/y` of it is skipped.

use super::conditions::Held;
use super::context::Ctx;
use crate::dataset::Idx;
use crate::date::{parse_ymd, years_between_days};
use crate::model::{Grant, OfferKind, RecognitionKind, RecognitionRule};

/// How one rule counted.
#[derive(Debug, Clone, PartialEq)]
pub struct Counted<'a> {
    pub rule: &'a RecognitionRule,
    /// ECTS the rule grants on its own.
    pub granted: f64,
    /// ECTS it contributed after overlaps, module union, cap and total.
    pub counted: f64,
    /// Share of the programme skipped by advanced entry (0 when none).
    pub skip_share: f64,
    pub modules: Vec<String>,
    /// Lost to a larger rule of the same overlap group.
    pub overlapped_by: Option<&'a str>,
    pub cap_bit: bool,
    pub total_bit: bool,
    /// Cap that applied (share), when the rule has one.
    pub cap: Option<f64>,
    /// Left out: its cap would have lowered the total the other rules give.
    pub not_invoked: bool,
}

/// The effect of recognition on one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect<'a> {
    pub credits: f64,
    pub recognised: f64,
    pub months: f64,
    pub cost_eur: f64,
    pub uncertain: bool,
    pub counted: Vec<Counted<'a>>,
    /// The strictest cap in force, as an ECTS limit.
    pub cap_limit: Option<f64>,
}

/// Rounds to a millionth so results read as the arithmetic a counsellor would do by hand
/// (36 * (1 - 120/180) is 12, not 12.000000000000002).
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Is rule `ri` applicable for someone holding `held`, for a step starting on `day`?
/// Expiry and "at most n years since completion" are judged on the step's start day (a
/// rule that lapses before the learner gets there does not count); a rule must already be
/// in force today, so the planner never promises recognition that does not exist yet.
pub fn applicable(ctx: &Ctx, ri: usize, held: Held, day: i64) -> bool {
    let r = &ctx.ds.rules[ri];
    if ctx.q.preferences.avoid_individual && r.kind == RecognitionKind::Individual {
        return false;
    }
    if let Some(from) = r.valid_from.as_deref().and_then(parse_ymd) {
        if from > ctx.today {
            return false;
        }
    }
    if let Some(until) = r.valid_until.as_deref().and_then(parse_ymd) {
        if until < day {
            return false;
        }
    }
    let from = ctx.ds.rule_from(ri);
    if from.is_empty() {
        return false;
    }
    for &ci in from {
        if ci == u32::MAX || !held.has(ci) {
            return false;
        }
        let start = ctx.start.get(&ci);
        if let Some(min) = r.conditions.min_grade {
            // Credentials earned during the route have no known grade yet.
            if !start.and_then(|s| s.grade).is_some_and(|g| g >= min) {
                return false;
            }
        }
        if let Some(max) = r.conditions.max_years_since {
            if let Some(done) = start.and_then(|s| s.completed) {
                if years_between_days(done, day) > max {
                    return false;
                }
            }
        }
    }
    if let Some(bi) = ctx.ds.rule_bridge(ri) {
        if bi == crate::dataset::Idx::MAX || !held.has(ctx.award[bi as usize]) {
            return false;
        }
    }
    true
}

/// Recognition on target offer `t` for someone holding `held`, for a step starting
/// `start_month` months after the route starts.
pub fn effect<'a>(ctx: &Ctx<'a>, t: Idx, held: Held, start_month: f64) -> Effect<'a> {
    let day = ctx.route_start + (start_month * 30.44).round() as i64;
    let o = ctx.offer(t);
    let e = ctx.ds.offer_ects(t);
    let rules: Vec<&'a RecognitionRule> = ctx
        .ds
        .rules_to_ix(t)
        .filter(|&ri| applicable(ctx, ri, held, day))
        .map(|ri| &ctx.ds.rules[ri])
        .collect();
    let skip_of = |r: &RecognitionRule| match (&r.grant, o.years) {
        (Grant::AdvancedEntry { year }, Some(y)) if *year >= 2 && *year <= y => {
            f64::from(*year - 1) / f64::from(y)
        }
        _ => 0.0,
    };
    let grant_of = |r: &RecognitionRule| -> f64 {
        match &r.grant {
            Grant::Credits { ects } => ects.max(0.0),
            Grant::Exemption { modules } => o
                .modules
                .iter()
                .filter(|m| modules.contains(&m.id))
                .map(|m| m.credits.max(0.0))
                .sum(),
            Grant::AdvancedEntry { .. } => skip_of(r) * e,
        }
    };
    let counted: Vec<Counted<'a>> = rules
        .iter()
        .map(|r| Counted {
            rule: r,
            granted: grant_of(r),
            counted: 0.0,
            skip_share: skip_of(r),
            modules: Vec::new(),
            overlapped_by: None,
            cap_bit: false,
            total_bit: false,
            cap: r.cap,
            not_invoked: false,
        })
        .collect();
    // A learner does not invoke a rule whose cap would lower what the others give: try
    // leaving out the rules with the lowest caps, one cap level at a time, and keep the
    // arrangement that recognises most (ties keep more rules).
    let mut levels: Vec<f64> = counted.iter().filter_map(|c| c.cap).collect();
    levels.sort_by(f64::total_cmp);
    levels.dedup();
    let mut best = counted.clone();
    let (mut best_sum, mut best_skip, mut best_limit) = fill(&mut best, o, e);
    for &level in &levels {
        let mut trial = counted.clone();
        for c in trial.iter_mut() {
            c.not_invoked = c.cap.is_some_and(|cap| cap <= level);
        }
        let (sum, skip, limit) = fill(&mut trial, o, e);
        let better = if e > 0.0 {
            sum > best_sum + 1e-9
        } else {
            skip > best_skip + 1e-9
        };
        if better {
            (best, best_sum, best_skip, best_limit) = (trial, sum, skip, limit);
        }
    }
    let (counted, sum, skip_share, cap_limit) = (best, best_sum, best_skip, best_limit);
    let share = if e > 0.0 {
        (sum / e).clamp(0.0, 1.0)
    } else {
        skip_share.clamp(0.0, 1.0)
    };
    let months = round6((o.months_or_zero() * (1.0 - share)).max(0.0));
    let cost = round6(ctx.ds.offer_eur(t).unwrap_or(0.0) * (1.0 - share));
    let sum = round6(sum);
    let uncertain = o.kind == OfferKind::ValidationProcedure
        || counted.iter().any(|c| {
            c.rule.kind == RecognitionKind::Individual && (c.counted > 0.0 || c.skip_share > 0.0)
        });
    Effect {
        credits: e,
        recognised: sum,
        months,
        cost_eur: cost.max(0.0),
        uncertain,
        counted,
        cap_limit,
    }
}

/// Overlaps, module union, cap and total for the rules not marked `not_invoked`; fills in
/// each rule's `counted` and returns (recognised ECTS, skipped share, cap limit in ECTS).
fn fill<'a>(
    counted: &mut [Counted<'a>],
    o: &'a crate::model::Offer,
    e: f64,
) -> (f64, f64, Option<f64>) {
    // Overlap groups: the largest grant wins; ties go to the smallest id (first in order).
    for i in 0..counted.len() {
        if counted[i].not_invoked {
            continue;
        }
        let Some(g) = counted[i].rule.overlap_group.as_deref() else {
            continue;
        };
        let winner = (0..counted.len())
            .filter(|&j| {
                !counted[j].not_invoked && counted[j].rule.overlap_group.as_deref() == Some(g)
            })
            .fold(None::<usize>, |best, j| match best {
                Some(b) if counted[b].granted >= counted[j].granted => Some(b),
                _ => Some(j),
            });
        if let Some(w) = winner {
            if w != i {
                counted[i].overlapped_by = Some(counted[w].rule.id.as_str());
            }
        }
    }
    let cap_limit = counted
        .iter()
        .filter(|c| c.overlapped_by.is_none() && !c.not_invoked)
        .filter_map(|c| c.cap)
        .map(|cap| cap.clamp(0.0, 1.0) * e)
        .fold(None, |acc: Option<f64>, x| {
            Some(acc.map_or(x, |a| a.min(x)))
        });
    let mut used_modules: Vec<&str> = Vec::new();
    let mut sum = 0.0;
    let mut capped_sum = 0.0;
    let mut skip_share: f64 = 0.0;
    for c in counted.iter_mut() {
        if c.overlapped_by.is_some() || c.not_invoked {
            continue;
        }
        let mut eff = c.granted;
        if let Grant::Exemption { modules } = &c.rule.grant {
            eff = 0.0;
            for m in o.modules.iter().filter(|m| modules.contains(&m.id)) {
                if !used_modules.contains(&m.id.as_str()) {
                    used_modules.push(&m.id);
                    c.modules.push(m.id.clone());
                    eff += m.credits.max(0.0);
                }
            }
        }
        let total_room = (e - sum).max(0.0);
        // A cap limits what the capped rules give together; rules without a cap (a
        // transfer between higher-education programmes, say) are not limited by it.
        let cap_room = match (c.cap, cap_limit) {
            (Some(_), Some(cl)) => Some((cl - capped_sum).max(0.0)),
            _ => None,
        };
        let room = cap_room.map_or(total_room, |r| r.min(total_room));
        if eff > room + 1e-9 {
            if cap_room.is_some_and(|r| r < total_room) {
                c.cap_bit = true;
            } else {
                c.total_bit = true;
            }
            eff = room;
        }
        c.counted = eff;
        sum += eff;
        if c.cap.is_some() {
            capped_sum += eff;
        }
        if c.skip_share > 0.0 {
            skip_share = skip_share.max(c.skip_share);
        }
    }
    (sum, skip_share, cap_limit)
}
