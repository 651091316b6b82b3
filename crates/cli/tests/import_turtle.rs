//! `pathways import` reads Turtle: a fixture converted to Turtle with Oxigraph (the CTDL
//! context supplied locally) imports to the same dataset as the JSON-LD it came from.

use oxjsonld::{JsonLdParser, JsonLdRemoteDocument};
use oxttl::TurtleSerializer;
use pathways_cli::run;
use pathways_engine::model::DatasetFile;

fn context() -> Vec<u8> {
    let p = format!(
        "{}/../../tests/fixtures/vocab/ctdl-context.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: the vendored CTDL context: {e}"))
}

fn tmp(name: &str) -> String {
    let d = std::env::temp_dir().join(format!("pathways-turtle-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d.join(name).display().to_string()
}

fn imported(file: &str) -> DatasetFile {
    let out = tmp(&format!(
        "{}.out.json",
        file.rsplit('/').next().unwrap_or("x")
    ));
    assert!(run(vec!["import".into(), "-o".into(), out.clone(), file.into()]) < 2);
    let mut d: DatasetFile =
        serde_json::from_str(&std::fs::read_to_string(out).expect("written")).expect("dataset");
    d.meta = None;
    d
}

#[test]
fn a_turtle_pathway_imports_like_its_json_ld() {
    let ctx = context();
    let json = format!(
        "{}/../../tests/fixtures/ctdl/pathway.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&json).expect("fixture");
    let mut ttl = TurtleSerializer::new()
        .with_prefix("ceterms", "https://purl.org/ctdl/terms/")
        .expect("prefix")
        .for_writer(Vec::new());
    for q in JsonLdParser::new()
        .for_slice(&text)
        .with_load_document_callback(move |url, _| {
            Ok(JsonLdRemoteDocument {
                document: ctx.clone(),
                document_url: url.to_string(),
            })
        })
    {
        let q = q.expect("valid JSON-LD");
        ttl.serialize_triple(q.as_ref()).expect("serialises");
    }
    let ttl = String::from_utf8(ttl.finish().expect("finishes")).expect("utf-8");
    assert!(ttl.contains("@prefix ceterms:"));
    let path = tmp("pathway.ttl");
    std::fs::write(&path, ttl).expect("write");
    let want = imported(&json);
    assert!(want.offers[0].completion.is_some());
    assert_eq!(imported(&path), want);
}

/// Turtle written by another implementation (rdflib, from the pyld-expanded fixture; see
/// tests/fixtures/ctdl/README.md) imports to the same dataset as the compacted record, and
/// the report names the form.
#[test]
fn turtle_from_rdflib_imports_like_the_compacted_record() {
    let dir = format!("{}/../../tests/fixtures/ctdl", env!("CARGO_MANIFEST_DIR"));
    let ttl = format!("{dir}/pathway.ttl");
    let want = imported(&format!("{dir}/pathway.json"));
    assert_eq!(want.offers[0].modules.len(), 3);
    assert_eq!(imported(&ttl), want);
    let text = std::fs::read_to_string(&ttl).expect("fixture");
    let out = pathways_engine::import::import(
        &[("pathway.ttl".into(), text)],
        pathways_engine::import::Format::Auto,
    )
    .expect("imports");
    let evidence = serde_json::to_string(&out.report.detected).expect("serialises");
    assert!(evidence.contains("report.form.turtle"), "{evidence}");
}
