//! Explore on the demo data: the list a counsellor checked by hand for a French BTS holder,
//! what-if entries checked against the entry requirements in the data, off-ramps, and the
//! promise that every destination's best route is the one the route view plans.

use pathways_engine::route::{
    explore, off_ramps, plan, Change, Criterion, Exploration, ExploreQuery, Held, Profile, Sector,
    Work,
};
use pathways_engine::Cefr;
mod common;
use common::demo;

fn holding(creds: &[&str]) -> Profile {
    Profile {
        held: creds
            .iter()
            .map(|c| Held {
                credential: c.to_string(),
                grade: None,
                completed: None,
            })
            .collect(),
        ..Profile::default()
    }
}

fn query(p: Profile, countries: &[&str]) -> ExploreQuery {
    let mut q = ExploreQuery::new(p, "2026-12-01");
    q.constraints.countries = countries.iter().map(|c| c.to_string()).collect();
    q
}

fn run(q: &ExploreQuery) -> Exploration {
    explore(demo(), q).unwrap()
}

/// One line per destination: id, EQF, binding months, route length, open now.
fn listing(x: &Exploration) -> String {
    x.destinations
        .iter()
        .map(|d| {
            format!(
                "{} eqf={} months={} steps={}{}",
                d.offer,
                d.eqf.map_or("-".into(), |e| e.to_string()),
                if d.unknown_months {
                    "?".to_string()
                } else {
                    format!("{}", d.binding.months)
                },
                d.route.len(),
                if d.open_now { " open" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_bts_holder_in_france_sees_the_next_levels_first() {
    // Checked by hand against fr.json: the licences professionnelles (L3, one year) are
    // open to BTS holders; the UBS master follows the licence; INSA's engineering degree is
    // open with a BTS (year 3 only on the INSA's list: an individual decision, so 60 months
    // binding); DAEU and CléA are below the BTS's level and come last.
    let x = run(&query(holding(&["fr-bts-0613"]), &["FR"]));
    assert_eq!(x.current_eqf, 5);
    let expected = "\
fr-lpro-0413 eqf=6 months=12 steps=1 open
fr-lpro-0613 eqf=6 months=12 steps=1 open
fr-master-ubs-info eqf=7 months=36 steps=2
fr-insa-lyon-ge eqf=7 months=60 steps=1 open
fr-insa-lyon-info eqf=7 months=60 steps=1 open
fr-but-geii-troyes eqf=6 months=36 steps=1 open
fr-lyon1-licence-info eqf=6 months=36 steps=1 open
fr-ifsi-provins eqf=6 months=45 steps=2
fr-bts-0413 eqf=5 months=24 steps=1 open
fr-bts-0413-tourelles eqf=5 months=24 steps=1 open
fr-bts-ciel-app-niepce eqf=5 months=24 steps=1 open
fr-daeu-b-umontpellier eqf=4 months=9 steps=1 open
fr-daeu-a-tlse2 eqf=4 months=10 steps=1 open";
    let all = listing(&x);
    let known: Vec<&str> = all.lines().filter(|l| !l.contains("months=?")).collect();
    assert_eq!(known.join("\n"), expected);
    // Destinations whose length the data does not give come after every known one.
    let first_unknown = x.destinations.iter().position(|d| d.unknown_months);
    assert_eq!(first_unknown, Some(known.len()));
    let ubs = x
        .destinations
        .iter()
        .find(|d| d.offer == "fr-master-ubs-info")
        .unwrap();
    assert_eq!(ubs.route, ["fr-lpro-0613", "fr-master-ubs-info"]);
    assert_eq!(ubs.levels_gained, 2);
    assert!(ubs.routes >= 2, "{}", ubs.routes);
    assert_eq!(ubs.sector, Sector::HigherEducation);
}

#[test]
fn every_destination_has_the_best_route_the_route_view_plans() {
    for (creds, countries) in [
        (&["fr-bts-0613"][..], &[][..]),
        (&["de-vet-0613"][..], &["DE", "AT"][..]),
        (&["nl-mbo4-0613"][..], &["NL", "BE"][..]),
    ] {
        let q = query(holding(creds), countries);
        let x = run(&q);
        assert!(x.destinations.len() > 5, "{creds:?}");
        for d in &x.destinations {
            let p = plan(demo(), &q.route_to(&d.offer)).unwrap();
            let best = &p.routes[0];
            let ids: Vec<&str> = best.steps.iter().map(|s| s.offer.as_str()).collect();
            assert_eq!(ids, d.route, "{creds:?} -> {}", d.offer);
            assert!((best.totals.binding.months - d.binding.months).abs() < 1e-9);
            assert!((best.totals.possible.cost_eur - d.possible.cost_eur).abs() < 1e-9);
            assert_eq!(p.routes.len().min(10), d.routes.min(10), "{}", d.offer);
        }
    }
}

#[test]
fn filters_and_sorting() {
    let mut q = query(holding(&["fr-bts-0613"]), &[]);
    q.filter.eqf = vec![7];
    q.filter.countries = vec!["FR".into()];
    let x = run(&q);
    assert!(x.unfiltered > x.destinations.len());
    assert!(!x.destinations.is_empty());
    assert!(x
        .destinations
        .iter()
        .all(|d| d.eqf == Some(7) && d.country.as_deref() == Some("FR")));
    q.filter = Default::default();
    q.filter.sectors = vec![Sector::Vet];
    q.sort = Some(Criterion::Cost);
    let x = run(&q);
    assert!(x.destinations.iter().all(|d| d.sector == Sector::Vet));
    let costs: Vec<f64> = x.destinations.iter().map(|d| d.binding.cost_eur).collect();
    assert!(costs.windows(2).all(|w| w[0] <= w[1]), "{costs:?}");
}

fn opens(x: &Exploration, change: &Change) -> Vec<String> {
    x.what_if
        .iter()
        .find(|w| &w.change == change)
        .map(|w| w.opens.clone())
        .unwrap_or_default()
}

#[test]
fn what_if_one_more_year_of_work_opens_the_techniker_school() {
    // de.json: the Fachschule Technik asks for a vocational qualification (EQF >= 3, DE)
    // and one year of work, or five years of work. An IT specialist without work
    // experience is one year away.
    let x = run(&query(holding(&["de-vet-0613"]), &["DE"]));
    assert!(!x
        .destinations
        .iter()
        .any(|d| d.offer == "de-techniker-0613"));
    let one_year = Change::Work {
        field: None,
        more: 1.0,
    };
    assert!(opens(&x, &one_year).contains(&"de-techniker-0613".to_string()));
    // The BVaDiG validation asks for 1.5 times the training's length in the occupation.
    let bvadig = x
        .what_if
        .iter()
        .find(|w| w.opens.contains(&"de-valid-0613".to_string()))
        .unwrap();
    assert_eq!(
        bvadig.change,
        Change::Work {
            field: Some("061".into()),
            more: 4.5
        }
    );
    // Applying the change makes the opened offers destinations.
    let mut p = holding(&["de-vet-0613"]);
    one_year.apply(&mut p);
    let after = run(&query(p, &["DE"]));
    for o in opens(&x, &one_year) {
        assert!(after.destinations.iter().any(|d| d.offer == o), "{o}");
    }
}

#[test]
fn what_if_english_b2_opens_the_vorarlberg_bachelors() {
    // at.json: FH Vorarlberg's bachelors ask for German B2, English B2 and a Matura (or
    // equivalent). A Matura holder with German only misses English.
    let mut p = holding(&["at-matura"]);
    p.languages.insert("de".into(), Cefr::C1);
    let x = run(&query(p, &["AT"]));
    let english = Change::Language {
        language: "en".into(),
        level: Cefr::B2,
    };
    let mut got = opens(&x, &english);
    got.sort();
    assert_eq!(got, ["at-fhv-bsc-0613", "at-fhv-bsc-0913"]);
    assert_eq!(x.what_if[0].change, english);
}

#[test]
fn what_if_a_year_of_work_opens_the_dutch_evc() {
    // nl.json: the EVC procedure at Twente asks for one year of work experience; the
    // ROC Midden Nederland EVC asks for the experience certificate that follows it.
    let x = run(&query(holding(&["nl-mbo4-0613"]), &["NL"]));
    let mut got = opens(
        &x,
        &Change::Work {
            field: None,
            more: 1.0,
        },
    );
    got.sort();
    assert_eq!(got, ["nl-evc-rocmn-pbsd", "nl-evc-twente"]);
}

#[test]
fn what_if_never_proposes_a_foreign_school_certificate() {
    let x = run(&query(holding(&["fr-bts-0613"]), &[]));
    assert!(!x.what_if.is_empty());
    for w in &x.what_if {
        if let Change::Credential { credential } = &w.change {
            let c = demo().credential(credential).unwrap();
            assert_eq!(c.country.as_deref(), Some("FR"), "{credential}");
        }
    }
}

#[test]
fn work_in_any_field_is_offered_beside_work_in_one_field() {
    // Work in a named field opens what work in any field opens, and more; but any job
    // counts for the field-less entry rules, so that easier change must stay on the list.
    let x = run(&query(holding(&["fr-bts-0613"]), &[]));
    let any: Vec<&pathways_engine::route::WhatIf> = x
        .what_if
        .iter()
        .filter(|w| matches!(&w.change, Change::Work { field: None, .. }))
        .collect();
    assert!(!any.is_empty(), "{:?}", x.what_if);
    for a in any {
        let Change::Work { more, .. } = a.change else {
            continue;
        };
        // A named-field change of the same years opens everything the field-less one does.
        for w in &x.what_if {
            if let Change::Work {
                field: Some(_),
                more: m,
            } = w.change
            {
                if m == more {
                    assert!(a.opens.iter().all(|o| w.opens.contains(o)), "{w:?}");
                }
            }
        }
    }
}

#[test]
fn off_ramps_say_what_an_early_stop_already_opens() {
    let q = query(holding(&["fr-bts-0613"]), &["FR"]);
    let p = plan(demo(), &q.route_to("fr-master-ubs-info")).unwrap();
    let r = &p.routes[0];
    let ramps = off_ramps(demo(), &q.route_to("fr-master-ubs-info"), r).unwrap();
    assert_eq!(ramps.len(), r.steps.len() - 1);
    let first = &ramps[0];
    assert_eq!(first.step, 0);
    assert_eq!(first.eqf, Some(6));
    assert!(first.qualification);
    assert!(
        first.opens.contains(&"fr-master-ubs-info".to_string()),
        "{first:?}"
    );
}

#[test]
fn a_query_problem_is_an_error_not_a_panic() {
    let q = query(holding(&["no-such-credential"]), &[]);
    assert!(explore(demo(), &q).is_err());
    let mut q = query(Profile::default(), &[]);
    q.profile.work.push(Work {
        years: f64::NAN,
        field: None,
    });
    assert!(explore(demo(), &q).is_err());
    let mut q = query(Profile::default(), &[]);
    q.constraints.max_steps = Some(0);
    assert!(explore(demo(), &q).is_err());
}

#[test]
fn a_learner_with_nothing_yet_has_somewhere_to_go() {
    let mut p = Profile::default();
    p.work.push(Work {
        years: 5.0,
        field: Some("0913".into()),
    });
    let x = run(&query(p, &["FR"]));
    assert_eq!(x.current_eqf, 0);
    assert!(x.destinations.iter().any(|d| d.open_now && d.qualification));
    // Without countries: what they might hold and not have said is a school certificate,
    // never a bachelor or a teacher's diploma taken after a master's.
    let mut p = Profile::default();
    p.work.push(Work {
        years: 5.0,
        field: Some("0913".into()),
    });
    let x = run(&query(p, &[]));
    let asked: Vec<(&str, Option<u8>)> = x
        .what_if
        .iter()
        .filter_map(|w| match &w.change {
            Change::Credential { credential } => {
                Some((credential.as_str(), demo().credential(credential)?.eqf))
            }
            _ => None,
        })
        .collect();
    assert!(!asked.is_empty(), "{:?}", x.what_if);
    assert!(
        asked.iter().all(|(_, e)| e.is_none_or(|e| e <= 4)),
        "{asked:?}"
    );
}

#[test]
fn a_degree_is_not_an_entry_ticket_to_a_degree_of_its_own_level() {
    // nl.json: Dutch HBO bachelors ask for havo, vwo or "a Dutch EQF 4 qualification";
    // the Open University's LLB is open to all and is a Dutch EQF 6 qualification. A BTS
    // holder is not sent through six years of law to start an ICT bachelor.
    let q = query(holding(&["fr-bts-0613"]), &[]);
    let steps = |goal: &str| -> Vec<Vec<String>> {
        plan(demo(), &q.route_to(goal))
            .map(|p| {
                p.routes
                    .iter()
                    .map(|r| r.steps.iter().map(|s| s.offer.clone()).collect())
                    .collect()
            })
            .unwrap_or_default()
    };
    for r in steps("nl-hbo-0613") {
        assert!(!r.contains(&"nl-ou-llb-rechten".to_string()), "{r:?}");
    }
    // The LLB still leads to the master it is the way into (EQF 6 below 7).
    assert!(steps("nl-ou-llm-rechten")
        .iter()
        .any(|r| r == &["nl-ou-llb-rechten", "nl-ou-llm-rechten"]));
    let x = run(&q);
    let hbo = x.destinations.iter().find(|d| d.offer == "nl-hbo-0613");
    assert!(hbo.is_none_or(|d| !d.route.contains(&"nl-ou-llb-rechten".to_string())));
    // Another sector's qualification at the same level is permeability, not a detour: a
    // German Techniker (EQF 6, VET) opens a bachelor.
    let mut p = holding(&["de-vet-0613"]);
    p.work.push(Work {
        years: 3.0,
        field: Some("0613".into()),
    });
    let x = run(&query(p, &["DE"]));
    assert!(
        x.destinations
            .iter()
            .any(
                |d| d.route.first().map(String::as_str) == Some("de-techniker-0613")
                    && d.sector == Sector::HigherEducation
            ),
        "{}",
        listing(&x)
    );
}
