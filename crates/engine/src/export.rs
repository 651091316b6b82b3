//! Export of our format to CTDL JSON-LD (`@graph` document). Mapping: IMPORT.md.
//!
//! Offers become `ceterms:LearningOpportunityProfile` except kinds that award a degree-
//! like qualification (bachelor, master, short-cycle HE, VET qualification,
//! apprenticeship, micro-credential), which become the matching `ceterms:Credential`
//! subclass, because CTDL attaches conditions and transfer values to credentials there.
//! An offer with completion requirements becomes a `ceterms:Pathway` (`export/pathway.rs`).

mod pathway;

use crate::model::*;
use serde_json::{json, Map, Value};

pub const CTDL_CONTEXT: &str = "https://credreg.net/ctdl/schema/context/json";
const RESOURCE_BASE: &str = "https://credentialengineregistry.org/resources/";

/// A CTID (`ce-` + UUID shape) derived deterministically from one of our ids, or the id
/// itself when it already is a CTID.
pub fn ctid_for(id: &str) -> String {
    if id.len() > 3 && id.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ce-")) {
        return id.to_ascii_lowercase();
    }
    // Two FNV-1a passes with different seeds give 128 stable bits without a hash crate.
    let h = |seed: u64| {
        id.bytes().fold(seed, |a, b| {
            (a ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let (a, b) = (h(0xcbf2_9ce4_8422_2325), h(0x8422_2325_cbf2_9ce4));
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "ce-{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn uri(id: &str) -> String {
    format!("{RESOURCE_BASE}{}", ctid_for(id))
}

fn lang(m: &LangMap) -> Value {
    Value::Object(
        m.iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect(),
    )
}

pub fn ctdl_type(kind: OfferKind) -> &'static str {
    match kind {
        OfferKind::Bachelor => "ceterms:BachelorDegree",
        OfferKind::Master => "ceterms:MasterDegree",
        OfferKind::Doctorate => "ceterms:DoctoralDegree",
        OfferKind::ShortCycleHe => "ceterms:AssociateDegree",
        OfferKind::VetQualification => "ceterms:Diploma",
        OfferKind::Apprenticeship => "ceterms:ApprenticeshipCertificate",
        OfferKind::MicroCredential => "ceterms:MicroCredential",
        OfferKind::HeModule => "ceterms:Course",
        OfferKind::AdultCourse => "ceterms:LearningProgram",
        OfferKind::ValidationProcedure => "ceterms:AssessmentProfile",
    }
}

fn iso_months(m: f64) -> String {
    if m.fract() == 0.0 && m >= 12.0 && (m as u64).is_multiple_of(12) {
        format!("P{}Y", m as u64 / 12)
    } else if m.fract() == 0.0 {
        format!("P{}M", m as u64)
    } else {
        format!("P{}D", (m * 30.44).round() as u64)
    }
}

fn value_profile(c: &Credits) -> Value {
    let mut vp = json!({
        "@type": "ceterms:ValueProfile",
        "ceterms:value": c.value,
        "ceterms:creditUnitType": [{
            "@type": "ceterms:CredentialAlignmentObject",
            "ceterms:framework": "https://credreg.net/ctdl/terms/CreditUnit",
            "ceterms:targetNode": "creditUnit:DegreeCredit"
        }],
    });
    // CTDL has no ECTS concept: the unit is named in the description, which the importer reads.
    let desc = if c.system == "ects" {
        "ECTS".to_string()
    } else {
        format!(
            "{} ({} ECTS per unit)",
            c.system,
            c.ects_per_unit
                .map(|r| r.to_string())
                .unwrap_or_else(|| "?".into())
        )
    };
    if let Value::Object(m) = &mut vp {
        m.insert(
            "ceterms:creditUnitTypeDescription".into(),
            json!({ "en": desc }),
        );
    }
    vp
}

/// An entry tree as a ConditionProfile. AllOf → one profile; AnyOf → a profile whose
/// `alternativeCondition`s are the branches; AtLeast with n = all → AllOf, n = 1 → AnyOf,
/// other n → alternatives with the count stated in the description (CTDL
/// ConditionProfile has no n-of-m). Levels, languages and validation have no CTDL target
/// property and go to `ceterms:condition` text.
fn condition(c: &Condition) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), json!("ceterms:ConditionProfile"));
    let mut creds = Vec::new();
    let mut texts = Vec::new();
    let mut alts = Vec::new();
    fill(c, &mut creds, &mut texts, &mut alts, &mut m);
    if !creds.is_empty() {
        m.insert("ceterms:targetCredential".into(), Value::Array(creds));
    }
    if !texts.is_empty() {
        m.insert("ceterms:condition".into(), json!({ "en": texts }));
    }
    if !alts.is_empty() {
        m.insert("ceterms:alternativeCondition".into(), Value::Array(alts));
    }
    Value::Object(m)
}

fn fill(
    c: &Condition,
    creds: &mut Vec<Value>,
    texts: &mut Vec<String>,
    alts: &mut Vec<Value>,
    m: &mut Map<String, Value>,
) {
    match c {
        Condition::AllOf { all } => {
            for x in all {
                match x {
                    Condition::AnyOf { .. } | Condition::AtLeast { .. } => alts_of(x, alts, texts),
                    _ => fill(x, creds, texts, alts, m),
                }
            }
        }
        Condition::AnyOf { .. } | Condition::AtLeast { .. } => alts_of(c, alts, texts),
        Condition::Credential {
            credential,
            min_grade,
        } => {
            creds.push(json!(uri(credential)));
            if let Some(g) = min_grade {
                texts.push(format!("minimum grade {g}/100 in {credential}"));
            }
        }
        Condition::WorkExperience { years, field } => {
            m.insert("ceterms:yearsOfExperience".into(), json!(years));
            if let Some(f) = field {
                texts.push(format!("work experience in ISCED-F field {f}"));
            }
        }
        Condition::Level {
            min_eqf,
            field,
            country,
        } => texts.push(format!(
            "a qualification at EQF level {min_eqf} or above{}{}",
            field
                .as_ref()
                .map(|f| format!(" in ISCED-F field {f}"))
                .unwrap_or_default(),
            country
                .as_ref()
                .map(|c| format!(" from {c}"))
                .unwrap_or_default()
        )),
        Condition::Language { language, min } => {
            texts.push(format!("{language} at CEFR {min:?} or above"))
        }
        Condition::Validation { field } => texts.push(match field {
            Some(f) => format!("a completed validation of prior learning in ISCED-F field {f}"),
            None => "a completed validation of prior learning".into(),
        }),
    }
}

fn alts_of(c: &Condition, alts: &mut Vec<Value>, texts: &mut Vec<String>) {
    let (n, of) = match c {
        Condition::AnyOf { any } => (1, any),
        Condition::AtLeast { n, of } => (*n as usize, of),
        _ => return,
    };
    if n >= of.len() && n > 1 {
        // All of them: one nested profile with every item.
        alts.push(condition(&Condition::AllOf { all: of.clone() }));
        return;
    }
    if n > 1 {
        texts.push(format!(
            "at least {n} of the {} alternative conditions",
            of.len()
        ));
    }
    for x in of {
        alts.push(condition(x));
    }
}

pub fn export_ctdl(ds: &DatasetFile) -> Value {
    let mut graph = Vec::new();
    for p in &ds.providers {
        let mut m = Map::new();
        m.insert("@id".into(), json!(uri(&p.id)));
        m.insert("@type".into(), json!("ceterms:CredentialOrganization"));
        m.insert("ceterms:ctid".into(), json!(ctid_for(&p.id)));
        m.insert("ceterms:name".into(), lang(&p.name));
        if let Some(c) = &p.country {
            m.insert(
                "ceterms:address".into(),
                json!([{ "@type": "ceterms:Place", "ceterms:addressCountry": c }]),
            );
        }
        if let Some(u) = &p.url {
            m.insert("ceterms:subjectWebpage".into(), json!(u));
        }
        graph.push(Value::Object(m));
    }
    let module_credentials = pathway::module_credentials(ds);
    for c in &ds.credentials {
        if module_credentials.contains(&c.id.as_str()) {
            continue;
        }
        let mut m = Map::new();
        m.insert("@id".into(), json!(uri(&c.id)));
        m.insert("@type".into(), json!("ceterms:Credential"));
        m.insert("ceterms:ctid".into(), json!(ctid_for(&c.id)));
        m.insert("ceterms:name".into(), lang(&c.title));
        graph.push(Value::Object(m));
    }
    for o in &ds.offers {
        if let Some(c) = &o.completion {
            pathway::export(o, c, &mut graph);
            continue;
        }
        let mut m = Map::new();
        m.insert("@id".into(), json!(uri(&o.id)));
        m.insert("@type".into(), json!(ctdl_type(o.kind)));
        m.insert("ceterms:ctid".into(), json!(ctid_for(&o.id)));
        m.insert("ceterms:name".into(), lang(&o.title));
        // The registry requires a description and a webpage; the title and the resource
        // URI stand in when we have none.
        let desc = if o.description.is_empty() {
            &o.title
        } else {
            &o.description
        };
        m.insert("ceterms:description".into(), lang(desc));
        m.insert(
            "ceterms:subjectWebpage".into(),
            json!(o.url.clone().unwrap_or_else(|| uri(&o.id))),
        );
        m.insert("ceterms:offeredBy".into(), json!([uri(&o.provider)]));
        if let Some(c) = &o.credits {
            m.insert("ceterms:creditValue".into(), json!([value_profile(c)]));
        }
        if let Some(d) = o.duration_months {
            m.insert(
                "ceterms:estimatedDuration".into(),
                json!([{ "@type": "ceterms:DurationProfile", "ceterms:exactDuration": iso_months(d) }]),
            );
        }
        if let Some(c) = &o.cost {
            m.insert(
                "ceterms:estimatedCost".into(),
                json!([{ "@type": "ceterms:CostProfile", "ceterms:price": c.amount, "ceterms:currency": c.currency }]),
            );
        }
        if !o.languages.is_empty() {
            m.insert("ceterms:inLanguage".into(), json!(o.languages));
        }
        let modes: Vec<Value> = o
            .modes
            .iter()
            .filter_map(|md| match md {
                Mode::Online => Some("deliveryType:OnlineOnly"),
                Mode::Blended => Some("deliveryType:BlendedDelivery"),
                Mode::FullTime | Mode::PartTime => Some("deliveryType:InPerson"),
                Mode::WorkBased => None,
            })
            .map(|n| json!({ "@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": n }))
            .collect();
        if !modes.is_empty() {
            m.insert("ceterms:learningDeliveryType".into(), Value::Array(modes));
        }
        if let Some(e) = &o.entry {
            m.insert("ceterms:entryCondition".into(), json!([condition(e)]));
        }
        if let Some(l) = o.eqf {
            if let Some(a) = match l {
                5 => Some("audLevel:AssociatesDegreeLevel"),
                6 => Some("audLevel:BachelorsDegreeLevel"),
                7 => Some("audLevel:MastersDegreeLevel"),
                8 => Some("audLevel:DoctoralDegreeLevel"),
                _ => None,
            } {
                m.insert(
                    "ceterms:audienceLevelType".into(),
                    json!([{ "@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": a }]),
                );
            }
        }
        graph.push(Value::Object(m));
    }
    for r in &ds.rules {
        let mut m = Map::new();
        m.insert("@id".into(), json!(uri(&r.id)));
        m.insert("@type".into(), json!("ceterms:TransferValueProfile"));
        m.insert("ceterms:ctid".into(), json!(ctid_for(&r.id)));
        let name = if r.note.is_empty() {
            LangMap::from([("en".into(), format!("Recognition {}", r.id))])
        } else {
            r.note.clone()
        };
        m.insert("ceterms:name".into(), lang(&name));
        m.insert(
            "ceterms:description".into(),
            json!({ "en": format!("Source: {}", r.source.reference) }),
        );
        m.insert(
            "ceterms:transferValueFrom".into(),
            Value::Array(r.from.iter().map(|f| json!(uri(f))).collect()),
        );
        m.insert("ceterms:transferValueFor".into(), json!([uri(&r.to)]));
        let value = match &r.grant {
            Grant::Credits { ects } => Some(*ects),
            _ => None,
        };
        if let Some(v) = value {
            m.insert(
                "ceterms:transferValue".into(),
                json!([value_profile(&Credits {
                    value: v,
                    system: "ects".into(),
                    ects_per_unit: None
                })]),
            );
        }
        if let Some(d) = &r.valid_from {
            m.insert("ceterms:startDate".into(), json!(d));
        }
        if let Some(d) = &r.valid_until {
            m.insert("ceterms:endDate".into(), json!(d));
        }
        if let Some(u) = &r.source.url {
            m.insert("ceterms:subjectWebpage".into(), json!(u));
        }
        graph.push(Value::Object(m));
    }
    json!({ "@context": CTDL_CONTEXT, "@graph": graph })
}
