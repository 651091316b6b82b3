//! The search's bounds (beam, label limit, level candidates) on inputs built to hit them:
//! a bound may cut routes, but it never loses the plain route that opens the way, never
//! presents a cut as a fact about the learner, and never copies a large profile per route.

use crate::route::context::Ctx;
use crate::route::search::search;
use crate::route::{plan, Query};
use crate::{Dataset, DatasetFile};
use serde_json::{json, Value};

fn offer(id: &str, kind: &str, eqf: u8, months: f64, extra: Value) -> Value {
    let mut o = json!({
        "id": id, "title": {"en": id}, "kind": kind, "provider": "p", "eqf": eqf,
        "credits": {"value": 60, "system": "ects"}, "duration_months": months,
        "modes": ["full_time"], "languages": ["en"], "cost": {"amount": 100, "currency": "EUR"},
        "field": "0922", "awards": id
    });
    if let (Some(o), Some(e)) = (o.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    o
}

/// A bachelor that needs a VET diploma, which needs any EQF 4 qualification in welfare
/// (20 open 12-month adult courses give one), next to 40 open 3-month micro-credentials
/// that each add 1 ECTS to the bachelor: pairs of micro-credentials are the shortest
/// partial routes by far and fill any beam that ranks by duration alone.
fn crowded() -> Dataset {
    let mut offers = vec![
        offer(
            "bsc",
            "bachelor",
            6,
            36.0,
            json!({"credits": {"value": 180, "system": "ects"},
            "entry": {"type": "credential", "credential": "vet"}}),
        ),
        offer(
            "vet",
            "vet_qualification",
            5,
            24.0,
            json!({
            "entry": {"type": "level", "min_eqf": 4, "field": "09"}}),
        ),
    ];
    let mut rules = Vec::new();
    for i in 0..20 {
        offers.push(offer(
            &format!("adult{i:02}"),
            "adult_course",
            4,
            12.0,
            json!({}),
        ));
    }
    for i in 0..40 {
        let id = format!("mc{i:02}");
        offers.push(offer(
            &id,
            "micro_credential",
            5,
            3.0,
            json!({
            "credits": {"value": 1, "system": "ects"}, "parallel": true,
            "micro": {"assessment": "exam", "quality_assurance": "internal"}}),
        ));
        rules.push(json!({"id": format!("r{i:02}"), "from": [id], "to": "bsc",
            "grant": {"type": "credits", "ects": 1}, "kind": "automatic", "issuer": "U",
            "source": {"reference": "x", "certainty": "illustrative"}}));
    }
    let f: DatasetFile = serde_json::from_value(json!({
        "format": "pathways-dataset", "version": 1,
        "providers": [{"id": "p", "name": {"en": "P"}, "country": "DE"}],
        "offers": offers, "rules": rules
    }))
    .unwrap();
    Dataset::from_files([f])
}

#[test]
fn the_beam_keeps_the_route_that_opens_the_way() {
    let ds = crowded();
    let q: Query = serde_json::from_value(json!({
        "today": "2026-12-01", "goal": {"type": "offer", "offer": "bsc"}
    }))
    .unwrap();
    let p = plan(&ds, &q).unwrap();
    assert!(
        p.stats.beam_cut > 0,
        "the case must hit the beam: {:?}",
        p.stats
    );
    let r = p.routes.first().expect("a route, not a false 'no route'");
    let ids: Vec<&str> = r.steps.iter().map(|s| s.offer.as_str()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids[0].starts_with("adult") && ids[1] == "vet" && ids[2] == "bsc");
    // The answer says that a bound acted, so a counsellor knows other routes may exist.
    assert_eq!(p.notices[0].key, "notice.search_cut");
}

#[test]
fn a_large_profile_is_shared_by_every_partial_route() {
    // 5,000 held credentials: each partial route stores only what it earned, so memory does
    // not grow with the profile times the number of routes.
    let mut offers = vec![offer(
        "goal",
        "bachelor",
        6,
        36.0,
        json!({
        "entry": {"type": "level", "min_eqf": 5, "field": "09"}}),
    )];
    for i in 0..50 {
        offers.push(offer(
            &format!("step{i}"),
            "vet_qualification",
            5,
            12.0,
            json!({}),
        ));
    }
    let held: Vec<Value> = (0..5000)
        .map(|i| json!({"credential": format!("h{i}")}))
        .collect();
    let credentials: Vec<Value> = (0..5000)
        .map(|i| json!({"id": format!("h{i}"), "title": {"en": "H"}, "eqf": 3}))
        .collect();
    let f: DatasetFile = serde_json::from_value(json!({
        "format": "pathways-dataset", "version": 1,
        "providers": [{"id": "p", "name": {"en": "P"}, "country": "DE"}],
        "credentials": credentials, "offers": offers
    }))
    .unwrap();
    let ds = Dataset::from_files([f]);
    let q: Query = serde_json::from_value(json!({
        "today": "2026-12-01", "goal": {"type": "offer", "offer": "goal"},
        "profile": {"held": held}
    }))
    .unwrap();
    let ctx = Ctx::new(&ds, &q).unwrap();
    let out = search(&ctx);
    assert!(!out.finished.is_empty());
    for l in &out.labels {
        assert!(
            l.held.len() <= l.steps as usize,
            "a route copied the profile"
        );
    }
    assert_eq!(plan(&ds, &q).unwrap().routes[0].steps.len(), 2);
}
