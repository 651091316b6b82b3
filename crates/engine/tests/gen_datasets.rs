//! Generated datasets check clean, are deterministic per seed, and give routes.

use pathways_engine::gen::generate;
use pathways_engine::route::plan;
use pathways_engine::sample::sample_queries;
use pathways_engine::validate::{check_texts, CheckOptions};
use pathways_engine::Dataset;

#[test]
fn generated_datasets_check_clean_and_are_deterministic() {
    for (n, seed) in [(50, 1), (1000, 7), (3000, 42)] {
        let a = serde_json::to_string(&generate(n, seed)).unwrap();
        let b = serde_json::to_string(&generate(n, seed)).unwrap();
        assert_eq!(a, b, "seed {seed} not deterministic");
        let report = check_texts(&[(format!("gen-{n}"), a)], &CheckOptions::default());
        let errors: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == pathways_engine::validate::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
        assert_eq!(report.dataset.unwrap().offers.len(), n);
    }
    assert_ne!(
        serde_json::to_string(&generate(100, 1)).unwrap(),
        serde_json::to_string(&generate(100, 2)).unwrap()
    );
}

#[test]
fn sample_queries_find_routes_on_generated_data() {
    let ds = Dataset::from_files([generate(2000, 3)]);
    let qs = sample_queries(&ds, 8, "2026-11-24");
    assert_eq!(qs.len(), 8);
    let with_routes = qs
        .iter()
        .filter(|q| plan(&ds, q).is_ok_and(|p| !p.routes.is_empty()))
        .count();
    assert!(with_routes >= 6, "{with_routes} of 8 queries found routes");
}
