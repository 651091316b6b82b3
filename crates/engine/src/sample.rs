//! Representative queries for a dataset, shared by the native benchmark and the in-browser
//! measurement so both time exactly the same work.

use crate::dataset::Dataset;
use crate::model::OfferKind;
use crate::route::{ExploreQuery, Goal, Held, Profile, Query};

/// The explore question the benchmarks ask of the demo data: a French BTS holder (in
/// computer science), with the route to the Master in computer science at Université
/// Bretagne Sud as the same learner's one-goal baseline.
pub fn bts_explore() -> (ExploreQuery, Query) {
    let p = Profile {
        held: vec![Held {
            credential: "fr-bts-0613".into(),
            grade: None,
            completed: None,
        }],
        ..Profile::default()
    };
    let eq = ExploreQuery::new(p, "2026-12-01");
    let q = eq.route_to("fr-master-ubs-info");
    (eq, q)
}

/// Explore for the learner of a sample query, within its constraints.
pub fn explore_of(q: &Query) -> ExploreQuery {
    let mut eq = ExploreQuery::new(q.profile.clone(), &q.today);
    eq.constraints = q.constraints.clone();
    eq
}

/// `n` deterministic queries: even ones ask for one specific offer ("typical": a learner
/// with an EQF 4 qualification aiming at a bachelor or master), odd ones ask for any offer
/// matching a field and minimum level ("hard": many goal offers at once).
pub fn sample_queries(ds: &Dataset, n: usize, today: &str) -> Vec<Query> {
    let starts: Vec<&crate::Offer> = ds
        .offers
        .iter()
        .filter(|o| o.eqf == Some(4) && o.entry.is_none())
        .collect();
    let goals: Vec<&crate::Offer> = ds
        .offers
        .iter()
        .filter(|o| matches!(o.kind, OfferKind::Bachelor | OfferKind::Master))
        .collect();
    if starts.is_empty() || goals.is_empty() {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            // Spread picks over the dataset with a fixed odd stride.
            let goal = goals[(i * 7919) % goals.len()];
            let start = starts
                .iter()
                .find(|s| s.field.is_some() && s.field == goal.field)
                .copied()
                .unwrap_or(starts[(i * 104_729) % starts.len()]);
            let profile = Profile {
                held: vec![Held {
                    credential: start.awards.clone(),
                    grade: Some(75.0),
                    completed: Some("2022-07-01".into()),
                }],
                ..Profile::default()
            };
            let goal = if i % 2 == 0 {
                Goal::Offer {
                    offer: goal.id.clone(),
                }
            } else {
                Goal::Match {
                    field: goal.field.as_ref().map(|f| f.chars().take(2).collect()),
                    min_eqf: Some(6),
                    kind: None,
                    esco: None,
                }
            };
            crate::route::Query::new(profile, goal, today)
        })
        .collect()
}
