//! The output of a route search: routes, totals and structured explanations.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A message for the UI: a key from [`super::messages`] and its arguments. Argument values
/// are ids, numbers or codes, never prose; the UI resolves ids to titles in its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub key: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl Msg {
    pub fn new(key: &str) -> Self {
        Msg {
            key: key.to_string(),
            args: BTreeMap::new(),
        }
    }
    /// Adds an argument (builder style).
    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_string(), value.to_string());
        self
    }
}

/// A problem with the query itself (not "no route").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryError {
    pub msg: Msg,
}

/// How one recognition rule counted on one step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppliedRule {
    pub rule: String,
    /// ECTS this rule contributed after overlaps and the cap.
    pub ects: f64,
    /// ECTS the rule would grant on its own.
    pub granted_ects: f64,
    /// Advanced entry year, when the rule grants one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_year: Option<u8>,
    /// Exempted module ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<String>,
    /// True when the rule is decided by individual assessment.
    pub uncertain: bool,
    /// Why it counted as it did (cap bit or not, overlap, conditions met), as messages.
    pub why: Vec<Msg>,
}

/// One step of a route: taking one offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub offer: String,
    /// Months from the route's start to this step's start.
    pub start_month: f64,
    /// Months this step takes after recognition.
    pub months: f64,
    /// Cost in EUR.
    pub cost_eur: f64,
    /// The offer's credits (ECTS).
    pub credits_ects: f64,
    /// Recognised ECTS (after caps and overlaps): prior learning plus credit carried over.
    pub recognised_ects: f64,
    /// Part of `recognised_ects` that recognises learning from before the route.
    pub prior_ects: f64,
    /// Part of `recognised_ects` earned in earlier steps of this route.
    pub carried_ects: f64,
    /// ECTS actually studied.
    pub studied_ects: f64,
    /// This step counting only binding recognition, and counting what assessments may add;
    /// the fields above are those of the plan's basis.
    pub binding: StepFigures,
    pub possible: StepFigures,
    /// Which entry requirement was met and by what (a flattened trace of the tree).
    pub entry: Vec<Msg>,
    pub recognitions: Vec<AppliedRule>,
    /// Documents, grade proofs and deadlines to prepare.
    pub prepare: Vec<Msg>,
    /// Step relies on individual assessment or a jury's decision.
    pub uncertain: bool,
    /// Why the step is uncertain and how it may end (a validation jury's full or partial
    /// award), as messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<Msg>,
    /// The offer gives no duration: `months` counts it as 0.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unknown_months: bool,
    /// An earlier step gives no duration: `start_month` is a lower bound.
    #[serde(default, skip_serializing_if = "is_false")]
    pub start_unknown: bool,
    /// The offer gives no cost (or one in a currency without a rate): `cost_eur` counts 0.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unknown_cost: bool,
    /// For a programme with completion requirements (a pathway): the modules already
    /// completed, then those left, stage by stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pathway: Vec<Msg>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One step's figures under one way of counting recognition.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct StepFigures {
    pub months: f64,
    pub cost_eur: f64,
    pub recognised_ects: f64,
}

/// A route's totals under one way of counting recognition.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct Figures {
    pub months: f64,
    pub cost_eur: f64,
    pub workload_ects: f64,
    /// Recognised prior learning.
    pub recognised_ects: f64,
    /// Credit carried over between steps of the route.
    pub carried_ects: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Totals {
    /// How recognition from individual assessments was counted for the figures below.
    pub basis: super::Basis,
    pub months: f64,
    pub cost_eur: f64,
    pub workload_ects: f64,
    /// Recognised prior learning: credentials the learner held before the route.
    pub recognised_ects: f64,
    /// Credit from credentials earned inside the route (a first step's HND, stacked
    /// micro-credentials): not prior learning, shown apart.
    pub carried_ects: f64,
    /// Only binding recognition counted (the upper end of months, the lower of credit).
    pub binding: Figures,
    /// Everything assessments may grant counted (the best case).
    pub possible: Figures,
    pub steps: usize,
    /// Steps relying on individual assessment.
    pub uncertain_steps: usize,
    /// Steps whose duration is unknown: `months` is a lower bound when this is not 0.
    #[serde(default)]
    pub unknown_months_steps: usize,
    /// Steps whose cost is unknown: `cost_eur` is a lower bound when this is not 0.
    #[serde(default)]
    pub unknown_cost_steps: usize,
}

/// How much of a total the data gives: every step's value, only some (the total is then a
/// lower bound), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    All,
    Part,
    None,
}

impl Known {
    fn of(unknown_steps: usize, steps: usize) -> Known {
        if unknown_steps == 0 {
            Known::All
        } else if unknown_steps >= steps {
            Known::None
        } else {
            Known::Part
        }
    }
}

impl Totals {
    pub fn months_known(&self) -> Known {
        Known::of(self.unknown_months_steps, self.steps)
    }

    pub fn cost_known(&self) -> Known {
        Known::of(self.unknown_cost_steps, self.steps)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// Stable id of the route within a plan (offer ids joined), for URLs and notes.
    pub id: String,
    pub steps: Vec<Step>,
    pub totals: Totals,
}

/// Why no route reaches the goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoRoute {
    /// The nearest missing conditions, most promising first.
    pub blocking: Vec<Msg>,
    /// Offer ids of reachable alternative goals close to the requested one.
    pub alternatives: Vec<String>,
}

/// What one search did: how much of the graph it looked at and where its bounds acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SearchStats {
    /// Offers that can matter for the goal (the backward walk).
    pub relevant_offers: u64,
    /// Partial routes created.
    pub labels: u64,
    pub pruned_duration: u64,
    pub pruned_budget: u64,
    /// Dropped because a finished route is better on every chosen criterion.
    pub pruned_front: u64,
    /// Dropped because another partial route with the same credentials is no worse.
    pub pruned_dominated: u64,
    /// Depths at which the beam ([`super::BEAM`] routes per step) dropped routes.
    pub beam_cut: u64,
    /// The search stopped at [`super::MAX_LABELS`] partial routes.
    pub truncated: bool,
    /// Routes that reached a goal before the Pareto filter.
    pub finished: u64,
}

impl SearchStats {
    /// A bound of the search acted: routes may exist that the plan does not show.
    pub fn cut(&self) -> bool {
        self.truncated || self.beam_cut > 0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Plan {
    /// Pareto-optimal routes ranked by the primary criterion, at most k.
    pub routes: Vec<Route>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_route: Option<NoRoute>,
    /// Things the learner should know about the answer as a whole, such as a search that
    /// stopped at one of its bounds (`notice.search_cut`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Msg>,
    pub stats: SearchStats,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_is_known_partly_known_or_unknown() {
        let t = |unknown_cost_steps, steps| Totals {
            unknown_cost_steps,
            steps,
            ..Totals::default()
        };
        assert_eq!(t(0, 3).cost_known(), Known::All);
        assert_eq!(t(1, 3).cost_known(), Known::Part);
        assert_eq!(t(3, 3).cost_known(), Known::None);
        assert_eq!(t(0, 3).months_known(), Known::All);
    }
}
