//! A learning opportunity, achievement specification or qualification → an offer.

use super::{concept_ids, levels, org, terms, web_page};
use crate::import::jsonld::{self, lang_map, Obj};
use crate::import::{note_push, read, Ctx, Reason, NEEDS_STRUCTURING};
use crate::model::*;
use crate::route::Msg;
use serde_json::{Map, Value};

/// A specification being mapped. A learning opportunity takes what it does not say from
/// the specification it points to.
pub(super) struct Spec<'a> {
    pub o: Obj<'a>,
    inner: Option<&'a Map<String, Value>>,
}

impl Spec<'_> {
    /// The property `k` of the node, else of the specification it points to.
    pub fn field(&mut self, k: &str) -> Option<Value> {
        self.o
            .get(k)
            .cloned()
            .or_else(|| self.inner.and_then(|i| i.get(k)).cloned())
    }
}

/// Maps the node `m` of type `ty` at `path`; `org` is the organisation of the claim or
/// document that holds it, for a node that names none.
pub(super) fn spec(
    cx: &mut Ctx,
    m: &Map<String, Value>,
    path: &str,
    ty: &str,
    org: Option<&Value>,
) {
    let mut o = Obj::new(m, path.to_string(), ty.to_string());
    o.consume(&["@context", "id", "@id", "type", "@type"]);
    let id = match m.get("id").or_else(|| m.get("@id")).and_then(Value::as_str) {
        Some(u) => jsonld::id_from_uri(u),
        None => {
            let id = jsonld::id_from_path(&cx.file.clone(), path);
            let msg = Msg::new("import.missing_id").arg("node", &id);
            cx.on(&o).add(Reason::MissingId, "id", msg);
            id
        }
    };
    if cx.offer_ids.contains(&id) {
        let msg = Msg::new("import.duplicate_node").arg("node", &id);
        cx.on(&o).add(Reason::DuplicateNode, "", msg);
        return;
    }
    let spec_v = o
        .get("learningAchievementSpecification")
        .or_else(|| o.get("specifiedBy"));
    let inner = spec_v.and_then(|s| match s {
        Value::Object(x) => Some(x),
        Value::Array(a) => a.first().and_then(Value::as_object),
        _ => None,
    });
    let mut s = Spec { o, inner };
    let (title, description) = (s.field("title"), s.field("description"));
    let head = read::Head::read(
        cx.on(&s.o),
        &id,
        title.as_ref(),
        description.as_ref(),
        "title",
    );
    let credits = terms::credits(cx, &mut s);
    let eqf = levels::eqf(&mut s);
    let national_level = levels::national(cx, &mut s);
    let field = levels::field(cx, &mut s);
    let esco = levels::esco(cx, &mut s);
    let languages = terms::languages(cx, &mut s);
    let modes = terms::modes(cx, &mut s);
    let duration_months = terms::duration(cx, &mut s);
    let cost = terms::price(cx, &mut s);
    let note = entry_requirement(cx, &mut s);
    let kind = kind(cx, &mut s, eqf, credits.as_ref());
    let org_v =
        s.o.get("awardingBody")
            .or_else(|| s.o.get("providedBy"))
            .or(org);
    let provider = org::provider(cx, org_v, path, ty);
    let url =
        s.o.get("homepage")
            .or_else(|| s.o.get("supplementaryDocument"))
            .and_then(web_page);
    cx.leftover(&s.o);
    let reference = m
        .get("id")
        .or_else(|| m.get("@id"))
        .and_then(Value::as_str)
        .unwrap_or(&id)
        .to_string();
    let offer = Offer {
        kind,
        provider,
        eqf,
        national_level,
        credits,
        duration_months,
        modes,
        languages,
        cost,
        field,
        esco,
        url,
        note,
        ..read::offer(&id, head, reference, None)
    };
    cx.add_offer(ty, offer);
}

/// ELM states entry requirements only as text: kept as a note marked for a person to
/// structure, and the offer stays open to all until then.
fn entry_requirement(cx: &mut Ctx, s: &mut Spec) -> LangMap {
    let mut note = LangMap::new();
    let Some(v) = s.field("entryRequirement") else {
        return note;
    };
    let t = v
        .get("noteLiteral")
        .map(|n| lang_map(n, "en").0)
        .unwrap_or_else(|| lang_map(&v, "en").0);
    let marked: LangMap = t
        .into_iter()
        .map(|(l, s)| (l, format!("{NEEDS_STRUCTURING}{s}")))
        .collect();
    note_push(&mut note, &marked);
    cx.on(&s.o).prop(
        Reason::EntryRequirementText,
        "entryRequirement",
        Msg::new("import.entry_requirement_text"),
    );
    note
}

/// ELM has no offer kind: it is chosen from the type, the EQF level and the credits,
/// and reported.
fn kind(cx: &mut Ctx, s: &mut Spec, eqf: Option<u8>, credits: Option<&Credits>) -> OfferKind {
    let dc = s
        .field("dcType")
        .map(|v| concept_ids(&v))
        .unwrap_or_default();
    let dc_label = dc
        .first()
        .map(|x| x.2.to_ascii_lowercase())
        .unwrap_or_default();
    let ects = credits.and_then(Credits::ects).unwrap_or(0.0);
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
    let msg = Msg::new("import.kind_assumed.elm").arg("offer_kind", kind.key());
    cx.on(&s.o).add(Reason::KindAssumed, "dcType", msg);
    kind
}
