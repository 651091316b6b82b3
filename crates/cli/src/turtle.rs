//! Turtle input for `pathways import`: read with Oxigraph's Turtle parser and handed to the
//! engine as N-Triples, which the engine reads itself (the browser's importer module does
//! not carry a Turtle parser; see IMPORT.md, "Other RDF forms").

use oxttl::{NTriplesSerializer, TurtleParser};

/// The text as N-Triples when it is Turtle, `None` when it is something else (JSON, or
/// N-Triples already) or not valid Turtle; then the engine reads it and says what is wrong.
pub fn to_ntriples(text: &str) -> Option<String> {
    let start = text.trim_start();
    if start.starts_with('{') || start.starts_with('[') {
        return None;
    }
    let turtle_only = ["@prefix", "@base", "PREFIX", "BASE", ";", "a <", " a "];
    if !turtle_only.iter().any(|m| text.contains(m)) {
        return None;
    }
    let mut out = NTriplesSerializer::new().for_writer(Vec::new());
    for t in TurtleParser::new().for_slice(text) {
        out.serialize_triple(&t.ok()?).ok()?;
    }
    String::from_utf8(out.finish()).ok()
}

#[cfg(test)]
mod tests {
    use super::to_ntriples;

    #[test]
    fn turtle_becomes_n_triples_and_json_is_left_alone() {
        let ttl = "@prefix ceterms: <https://purl.org/ctdl/terms/> .\n<https://r.org/ce-1> a ceterms:Pathway ; ceterms:name \"P\"@en .\n";
        let nt = to_ntriples(ttl).unwrap_or_default();
        assert!(nt.contains("<https://r.org/ce-1> <https://purl.org/ctdl/terms/name> \"P\"@en ."));
        assert_eq!(to_ntriples("{\"@context\": \"x\"}"), None);
        assert_eq!(to_ntriples("@prefix x: <y> . x:a x:b"), None);
    }
}
