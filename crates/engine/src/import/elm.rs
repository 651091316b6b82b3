//! ELM (European Learning Model v3) JSON-LD → our format. Mapping table: IMPORT.md.
//!
//! ELM documents nest everything (a credential holds a claim that holds its
//! specification), so the importer walks the whole tree, maps learning opportunities and
//! achievement specifications/qualifications, and reports node types it does not map.

use super::jsonld::{self, items, lang_map, number, ref_of, types, Obj};
use super::{note_push, Ctx, Reason, Target, NEEDS_STRUCTURING};
use crate::model::*;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

const SPEC_TYPES: [&str; 4] = [
    "LearningOpportunity",
    "LearningAchievementSpecification",
    "Qualification",
    "LearningSpecification",
];

/// Value-like and structural nodes read as part of the node that holds them.
const STRUCTURAL: [&str; 22] = [
    "Concept",
    "ConceptScheme",
    "Note",
    "CreditPoint",
    "Address",
    "Location",
    "Place",
    "WebResource",
    "MediaObject",
    "Identifier",
    "LegalIdentifier",
    "ContactPoint",
    "Mailbox",
    "PeriodOfTime",
    "Organisation",
    "Group",
    "AwardingProcess",
    "DisplayParameter",
    "IndividualDisplay",
    "DisplayDetail",
    "LearningOutcome",
    "PriceDetail",
];

fn elm_type(m: &Map<String, Value>) -> String {
    let ts = types(m);
    ts.iter()
        .find(|t| SPEC_TYPES.contains(&t.as_str()))
        .or_else(|| ts.first())
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn import(cx: &mut Ctx, inputs: &[(String, &Value)]) {
    for (name, v) in inputs {
        cx.file = name.clone();
        let issuer = v.get("issuer");
        let mut seen = HashSet::new();
        walk(cx, v, "$".into(), issuer, None, &mut seen, 0);
    }
}

fn walk<'a>(
    cx: &mut Ctx,
    v: &'a Value,
    path: String,
    issuer: Option<&'a Value>,
    awarding: Option<&'a Value>,
    seen: &mut HashSet<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(
                    cx,
                    x,
                    jsonld::index_path(&path, i),
                    issuer,
                    awarding,
                    seen,
                    depth + 1,
                );
            }
        }
        Value::Object(m) => {
            let ty = elm_type(m);
            // The awarding body of a claim is the provider of the specification it holds.
            let awarding = m
                .get("awardedBy")
                .and_then(|a| a.get("awardingBody"))
                .or(awarding);
            if !ty.is_empty() {
                let id = m.get("id").or_else(|| m.get("@id")).and_then(Value::as_str);
                let first = id.is_none_or(|i| seen.insert(i.to_string()));
                if first {
                    cx.report.read(&ty);
                    if SPEC_TYPES.contains(&ty.as_str()) {
                        spec(cx, m, &path, &ty, awarding.or(issuer));
                    } else if !STRUCTURAL.contains(&ty.as_str()) {
                        cx.report.became(&ty, Target::NotMapped);
                        cx.add(
                            Reason::UnsupportedType,
                            &path,
                            &ty,
                            "",
                            format!("{ty} is not an offer (credential wrapper, holder data, activity or assessment record): not mapped"),
                        );
                    }
                }
            }
            for (k, x) in m {
                if matches!(x, Value::Object(_) | Value::Array(_)) && k != "@context" {
                    walk(
                        cx,
                        x,
                        jsonld::key_path(&path, k),
                        issuer,
                        awarding,
                        seen,
                        depth + 1,
                    );
                }
            }
        }
        _ => {}
    }
}

fn concept_ids(v: &Value) -> Vec<(String, String, String)> {
    // (id, notation, prefLabel en/any)
    items(v, "")
        .into_iter()
        .map(|(x, _)| {
            let id = ref_of(x).unwrap_or_default().to_string();
            let notation = x
                .get("notation")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let label = x
                .get("prefLabel")
                .map(|l| {
                    let m = lang_map(l, "en").0;
                    pick(&m, "en").to_string()
                })
                .unwrap_or_default();
            (id, notation, label)
        })
        .collect()
}

fn last_seg(s: &str) -> &str {
    s.trim_end_matches('/').rsplit('/').next().unwrap_or(s)
}

fn provider(cx: &mut Ctx, org: Option<&Value>, path: &str, ty: &str) -> String {
    let org = match org {
        Some(Value::Array(a)) => a.first(),
        o => o,
    };
    let Some(Value::Object(m)) = org else {
        return cx.placeholder_provider(None, None, path, ty);
    };
    let uri = m.get("id").and_then(Value::as_str);
    let id = match uri {
        Some(u) => jsonld::id_from_uri(u),
        None => format!("org-{}", jsonld::sanitise(path)),
    };
    if cx.provider_ids.contains(&id) {
        return id;
    }
    let name = ["legalName", "prefLabel", "altLabel"]
        .iter()
        .filter_map(|k| m.get(*k))
        .map(|x| lang_map(x, "en").0)
        .find(|x| !x.is_empty());
    let mut country = None;
    let loc = m.get("location");
    for l in loc.map(|l| items(l, "")).unwrap_or_default() {
        if let Some(c) = l.0.get("address").and_then(|a| a.get("countryCode")) {
            for (cid, notation, _) in concept_ids(c) {
                country = country
                    .or_else(|| jsonld::country(&cid))
                    .or_else(|| jsonld::country(&notation));
            }
        }
    }
    if country.is_none() {
        for k in ["eIDASIdentifier", "registration", "vatIdentifier"] {
            if let Some(s) = m.get(k).and_then(|x| x.get("spatial")) {
                for (cid, notation, _) in concept_ids(s) {
                    country = country
                        .or_else(|| jsonld::country(&cid))
                        .or_else(|| jsonld::country(&notation));
                }
            }
        }
    }
    let Some(name) = name else {
        return cx.placeholder_provider(uri, country, path, ty);
    };
    if country.is_none() {
        cx.add(
            Reason::CountryUnknown,
            path,
            "Organisation",
            "location",
            format!("no country for `{id}`: left unknown"),
        );
    }
    let url = m
        .get("homepage")
        .and_then(|h| {
            items(h, "").into_iter().find_map(|(x, _)| {
                x.get("contentURL")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
        })
        .filter(|u| u.starts_with("http"));
    cx.provider_ids.insert(id.clone());
    cx.providers.push(Provider {
        id: id.clone(),
        name,
        country,
        nuts: None,
        url,
    });
    cx.report.became("Organisation", Target::Provider);
    id
}

fn spec(cx: &mut Ctx, m: &Map<String, Value>, path: &str, ty: &str, org: Option<&Value>) {
    let mut o = Obj::new(m, path.to_string(), ty.to_string());
    o.consume(&["@context", "id", "@id", "type", "@type"]);
    let id = match m.get("id").or_else(|| m.get("@id")).and_then(Value::as_str) {
        Some(u) => jsonld::id_from_uri(u),
        None => {
            let id = jsonld::id_from_path(&cx.file.clone(), path);
            cx.add(
                Reason::MissingId,
                path,
                ty,
                "id",
                format!("no id: `{id}` generated from the path"),
            );
            id
        }
    };
    if cx.offer_ids.contains(&id) {
        cx.add(
            Reason::DuplicateNode,
            path,
            ty,
            "",
            format!("`{id}` appears twice: first kept"),
        );
        return;
    }
    // A learning opportunity takes missing details from its specification.
    let spec_v = o
        .get("learningAchievementSpecification")
        .or_else(|| o.get("specifiedBy"));
    let inner = spec_v.and_then(|s| match s {
        Value::Object(x) => Some(x),
        Value::Array(a) => a.first().and_then(Value::as_object),
        _ => None,
    });
    let field = |o: &mut Obj, k: &str| -> Option<Value> {
        o.get(k)
            .cloned()
            .or_else(|| inner.and_then(|i| i.get(k)).cloned())
    };
    let mut title = field(&mut o, "title")
        .map(|t| lang_map(&t, "en").0)
        .unwrap_or_default();
    if title.is_empty() {
        cx.add(
            Reason::NoTitle,
            path,
            ty,
            "title",
            "no title: the id is used".into(),
        );
        title.insert("en".into(), id.clone());
    }
    let description = field(&mut o, "description")
        .map(|t| lang_map(&t, "en").0)
        .unwrap_or_default();
    // Credits
    let mut credits = None;
    if let Some(cp) = field(&mut o, "creditPoint") {
        let list = items(&cp, &o.prop_path("creditPoint"));
        if list.len() > 1 {
            cx.add(
                Reason::MultipleValues,
                &o.prop_path("creditPoint"),
                ty,
                "creditPoint",
                format!("{} credit points: the first was kept", list.len()),
            );
        }
        if let Some((x, p)) = list.first() {
            let value = x.get("point").and_then(number);
            let fw = x.get("framework").map(concept_ids).unwrap_or_default();
            let (fid, fnot, flabel) = fw.first().cloned().unwrap_or_default();
            let all = format!("{fid} {fnot} {flabel}").to_ascii_lowercase();
            match value {
                Some(v) if v >= 0.0 => {
                    if all.contains("6fcec5c5af")
                        || all.contains("ects")
                        || all.contains("european credit transfer")
                    {
                        credits = Some(Credits {
                            value: v,
                            system: "ects".into(),
                            ects_per_unit: None,
                        });
                    } else if all.contains("ecvet") || all.contains("vocational") {
                        cx.add(Reason::CreditUnitConverted, p, "CreditPoint", "framework", format!("{v} ECVET points recorded as system `ecvet` at 1 ECTS per point (60 points = one year in both)"));
                        credits = Some(Credits {
                            value: v,
                            system: "ecvet".into(),
                            ects_per_unit: Some(1.0),
                        });
                    } else {
                        cx.add(Reason::CreditUnitUnknown, p, "CreditPoint", "framework", format!("{v} points in framework `{}` have no known ECTS rate: not recorded", all.trim()));
                    }
                }
                _ => cx.add(
                    Reason::CreditUnitUnknown,
                    p,
                    "CreditPoint",
                    "point",
                    "credit point without a number: not recorded".into(),
                ),
            }
        }
    }
    // Levels
    let eqf = field(&mut o, "eqfLevel").and_then(|v| {
        concept_ids(&v).into_iter().find_map(|(i, n, _)| {
            last_seg(&i)
                .parse::<u8>()
                .ok()
                .or_else(|| n.parse().ok())
                .filter(|l| (1..=8).contains(l))
        })
    });
    let mut national_level = None;
    if let Some(v) = field(&mut o, "nqfLevel") {
        for (_, _, label) in concept_ids(&v) {
            let words: Vec<&str> = label.split_whitespace().collect();
            if words.len() >= 2 && national_level.is_none() {
                national_level = Some(NationalLevel {
                    framework: words[0].to_string(),
                    level: words[words.len() - 1].to_string(),
                });
            } else {
                cx.add(
                    Reason::LevelUnmapped,
                    &o.prop_path("nqfLevel"),
                    ty,
                    "nqfLevel",
                    format!("national level `{label}` not read"),
                );
            }
        }
    }
    // Field
    let mut fields = Vec::new();
    for k in ["thematicArea", "educationSubject", "iscedfCode"] {
        if let Some(v) = field(&mut o, k) {
            for (i, n, _) in concept_ids(&v) {
                let code = if i.contains("isced-f") {
                    last_seg(&i).to_string()
                } else {
                    n
                };
                if !code.is_empty() && code.len() <= 4 && code.chars().all(|c| c.is_ascii_digit()) {
                    fields.push(code);
                }
            }
        }
    }
    if fields.len() > 1 {
        cx.add(
            Reason::MultipleValues,
            &o.prop_path("thematicArea"),
            ty,
            "thematicArea",
            format!(
                "{} ISCED-F fields ({}): the first was kept",
                fields.len(),
                fields.join(", ")
            ),
        );
    }
    // ESCO skills from learning outcomes
    let mut esco = Vec::new();
    if let Some(v) = field(&mut o, "learningOutcome") {
        let lop = o.prop_path("learningOutcome");
        for (x, p) in items(&v, &lop) {
            let Value::Object(lm) = x else { continue };
            let mut lo = Obj::new(lm, p, "LearningOutcome".into());
            lo.consume(&["id", "type"]);
            for k in ["relatedESCOSkill", "relatedSkill"] {
                if let Some(s) = lo.get(k) {
                    for (i, _, _) in concept_ids(s) {
                        if i.contains("data.europa.eu/esco/") {
                            if !esco.contains(&i) {
                                esco.push(i);
                            }
                        } else {
                            cx.add(
                                Reason::UnmappedProperty,
                                &lo.prop_path(k),
                                "LearningOutcome",
                                k,
                                format!("skill `{i}` is not an ESCO URI: not mapped"),
                            );
                        }
                    }
                }
            }
            cx.leftover(&lo);
        }
    }
    // Languages
    let mut languages = Vec::new();
    if let Some(v) = field(&mut o, "language") {
        for (i, n, _) in concept_ids(&v) {
            match jsonld::lang_from_uri(&i).or_else(|| jsonld::lang_code(&n)) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => cx.add(
                    Reason::LanguageUnmapped,
                    &o.prop_path("language"),
                    ty,
                    "language",
                    format!("`{i}` is not a known language"),
                ),
            }
        }
    }
    // Modes
    let mut modes = Vec::new();
    for k in ["mode", "learningSchedule"] {
        if let Some(v) = field(&mut o, k) {
            for (_, n, l) in concept_ids(&v) {
                let s = format!("{n} {l}").to_ascii_lowercase();
                let m = if s.contains("blend") {
                    Some(Mode::Blended)
                } else if s.contains("online") {
                    Some(Mode::Online)
                } else if s.contains("part") {
                    Some(Mode::PartTime)
                } else if s.contains("full") || s.contains("person") || s.contains("site") {
                    Some(Mode::FullTime)
                } else if s.contains("work") {
                    Some(Mode::WorkBased)
                } else {
                    None
                };
                if let Some(m) = m.filter(|m| !modes.contains(m)) {
                    modes.push(m);
                }
            }
        }
    }
    if modes.is_empty() {
        cx.add(
            Reason::ModeAssumed,
            path,
            ty,
            "mode",
            "no mode: full_time assumed".into(),
        );
        modes.push(Mode::FullTime);
    }
    // Duration
    let dur = ["duration", "maximumDuration"]
        .iter()
        .find_map(|k| field(&mut o, k))
        .and_then(|v| v.as_str().map(str::to_string));
    let volume = field(&mut o, "volumeOfLearning").and_then(|v| v.as_str().map(str::to_string));
    let duration_months = match dur.as_deref().and_then(jsonld::duration_months) {
        Some((m, _)) => {
            if let Some(vol) = &volume {
                cx.add(
                    Reason::UnmappedProperty,
                    &o.prop_path("volumeOfLearning"),
                    ty,
                    "volumeOfLearning",
                    format!(
                        "workload `{vol}` has no field in our format (credits carry the workload)"
                    ),
                );
            }
            Some(m)
        }
        None => match volume.as_deref().and_then(jsonld::duration_months) {
            Some((m, _)) => {
                cx.add(
                    Reason::DurationApproximated,
                    &o.prop_path("volumeOfLearning"),
                    ty,
                    "volumeOfLearning",
                    format!(
                        "only a workload ({}) given: counted as full-time study (40 h/week)",
                        volume.clone().unwrap_or_default()
                    ),
                );
                Some(m)
            }
            None => {
                cx.add(
                    Reason::DurationUnknown,
                    path,
                    ty,
                    "duration",
                    "no duration: recorded as unknown".into(),
                );
                None
            }
        },
    };
    // Price
    let mut cost = None;
    if let Some(v) = field(&mut o, "priceDetail") {
        for (x, _) in items(&v, "") {
            let amount = x.get("amount").or(Some(x));
            let val = amount
                .and_then(|a| a.get("numericValue").or_else(|| a.get("value")))
                .and_then(number);
            let cur = amount
                .and_then(|a| a.get("unit"))
                .map(concept_ids)
                .and_then(|c| {
                    c.into_iter().find_map(|(i, n, _)| {
                        jsonld::currency(last_seg(&i)).or_else(|| jsonld::currency(&n))
                    })
                });
            if let (Some(a), Some(c)) = (val, cur) {
                if cost.is_none() && a >= 0.0 {
                    cost = Some(Cost {
                        academic_year: None,
                        amount: a,
                        currency: c,
                    });
                }
            }
        }
    }
    if cost.is_none() {
        cx.add(
            Reason::CostUnknown,
            path,
            ty,
            "priceDetail",
            "no price given: cost recorded as unknown".into(),
        );
    }
    // Entry requirement: text only in ELM.
    let mut note = LangMap::new();
    if let Some(v) = field(&mut o, "entryRequirement") {
        let t = v
            .get("noteLiteral")
            .map(|n| lang_map(n, "en").0)
            .unwrap_or_else(|| lang_map(&v, "en").0);
        let marked: LangMap = t
            .into_iter()
            .map(|(l, s)| (l, format!("{NEEDS_STRUCTURING}{s}")))
            .collect();
        note_push(&mut note, &marked);
        cx.add(Reason::EntryRequirementText, &o.prop_path("entryRequirement"), ty, "entryRequirement", "entry requirement is text only: kept as a note marked [needs structuring]; the offer is open to all until structured".into());
    }
    let dc = field(&mut o, "dcType")
        .map(|v| concept_ids(&v))
        .unwrap_or_default();
    let dc_label = dc
        .first()
        .map(|x| x.2.to_ascii_lowercase())
        .unwrap_or_default();
    let ects = credits.as_ref().and_then(Credits::ects).unwrap_or(0.0);
    let kind = if dc_label.contains("micro")
        || dc_label.contains("short")
        || (ects > 0.0 && ects < 30.0 && eqf.is_some())
    {
        OfferKind::MicroCredential
    } else {
        match (eqf, ects) {
            (Some(6), e) if e >= 180.0 => OfferKind::Bachelor,
            (Some(7), e) if e >= 60.0 => OfferKind::Master,
            (Some(8), _) => OfferKind::Doctorate,
            (Some(5), _) => OfferKind::ShortCycleHe,
            (Some(3 | 4), _) => OfferKind::VetQualification,
            _ => OfferKind::AdultCourse,
        }
    };
    cx.add(
        Reason::KindAssumed,
        path,
        ty,
        "dcType",
        format!(
            "ELM has no offer kind: `{}` chosen from type, EQF level and credits",
            kind.key()
        ),
    );
    let org_v = o
        .get("awardingBody")
        .or_else(|| o.get("providedBy"))
        .or(org);
    let provider = provider(cx, org_v, path, ty);
    let url = o
        .get("homepage")
        .or_else(|| o.get("supplementaryDocument"))
        .and_then(|h| {
            items(h, "").into_iter().find_map(|(x, _)| {
                x.get("contentURL")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
        })
        .filter(|u| u.starts_with("http"));
    cx.leftover(&o);
    cx.offer_ids.insert(id.clone());
    cx.offers.push(Offer {
        credit_cap: None,
        unknown_reason: Default::default(),
        id: id.clone(),
        title,
        description,
        kind,
        provider,
        eqf,
        national_level,
        credits,
        duration_months,
        weekly_hours: None,
        modes,
        languages,
        cost,
        field: fields.into_iter().next(),
        esco,
        starts: Vec::new(),
        support: Support::default(),
        awards: id.clone(),
        entry: None,
        years: None,
        modules: Vec::new(),
        parallel: false,
        micro: None,
        url,
        note,
        source: Some(Source {
            quote: None,
            legal_basis: None,
            reference: m
                .get("id")
                .or_else(|| m.get("@id"))
                .and_then(Value::as_str)
                .unwrap_or(&id)
                .to_string(),
            url: None,
            certainty: Certainty::Real,
            retrieved: None,
        }),
    });
    cx.report.became(ty, Target::Offer);
    let _ = BTreeMap::<String, String>::new();
}
