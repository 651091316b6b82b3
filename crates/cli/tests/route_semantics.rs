//! Recognition semantics as a counsellor checks them: each case is a small inline dataset,
//! a learner and a goal, and the plan rendered as the text `pathways route` prints. The
//! expected figures were computed by hand; the comment above each case shows the sum.
//!
//! One file of some 650 lines: the cases share the dataset builders and the renderer, and
//! each file under `tests/` is a crate of its own that would compile them again.

use expect_test::{expect, Expect};
use pathways_cli::route::plan_text;
use pathways_engine::route::{plan, Query};
use pathways_engine::{Dataset, DatasetFile};
use serde_json::{json, Value};

/// A provider, then the offers and rules given; credentials are implied by the offers
/// unless declared.
fn dataset(credentials: Value, offers: Value, rules: Value) -> Dataset {
    let file: DatasetFile = serde_json::from_value(json!({
        "format": "pathways-dataset", "version": 1,
        "providers": [{"id": "p", "name": {"en": "Provider"}, "country": "DE"}],
        "credentials": credentials,
        "offers": offers,
        "rules": rules,
    }))
    .expect("test dataset parses");
    Dataset::from_files([file])
}

/// An offer by provider `p` in field 0613, awarding a credential of its own id; `.with`
/// states what else the case is about.
fn offer(id: &str, kind: &str, ects: f64, months: f64, cost: f64) -> Value {
    json!({
        "id": id, "title": {"en": id.to_uppercase()}, "kind": kind, "provider": "p",
        "eqf": 6, "credits": {"value": ects, "system": "ects"}, "duration_months": months,
        "modes": ["full_time"], "languages": ["en"], "cost": {"amount": cost, "currency": "EUR"},
        "field": "0613", "awards": id
    })
}

/// A rule issued by Uni that cites an illustrative source named after it; `.with` states
/// what else the case is about.
fn rule(id: &str, from: &[&str], to: &str, grant: Value, kind: &str) -> Value {
    json!({
        "id": id, "from": from, "to": to, "grant": grant, "kind": kind, "issuer": "Uni",
        "source": {"reference": format!("source of {id}"), "certainty": "illustrative"}
    })
}

/// Entry into year `n` of the target.
fn year(n: u32) -> Value {
    json!({"type": "advanced_entry", "year": n})
}

/// `n` ECTS of credit.
fn ects(n: f64) -> Value {
    json!({"type": "credits", "ects": n})
}

/// An entry requirement: holding `credential`.
fn needs(credential: &str) -> Value {
    json!({"type": "credential", "credential": credential})
}

/// Fields added to (or replacing those of) an offer, a rule or a query.
trait With {
    fn with(self, extra: Value) -> Value;
}

impl With for Value {
    fn with(mut self, extra: Value) -> Value {
        if let (Some(o), Some(e)) = (self.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        self
    }
}

/// A route query for 2026-12-01 with the fields given.
fn query(fields: Value) -> Query {
    serde_json::from_value(json!({"today": "2026-12-01"}).with(fields)).expect("test query parses")
}

fn check(ds: &Dataset, fields: Value, expected: Expect) {
    let q = query(fields);
    let p = plan(ds, &q).expect("plans");
    expected.assert_eq(&plan_text(&pathways_cli::english(), ds, &p, Some(&q)));
}

/// HNC (1 year) → year 2, HND (2nd year) → year 3 of a 4-year, 240-ECTS honours degree
/// costing EUR 1200 a year; the college years are free.
fn scottish() -> Dataset {
    dataset(
        json!([]),
        json!([
            offer("hnc", "short_cycle_he", 60.0, 12.0, 0.0).with(json!({"eqf": 5})),
            offer("hnd", "short_cycle_he", 60.0, 12.0, 0.0)
                .with(json!({"eqf": 5, "entry": needs("hnc")})),
            offer("bsc", "bachelor", 240.0, 48.0, 4800.0).with(json!({"years": 4})),
        ]),
        json!([
            rule("hnc-y2", &["hnc"], "bsc", year(2), "articulation"),
            rule("hnd-y3", &["hnd"], "bsc", year(3), "articulation"),
        ]),
    )
}

#[test]
fn advanced_entries_never_add_up() {
    // Holding the HND (and so the HNC): entry into year 3 skips years 1-2 = 120 of 240 ECTS;
    // year 2 is inside what year 3 skips, so it adds nothing: 48 × 120/240 = 24 months.
    check(
        &scottish(),
        json!({"profile": {"held": [{"credential": "hnc"}, {"credential": "hnd"}]},
               "goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 24.0 months, EUR 2400, 120 ECTS recognised (binding–possible), 120 ECTS to study, 1 step(s)
              1. BSC [bsc] — from month 0.0, 24.0 months, EUR 2400, 120/240 ECTS recognised
                   entry: Open to everyone: no entry requirements.
                   recognition hnc-y2 (0 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: HNC [hnc].
                     - Entry directly into year 2 (60 ECTS recognised).
                     - Not counted: rule hnd-y3 already lets you enter a later year, which includes this one.
                     - Source: source of hnc-y2 (illustrative, not a verified figure).
                   recognition hnd-y3 (120 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: HND [hnd].
                     - Entry directly into year 3 (120 ECTS recognised).
                     - Source: source of hnd-y3 (illustrative, not a verified figure).
                   prepare: Certificate of HND [hnd].
        "#]],
    );
}

#[test]
fn a_route_through_a_lower_credential_is_never_better() {
    // Holding only the HND (whose entry asked for the HNC, not held as a record): taking the
    // HNC first would add 12 months and still only give year 3, so the direct route is the
    // only one.
    check(
        &scottish(),
        json!({"profile": {"held": [{"credential": "hnd"}]},
               "goal": {"type": "offer", "offer": "bsc"}, "k": 5}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 24.0 months, EUR 2400, 120 ECTS recognised (binding–possible), 120 ECTS to study, 1 step(s)
              1. BSC [bsc] — from month 0.0, 24.0 months, EUR 2400, 120/240 ECTS recognised
                   entry: Open to everyone: no entry requirements.
                   recognition hnd-y3 (120 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: HND [hnd].
                     - Entry directly into year 3 (120 ECTS recognised).
                     - Source: source of hnd-y3 (illustrative, not a verified figure).
                   prepare: Certificate of HND [hnd].
        "#]],
    );
}

/// A 180-ECTS, 36-month bachelor with a pauschal 25-ECTS exemption (binding) and an
/// individual Anrechnung of up to 60 ECTS under the German 50 % rule.
fn german() -> Dataset {
    let exemption = json!({"type": "exemption", "modules": ["intro"]});
    dataset(
        json!([{"id": "vet", "title": {"en": "IT specialist (VET)"}, "eqf": 4, "field": "0613"}]),
        json!([offer("bsc", "bachelor", 180.0, 36.0, 1800.0).with(json!({
            "years": 3,
            "modules": [{"id": "intro", "title": {"en": "Introduction"}, "credits": 25}],
            "credit_cap": {"share": 0.5, "covers": "outside_he",
                           "source": {"reference": "KMK 28.06.2002", "certainty": "illustrative"}}
        }))]),
        json!([
            rule("pauschal", &["vet"], "bsc", exemption, "articulation")
                .with(json!({"documents": [{"en": "IHK certificate"}]})),
            rule("individual", &["vet"], "bsc", ects(60.0), "individual")
                .with(json!({"documents": [{"en": "Framework curriculum"}]})),
        ]),
    )
}

#[test]
fn certain_and_possible_credit_are_a_range() {
    // Binding: 25 ECTS, 36 × 155/180 = 31 months, EUR 1800 × 155/180 = 1550.
    // Possible: 25 + 60 = 85 ≤ 90 (50 % of 180), 36 × 95/180 = 19 months, EUR 950.
    check(
        &german(),
        json!({"profile": {"held": [{"credential": "vet"}]},
               "goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 19.0–31.0 months, EUR 950–1550, 25–85 ECTS recognised (binding–possible), 155 ECTS to study, 1 step(s)
              1. BSC [bsc] — from month 0.0, 19.0–31.0 months, EUR 950–1550, 25–85/180 ECTS recognised [uncertain]
                   entry: Open to everyone: no entry requirements.
                   recognition individual (60 ECTS counted, after individual assessment):
                     - Recognition type: individual assessment (case by case), decided by Uni.
                     - Based on: IT specialist (VET) [vet].
                     - Grants 60 ECTS.
                     - The programme-wide cap of 90 ECTS on credit from outside higher education applies but was not reached (KMK 28.06.2002).
                     - Source: source of individual (illustrative, not a verified figure).
                   recognition pauschal (25 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: IT specialist (VET) [vet].
                     - Exempts from modules intro (25 ECTS).
                     - The programme-wide cap of 90 ECTS on credit from outside higher education applies but was not reached (KMK 28.06.2002).
                     - Source: source of pauschal (illustrative, not a verified figure).
                   outcome: 60 ECTS depend on an individual assessment by Uni (rule individual).
                   prepare: Certificate of IT specialist (VET) [vet].
                   prepare: An application for individual assessment (portfolio, module descriptions).
                   prepare: A document the agreement asks for: Framework curriculum
                   prepare: A document the agreement asks for: IHK certificate
        "#]],
    );
}

#[test]
fn the_ranking_basis_is_the_users_choice() {
    // The same route ranked on the best case: its headline figures are the possible ones.
    let ds = german();
    let q = query(json!({
        "basis": "possible", "profile": {"held": [{"credential": "vet"}]},
        "goal": {"type": "offer", "offer": "bsc"}
    }));
    let t = &plan(&ds, &q).unwrap().routes[0].totals;
    assert_eq!(
        (t.months, t.recognised_ects, t.cost_eur),
        (19.0, 85.0, 950.0)
    );
    assert_eq!((t.binding.months, t.binding.recognised_ects), (31.0, 25.0));
    let q = Query {
        basis: pathways_engine::route::Basis::Expected,
        ..q
    };
    let t = &plan(&ds, &q).unwrap().routes[0].totals;
    assert_eq!((t.months, t.recognised_ects), (25.0, 55.0));
}

#[test]
fn a_programme_wide_cap_limits_every_rule_it_covers_and_not_higher_education() {
    // Outside HE: Meister 60 (articulation) + VET 60 (individual) = 120, capped at 90 ECTS
    // (50 % of 180). The HE module's 30 ECTS are not covered: possible 90 + 30 = 120.
    // Binding: Meister 60 + module 30 = 90. Months: 36 × 60/180 = 12 and 36 × 90/180 = 18.
    let ds = dataset(
        json!([{"id": "vet", "title": {"en": "VET"}, "eqf": 4},
               {"id": "meister", "title": {"en": "Meister"}, "eqf": 6}]),
        json!([
            offer("module", "he_module", 30.0, 6.0, 0.0),
            offer("bsc", "bachelor", 180.0, 36.0, 0.0).with(json!({"years": 3,
                "credit_cap": {"share": 0.5, "covers": "outside_he",
                               "source": {"reference": "KMK 2002", "certainty": "illustrative"}}})),
        ]),
        json!([
            rule("r-meister", &["meister"], "bsc", ects(60.0), "articulation"),
            rule("r-module", &["module"], "bsc", ects(30.0), "automatic"),
            rule("r-vet", &["vet"], "bsc", ects(60.0), "individual"),
        ]),
    );
    check(
        &ds,
        json!({"profile": {"held": [{"credential": "vet"}, {"credential": "meister"}, {"credential": "module"}]},
               "goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 12.0–18.0 months, EUR 0, 90–120 ECTS recognised (binding–possible), 90 ECTS to study, 1 step(s)
              1. BSC [bsc] — from month 0.0, 12.0–18.0 months, EUR 0, 90–120/180 ECTS recognised [uncertain]
                   entry: Open to everyone: no entry requirements.
                   recognition r-meister (60 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: Meister [meister].
                     - Grants 60 ECTS.
                     - The programme-wide cap of 90 ECTS on credit from outside higher education applies but was not reached (KMK 2002).
                     - Source: source of r-meister (illustrative, not a verified figure).
                   recognition r-module (30 ECTS counted):
                     - Recognition type: automatic (by law, for everyone), decided by Uni.
                     - Based on: MODULE [module].
                     - Grants 30 ECTS.
                     - Source: source of r-module (illustrative, not a verified figure).
                   recognition r-vet (30 ECTS counted, after individual assessment):
                     - Recognition type: individual assessment (case by case), decided by Uni.
                     - Based on: VET [vet].
                     - Grants 60 ECTS.
                     - The programme-wide cap of 90 ECTS limited this recognition (60 ECTS would have been granted; KMK 2002).
                     - Source: source of r-vet (illustrative, not a verified figure).
                   outcome: 30 ECTS depend on an individual assessment by Uni (rule r-vet).
                   prepare: Certificate of Meister [meister].
                   prepare: Certificate of MODULE [module].
                   prepare: Certificate of VET [vet].
                   prepare: An application for individual assessment (portfolio, module descriptions).
        "#]],
    );
}

#[test]
fn credit_earned_inside_the_route_is_carried_over_not_recognised() {
    // Holding the HNC: the HND taken as step 1 (12 months, free) gives year 3 of the degree:
    // 120 ECTS carried over, 0 recognised prior learning (the HNC's year 2 is inside what the
    // HND skips); 12 + 24 = 36 months, EUR 2400. Entering year 2 directly also takes 36
    // months but costs EUR 3600, so it is dominated.
    check(
        &scottish(),
        json!({"profile": {"held": [{"credential": "hnc"}]},
               "goal": {"type": "offer", "offer": "bsc"}, "k": 1}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 36.0 months, EUR 2400, 0 ECTS recognised (binding–possible), 180 ECTS to study, 2 step(s), 120 ECTS carried over between steps
              1. HND [hnd] — from month 0.0, 12.0 months, EUR 0, 0/60 ECTS recognised
                   entry: Entry requirement met by holding HNC [hnc].
                   prepare: Certificate of HNC [hnc].
                   stop here: If you stop after this step you hold HND [hnd], a qualification at EQF 5.
              2. BSC [bsc] — from month 12.0, 24.0 months, EUR 2400, 120/240 ECTS recognised
                   entry: Open to everyone: no entry requirements.
                   recognition hnc-y2 (0 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: HNC [hnc].
                     - Entry directly into year 2 (60 ECTS recognised).
                     - Not counted: rule hnd-y3 already lets you enter a later year, which includes this one.
                     - Source: source of hnc-y2 (illustrative, not a verified figure).
                   recognition hnd-y3 (120 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: HND [hnd].
                     - Entry directly into year 3 (120 ECTS recognised).
                     - Based on a qualification earned earlier in this route: credit carried over, not prior learning.
                     - Source: source of hnd-y3 (illustrative, not a verified figure).
        "#]],
    );
}

/// A BTS taught in two years, the same BTS by validation of experience (VAE), and a
/// licence professionnelle that needs the BTS.
fn french() -> Dataset {
    dataset(
        json!([]),
        json!([
            offer("bts", "short_cycle_he", 120.0, 24.0, 0.0).with(json!({"eqf": 5})),
            offer("vae", "validation_procedure", 120.0, 8.0, 900.0).with(json!({
                "eqf": 5, "awards": "bts",
                "entry": {"type": "work_experience", "years": 1, "field": "0413"}})),
            offer("lpro", "bachelor", 60.0, 12.0, 200.0).with(json!({"entry": needs("bts")})),
        ]),
        json!([]),
    )
}

#[test]
fn a_credential_is_a_goal_and_validation_says_how_it_may_end() {
    // "I want a BTS": the VAE (8 months, EUR 900, a jury decides) and the programme (24
    // months, free) both award it; the VAE may end in a partial award, leaving the rest to
    // study in the programme.
    check(
        &french(),
        json!({"profile": {"work": [{"years": 3, "field": "0413"}]},
               "goal": {"type": "credential", "credential": "bts"}}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 8.0 months, EUR 900, 0 ECTS recognised (binding–possible), 120 ECTS to study, 1 step(s), 1 uncertain
              1. VAE [vae] — from month 0.0, 8.0 months, EUR 900, 0/120 ECTS recognised [uncertain]
                   entry: Entry requirement of work experience (1 year) in Management and administration (0413) met (3 years).
                   outcome: A jury decides on VAE [vae]: it may award the whole of BTS [bts].
                   outcome: A partial award is possible: the parts not validated are still to study (for instance at BTS [bts]) before you hold BTS [bts].
                   prepare: Proof of your work experience (1 year) in Management and administration (0413) (employer references, contracts).
                   prepare: The dossier for VAE [vae]: evidence of what you have learned and done (portfolio, work certificates).
            Route 2: 24.0 months, EUR 0, 0 ECTS recognised (binding–possible), 120 ECTS to study, 1 step(s)
              1. BTS [bts] — from month 0.0, 24.0 months, EUR 0, 0/120 ECTS recognised
                   entry: Open to everyone: no entry requirements.
        "#]],
    );
}

#[test]
fn documents_only_for_rules_that_count() {
    // Two rules recognise the same learning (one overlap group): only the larger counts, and
    // only its document is asked for.
    // Both rules are in overlap group "same"; each asks for its own document.
    let same_group = |doc: &str| json!({"overlap_group": "same", "documents": [{"en": doc}]});
    let ds = dataset(
        json!([{"id": "vet", "title": {"en": "VET"}, "eqf": 4}]),
        json!([offer("bsc", "bachelor", 180.0, 36.0, 0.0).with(json!({"years": 3}))]),
        json!([
            rule("big", &["vet"], "bsc", ects(30.0), "articulation").with(same_group("Transcript")),
            rule("small", &["vet"], "bsc", ects(10.0), "articulation")
                .with(same_group("Module handbook")),
        ]),
    );
    let q = query(json!({"profile": {"held": [{"credential": "vet"}]},
                         "goal": {"type": "offer", "offer": "bsc"}}));
    let p = plan(&ds, &q).unwrap();
    let text = plan_text(&pathways_cli::english(), &ds, &p, None);
    assert!(text.contains("asks for: Transcript"), "{text}");
    assert!(!text.contains("Module handbook"), "{text}");
}

#[test]
fn no_route_respects_the_limits_and_names_what_is_missing() {
    // Budget 0: the licence costs EUR 200 and the VAE EUR 900, so every route is over budget,
    // and no paying offer is proposed as an alternative.
    check(
        &french(),
        json!({"profile": {"work": [{"years": 3, "field": "0413"}]},
               "goal": {"type": "offer", "offer": "lpro"},
               "constraints": {"budget_eur": 0}}),
        expect![[r#"
            No route reaches the goal.
              - Every route to LPRO [lpro] costs at least EUR 200; your budget is EUR 0.
            Reachable alternatives within your limits:
              - BTS [bts]
        "#]],
    );
    // A requirement nothing in the data awards.
    let ds = dataset(
        json!([{"id": "bac", "title": {"en": "Baccalauréat"}, "eqf": 4}]),
        json!([offer("bsc", "bachelor", 180.0, 36.0, 0.0).with(json!({"entry": needs("bac")}))]),
        json!([]),
    );
    check(
        &ds,
        json!({"goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
        No route reaches the goal.
          - BSC [bsc] requires Baccalauréat [bac], and no offer in this dataset awards it: ask a counsellor where it can be obtained.
    "#]],
    );
}

#[test]
fn requirements_name_their_field_and_years() {
    // One year of work in software development: "1 year", with the field's name.
    let ds = dataset(
        json!([]),
        json!([offer("cert", "adult_course", 10.0, 6.0, 0.0).with(json!({
            "entry": {"type": "work_experience", "years": 1, "field": "0613"}}))]),
        json!([]),
    );
    check(
        &ds,
        json!({"goal": {"type": "offer", "offer": "cert"}}),
        expect![[r#"
        No route reaches the goal.
          - CERT [cert] requires 1 year of work experience in Software and applications development and analysis (0613) (you have 0 years).
    "#]],
    );
}

#[test]
fn an_unknown_duration_never_makes_a_route_look_shortest() {
    // The direct route is 40 months, fully known. Through a preparatory course of unknown
    // length it is "36 months + unknown": a lower bound, so it ranks after the known route
    // instead of first, and a pointless extra step never hides the direct route.
    let ds = dataset(
        json!([{"id": "vet", "title": {"en": "VET"}, "eqf": 4}]),
        json!([
            {"id": "prep", "title": {"en": "PREP"}, "kind": "adult_course", "provider": "p",
             "eqf": 4, "modes": ["full_time"], "languages": ["en"], "awards": "prep"},
            offer("long", "bachelor", 240.0, 40.0, 0.0)
                .with(json!({"awards": "ba", "entry": needs("vet")})),
            offer("short", "bachelor", 180.0, 36.0, 0.0)
                .with(json!({"awards": "ba", "entry": needs("prep")})),
        ]),
        json!([]),
    );
    let q = query(json!({"profile": {"held": [{"credential": "vet"}]},
                         "goal": {"type": "credential", "credential": "ba"}}));
    let p = plan(&ds, &q).unwrap();
    let ids: Vec<&str> = p.routes.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["long", "prep>short"]);
    let text = plan_text(&pathways_cli::english(), &ds, &p, None);
    assert!(
        text.contains("Route 2: 36.0 months + unknown (1 step(s)), EUR 0 + unknown (1 step(s))"),
        "{text}"
    );
}

#[test]
fn after_a_step_of_unknown_length_the_start_is_a_lower_bound() {
    let mut course = offer("course", "adult_course", 0.0, 0.0, 0.0).with(json!({"eqf": 4}));
    if let Some(o) = course.as_object_mut() {
        o.remove("duration_months");
    }
    let ds = dataset(
        json!([]),
        json!([
            course,
            offer("bsc", "bachelor", 180.0, 36.0, 0.0).with(json!({"entry": needs("course")}))
        ]),
        json!([]),
    );
    check(
        &ds,
        json!({"goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 36.0 months + unknown (1 step(s)), EUR 0, 0 ECTS recognised (binding–possible), 180 ECTS to study, 2 step(s)
              1. COURSE [course] — from month 0.0, duration unknown, EUR 0, 0/0 ECTS recognised
                   entry: Open to everyone: no entry requirements.
                   prepare: The data gives no duration for COURSE [course]: ask the provider.
                   stop here: If you stop after this step you hold COURSE [course], a qualification at EQF 4. On its own it already opens BSC [bsc].
              2. BSC [bsc] — from month 0.0 + unknown, 36.0 months, EUR 0, 0/180 ECTS recognised
                   entry: Entry requirement met by holding COURSE [course].
        "#]],
    );
}

/// A bachelor open to all, and a bachelor that asks for "a German qualification at EQF 4".
fn two_bachelors(rules: Value) -> Dataset {
    dataset(
        json!([]),
        json!([
            offer("ba", "bachelor", 180.0, 36.0, 0.0),
            offer("bsc", "bachelor", 180.0, 36.0, 0.0)
                .with(json!({"entry": {"type": "level", "min_eqf": 4, "country": "DE"}}))
        ]),
        rules,
    )
}

#[test]
fn a_degree_is_not_an_entry_ticket_to_another_of_its_level() {
    // The BA is a German EQF 6 qualification, but a route does not take three years of
    // one bachelor only to meet another bachelor's entry.
    check(
        &two_bachelors(json!([])),
        json!({"goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
            No route reaches the goal.
              - BSC [bsc] requires a qualification at EQF level 4 or higher from Germany (a foreign one needs a recognition decision first).
            Reachable alternatives within your limits:
              - BA [ba]
        "#]],
    );
    // With recognition from the BA into the BSc, the BA is a way in, not a detour.
    let ba_bsc = rule("ba-bsc", &["ba"], "bsc", ects(60.0), "articulation");
    check(
        &two_bachelors(json!([ba_bsc])),
        json!({"goal": {"type": "offer", "offer": "bsc"}}),
        expect![[r#"
            Ranked by binding recognition (binding = laws and agreements only; possible = what individual assessments may add).
            Route 1: 60.0 months, EUR 0, 0 ECTS recognised (binding–possible), 300 ECTS to study, 2 step(s), 60 ECTS carried over between steps
              1. BA [ba] — from month 0.0, 36.0 months, EUR 0, 0/180 ECTS recognised
                   entry: Open to everyone: no entry requirements.
                   stop here: If you stop after this step you hold BA [ba], a qualification at EQF 6. On its own it already opens BSC [bsc].
              2. BSC [bsc] — from month 36.0, 24.0 months, EUR 0, 60/180 ECTS recognised
                   entry: Entry requirement “a qualification at EQF level 4 or higher from Germany” met by BA [ba] (EQF 6).
                   recognition ba-bsc (60 ECTS counted):
                     - Recognition type: agreement between institutions (binding), decided by Uni.
                     - Based on: BA [ba].
                     - Grants 60 ECTS.
                     - Based on a qualification earned earlier in this route: credit carried over, not prior learning.
                     - Source: source of ba-bsc (illustrative, not a verified figure).
        "#]],
    );
}
