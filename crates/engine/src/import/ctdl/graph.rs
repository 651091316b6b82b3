//! From input documents to the CTDL nodes the importer maps: walking arrays, `@graph`
//! documents and registry envelopes, telling each node's kind from its class, and the ids
//! and reference keys nodes are found by.

use super::{Ctx, Reason, P};
use crate::import::jsonld::{self, key_path, types, Obj};
use crate::route::Msg;
use serde_json::{Map, Value};

/// What a CTDL class becomes; decides the order nodes are mapped in and which mapper
/// reads them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    Credential,
    LearningOpp,
    Assessment,
    Org,
    Tvp,
    Pathway,
    Component,
    Declared,
    Other,
}

pub(super) fn kind_of(ty: &str) -> Kind {
    let t = ty.strip_prefix(P).unwrap_or(ty);
    match t {
        "LearningOpportunityProfile" | "LearningProgram" | "Course" | "LearningOpportunity" => {
            Kind::LearningOpp
        }
        "AssessmentProfile" => Kind::Assessment,
        "CredentialOrganization" | "QACredentialOrganization" | "Organization" => Kind::Org,
        "TransferValueProfile" => Kind::Tvp,
        // The abstract class names a credential without describing a programme.
        "Credential" => Kind::Declared,
        "Pathway" => Kind::Pathway,
        "ConditionManifest" | "CostManifest" | "TransferIntermediary" | "PathwaySet" => Kind::Other,
        _ if t.ends_with("Component") => Kind::Component,
        _ if t.ends_with("Degree")
            || t.ends_with("Certificate")
            || t.ends_with("Certification")
            || t.ends_with("Diploma")
            || t.ends_with("Badge")
            || t.ends_with("Doctorate")
            || t.ends_with("License")
            || t.ends_with("Credential")
            || t == "MicroCredential"
            || t == "GeneralEducationDevelopment" =>
        {
            Kind::Credential
        }
        _ => Kind::Other,
    }
}

/// A top-level node with where it came from.
pub(super) struct Node<'a> {
    pub file: String,
    pub path: String,
    pub map: &'a Map<String, Value>,
    pub ty: String,
    pub kind: Kind,
    pub id: String,
}

impl<'a> Node<'a> {
    /// The node as an object to read, its identity keys counted as read.
    pub fn obj(&self) -> Obj<'a> {
        let mut o = Obj::new(self.map, self.path.clone(), self.ty.clone());
        o.consume(&["@context", "@id", "@type", "ceterms:ctid"]);
        o
    }

    /// The registry's CTID, else our id: the reference an imported offer's source carries.
    pub fn ctid_or_id(&self) -> String {
        self.map
            .get("ceterms:ctid")
            .and_then(Value::as_str)
            .map_or_else(|| self.id.clone(), str::to_string)
    }
}

/// (input name, JSON path, value) of a record found in the input.
pub(super) type Record<'a> = (String, String, &'a Value);

/// Records found while walking the input. Registry envelopes carry their record as a
/// JSON string; those are parsed into `parsed`, which the caller keeps alive so nodes can
/// borrow from them as from the input.
#[derive(Default)]
pub(super) struct Found<'a> {
    pub records: Vec<Record<'a>>,
    pub parsed: Vec<(String, String, Value)>,
}

/// Walks every input down to its records; envelopes that cannot be read are reported.
pub(super) fn find<'a>(cx: &mut Ctx, inputs: &[(String, &'a Value)]) -> Found<'a> {
    let mut found = Found::default();
    for (name, v) in inputs {
        collect(cx, name, v, "$".into(), &mut found, 0);
    }
    found
}

/// The nodes of the records found in the input and then of those parsed from envelopes; a record that is not an object is reported and skipped.
pub(super) fn nodes<'a>(
    cx: &mut Ctx,
    records: Vec<Record<'a>>,
    parsed: &'a [(String, String, Value)],
) -> Vec<Node<'a>> {
    let all = records
        .into_iter()
        .chain(parsed.iter().map(|(f, p, v)| (f.clone(), p.clone(), v)));
    let mut nodes = Vec::new();
    for (file, path, v) in all {
        let Value::Object(m) = v else {
            cx.file = file.clone();
            cx.at(&path, "").add(
                Reason::UnsupportedType,
                "",
                Msg::new("import.unsupported_type.not_object"),
            );
            continue;
        };
        let ty = types(m).into_iter().next().unwrap_or_default();
        let kind = kind_of(&ty);
        let id = node_id(m).unwrap_or_else(|| jsonld::id_from_path(&file, &path));
        nodes.push(Node {
            file,
            path,
            map: m,
            ty,
            kind,
            id,
        });
    }
    nodes
}

/// The keys a reference to a node may use: the URI as written and the CTID inside it.
pub(super) fn ref_keys(uri: &str) -> Vec<String> {
    let mut v = vec![uri.to_string()];
    if let Some(c) = jsonld::ctid_in(uri) {
        v.push(c);
    }
    v
}

/// The keys other nodes may find this one by: its CTID and its `@id`.
pub(super) fn node_keys(m: &Map<String, Value>) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(c) = m.get("ceterms:ctid").and_then(Value::as_str) {
        v.push(c.to_ascii_lowercase());
    }
    if let Some(i) = m.get("@id").and_then(Value::as_str) {
        v.extend(ref_keys(i));
    }
    v
}

/// Our id for a node: its CTID, else its `@id` (blank nodes have none that lasts).
pub(super) fn node_id(m: &Map<String, Value>) -> Option<String> {
    if let Some(c) = m.get("ceterms:ctid").and_then(Value::as_str) {
        if !c.trim().is_empty() {
            return Some(jsonld::sanitise(&c.to_ascii_lowercase()));
        }
    }
    m.get("@id")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty() && !s.starts_with("_:"))
        .map(jsonld::id_from_uri)
}

/// Walks arrays, `@graph` documents and registry envelopes down to record objects.
fn collect<'a>(
    cx: &mut Ctx,
    file: &str,
    v: &'a Value,
    path: String,
    found: &mut Found<'a>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                collect(cx, file, x, jsonld::index_path(&path, i), found, depth + 1);
            }
        }
        Value::Object(m) => {
            if let Some(g) = m.get("@graph") {
                collect(cx, file, g, key_path(&path, "@graph"), found, depth + 1);
                return;
            }
            for k in ["envelope", "decoded_resource", "resource"] {
                let Some(x) = m.get(k) else { continue };
                if m.contains_key("@type") {
                    break;
                }
                let p = key_path(&path, k);
                match x {
                    Value::String(s) => match serde_json::from_str::<Value>(s) {
                        Ok(parsed) => found.parsed.push((file.to_string(), p, parsed)),
                        Err(_) => {
                            cx.file = file.to_string();
                            cx.at(&p, "envelope").add(
                                Reason::UnsupportedType,
                                k,
                                Msg::new("import.unsupported_type.envelope"),
                            );
                        }
                    },
                    x => collect(cx, file, x, p, found, depth + 1),
                }
                return;
            }
            found.records.push((file.to_string(), path, v));
        }
        _ => found.records.push((file.to_string(), path, v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_become_kinds_by_their_names() {
        assert_eq!(kind_of("ceterms:BachelorDegree"), Kind::Credential);
        assert_eq!(kind_of("ceterms:Course"), Kind::LearningOpp);
        assert_eq!(kind_of("ceterms:CourseComponent"), Kind::Component);
        assert_eq!(kind_of("ceterms:Credential"), Kind::Declared);
        assert_eq!(kind_of("ceterms:PathwaySet"), Kind::Other);
        assert_eq!(kind_of(""), Kind::Other);
    }

    #[test]
    fn a_node_is_known_by_its_ctid_before_its_id() {
        let m = serde_json::json!({"ceterms:ctid": "CE-AB", "@id": "https://x/resources/ce-ab"});
        let Value::Object(m) = m else { return };
        assert_eq!(node_id(&m).as_deref(), Some("ce-ab"));
        assert_eq!(
            node_keys(&m),
            ["ce-ab", "https://x/resources/ce-ab", "ce-ab"]
        );
        let blank = serde_json::json!({"@id": "_:b0"});
        let Value::Object(blank) = blank else { return };
        assert_eq!(node_id(&blank), None);
    }
}
