//! Route search on mutated data: a country file of the demo with its numbers, ids and
//! conditions changed at random. Whatever the validator accepts, the search must answer
//! without a panic, and every route it gives must be a route a counsellor could follow:
//! finite, non-negative figures that add up, within the learner's limits, ending at the
//! goal. Whatever the validator rejects must come back with an error, not a plan.

use pathways_engine::route::{plan, Basis, Goal, Held, Profile, Query, Work};
use pathways_engine::validate::{check_texts, CheckOptions, Severity};
use proptest::prelude::*;
use serde_json::{json, Value};

const SEEDS: [&str; 3] = [
    include_str!("../../../pathways-data/demo/de.json"),
    include_str!("../../../pathways-data/demo/uk-sct.json"),
    include_str!("../../../pathways-data/demo/fr.json"),
];

/// Numbers at the edges the engine must survive: zero, negatives, huge and tiny values,
/// fractions, round counts of years and months.
const NUMBERS: [f64; 8] = [0.0, -1.0, 1e308, 1e-9, 0.5, 7.0, 400.0, 3.0];

/// Entry conditions and grants that are valid yet odd: empty alternatives, unknown
/// credentials, impossible counts, a grant worth nothing or everything.
fn odd_trees() -> Vec<Value> {
    vec![
        json!({"type": "any_of", "any": []}),
        json!({"type": "all_of", "all": []}),
        json!({"type": "credential", "credential": "no-such-id"}),
        json!({"type": "at_least", "n": 5, "of": []}),
        json!({"type": "level", "min_eqf": 8}),
        json!({"type": "work_experience", "years": 0}),
        json!({"type": "credits", "ects": 0}),
        json!({"type": "advanced_entry", "year": 9}),
    ]
}

/// A small deterministic generator, so a failing case shrinks to its seed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every id string in the file, so swaps can point a rule or a condition at another record.
fn ids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("id" | "credential" | "to" | "awards", Value::String(s)) => {
                        out.push(s.clone())
                    }
                    _ => ids(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| ids(x, out)),
        _ => {}
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Number,
    Id,
    Tree,
}

/// Pre-order positions of the values worth changing: the numbers, the ids (rules, awards,
/// conditions point through them) and the tagged trees (conditions and grants). Titles and
/// sources are left alone: changing them only produces errors the validator fuzz covers.
fn targets(v: &Value, key: &str, at: &mut usize, out: &mut Vec<(usize, Kind)>) {
    let here = *at;
    *at += 1;
    match v {
        Value::Number(_) => out.push((here, Kind::Number)),
        Value::String(_) if matches!(key, "credential" | "to" | "awards" | "bridging") => {
            out.push((here, Kind::Id))
        }
        Value::Object(m) => {
            if m.contains_key("type") {
                out.push((here, Kind::Tree));
            }
            for (k, x) in m {
                targets(x, k, at, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| targets(x, key, at, out)),
        _ => {}
    }
}

/// Replaces the value at pre-order position `target`.
fn replace_at(v: &mut Value, target: usize, at: &mut usize, with: &Value) -> bool {
    if *at == target {
        *v = with.clone();
        return true;
    }
    *at += 1;
    match v {
        Value::Object(m) => m.values_mut().any(|x| replace_at(x, target, at, with)),
        Value::Array(a) => a.iter_mut().any(|x| replace_at(x, target, at, with)),
        _ => false,
    }
}

/// Changes `n` values chosen at random among the targets.
fn mutate(v: &mut Value, rng: &mut Lcg, n: usize, ids: &[String]) {
    let trees = odd_trees();
    for _ in 0..n {
        let mut found = Vec::new();
        targets(v, "", &mut 0, &mut found);
        if found.is_empty() {
            return;
        }
        let (pos, kind) = found[rng.below(found.len())];
        let with = match kind {
            Kind::Number => json!(NUMBERS[rng.below(NUMBERS.len())]),
            Kind::Id if !ids.is_empty() => Value::String(ids[rng.below(ids.len())].clone()),
            Kind::Id => json!("no-such-id"),
            Kind::Tree => trees[rng.below(trees.len())].clone(),
        };
        replace_at(v, pos, &mut 0, &with);
    }
}

fn finite_and_non_negative(x: f64) -> bool {
    x.is_finite() && x >= 0.0
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Rejected,
    Refused,
    NoRoute,
    Routes,
}

fn run(which: usize, seed: u64, changes: usize) -> Outcome {
    let Ok(mut v) = serde_json::from_str::<Value>(SEEDS[which % SEEDS.len()]) else {
        panic!("the seed files are valid JSON");
    };
    let mut all_ids = Vec::new();
    ids(&v, &mut all_ids);
    let mut rng = Lcg(seed);
    mutate(&mut v, &mut rng, changes, &all_ids);
    let text = v.to_string();
    let report = check_texts(
        &[("mutated.json".into(), text)],
        &CheckOptions {
            today: Some("2026-12-01".into()),
        },
    );
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let Some(ds) = report.dataset.filter(|_| errors == 0) else {
        assert!(errors > 0, "a rejected file names at least one error");
        return Outcome::Rejected;
    };
    if ds.offers.is_empty() {
        return Outcome::Refused;
    }
    let goal = ds.offers[rng.below(ds.offers.len())].id.clone();
    let held: Vec<Held> = (0..rng.below(3))
        .filter(|_| !ds.credentials.is_empty())
        .map(|_| Held {
            credential: ds.credentials[rng.below(ds.credentials.len())].id.clone(),
            grade: Some(rng.below(101) as f64),
            completed: None,
        })
        .collect();
    let mut q = Query::new(
        Profile {
            held,
            work: vec![Work {
                years: rng.below(8) as f64,
                field: None,
            }],
            ..Profile::default()
        },
        Goal::Offer {
            offer: goal.clone(),
        },
        "2026-12-01",
    );
    q.basis = [Basis::Binding, Basis::Expected, Basis::Possible][rng.below(3)];
    if rng.next().is_multiple_of(2) {
        q.constraints.max_months = Some(rng.below(120) as f64);
    }
    if rng.next().is_multiple_of(2) {
        q.constraints.max_steps = Some(1 + rng.below(4) as u8);
    }
    let Ok(p) = plan(&ds, &q) else {
        return Outcome::Refused;
    };
    assert!(p.routes.is_empty() || p.no_route.is_none());
    for r in &p.routes {
        let t = &r.totals;
        let last = r.steps.last().map(|s| s.offer.as_str());
        assert_eq!(last, Some(goal.as_str()), "{}: ends at the goal", r.id);
        assert_eq!(t.steps, r.steps.len());
        for x in [
            t.months,
            t.cost_eur,
            t.workload_ects,
            t.recognised_ects,
            t.carried_ects,
        ] {
            assert!(finite_and_non_negative(x), "{}: totals {t:?}", r.id);
        }
        if let Some(m) = q.constraints.max_months {
            assert!(t.months <= m + 1e-9, "{}: {} months > {m}", r.id, t.months);
        }
        if let Some(n) = q.constraints.max_steps {
            assert!(r.steps.len() <= n as usize, "{}: too many steps", r.id);
        }
        for s in &r.steps {
            for x in [s.months, s.cost_eur, s.credits_ects, s.recognised_ects] {
                assert!(finite_and_non_negative(x), "{}: step {s:?}", r.id);
            }
            // Recognition never covers more than the step is worth.
            assert!(
                s.recognised_ects <= s.credits_ects + 1e-6,
                "{}: {} recognised of {} ECTS",
                r.id,
                s.recognised_ects,
                s.credits_ects
            );
        }
    }
    if p.routes.is_empty() {
        Outcome::NoRoute
    } else {
        Outcome::Routes
    }
}

#[test]
fn the_mutations_reach_the_search() {
    // A fuzz run whose mutations were all rejected by the validator would test nothing of
    // the search: the mix of outcomes over fixed seeds shows that each kind occurs.
    let mut seen = std::collections::BTreeMap::new();
    for seed in 0..90u64 {
        *seen
            .entry(run(seed as usize, seed, 1 + seed as usize % 3))
            .or_insert(0) += 1;
    }
    for o in [Outcome::Rejected, Outcome::NoRoute, Outcome::Routes] {
        assert!(seen.get(&o).copied().unwrap_or(0) >= 5, "{o:?} in {seen:?}");
    }
}

/// How many mutated datasets a `cargo test` run plans on (the README quotes it).
const CASES: u32 = 400;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]
    #[test]
    fn routes_on_mutated_data_are_followable(which in 0usize..3, seed in any::<u64>(), changes in 1usize..4) {
        run(which, seed, changes);
    }
}

#[test]
fn a_value_too_large_to_add_up_is_rejected() {
    // Found by the fuzz: a cost of 1e308 passed the check and two steps summed to infinity.
    let Ok(mut v) = serde_json::from_str::<Value>(SEEDS[1]) else {
        panic!("the seed files are valid JSON");
    };
    v["offers"][0]["cost"] = json!({"amount": 1e308, "currency": "EUR"});
    v["offers"][1]["duration_months"] = json!(2e9);
    let report = check_texts(
        &[("big.json".into(), v.to_string())],
        &CheckOptions {
            today: Some("2026-12-01".into()),
        },
    );
    let found: Vec<(&str, &str)> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("out-of-range", "$.offers[0].cost.amount"),
            ("out-of-range", "$.offers[1].duration_months")
        ]
    );
}
