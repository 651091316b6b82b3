//! The demo data is what its reviewed sources say: each file is exactly what its per-record
//! source script writes, every link is complete and listed in PROVENANCE.md, and every
//! `real` rule carries the quote a counsellor checks it against.

use pathways_engine::validate::{check_texts, CheckOptions, Severity};
use std::path::{Path, PathBuf};
use std::process::Command;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pathways-data")
}

fn demo_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data_dir().join("demo"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

fn urls(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if k == "url" {
                    if let Some(s) = x.as_str() {
                        out.push(s.to_string());
                    }
                }
                urls(x, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| urls(x, out)),
        _ => {}
    }
}

#[test]
fn every_demo_file_is_what_its_source_script_writes() {
    for f in demo_files() {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        let script = data_dir().join("sources").join(format!("{stem}.py"));
        assert!(script.exists(), "{} has no source script", f.display());
        let out = Command::new("python3")
            .arg(&script)
            .output()
            .expect("python3 runs the source scripts");
        assert!(
            out.status.success(),
            "{}: {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read(&f).unwrap();
        assert!(
            out.stdout == written,
            "{} differs from what {} writes: regenerate it",
            f.display(),
            script.display()
        );
    }
}

#[test]
fn every_link_is_complete_and_listed_in_provenance() {
    let provenance = std::fs::read_to_string(data_dir().join("PROVENANCE.md")).unwrap();
    let listed: Vec<&str> = provenance
        .lines()
        .filter_map(|l| l.strip_prefix("- <").and_then(|l| l.strip_suffix('>')))
        .collect();
    assert!(
        listed.len() > 200,
        "PROVENANCE.md lists {} sources",
        listed.len()
    );
    for f in demo_files() {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let mut found = Vec::new();
        urls(&v, &mut found);
        for u in found {
            // A link cut short, or changed without review, is not in the reviewed list:
            // regenerate PROVENANCE.md only after checking the link.
            assert!(
                listed.contains(&u.as_str()),
                "{}: `{u}` is not in PROVENANCE.md's list of sources",
                f.display()
            );
        }
    }
}

#[test]
fn a_real_rule_without_a_quote_or_with_a_cut_link_is_an_error() {
    let file = |source: &str| {
        format!(
            r#"{{"format": "pathways-dataset", "version": 1,
              "providers": [{{"id": "p", "name": {{"en": "P"}}, "country": "DE"}}],
              "credentials": [{{"id": "c", "title": {{"en": "C"}}}}],
              "offers": [{{"id": "o", "title": {{"en": "O"}}, "kind": "bachelor", "provider": "p",
                "duration_months": 36, "cost": {{"amount": 0, "currency": "EUR"}},
                "credits": {{"value": 180, "system": "ects"}},
                "modes": ["full_time"], "languages": ["de"], "awards": "o"}}],
              "rules": [{{"id": "r", "from": ["c"], "to": "o", "grant": {{"type": "credits", "ects": 10}},
                "kind": "automatic", "issuer": "X", "source": {source}}}]}}"#
        )
    };
    let codes = |source: &str| -> Vec<String> {
        let r = check_texts(&[("f.json".into(), file(source))], &CheckOptions::default());
        r.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{} {}", d.code, d.path))
            .collect()
    };
    assert_eq!(
        codes(r#"{"reference": "KMK 2002", "url": "https://www.kmk.org/x"}"#),
        ["missing-quote $.rules[0].source.quote"]
    );
    assert_eq!(
        codes(r#"{"reference": "KMK 2002", "url": "https://www.kmk.org/x", "quote": "  "}"#),
        ["missing-quote $.rules[0].source.quote"]
    );
    for cut in [
        "https://",
        "https://.de/x",
        "https:/www.kmk.org/x",
        "www.kmk.org/x",
        "https://www.kmk.org/a b",
    ] {
        assert_eq!(
            codes(&format!(
                r#"{{"reference": "KMK", "url": "{cut}", "quote": "Q"}}"#
            )),
            ["invalid-url $.rules[0].source.url"],
            "{cut}"
        );
    }
    assert!(
        codes(r#"{"reference": "KMK", "url": "https://www.kmk.org/x?a=1#b", "quote": "Q"}"#)
            .is_empty()
    );
    // Illustrative rules need no quote; they are shown as illustrative.
    assert!(codes(r#"{"reference": "example", "certainty": "illustrative"}"#).is_empty());
}
