//! How recognition counts on a step: caps, overlaps, exemptions, advanced entry, rules
//! that do not apply, individual assessment, credit carried within a route.

use super::world::{check, check_rules, credits, dataset, rule};
use expect_test::expect;
use serde_json::json;

#[test]
fn cap_bites_at_half_of_the_programme() {
    check_rules(
        json!([rule("r1", credits(120), json!({"cap": 0.5}))]),
        expect![[r#"
        route bsc: 18 months, EUR 1800, 90 ECTS studied, 90 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 18 months, EUR 1800, 180 ECTS: 90 recognised (90 prior, 0 carried), 90 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule r1: 90 of 120 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=120)
              rec.cap_bit(cap_ects=90 cap_percent=50 wanted_ects=120)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

#[test]
fn cap_that_does_not_bite_says_so() {
    check_rules(
        json!([rule("r1", credits(30), json!({"cap": 0.5}))]),
        expect![[r#"
        route bsc: 30 months, EUR 3000, 150 ECTS studied, 30 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 30 months, EUR 3000, 180 ECTS: 30 recognised (30 prior, 0 carried), 150 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule r1: 30 of 30 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=30)
              rec.cap_ok(cap_ects=90 cap_percent=50 wanted_ects=30)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

/// 80 ECTS under a 50 % cap (90 ECTS) and 10 ECTS under a 25 % cap (45 ECTS): applying for
/// both would hold the capped rules to 45 together, so the learner leaves the 25 % rule
/// out and keeps 80.
#[test]
fn a_low_cap_rule_is_not_invoked_when_it_would_lower_the_total() {
    check_rules(
        json!([
            rule("a-half", credits(80), json!({"cap": 0.5})),
            rule("b-quarter", credits(10), json!({"cap": 0.25}))
        ]),
        expect![[r#"
        route bsc: 20 months, EUR 2000, 100 ECTS studied, 80 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 20 months, EUR 2000, 180 ECTS: 80 recognised (80 prior, 0 carried), 100 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule a-half: 80 of 80 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=80)
              rec.cap_ok(cap_ects=90 cap_percent=50 wanted_ects=80)
              rec.source(certainty=real reference=test agreement)
            rule b-quarter: 0 of 10 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=10)
              rec.not_invoked(cap_percent=25)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

/// A cap limits the capped rules, not an uncapped agreement next to them: 100 ECTS
/// without a cap plus 60 ECTS under a 25 % cap (45 ECTS) give 145.
#[test]
fn a_cap_does_not_limit_rules_without_one() {
    check_rules(
        json!([
            rule("a-uncapped", credits(100), json!({})),
            rule("b-capped", credits(60), json!({"cap": 0.25}))
        ]),
        expect![[r#"
        route bsc: 7 months, EUR 700, 35 ECTS studied, 145 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 7 months, EUR 700, 180 ECTS: 145 recognised (145 prior, 0 carried), 35 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule a-uncapped: 100 of 100 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=100)
              rec.source(certainty=real reference=test agreement)
            rule b-capped: 45 of 60 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=60)
              rec.cap_bit(cap_ects=45 cap_percent=25 wanted_ects=60)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

/// The same two rules where the capped one adds more than its cap takes away: both count.
#[test]
fn a_capped_rule_that_adds_to_the_total_is_kept() {
    check_rules(
        json!([
            rule("a-uncapped", credits(30), json!({})),
            rule("b-capped", credits(40), json!({"cap": 0.5}))
        ]),
        expect![[r#"
        route bsc: 22 months, EUR 2200, 110 ECTS studied, 70 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 22 months, EUR 2200, 180 ECTS: 70 recognised (70 prior, 0 carried), 110 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule a-uncapped: 30 of 30 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=30)
              rec.source(certainty=real reference=test agreement)
            rule b-capped: 40 of 40 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=40)
              rec.cap_ok(cap_ects=90 cap_percent=50 wanted_ects=40)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

#[test]
fn overlap_group_counts_only_the_largest() {
    check_rules(
        json!([
            rule("r1", credits(40), json!({"overlap_group": "g"})),
            rule("r2", credits(60), json!({"overlap_group": "g"})),
            rule("r3", credits(5), json!({}))
        ]),
        expect![[r#"
        route bsc: 23 months, EUR 2300, 115 ECTS studied, 65 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 23 months, EUR 2300, 180 ECTS: 65 recognised (65 prior, 0 carried), 115 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule r1: 0 of 40 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=40)
              rec.overlap(group=g rule=r2)
              rec.source(certainty=real reference=test agreement)
            rule r2: 60 of 60 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=60)
              rec.source(certainty=real reference=test agreement)
            rule r3: 5 of 5 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=5)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

#[test]
fn exempted_modules_count_once() {
    check_rules(
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
        expect![[r#"
        route bsc: 30 months, EUR 3000, 150 ECTS studied, 30 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 30 months, EUR 3000, 180 ECTS: 30 recognised (30 prior, 0 carried), 150 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule r1: 30 of 30 ECTS, modules m1 m2
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.exemption(ects=30 modules=m1,m2)
              rec.source(certainty=real reference=test agreement)
            rule r2: 0 of 20 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.exemption(ects=20 modules=)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

#[test]
fn advanced_entry_into_year_three_of_three() {
    check_rules(
        json!([rule(
            "r1",
            json!({"type": "advanced_entry", "year": 3}),
            json!({})
        )]),
        expect![[r#"
        route bsc: 12 months, EUR 1200, 60 ECTS studied, 120 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 12 months, EUR 1200, 180 ECTS: 120 recognised (120 prior, 0 carried), 60 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule r1: 120 of 120 ECTS, entry into year 3
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.advanced_entry(ects=120 year=3)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
}

/// Only `ok` applies: the others expired, are not yet valid, ask for a better grade
/// than 80, or for a credential younger than its 4.4 years.
#[test]
fn expired_rules_and_unmet_conditions_do_not_apply() {
    check_rules(
        json!([
            rule("expired", credits(10), json!({"valid_until": "2025-12-31"})),
            rule("future", credits(10), json!({"valid_from": "2027-01-01"})),
            rule(
                "grade",
                credits(10),
                json!({"conditions": {"min_grade": 85}})
            ),
            rule(
                "old",
                credits(10),
                json!({"conditions": {"max_years_since": 3}})
            ),
            rule(
                "ok",
                credits(7),
                json!({"conditions": {"min_grade": 75, "max_years_since": 5}})
            )
        ]),
        expect![[r#"
        route bsc: 34.6 months, EUR 3460, 173 ECTS studied, 7 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 34.6 months, EUR 3460, 180 ECTS: 7 recognised (7 prior, 0 carried), 173 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule ok: 7 of 7 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=7)
              rec.grade_ok(min_grade=75)
              rec.recent_ok(max_years=5)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3), prep.grade_proof(credential=vet min_grade=75)
    "#]],
    );
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
                credits(20),
                json!({"conditions": {"max_years_since": 5}})
            ),
            rule(
                "until-2027",
                credits(10),
                json!({"valid_until": "2027-06-30"})
            )
        ]),
        json!([]),
    );
    check(
        &ds,
        json!({}),
        expect![[r#"
        route bsc: 30 months, EUR 3000, 150 ECTS studied, 30 recognised, 0 carried, 0 uncertain steps
          bsc from month 0: 30 months, EUR 3000, 180 ECTS: 30 recognised (30 prior, 0 carried), 150 studied
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule recent: 20 of 20 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=20)
              rec.recent_ok(max_years=5)
              rec.source(certainty=real reference=test agreement)
            rule until-2027: 10 of 10 ECTS
              rec.kind(issuer=Uni kind=articulation)
              rec.from(from=vet)
              rec.credits(ects=10)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
    "#]],
    );
    check(
        &ds,
        json!({"constraints": {"earliest_start": "2028-01-01"}}),
        expect![[r#"
            route bsc: 36 months, EUR 3600, 180 ECTS studied, 0 recognised, 0 carried, 0 uncertain steps
              bsc from month 0: 36 months, EUR 3600, 180 ECTS: 0 recognised (0 prior, 0 carried), 180 studied
                entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
                prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
        "#]],
    );
}

/// Ranked on binding recognition (the default), the 60 ECTS of an individual assessment
/// are possible, not certain; ranked on what is possible they count and make the step
/// uncertain; a learner who avoids individual assessment does without them.
#[test]
fn individual_assessment_counts_only_when_the_learner_counts_on_it() {
    let ds = dataset(
        json!([rule("ind", credits(60), json!({"kind": "individual"}))]),
        json!([]),
    );
    check(
        &ds,
        json!({}),
        expect![[r#"
            route bsc: 36 months, EUR 3600, 180 ECTS studied, 0 recognised, 0 carried, 0 uncertain steps
              bsc from month 0: 36 months, EUR 3600, 180 ECTS: 0 recognised (0 prior, 0 carried), 180 studied, uncertain
                binding 0 recognised (36 months), possible 60 recognised (24 months)
                entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
                rule ind: 60 of 60 ECTS
                  rec.kind(issuer=Uni kind=individual)
                  rec.from(from=vet)
                  rec.credits(ects=60)
                  rec.source(certainty=real reference=test agreement)
                prepare: prep.certificate(credential=vet), prep.work_proof(years=3), prep.portfolio(rule=ind)
        "#]],
    );
    check(
        &ds,
        json!({"basis": "possible"}),
        expect![[r#"
        route bsc: 24 months, EUR 2400, 120 ECTS studied, 60 recognised, 0 carried, 1 uncertain steps
          bsc from month 0: 24 months, EUR 2400, 180 ECTS: 60 recognised (60 prior, 0 carried), 120 studied, uncertain
            binding 0 recognised (36 months), possible 60 recognised (24 months)
            entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
            rule ind: 60 of 60 ECTS
              rec.kind(issuer=Uni kind=individual)
              rec.from(from=vet)
              rec.credits(ects=60)
              rec.source(certainty=real reference=test agreement)
            prepare: prep.certificate(credential=vet), prep.work_proof(years=3), prep.portfolio(rule=ind)
    "#]],
    );
    check(
        &ds,
        json!({"preferences": {"avoid_individual": true}}),
        expect![[r#"
            route bsc: 36 months, EUR 3600, 180 ECTS studied, 0 recognised, 0 carried, 0 uncertain steps
              bsc from month 0: 36 months, EUR 3600, 180 ECTS: 0 recognised (0 prior, 0 carried), 180 studied
                entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
                prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
        "#]],
    );
}

/// The micro-credential opens a 90-ECTS recognition that the VET alone does not. Earned
/// inside the route, its credit is carried over, not recognised prior learning. The
/// direct route (36 months, EUR 3600, 180 ECTS) is dominated on duration, cost and
/// workload, but not once steps count.
#[test]
fn a_bridging_micro_credential_route_beats_the_direct_one_on_workload() {
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
    check(
        &ds,
        json!({"criteria": ["duration", "cost", "workload"], "rank_by": "workload"}),
        expect![[r#"
            route mc-course>bsc: 21 months, EUR 2100, 96 ECTS studied, 0 recognised, 90 carried, 0 uncertain steps
              mc-course from month 0: 3 months, EUR 300, 6 ECTS: 0 recognised (0 prior, 0 carried), 6 studied
                entry: entry.open
              bsc from month 3: 18 months, EUR 1800, 180 ECTS: 90 recognised (0 prior, 90 carried), 90 studied
                entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
                rule r-mc: 90 of 90 ECTS
                  rec.kind(issuer=Uni kind=automatic)
                  rec.from(from=vet,mc)
                  rec.credits(ects=90)
                  rec.carried
                  rec.source(certainty=real reference=stacking rule)
                prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
        "#]],
    );
    check(
        &ds,
        json!({"criteria": ["workload", "steps"]}),
        expect![[r#"
            route mc-course>bsc: 21 months, EUR 2100, 96 ECTS studied, 0 recognised, 90 carried, 0 uncertain steps
              mc-course from month 0: 3 months, EUR 300, 6 ECTS: 0 recognised (0 prior, 0 carried), 6 studied
                entry: entry.open
              bsc from month 3: 18 months, EUR 1800, 180 ECTS: 90 recognised (0 prior, 90 carried), 90 studied
                entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
                rule r-mc: 90 of 90 ECTS
                  rec.kind(issuer=Uni kind=automatic)
                  rec.from(from=vet,mc)
                  rec.credits(ects=90)
                  rec.carried
                  rec.source(certainty=real reference=stacking rule)
                prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
            route bsc: 36 months, EUR 3600, 180 ECTS studied, 0 recognised, 0 carried, 0 uncertain steps
              bsc from month 0: 36 months, EUR 3600, 180 ECTS: 0 recognised (0 prior, 0 carried), 180 studied
                entry: entry.any_of(chosen=2 of=2), entry.credential(credential=vet), entry.work(min_years=3 years=4)
                prepare: prep.certificate(credential=vet), prep.work_proof(years=3)
        "#]],
    );
}
