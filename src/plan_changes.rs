//! Every change a learner or counsellor makes to the plan, as a method of [`PlanState`]:
//! the components call these and never write its fields, so what a change resets (the
//! chosen route when the goal changes, for instance) is decided once, here, and tested
//! natively.

use crate::state::PlanState;
use pathways_engine::route::{Basis, Change, Criterion, Held};
use pathways_engine::Cefr;

impl PlanState {
    /// Adds a qualification the learner holds (once).
    pub fn add_held(&mut self, credential: &str) {
        if !self.held.iter().any(|h| h.credential == credential) {
            self.held.push(Held {
                credential: credential.to_string(),
                grade: None,
                completed: None,
            });
        }
    }

    /// Removes the `i`th qualification (nothing when there is none: a stale click).
    pub fn remove_held(&mut self, i: usize) {
        if i < self.held.len() {
            self.held.remove(i);
        }
    }

    /// The grade (0–100) of the `i`th qualification; anything else clears it.
    pub fn set_grade(&mut self, i: usize, grade: Option<f64>) {
        if let Some(h) = self.held.get_mut(i) {
            h.grade = grade.filter(|g| (0.0..=100.0).contains(g));
        }
    }

    /// When the `i`th qualification was completed (YYYY-MM-DD); empty clears it.
    pub fn set_completed(&mut self, i: usize, date: &str) {
        if let Some(h) = self.held.get_mut(i) {
            h.completed = (!date.is_empty()).then(|| date.to_string());
        }
    }

    /// Years of work: 0 to 60, anything else counts as none.
    pub fn set_work_years(&mut self, years: Option<f64>) {
        self.work_years = years.filter(|y| (0.0..=60.0).contains(y)).unwrap_or(0.0);
    }

    /// The ISCED-F field of that work ("" for any field).
    pub fn set_work_field(&mut self, field: &str) {
        self.work_field = field.to_string();
    }

    /// A language the learner speaks, or a new level for one already there.
    pub fn set_language(&mut self, code: &str, level: Cefr) {
        self.languages.insert(code.to_string(), level);
    }

    pub fn remove_language(&mut self, code: &str) {
        self.languages.remove(code);
    }

    /// Opens the routes to one destination (from explore, the goal search, an
    /// alternative, or a host page): any earlier choice of route was for another goal.
    pub fn choose_destination(&mut self, offer: &str) {
        self.goal = Some(offer.to_string());
        self.goal_credential = None;
        self.chosen = None;
        self.explore = false;
    }

    /// Plans towards a credential, whoever awards it ("a BTS").
    pub fn choose_credential(&mut self, credential: &str) {
        self.goal = None;
        self.goal_credential = Some(credential.to_string());
        self.chosen = None;
        self.explore = false;
    }

    /// The learner chose this route.
    pub fn choose_route(&mut self, route: &str) {
        self.chosen = Some(route.to_string());
    }

    /// Explore (where can I go) or the routes to the goal.
    pub fn show_explore(&mut self, explore: bool) {
        self.explore = explore;
    }

    /// Tries out a change ("+2 years of work"), or takes it back.
    pub fn assume(&mut self, change: Option<Change>) {
        self.what_if = change;
    }

    /// Starts again from one of the example learners, keeping language and limits.
    pub fn start_from(&mut self, held: &[&str], work_years: f64, work_field: &str) {
        self.held.clear();
        for c in held {
            self.add_held(c);
        }
        self.work_years = work_years;
        self.work_field = work_field.to_string();
        self.goal = None;
        self.goal_credential = None;
        self.chosen = None;
        self.what_if = None;
        self.explore = true;
    }

    /// At most this many months (`None`: no limit; negative or not a number: no limit).
    pub fn set_max_months(&mut self, months: Option<f64>) {
        self.max_months = months.filter(|m| m.is_finite() && *m >= 0.0);
    }

    /// At most this many euros (as [`PlanState::set_max_months`]).
    pub fn set_budget(&mut self, eur: Option<f64>) {
        self.budget = eur.filter(|m| m.is_finite() && *m >= 0.0);
    }

    /// Studies in `country` wanted or not; the list stays sorted, so equal plans have
    /// equal links.
    pub fn toggle_country(&mut self, country: &str, on: bool) {
        self.countries.retain(|c| c != country);
        if on {
            self.countries.push(country.to_string());
            pathways_engine::order::sort(&mut self.countries);
        }
    }

    pub fn set_basis(&mut self, basis: Option<Basis>) {
        self.basis = basis;
    }

    pub fn set_rank_by(&mut self, criterion: Option<Criterion>) {
        self.rank_by = criterion;
    }

    pub fn set_avoid_individual(&mut self, on: bool) {
        self.avoid_individual = on;
    }

    pub fn set_prefer_mobility(&mut self, on: bool) {
        self.prefer_mobility = on;
    }

    pub fn set_needs_support(&mut self, on: bool) {
        self.needs_support = on;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learner() -> PlanState {
        let mut p = PlanState::default();
        p.add_held("de-fi-ae");
        p.set_work_years(Some(3.0));
        p.set_work_field("0613");
        p
    }

    #[test]
    fn a_new_goal_from_anywhere_forgets_the_route_chosen_for_the_old_one() {
        let mut p = learner();
        p.choose_destination("de-bsc-0613");
        p.choose_route("r1");
        p.show_explore(true);
        p.choose_destination("at-bsc-0613");
        assert_eq!(p.goal.as_deref(), Some("at-bsc-0613"));
        assert_eq!((p.chosen.as_deref(), p.explore), (None, false));
        p.choose_route("r2");
        p.choose_credential("fr-bts-sio");
        assert_eq!(
            (
                p.goal.as_deref(),
                p.goal_credential.as_deref(),
                p.chosen.as_deref()
            ),
            (None, Some("fr-bts-sio"), None)
        );
        p.choose_destination("de-bsc-0613");
        assert_eq!(p.goal_credential, None);
    }

    #[test]
    fn qualifications_are_added_once_and_stale_clicks_change_nothing() {
        let mut p = learner();
        p.add_held("de-fi-ae");
        p.add_held("de-abitur");
        assert_eq!(p.held.len(), 2);
        p.set_grade(1, Some(82.0));
        p.set_completed(1, "2020-06-30");
        p.set_grade(0, Some(50.0));
        assert_eq!(p.held[0].grade, Some(50.0));
        p.set_grade(0, Some(140.0));
        p.set_grade(7, Some(50.0));
        p.remove_held(9);
        assert_eq!(p.held[1].grade, Some(82.0));
        assert_eq!(p.held[1].completed.as_deref(), Some("2020-06-30"));
        assert_eq!(p.held[0].grade, None);
        p.set_completed(1, "");
        assert_eq!(p.held[1].completed, None);
        p.remove_held(0);
        assert_eq!(p.held.len(), 1);
        assert_eq!(p.held[0].credential, "de-abitur");
    }

    #[test]
    fn figures_out_of_range_count_as_unset() {
        let mut p = learner();
        p.set_work_years(Some(75.0));
        assert_eq!(p.work_years, 0.0);
        p.set_work_years(Some(2.5));
        assert_eq!(p.work_years, 2.5);
        p.set_max_months(Some(36.0));
        p.set_budget(Some(5000.0));
        assert_eq!((p.max_months, p.budget), (Some(36.0), Some(5000.0)));
        p.set_max_months(Some(-3.0));
        p.set_budget(Some(f64::INFINITY));
        assert_eq!((p.max_months, p.budget), (None, None));
    }

    #[test]
    fn countries_stay_sorted_and_unique_so_equal_plans_have_equal_links() {
        let mut p = learner();
        p.toggle_country("FR", true);
        p.toggle_country("AT", true);
        p.toggle_country("FR", true);
        assert_eq!(p.countries, ["AT", "FR"]);
        p.toggle_country("AT", false);
        assert_eq!(p.countries, ["FR"]);
        let mut q = learner();
        q.toggle_country("FR", true);
        assert_eq!(crate::state::encode_plan(&p), crate::state::encode_plan(&q));
    }

    #[test]
    fn languages_and_preferences_reach_the_question() {
        let mut p = learner();
        p.set_language("fr", Cefr::B1);
        p.set_language("fr", Cefr::B2);
        p.set_language("en", Cefr::C1);
        p.remove_language("en");
        p.set_avoid_individual(true);
        p.set_prefer_mobility(true);
        p.set_needs_support(true);
        p.set_rank_by(Some(Criterion::Cost));
        p.set_basis(Some(Basis::Possible));
        p.choose_destination("de-bsc-0613");
        let q = p.query("2026-12-02");
        let q = q.as_ref();
        assert_eq!(
            q.map(|q| q
                .profile
                .languages
                .iter()
                .map(|(l, c)| (l.clone(), *c))
                .collect::<Vec<_>>()),
            Some(vec![("fr".to_string(), Cefr::B2)])
        );
        assert_eq!(
            q.map(|q| (
                q.preferences.avoid_individual,
                q.preferences.prefer_mobility,
                q.preferences.needs_support,
                q.rank_by,
                q.basis
            )),
            Some((true, true, true, Criterion::Cost, Basis::Possible))
        );
    }

    #[test]
    fn an_example_learner_starts_afresh_in_explore_keeping_the_limits() {
        let mut p = learner();
        p.set_max_months(Some(24.0));
        p.choose_credential("fr-bts-sio");
        p.choose_destination("de-bsc-0613");
        p.choose_route("r1");
        p.assume(Some(Change::Work {
            field: None,
            more: 2.0,
        }));
        p.start_from(&["fr-bts-sio", "fr-bts-sio"], 0.0, "");
        assert_eq!(p.held.len(), 1);
        assert_eq!(
            (p.goal.as_deref(), p.what_if.is_none(), p.explore),
            (None, true, true)
        );
        assert_eq!(
            (p.goal_credential.as_deref(), p.chosen.as_deref()),
            (None, None)
        );
        assert_eq!(p.max_months, Some(24.0));
        p.assume(None);
        p.show_explore(false);
        assert!(p.shows_explore(), "without a goal explore is the view");
    }
}
