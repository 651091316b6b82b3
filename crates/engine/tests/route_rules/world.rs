//! The world the rules are specified in, and the plan as text.

use expect_test::Expect;
use pathways_engine::route::{plan, AppliedRule, Msg, Plan, Query, Step};
use pathways_engine::*;
use serde_json::{json, Value};
use std::fmt::Write;

/// A learner holding a 180-ECTS VET credential (grade 80, 2022, 4 years of work) aims at
/// a 180-ECTS, 3-year bachelor of EUR 3,600 with modules m1 (10 ECTS) and m2 (20 ECTS);
/// `rules` and `extra_offers` vary per test.
pub fn dataset(rules: Value, extra_offers: Value) -> Dataset {
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

/// An articulation agreement from the VET credential into the bachelor.
pub fn rule(id: &str, grant: Value, extra: Value) -> Value {
    let mut r = json!({
        "id": id, "from": ["vet"], "to": "bsc", "grant": grant,
        "kind": "articulation", "issuer": "Uni", "source": {"reference": "test agreement"}
    });
    if let (Value::Object(r), Value::Object(e)) = (&mut r, extra) {
        r.extend(e);
    }
    r
}

/// A grant of `ects` credits.
pub fn credits(ects: u32) -> Value {
    json!({"type": "credits", "ects": ects})
}

/// The plan, for the learner's query as it stands, in the world with `rules` and no
/// other offer.
pub fn check_rules(rules: Value, expect: Expect) {
    check(&dataset(rules, json!([])), json!({}), expect);
}

/// The learner's query with `extra` fields replacing the defaults.
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

pub fn check(ds: &Dataset, extra: Value, expect: Expect) {
    expect.assert_eq(&answer(ds, extra));
}

/// The plan for the query with `extra`, or the query's error, as text.
pub fn answer(ds: &Dataset, extra: Value) -> String {
    match plan(ds, &query(extra)) {
        Ok(p) => render(&p),
        Err(e) => format!("error {}", msg(&e.msg)),
    }
}

/// A plan as text: per route its totals, per step its figures, how entry was met, each
/// rule's count and why, what to prepare; or why there is no route.
fn render(p: &Plan) -> String {
    let mut out = String::new();
    for r in &p.routes {
        let t = &r.totals;
        writeln!(
            out,
            "route {}: {} months, EUR {}, {} ECTS studied, {} recognised, {} carried, {} uncertain steps",
            r.id, t.months, t.cost_eur, t.workload_ects, t.recognised_ects, t.carried_ects, t.uncertain_steps
        )
        .unwrap();
        for s in &r.steps {
            step(&mut out, s);
        }
    }
    if let Some(n) = &p.no_route {
        writeln!(out, "no route: {}", list(&n.blocking)).unwrap();
        if !n.alternatives.is_empty() {
            writeln!(out, "  alternatives: {}", n.alternatives.join(", ")).unwrap();
        }
    }
    for m in &p.notices {
        writeln!(out, "notice: {}", msg(m)).unwrap();
    }
    out
}

fn step(out: &mut String, s: &Step) {
    writeln!(
        out,
        "  {} from month {}: {} months, EUR {}, {} ECTS: {} recognised ({} prior, {} carried), {} studied{}",
        s.offer,
        s.start_month,
        s.months,
        s.cost_eur,
        s.credits_ects,
        s.recognised_ects,
        s.prior_ects + 0.0, // shown as 0, not as the -0 a subtraction may leave
        s.carried_ects,
        s.studied_ects,
        if s.uncertain { ", uncertain" } else { "" }
    )
    .unwrap();
    if s.binding != s.possible {
        writeln!(
            out,
            "    binding {} recognised ({} months), possible {} recognised ({} months)",
            s.binding.recognised_ects,
            s.binding.months,
            s.possible.recognised_ects,
            s.possible.months
        )
        .unwrap();
    }
    writeln!(out, "    entry: {}", list(&s.entry)).unwrap();
    for a in &s.recognitions {
        recognition(out, a);
    }
    if !s.prepare.is_empty() {
        writeln!(out, "    prepare: {}", list(&s.prepare)).unwrap();
    }
}

fn recognition(out: &mut String, a: &AppliedRule) {
    let mut granted = format!("{} of {} ECTS", a.ects, a.granted_ects);
    if let Some(y) = a.entry_year {
        granted += &format!(", entry into year {y}");
    }
    if !a.modules.is_empty() {
        granted += &format!(", modules {}", a.modules.join(" "));
    }
    writeln!(out, "    rule {}: {granted}", a.rule).unwrap();
    for m in &a.why {
        writeln!(out, "      {}", msg(m)).unwrap();
    }
}

fn list(ms: &[Msg]) -> String {
    ms.iter().map(msg).collect::<Vec<_>>().join(", ")
}

fn msg(m: &Msg) -> String {
    if m.args.is_empty() {
        return m.key.clone();
    }
    let args: Vec<String> = m.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{}({})", m.key, args.join(" "))
}
