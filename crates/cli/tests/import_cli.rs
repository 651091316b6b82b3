//! `pathways import` / `pathways export` through `pathways_cli::run`.

use pathways_cli::run;

fn fx(rel: &str) -> String {
    format!("{}/../../tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn tmp(name: &str) -> String {
    let d = std::env::temp_dir().join(format!("pathways-import-cli-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d.join(name).display().to_string()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[test]
fn import_writes_dataset_and_report() {
    let out = tmp("elm.json");
    let rep = tmp("elm-report.json");
    let code = run(s(&[
        "import",
        "--from",
        "elm",
        "-o",
        &out,
        "--report-json",
        &rep,
        &fx("elm/qualification.jsonld"),
    ]));
    assert_eq!(code, 1, "something is not mapped");
    let ds: pathways_engine::model::DatasetFile =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("dataset");
    assert_eq!(ds.offers.len(), 1);
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&rep).expect("report")).expect("json");
    assert!(r["report"]["entries"]
        .as_array()
        .is_some_and(|e| !e.is_empty()));
}

#[test]
fn import_and_export_round() {
    let out = tmp("graph.json");
    assert_eq!(
        run(s(&[
            "import",
            "-o",
            &out,
            &fx("ctdl/graph.json"),
            &fx("ctdl/pathway.json")
        ])),
        1
    );
    let ld = tmp("graph.jsonld");
    assert_eq!(run(s(&["export", "--to", "ctdl", "-o", &ld, &out])), 0);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&ld).expect("written")).expect("json");
    assert_eq!(
        v["@context"],
        "https://credreg.net/ctdl/schema/context/json"
    );
    assert_eq!(run(s(&["import", "-o", &tmp("again.json"), &ld])), 1);
}

#[test]
fn unreadable_inputs_exit_2() {
    let bad = tmp("bad.json");
    std::fs::write(&bad, "{ not json").expect("write");
    assert_eq!(run(s(&["import", "-o", &tmp("x.json"), &bad])), 2);
    assert_eq!(
        run(s(&[
            "import",
            "-o",
            &tmp("x.json"),
            "/nonexistent/file.json"
        ])),
        2
    );
    assert_eq!(
        run(s(&["import", "--from", "xml", "-o", &tmp("x.json"), &bad])),
        2
    );
    let schema = tmp("schema.json");
    std::fs::write(
        &schema,
        r#"{"$schema": "http://json-schema.org/draft-04/schema#"}"#,
    )
    .expect("write");
    assert_eq!(run(s(&["import", "-o", &tmp("x.json"), &schema])), 2);
    assert_eq!(
        run(s(&["export", "--to", "ctdl", "-o", &tmp("y.jsonld"), &bad])),
        2
    );
    assert_eq!(
        run(s(&["export", "--to", "elm", "-o", &tmp("y.jsonld"), &bad])),
        2
    );
}
