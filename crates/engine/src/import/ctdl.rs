//! CTDL JSON-LD → our format. Mapping table and reasons: `pathways-data/IMPORT.md`.

use super::jsonld::{self, items, key_path, lang_map, number, ref_of, types, Obj};
use super::{note_push, Ctx, Reason, Target};
use crate::model::*;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

const P: &str = "ceterms:";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
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

fn kind_of(ty: &str) -> Kind {
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
struct Node<'a> {
    file: String,
    path: String,
    map: &'a Map<String, Value>,
    ty: String,
    kind: Kind,
    id: String,
}

impl Node<'_> {
    /// The registry's CTID, else our id: the reference an imported offer's source carries.
    fn ctid_or_id(&self) -> String {
        self.map
            .get("ceterms:ctid")
            .and_then(Value::as_str)
            .map_or_else(|| self.id.clone(), str::to_string)
    }
}

/// Registry envelopes carry the record as a JSON string; those are parsed and kept alive
/// here so nodes can borrow from them.
pub(crate) fn import(cx: &mut Ctx, inputs: &[(String, &Value)]) {
    let mut owned: Vec<(String, String, Value)> = Vec::new();
    let mut raw: Vec<(String, String, &Value)> = Vec::new();
    for (name, v) in inputs {
        collect(cx, name, v, "$".into(), &mut raw, &mut owned, 0);
    }
    for (f, p, v) in &owned {
        raw.push((f.clone(), p.clone(), v));
    }
    let mut nodes: Vec<Node> = Vec::new();
    for (file, path, v) in raw {
        let Value::Object(m) = v else {
            cx.file = file.clone();
            cx.add(
                Reason::UnsupportedType,
                &path,
                "",
                "",
                "not a JSON object: skipped".into(),
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
    let mut st = State::default();
    for n in &nodes {
        for k in node_keys(n.map) {
            st.index.entry(k).or_insert((n.id.clone(), n.kind));
        }
    }
    // Components standing in for input nodes map to those nodes' offers.
    for n in nodes.iter().filter(|n| n.kind == Kind::Component) {
        let target = n
            .map
            .get("ceterms:proxyFor")
            .and_then(ref_of)
            .and_then(|u| st.lookup(u))
            .filter(|(_, k)| matches!(k, Kind::Credential | Kind::LearningOpp | Kind::Assessment))
            .map(|(id, _)| id);
        st.component_offer
            .insert(n.id.clone(), target.unwrap_or_else(|| n.id.clone()));
    }
    for order in [
        &[Kind::Org][..],
        &[
            Kind::Credential,
            Kind::LearningOpp,
            Kind::Assessment,
            Kind::Declared,
        ],
        &[Kind::Component],
        &[Kind::Tvp],
        &[Kind::Pathway, Kind::Other],
    ] {
        for n in nodes.iter().filter(|n| order.contains(&n.kind)) {
            cx.file = n.file.clone();
            cx.report.read(&n.ty);
            match n.kind {
                Kind::Org => org(cx, &mut st, n),
                Kind::Credential | Kind::LearningOpp | Kind::Assessment => offer(cx, &mut st, n),
                Kind::Component => component(cx, &mut st, n),
                Kind::Declared => declared(cx, n),
                Kind::Tvp => tvp(cx, &mut st, n),
                Kind::Pathway => pathway(cx, &mut st, n),
                Kind::Other => {
                    cx.report.became(&n.ty, Target::NotMapped);
                    cx.add(
                        Reason::UnsupportedType,
                        &n.path,
                        &n.ty,
                        "",
                        format!("{} has no equivalent in our format", shown(&n.ty)),
                    );
                }
            }
        }
    }
    // Entry trees need every offer to exist, so they are attached last.
    for (offer_id, cond) in std::mem::take(&mut st.pending_entry) {
        if let Some(o) = cx.offers.iter_mut().find(|o| o.id == offer_id) {
            o.entry = Some(match o.entry.take() {
                None => cond,
                Some(Condition::AllOf { mut all }) => {
                    all.push(cond);
                    Condition::AllOf { all }
                }
                Some(e) => Condition::AllOf { all: vec![e, cond] },
            });
        }
    }
}

fn shown(ty: &str) -> &str {
    if ty.is_empty() {
        "a node without @type"
    } else {
        ty
    }
}

#[derive(Default)]
struct State {
    /// Reference key (CTID, @id) → (our id, kind).
    index: HashMap<String, (String, Kind)>,
    /// Component id → offer id it stands for.
    component_offer: HashMap<String, String>,
    /// Provider id by org reference key.
    org_provider: HashMap<String, String>,
    pending_entry: Vec<(String, Condition)>,
}

impl State {
    fn lookup(&self, uri: &str) -> Option<(String, Kind)> {
        ref_keys(uri)
            .iter()
            .find_map(|k| self.index.get(k).cloned())
    }
}

fn ref_keys(uri: &str) -> Vec<String> {
    let mut v = vec![uri.to_string()];
    if let Some(c) = jsonld::ctid_in(uri) {
        v.push(c);
    }
    v
}

fn node_keys(m: &Map<String, Value>) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(c) = m.get("ceterms:ctid").and_then(Value::as_str) {
        v.push(c.to_ascii_lowercase());
    }
    if let Some(i) = m.get("@id").and_then(Value::as_str) {
        v.extend(ref_keys(i));
    }
    v
}

fn node_id(m: &Map<String, Value>) -> Option<String> {
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
    out: &mut Vec<(String, String, &'a Value)>,
    owned: &mut Vec<(String, String, Value)>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                collect(
                    cx,
                    file,
                    x,
                    jsonld::index_path(&path, i),
                    out,
                    owned,
                    depth + 1,
                );
            }
        }
        Value::Object(m) => {
            if let Some(g) = m.get("@graph") {
                collect(
                    cx,
                    file,
                    g,
                    key_path(&path, "@graph"),
                    out,
                    owned,
                    depth + 1,
                );
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
                        Ok(parsed) => owned.push((file.to_string(), p, parsed)),
                        Err(_) => {
                            cx.file = file.to_string();
                            cx.add(
                                Reason::UnsupportedType,
                                &p,
                                "envelope",
                                k,
                                "the envelope's resource is not JSON (signed/encoded): skipped"
                                    .into(),
                            );
                        }
                    },
                    x => collect(cx, file, x, p, out, owned, depth + 1),
                }
                return;
            }
            out.push((file.to_string(), path, v));
        }
        _ => out.push((file.to_string(), path, v)),
    }
}

fn get_text(o: &mut Obj, key: &str) -> LangMap {
    match o.get(&format!("{P}{key}")) {
        Some(v) => lang_map(v, "en").0,
        None => LangMap::new(),
    }
}

fn declared(cx: &mut Ctx, n: &Node) {
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&["@context", "@id", "@type", "ceterms:ctid"]);
    let mut title = get_text(&mut o, "name");
    if title.is_empty() {
        title.insert("en".into(), n.id.clone());
    }
    cx.declare_credential(&n.id, title);
    cx.report.became(&n.ty, Target::Credential);
    cx.leftover(&o);
}

fn org(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&["@context", "@id", "@type", "ceterms:ctid"]);
    let name = get_text(&mut o, "name");
    let mut country = None;
    if let Some(v) = o.get("ceterms:address") {
        for (a, _) in items(v, &o.prop_path("ceterms:address")) {
            if let Some(c) = a.get("ceterms:addressCountry").and_then(Value::as_str) {
                country = country.or_else(|| jsonld::country(c));
            }
        }
    }
    let url = o
        .get("ceterms:subjectWebpage")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    let id = n.id.clone();
    if country.is_none() {
        cx.add(
            Reason::CountryUnknown,
            &n.path,
            &n.ty,
            "ceterms:address",
            "no addressCountry: country left unknown".into(),
        );
    }
    let c = country;
    if cx.provider_ids.insert(id.clone()) {
        let name = if name.is_empty() {
            BTreeMap::from([("en".into(), id.clone())])
        } else {
            name
        };
        cx.providers.push(Provider {
            id: id.clone(),
            name,
            country: c,
            nuts: None,
            url,
        });
        cx.report.became(&n.ty, Target::Provider);
    } else {
        cx.add(
            Reason::DuplicateNode,
            &n.path,
            &n.ty,
            "",
            format!("provider `{id}` defined twice: first kept"),
        );
    }
    for k in node_keys(n.map) {
        st.org_provider.insert(k, id.clone());
    }
    cx.leftover(&o);
}

/// Offer kind and EQF level from the CTDL class, with whether the choice is a convention.
fn kind_from_type(ty: &str, kind: Kind) -> (OfferKind, Option<u8>, bool) {
    let t = ty.strip_prefix(P).unwrap_or(ty);
    if kind == Kind::Assessment {
        return (OfferKind::ValidationProcedure, None, true);
    }
    if kind == Kind::LearningOpp {
        return if t == "Course" {
            (OfferKind::HeModule, None, true)
        } else {
            (OfferKind::AdultCourse, None, true)
        };
    }
    if t.starts_with("Bachelor") {
        (OfferKind::Bachelor, Some(6), false)
    } else if t.starts_with("Master") && t.ends_with("Degree") {
        (OfferKind::Master, Some(7), false)
    } else if t.contains("Doctor") {
        (OfferKind::Doctorate, Some(8), false)
    } else if t.starts_with("Associate") {
        (OfferKind::ShortCycleHe, Some(5), false)
    } else if t.contains("Badge") || t == "MicroCredential" {
        (OfferKind::MicroCredential, None, false)
    } else if t.contains("Apprentice") || t.contains("Journeyman") {
        (OfferKind::Apprenticeship, None, false)
    } else if t.contains("Diploma")
        || t == "GeneralEducationDevelopment"
        || t == "MasterCertificate"
    {
        (OfferKind::VetQualification, None, true)
    } else if t.contains("Certification") || t.contains("License") {
        (OfferKind::ValidationProcedure, None, true)
    } else {
        (OfferKind::AdultCourse, None, true)
    }
}

fn audience_eqf(node: &str) -> Option<u8> {
    let t = node.rsplit([':', '/']).next().unwrap_or(node);
    match t {
        "AssociatesDegreeLevel" => Some(5),
        "BachelorsDegreeLevel" => Some(6),
        "MastersDegreeLevel" => Some(7),
        "DoctoralDegreeLevel" => Some(8),
        _ => None,
    }
}

/// Reads a CredentialAlignmentObject's `targetNode` (its labels are part of the concept).
fn alignment_node(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => m
            .get("ceterms:targetNode")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| {
                m.get("ceterms:targetNodeName").map(|x| {
                    jsonld::lang_map(x, "en")
                        .0
                        .into_values()
                        .next()
                        .unwrap_or_default()
                })
            }),
        _ => None,
    }
}

/// The `targetNode`s of a list of alignment objects, comma-separated.
fn alignment_nodes(v: &Value) -> String {
    items(v, "")
        .into_iter()
        .filter_map(|(x, _)| alignment_node(x))
        .collect::<Vec<_>>()
        .join(",")
}

/// A language map's texts in every language, space-separated (for matching unit names).
fn all_languages(v: &Value) -> String {
    lang_map(v, "en")
        .0
        .into_values()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Credit unit → (system name, ECTS per unit). The rates are conventions, reported.
fn credit_unit(unit: &str, description: &str) -> Option<(&'static str, f64)> {
    let u = unit
        .rsplit([':', '/'])
        .next()
        .unwrap_or(unit)
        .to_ascii_lowercase();
    let d = description.to_ascii_lowercase();
    let says = |w: &str| u.contains(w) || d.contains(w);
    if says("ects") || says("european credit") {
        Some(("ects", 1.0))
    } else if says("semester") {
        Some(("us_semester_hour", 2.0))
    } else if says("quarter") {
        Some(("us_quarter_hour", 4.0 / 3.0))
    } else if u == "clockhour" {
        Some(("clock_hour", 1.0 / 27.5))
    } else {
        None
    }
}

/// Reads credits from ValueProfiles (`creditValue`) or the older flat properties.
/// Returns credits or reports why not.
fn credits_of(cx: &mut Ctx, o: &mut Obj) -> Option<Credits> {
    let mut found: Vec<(f64, String, String, String)> = Vec::new();
    if let Some(v) = o.get("ceterms:creditValue") {
        for (x, p) in items(v, &o.prop_path("ceterms:creditValue")) {
            let Value::Object(m) = x else { continue };
            let mut vp = Obj::new(m, p.clone(), "ceterms:ValueProfile".into());
            vp.consume(&["@type"]);
            let value = vp.get("ceterms:value").and_then(number);
            let min = vp.get("ceterms:minValue").and_then(number);
            let max = vp.get("ceterms:maxValue").and_then(number);
            let unit = vp
                .get("ceterms:creditUnitType")
                .map(alignment_nodes)
                .unwrap_or_default();
            let desc = vp
                .get("ceterms:creditUnitTypeDescription")
                .map(all_languages)
                .unwrap_or_default();
            let v = match (value, min, max) {
                (Some(v), _, _) => Some(v),
                (None, Some(a), Some(b)) => {
                    cx.add(
                        Reason::CreditValueApproximated,
                        &p,
                        &vp.ty,
                        "ceterms:minValue",
                        format!("credit range {a}–{b}: the minimum {a} was kept"),
                    );
                    Some(a)
                }
                (None, a, b) => a.or(b),
            };
            if let Some(v) = v {
                found.push((v, unit, desc, p.clone()));
            }
            cx.leftover(&vp);
        }
    }
    let flat = o
        .get("ceterms:creditUnitValue")
        .or_else(|| o.get("ceterms:creditHourValue"))
        .and_then(number);
    if let Some(v) = flat {
        let unit = o
            .get("ceterms:creditUnitType")
            .map(alignment_nodes)
            .unwrap_or_default();
        let hour_type = o
            .get("ceterms:creditHourType")
            .map(all_languages)
            .unwrap_or_default();
        let desc = o
            .get("ceterms:creditUnitTypeDescription")
            .map(all_languages)
            .unwrap_or_default();
        found.push((
            v,
            unit,
            format!("{desc} {hour_type}"),
            o.prop_path("ceterms:creditUnitValue"),
        ));
    }
    let (value, unit, desc, path) = found.first().cloned()?;
    if found.len() > 1 {
        cx.add(
            Reason::MultipleValues,
            &path,
            &o.ty,
            "ceterms:creditValue",
            format!(
                "{} credit values: the first ({value}) was kept",
                found.len()
            ),
        );
    }
    if value < 0.0 {
        return None;
    }
    match credit_unit(&unit, &desc) {
        Some(("ects", _)) => Some(Credits {
            value,
            system: "ects".into(),
            ects_per_unit: None,
        }),
        Some((system, rate)) => {
            cx.add(
                Reason::CreditUnitConverted,
                &path,
                &o.ty,
                "ceterms:creditUnitType",
                format!(
                    "{value} {} ({}) recorded as system `{system}` at {:.4} ECTS per unit",
                    unit,
                    desc.trim(),
                    rate
                ),
            );
            Some(Credits {
                value,
                system: system.into(),
                ects_per_unit: Some(jsonld::round3(rate)),
            })
        }
        None => {
            cx.add(
                Reason::CreditUnitUnknown,
                &path,
                &o.ty,
                "ceterms:creditUnitType",
                format!(
                    "{value} credits in unit `{unit}` ({}) have no known ECTS rate: not recorded",
                    desc.trim()
                ),
            );
            None
        }
    }
}

fn refs_in(v: &Value) -> Vec<String> {
    items(v, "")
        .into_iter()
        .filter_map(|(x, _)| ref_of(x).map(str::to_string))
        .collect()
}

fn offer(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&["@context", "@id", "@type", "ceterms:ctid"]);
    if n.map.get("ceterms:ctid").is_none()
        && n.map
            .get("@id")
            .and_then(Value::as_str)
            .is_none_or(|s| s.starts_with("_:"))
    {
        cx.add(
            Reason::MissingId,
            &n.path,
            &n.ty,
            "ceterms:ctid",
            format!("no CTID or @id: id `{}` generated from the path", n.id),
        );
    }
    if cx.offer_ids.contains(&n.id) {
        cx.add(
            Reason::DuplicateNode,
            &n.path,
            &n.ty,
            "",
            format!("`{}` appears twice: first kept", n.id),
        );
        cx.report.became(&n.ty, Target::NotMapped);
        return;
    }
    let mut title = get_text(&mut o, "name");
    if title.is_empty() {
        cx.add(
            Reason::NoTitle,
            &n.path,
            &n.ty,
            "ceterms:name",
            "no name: the id is used as title".into(),
        );
        title.insert("en".into(), n.id.clone());
    }
    let description = get_text(&mut o, "description");
    let (kind, mut eqf, assumed) = kind_from_type(&n.ty, n.kind);
    if assumed {
        cx.add(
            Reason::KindAssumed,
            &n.path,
            &n.ty,
            "@type",
            format!("{} mapped to kind `{}` by convention", n.ty, kind.key()),
        );
    }
    if let Some(v) = o.get("ceterms:audienceLevelType") {
        for (x, p) in items(v, &o.prop_path("ceterms:audienceLevelType")) {
            let node = alignment_node(x).unwrap_or_default();
            match audience_eqf(&node) {
                Some(l) if eqf.is_none() => {
                    eqf = Some(l);
                    cx.add(
                        Reason::LevelMapped,
                        &p,
                        &n.ty,
                        "ceterms:audienceLevelType",
                        format!("`{node}` mapped to EQF {l}"),
                    );
                }
                Some(_) => {}
                None => cx.add(
                    Reason::LevelUnmapped,
                    &p,
                    &n.ty,
                    "ceterms:audienceLevelType",
                    format!("audience level `{node}` has no EQF equivalent"),
                ),
            }
        }
    }
    let credits = credits_of(cx, &mut o);
    let mut note = LangMap::new();
    // Duration
    let mut duration = None;
    if let Some(v) = o.get("ceterms:estimatedDuration") {
        for (x, p) in items(v, &o.prop_path("ceterms:estimatedDuration")) {
            let Value::Object(m) = x else { continue };
            let mut d = Obj::new(m, p.clone(), "ceterms:DurationProfile".into());
            d.consume(&["@type"]);
            let exact = d.get("ceterms:exactDuration").and_then(Value::as_str);
            let max = d.get("ceterms:maximumDuration").and_then(Value::as_str);
            let min = d.get("ceterms:minimumDuration").and_then(Value::as_str);
            let desc = d
                .get("ceterms:description")
                .map(|x| lang_map(x, "en").0)
                .unwrap_or_default();
            let pick = exact.or(max).or(min);
            if duration.is_none() {
                match pick.and_then(jsonld::duration_months) {
                    Some((m, hours)) => {
                        if exact.is_none() {
                            cx.add(
                                Reason::DurationApproximated,
                                &p,
                                &d.ty,
                                "ceterms:maximumDuration",
                                format!("no exact duration: {} used", pick.unwrap_or_default()),
                            );
                        } else if hours {
                            cx.add(
                                Reason::DurationApproximated,
                                &p,
                                &d.ty,
                                "ceterms:exactDuration",
                                format!(
                                    "`{}` counted as full-time study (40 h/week)",
                                    pick.unwrap_or_default()
                                ),
                            );
                        }
                        duration = Some(m);
                    }
                    None => {
                        if let Some(s) = pick {
                            cx.add(
                                Reason::DurationApproximated,
                                &p,
                                &d.ty,
                                "ceterms:exactDuration",
                                format!("`{s}` is not an ISO 8601 duration"),
                            );
                        }
                    }
                }
            }
            if !desc.is_empty() && pick.is_none() {
                note_push(&mut note, &desc);
                cx.add(
                    Reason::ConditionText,
                    &p,
                    &d.ty,
                    "ceterms:description",
                    "duration given only as text: kept in the note".into(),
                );
            }
            cx.leftover(&d);
        }
    }
    if duration.is_none() {
        cx.add(
            Reason::DurationUnknown,
            &n.path,
            &n.ty,
            "ceterms:estimatedDuration",
            "no duration: recorded as unknown".into(),
        );
    }
    let duration_months = duration;
    let years = matches!(
        kind,
        OfferKind::Bachelor | OfferKind::Master | OfferKind::Doctorate | OfferKind::ShortCycleHe
    )
    .then_some(duration_months)
    .flatten()
    .map(|m| m / 12.0)
    .filter(|y| *y >= 1.0 && y.fract() == 0.0 && *y <= 10.0)
    .map(|y| y as u8);
    // Cost
    let mut cost = None;
    let mut cost_currency = None;
    if let Some(v) = o.get("ceterms:estimatedCost") {
        let list = items(v, &o.prop_path("ceterms:estimatedCost"));
        let len = list.len();
        for (x, p) in list {
            let Value::Object(m) = x else { continue };
            let mut c = Obj::new(m, p.clone(), "ceterms:CostProfile".into());
            c.consume(&[
                "@type",
                "ceterms:name",
                "ceterms:description",
                "ceterms:costDetails",
            ]);
            let price = c.get("ceterms:price").and_then(number);
            let cur = c
                .get("ceterms:currency")
                .and_then(Value::as_str)
                .and_then(jsonld::currency);
            cost_currency = cost_currency.or(cur.clone());
            if cost.is_none() {
                if let (Some(a), Some(cu)) = (price, cur) {
                    if a >= 0.0 {
                        cost = Some(Cost {
                            academic_year: None,
                            amount: a,
                            currency: cu,
                        });
                        if len > 1 {
                            cx.add(
                                Reason::MultipleValues,
                                &p,
                                &c.ty,
                                "ceterms:price",
                                format!("{len} cost profiles: the first priced one was kept"),
                            );
                        }
                    }
                }
            }
            cx.leftover(&c);
        }
    }
    if cost.is_none() {
        let detail = cost_currency
            .map(|cu| format!(" (a currency, {cu}, but no price)"))
            .unwrap_or_default();
        cx.add(
            Reason::CostUnknown,
            &o.prop_path("ceterms:estimatedCost"),
            &n.ty,
            "ceterms:estimatedCost",
            format!("no price given{detail}: cost recorded as unknown"),
        );
    }
    // Modes and languages
    let mut modes = Vec::new();
    for key in ["ceterms:learningDeliveryType", "ceterms:deliveryType"] {
        if let Some(v) = o.get(key) {
            for (x, _) in items(v, "") {
                let node = alignment_node(x).unwrap_or_default().to_ascii_lowercase();
                let m = if node.contains("online") {
                    Some(Mode::Online)
                } else if node.contains("blended") {
                    Some(Mode::Blended)
                } else if node.contains("inperson") || node.contains("in-person") {
                    Some(Mode::FullTime)
                } else if node.contains("workbased") {
                    Some(Mode::WorkBased)
                } else {
                    None
                };
                if let Some(m) = m {
                    if !modes.contains(&m) {
                        modes.push(m);
                    }
                }
            }
        }
    }
    if modes.is_empty() {
        cx.add(
            Reason::ModeAssumed,
            &n.path,
            &n.ty,
            "ceterms:learningDeliveryType",
            "no delivery type: full_time assumed".into(),
        );
        modes.push(Mode::FullTime);
    }
    let mut languages = Vec::new();
    if let Some(v) = o.get("ceterms:inLanguage") {
        for (x, p) in items(v, &o.prop_path("ceterms:inLanguage")) {
            let s = x.as_str().unwrap_or_default();
            match jsonld::lang_code(s) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => cx.add(
                    Reason::LanguageUnmapped,
                    &p,
                    &n.ty,
                    "ceterms:inLanguage",
                    format!("`{s}` is not a language code"),
                ),
            }
        }
    }
    // Location → provider country
    let mut country = None;
    if let Some(v) = o.get("ceterms:availableAt") {
        for (x, p) in items(v, &o.prop_path("ceterms:availableAt")) {
            let Value::Object(m) = x else { continue };
            let mut pl = Obj::new(m, p, "ceterms:Place".into());
            pl.consume(&["@type"]);
            if let Some(c) = pl.get("ceterms:addressCountry").and_then(Value::as_str) {
                country = country.or_else(|| jsonld::country(c));
            }
            cx.leftover(&pl);
        }
    }
    // Provider
    let mut orgs: Vec<String> = Vec::new();
    for key in ["ceterms:offeredBy", "ceterms:ownedBy"] {
        if let Some(v) = o.get(key) {
            for r in refs_in(v) {
                if !orgs.contains(&r) {
                    orgs.push(r);
                }
            }
        }
    }
    let provider = provider_for(
        cx,
        st,
        orgs.first().map(String::as_str),
        country,
        &n.path,
        &n.ty,
    );
    if orgs.len() > 1 {
        cx.add(
            Reason::MultipleValues,
            &o.prop_path("ceterms:offeredBy"),
            &n.ty,
            "ceterms:offeredBy",
            format!(
                "{} organisations: `{}` kept as provider",
                orgs.len(),
                orgs[0]
            ),
        );
    }
    let url = o
        .get("ceterms:subjectWebpage")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    let source_url = n
        .map
        .get("@id")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    // Conditions
    let mut parts: Vec<Condition> = Vec::new();
    let completion = n.kind == Kind::Credential;
    for key in ["ceterms:entryCondition", "ceterms:requires"] {
        if let Some(v) = o.get(key) {
            let is_requires = key == "ceterms:requires";
            for (x, p) in items(v, &o.prop_path(key)) {
                if let Some(c) =
                    condition_profile(cx, st, x, &p, &mut note, completion && is_requires)
                {
                    parts.push(c);
                }
            }
        }
    }
    for (key, forward) in [
        ("ceterms:advancedStandingFrom", false),
        ("ceterms:isAdvancedStandingFor", true),
    ] {
        if let Some(v) = o.get(key) {
            for (x, p) in items(v, &o.prop_path(key)) {
                advanced_standing(cx, st, x, &p, &n.id, forward);
            }
        }
    }
    cx.leftover(&o);
    if !parts.is_empty() {
        cx.report
            .became("ceterms:ConditionProfile", Target::Condition);
        let c = if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::AllOf { all: parts }
        };
        st.pending_entry.push((n.id.clone(), c));
    }
    cx.offer_ids.insert(n.id.clone());
    cx.offers.push(Offer {
        credit_cap: None,
        unknown_reason: Default::default(),
        id: n.id.clone(),
        title,
        description,
        kind,
        provider,
        eqf,
        national_level: None,
        credits,
        duration_months,
        weekly_hours: None,
        modes,
        languages,
        cost,
        field: None,
        esco: Vec::new(),
        starts: Vec::new(),
        support: Support::default(),
        awards: n.id.clone(),
        entry: None,
        years,
        modules: Vec::new(),
        parallel: false,
        micro: None,
        url,
        note,
        source: Some(Source {
            quote: None,
            legal_basis: None,
            reference: n.ctid_or_id(),
            url: source_url,
            certainty: Certainty::Real,
            retrieved: None,
        }),
    });
    cx.report.became(&n.ty, Target::Offer);
}

fn provider_for(
    cx: &mut Ctx,
    st: &State,
    org: Option<&str>,
    country: Option<String>,
    path: &str,
    ty: &str,
) -> String {
    if let Some(u) = org {
        if let Some(id) = ref_keys(u).iter().find_map(|k| st.org_provider.get(k)) {
            return id.clone();
        }
    }
    cx.placeholder_provider(org, country, path, ty)
}

/// A credential id for a condition target: the offer it names when in the input,
/// an embedded node's own id, or a placeholder.
fn target_credential(
    cx: &mut Ctx,
    st: &State,
    v: &Value,
    path: &str,
    ty: &str,
    prop: &str,
) -> Option<String> {
    if let Some(u) = ref_of(v) {
        if let Some((id, kind)) = st.lookup(u) {
            if kind == Kind::Component {
                return st.component_offer.get(&id).cloned();
            }
            if cx.offer_ids.contains(&id)
                || matches!(
                    kind,
                    Kind::Credential | Kind::LearningOpp | Kind::Assessment | Kind::Declared
                )
            {
                return Some(id);
            }
        }
        if !u.starts_with("_:") {
            return Some(cx.placeholder_credential(u, path, ty, prop));
        }
    }
    if let Value::Object(m) = v {
        // An embedded, unpublished description of the credential.
        let id = node_id(m).unwrap_or_else(|| jsonld::id_from_path(&cx.file.clone(), path));
        let title = m
            .get("ceterms:name")
            .map(|x| lang_map(x, "en").0)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| BTreeMap::from([("en".into(), id.clone())]));
        cx.declare_credential(&id, title);
        cx.report.became(
            &types(m).into_iter().next().unwrap_or_default(),
            Target::Credential,
        );
        return Some(id);
    }
    None
}

/// A ConditionProfile → condition tree. Items inside one profile are AND; its
/// `alternativeCondition`s are OR. What cannot be expressed goes to the note, reported.
fn condition_profile(
    cx: &mut Ctx,
    st: &State,
    v: &Value,
    path: &str,
    note: &mut LangMap,
    completion: bool,
) -> Option<Condition> {
    let Value::Object(m) = v else { return None };
    let mut o = Obj::new(m, path.to_string(), "ceterms:ConditionProfile".into());
    o.consume(&["@type"]);
    let name = get_text(&mut o, "name");
    let mut leaves = Vec::new();
    let mut texts: Vec<LangMap> = Vec::new();
    if let Some(x) = o.get("ceterms:targetCredential") {
        for (t, p) in items(x, &o.prop_path("ceterms:targetCredential")) {
            if let Some(id) = target_credential(
                cx,
                st,
                t,
                &p,
                "ceterms:ConditionProfile",
                "ceterms:targetCredential",
            ) {
                leaves.push(Condition::Credential {
                    credential: id,
                    min_grade: None,
                });
            }
        }
    }
    for key in [
        "ceterms:targetLearningOpportunity",
        "ceterms:targetAssessment",
    ] {
        let Some(x) = o.get(key) else { continue };
        let list = items(x, &o.prop_path(key));
        if completion {
            cx.add(
                Reason::CompletionRequirement,
                &o.prop_path(key),
                "ceterms:ConditionProfile",
                key,
                format!("`requires` of a credential lists {} learning opportunities that make it up: completion requirements, not entry conditions; not mapped", list.len()),
            );
            let mut t = LangMap::new();
            t.insert(
                "en".into(),
                format!(
                    "Completion requires {} listed learning opportunities or assessments.",
                    list.len()
                ),
            );
            texts.push(t);
            continue;
        }
        for (t, p) in list {
            if let Some(id) = target_credential(cx, st, t, &p, "ceterms:ConditionProfile", key) {
                leaves.push(Condition::Credential {
                    credential: id,
                    min_grade: None,
                });
            }
        }
    }
    if let Some(y) = o.get("ceterms:yearsOfExperience").and_then(number) {
        if y >= 0.0 {
            leaves.push(Condition::WorkExperience {
                years: y,
                field: None,
            });
        }
    }
    let inexpressible: [(&str, &str); 6] = [
        ("ceterms:minimumAge", "Minimum age"),
        ("ceterms:submissionOf", "Submit"),
        ("ceterms:submissionOfDescription", "Submit"),
        ("ceterms:weight", "Weight"),
        ("ceterms:targetCompetency", "Competencies"),
        ("ceterms:residentOf", "Residence"),
    ];
    for (key, label) in inexpressible {
        if let Some(x) = o.get(key) {
            let text = value_text(x);
            cx.add(
                Reason::ConditionInexpressible,
                &o.prop_path(key),
                "ceterms:ConditionProfile",
                key,
                format!(
                    "`{key}` ({text}) cannot be expressed as an entry condition: kept in the note"
                ),
            );
            texts.push(BTreeMap::from([("en".into(), format!("{label}: {text}"))]));
        }
    }
    let credit_keys = [
        "ceterms:creditValue",
        "ceterms:creditUnitValue",
        "ceterms:creditHourValue",
    ];
    if credit_keys.iter().any(|k| m.contains_key(*k)) {
        let text = credit_keys
            .iter()
            .filter_map(|k| m.get(*k))
            .map(value_text)
            .collect::<Vec<_>>()
            .join(", ");
        o.consume(&[
            "ceterms:creditValue",
            "ceterms:creditUnitValue",
            "ceterms:creditHourValue",
            "ceterms:creditUnitType",
            "ceterms:creditUnitTypeDescription",
            "ceterms:creditHourType",
        ]);
        cx.add(
            Reason::ConditionInexpressible,
            &o.prop_path("ceterms:creditValue"),
            "ceterms:ConditionProfile",
            "ceterms:creditValue",
            format!("a credit amount as condition ({text}) cannot be expressed: kept in the note"),
        );
        texts.push(BTreeMap::from([("en".into(), format!("Credits: {text}"))]));
    }
    for key in [
        "ceterms:experience",
        "ceterms:condition",
        "ceterms:description",
    ] {
        if let Some(x) = o.get(key) {
            let t = lang_map(x, "en").0;
            if !t.is_empty() {
                cx.add(
                    Reason::ConditionText,
                    &o.prop_path(key),
                    "ceterms:ConditionProfile",
                    key,
                    "free-text condition kept in the counsellor note".into(),
                );
                texts.push(t);
            }
        }
    }
    let mut alts = Vec::new();
    if let Some(x) = o.get("ceterms:alternativeCondition") {
        for (a, p) in items(x, &o.prop_path("ceterms:alternativeCondition")) {
            if let Some(c) = condition_profile(cx, st, a, &p, note, completion) {
                alts.push(c);
            }
        }
    }
    cx.leftover(&o);
    if !texts.is_empty() {
        let mut head = name.clone();
        if head.is_empty() {
            head.insert("en".into(), "Condition".into());
        }
        for t in &texts {
            for (l, s) in t {
                let h = head
                    .get(l)
                    .or_else(|| head.get("en"))
                    .cloned()
                    .unwrap_or_default();
                note_push(note, &BTreeMap::from([(l.clone(), format!("{h}: {s}"))]));
            }
        }
    }
    match alts.len() {
        0 => {}
        1 => leaves.push(alts.remove(0)),
        _ => leaves.push(Condition::AnyOf { any: alts }),
    }
    match leaves.len() {
        0 => None,
        1 => leaves.pop(),
        _ => Some(Condition::AllOf { all: leaves }),
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join(", "),
        Value::Object(m) => {
            if let Some(x) = m.get("ceterms:value").or_else(|| m.get("@value")) {
                return value_text(x);
            }
            let lm = lang_map(v, "en").0;
            if !lm.is_empty() {
                return lm.into_values().collect::<Vec<_>>().join("; ");
            }
            v.to_string()
        }
        other => other.to_string(),
    }
}

/// `advancedStandingFrom` on offer T (holders of the targets enter T advanced) or
/// `isAdvancedStandingFor` on offer S (holders of S enter the targets advanced).
fn advanced_standing(cx: &mut Ctx, st: &State, v: &Value, path: &str, this: &str, forward: bool) {
    let Value::Object(m) = v else { return };
    let mut o = Obj::new(m, path.to_string(), "ceterms:ConditionProfile".into());
    o.consume(&["@type", "ceterms:name", "ceterms:description"]);
    let mut targets = Vec::new();
    for key in [
        "ceterms:targetCredential",
        "ceterms:targetLearningOpportunity",
        "ceterms:targetAssessment",
    ] {
        if let Some(x) = o.get(key) {
            for (t, p) in items(x, &o.prop_path(key)) {
                targets.push((t, p, key));
            }
        }
    }
    let credits = credits_of(cx, &mut o);
    cx.leftover(&o);
    let grant = match credits.as_ref().and_then(Credits::ects) {
        Some(e) => {
            cx.add(
                Reason::AdvancedEntryAssumed,
                path,
                "ceterms:ConditionProfile",
                "ceterms:creditValue",
                format!("advanced standing given as credits: a credits grant of {e} ECTS"),
            );
            Grant::Credits { ects: e }
        }
        None => {
            cx.add(
                Reason::AdvancedEntryAssumed,
                path,
                "ceterms:ConditionProfile",
                "",
                "advanced standing without a year: entry into year 2 assumed".into(),
            );
            Grant::AdvancedEntry { year: 2 }
        }
    };
    let reference = format!("{this} advanced standing");
    // An assumed year is ours, not the record's: it must not be shown as a sourced fact.
    let (certainty, quote) = match &grant {
        Grant::AdvancedEntry { .. } => (Certainty::Illustrative, None),
        Grant::Credits { ects } => (
            Certainty::Real,
            Some(format!(
                "ceterms:advancedStandingFrom, ceterms:creditValue {ects}"
            )),
        ),
        Grant::Exemption { .. } => (Certainty::Real, None),
    };
    for (i, (t, p, key)) in targets.into_iter().enumerate() {
        let (from, to) = if forward {
            let to = match ref_of(t).and_then(|u| st.lookup(u)) {
                Some((id, _)) => id,
                None => {
                    cx.add(
                        Reason::DanglingTarget,
                        &p,
                        "ceterms:ConditionProfile",
                        key,
                        format!(
                            "advanced-standing target `{}` is not in the input: no rule",
                            ref_of(t).unwrap_or("?")
                        ),
                    );
                    continue;
                }
            };
            (this.to_string(), to)
        } else {
            let Some(from) = target_credential(cx, st, t, &p, "ceterms:ConditionProfile", key)
            else {
                continue;
            };
            (from, this.to_string())
        };
        let id = unique_rule_id(cx, &format!("{this}-advanced-{}", i + 1));
        cx.rule_origin
            .insert(id.clone(), (cx.file.clone(), p.clone()));
        cx.rules.push(RecognitionRule {
            origin: None,
            id,
            from: vec![from],
            to,
            grant: grant.clone(),
            conditions: RuleConditions::default(),
            cap: None,
            overlap_group: None,
            valid_from: None,
            valid_until: None,
            kind: RecognitionKind::Articulation,
            issuer: this.to_string(),
            source: Source {
                reference: reference.clone(),
                url: None,
                certainty,
                quote: quote.clone(),
                ..Source::default()
            },
            note: LangMap::new(),
            documents: Vec::new(),
            deadline: None,
        });
        cx.report.became("ceterms:ConditionProfile", Target::Rule);
    }
}

fn unique_rule_id(cx: &mut Ctx, base: &str) -> String {
    let mut id = base.to_string();
    let mut k = 2;
    while cx.rule_ids.contains(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    cx.rule_ids.insert(id.clone());
    id
}

fn date(cx: &mut Ctx, v: Option<&Value>, path: &str, prop: &str) -> Option<String> {
    let s = v?.as_str()?.trim();
    let d = s.get(..10)?;
    let ok = d.len() == 10
        && d.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !ok {
        cx.add(
            Reason::DateAdjusted,
            path,
            "ceterms:TransferValueProfile",
            prop,
            format!("`{s}` is not a date: dropped"),
        );
        return None;
    }
    if s.len() > 10 {
        cx.add(
            Reason::DateAdjusted,
            path,
            "ceterms:TransferValueProfile",
            prop,
            format!("`{s}`: time part removed"),
        );
    }
    Some(d.to_string())
}

fn tvp(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&["@context", "@id", "@type", "ceterms:ctid"]);
    let mut note = get_text(&mut o, "name");
    note_push(&mut note, &get_text(&mut o, "description"));
    let mut from = Vec::new();
    if let Some(v) = o.get("ceterms:transferValueFrom") {
        for (t, p) in items(v, &o.prop_path("ceterms:transferValueFrom")) {
            if let Some(id) = target_credential(cx, st, t, &p, &n.ty, "ceterms:transferValueFrom") {
                if !from.contains(&id) {
                    from.push(id);
                }
            }
        }
    }
    let mut to = Vec::new();
    if let Some(v) = o.get("ceterms:transferValueFor") {
        for (t, p) in items(v, &o.prop_path("ceterms:transferValueFor")) {
            match ref_of(t).and_then(|u| st.lookup(u)) {
                Some((id, _)) if cx.offer_ids.contains(&id) => to.push(id),
                Some((id, Kind::Component)) => {
                    if let Some(oid) = st.component_offer.get(&id) {
                        to.push(oid.clone());
                    }
                }
                _ => cx.add(
                    Reason::DanglingTarget,
                    &p,
                    &n.ty,
                    "ceterms:transferValueFor",
                    format!(
                        "target `{}` is not an offer in the input: no rule for it",
                        ref_of(t).unwrap_or("(embedded)")
                    ),
                ),
            }
        }
    }
    let mut ects = None;
    if let Some(v) = o.get("ceterms:transferValue") {
        let mut holder = Map::new();
        holder.insert("ceterms:creditValue".into(), v.clone());
        let mut h = Obj::new(&holder, n.path.clone(), n.ty.clone());
        // The ValueProfiles sit under transferValue; paths are rewritten accordingly.
        h.path = n.path.clone();
        let c = credits_of(cx, &mut h);
        ects = c.as_ref().and_then(Credits::ects);
    }
    let valid_from = date(
        cx,
        o.get("ceterms:startDate"),
        &o.prop_path("ceterms:startDate"),
        "ceterms:startDate",
    );
    let valid_until = date(
        cx,
        o.get("ceterms:endDate"),
        &o.prop_path("ceterms:endDate"),
        "ceterms:endDate",
    );
    let url = o
        .get("ceterms:subjectWebpage")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    let issuer = ["ceterms:ownedBy", "ceterms:offeredBy"]
        .iter()
        .filter_map(|k| o.get(k))
        .flat_map(refs_in)
        .next()
        .map(|u| {
            ref_keys(&u)
                .iter()
                .find_map(|k| st.org_provider.get(k).cloned())
                .unwrap_or(u)
        })
        .unwrap_or_else(|| "unknown".into());
    cx.leftover(&o);
    let reference = n
        .map
        .get("ceterms:ctid")
        .and_then(Value::as_str)
        .or_else(|| n.map.get("@id").and_then(Value::as_str))
        .map(str::to_string)
        .unwrap_or_else(|| n.id.clone());
    let Some(ects) = ects else {
        cx.add(
            Reason::CreditUnitUnknown,
            &o.prop_path("ceterms:transferValue"),
            &n.ty,
            "ceterms:transferValue",
            "no transfer value in ECTS or a convertible unit: no rule".into(),
        );
        cx.report.became(&n.ty, Target::NotMapped);
        return;
    };
    // The record's own words when it has them; otherwise its structured statement, which
    // a counsellor finds verbatim in the registry under the CTID.
    let quote = note
        .values()
        .find(|t| !t.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| format!("{} {reference}: ceterms:transferValue {ects} ECTS", n.ty));
    if from.is_empty() || to.is_empty() {
        if from.is_empty() {
            cx.add(
                Reason::DanglingTarget,
                &n.path,
                &n.ty,
                "ceterms:transferValueFrom",
                "no transferValueFrom: no rule".into(),
            );
        }
        cx.report.became(&n.ty, Target::NotMapped);
        return;
    }
    let many = to.len() > 1;
    for (i, t) in to.into_iter().enumerate() {
        let base = if many {
            format!("{}-{}", n.id, i + 1)
        } else {
            n.id.clone()
        };
        let id = unique_rule_id(cx, &base);
        cx.rule_origin
            .insert(id.clone(), (cx.file.clone(), n.path.clone()));
        cx.rules.push(RecognitionRule {
            origin: None,
            id,
            from: from.clone(),
            to: t,
            grant: Grant::Credits { ects },
            conditions: RuleConditions::default(),
            cap: None,
            overlap_group: None,
            valid_from: valid_from.clone(),
            valid_until: valid_until.clone(),
            kind: RecognitionKind::Articulation,
            issuer: issuer.clone(),
            source: Source {
                reference: reference.clone(),
                url: url.clone(),
                certainty: Certainty::Real,
                quote: Some(quote.clone()),
                ..Source::default()
            },
            note: note.clone(),
            documents: Vec::new(),
            deadline: None,
        });
        cx.report.became(&n.ty, Target::Rule);
    }
}

/// A pathway component that stands for nothing in the input becomes an offer itself;
/// its `hasCondition`s become the entry tree of the offer it stands for.
fn component(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&[
        "@context",
        "@id",
        "@type",
        "ceterms:ctid",
        "ceterms:proxyFor",
        "ceterms:isPartOf",
        "ceterms:isDestinationComponentOf",
        "ceterms:hasChild",
        "ceterms:isChildOf",
    ]);
    let offer_id = st
        .component_offer
        .get(&n.id)
        .cloned()
        .unwrap_or_else(|| n.id.clone());
    if offer_id != n.id {
        cx.report.became(&n.ty, Target::Merged);
    } else if !cx.offer_ids.contains(&n.id) {
        let mut title = get_text(&mut o, "name");
        if title.is_empty() {
            cx.add(
                Reason::NoTitle,
                &n.path,
                &n.ty,
                "ceterms:name",
                "no name: the id is used as title".into(),
            );
            title.insert("en".into(), n.id.clone());
        }
        let description = get_text(&mut o, "description");
        let credits = credits_of(cx, &mut o);
        let t = n.ty.strip_prefix(P).unwrap_or(&n.ty);
        let kind = match t {
            "CourseComponent" => OfferKind::HeModule,
            "AssessmentComponent" | "CompetencyComponent" => OfferKind::ValidationProcedure,
            "CredentialComponent" => OfferKind::AdultCourse,
            "WorkExperienceComponent" | "JobComponent" => OfferKind::Apprenticeship,
            _ => OfferKind::AdultCourse,
        };
        cx.add(
            Reason::KindAssumed,
            &n.path,
            &n.ty,
            "@type",
            format!("{} mapped to kind `{}` by convention", n.ty, kind.key()),
        );
        cx.add(
            Reason::DurationUnknown,
            &n.path,
            &n.ty,
            "",
            "pathway components carry no duration: recorded as unknown".into(),
        );
        cx.add(
            Reason::CostUnknown,
            &n.path,
            &n.ty,
            "",
            "pathway components carry no cost: recorded as unknown".into(),
        );
        let provider = cx.placeholder_provider(None, None, &n.path, &n.ty);
        cx.offer_ids.insert(n.id.clone());
        cx.offers.push(Offer {
            credit_cap: None,
            unknown_reason: Default::default(),
            id: n.id.clone(),
            title,
            description,
            kind,
            provider,
            eqf: None,
            national_level: None,
            credits,
            duration_months: None,
            weekly_hours: None,
            modes: vec![Mode::FullTime],
            languages: Vec::new(),
            cost: None,
            field: None,
            esco: Vec::new(),
            starts: Vec::new(),
            support: Support::default(),
            awards: n.id.clone(),
            entry: None,
            years: None,
            modules: Vec::new(),
            parallel: false,
            micro: None,
            url: None,
            note: LangMap::new(),
            source: Some(Source {
                quote: None,
                legal_basis: None,
                reference: n.ctid_or_id(),
                url: None,
                certainty: Certainty::Real,
                retrieved: None,
            }),
        });
        cx.report.became(&n.ty, Target::Offer);
    }
    let mut parts = Vec::new();
    let mut note = LangMap::new();
    if let Some(v) = o.get("ceterms:hasCondition") {
        for (c, p) in items(v, &o.prop_path("ceterms:hasCondition")) {
            if let Some(c) = component_condition(cx, st, c, &p, &mut note, 0) {
                parts.push(c);
            }
        }
    }
    cx.leftover(&o);
    if let Some(off) = cx.offers.iter_mut().find(|x| x.id == offer_id) {
        note_push(&mut off.note, &note);
    }
    if !parts.is_empty() {
        cx.report
            .became("ceterms:ComponentCondition", Target::Condition);
        let c = if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::AllOf { all: parts }
        };
        st.pending_entry.push((offer_id, c));
    }
}

const MAX_DEPTH: usize = 16;

/// ComponentCondition → `at_least`: And → n = all, Or → 1, OnlyOne → 1 (weakened,
/// reported), `requiredNumber` wins when given.
fn component_condition(
    cx: &mut Ctx,
    st: &State,
    v: &Value,
    path: &str,
    note: &mut LangMap,
    depth: usize,
) -> Option<Condition> {
    let Value::Object(m) = v else { return None };
    if depth > MAX_DEPTH {
        cx.add(
            Reason::ConstraintUnmapped,
            path,
            "ceterms:ComponentCondition",
            "ceterms:hasCondition",
            "conditions nested too deep: cut".into(),
        );
        return None;
    }
    let mut o = Obj::new(m, path.to_string(), "ceterms:ComponentCondition".into());
    o.consume(&["@type"]);
    let name = get_text(&mut o, "name");
    let desc = get_text(&mut o, "description");
    let mut of = Vec::new();
    if let Some(x) = o.get("ceterms:targetComponent") {
        for (t, p) in items(x, &o.prop_path("ceterms:targetComponent")) {
            if let Some(id) = target_credential(
                cx,
                st,
                t,
                &p,
                "ceterms:ComponentCondition",
                "ceterms:targetComponent",
            ) {
                of.push(Condition::Credential {
                    credential: id,
                    min_grade: None,
                });
            }
        }
    }
    if let Some(x) = o.get("ceterms:hasCondition") {
        for (c, p) in items(x, &o.prop_path("ceterms:hasCondition")) {
            if let Some(c) = component_condition(cx, st, c, &p, note, depth + 1) {
                of.push(c);
            }
        }
    }
    let required = o
        .get("ceterms:requiredNumber")
        .or_else(|| o.get("ceterms:reqNum"))
        .and_then(number);
    let op = o
        .get("ceterms:logicalOperator")
        .or_else(|| o.get("ceterms:logicalOperand"))
        .and_then(alignment_node)
        .map(|s| {
            s.rsplit([':', '/'])
                .next()
                .unwrap_or(&s)
                .to_ascii_lowercase()
        });
    if let Some(x) = o.get("ceterms:hasConstraint") {
        let text = value_text(x);
        cx.add(
            Reason::ConstraintUnmapped,
            &o.prop_path("ceterms:hasConstraint"),
            "ceterms:ComponentCondition",
            "ceterms:hasConstraint",
            "constraint (credit or level arithmetic) cannot be expressed: kept in the note".into(),
        );
        let head = name
            .get("en")
            .cloned()
            .unwrap_or_else(|| "Condition".into());
        note_push(
            note,
            &BTreeMap::from([("en".into(), format!("{head}: constraint {text}"))]),
        );
    }
    cx.leftover(&o);
    if !desc.is_empty() && of.is_empty() {
        note_push(note, &desc);
        cx.add(
            Reason::ConditionText,
            path,
            "ceterms:ComponentCondition",
            "ceterms:description",
            "condition given only as text: kept in the note".into(),
        );
    }
    if of.is_empty() {
        return None;
    }
    let len = of.len() as u32;
    let mut n = match (required, op.as_deref()) {
        (Some(r), _) if r >= 0.0 => r.floor() as u32,
        (_, Some("or")) => 1,
        (_, Some("onlyone")) => {
            cx.add(
                Reason::OnlyOneWeakened,
                path,
                "ceterms:ComponentCondition",
                "ceterms:logicalOperator",
                "OnlyOne (exactly one) weakened to at least one".into(),
            );
            1
        }
        _ => len,
    };
    if n > len || n == 0 {
        let adj = n.clamp(1, len);
        cx.add(
            Reason::RequiredNumberAdjusted,
            path,
            "ceterms:ComponentCondition",
            "ceterms:requiredNumber",
            format!("requiredNumber {n} with {len} candidates: {adj} used"),
        );
        n = adj;
    }
    Some(Condition::AtLeast { n, of })
}

fn pathway(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&[
        "@context",
        "@id",
        "@type",
        "ceterms:ctid",
        "ceterms:name",
        "ceterms:description",
        "ceterms:hasPart",
        "ceterms:hasChild",
        "ceterms:ownedBy",
        "ceterms:offeredBy",
        "ceterms:subjectWebpage",
    ]);
    if let Some(v) = o.get("ceterms:hasDestinationComponent") {
        for (d, p) in items(v, &o.prop_path("ceterms:hasDestinationComponent")) {
            let goal = ref_of(d).and_then(|u| st.lookup(u)).and_then(|(id, k)| {
                if k == Kind::Component {
                    st.component_offer.get(&id).cloned()
                } else {
                    Some(id)
                }
            });
            match goal.filter(|g| cx.offer_ids.contains(g)) {
                Some(g) => {
                    cx.add(
                        Reason::Goal,
                        &p,
                        &n.ty,
                        "ceterms:hasDestinationComponent",
                        format!("pathway destination `{g}` listed as a selectable goal"),
                    );
                    if !cx.goals.contains(&g) {
                        cx.goals.push(g);
                    }
                    cx.report.became(&n.ty, Target::Goal);
                }
                None => cx.add(
                    Reason::DanglingTarget,
                    &p,
                    &n.ty,
                    "ceterms:hasDestinationComponent",
                    "destination component is not in the input".into(),
                ),
            }
        }
    }
    cx.leftover(&o);
}
