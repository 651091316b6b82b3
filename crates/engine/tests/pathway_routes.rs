//! Programmes with completion requirements (imported CTDL pathways): what a learner already
//! completed counts, the rest is listed stage by stage, requirements are evaluated exactly
//! on a hand-made dataset, and the imported fixture plans to its destination.

use pathways_engine::import::{import, Format};
use pathways_engine::route::{plan, Plan, Query, Step};
use pathways_engine::*;
use serde_json::{json, Value};

/// A 60-ECTS certificate pathway: stage 1 is `intro` (10) or `basics` (10), stage 2 is
/// `core` (20, needing `intro` or `basics` first), and electives `e1` (10), `e2` (20),
/// `e3` (10) of which at least 20 ECTS and not both `e1` and `e3`. `course-x` is a real
/// course offer (1 month, EUR 5000) that `e2` stands for. 12 months, EUR 6000.
fn dataset(completion: Value) -> Dataset {
    let m = |id: &str, ects: u32, year: u8, cred: &str| json!({"id": id, "title": {"en": id}, "credits": ects, "year": year, "credential": cred});
    let mut core = m("core", 20, 2, "core");
    core["requires"] = json!({"type": "group", "min": 1, "of": [
        {"type": "module", "module": "intro"}, {"type": "module", "module": "basics"}]});
    let file = json!({
        "format": "pathways-dataset", "version": 1,
        "providers": [{"id": "p", "name": {"en": "P"}, "country": "US"}],
        "credentials": [
            {"id": "intro", "title": {"en": "Intro"}}, {"id": "basics", "title": {"en": "Basics"}},
            {"id": "core", "title": {"en": "Core"}}, {"id": "e1", "title": {"en": "E1"}},
            {"id": "e3", "title": {"en": "E3"}}
        ],
        "offers": [{
            "id": "path", "title": {"en": "Pathway"}, "kind": "adult_course", "provider": "p",
            "credits": {"value": 60, "system": "ects"}, "duration_months": 12,
            "modes": ["full_time"], "languages": ["en"], "cost": {"amount": 6000, "currency": "EUR"},
            "awards": "cert",
            "modules": [m("intro", 10, 1, "intro"), m("basics", 10, 1, "basics"), core,
                        m("e1", 10, 3, "e1"), m("e2", 20, 3, "course-x"), m("e3", 10, 3, "e3")],
            "completion": completion
        }, {
            "id": "course-x", "title": {"en": "Course X"}, "kind": "he_module", "provider": "p",
            "credits": {"value": 20, "system": "ects"}, "duration_months": 1,
            "modes": ["full_time"], "languages": ["en"], "cost": {"amount": 5000, "currency": "EUR"},
            "awards": "course-x"
        }]
    });
    let f: DatasetFile = serde_json::from_value(file).unwrap();
    Dataset::from_files([f])
}

fn requirements() -> Value {
    json!({"type": "group", "of": [
        {"type": "group", "min": 1, "of": [{"type": "module", "module": "intro"}, {"type": "module", "module": "basics"}]},
        {"type": "module", "module": "core"},
        {"type": "credits", "modules": ["e1", "e2", "e3"], "min": 20},
        {"type": "group", "max": 0, "of": [{"type": "group", "of": [
            {"type": "module", "module": "e1"}, {"type": "module", "module": "e3"}]}]}
    ]})
}

fn query(held: &[&str], goal: &str) -> Query {
    let held: Vec<Value> = held.iter().map(|c| json!({"credential": c})).collect();
    serde_json::from_value(json!({
        "profile": {"held": held},
        "goal": {"type": "offer", "offer": goal},
        "today": "2026-12-02"
    }))
    .unwrap()
}

fn routes(ds: &Dataset, held: &[&str]) -> Plan {
    let p = plan(ds, &query(held, "path")).unwrap();
    assert!(!p.routes.is_empty(), "no route: {:?}", p.no_route);
    p
}

/// The pathway step of the first route with the fewest steps.
fn step(p: &Plan) -> &Step {
    let r = p.routes.iter().min_by_key(|r| r.steps.len()).unwrap();
    r.steps.last().unwrap()
}

fn says(s: &Step) -> Vec<String> {
    s.pathway
        .iter()
        .map(|m| {
            let args: Vec<String> = m.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{} {}", m.key, args.join(" "))
        })
        .collect()
}

#[test]
fn nothing_held_lists_the_cheapest_way_through_stage_by_stage() {
    let ds = dataset(requirements());
    let p = routes(&ds, &[]);
    let s = step(&p);
    // intro (first of two equal alternatives), core, and e2 (20 ECTS closes the 20-ECTS gap
    // in one module): 50 ECTS chosen, none done.
    assert_eq!(
        says(s),
        [
            "path.todo credential=intro ects=10 stage=1",
            "path.todo credential=core ects=20 stage=2",
            "path.todo credential=course-x ects=20 stage=3",
        ]
    );
    assert_eq!(
        (s.recognised_ects, s.studied_ects, s.months),
        (0.0, 60.0, 12.0)
    );
}

#[test]
fn held_components_count_and_shorten_the_programme() {
    let ds = dataset(requirements());
    // basics and e3 held: basics serves stage 1 and e3 gives 10 of the 20 elective ECTS;
    // e1 (10) would close the gap but e1 with e3 is excluded, so e2 (20) is taken and
    // e3 is not needed.
    let p = routes(&ds, &["basics", "e3"]);
    let s = step(&p);
    assert_eq!(
        says(s),
        [
            "path.counted credential=basics ects=10",
            "path.todo credential=core ects=20 stage=2",
            "path.todo credential=course-x ects=20 stage=3",
        ]
    );
    // 10 of the 50 chosen ECTS are done: a fifth of 60 ECTS, 12 months and EUR 6000.
    assert_eq!(s.recognised_ects, 12.0);
    assert_eq!(s.prior_ects, 12.0);
    assert_eq!(s.months, 9.6);
    assert_eq!(s.cost_eur, 4800.0);
    // With basics and e1 held it is the same: e3 would close the gap but may not join e1.
    let p = routes(&ds, &["basics", "e1"]);
    assert_eq!(
        says(step(&p)),
        [
            "path.counted credential=basics ects=10",
            "path.todo credential=core ects=20 stage=2",
            "path.todo credential=course-x ects=20 stage=3",
        ]
    );
}

#[test]
fn a_held_module_needs_nothing_before_it() {
    let ds = dataset(requirements());
    // core held: its own requirement (intro or basics) is not asked again, but the pathway
    // still asks for intro or basics itself.
    let p = routes(&ds, &["core"]);
    let s = step(&p);
    assert_eq!(
        says(s),
        [
            "path.counted credential=core ects=20",
            "path.todo credential=intro ects=10 stage=1",
            "path.todo credential=course-x ects=20 stage=3",
        ]
    );
}

#[test]
fn an_excluded_combination_closes_the_pathway() {
    // Holding e1 and e3 is fine (they need not both count) unless the pathway forbids
    // holding them together outright, which a group with `max` 0 over held modules does.
    let ds = dataset(json!({"type": "group", "of": [
        {"type": "module", "module": "intro"},
        {"type": "group", "max": 0, "of": [{"type": "module", "module": "e1"}]}
    ]}));
    assert_eq!(says(step(&routes(&ds, &["e3"]))).len(), 1);
    let p = plan(&ds, &query(&[], "path")).unwrap();
    assert!(!p.routes.is_empty());
}

#[test]
fn a_course_taken_earlier_in_the_route_completes_its_module() {
    let ds = dataset(requirements());
    let p = routes(&ds, &["basics", "core"]);
    // Either the pathway alone (e2 inside it), or course-x first, then the pathway with e2
    // counted as credit carried over: both are Pareto routes (shorter vs. cheaper steps).
    let via = p
        .routes
        .iter()
        .find(|r| r.steps.len() == 2)
        .expect("a route through course-x");
    assert_eq!(via.steps[0].offer, "course-x");
    let s = &via.steps[1];
    assert!(says(s).contains(&"path.counted credential=course-x ects=20".to_string()));
    assert_eq!(s.carried_ects, 20.0);
    assert!(s.pathway.iter().all(|m| m.key != "path.todo"));
}

#[test]
fn the_imported_pathway_fixture_plans_to_its_destination() {
    let p = format!(
        "{}/../../tests/fixtures/ctdl/pathway.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&p).unwrap();
    let out = import(&[("pathway.json".into(), text)], Format::Auto).unwrap();
    let ds = Dataset::from_files([out.dataset]);
    let q = |held: &[&str]| {
        let held: Vec<Value> = held.iter().map(|c| json!({"credential": c})).collect();
        serde_json::from_value::<Query>(json!({
            "profile": {"held": held},
            "goal": {"type": "credential", "credential": "ce-cd"},
            "today": "2026-12-02"
        }))
        .unwrap()
    };
    let fresh = plan(&ds, &q(&[])).unwrap();
    let s = step(&fresh);
    assert_eq!(s.offer, "ce-p0");
    assert_eq!(
        says(s),
        [
            "path.todo credential=ce-c2 ects=0 stage=1",
            "path.todo credential=ce-c3 ects=0 stage=1"
        ]
    );
    // Holding Course A (5 ECTS) and Course C completes two of the three: nothing is left.
    let held = plan(&ds, &q(&["ce-c1", "ce-c3"])).unwrap();
    assert_eq!(
        says(step(&held)),
        [
            "path.counted credential=ce-c1 ects=5",
            "path.counted credential=ce-c3 ects=0"
        ]
    );
}

#[test]
fn check_reports_what_the_requirements_name_but_the_offer_lacks() {
    use pathways_engine::validate::{check_texts, CheckOptions};
    let file = json!({
        "format": "pathways-dataset", "version": 1,
        "providers": [{"id": "p", "name": {"en": "P"}, "country": "US"}],
        "offers": [{
            "id": "path", "title": {"en": "Pathway"}, "kind": "adult_course", "provider": "p",
            "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
            "cost": {"amount": 0, "currency": "EUR"}, "awards": "path",
            "modules": [{"id": "a", "title": {"en": "A"}, "credits": 5, "credential": "nowhere"}],
            "completion": {"type": "group", "of": [
                {"type": "module", "module": "a"},
                {"type": "group", "min": 3, "of": [{"type": "module", "module": "b"}]},
                {"type": "credits", "modules": ["a"], "min": -1}]}
        }]
    });
    let report = check_texts(
        &[(
            "p.json".into(),
            serde_json::to_string_pretty(&file).unwrap(),
        )],
        &CheckOptions {
            today: Some("2026-12-02".into()),
        },
    );
    let got: Vec<(String, String)> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.clone(), d.path.clone()))
        .collect();
    let want = [
        ("unknown-reference", "$.offers[0].modules[0].credential"),
        ("invalid-at-least", "$.offers[0].completion.of[1].min"),
        (
            "unknown-reference",
            "$.offers[0].completion.of[1].of[0].module",
        ),
        ("negative-value", "$.offers[0].completion.of[2].min"),
    ];
    for (code, path) in want {
        assert!(
            got.iter().any(|(c, p)| c == code && p == path),
            "{code} at {path}: {got:?}"
        );
    }
    // A bound of the wrong type is a read error in serde's words.
    let bad = serde_json::to_string_pretty(&file)
        .unwrap()
        .replace("\"min\": -1", "\"min\": \"twenty\"");
    let report = check_texts(&[("p.json".into(), bad)], &CheckOptions::default());
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.msg.key == "check.serde.invalid_type"));
}
