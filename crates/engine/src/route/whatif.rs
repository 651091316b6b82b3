//! What-if: for destinations out of reach, the single change to the learner's profile that
//! would open them ("+2 years of work in ICT opens 7 programmes").
//!
//! A candidate change comes from one entry tree at a time: a tree is one change away when
//! exactly one part of an "all of" is unmet and that part is itself one change away (any
//! branch of an "any of" will do; an "at least n" needs one more). Leaves give the changes:
//! more years of work in a field, a language level, a grade on a credential already held,
//! holding a credential, a validation of prior learning in a field. A level leaf ("a
//! qualification at EQF 4 in ICT") is not one change but a route of its own; explore shows
//! the routes to such qualifications, so it is not proposed here.
//!
//! The [`MAX_CANDIDATES`] candidates that open the most offers directly are then applied to the profile and explore's reachability pass is run
//! again: what it opens is counted, not estimated, including what opens in turn from what
//! it opens, within the step limit and the constraints' filters; the destination's own
//! duration and cost must fit the limits. Entries opening the same offers as a smaller
//! change of the same kind are dropped.

use super::conditions::{met, met_ix, Held};
use super::context::Ctx;
use super::explore::{met_reached, reach_layers, ExploreQuery};
use super::{messages as m, Msg, Profile, Query};
use crate::dataset::{Cond, Idx};
use crate::model::{Cefr, Condition};
use serde::{Deserialize, Serialize};

/// Entries listed at most.
pub const MAX_WHAT_IF: usize = 12;
/// Candidate changes whose full effect is computed (those opening most offers directly).
pub const MAX_CANDIDATES: usize = 24;

/// One change to the learner's profile.
/// Read through `tagged::ChangeFields` (one pass, no buffering), written tagged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "crate::tagged::ChangeFields"
)]
pub enum Change {
    /// `more` years of work added, in `field` (or in any field when `None`).
    Work {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
        more: f64,
    },
    /// Command of `language` at `level`.
    Language { language: String, level: Cefr },
    /// A grade of at least `min` (0–100) on a credential the learner holds.
    Grade { credential: String, min: f64 },
    /// Holding `credential` (earned elsewhere, or recognised).
    Credential { credential: String },
    /// A completed validation of prior learning in `field`.
    Validated { field: String },
}

impl Change {
    /// The profile with this change made: what the app plans with when a learner tries it.
    pub fn apply(&self, p: &mut Profile) {
        match self {
            Change::Work { field, more } => p.work.push(super::Work {
                years: *more,
                field: field.clone(),
            }),
            Change::Language { language, level } => {
                let l = p.languages.entry(language.clone()).or_insert(*level);
                *l = (*l).max(*level);
            }
            Change::Grade { credential, min } => {
                for h in p.held.iter_mut().filter(|h| &h.credential == credential) {
                    h.grade = Some(h.grade.unwrap_or(0.0).max(*min));
                }
            }
            Change::Credential { credential } => {
                if !p.held.iter().any(|h| &h.credential == credential) {
                    p.held.push(super::Held {
                        credential: credential.clone(),
                        grade: None,
                        completed: None,
                    });
                }
            }
            Change::Validated { field } => {
                if !p.validated.contains(field) {
                    p.validated.push(field.clone());
                }
            }
        }
    }

    /// The change as a message ("+2 years of work in ICT").
    pub fn msg(&self) -> Msg {
        match self {
            Change::Work { field, more } => {
                let m = Msg::new(m::WHATIF_WORK).arg("years", super::conditions::fmt_num(*more));
                match field {
                    Some(f) => m.arg("field", f),
                    None => m,
                }
            }
            Change::Language { language, level } => Msg::new(m::WHATIF_LANGUAGE)
                .arg("language", language)
                .arg("min", format!("{level:?}")),
            Change::Grade { credential, min } => Msg::new(m::WHATIF_GRADE)
                .arg("credential", credential)
                .arg("min_grade", super::conditions::fmt_num(*min)),
            Change::Credential { credential } => {
                Msg::new(m::WHATIF_CREDENTIAL).arg("credential", credential)
            }
            Change::Validated { field } => Msg::new(m::WHATIF_VALIDATED).arg("field", field),
        }
    }

    /// How big the change is, to prefer the smaller of two that open the same.
    fn size(&self) -> f64 {
        match self {
            Change::Work { more, .. } => *more,
            Change::Language { level, .. } => *level as u8 as f64,
            Change::Grade { min, .. } => *min / 100.0,
            Change::Credential { .. } | Change::Validated { .. } => 0.0,
        }
    }

    /// Whoever can make `other` can make this one: work of no more years in the same or a
    /// broader field (any field is broadest), the same language at no higher level, the
    /// same credential with no higher grade, validation in the same or a broader field.
    /// Changes of different sorts, languages or credentials are not comparable: a learner
    /// who speaks English cannot use "German B2", however much more it opens.
    fn no_harder_than(&self, other: &Change) -> bool {
        let covers = |broad: Option<&str>, narrow: Option<&str>| match (broad, narrow) {
            (None, _) => true,
            (Some(b), Some(n)) => n.starts_with(b),
            (Some(_), None) => false,
        };
        match (self, other) {
            (Change::Work { field: a, more: x }, Change::Work { field: b, more: y }) => {
                x <= y && covers(a.as_deref(), b.as_deref())
            }
            (
                Change::Language {
                    language: a,
                    level: x,
                },
                Change::Language {
                    language: b,
                    level: y,
                },
            ) => a == b && x <= y,
            (
                Change::Grade {
                    credential: a,
                    min: x,
                },
                Change::Grade {
                    credential: b,
                    min: y,
                },
            ) => a == b && x <= y,
            (Change::Credential { credential: a }, Change::Credential { credential: b }) => a == b,
            (Change::Validated { field: a }, Change::Validated { field: b }) => {
                covers(Some(a), Some(b))
            }
            _ => false,
        }
    }

    fn kind(&self) -> (u8, &str) {
        match self {
            Change::Work { field, .. } => (0, field.as_deref().unwrap_or("")),
            Change::Language { language, .. } => (1, language),
            Change::Grade { credential, .. } => (2, credential),
            Change::Credential { credential } => (3, credential),
            Change::Validated { field } => (4, field),
        }
    }
}

/// A change and the offers it opens (ids, those passing the explore filter).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIf {
    pub change: Change,
    pub opens: Vec<String>,
}

enum Eval {
    Met,
    /// Any one of these changes meets the tree.
    One(Vec<Change>),
    /// More than one change is needed.
    Far,
}

/// What the tree needs given everything reachable (`held`, marked in `have` for the
/// graph's leaf answers; see `explore::met_reached`).
struct Reached<'r> {
    held: Held<'r>,
    have: &'r [bool],
    memo: Vec<u8>,
    /// [`Ctx::highest_eqf`], asked once for the whole pass.
    highest_eqf: u8,
}

fn eval(c: &Cond, ctx: &Ctx, r: &mut Reached, o: Idx, next: &mut usize) -> Eval {
    match c {
        Cond::All(all) => {
            // Every child is evaluated (no short cut) to keep the leaf count in step.
            let evals: Vec<Eval> = all.iter().map(|x| eval(x, ctx, r, o, next)).collect();
            let mut unmet = evals.into_iter().filter(|e| !matches!(e, Eval::Met));
            match (unmet.next(), unmet.next()) {
                (None, _) => Eval::Met,
                (Some(e), None) => e,
                _ => Eval::Far,
            }
        }
        Cond::Any(any) => any_of(any, 1, ctx, r, o, next),
        Cond::AtLeast(n, of) => any_of(of, *n, ctx, r, o, next),
        Cond::Credential(ci, min_grade) => {
            if met_ix(c, ctx, r.held) {
                return Eval::Met;
            }
            let Some(ci) = *ci else {
                return Eval::Far;
            };
            let credential = ctx.ds.credentials[ci as usize].id.clone();
            match min_grade {
                Some(min) if ctx.start.contains_key(&ci) => Eval::One(vec![Change::Grade {
                    credential,
                    min: *min,
                }]),
                // The grade of a credential a route would earn is not known yet.
                Some(_) if r.held.has(ci) => Eval::Far,
                // A credential some offer awards is a destination of its own (or has its
                // own what-if); one no offer awards (a school-leaving certificate, a
                // foreign diploma) is something the learner may hold and not have said.
                _ if !ctx.ds.credentials[ci as usize].awarded_by.is_empty() => Eval::Far,
                // Only credentials of the learner's own systems: a French BTS holder is not
                // asked whether they hold an Italian lower-secondary certificate.
                _ if !home_country(ctx, ci as usize) => Eval::Far,
                // Nor whether they hold a degree above what they said they hold: a school
                // certificate left unsaid is likely, a master's is not.
                _ if !plausibly_unsaid(ctx, ci as usize, r.highest_eqf) => Eval::Far,
                _ => Eval::One(vec![Change::Credential { credential }]),
            }
        }
        Cond::Leaf(leaf) => {
            let met = if matches!(leaf, Condition::Level { .. } | Condition::Validation { .. }) {
                met_reached(c, ctx, r.held, r.have, &mut r.memo, o, next)
            } else {
                met(leaf, ctx, r.held)
            };
            if met {
                return Eval::Met;
            }
            leaf_change(leaf, ctx)
        }
    }
}

fn leaf_change(leaf: &Condition, ctx: &Ctx) -> Eval {
    match leaf {
        Condition::WorkExperience { years, field } => {
            let have: f64 = ctx
                .q
                .profile
                .work
                .iter()
                .filter(|w| match field {
                    None => true,
                    Some(f) => w
                        .field
                        .as_deref()
                        .is_some_and(|h| h.starts_with(f.as_str())),
                })
                .map(|w| w.years)
                .sum();
            Eval::One(vec![Change::Work {
                field: field.clone(),
                more: ((years - have) * 10.0).ceil() / 10.0,
            }])
        }
        Condition::Language { language, min } => Eval::One(vec![Change::Language {
            language: language.clone(),
            level: *min,
        }]),
        Condition::Validation { field: Some(f) } => {
            Eval::One(vec![Change::Validated { field: f.clone() }])
        }
        _ => Eval::Far,
    }
}

/// A credential a learner may hold without having said so: at most at the level of the
/// highest qualification they named, and never above EQF 4 (upper secondary) when that is
/// lower. A credential without a level is asked about.
fn plausibly_unsaid(ctx: &Ctx, ci: usize, highest: u8) -> bool {
    ctx.ds.credentials[ci]
        .eqf
        .is_none_or(|e| e <= highest.max(4))
}

/// The credential is from a country of the learner's credentials or of their country
/// filter (any country when they give neither), or names no country.
fn home_country(ctx: &Ctx, ci: usize) -> bool {
    let Some(country) = ctx.ds.credentials[ci].country.as_deref() else {
        return true;
    };
    let mut home = ctx
        .start_held
        .iter()
        .filter_map(|&c| ctx.ds.credentials[c as usize].country.as_deref())
        .chain(ctx.q.constraints.countries.iter().map(String::as_str))
        .peekable();
    home.peek().is_none() || home.any(|h| h == country)
}

fn any_of(list: &[Cond], n: usize, ctx: &Ctx, r: &mut Reached, o: Idx, next: &mut usize) -> Eval {
    let evals: Vec<Eval> = list.iter().map(|x| eval(x, ctx, r, o, next)).collect();
    let met = evals.iter().filter(|e| matches!(e, Eval::Met)).count();
    if met >= n {
        return Eval::Met;
    }
    if met + 1 < n {
        return Eval::Far;
    }
    let mut out = Vec::new();
    for e in evals {
        if let Eval::One(cs) = e {
            for c in cs {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    if out.is_empty() {
        Eval::Far
    } else {
        Eval::One(out)
    }
}

pub(crate) fn what_if(
    ctx: &Ctx,
    eq: &ExploreQuery,
    max_steps: u8,
    layer: &[u8],
    reached: &[bool],
) -> Vec<WhatIf> {
    let ds = ctx.ds;
    // Everything the learner could earn within the step limit: a tree unmet with all of
    // it is what a change must open.
    let mut reach = ctx.start_held.clone();
    for (o, &l) in layer.iter().enumerate() {
        if l != u8::MAX {
            reach.push(ctx.award[o]);
        }
    }
    crate::order::sort(&mut reach);
    reach.dedup();
    let mut have = vec![false; ds.credentials.len()];
    for &c in &reach {
        have[c as usize] = true;
    }
    let mut r = Reached {
        held: Held::new(&reach),
        have: &have,
        memo: vec![0; ds.graph().node_count()],
        highest_eqf: ctx.highest_eqf(),
    };
    // Each candidate with the number of offers it opens directly.
    let mut candidates: Vec<(Change, usize)> = Vec::new();
    for o in 0..ds.offers.len() as Idx {
        let ou = o as usize;
        if layer[ou] != u8::MAX || !ctx.allowed[ou] {
            continue;
        }
        if ctx.start_held.binary_search(&ctx.award[ou]).is_ok() {
            continue;
        }
        let Some(entry) = ds.entry_ix(o) else {
            continue;
        };
        r.held = r.held.entering(o);
        if let Eval::One(cs) = eval(entry, ctx, &mut r, o, &mut 0) {
            for c in cs {
                match candidates.iter_mut().find(|(x, _)| *x == c) {
                    Some((_, n)) => *n += 1,
                    None => candidates.push((c, 1)),
                }
            }
        }
    }
    // Every candidate costs a reachability pass over the dataset: the ones opening most
    // directly are counted in full, the rest dropped (a 10k-offer dataset yields hundreds).
    crate::order::sort_by(&mut candidates, |a, b| {
        b.1.cmp(&a.1)
            .then(a.0.size().total_cmp(&b.0.size()))
            .then(a.0.kind().cmp(&b.0.kind()))
    });
    candidates.truncate(MAX_CANDIDATES);
    let base = eq.route_to("");
    let fits = |o: Idx| {
        let c = &base.constraints;
        c.budget_eur
            .is_none_or(|b| ds.offer_eur(o).unwrap_or(0.0) <= b + 1e-9)
            && c.max_months
                .is_none_or(|mm| ctx.offer(o).months_or_zero() <= mm + 1e-9)
    };
    let mut out: Vec<WhatIf> = Vec::new();
    for (change, _) in candidates {
        let mut q: Query = base.clone();
        change.apply(&mut q.profile);
        let Ok(ctx2) = Ctx::without_goal(ds, &q) else {
            continue;
        };
        let l2 = reach_layers(&ctx2, max_steps);
        let opens: Vec<String> = (0..ds.offers.len())
            .filter(|&o| l2[o] != u8::MAX && layer[o] == u8::MAX && !reached[o])
            .filter(|&o| fits(o as Idx) && eq.filter.keeps_offer(ctx, o as Idx))
            .map(|o| ds.offers[o].id.clone())
            .collect();
        if !opens.is_empty() {
            out.push(WhatIf { change, opens });
        }
    }
    // Most opened first; of equal reach, the smaller change; then a stable order.
    crate::order::sort_by(&mut out, |a, b| {
        b.opens
            .len()
            .cmp(&a.opens.len())
            .then(a.change.size().total_cmp(&b.change.size()))
            .then(a.change.kind().cmp(&b.change.kind()))
    });
    let mut kept: Vec<WhatIf> = Vec::new();
    for w in out {
        // Kept entries come first in the order: one that is no harder to make and opens
        // at least as much makes this one redundant.
        let same_smaller = kept.iter().any(|k| {
            k.change.no_harder_than(&w.change) && w.opens.iter().all(|o| k.opens.contains(o))
        });
        if !same_smaller {
            kept.push(w);
        }
    }
    kept.truncate(MAX_WHAT_IF);
    kept
}
