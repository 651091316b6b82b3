//! Recognition arithmetic, constraints, "no route" reasons and query errors, each with
//! exact expected values on a hand-made dataset.

use pathways_engine::route::{plan, Plan, Query};
use pathways_engine::*;
use serde_json::{json, Value};

/// A learner holding a 180-ECTS VET credential (grade 80, 2022) aims at a 180-ECTS,
/// 3-year bachelor; `rules` and `extra_offers` vary per test.
fn dataset(rules: Value, extra_offers: Value) -> Dataset {
    let mut offers = vec![json!({
        "id": "bsc", "title": {"en": "BSc"}, "kind": "bachelor", "provider": "p", "eqf": 6,
        "credits": {"value": 180, "system": "ects"}, "years": 3, "duration_months": 36,
        "modes": ["full_time"], "languages": ["de"], "cost": {"amount": 3600, "currency": "EUR"},
        "field": "0613", "awards": "bsc",
        "modules": [
            {"id": "m1", "title": {"en": "M1"}, "credits": 10},
            {"id": "m2", "title": {"en": "M2"}, "credits": 20}
        ],
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "abitur"},
            {"type": "all_of", "all": [
                {"type": "credential", "credential": "vet"},
                {"type": "work_experience", "years": 3}
            ]}
        ]}
    })];
    if let Value::Array(extra) = extra_offers {
        offers.extend(extra);
    }
    let file = json!({
        "format": "pathways-dataset", "version": 1,
        "providers": [{"id": "p", "name": {"en": "P"}, "country": "DE", "nuts": "DE1"},
                      {"id": "q", "name": {"en": "Q"}, "country": "AT"}],
        "credentials": [
            {"id": "vet", "title": {"en": "VET"}, "eqf": 4, "field": "0613"},
            {"id": "abitur", "title": {"en": "Abitur"}, "eqf": 4},
            {"id": "mc", "title": {"en": "Micro"}, "eqf": 5, "field": "0613"}
        ],
        "offers": offers,
        "rules": rules
    });
    let f: DatasetFile = serde_json::from_value(file).unwrap();
    Dataset::from_files([f])
}

fn rule(id: &str, grant: Value, extra: Value) -> Value {
    let mut r = json!({
        "id": id, "from": ["vet"], "to": "bsc", "grant": grant,
        "kind": "articulation", "issuer": "Uni", "source": {"reference": "test agreement"}
    });
    if let (Value::Object(r), Value::Object(e)) = (&mut r, extra) {
        r.extend(e);
    }
    r
}

fn query(extra: Value) -> Query {
    let mut q = json!({
        "profile": {
            "held": [{"credential": "vet", "grade": 80, "completed": "2022-07-01"}],
            "work": [{"years": 4}]
        },
        "goal": {"type": "offer", "offer": "bsc"},
        "today": "2026-11-24"
    });
    if let (Value::Object(q), Value::Object(e)) = (&mut q, extra) {
        q.extend(e);
    }
    serde_json::from_value(q).unwrap()
}

fn one(ds: &Dataset, q: &Query) -> Plan {
    let p = plan(ds, q).unwrap();
    assert!(!p.routes.is_empty(), "no route: {:?}", p.no_route);
    p
}

fn why_keys(p: &Plan, rule: &str) -> Vec<String> {
    p.routes[0].steps[0]
        .recognitions
        .iter()
        .find(|a| a.rule == rule)
        .map(|a| a.why.iter().map(|m| m.key.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn cap_bites_at_half_of_the_programme() {
    let ds = dataset(
        json!([rule(
            "r1",
            json!({"type": "credits", "ects": 120}),
            json!({"cap": 0.5})
        )]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 90.0);
    assert_eq!(s.studied_ects, 90.0);
    assert_eq!(s.months, 18.0);
    assert_eq!(s.cost_eur, 1800.0);
    assert_eq!(s.recognitions[0].granted_ects, 120.0);
    assert!(why_keys(&p, "r1").contains(&"rec.cap_bit".to_string()));
}

#[test]
fn cap_that_does_not_bite_says_so() {
    let ds = dataset(
        json!([rule(
            "r1",
            json!({"type": "credits", "ects": 30}),
            json!({"cap": 0.5})
        )]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    assert_eq!(p.routes[0].steps[0].recognised_ects, 30.0);
    assert!(why_keys(&p, "r1").contains(&"rec.cap_ok".to_string()));
}

#[test]
fn overlap_group_counts_only_the_largest() {
    let ds = dataset(
        json!([
            rule(
                "r1",
                json!({"type": "credits", "ects": 40}),
                json!({"overlap_group": "g"})
            ),
            rule(
                "r2",
                json!({"type": "credits", "ects": 60}),
                json!({"overlap_group": "g"})
            ),
            rule("r3", json!({"type": "credits", "ects": 5}), json!({}))
        ]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 65.0);
    let by: Vec<(String, f64)> = s
        .recognitions
        .iter()
        .map(|a| (a.rule.clone(), a.ects))
        .collect();
    assert_eq!(
        by,
        vec![("r1".into(), 0.0), ("r2".into(), 60.0), ("r3".into(), 5.0)]
    );
    assert!(why_keys(&p, "r1").contains(&"rec.overlap".to_string()));
}

#[test]
fn exempted_modules_count_once() {
    let ds = dataset(
        json!([
            rule(
                "r1",
                json!({"type": "exemption", "modules": ["m1", "m2"]}),
                json!({})
            ),
            rule(
                "r2",
                json!({"type": "exemption", "modules": ["m2"]}),
                json!({})
            )
        ]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 30.0);
    assert_eq!(s.recognitions[0].modules, vec!["m1", "m2"]);
    assert_eq!(s.recognitions[1].ects, 0.0);
}

#[test]
fn advanced_entry_into_year_three_of_three() {
    let ds = dataset(
        json!([rule(
            "r1",
            json!({"type": "advanced_entry", "year": 3}),
            json!({})
        )]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 120.0);
    assert_eq!(s.months, 12.0);
    assert_eq!(s.recognitions[0].entry_year, Some(3));
}

#[test]
fn expired_rules_and_unmet_conditions_do_not_apply() {
    let ds = dataset(
        json!([
            rule(
                "expired",
                json!({"type": "credits", "ects": 10}),
                json!({"valid_until": "2025-12-31"})
            ),
            rule(
                "future",
                json!({"type": "credits", "ects": 10}),
                json!({"valid_from": "2027-01-01"})
            ),
            rule(
                "grade",
                json!({"type": "credits", "ects": 10}),
                json!({"conditions": {"min_grade": 85}})
            ),
            rule(
                "old",
                json!({"type": "credits", "ects": 10}),
                json!({"conditions": {"max_years_since": 3}})
            ),
            rule(
                "ok",
                json!({"type": "credits", "ects": 7}),
                json!({"conditions": {"min_grade": 75, "max_years_since": 5}})
            )
        ]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    let rules: Vec<&str> = s.recognitions.iter().map(|a| a.rule.as_str()).collect();
    assert_eq!(rules, vec!["ok"]);
    assert_eq!(s.recognised_ects, 7.0);
    assert!(s.prepare.iter().any(|m| m.key == "prep.grade_proof"));
}

#[test]
fn avoiding_individual_assessment_drops_those_rules() {
    let ds = dataset(
        json!([rule(
            "ind",
            json!({"type": "credits", "ects": 60}),
            json!({"kind": "individual"})
        )]),
        json!([]),
    );
    // Ranked on binding recognition (the default), the 60 ECTS are possible, not certain.
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(
        (s.binding.recognised_ects, s.possible.recognised_ects),
        (0.0, 60.0)
    );
    assert_eq!(s.recognised_ects, 0.0);
    assert_eq!(p.routes[0].totals.uncertain_steps, 0);
    let p = one(&ds, &query(json!({"basis": "possible"})));
    assert_eq!(p.routes[0].steps[0].recognised_ects, 60.0);
    assert_eq!(p.routes[0].totals.uncertain_steps, 1);
    assert!(p.routes[0].steps[0]
        .prepare
        .iter()
        .any(|m| m.key == "prep.portfolio"));
    let p = one(
        &ds,
        &query(json!({"preferences": {"avoid_individual": true}})),
    );
    assert_eq!(p.routes[0].steps[0].recognised_ects, 0.0);
    assert_eq!(p.routes[0].totals.uncertain_steps, 0);
}

#[test]
fn missing_work_experience_blocks_with_the_nearest_condition() {
    let ds = dataset(json!([]), json!([]));
    let p = plan(
        &ds,
        &query(json!({"profile": {"held": [{"credential": "vet"}], "work": [{"years": 1}]}})),
    )
    .unwrap();
    assert!(p.routes.is_empty());
    let n = p.no_route.unwrap();
    assert_eq!(n.blocking.len(), 1);
    assert_eq!(n.blocking[0].key, "block.work");
    assert_eq!(
        n.blocking[0].args.get("years").map(String::as_str),
        Some("3")
    );
    assert_eq!(
        n.blocking[0].args.get("have").map(String::as_str),
        Some("1")
    );
}

#[test]
fn a_bridging_micro_credential_route_beats_the_direct_one_on_workload() {
    // The micro-credential opens a 90-ECTS recognition that the VET alone does not.
    let ds = dataset(
        json!([{
            "id": "r-mc", "from": ["vet", "mc"], "to": "bsc", "grant": {"type": "credits", "ects": 90},
            "kind": "automatic", "issuer": "Uni", "source": {"reference": "stacking rule"}
        }]),
        json!([{
            "id": "mc-course", "title": {"en": "Micro"}, "kind": "micro_credential", "provider": "p",
            "eqf": 5, "credits": {"value": 6, "system": "ects"}, "duration_months": 3,
            "modes": ["online"], "languages": ["en"], "cost": {"amount": 300, "currency": "EUR"},
            "field": "0613", "awards": "mc"
        }]),
    );
    let p = one(
        &ds,
        &query(json!({"criteria": ["duration", "cost", "workload"], "rank_by": "workload"})),
    );
    let ids: Vec<&str> = p.routes.iter().map(|r| r.id.as_str()).collect();
    // The direct route (36 months, EUR 3600, 180 ECTS) is dominated on every criterion.
    assert_eq!(ids, vec!["mc-course>bsc"]);
    let t = &p.routes[0].totals;
    // The micro-credential is earned inside the route: its 90 ECTS are carried over, not
    // recognised prior learning.
    assert_eq!(
        (
            t.months,
            t.cost_eur,
            t.workload_ects,
            t.recognised_ects,
            t.carried_ects
        ),
        (21.0, 2100.0, 96.0, 0.0, 90.0)
    );
    // Counting steps, the direct route is no longer dominated.
    let p = one(&ds, &query(json!({"criteria": ["workload", "steps"]})));
    let ids: Vec<&str> = p.routes.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, vec!["mc-course>bsc", "bsc"]);
}

#[test]
fn constraints_filter_offers() {
    let ds = dataset(json!([]), json!([]));
    let p = plan(&ds, &query(json!({"constraints": {"countries": ["AT"]}}))).unwrap();
    let n = p.no_route.unwrap();
    assert_eq!(n.blocking[0].key, "block.constraint");
    assert_eq!(
        n.blocking[0].args.get("constraint").map(String::as_str),
        Some("country")
    );
    let p = plan(&ds, &query(json!({"constraints": {"budget_eur": 100}}))).unwrap();
    let b = &p.no_route.unwrap().blocking[0];
    assert_eq!(b.key, "block.over_budget");
    assert_eq!(b.args.get("limit").map(String::as_str), Some("100"));
    let p = plan(&ds, &query(json!({"constraints": {"modes": ["online"]}}))).unwrap();
    assert!(p.routes.is_empty());
}

#[test]
fn bad_queries_are_errors_not_panics() {
    let ds = dataset(json!([]), json!([]));
    let cases = [
        (
            json!({"goal": {"type": "offer", "offer": "nope"}}),
            "err.unknown_offer",
        ),
        (
            json!({"profile": {"held": [{"credential": "nope"}]}}),
            "err.unknown_credential",
        ),
        (json!({"today": "2026-13-01"}), "err.bad_date"),
        (
            json!({"constraints": {"budget_eur": -1}}),
            "err.bad_constraint",
        ),
        (
            json!({"constraints": {"max_steps": 0}}),
            "err.bad_constraint",
        ),
        (json!({"k": 0}), "err.bad_constraint"),
        (json!({"criteria": []}), "err.bad_constraint"),
        (
            json!({"goal": {"type": "match", "min_eqf": 8}}),
            "err.goal_matches_nothing",
        ),
        (json!({"goal": {"type": "match"}}), "err.bad_constraint"),
        (
            json!({"profile": {"held": [{"credential": "bsc"}]}}),
            "err.goal_already_held",
        ),
    ];
    for (extra, key) in cases {
        let e = plan(&ds, &query(extra.clone())).unwrap_err();
        assert_eq!(e.msg.key, key, "{extra}");
    }
    let empty = Dataset::from_files([]);
    assert_eq!(
        plan(&empty, &query(json!({}))).unwrap_err().msg.key,
        "err.empty_dataset"
    );
}

#[test]
fn every_message_key_has_all_three_translations() {
    for lang in ["en", "de", "fr"] {
        let path = format!("{}/../../locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
        let cat: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for k in pathways_engine::route::messages::ALL {
            assert!(cat.contains_key(*k), "{lang} lacks {k}");
        }
    }
}

/// 80 ECTS under a 50 % cap (90 ECTS) and 10 ECTS under a 25 % cap (45 ECTS): applying for
/// both would hold the capped rules to 45 together, so the learner leaves the 25 % rule
/// out and keeps 80.
#[test]
fn a_low_cap_rule_is_not_invoked_when_it_would_lower_the_total() {
    let ds = dataset(
        json!([
            rule(
                "a-half",
                json!({"type": "credits", "ects": 80}),
                json!({"cap": 0.5})
            ),
            rule(
                "b-quarter",
                json!({"type": "credits", "ects": 10}),
                json!({"cap": 0.25})
            )
        ]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 80.0);
    assert_eq!(s.months, 20.0);
    let b = s
        .recognitions
        .iter()
        .find(|a| a.rule == "b-quarter")
        .unwrap();
    assert_eq!((b.ects, b.granted_ects), (0.0, 10.0));
    let not_invoked = b.why.iter().find(|m| m.key == "rec.not_invoked").unwrap();
    assert_eq!(not_invoked.args["cap_percent"], "25");
    assert!(why_keys(&p, "a-half").contains(&"rec.cap_ok".to_string()));
}

/// A cap limits the capped rules, not an uncapped agreement next to them: 100 ECTS
/// without a cap plus 60 ECTS under a 25 % cap (45 ECTS) give 145.
#[test]
fn a_cap_does_not_limit_rules_without_one() {
    let ds = dataset(
        json!([
            rule(
                "a-uncapped",
                json!({"type": "credits", "ects": 100}),
                json!({})
            ),
            rule(
                "b-capped",
                json!({"type": "credits", "ects": 60}),
                json!({"cap": 0.25})
            )
        ]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 145.0);
    let a = s
        .recognitions
        .iter()
        .find(|a| a.rule == "a-uncapped")
        .unwrap();
    let b = s
        .recognitions
        .iter()
        .find(|a| a.rule == "b-capped")
        .unwrap();
    assert_eq!((a.ects, b.ects), (100.0, 45.0));
    assert!(why_keys(&p, "b-capped").contains(&"rec.cap_bit".to_string()));
    assert!(!why_keys(&p, "a-uncapped").contains(&"rec.cap_bit".to_string()));
}

/// The same two rules where the capped one adds more than its cap takes away: both count.
#[test]
fn a_capped_rule_that_adds_to_the_total_is_kept() {
    let ds = dataset(
        json!([
            rule(
                "a-uncapped",
                json!({"type": "credits", "ects": 30}),
                json!({})
            ),
            rule(
                "b-capped",
                json!({"type": "credits", "ects": 40}),
                json!({"cap": 0.5})
            )
        ]),
        json!([]),
    );
    let p = one(&ds, &query(json!({})));
    let s = &p.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 70.0);
    assert!(s.recognitions.iter().all(|a| a.ects > 0.0));
    assert!(!why_keys(&p, "b-capped").contains(&"rec.not_invoked".to_string()));
}

/// Expiry and "at most n years since completion" are judged when the step starts: the VET
/// credential (completed 2022-07-01) is 4.4 years old today but 5.5 years old in 2028, and
/// an agreement valid until 2027-06-30 no longer helps a step starting later.
#[test]
fn dated_rules_are_judged_on_the_step_start_day() {
    let ds = dataset(
        json!([
            rule(
                "recent",
                json!({"type": "credits", "ects": 20}),
                json!({"conditions": {"max_years_since": 5}})
            ),
            rule(
                "until-2027",
                json!({"type": "credits", "ects": 10}),
                json!({"valid_until": "2027-06-30"})
            )
        ]),
        json!([]),
    );
    let now = one(&ds, &query(json!({})));
    assert_eq!(now.routes[0].steps[0].recognised_ects, 30.0);
    let later = one(
        &ds,
        &query(json!({"constraints": {"earliest_start": "2028-01-01"}})),
    );
    let s = &later.routes[0].steps[0];
    assert_eq!(s.recognised_ects, 0.0);
    assert!(s.recognitions.is_empty());
}
