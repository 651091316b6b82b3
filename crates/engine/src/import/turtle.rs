//! Turtle input: read with Oxigraph's Turtle parser and written out as N-Triples, which the
//! RDF reader (`rdf.rs`) brings to the compacted form the mappers read. Behind the `turtle`
//! feature: the CLI and the browser's importer module read Turtle, the app's own bundle
//! does not carry the parser.

use super::ImportError;
use oxttl::{NTriplesSerializer, TurtleParser};

/// The text as N-Triples, or where the Turtle is broken (1-based line and column).
pub(crate) fn to_ntriples(name: &str, text: &str) -> Result<String, ImportError> {
    let mut out = NTriplesSerializer::new().for_writer(Vec::new());
    for t in TurtleParser::new().for_slice(text) {
        let triple = t.map_err(|e| {
            let at = e.location().start;
            ImportError::Malformed {
                input: name.to_string(),
                line: at.line as usize + 1,
                column: at.column as usize + 1,
                message: format!("not valid Turtle: {}", e.message()),
            }
        })?;
        // Writing into memory cannot fail.
        let _ = out.serialize_triple(&triple);
    }
    Ok(String::from_utf8_lossy(&out.finish()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::to_ntriples;
    use crate::import::ImportError;

    #[test]
    fn turtle_becomes_n_triples() {
        let ttl = "@prefix ceterms: <https://purl.org/ctdl/terms/> .\n<https://r.org/ce-1> a ceterms:Pathway ; ceterms:name \"P\"@en .\n";
        let nt = to_ntriples("p.ttl", ttl).unwrap_or_default();
        assert!(nt.contains("<https://r.org/ce-1> <https://purl.org/ctdl/terms/name> \"P\"@en ."));
        assert!(nt.contains("<https://r.org/ce-1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.org/ctdl/terms/Pathway> ."));
    }

    #[test]
    fn broken_turtle_says_where() {
        let ttl = "@prefix x: <https://x.org/> .\n\nx:a x:b ;; x:c .\n";
        match to_ntriples("bad.ttl", ttl) {
            Err(ImportError::Malformed {
                input,
                line,
                message,
                ..
            }) => {
                assert_eq!((input.as_str(), line), ("bad.ttl", 3), "{message}");
                assert!(message.starts_with("not valid Turtle"), "{message}");
            }
            other => panic!("expected a position, got {other:?}"),
        }
    }

    #[test]
    fn turtle_with_only_prefixes_is_said_to_have_no_statement() {
        let ttl = "# exported\n@prefix ceterms: <https://purl.org/ctdl/terms/> .\n";
        let inputs = [("only.ttl".to_string(), ttl.to_string())];
        match crate::import::import(&inputs, crate::import::Format::Auto) {
            Err(ImportError::Malformed { input, message, .. }) => {
                assert_eq!(input, "only.ttl");
                assert!(
                    message.starts_with("Turtle without a single statement"),
                    "{message}"
                );
            }
            Err(other) => panic!("expected 'no statement', got {other}"),
            Ok(_) => panic!("expected 'no statement', got a dataset"),
        }
    }
}
