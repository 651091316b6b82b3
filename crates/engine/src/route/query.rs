//! What the learner holds and wants: the input of a route search. Serde types, so a query
//! can come from a profile file (CLI), the URL (UI) or a saved session.

use crate::model::{Cefr, Mode, OfferKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A credential the learner holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Held {
    pub credential: String,
    /// 0–100, higher is better (the dataset's normalised scale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<f64>,
    /// Completion date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Work {
    pub years: f64,
    /// ISCED-F field of the work, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default)]
    pub held: Vec<Held>,
    /// ISCED-F fields in which prior learning has been validated (e.g. after a VAE/EVC).
    #[serde(default)]
    pub validated: Vec<String>,
    #[serde(default)]
    pub work: Vec<Work>,
    /// ISO 639-1 -> CEFR level.
    #[serde(default)]
    pub languages: BTreeMap<String, Cefr>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Constraints {
    /// Maximum total duration of the route, months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_months: Option<f64>,
    /// Maximum total cost in EUR (other currencies converted, see `route::money`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_eur: Option<f64>,
    /// ISO 3166-1 alpha-2 codes; empty = any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// NUTS prefixes; empty = any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Languages of instruction the learner accepts (ISO 639-1); empty = any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Every step must offer at least one of these modes; empty = any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<Mode>,
    /// YYYY-MM-DD; the route starts no earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest_start: Option<String>,
    /// Upper bound on steps (the search is bounded anyway; default 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_steps: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    /// Do not rely on recognition decided by individual assessment.
    #[serde(default)]
    pub avoid_individual: bool,
    /// Rank routes with a mobility component first among equals.
    #[serde(default)]
    pub prefer_mobility: bool,
    /// Only offers flagged with support for learners with fewer opportunities.
    #[serde(default)]
    pub needs_support: bool,
}

/// Where the learner wants to go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Goal {
    /// A specific offer (by id).
    Offer { offer: String },
    /// A credential, whoever awards it: every offer awarding it competes, validation
    /// procedures included ("I want a BTS", not one BTS programme).
    Credential { credential: String },
    /// Any offer matching every given attribute.
    Match {
        /// ISCED-F prefix.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_eqf: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<OfferKind>,
        /// ESCO occupation or skill URI the offer lists.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        esco: Option<String>,
    },
}

/// A route criterion. All are minimised; `Recognised` is minimised as its negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Duration,
    Cost,
    Workload,
    Recognised,
    Steps,
    Uncertainty,
}

impl Criterion {
    pub const ALL: [Criterion; 6] = [
        Criterion::Duration,
        Criterion::Cost,
        Criterion::Workload,
        Criterion::Recognised,
        Criterion::Steps,
        Criterion::Uncertainty,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Duration => "duration",
            Criterion::Cost => "cost",
            Criterion::Workload => "workload",
            Criterion::Recognised => "recognised",
            Criterion::Steps => "steps",
            Criterion::Uncertainty => "uncertainty",
        }
    }
}

/// How recognition that depends on an individual assessment is counted when routes are
/// ranked, pruned and held against a budget or a duration limit. Every route shows both
/// ends of the range whatever the basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Only binding recognition (laws, agreements): a plan that holds whatever an
    /// assessment decides. The default, because a learner commits money and years to it.
    #[default]
    Binding,
    /// The middle of the range between binding and possible.
    Expected,
    /// Everything individual assessments may grant: the best case.
    Possible,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Binding, Basis::Expected, Basis::Possible];
    pub fn key(self) -> &'static str {
        match self {
            Basis::Binding => "binding",
            Basis::Expected => "expected",
            Basis::Possible => "possible",
        }
    }
    pub fn parse(s: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.key() == s)
    }
}

/// The Pareto criteria when the query names none: duration, cost and workload, the three a
/// learner trades against each other.
pub fn default_criteria() -> Vec<Criterion> {
    vec![Criterion::Duration, Criterion::Cost, Criterion::Workload]
}
/// Routes shown when the query does not say.
pub const DEFAULT_K: usize = 10;
fn default_k() -> usize {
    DEFAULT_K
}
/// How routes are ranked when the query does not say: one default for the CLI, the app
/// and explore.
pub fn default_rank() -> Criterion {
    Criterion::Duration
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Query {
    #[serde(default)]
    pub profile: Profile,
    pub goal: Goal,
    #[serde(default)]
    pub constraints: Constraints,
    #[serde(default)]
    pub preferences: Preferences,
    /// Criteria of the Pareto comparison (default: duration, cost, workload).
    #[serde(default = "default_criteria")]
    pub criteria: Vec<Criterion>,
    /// Primary criterion for ranking the Pareto set.
    #[serde(default = "default_rank")]
    pub rank_by: Criterion,
    /// How individual-assessment recognition counts for ranking (default: binding only).
    #[serde(default)]
    pub basis: Basis,
    /// At most this many routes (default 10).
    #[serde(default = "default_k")]
    pub k: usize,
    /// "Today" (YYYY-MM-DD) for rule validity and time since completion. Passed in, never
    /// read from a clock, so results are deterministic.
    pub today: String,
}

impl Query {
    /// A query with the engine's defaults for everything but the learner, the goal and
    /// today: the CLI, the app and saved sessions all start here, so the same learner and
    /// goal give the same routes everywhere.
    pub fn new(profile: Profile, goal: Goal, today: &str) -> Query {
        Query {
            profile,
            goal,
            constraints: Constraints::default(),
            preferences: Preferences::default(),
            criteria: default_criteria(),
            rank_by: default_rank(),
            basis: Basis::default(),
            k: DEFAULT_K,
            today: today.to_string(),
        }
    }

    /// The Pareto criteria the search uses: the chosen ones plus the ranking criterion
    /// (a route best on what the user ranks by is never dropped as dominated).
    pub fn pareto_criteria(&self) -> Vec<Criterion> {
        let mut cs = self.criteria.clone();
        if !cs.contains(&self.rank_by) {
            cs.push(self.rank_by);
        }
        cs
    }
}
