//! The explore question and its answer: what a learner asks without a goal (profile,
//! limits, a filter over destinations) and every destination found, with its best route.
//! The exchange types of [`super::explore`], apart from the search that answers them.

use super::super::context::Ctx;
use super::super::{
    default_criteria, default_rank, Basis, Constraints, Criterion, Figures, Goal, Msg, Preferences,
    Profile, Query, WhatIf, DEFAULT_K,
};
use crate::dataset::Idx;
use crate::model::{Mode, OfferKind};
use serde::{Deserialize, Serialize};

/// Steps of a route explore looks at unless the constraints set `max_steps`: "where can my
/// diploma take me" is about the next qualifications, not six-step detours.
pub const DEFAULT_EXPLORE_STEPS: u8 = 3;
/// Partial routes kept per depth (the best by the ranking criterion).
pub const EXPLORE_BEAM: usize = 3000;

/// The part of education an offer belongs to, for grouping destinations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Vet,
    HigherEducation,
    AdultLearning,
    MicroCredential,
}

impl Sector {
    pub const ALL: [Sector; 4] = [
        Sector::Vet,
        Sector::HigherEducation,
        Sector::AdultLearning,
        Sector::MicroCredential,
    ];
    pub fn of(kind: OfferKind) -> Sector {
        match kind {
            OfferKind::VetQualification | OfferKind::Apprenticeship => Sector::Vet,
            OfferKind::ShortCycleHe
            | OfferKind::Bachelor
            | OfferKind::Master
            | OfferKind::Doctorate
            | OfferKind::HeModule => Sector::HigherEducation,
            OfferKind::AdultCourse | OfferKind::ValidationProcedure => Sector::AdultLearning,
            OfferKind::MicroCredential => Sector::MicroCredential,
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Sector::Vet => "vet",
            Sector::HigherEducation => "higher_education",
            Sector::AdultLearning => "adult_learning",
            Sector::MicroCredential => "micro_credential",
        }
    }
    pub fn parse(s: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|x| x.key() == s)
    }
}

/// Which destinations to list (every part that is set must hold).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ExploreFilter {
    /// EQF levels; empty = any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eqf: Vec<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Sector>,
    /// ISCED-F prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<Mode>,
}

impl ExploreFilter {
    pub(super) fn keeps(&self, d: &Destination) -> bool {
        self.keeps_parts(
            d.eqf,
            d.sector,
            d.field.as_deref(),
            d.country.as_deref(),
            &d.languages,
            &d.modes,
        )
    }

    pub(crate) fn keeps_offer(&self, ctx: &Ctx, o: Idx) -> bool {
        let offer = ctx.offer(o);
        self.keeps_parts(
            offer.eqf,
            Sector::of(offer.kind),
            offer.field.as_deref(),
            ctx.ds.offer_country(offer),
            &offer.languages,
            &offer.modes,
        )
    }

    fn keeps_parts(
        &self,
        eqf: Option<u8>,
        sector: Sector,
        field: Option<&str>,
        country: Option<&str>,
        languages: &[String],
        modes: &[Mode],
    ) -> bool {
        (self.eqf.is_empty() || eqf.is_some_and(|e| self.eqf.contains(&e)))
            && (self.sectors.is_empty() || self.sectors.contains(&sector))
            && self
                .field
                .as_deref()
                .is_none_or(|f| field.is_some_and(|x| x.starts_with(f)))
            && (self.countries.is_empty()
                || country.is_some_and(|c| self.countries.iter().any(|x| x == c)))
            && (self.languages.is_empty() || languages.iter().any(|l| self.languages.contains(l)))
            && (self.modes.is_empty() || modes.iter().any(|x| self.modes.contains(x)))
    }
}

/// The learner, the limits and how to rank: a route query without a goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExploreQuery {
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub constraints: Constraints,
    #[serde(default)]
    pub preferences: Preferences,
    #[serde(default = "default_criteria")]
    pub criteria: Vec<Criterion>,
    #[serde(default = "default_rank")]
    pub rank_by: Criterion,
    #[serde(default)]
    pub basis: Basis,
    #[serde(default)]
    pub filter: ExploreFilter,
    /// Order of the list: `None` by usefulness (see [`Destination::usefulness`]), else by
    /// this criterion of each destination's best route.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Criterion>,
    pub today: String,
}

impl ExploreQuery {
    pub fn new(profile: Profile, today: &str) -> ExploreQuery {
        ExploreQuery {
            profile,
            constraints: Constraints::default(),
            preferences: Preferences::default(),
            criteria: default_criteria(),
            rank_by: default_rank(),
            basis: Basis::default(),
            filter: ExploreFilter::default(),
            sort: None,
            today: today.to_string(),
        }
    }

    /// The route query for one destination: what the app runs when a destination is opened.
    pub fn route_to(&self, offer: &str) -> Query {
        let mut q = self.as_query();
        q.goal = Goal::Offer {
            offer: offer.to_string(),
        };
        q
    }

    pub(super) fn as_query(&self) -> Query {
        let mut constraints = self.constraints.clone();
        constraints.max_steps = Some(constraints.max_steps.unwrap_or(DEFAULT_EXPLORE_STEPS));
        let mut criteria = self.criteria.clone();
        if !criteria.contains(&self.rank_by) {
            criteria.push(self.rank_by);
        }
        Query {
            profile: self.profile.clone(),
            // Ignored: `Ctx::without_goal` looks at every offer.
            goal: Goal::Match {
                field: None,
                min_eqf: None,
                kind: None,
                esco: None,
            },
            constraints,
            preferences: self.preferences.clone(),
            criteria,
            rank_by: self.rank_by,
            basis: self.basis,
            k: DEFAULT_K,
            today: self.today.clone(),
        }
    }
}

/// One place the learner can reach, with its best route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Destination {
    pub offer: String,
    /// The credential it awards.
    pub credential: String,
    pub kind: OfferKind,
    pub sector: Sector,
    pub eqf: Option<u8>,
    /// Awards a qualification (not a micro-credential or a single module).
    pub qualification: bool,
    pub field: Option<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub modes: Vec<Mode>,
    /// Offer ids of the best route by the ranking criterion, this offer last.
    pub route: Vec<String>,
    /// Figures of that route counting only binding recognition, and counting what
    /// individual assessments may add.
    pub binding: Figures,
    pub possible: Figures,
    pub unknown_months: bool,
    pub unknown_cost: bool,
    /// Steps of the route that wait on an assessment or a jury.
    pub uncertain_steps: u32,
    /// Pareto-optimal routes found to it.
    pub routes: usize,
    /// The learner can enter it now, with what they hold.
    pub open_now: bool,
    /// EQF levels above the learner's highest qualification (0 or less: no gain; always 0
    /// for what is not a qualification).
    pub levels_gained: i32,
    /// The default order: for a destination that raises the learner's level, EQF levels
    /// gained per year of the best route (binding months, at least one month), a positive
    /// number; otherwise `levels_gained` itself (0 or less), so a step sideways comes
    /// before a step down and shorter comes first among equals. `None` when the route's
    /// duration is not known.
    pub usefulness: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ExploreStats {
    /// Offers the learner can reach in the step limit, ignoring budget and duration.
    pub reachable_offers: u64,
    pub labels: u64,
    pub beam_cut: u64,
    pub truncated: bool,
    pub graph_nodes: u64,
    pub graph_edges: u64,
    /// Some credential leads back to itself through offers (see `graph::Graph::cyclic`).
    pub cyclic: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Exploration {
    /// The learner's highest EQF level among qualifications held (none: 0).
    pub current_eqf: u8,
    /// Destinations passing the filter, in the requested order.
    pub destinations: Vec<Destination>,
    /// Destinations found before the filter.
    pub unfiltered: usize,
    /// Single changes that open destinations now out of reach, most opened first.
    pub what_if: Vec<WhatIf>,
    pub notices: Vec<Msg>,
    pub stats: ExploreStats,
}
