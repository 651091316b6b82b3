//! The demo dataset: it checks clean, has the shape the product promises, and the named
//! learner scenarios plan the routes a counsellor finds by hand from the quoted sources
//! (pathways-data/SCENARIOS.md and the fact sheets in pathways-data/countries/).

use pathways_engine::route::{plan, Plan, Query};
use pathways_engine::validate::{check_texts, CheckOptions};
use pathways_engine::*;
use serde_json::json;
use std::collections::BTreeSet;

fn inputs() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pathways-data/demo");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

fn demo() -> Dataset {
    let report = check_texts(
        &inputs(),
        &CheckOptions {
            today: Some("2026-12-01".into()),
        },
    );
    assert_eq!(
        report.diagnostics,
        vec![],
        "the demo dataset must check clean"
    );
    report.dataset.unwrap()
}

#[test]
fn every_demo_file_checks_clean_on_its_own() {
    // An institution can take one country's file and use it alone.
    for input in inputs() {
        let name = input.0.clone();
        let report = check_texts(
            &[input],
            &CheckOptions {
                today: Some("2026-12-01".into()),
            },
        );
        assert_eq!(report.diagnostics, vec![], "{name}");
    }
}

#[test]
fn demo_has_the_promised_shape() {
    let ds = demo();
    let real = |s: Option<&Source>| s.is_some_and(|s| s.certainty == Certainty::Real);
    let real_offers = ds.offers.iter().filter(|o| real(o.source.as_ref())).count();
    let real_rules = ds.rules.iter().filter(|r| real(Some(&r.source))).count();
    assert!(real_offers >= 200, "{real_offers} real offers");
    assert!(real_rules >= 150, "{real_rules} real rules");
    let countries: BTreeSet<&str> = ds
        .offers
        .iter()
        .filter_map(|o| ds.offer_country(o))
        .collect();
    assert!(countries.len() >= 10, "{countries:?}");
    let validation_countries: BTreeSet<&str> = ds
        .offers
        .iter()
        .filter(|o| o.kind == OfferKind::ValidationProcedure)
        .filter_map(|o| ds.offer_country(o))
        .collect();
    assert!(validation_countries.len() >= 8, "{validation_countries:?}");
    for k in [
        OfferKind::VetQualification,
        OfferKind::Apprenticeship,
        OfferKind::ShortCycleHe,
        OfferKind::Bachelor,
        OfferKind::Master,
        OfferKind::AdultCourse,
        OfferKind::MicroCredential,
        OfferKind::ValidationProcedure,
    ] {
        assert!(ds.offers.iter().any(|o| o.kind == k), "{k:?}");
    }
    // Every mechanism the product is about appears with a real, quoted source.
    let real_rule = |pred: &dyn Fn(&RecognitionRule) -> bool| {
        ds.rules.iter().any(|r| real(Some(&r.source)) && pred(r))
    };
    assert!(real_rule(&|r| matches!(
        r.grant,
        Grant::AdvancedEntry { .. }
    )));
    assert!(real_rule(&|r| matches!(r.grant, Grant::Exemption { .. })));
    assert!(real_rule(&|r| r.kind == RecognitionKind::Individual));
    assert!(real_rule(&|r| r.kind == RecognitionKind::Automatic));
    assert!(ds.offers.iter().filter(|o| o.credit_cap.is_some()).count() >= 20);
}

/// Every correction of the fact-check, pinned to the record that carries it (the quotes are
/// in the data and in the fact sheets).
#[test]
fn the_fact_checks_corrections_are_in_the_data() {
    let ds = demo();
    let rule = |id: &str| {
        ds.rules
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let offer = |id: &str| ds.offer(id).unwrap_or_else(|| panic!("{id}"));
    // 1. HS Düsseldorf's 89 CP only for the Installateur- und Heizungsbauer-Meister.
    let heat = rule("de-r-meister-heat");
    assert_eq!(
        (heat.from.as_slice(), &heat.grant),
        (
            &["de-meister-0715".to_string()][..],
            &Grant::Credits { ects: 89.0 }
        )
    );
    assert!(heat
        .source
        .quote
        .as_deref()
        .is_some_and(|q| q.contains("89 Credit Points")));
    // 2. No automatic double counting; FernUni 63811 is 5 ECTS; the 50 % rule on the offer.
    assert!(!ds
        .rules
        .iter()
        .any(|r| r.id.starts_with("de-r-access-credit")));
    let bsc = offer("de-bsc-0613");
    assert_eq!(
        bsc.modules
            .iter()
            .find(|m| m.id == "63811")
            .map(|m| m.credits),
        Some(5.0)
    );
    assert_eq!(bsc.credit_cap.as_ref().and_then(|c| c.share), Some(0.5));
    // 3. Flemish nursing bachelor: 240 sp in 4 years; HBO5 nursing: 3 years.
    let pba = offer("be-pba-verpl-tm");
    assert_eq!((pba.ects(), pba.duration_months), (240.0, Some(48.0)));
    assert_eq!(offer("be-hbo5-verpl-tisca").duration_months, Some(36.0));
    // 4. Finnish nursing AMK: 210 op in 3.5 years.
    let amk = offer("fi-amk-0913");
    assert_eq!((amk.ects(), amk.duration_months), (210.0, Some(42.0)));
    // 5. VAE asks for no minimum duration of experience.
    assert!(!format!("{:?}", offer("fr-vae-bts-0413").entry).contains("WorkExperience"));
    // 6. UCD: Higher Certificate → stage 2; no VAPP credit rules; Italy's cap is 48 CFU;
    //    Stirling's deadline is 14 January.
    assert_eq!(
        rule("ie-r-hc-bsc-agri").grant,
        Grant::AdvancedEntry { year: 2 }
    );
    assert!(!ds.rules.iter().any(|r| r.id.starts_with("fr-r-vapp")));
    assert_eq!(
        offer("it-laurea-0613")
            .credit_cap
            .as_ref()
            .and_then(|c| c.ects),
        Some(48.0)
    );
    assert_eq!(
        rule("uk-r-hnd-stirling").deadline.as_deref(),
        Some("--01-14")
    );
    // 7. Costs: the Ing. certification fee.
    assert_eq!(offer("at-ing").cost.as_ref().map(|c| c.amount), Some(449.0));
}

fn query(profile: serde_json::Value, goal: &str, extra: serde_json::Value) -> Query {
    let mut q = json!({"profile": profile, "goal": {"type": "offer", "offer": goal}, "today": "2026-12-01"});
    if let (serde_json::Value::Object(q), serde_json::Value::Object(e)) = (&mut q, extra) {
        q.extend(e);
    }
    serde_json::from_value(q).unwrap()
}

fn held(c: &str, grade: f64, date: &str) -> serde_json::Value {
    json!({"credential": c, "grade": grade, "completed": date})
}

/// A learner, a goal and what a counsellor computes by hand: the first route, recognised
/// prior learning counting binding rules only and counting what assessments may add, and
/// the months of both (None: the data gives no duration for a step).
struct Expect {
    name: &'static str,
    profile: serde_json::Value,
    goal: &'static str,
    countries: &'static [&'static str],
    first: &'static [&'static str],
    recognised: (f64, f64),
    months: Option<(f64, f64)>,
    entry_year: Option<u8>,
}

fn check(ds: &Dataset, e: &Expect) -> Plan {
    let p = plan(
        ds,
        &query(
            e.profile.clone(),
            e.goal,
            json!({"constraints": {"countries": e.countries}}),
        ),
    )
    .unwrap();
    let r = p
        .routes
        .first()
        .unwrap_or_else(|| panic!("{}: no route: {:?}", e.name, p.no_route));
    let ids: Vec<&str> = r.steps.iter().map(|s| s.offer.as_str()).collect();
    assert_eq!(ids, e.first, "{}", e.name);
    let t = &r.totals;
    let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
    assert!(
        close(t.binding.recognised_ects, e.recognised.0)
            && close(t.possible.recognised_ects, e.recognised.1),
        "{}: recognised {} / {}",
        e.name,
        t.binding.recognised_ects,
        t.possible.recognised_ects
    );
    match e.months {
        Some((b, p)) => assert!(
            close(t.binding.months, b)
                && close(t.possible.months, p)
                && t.unknown_months_steps == 0,
            "{}: months {} / {}",
            e.name,
            t.binding.months,
            t.possible.months
        ),
        None => assert!(
            t.unknown_months_steps > 0,
            "{}: duration should be unknown",
            e.name
        ),
    }
    let last = r.steps.last().unwrap();
    let year = last
        .recognitions
        .iter()
        .filter(|a| a.ects > 0.0)
        .find_map(|a| a.entry_year);
    assert_eq!(year, e.entry_year, "{}", e.name);
    p
}

/// Each scenario's numbers follow from the quoted rules (pathways-data/SCENARIOS.md).
#[test]
fn named_scenarios() {
    let ds = demo();
    let scenarios = [
        Expect {
            name: "Fachinformatiker + 3 years of IT work into B.Sc. Informatik (FernUni Hagen)",
            profile: json!({"held": [held("de-vet-0613", 80.0, "2023-07-01")], "work": [{"years": 3, "field": "0613"}]}),
            goal: "de-bsc-0613",
            countries: &["DE"],
            first: &["de-bsc-0613"],
            recognised: (5.0, 65.0),
            months: Some((35.0, 23.0)),
            entry_year: None,
        },
        Expect {
            name: "Installateur- und Heizungsbauer-Meister into B.Eng. HEAT: 89 CP",
            profile: json!({"held": [held("de-meister-0715", 85.0, "2024-06-01")]}),
            goal: "de-bsc-0715",
            countries: &["DE"],
            first: &["de-bsc-0715"],
            recognised: (89.0, 89.0),
            months: None,
            entry_year: None,
        },
        Expect {
            name: "Scottish HND Computing (graded units B) into year 3 at Stirling",
            profile: json!({"held": [held("uk-hnd-0613", 75.0, "2025-06-01")]}),
            goal: "uk-bsc-0613",
            countries: &[],
            first: &["uk-bsc-0613"],
            recognised: (120.0, 120.0),
            months: Some((24.0, 24.0)),
            entry_year: Some(3),
        },
        Expect {
            name: "Scottish HNC Computing into year 2 at Stirling",
            profile: json!({"held": [held("uk-hnc-0613", 65.0, "2025-06-01")]}),
            goal: "uk-bsc-0613",
            countries: &[],
            first: &["uk-bsc-0613"],
            recognised: (60.0, 60.0),
            months: Some((36.0, 36.0)),
            entry_year: Some(2),
        },
        Expect {
            name: "HND with graded units below B enters year 1",
            profile: json!({"held": [held("uk-hnd-0613", 50.0, "2025-06-01")]}),
            goal: "uk-bsc-0613",
            countries: &[],
            first: &["uk-bsc-0613"],
            recognised: (0.0, 0.0),
            months: Some((48.0, 48.0)),
            entry_year: None,
        },
        Expect {
            name: "Associate degree into year 3 of the hbo bachelor",
            profile: json!({"held": [held("nl-ad-0413", 70.0, "2024-07-01")]}),
            goal: "nl-hbo-0413",
            countries: &["NL"],
            first: &["nl-hbo-0413"],
            recognised: (120.0, 120.0),
            months: Some((24.0, 24.0)),
            entry_year: Some(3),
        },
        Expect {
            name: "BTS SIO into year 3 of the Cnam licence informatique",
            profile: json!({"held": [held("fr-bts-0613", 70.0, "2024-07-01")]}),
            goal: "fr-cnam-licence-info",
            countries: &["FR"],
            first: &["fr-cnam-licence-info"],
            recognised: (120.0, 120.0),
            months: None,
            entry_year: Some(3),
        },
        Expect {
            name: "BTS into licence professionnelle (the BTS is the access, not credit)",
            profile: json!({"held": [held("fr-bts-0613", 70.0, "2024-07-01")]}),
            goal: "fr-lpro-0613",
            countries: &["FR"],
            first: &["fr-lpro-0613"],
            recognised: (0.0, 0.0),
            months: Some((12.0, 12.0)),
            entry_year: None,
        },
        Expect {
            name: "HTL graduate (good grades) into year 2 at FH Kärnten after the entry exams",
            profile: json!({"held": [held("at-htl-0613", 80.0, "2025-06-01")]}),
            goal: "at-fhk-bsc-0613",
            countries: &["AT"],
            first: &["at-fhk-htl-exams", "at-fhk-bsc-0613"],
            recognised: (60.0, 60.0),
            months: Some((27.0, 27.0)),
            entry_year: Some(2),
        },
        Expect {
            name: "Austrian apprenticeship, Berufsreifeprüfung, FernFH bachelor",
            profile: json!({"held": [held("at-lap-0413", 70.0, "2021-07-01")]}),
            goal: "at-fh-bsc-0413",
            countries: &["AT"],
            first: &["at-brp", "at-fh-bsc-0413"],
            recognised: (0.0, 60.0),
            months: Some((48.0, 36.0)),
            entry_year: None,
        },
        Expect {
            name: "ITS Academy diploma into a laurea: up to 60 CFU after assessment",
            profile: json!({"held": [held("it-its-0613", 70.0, "2024-07-01"), held("it-diploma-secondaria", 70.0, "2022-07-01")]}),
            goal: "it-laurea-0613",
            countries: &["IT"],
            first: &["it-laurea-0613"],
            recognised: (0.0, 60.0),
            months: Some((36.0, 24.0)),
            entry_year: None,
        },
        Expect {
            name: "Multiplatform-apps technician into Ingeniería Informática (UPV)",
            profile: json!({"held": [held("es-cfgs-0613", 70.0, "2024-06-01")]}),
            goal: "es-grado-0613",
            countries: &["ES"],
            first: &["es-grado-0613"],
            recognised: (0.0, 144.0),
            months: Some((48.0, 19.2)),
            entry_year: None,
        },
        Expect {
            name: "Higher Certificate in Agriculture into stage 2 of UCD Agricultural Science",
            profile: json!({"held": [held("ie-hc-agri", 70.0, "2025-06-01")]}),
            goal: "ie-bagrsc-ucd",
            countries: &["IE"],
            first: &["ie-bagrsc-ucd"],
            recognised: (60.0, 60.0),
            months: Some((36.0, 36.0)),
            entry_year: Some(2),
        },
        Expect {
            name: "HBO5 nursing diploma into the shortened nursing bachelor (Thomas More)",
            profile: json!({"held": [held("be-gegradueerde-verpl", 70.0, "2025-06-01")]}),
            goal: "be-pba-verpl-tm",
            countries: &["BE"],
            first: &["be-pba-verpl-tm"],
            recognised: (90.0, 90.0),
            months: Some((30.0, 30.0)),
            entry_year: None,
        },
    ];
    assert!(scenarios.len() >= 10);
    for s in &scenarios {
        check(&ds, s);
    }
    // Avoiding individual assessment leaves the pauschal 5-ECTS exemption of module 63811.
    let p = plan(
        &ds,
        &query(
            scenarios[0].profile.clone(),
            "de-bsc-0613",
            json!({"preferences": {"avoid_individual": true}}),
        ),
    )
    .unwrap();
    let t = &p.routes[0].totals;
    assert_eq!((t.possible.recognised_ects, t.possible.months), (5.0, 35.0));
    // Without the work experience the Fachinformatiker cannot enter directly: the engine
    // names the missing condition.
    let p = plan(
        &ds,
        &query(
            json!({"held": [held("de-vet-0613", 80.0, "2023-07-01")]}),
            "de-bsc-0613",
            json!({"constraints": {"max_steps": 1}}),
        ),
    )
    .unwrap();
    let n = p.no_route.expect("no route with one step");
    assert_eq!(n.blocking[0].key, "block.work");
}
