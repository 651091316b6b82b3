//! The same CTDL graph in other RDF spellings imports to the same dataset: each fixture is
//! read with Oxigraph's JSON-LD parser (the CTDL context supplied locally, never fetched),
//! written back as expanded JSON-LD (full IRIs, `@value` objects, no prefixes) and as
//! N-Triples, and every form goes through `import` with format detection by content.

use oxjsonld::{JsonLdParser, JsonLdRemoteDocument, JsonLdSerializer};
use oxttl::NTriplesSerializer;
use pathways_engine::import::{import, Format};
use pathways_engine::model::*;

/// The CTDL JSON-LD context, vendored in tests/fixtures/vocab (never fetched).
fn context() -> Vec<u8> {
    let p = format!(
        "{}/../../tests/fixtures/vocab/ctdl-context.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: the vendored CTDL context: {e}"))
}

fn fixture(rel: &str) -> String {
    let p = format!("{}/../../tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// (expanded JSON-LD, N-Triples) of a compacted CTDL document.
fn other_forms(compacted: &str, ctx: &[u8]) -> (String, String) {
    let ctx = ctx.to_vec();
    let quads: Vec<_> = JsonLdParser::new()
        .for_slice(compacted)
        .with_load_document_callback(move |url, _| {
            Ok(JsonLdRemoteDocument {
                document: ctx.clone(),
                document_url: url.to_string(),
            })
        })
        .collect::<Result<_, _>>()
        .expect("the fixture is valid JSON-LD");
    assert!(!quads.is_empty());
    let mut json = JsonLdSerializer::new().for_writer(Vec::new());
    let mut nt = NTriplesSerializer::new().for_writer(Vec::new());
    for q in &quads {
        json.serialize_quad(q).expect("serialises");
        nt.serialize_triple(q.as_ref()).expect("serialises");
    }
    let json = String::from_utf8(json.finish().expect("finishes")).expect("utf-8");
    let nt = String::from_utf8(nt.finish()).expect("utf-8");
    (json, nt)
}

fn dataset(name: &str, text: String) -> DatasetFile {
    let out =
        import(&[(name.into(), text)], Format::Auto).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut d = out.dataset;
    d.meta = None;
    d.providers.sort_by(|a, b| a.id.cmp(&b.id));
    d.credentials.sort_by(|a, b| a.id.cmp(&b.id));
    d.offers.sort_by(|a, b| a.id.cmp(&b.id));
    d.rules.sort_by(|a, b| a.id.cmp(&b.id));
    d
}

#[test]
fn expanded_json_ld_and_n_triples_import_to_the_same_dataset() {
    let ctx = context();
    // Not edge-cases.json: it has two records with one @id on purpose (the importer keeps
    // the first), and in RDF they are one resource whatever the spelling.
    for rel in ["ctdl/pathway.json", "ctdl/graph.json"] {
        let compacted = fixture(rel);
        let (expanded, nt) = other_forms(&compacted, &ctx);
        assert!(expanded.contains("\"https://purl.org/ctdl/terms/name\""));
        // One input name for all three: a node without an id gets one from it.
        let want = dataset(rel, compacted);
        assert!(!want.offers.is_empty(), "{rel}");
        assert_eq!(dataset(rel, expanded), want, "{rel} as expanded JSON-LD");
        assert_eq!(dataset(rel, nt), want, "{rel} as N-Triples");
    }
}

#[test]
fn the_detected_form_is_reported() {
    let ctx = context();
    let (expanded, nt) = other_forms(&fixture("ctdl/pathway.json"), &ctx);
    for (name, text, form) in [
        ("a.jsonld", expanded, "report.form.expanded"),
        ("a.nt", nt, "report.form.ntriples"),
    ] {
        let out = import(&[(name.into(), text)], Format::Auto).expect("imports");
        let d = &out.report.detected[0];
        assert_eq!(d.format, "ctdl");
        assert_eq!(
            d.evidence.args.get("form").map(String::as_str),
            Some(form),
            "{:?}",
            d.evidence
        );
    }
    let bad = import(
        &[("b.nt".into(), "<a> <b> \"open .\n".into())],
        Format::Auto,
    );
    assert!(bad.is_err_and(|e| e.to_string().contains("not valid N-Triples")));
}

/// A byte-order mark before the text (Windows editors write one) changes nothing: the same
/// dataset from compacted JSON-LD and from Turtle, and `needs_import` still sends both to
/// the importer.
#[test]
fn a_byte_order_mark_changes_nothing() {
    let mut forms = vec!["ctdl/pathway.json"];
    if cfg!(feature = "turtle") {
        forms.push("ctdl/pathway.ttl");
    }
    for rel in forms {
        let plain = fixture(rel);
        let marked = format!("\u{feff}{plain}");
        assert!(pathways_engine::import::needs_import(&marked), "{rel}");
        assert_eq!(dataset(rel, marked), dataset(rel, plain), "{rel}");
    }
}
