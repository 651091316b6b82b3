//! Evaluating entry-requirement trees against what a learner holds at one point of a route,
//! explaining which branch was met, and naming what is missing when none is.

use super::context::Ctx;
use super::messages as m;
use super::Msg;
use crate::model::{Condition, OfferKind};

/// What is held at one point: sorted credential indices, minus one credential that must not
/// count (the one a parallel step would be earning at the same time).
#[derive(Clone, Copy)]
pub struct Held<'h> {
    /// What the learner held at the start, shared by every partial route (sorted): a
    /// profile with thousands of credentials is stored once, not once per route.
    pub base: &'h [u32],
    /// What the route has earned so far (sorted).
    pub creds: &'h [u32],
    pub without: Option<u32>,
    /// The offer whose entry is being checked: a qualification a route earned at that
    /// offer's level or above does not meet its level requirements (see [`is_ticket`]).
    pub entering: Option<super::Idx>,
}

impl<'h> Held<'h> {
    pub fn new(creds: &'h [u32]) -> Self {
        Held {
            base: &[],
            creds,
            without: None,
            entering: None,
        }
    }
    /// The start set plus what a route earned.
    pub fn route(base: &'h [u32], earned: &'h [u32]) -> Self {
        Held {
            base,
            creds: earned,
            without: None,
            entering: None,
        }
    }
    /// The same, leaving out `c` (the award of the step a parallel step overlaps).
    pub fn without(self, c: Option<u32>) -> Self {
        Held { without: c, ..self }
    }
    /// The same, for checking the entry of offer `o`.
    pub fn entering(self, o: super::Idx) -> Self {
        Held {
            entering: Some(o),
            ..self
        }
    }
    pub fn has(&self, c: u32) -> bool {
        self.without != Some(c)
            && (self.creds.binary_search(&c).is_ok() || self.base.binary_search(&c).is_ok())
    }
}

fn field_match(have: Option<&str>, want: Option<&str>) -> bool {
    match want {
        None => true,
        Some(w) => have.is_some_and(|h| h.starts_with(w)),
    }
}

/// Years of work experience in a field (prefix match; no field counts all work).
fn work_years(ctx: &Ctx, field: Option<&str>) -> f64 {
    ctx.q
        .profile
        .work
        .iter()
        .filter(|w| field_match(w.field.as_deref(), field))
        .map(|w| w.years)
        .sum()
}

/// The credential satisfying a level leaf, lowest index first.
fn level_credential(ctx: &Ctx, held: Held, leaf: LevelLeaf) -> Option<u32> {
    let counts = |&c: &u32| {
        counts_for_level(ctx.ds, c, leaf) && held.entering.is_none_or(|o| !is_ticket(ctx, o, c))
    };
    base_first(
        ctx,
        held,
        (leaf.min_eqf, leaf.field, leaf.country, false),
        counts,
    )
}

/// Is the level leaf met by `held`?
pub fn level_met(ctx: &Ctx, held: Held, leaf: LevelLeaf) -> bool {
    level_credential(ctx, held, leaf).is_some()
}

/// A "qualification at EQF n or above [in a field] [from a country]" leaf, borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LevelLeaf<'a> {
    pub min_eqf: u8,
    pub field: Option<&'a str>,
    pub country: Option<&'a str>,
}

impl<'a> LevelLeaf<'a> {
    pub fn new(min_eqf: u8, field: &'a Option<String>, country: &'a Option<String>) -> Self {
        LevelLeaf {
            min_eqf,
            field: field.as_deref(),
            country: country.as_deref(),
        }
    }
}

/// The first credential satisfying `pred`, looking in the learner's starting credentials
/// first. A profile can list thousands of credentials, and every partial route shares
/// them: the answer for the starting set is computed once per leaf and remembered, so a
/// leaf costs the few credentials a route earned, not the whole profile.
fn base_first(
    ctx: &Ctx,
    held: Held,
    leaf: (u8, Option<&str>, Option<&str>, bool),
    pred: impl Fn(&u32) -> bool,
) -> Option<u32> {
    let shared = !held.base.is_empty() && std::ptr::eq(held.base, ctx.start_held.as_slice());
    let from_base = if shared {
        let text = |t: Option<&str>| t.map_or((0, 0), |f| (f.as_ptr() as usize, f.len()));
        let key = (leaf.0, text(leaf.1), text(leaf.2), leaf.3);
        let cached = ctx.base_leaves.borrow().get(&key).copied();
        match cached {
            Some(v) => v,
            None => {
                let v = held.base.iter().copied().find(|c| pred(c));
                ctx.base_leaves.borrow_mut().insert(key, v);
                v
            }
        }
    } else {
        held.base.iter().copied().find(|c| pred(c))
    };
    from_base.filter(|&c| held.without != Some(c)).or_else(|| {
        held.creds
            .iter()
            .copied()
            .filter(|&c| held.without != Some(c))
            .find(|c| pred(c))
    })
}

/// Is credential `c` only an entry ticket to offer `o`: a qualification the route earned
/// (the learner did not hold it at the start) in `o`'s own sector, at the level of the
/// qualification `o` awards or above, which brings no recognition into `o`? Such a
/// credential does not meet `o`'s level requirements. Without this, a learner "reaches"
/// an ICT bachelor through a six-year law degree that happens to be a Dutch EQF 6
/// qualification, or a nursing bachelor through another nursing bachelor: routes a
/// counsellor rejects at once. Still counted: a credential the entry names itself (an HNC
/// for the HND), one with a recognition rule into `o`, and one from another sector (a
/// German Techniker, EQF 6 in VET, opens a bachelor: that is permeability, not a detour).
pub fn is_ticket(ctx: &Ctx, o: super::Idx, c: u32) -> bool {
    let ds = ctx.ds;
    let info = &ds.credentials[c as usize];
    let target = &ds.credentials[ctx.award[o as usize] as usize];
    let (Some(level), Some(own)) = (info.eqf, target.eqf) else {
        return false;
    };
    let sector = super::Sector::of(ds.offers[o as usize].kind);
    info.qualification
        && target.qualification
        && level >= own
        && info
            .awarded_by
            .iter()
            .any(|&a| super::Sector::of(ds.offers[a as usize].kind) == sector)
        && ctx.start_held.binary_search(&c).is_err()
        && !ds.rules_to_ix(o).any(|ri| ds.rule_from(ri).contains(&c))
}

/// Does credential `c` count as "a qualification at EQF `min_eqf` or above in `field`"?
/// Micro-credentials and single HE modules carry a level but are not qualifications: a
/// 5-ECTS course at EQF 6 does not open a master, so they never satisfy a level leaf.
pub fn counts_for_level(ds: &crate::Dataset, c: u32, leaf: LevelLeaf) -> bool {
    let info = &ds.credentials[c as usize];
    info.qualification
        && info.eqf.is_some_and(|e| e >= leaf.min_eqf)
        && field_match(info.field.as_deref(), leaf.field)
        && leaf
            .country
            .is_none_or(|want| info.country.as_deref() == Some(want))
}

/// A validated-learning field or validation credential satisfying a validation leaf.
fn validation_met(ctx: &Ctx, held: Held, field: Option<&str>) -> bool {
    ctx.q
        .profile
        .validated
        .iter()
        .any(|v| field_match(Some(v), field))
        || base_first(ctx, held, (0, field, None, true), |&c| {
            let info = &ctx.ds.credentials[c as usize];
            info.awarded_by
                .iter()
                .any(|&o| ctx.offer(o).kind == OfferKind::ValidationProcedure)
                && field_match(info.field.as_deref(), field)
        })
        .is_some()
}

/// The grade of a credential the learner held at the start, if they gave one.
fn start_grade(ctx: &Ctx, credential: &str) -> Option<f64> {
    let ci = ctx.ds.credential_index(credential)?;
    ctx.start.get(&(ci as u32))?.grade
}

fn grade_ok(ctx: &Ctx, c: u32, min: Option<f64>) -> bool {
    match min {
        None => true,
        // Grades of credentials earned during the route are not known yet.
        Some(min) => ctx
            .start
            .get(&c)
            .and_then(|s| s.grade)
            .is_some_and(|g| g >= min),
    }
}

/// [`met`] on a compiled tree: the same answer without looking up credential ids.
pub fn met_ix(c: &crate::dataset::Cond, ctx: &Ctx, held: Held) -> bool {
    use crate::dataset::Cond;
    match c {
        Cond::All(l) => l.iter().all(|x| met_ix(x, ctx, held)),
        Cond::Any(l) => l.iter().any(|x| met_ix(x, ctx, held)),
        Cond::AtLeast(n, l) => l.iter().filter(|x| met_ix(x, ctx, held)).count() >= *n,
        Cond::Credential(ci, min_grade) => {
            ci.is_some_and(|ci| held.has(ci) && grade_ok(ctx, ci, *min_grade))
        }
        Cond::Leaf(leaf) => met(leaf, ctx, held),
    }
}

/// Is `c` met by `held`? Depth is bounded by the validator (32) and serde (128).
pub fn met(c: &Condition, ctx: &Ctx, held: Held) -> bool {
    match c {
        Condition::AllOf { all } => all.iter().all(|x| met(x, ctx, held)),
        Condition::AnyOf { any } => any.iter().any(|x| met(x, ctx, held)),
        Condition::AtLeast { n, of } => {
            of.iter().filter(|x| met(x, ctx, held)).count() >= *n as usize
        }
        Condition::Credential {
            credential,
            min_grade,
        } => ctx
            .ds
            .credential_index(credential)
            .is_some_and(|ci| held.has(ci as u32) && grade_ok(ctx, ci as u32, *min_grade)),
        Condition::Level {
            min_eqf,
            field,
            country,
        } => level_credential(ctx, held, LevelLeaf::new(*min_eqf, field, country)).is_some(),
        Condition::WorkExperience { years, field } => work_years(ctx, field.as_deref()) >= *years,
        Condition::Language { language, min } => {
            ctx.languages.get(language).is_some_and(|l| l >= min)
        }
        Condition::Validation { field } => validation_met(ctx, held, field.as_deref()),
    }
}

/// Messages for the branch of `c` that is met (call only when [`met`] is true).
pub fn explain(c: &Condition, ctx: &Ctx, held: Held, out: &mut Vec<Msg>) {
    match c {
        Condition::AllOf { all } => all.iter().for_each(|x| explain(x, ctx, held, out)),
        Condition::AnyOf { any } => {
            if let Some(i) = any.iter().position(|x| met(x, ctx, held)) {
                if any.len() > 1 {
                    out.push(
                        Msg::new(m::ENTRY_ANY_OF)
                            .arg("chosen", i + 1)
                            .arg("of", any.len()),
                    );
                }
                explain(&any[i], ctx, held, out);
            }
        }
        Condition::AtLeast { n, of } => {
            out.push(Msg::new(m::ENTRY_AT_LEAST).arg("n", n).arg("of", of.len()));
            of.iter()
                .filter(|x| met(x, ctx, held))
                .take(*n as usize)
                .for_each(|x| explain(x, ctx, held, out));
        }
        Condition::Credential {
            credential,
            min_grade,
        } => {
            let mut msg = Msg::new(m::ENTRY_CREDENTIAL).arg("credential", credential);
            if let Some(min) = min_grade {
                msg = msg.arg("min_grade", min);
                if let Some(g) = start_grade(ctx, credential) {
                    msg = msg.arg("grade", g);
                }
            }
            out.push(msg);
        }
        Condition::Level {
            min_eqf,
            field,
            country,
        } => {
            if let Some(ci) = level_credential(ctx, held, LevelLeaf::new(*min_eqf, field, country))
            {
                let info = &ctx.ds.credentials[ci as usize];
                out.push(level_place(
                    Msg::new(m::ENTRY_LEVEL)
                        .arg("credential", &info.id)
                        .arg("eqf", info.eqf.unwrap_or(0))
                        .arg("min_eqf", min_eqf),
                    field,
                    country,
                ));
            }
        }
        Condition::WorkExperience { years, field } => {
            let mut msg =
                Msg::new(m::ENTRY_WORK).arg("years", fmt_num(work_years(ctx, field.as_deref())));
            // "Experience in the field", with no minimum (French VAE since 2022), has no
            // number to show: "0 years" would read as a requirement of nothing.
            if *years > 0.0 {
                msg = msg.arg("min_years", fmt_num(*years));
            }
            if let Some(f) = field {
                msg = msg.arg("field", f);
            }
            out.push(msg);
        }
        Condition::Language { language, min } => {
            let have = ctx
                .languages
                .get(language)
                .map(|l| format!("{l:?}"))
                .unwrap_or_default();
            out.push(
                Msg::new(m::ENTRY_LANGUAGE)
                    .arg("language", language)
                    .arg("level", have)
                    .arg("min", format!("{min:?}")),
            );
        }
        Condition::Validation { field } => {
            let mut msg = Msg::new(m::ENTRY_VALIDATION);
            if let Some(f) = field {
                msg = msg.arg("field", f);
            }
            out.push(msg);
        }
    }
}

/// The unmet leaves of `c` (for "no route": what blocks the goal), for offer `offer`.
pub fn unmet(c: &Condition, ctx: &Ctx, held: Held, offer: &str, out: &mut Vec<Msg>) {
    if met(c, ctx, held) {
        return;
    }
    match c {
        Condition::AllOf { all } => all.iter().for_each(|x| unmet(x, ctx, held, offer, out)),
        // Any one alternative would do: report the one with the fewest missing pieces and,
        // among those, the one the learner is furthest along.
        Condition::AnyOf { any: list } | Condition::AtLeast { of: list, .. } => {
            let best = list
                .iter()
                .map(|x| {
                    let mut v = Vec::new();
                    unmet(x, ctx, held, offer, &mut v);
                    (v, met_leaves(x, ctx, held))
                })
                .filter(|(v, _)| !v.is_empty())
                .min_by_key(|(v, done)| (v.len(), std::cmp::Reverse(*done)));
            out.extend(best.map(|(v, _)| v).unwrap_or_default());
        }
        Condition::Credential {
            credential,
            min_grade,
        } => {
            let held_it = ctx
                .ds
                .credential_index(credential)
                .is_some_and(|ci| held.has(ci as u32));
            if held_it {
                let mut msg = Msg::new(m::BLOCK_GRADE)
                    .arg("offer", offer)
                    .arg("credential", credential)
                    .arg("min_grade", min_grade.unwrap_or(0.0));
                if let Some(g) = start_grade(ctx, credential) {
                    msg = msg.arg("grade", g);
                }
                out.push(msg);
            } else if ctx
                .ds
                .credential_index(credential)
                .is_none_or(|ci| ctx.ds.credentials[ci].awarded_by.is_empty())
            {
                // Nothing in the data leads to it: no constraint of the learner's is to blame.
                out.push(
                    Msg::new(m::BLOCK_NOT_OFFERED)
                        .arg("offer", offer)
                        .arg("credential", credential),
                );
            } else {
                out.push(
                    Msg::new(m::BLOCK_CREDENTIAL)
                        .arg("offer", offer)
                        .arg("credential", credential),
                );
            }
        }
        Condition::Level {
            min_eqf,
            field,
            country,
        } => {
            out.push(level_place(
                Msg::new(m::BLOCK_LEVEL)
                    .arg("offer", offer)
                    .arg("min_eqf", min_eqf),
                field,
                country,
            ));
        }
        Condition::WorkExperience { years, field } => {
            let mut msg = Msg::new(m::BLOCK_WORK)
                .arg("offer", offer)
                .arg("years", fmt_num(*years))
                .arg("have", fmt_num(work_years(ctx, field.as_deref())));
            if let Some(f) = field {
                msg = msg.arg("field", f);
            }
            out.push(msg);
        }
        Condition::Language { language, min } => {
            let mut msg = Msg::new(m::BLOCK_LANGUAGE)
                .arg("offer", offer)
                .arg("language", language)
                .arg("min", format!("{min:?}"));
            if let Some(l) = ctx.languages.get(language) {
                msg = msg.arg("have", format!("{l:?}"));
            }
            out.push(msg);
        }
        Condition::Validation { field } => {
            let mut msg = Msg::new(m::BLOCK_VALIDATION).arg("offer", offer);
            if let Some(f) = field {
                msg = msg.arg("field", f);
            }
            out.push(msg);
        }
    }
}

/// Number of leaves of `c` that are met, a measure of how close a branch is.
fn met_leaves(c: &Condition, ctx: &Ctx, held: Held) -> usize {
    match c {
        Condition::AllOf { all: l }
        | Condition::AnyOf { any: l }
        | Condition::AtLeast { of: l, .. } => l.iter().map(|x| met_leaves(x, ctx, held)).sum(),
        leaf => usize::from(met(leaf, ctx, held)),
    }
}

/// Credentials (by index) that could help meet `c`, for the backward relevance pass.
/// Level and validation leaves are answered by the caller, which knows the candidates.
pub fn mentioned(c: &Condition, ctx: &Ctx, out: &mut Leaves) {
    match c {
        Condition::AllOf { all: l }
        | Condition::AnyOf { any: l }
        | Condition::AtLeast { of: l, .. } => l.iter().for_each(|x| mentioned(x, ctx, out)),
        Condition::Credential { credential, .. } => {
            if let Some(ci) = ctx.ds.credential_index(credential) {
                out.creds.push(ci as u32);
            }
        }
        Condition::Level {
            min_eqf,
            field,
            country,
        } => out.levels.push((*min_eqf, field.clone(), country.clone())),
        Condition::Validation { field } => out.validations.push(field.clone()),
        Condition::WorkExperience { .. } | Condition::Language { .. } => {}
    }
}

#[derive(Default)]
pub struct Leaves {
    pub creds: Vec<u32>,
    pub levels: Vec<(u8, Option<String>, Option<String>)>,
    pub validations: Vec<Option<String>>,
}

/// Numbers in messages: integers without a fraction, others with at most one decimal.
pub fn fmt_num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{:.1}", v)
    }
}

/// A level requirement's message with the field and the country it names, when it names
/// them (the catalogue's optional parts show only then).
fn level_place(msg: Msg, field: &Option<String>, country: &Option<String>) -> Msg {
    let msg = match field {
        Some(f) => msg.arg("field", f),
        None => msg,
    };
    match country {
        Some(c) => msg.arg("country", c),
        None => msg,
    }
}
