//! When there is no route: the nearest missing condition, constraints that filter every
//! offer, queries that are wrong; and the catalogues that word the answers.

use super::world::{answer, check, dataset};
use expect_test::expect;
use pathways_engine::Dataset;
use serde_json::json;
use std::fmt::Write;

#[test]
fn missing_work_experience_blocks_with_the_nearest_condition() {
    let ds = dataset(json!([]), json!([]));
    check(
        &ds,
        json!({"profile": {"held": [{"credential": "vet"}], "work": [{"years": 1}]}}),
        expect![[r#"
            no route: block.work(have=1 offer=bsc years=3)
        "#]],
    );
}

#[test]
fn constraints_filter_offers() {
    let ds = dataset(json!([]), json!([]));
    check(
        &ds,
        json!({"constraints": {"countries": ["AT"]}}),
        expect![[r#"
            no route: block.constraint(constraint=country offer=bsc)
        "#]],
    );
    check(
        &ds,
        json!({"constraints": {"budget_eur": 100}}),
        expect![[r#"
            no route: block.over_budget(limit=100 offer=bsc value=3600)
        "#]],
    );
    check(
        &ds,
        json!({"constraints": {"modes": ["online"]}}),
        expect![[r#"
            no route: block.constraint(constraint=mode offer=bsc)
        "#]],
    );
}

#[test]
fn bad_queries_are_errors_not_panics() {
    let ds = dataset(json!([]), json!([]));
    let cases = [
        json!({"goal": {"type": "offer", "offer": "nope"}}),
        json!({"profile": {"held": [{"credential": "nope"}]}}),
        json!({"today": "2026-13-01"}),
        json!({"constraints": {"budget_eur": -1}}),
        json!({"constraints": {"max_steps": 0}}),
        json!({"k": 0}),
        json!({"criteria": []}),
        json!({"goal": {"type": "match", "min_eqf": 8}}),
        json!({"goal": {"type": "match"}}),
        json!({"profile": {"held": [{"credential": "bsc"}]}}),
    ];
    let mut out = String::new();
    for extra in cases {
        writeln!(out, "{extra}\n  {}", answer(&ds, extra.clone())).unwrap();
    }
    let empty = Dataset::from_files([]);
    writeln!(out, "empty dataset\n  {}", answer(&empty, json!({}))).unwrap();
    expect![[r#"
        {"goal":{"offer":"nope","type":"offer"}}
          error err.unknown_offer(id=nope)
        {"profile":{"held":[{"credential":"nope"}]}}
          error err.unknown_credential(id=nope)
        {"today":"2026-13-01"}
          error err.bad_date(value=2026-13-01)
        {"constraints":{"budget_eur":-1}}
          error err.bad_constraint(field=budget_eur value=-1)
        {"constraints":{"max_steps":0}}
          error err.bad_constraint(field=max_steps value=0)
        {"k":0}
          error err.bad_constraint(field=k value=0)
        {"criteria":[]}
          error err.bad_constraint(field=criteria value=[])
        {"goal":{"min_eqf":8,"type":"match"}}
          error err.goal_matches_nothing
        {"goal":{"type":"match"}}
          error err.bad_constraint(field=goal value=empty)
        {"profile":{"held":[{"credential":"bsc"}]}}
          error err.goal_already_held
        empty dataset
          error err.empty_dataset
    "#]]
    .assert_eq(&out);
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
