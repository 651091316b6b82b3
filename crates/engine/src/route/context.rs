//! What one query needs at hand during the search: the learner's starting facts, the
//! offers the constraints allow, the goal offers, and "today".

use super::messages as m;
use super::{Goal, Msg, Query, QueryError};
use crate::dataset::{Dataset, Idx};
use crate::date::parse_ymd;
use crate::model::{Cefr, Offer, OfferKind};
use std::collections::BTreeMap;

/// A credential the learner holds at the start, with what is known about it.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    pub grade: Option<f64>,
    /// Day number of completion.
    pub completed: Option<i64>,
}

/// (min EQF, field text, country text, validation?): text as (address, length), so a
/// lookup allocates nothing; the dataset's texts do not move while a query runs.
pub type BaseLeafKey = (u8, (usize, usize), (usize, usize), bool);

pub struct Ctx<'a> {
    pub ds: &'a Dataset,
    pub q: &'a Query,
    pub today: i64,
    /// Day the route starts: `earliest_start` when later than today.
    pub route_start: i64,
    /// Some rule's applicability depends on the date (expiry, time since completion), so
    /// an earlier step start can change what a later step recognises.
    pub dated_rules: bool,
    /// Credential index -> starting facts, for credentials held at the start.
    pub start: BTreeMap<u32, Start>,
    /// Sorted credential indices held at the start.
    pub start_held: Vec<u32>,
    /// `allowed[i]`: offer i passes the country/region/language/mode/support filters.
    pub allowed: Vec<bool>,
    /// Goal offers, ascending.
    pub goals: Vec<Idx>,
    /// Offer index -> index of the credential it awards.
    pub award: &'a [u32],
    pub languages: &'a BTreeMap<String, Cefr>,
    /// Level and validation leaves answered for the starting credentials, keyed by
    /// See `conditions::base_first`.
    pub base_leaves: std::cell::RefCell<crate::fxhash::FxHashMap<BaseLeafKey, Option<u32>>>,
}

fn err(key: &str) -> QueryError {
    QueryError { msg: Msg::new(key) }
}

fn bad(field: &str, value: impl ToString) -> QueryError {
    QueryError {
        msg: Msg::new(m::ERR_BAD_CONSTRAINT)
            .arg("field", field)
            .arg("value", value),
    }
}

fn finite_non_negative(v: f64) -> bool {
    v.is_finite() && v >= 0.0
}

impl<'a> Ctx<'a> {
    /// Checks the query against the dataset and prepares the search context.
    pub fn new(ds: &'a Dataset, q: &'a Query) -> Result<Self, QueryError> {
        Self::build(ds, q, true)
    }

    /// The same checks and facts without goal offers: exploring looks at every offer, and
    /// its query's goal is ignored.
    pub fn without_goal(ds: &'a Dataset, q: &'a Query) -> Result<Self, QueryError> {
        Self::build(ds, q, false)
    }

    fn build(ds: &'a Dataset, q: &'a Query, with_goal: bool) -> Result<Self, QueryError> {
        if ds.offers.is_empty() {
            return Err(err(m::ERR_EMPTY_DATASET));
        }
        let today = parse_ymd(&q.today).ok_or_else(|| QueryError {
            msg: Msg::new(m::ERR_BAD_DATE).arg("value", &q.today),
        })?;
        let c = &q.constraints;
        if let Some(v) = c.max_months {
            if !finite_non_negative(v) {
                return Err(bad("max_months", v));
            }
        }
        if let Some(v) = c.budget_eur {
            if !finite_non_negative(v) {
                return Err(bad("budget_eur", v));
            }
        }
        if let Some(d) = &c.earliest_start {
            if parse_ymd(d).is_none() {
                return Err(QueryError {
                    msg: Msg::new(m::ERR_BAD_DATE).arg("value", d),
                });
            }
        }
        if q.k == 0 {
            return Err(bad("k", 0));
        }
        if q.criteria.is_empty() {
            return Err(bad("criteria", "[]"));
        }
        if c.max_steps == Some(0) {
            return Err(bad("max_steps", 0));
        }
        for w in &q.profile.work {
            if !finite_non_negative(w.years) {
                return Err(bad("work.years", w.years));
            }
            // A field the engine does not know would silently count as "no experience".
            if let Some(f) = &w.field {
                if !crate::codes::is_isced_f(f) {
                    return Err(bad("work.field", f));
                }
            }
        }
        let mut start = BTreeMap::new();
        for h in &q.profile.held {
            let ci = ds
                .credential_index(&h.credential)
                .ok_or_else(|| QueryError {
                    msg: Msg::new(m::ERR_UNKNOWN_CREDENTIAL).arg("id", &h.credential),
                })?;
            if let Some(g) = h.grade {
                if !(0.0..=100.0).contains(&g) {
                    return Err(bad("grade", g));
                }
            }
            let completed = match &h.completed {
                Some(d) => Some(parse_ymd(d).ok_or_else(|| QueryError {
                    msg: Msg::new(m::ERR_BAD_DATE).arg("value", d),
                })?),
                None => None,
            };
            start.insert(
                ci as u32,
                Start {
                    grade: h.grade,
                    completed,
                },
            );
        }
        let award = ds.awards();
        let allowed: Vec<bool> = ds.offers.iter().map(|o| allowed(ds, q, o)).collect();
        let goals: Vec<Idx> = match &q.goal {
            _ if !with_goal => Vec::new(),
            Goal::Offer { offer } => vec![ds.offer_index(offer).ok_or_else(|| QueryError {
                msg: Msg::new(m::ERR_UNKNOWN_OFFER).arg("id", offer),
            })?],
            Goal::Credential { credential } => {
                let ci = ds.credential_index(credential).ok_or_else(|| QueryError {
                    msg: Msg::new(m::ERR_UNKNOWN_CREDENTIAL).arg("id", credential),
                })?;
                let mut g = ds.credentials[ci].awarded_by.clone();
                crate::order::sort(&mut g);
                g
            }
            Goal::Match {
                field,
                min_eqf,
                kind,
                esco,
            } => {
                if field.is_none() && min_eqf.is_none() && kind.is_none() && esco.is_none() {
                    return Err(bad("goal", "empty"));
                }
                (0..ds.offers.len() as Idx)
                    .filter(|&i| {
                        let o = &ds.offers[i as usize];
                        field.as_ref().is_none_or(|f| {
                            o.field
                                .as_deref()
                                .is_some_and(|of| of.starts_with(f.as_str()))
                        }) && min_eqf.is_none_or(|e| o.eqf.is_some_and(|oe| oe >= e))
                            && kind.is_none_or(|k| o.kind == k)
                            && esco.as_ref().is_none_or(|u| o.esco.iter().any(|x| x == u))
                    })
                    .collect()
            }
        };
        if goals.is_empty() && with_goal {
            return Err(err(m::ERR_GOAL_MATCHES_NOTHING));
        }
        let start_held: Vec<u32> = start.keys().copied().collect();
        Ok(Ctx {
            ds,
            q,
            today,
            route_start: c
                .earliest_start
                .as_deref()
                .and_then(parse_ymd)
                .map_or(today, |d| d.max(today)),
            dated_rules: ds.has_dated_rules(),
            start,
            start_held,
            allowed,
            goals,
            award,
            languages: &q.profile.languages,
            base_leaves: Default::default(),
        })
    }

    /// The learner's highest EQF level among the qualifications they hold (none: 0).
    pub fn highest_eqf(&self) -> u8 {
        self.start_held
            .iter()
            .filter_map(|&c| {
                let i = &self.ds.credentials[c as usize];
                i.eqf.filter(|_| i.qualification)
            })
            .max()
            .unwrap_or(0)
    }

    pub fn offer(&self, i: Idx) -> &'a Offer {
        &self.ds.offers[i as usize]
    }

    pub fn is_goal(&self, i: Idx) -> bool {
        self.goals.binary_search(&i).is_ok()
    }

    /// Why offer `i` is filtered out, as a constraint name for BLOCK_CONSTRAINT.
    pub fn blocked_by(&self, i: Idx) -> Option<&'static str> {
        blocked_by(self.ds, self.q, self.offer(i))
    }
}

fn allowed(ds: &Dataset, q: &Query, o: &Offer) -> bool {
    blocked_by(ds, q, o).is_none()
}

fn blocked_by(ds: &Dataset, q: &Query, o: &Offer) -> Option<&'static str> {
    let c = &q.constraints;
    // Looked up only when a filter needs it: this runs for every offer on every query.
    let provider = if c.countries.is_empty() && c.regions.is_empty() {
        None
    } else {
        ds.provider(&o.provider)
    };
    if !c.countries.is_empty()
        && !provider
            .and_then(|p| p.country.as_ref())
            .is_some_and(|pc| c.countries.iter().any(|x| x == pc))
    {
        return Some("country");
    }
    if !c.regions.is_empty()
        && !provider
            .and_then(|p| p.nuts.as_deref())
            .is_some_and(|n| c.regions.iter().any(|r| n.starts_with(r.as_str())))
    {
        return Some("region");
    }
    if !c.languages.is_empty() && !o.languages.iter().any(|l| c.languages.contains(l)) {
        return Some("language");
    }
    if !c.modes.is_empty() && !o.modes.iter().any(|md| c.modes.contains(md)) {
        return Some("mode");
    }
    // Validation procedures assess what a learner already knows; they are not "support".
    if q.preferences.needs_support
        && !o.support.fewer_opportunities
        && o.kind != OfferKind::ValidationProcedure
    {
        return Some("support");
    }
    None
}
