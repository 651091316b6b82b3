//! Pathway components → offers, or merged into the offer they stand for; their
//! `hasCondition`s (read in `component_condition`) become that offer's entry tree.

use super::component_condition::component_condition;
use super::credits::credits_of;
use super::graph::Node;
use super::{values, State, P};
use crate::import::jsonld::items;
use crate::import::{note_push, read, Ctx, Reason, Target};
use crate::model::*;
use crate::route::Msg;

/// A pathway component that stands for nothing in the input becomes an offer itself;
/// its `hasCondition`s become the entry tree of the offer it stands for.
pub(super) fn component(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = n.obj();
    o.consume(&[
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
        let head = values::head(cx, &mut o, &n.id);
        let credits = credits_of(cx, &mut o);
        let t = n.ty.strip_prefix(P).unwrap_or(&n.ty);
        let kind = match t {
            "CourseComponent" => OfferKind::HeModule,
            "AssessmentComponent" | "CompetencyComponent" => OfferKind::ValidationProcedure,
            "CredentialComponent" => OfferKind::AdultCourse,
            "WorkExperienceComponent" | "JobComponent" => OfferKind::Apprenticeship,
            _ => OfferKind::AdultCourse,
        };
        let msg = Msg::new("import.kind_assumed")
            .arg("type", &n.ty)
            .arg("offer_kind", kind.key());
        cx.on(&o).add(Reason::KindAssumed, "@type", msg);
        cx.on(&o).add(
            Reason::DurationUnknown,
            "",
            Msg::new("import.duration_unknown.component"),
        );
        cx.on(&o).add(
            Reason::CostUnknown,
            "",
            Msg::new("import.cost_unknown.component"),
        );
        let provider = cx.placeholder_provider(None, None, &n.path, &n.ty);
        let offer = Offer {
            kind,
            provider,
            credits,
            ..read::offer(&n.id, head, n.ctid_or_id(), None)
        };
        cx.add_offer(&n.ty, offer);
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
    let entry = match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(Condition::AllOf { all: parts }),
    };
    if let Some(c) = entry {
        cx.report
            .became("ceterms:ComponentCondition", Target::Condition);
        st.pending_entry.push((offer_id, c));
    }
}
