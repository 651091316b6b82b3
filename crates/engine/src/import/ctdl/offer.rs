//! Credentials, learning opportunities and assessments → offers. The value profiles an
//! offer holds (duration, cost) are read in `profiles`, its credits in `credits`.

use super::conditions::condition_profile;
use super::graph::{Kind, Node};
use super::org::provider_for;
use super::standing::advanced_standing;
use super::values::{self, alignment_node, refs_in};
use super::{profiles, State, P};
use crate::import::jsonld::{self, items, Obj};
use crate::import::{read, Ctx, Reason, Target};
use crate::model::*;
use crate::route::Msg;
use serde_json::Value;

/// A credential, learning opportunity or assessment becomes an offer; its conditions
/// wait in `st` until every offer exists.
pub(super) fn offer(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = n.obj();
    if n.map.get("ceterms:ctid").is_none()
        && n.map
            .get("@id")
            .and_then(Value::as_str)
            .is_none_or(|s| s.starts_with("_:"))
    {
        let msg = Msg::new("import.missing_id.ctdl").arg("node", &n.id);
        cx.on(&o).add(Reason::MissingId, "ceterms:ctid", msg);
    }
    if cx.offer_ids.contains(&n.id) {
        let msg = Msg::new("import.duplicate_node").arg("node", &n.id);
        cx.on(&o).add(Reason::DuplicateNode, "", msg);
        cx.report.became(&n.ty, Target::NotMapped);
        return;
    }
    let head = values::head(cx, &mut o, &n.id);
    let (kind, eqf, assumed) = kind_from_type(&n.ty, n.kind);
    if assumed {
        let msg = Msg::new("import.kind_assumed")
            .arg("type", &n.ty)
            .arg("offer_kind", kind.key());
        cx.on(&o).add(Reason::KindAssumed, "@type", msg);
    }
    let eqf = audience_level(cx, &mut o, eqf);
    let credits = super::credits::credits_of(cx, &mut o);
    let mut note = LangMap::new();
    let duration_months = profiles::duration(cx, &mut o, &mut note);
    let years = degree_years(kind, duration_months);
    let cost = profiles::cost(cx, &mut o);
    let modes = delivery_modes(&mut o);
    let modes = read::modes_or_full_time(cx.on(&o), modes, "ceterms:learningDeliveryType");
    let languages = match o.get("ceterms:inLanguage") {
        Some(v) => {
            let found = items(v, &o.prop_path("ceterms:inLanguage"))
                .into_iter()
                .map(|(x, p)| {
                    let s = x.as_str().unwrap_or_default();
                    (jsonld::lang_code(s), p, s.to_string())
                });
            read::languages(
                cx,
                &n.ty,
                "ceterms:inLanguage",
                found,
                "import.language_unmapped",
            )
        }
        None => Vec::new(),
    };
    let country = place_country(cx, &mut o);
    let provider = provider(cx, st, &mut o, country);
    let url = values::web_page(&mut o);
    let source_url = n
        .map
        .get("@id")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    let entry = entry_conditions(cx, st, &mut o, n.kind == Kind::Credential, &mut note);
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
    if let Some(c) = entry {
        cx.report
            .became("ceterms:ConditionProfile", Target::Condition);
        st.pending_entry.push((n.id.clone(), c));
    }
    let offer = Offer {
        kind,
        provider,
        eqf,
        credits,
        duration_months,
        modes,
        languages,
        cost,
        years,
        url,
        note,
        ..read::offer(&n.id, head, n.ctid_or_id(), source_url)
    };
    cx.add_offer(&n.ty, offer);
}
/// Offer kind and EQF level from the CTDL class, with whether the choice is a convention.
pub(super) fn kind_from_type(ty: &str, kind: Kind) -> (OfferKind, Option<u8>, bool) {
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

/// The EQF level of a CTDL audience level, where the two name the same level.
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

/// The EQF level from `audienceLevelType` when the class did not give one; each level
/// read is reported, mapped by convention or not mappable.
fn audience_level(cx: &mut Ctx, o: &mut Obj, mut eqf: Option<u8>) -> Option<u8> {
    let Some(v) = o.get("ceterms:audienceLevelType") else {
        return eqf;
    };
    for (x, p) in items(v, &o.prop_path("ceterms:audienceLevelType")) {
        let node = alignment_node(x).unwrap_or_default();
        match audience_eqf(&node) {
            Some(l) if eqf.is_none() => {
                eqf = Some(l);
                let msg = Msg::new("import.level_mapped")
                    .arg("value", &node)
                    .arg("eqf", l);
                cx.on(o)
                    .item(Reason::LevelMapped, &p, "ceterms:audienceLevelType", msg);
            }
            Some(_) => {}
            None => {
                let msg = Msg::new("import.level_unmapped").arg("value", &node);
                cx.on(o)
                    .item(Reason::LevelUnmapped, &p, "ceterms:audienceLevelType", msg);
            }
        }
    }
    eqf
}

/// A degree's length in whole years, which advanced entry into a later year needs.
fn degree_years(kind: OfferKind, duration_months: Option<f64>) -> Option<u8> {
    matches!(
        kind,
        OfferKind::Bachelor | OfferKind::Master | OfferKind::Doctorate | OfferKind::ShortCycleHe
    )
    .then_some(duration_months)
    .flatten()
    .map(|m| m / 12.0)
    .filter(|y| *y >= 1.0 && y.fract() == 0.0 && *y <= 10.0)
    .map(|y| y as u8)
}

/// The delivery modes named by `learningDeliveryType` or the older `deliveryType`, once
/// each, in order of mention.
fn delivery_modes(o: &mut Obj) -> Vec<Mode> {
    let mut modes = Vec::new();
    for key in ["ceterms:learningDeliveryType", "ceterms:deliveryType"] {
        let Some(v) = o.get(key) else { continue };
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
            if let Some(m) = m.filter(|m| !modes.contains(m)) {
                modes.push(m);
            }
        }
    }
    modes
}

/// The country of the first place the offer is available at that names one: the
/// country of a placeholder provider.
fn place_country(cx: &mut Ctx, o: &mut Obj) -> Option<String> {
    let mut country = None;
    let Some(v) = o.get("ceterms:availableAt") else {
        return country;
    };
    for (x, p) in items(v, &o.prop_path("ceterms:availableAt")) {
        let Value::Object(m) = x else { continue };
        let mut pl = Obj::new(m, p, "ceterms:Place".into());
        pl.consume(&["@type"]);
        if let Some(c) = pl.get("ceterms:addressCountry").and_then(Value::as_str) {
            country = country.or_else(|| jsonld::country(c));
        }
        cx.leftover(&pl);
    }
    country
}

/// The provider: the first organisation that offers or owns the offer. An offer has one
/// provider in our format, so more are reported.
fn provider(cx: &mut Ctx, st: &State, o: &mut Obj, country: Option<String>) -> String {
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
    let first = orgs.first().map(String::as_str);
    let provider = provider_for(cx, st, first, country, &o.path, &o.ty);
    if let [kept, _, ..] = orgs.as_slice() {
        let msg = Msg::new("import.multiple_values.providers")
            .arg("n", orgs.len())
            .arg("node", kept);
        cx.on(o)
            .prop(Reason::MultipleValues, "ceterms:offeredBy", msg);
    }
    provider
}

/// The entry tree from `entryCondition` and `requires`: all of them must be met. A
/// credential's `requires` lists what makes it up, which is not an entry condition.
fn entry_conditions(
    cx: &mut Ctx,
    st: &State,
    o: &mut Obj,
    credential: bool,
    note: &mut LangMap,
) -> Option<Condition> {
    let mut parts: Vec<Condition> = Vec::new();
    for key in ["ceterms:entryCondition", "ceterms:requires"] {
        let Some(v) = o.get(key) else { continue };
        let completion = credential && key == "ceterms:requires";
        for (x, p) in items(v, &o.prop_path(key)) {
            if let Some(c) = condition_profile(cx, st, x, &p, note, completion) {
                parts.push(c);
            }
        }
    }
    match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(Condition::AllOf { all: parts }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degree_classes_carry_their_level() {
        assert_eq!(
            kind_from_type("ceterms:BachelorDegree", Kind::Credential),
            (OfferKind::Bachelor, Some(6), false)
        );
        assert_eq!(
            kind_from_type("ceterms:MasterCertificate", Kind::Credential),
            (OfferKind::VetQualification, None, true)
        );
        assert_eq!(
            kind_from_type("ceterms:Course", Kind::LearningOpp),
            (OfferKind::HeModule, None, true)
        );
    }

    #[test]
    fn only_whole_years_of_a_degree_count() {
        assert_eq!(degree_years(OfferKind::Bachelor, Some(36.0)), Some(3));
        assert_eq!(degree_years(OfferKind::Bachelor, Some(30.0)), None);
        assert_eq!(degree_years(OfferKind::AdultCourse, Some(36.0)), None);
    }
}
