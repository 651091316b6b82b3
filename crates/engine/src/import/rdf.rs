//! Other spellings of the same RDF graph, brought to the compacted CTDL form the mappers read:
//! expanded or flattened JSON-LD (full IRIs such as `https://purl.org/ctdl/terms/name`,
//! `@value` objects, no `@context`) and N-Triples. Both are read into expanded node objects,
//! then compacted once: CTDL namespace IRIs become `ceterms:` / `ceasn:` / vocabulary
//! prefixes, language-tagged values a language map, single values plain values, and blank
//! nodes are embedded where they are referenced, as the registry's own records embed them.

use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// Namespaces written with a prefix in compacted CTDL (the CTDL context's own prefixes).
const PREFIXES: [(&str, &str); 6] = [
    ("https://purl.org/ctdl/terms/", "ceterms:"),
    ("http://purl.org/ctdl/terms/", "ceterms:"),
    ("https://purl.org/ctdlasn/terms/", "ceasn:"),
    ("http://purl.org/ASN/schema/core/", "asn:"),
    ("http://www.w3.org/2004/02/skos/core#", "skos:"),
    ("https://credreg.net/qdata/terms/", "qdata:"),
];

/// CTDL concept schemes live under one path; the context names each by its scheme.
const VOCABS: &str = "https://purl.org/ctdl/vocabs/";

/// An IRI in its compacted form (`ceterms:name`, `logic:OnlyOne`), or itself.
fn compact_iri(iri: &str) -> String {
    for (ns, p) in PREFIXES {
        if let Some(rest) = iri.strip_prefix(ns) {
            return format!("{p}{rest}");
        }
    }
    if let Some((scheme, term)) = iri
        .strip_prefix(VOCABS)
        .and_then(|r| r.split_once('/'))
        .filter(|(s, t)| !s.is_empty() && !t.is_empty() && !t.contains('/'))
    {
        return format!("{scheme}:{term}");
    }
    iri.to_string()
}

/// Does `v` look like expanded or flattened CTDL JSON-LD: no `@context`, keys that are
/// full CTDL IRIs?
pub(crate) fn is_expanded_ctdl(v: &Value) -> bool {
    let nodes: Vec<&Value> = match v {
        Value::Array(a) => a.iter().take(32).collect(),
        // An empty context (what RDF serialisers write with no prefixes) names nothing.
        Value::Object(m)
            if m.get("@context")
                .is_some_and(|c| c.as_object().is_none_or(|o| !o.is_empty())) =>
        {
            return false
        }
        Value::Object(m) => match m.get("@graph") {
            Some(Value::Array(a)) => a.iter().take(32).collect(),
            _ => vec![v],
        },
        _ => return false,
    };
    nodes.iter().any(|n| {
        n.as_object().is_some_and(|m| {
            !m.contains_key("@context")
                && m.keys()
                    .any(|k| k.starts_with(PREFIXES[0].0) || k.starts_with(PREFIXES[1].0))
        })
    })
}

/// Expanded or flattened JSON-LD → a compacted `@graph` document.
pub(crate) fn compact_expanded(v: &Value) -> Value {
    let nodes: Vec<&Map<String, Value>> = match v {
        Value::Array(a) => a.iter().filter_map(Value::as_object).collect(),
        Value::Object(m) => match m.get("@graph") {
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_object).collect(),
            _ => vec![m],
        },
        _ => Vec::new(),
    };
    compact_nodes(&nodes)
}

fn compact_nodes(nodes: &[&Map<String, Value>]) -> Value {
    // A serialiser may write one node as several objects with the same `@id`: merged
    // first, properties concatenated.
    let mut order: Vec<Map<String, Value>> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for m in nodes {
        let id = m.get("@id").and_then(Value::as_str);
        match id.and_then(|i| at.get(i).copied()) {
            Some(i) => {
                for (k, v) in m.iter().filter(|(k, _)| *k != "@id") {
                    let slot = order[i]
                        .entry(k.clone())
                        .or_insert(Value::Array(Vec::new()));
                    match (slot, v) {
                        (Value::Array(a), Value::Array(b)) => a.extend(b.iter().cloned()),
                        (Value::Array(a), x) => a.push(x.clone()),
                        (slot, x) => *slot = Value::Array(vec![slot.clone(), x.clone()]),
                    }
                }
            }
            None => {
                if let Some(i) = id {
                    at.insert(i, order.len());
                }
                order.push((*m).clone());
            }
        }
    }
    // Blank nodes another node refers to are embedded there; the others stay nodes.
    let mut used: Vec<&str> = Vec::new();
    for m in &order {
        for (k, x) in m {
            if k != "@id" {
                referenced(x, &mut used, 0);
            }
        }
    }
    let blanks: HashMap<&str, &Map<String, Value>> = order
        .iter()
        .filter_map(|m| {
            let id = m.get("@id").and_then(Value::as_str)?;
            (id.starts_with("_:") && used.contains(&id)).then_some((id, m))
        })
        .collect();
    let graph: Vec<Value> = order
        .iter()
        .filter(|m| {
            !m.get("@id")
                .and_then(Value::as_str)
                .is_some_and(|id| blanks.contains_key(id))
        })
        .map(|m| node(m, &blanks, 0))
        .collect();
    json!({ "@context": crate::export::CTDL_CONTEXT, "@graph": graph })
}

/// Blank node labels used as values (`{"@id": "_:b0"}`) anywhere in `v`.
fn referenced<'a>(v: &'a Value, out: &mut Vec<&'a str>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| referenced(x, out, depth + 1)),
        Value::Object(o) => {
            if o.len() == 1 {
                if let Some(id) = o.get("@id").and_then(Value::as_str) {
                    if id.starts_with("_:") {
                        out.push(id);
                    }
                    return;
                }
            }
            for (k, x) in o {
                if k != "@id" {
                    referenced(x, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Blank nodes referenced in a cycle stop being embedded at this depth.
const MAX_DEPTH: usize = 12;

fn node(
    m: &Map<String, Value>,
    blanks: &HashMap<&str, &Map<String, Value>>,
    depth: usize,
) -> Value {
    let mut out = Map::new();
    for (k, v) in m {
        match k.as_str() {
            // A blank node's label means nothing once it is embedded where it is used.
            "@id" if v.as_str().is_some_and(|i| i.starts_with("_:")) => {}
            "@id" => {
                out.insert(k.clone(), v.clone());
            }
            "@type" | RDF_TYPE => {
                let types: Vec<Value> = match v {
                    Value::Array(a) => a.iter().filter_map(type_iri).collect(),
                    x => type_iri(x).into_iter().collect(),
                };
                out.insert("@type".into(), single(types));
            }
            _ if k.starts_with('@') => {}
            _ => {
                out.insert(compact_iri(k), values(v, blanks, depth));
            }
        }
    }
    Value::Object(out)
}

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// A type as written in `@type` (a string) or as an `rdf:type` object (`{"@id": …}`).
fn type_iri(v: &Value) -> Option<Value> {
    let t = v
        .as_str()
        .or_else(|| v.get("@id").and_then(Value::as_str))?;
    Some(Value::String(compact_iri(t)))
}

/// One value, or a list when there are several.
fn single(mut v: Vec<Value>) -> Value {
    if v.len() == 1 {
        v.pop().unwrap_or(Value::Null)
    } else {
        Value::Array(v)
    }
}

/// A property's values: language-tagged strings become one language map, references stay
/// IRIs (blank nodes embedded), typed literals their value.
fn values(v: &Value, blanks: &HashMap<&str, &Map<String, Value>>, depth: usize) -> Value {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        x => vec![x],
    };
    let mut langs = Map::new();
    let mut out = Vec::new();
    for x in items {
        let Value::Object(o) = x else {
            out.push(x.clone());
            continue;
        };
        if let Some(val) = o.get("@value") {
            match (o.get("@language").and_then(Value::as_str), val) {
                (Some(l), Value::String(s)) => {
                    langs.insert(l.to_string(), Value::String(s.clone()));
                }
                (_, Value::String(s)) if numeric(o.get("@type")) => {
                    // Whole numbers stay whole, as a compacted record writes them.
                    let n = match s.parse::<i64>() {
                        Ok(i) => json!(i),
                        Err(_) => s.parse::<f64>().map_or_else(|_| val.clone(), |f| json!(f)),
                    };
                    out.push(n);
                }
                _ => out.push(val.clone()),
            }
        } else if let Some(list) = o.get("@list") {
            out.push(values(list, blanks, depth));
        } else if o.len() == 1 && o.contains_key("@id") {
            let id = o.get("@id").and_then(Value::as_str).unwrap_or_default();
            match blanks.get(id).filter(|_| depth < MAX_DEPTH) {
                Some(b) => out.push(node(b, blanks, depth + 1)),
                None => out.push(Value::String(id.to_string())),
            }
        } else {
            out.push(node(o, blanks, depth + 1));
        }
    }
    if !langs.is_empty() {
        out.push(Value::Object(langs));
    }
    single(out)
}

fn numeric(datatype: Option<&Value>) -> bool {
    datatype.and_then(Value::as_str).is_some_and(|t| {
        [
            "integer",
            "decimal",
            "double",
            "float",
            "nonNegativeInteger",
        ]
        .iter()
        .any(|n| t == format!("http://www.w3.org/2001/XMLSchema#{n}"))
    })
}

/// Does the text look like N-Triples: lines of `<subject> <predicate> object .`?
pub(crate) fn is_ntriples(text: &str) -> bool {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    lines
        .next()
        .is_some_and(|l| (l.starts_with('<') || l.starts_with("_:")) && l.ends_with('.'))
}

/// A problem in an N-Triples text: 1-based line and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct NtError {
    pub line: usize,
    pub message: String,
}

/// N-Triples → expanded node objects → a compacted `@graph` document.
pub(crate) fn ntriples_to_compact(text: &str) -> Result<Value, NtError> {
    let mut order: Vec<String> = Vec::new();
    let mut subjects: HashMap<String, Map<String, Value>> = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: &str| NtError {
            line: i + 1,
            message: message.to_string(),
        };
        let (s, rest) = term(line).ok_or_else(|| err("expected a subject (<IRI> or _:label)"))?;
        let (p, rest) = term(rest.trim_start()).ok_or_else(|| err("expected a predicate <IRI>"))?;
        let (o, rest) = term(rest.trim_start()).ok_or_else(|| err("expected an object"))?;
        if rest.trim() != "." {
            return Err(err("expected `.` at the end of the triple"));
        }
        let (Term::Iri(s) | Term::Blank(s)) = s else {
            return Err(err("a literal cannot be a subject"));
        };
        let Term::Iri(p) = p else {
            return Err(err("the predicate must be an <IRI>"));
        };
        let entry = subjects.entry(s.clone()).or_insert_with(|| {
            order.push(s.clone());
            Map::from_iter([("@id".to_string(), Value::String(s.clone()))])
        });
        let value = match o {
            Term::Iri(x) | Term::Blank(x) => json!({ "@id": x }),
            Term::Literal(v, Some(l), _) => json!({ "@value": v, "@language": l }),
            Term::Literal(v, None, Some(t)) => json!({ "@value": v, "@type": t }),
            Term::Literal(v, None, None) => json!({ "@value": v }),
        };
        if p == RDF_TYPE {
            if let Some(t) = value.get("@id").cloned() {
                push(entry, "@type", t);
            }
        } else {
            push(entry, &p, value);
        }
    }
    let nodes: Vec<&Map<String, Value>> = order.iter().filter_map(|s| subjects.get(s)).collect();
    Ok(compact_nodes(&nodes))
}

fn push(m: &mut Map<String, Value>, key: &str, v: Value) {
    match m.get_mut(key) {
        Some(Value::Array(a)) => a.push(v),
        _ => {
            m.insert(key.to_string(), Value::Array(vec![v]));
        }
    }
}

enum Term {
    Iri(String),
    Blank(String),
    /// Lexical form, language, datatype.
    Literal(String, Option<String>, Option<String>),
}

/// One term at the start of `s`, and the rest of the line.
fn term(s: &str) -> Option<(Term, &str)> {
    if let Some(r) = s.strip_prefix('<') {
        let end = r.find('>')?;
        return Some((Term::Iri(r[..end].to_string()), &r[end + 1..]));
    }
    if s.starts_with("_:") {
        let end = s.find(|c: char| c.is_whitespace()).unwrap_or(s.len());
        return Some((Term::Blank(s[..end].to_string()), &s[end..]));
    }
    let r = s.strip_prefix('"')?;
    let mut value = String::new();
    let mut chars = r.char_indices();
    let end = loop {
        let (i, c) = chars.next()?;
        match c {
            '"' => break i,
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    'r' => value.push('\r'),
                    'u' | 'U' => {
                        let n = if e == 'u' { 4 } else { 8 };
                        let hex: String =
                            (0..n).filter_map(|_| chars.next().map(|x| x.1)).collect();
                        value.push(
                            u32::from_str_radix(&hex, 16)
                                .ok()
                                .and_then(char::from_u32)?,
                        );
                    }
                    other => value.push(other),
                }
            }
            c => value.push(c),
        }
    };
    let rest = &r[end + 1..];
    if let Some(l) = rest.strip_prefix('@') {
        let e = l
            .find(|c: char| c.is_whitespace() || c == '.')
            .unwrap_or(l.len());
        return Some((
            Term::Literal(value, Some(l[..e].to_string()), None),
            &l[e..],
        ));
    }
    if let Some(t) = rest.strip_prefix("^^<") {
        let e = t.find('>')?;
        return Some((
            Term::Literal(value, None, Some(t[..e].to_string())),
            &t[e + 1..],
        ));
    }
    Some((Term::Literal(value, None, None), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_compact_to_the_contexts_prefixes() {
        assert_eq!(
            compact_iri("https://purl.org/ctdl/terms/name"),
            "ceterms:name"
        );
        assert_eq!(
            compact_iri("https://purl.org/ctdl/vocabs/logic/OnlyOne"),
            "logic:OnlyOne"
        );
        assert_eq!(
            compact_iri("https://example.org/x"),
            "https://example.org/x"
        );
    }

    #[test]
    fn ntriples_read_into_compacted_nodes() {
        let nt = r#"<https://r.org/ce-1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.org/ctdl/terms/Pathway> .
<https://r.org/ce-1> <https://purl.org/ctdl/terms/name> "Weg \u00fcber \"A\""@de .
<https://r.org/ce-1> <https://purl.org/ctdl/terms/hasCondition> _:b0 .
_:b0 <https://purl.org/ctdl/terms/requiredNumber> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
"#;
        let v = ntriples_to_compact(nt).unwrap_or_default();
        let n = &v["@graph"][0];
        assert_eq!(n["@type"], "ceterms:Pathway");
        assert_eq!(n["ceterms:name"]["de"], "Weg über \"A\"");
        assert_eq!(n["ceterms:hasCondition"]["ceterms:requiredNumber"], 2);
        assert_eq!(v["@graph"].as_array().map(Vec::len), Some(1));
        let bad = ntriples_to_compact("<a> <b> \"unterminated .").err();
        assert_eq!(bad.map(|e| e.line), Some(1));
    }
}
