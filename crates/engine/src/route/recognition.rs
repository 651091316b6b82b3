//! Recognition arithmetic: how much of a target offer a learner's credentials cover.
//!
//! For a target with `E` ECTS, the applicable rules (all source credentials held, inside
//! their validity window on `today`, conditions met, not individual when only binding
//! recognition is counted or the learner avoids individual assessment) are taken in this
//! order:
//! 1. each grants `g`: its credits; the credits of the exempted modules; or for advanced
//!    entry into year `k` of a `y`-year offer, `(k-1)/y * E`;
//! 2. advanced entries never add up: entering year 3 already skips year 2, so of several
//!    advanced-entry rules only the one skipping most counts (ties: a binding rule before an
//!    individual assessment, then the least capped, then the smallest rule id), and
//!    it is applied first; credit rules then count against what remains, and a module of a
//!    skipped year (`Module::year < k`) is not exempted again;
//! 3. in an overlap group only the largest grant counts (ties broken as in 2);
//! 4. a module exempted by several rules counts once (for the first rule listing it);
//! 5. the rules that have a cap together give at most the strictest of their caps
//!    (`cap * E`); rules without a cap are not limited by it; an offer-wide `credit_cap`
//!    limits every rule it covers (all rules, or those recognising learning from outside
//!    higher education); everything together gives at most `E`. Rules are filled in order
//!    (binding ones before individual assessments, each in id order), so the one that
//!    crosses a limit is cut and what is certain is never displaced by what is not;
//! 6. a learner does not invoke a rule whose cap would lower the total: of the
//!    arrangements "every rule" and "leave out the rules capped at or below level c" (for
//!    each cap level c), the one recognising most is used (ties keep more rules).
//!
//! The remaining share `1 - recognised/E` scales the offer's duration and its cost (fees
//! are taken as spread evenly over the programme). An offer without credits keeps its
//! duration unless advanced entry skips years: then `(k-1)/y` of it is skipped.
//!
//! What is recognised splits into **prior learning** (every source credential held before
//! the route starts) and credit **carried over** from earlier steps of the same route.

use super::conditions::Held;
use super::context::Ctx;
use crate::dataset::Idx;
use crate::date::{parse_ymd, years_between_days};
use crate::model::{
    CapCovers, CreditCap, Grant, Module, OfferKind, RecognitionKind, RecognitionRule,
};

/// How one rule counted.
#[derive(Debug, Clone, PartialEq)]
pub struct Counted<'a> {
    pub rule: &'a RecognitionRule,
    /// ECTS the rule grants on its own.
    pub granted: f64,
    /// ECTS it contributed after overlaps, module union, caps and total.
    pub counted: f64,
    /// Share of the programme skipped by advanced entry (0 when none).
    pub skip_share: f64,
    pub modules: Vec<String>,
    /// Modules left out because advanced entry already skips their year.
    pub skipped_modules: Vec<String>,
    /// Lost to a larger rule of the same overlap group, or to a later advanced entry.
    pub overlapped_by: Option<&'a str>,
    pub cap_bit: bool,
    pub total_bit: bool,
    /// Cap that applied (share), when the rule has one.
    pub cap: Option<f64>,
    /// Covered by the target's offer-wide cap.
    pub offer_capped: bool,
    /// The offer-wide cap reduced what this rule gives.
    pub offer_cap_bit: bool,
    /// Left out: its cap would have lowered the total the other rules give.
    pub not_invoked: bool,
    /// Every source credential was held before the route: prior learning.
    pub prior: bool,
}

/// The effect of recognition on one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect<'a> {
    pub credits: f64,
    pub recognised: f64,
    /// Part of `recognised` that recognises learning from before the route.
    pub prior: f64,
    pub months: f64,
    pub cost_eur: f64,
    pub uncertain: bool,
    pub counted: Vec<Counted<'a>>,
    /// The strictest rule cap in force, as an ECTS limit.
    pub cap_limit: Option<f64>,
    /// The offer-wide cap, as an ECTS limit, when the offer states one.
    pub offer_cap: Option<(f64, &'a CreditCap)>,
    /// Progress through the offer's modules, when it has completion requirements.
    pub path: Option<super::pathway::Progress<'a>>,
}

impl Effect<'_> {
    /// Credit carried over from earlier steps of the route.
    pub fn carried(&self) -> f64 {
        round6((self.recognised - self.prior).max(0.0))
    }
}

/// Which recognition a computation counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// Only binding recognition: laws and agreements (automatic, articulation).
    Binding,
    /// Everything that may be granted, individual assessments included.
    Possible,
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
/// `start_month` months after the route starts, counting what `counting` allows.
pub fn effect<'a>(
    ctx: &Ctx<'a>,
    t: Idx,
    held: Held,
    start_month: f64,
    counting: Counting,
) -> Effect<'a> {
    let day = ctx
        .route_start
        .saturating_add((start_month * 30.44).round() as i64);
    let o = ctx.offer(t);
    let e_all = ctx.ds.offer_ects(t);
    // Modules of a pathway the learner already completed are done, not recognised: they
    // count first and recognition rules apply to what is left.
    let path = o.completion.as_ref().map(|c| {
        super::pathway::progress(o, c, |m| {
            module_credential(ctx, m).is_some_and(|ci| held.has(ci))
        })
    });
    let (done, done_prior) = path.as_ref().map_or((0.0, 0.0), |p| {
        let done = p.done_share() * e_all;
        let at_start = p
            .counted
            .iter()
            .filter(|m| {
                module_credential(ctx, m)
                    .is_some_and(|ci| ctx.start_held.binary_search(&ci).is_ok())
            })
            .count();
        (done, done * at_start as f64 / p.counted.len().max(1) as f64)
    });
    let e = (e_all - done).max(0.0);
    let offer_cap = o.credit_cap.as_ref().map(|c| (c.limit(e), c));
    let rules: Vec<(usize, &'a RecognitionRule)> = ctx
        .ds
        .rules_to_ix(t)
        .filter(|&ri| {
            counting == Counting::Possible || ctx.ds.rules[ri].kind != RecognitionKind::Individual
        })
        .filter(|&ri| applicable(ctx, ri, held, day))
        .map(|ri| (ri, &ctx.ds.rules[ri]))
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
        .map(|&(ri, r)| Counted {
            rule: r,
            granted: grant_of(r),
            counted: 0.0,
            skip_share: skip_of(r),
            modules: Vec::new(),
            skipped_modules: Vec::new(),
            overlapped_by: None,
            cap_bit: false,
            total_bit: false,
            cap: r.cap,
            offer_capped: offer_cap
                .is_some_and(|(_, c)| c.covers == CapCovers::All || ctx.ds.rule_outside_he(ri)),
            offer_cap_bit: false,
            not_invoked: false,
            prior: ctx
                .ds
                .rule_from(ri)
                .iter()
                .all(|ci| ctx.start.contains_key(ci)),
        })
        .collect();
    // A learner does not invoke a rule whose cap would lower what the others give: try
    // leaving out the rules with the lowest caps, one cap level at a time, and keep the
    // arrangement that recognises most (ties keep more rules).
    let mut levels: Vec<f64> = counted.iter().filter_map(|c| c.cap).collect();
    crate::order::sort_by(&mut levels, f64::total_cmp);
    levels.dedup();
    let offer_limit = offer_cap.map(|(l, _)| l);
    let mut best = counted.clone();
    let (mut best_sum, mut best_skip, mut best_limit) = fill(&mut best, o, e, offer_limit);
    for &level in &levels {
        let mut trial = counted.clone();
        for c in trial.iter_mut() {
            c.not_invoked = c.cap.is_some_and(|cap| cap <= level);
        }
        let (sum, skip, limit) = fill(&mut trial, o, e, offer_limit);
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
    let share = if e_all > 0.0 {
        (sum + done) / e_all
    } else {
        path.as_ref()
            .map_or(0.0, |p| p.done_share())
            .max(skip_share)
    }
    .clamp(0.0, 1.0);
    let months = round6((o.months_or_zero() * (1.0 - share)).max(0.0));
    let cost = round6(ctx.ds.offer_eur(t).unwrap_or(0.0) * (1.0 - share));
    let prior = round6(
        counted
            .iter()
            .filter(|c| c.prior)
            .map(|c| c.counted)
            .sum::<f64>()
            + done_prior,
    );
    let sum = round6(sum + done);
    let uncertain = o.kind == OfferKind::ValidationProcedure
        || counted.iter().any(|c| {
            c.rule.kind == RecognitionKind::Individual && (c.counted > 0.0 || c.skip_share > 0.0)
        });
    Effect {
        credits: e_all,
        recognised: sum,
        prior: prior.min(sum),
        months,
        cost_eur: cost.max(0.0),
        uncertain,
        counted,
        cap_limit,
        offer_cap,
        path,
    }
}

/// The credential whose holder has completed module `m`, as an index.
fn module_credential(ctx: &Ctx, m: &Module) -> Option<u32> {
    m.credential
        .as_deref()
        .and_then(|c| ctx.ds.credential_index(c))
        .map(|ci| ci as u32)
}

/// Overlaps, module union, caps and total for the rules not marked `not_invoked`; fills in
/// each rule's `counted` and returns (recognised ECTS, skipped share, cap limit in ECTS).
fn fill<'a>(
    counted: &mut [Counted<'a>],
    o: &'a crate::model::Offer,
    e: f64,
    offer_limit: Option<f64>,
) -> (f64, f64, Option<f64>) {
    let live = |c: &Counted| !c.not_invoked;
    // Advanced entries are one implicit group: entering year 3 already skips year 2. Of
    // two into the same year, a binding one counts before an individual assessment and an
    // uncapped (or less capped) one before a capped one: otherwise adding an assessment
    // could lower what the learner may get below what is certain.
    let individual = |c: &Counted| c.rule.kind == RecognitionKind::Individual;
    let tie_beats = |j: &Counted, b: &Counted| {
        if individual(j) != individual(b) {
            return !individual(j);
        }
        j.cap.unwrap_or(f64::INFINITY) > b.cap.unwrap_or(f64::INFINITY)
    };
    let entry_winner = (0..counted.len())
        .filter(|&j| live(&counted[j]) && counted[j].skip_share > 0.0)
        .fold(None::<usize>, |best, j| match best {
            Some(b)
                if counted[j].skip_share < counted[b].skip_share
                    || (counted[j].skip_share == counted[b].skip_share
                        && !tie_beats(&counted[j], &counted[b])) =>
            {
                Some(b)
            }
            _ => Some(j),
        });
    // Overlap groups: the largest grant wins; ties go as between advanced entries, then to
    // the smallest id (first in order). An advanced entry that another one already
    // outranks cannot win its group: each would otherwise rule the other out.
    for i in 0..counted.len() {
        if !live(&counted[i]) {
            continue;
        }
        if counted[i].skip_share > 0.0 {
            if let Some(w) = entry_winner.filter(|&w| w != i) {
                counted[i].overlapped_by = Some(counted[w].rule.id.as_str());
                continue;
            }
        }
        let Some(g) = counted[i].rule.overlap_group.as_deref() else {
            continue;
        };
        let winner = (0..counted.len())
            .filter(|&j| {
                live(&counted[j])
                    && counted[j].rule.overlap_group.as_deref() == Some(g)
                    && (counted[j].skip_share <= 0.0 || entry_winner == Some(j))
            })
            .fold(None::<usize>, |best, j| match best {
                Some(b)
                    if counted[j].granted < counted[b].granted
                        || (counted[j].granted == counted[b].granted
                            && !tie_beats(&counted[j], &counted[b])) =>
                {
                    Some(b)
                }
                _ => Some(j),
            });
        if let Some(w) = winner {
            if w != i && counted[i].overlapped_by.is_none() {
                counted[i].overlapped_by = Some(counted[w].rule.id.as_str());
            }
        }
    }
    let cap_limit = counted
        .iter()
        .filter(|c| c.overlapped_by.is_none() && live(c))
        .filter_map(|c| c.cap)
        .map(|cap| cap.clamp(0.0, 1.0) * e)
        .fold(None, |acc: Option<f64>, x| {
            Some(acc.map_or(x, |a| a.min(x)))
        });
    let entry_year = entry_winner.and_then(|w| match counted[w].rule.grant {
        Grant::AdvancedEntry { year } if counted[w].overlapped_by.is_none() => Some(year),
        _ => None,
    });
    // The advanced entry first: what it skips is gone before any credit is counted. Then
    // binding rules before individual ones, so a cap or the total is filled by what is
    // certain and an assessment only adds on top of it.
    let individual = |j: usize| counted[j].rule.kind == RecognitionKind::Individual;
    let order: Vec<usize> = entry_winner
        .into_iter()
        .chain((0..counted.len()).filter(|&j| Some(j) != entry_winner && !individual(j)))
        .chain((0..counted.len()).filter(|&j| Some(j) != entry_winner && individual(j)))
        .collect();
    let mut used_modules: Vec<&str> = Vec::new();
    let (mut sum, mut capped_sum, mut offer_capped_sum) = (0.0, 0.0, 0.0);
    let mut skip_share: f64 = 0.0;
    for i in order {
        let c = &mut counted[i];
        if c.overlapped_by.is_some() || c.not_invoked {
            continue;
        }
        let mut eff = c.granted;
        if let Grant::Exemption { modules } = &c.rule.grant {
            eff = 0.0;
            for m in o.modules.iter().filter(|m| modules.contains(&m.id)) {
                if m.year.zip(entry_year).is_some_and(|(my, ey)| my < ey) {
                    c.skipped_modules.push(m.id.clone());
                } else if !used_modules.contains(&m.id.as_str()) {
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
        let offer_room = offer_limit
            .filter(|_| c.offer_capped)
            .map(|l| (l - offer_capped_sum).max(0.0));
        let room = [cap_room, offer_room]
            .into_iter()
            .flatten()
            .fold(total_room, f64::min);
        if eff > room + 1e-9 {
            if offer_room.is_some_and(|r| r <= room + 1e-9 && r < total_room) {
                c.offer_cap_bit = true;
            } else if cap_room.is_some_and(|r| r < total_room) {
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
        if c.offer_capped {
            offer_capped_sum += eff;
        }
        if c.skip_share > 0.0 {
            skip_share = skip_share.max(c.skip_share);
        }
    }
    (sum, skip_share, cap_limit)
}
