//! CTDL JSON-LD → our format. Mapping table and reasons: `pathways-data/IMPORT.md`.
//!
//! One file per concern: `graph` finds the nodes and their kinds; `org` reads
//! organisations; `offer` credentials, learning opportunities and assessments, with their
//! `profiles` (duration, cost), `credits` and entry `conditions`; `credentials` the
//! credentials named without an offer; `transfer` and `standing` the recognition rules;
//! `components`, `component_condition` and `pathway` the pathways without a destination
//! component in the input, `programme` and `requirements` those with one (one offer with
//! modules and completion requirements); `values` the value shapes all of them read.

mod component_condition;
mod components;
mod conditions;
mod credentials;
mod credits;
mod graph;
mod offer;
mod org;
mod pathway;
mod profiles;
mod programme;
mod requirements;
mod standing;
mod transfer;
mod values;

use super::jsonld::ref_of;
use super::{Ctx, Reason, Target};
use crate::model::Condition;
use crate::route::Msg;
use graph::{ref_keys, Kind};
use serde_json::Value;
use std::collections::HashMap;

/// The CTDL namespace prefix of every term the importer reads.
const P: &str = "ceterms:";

/// Maps every CTDL input into `cx`. Organisations first, so offers find their providers;
/// offers before components, transfer values and pathways, which refer to them.
pub(crate) fn import(cx: &mut Ctx, inputs: &[(String, &Value)]) {
    let found = graph::find(cx, inputs);
    let nodes = graph::nodes(cx, found.records, &found.parsed);
    let mut st = State::default();
    for n in &nodes {
        for k in graph::node_keys(n.map) {
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
    let modules = programme::members(&nodes, &st);
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
                Kind::Org => org::org(cx, &mut st, n),
                Kind::Credential | Kind::LearningOpp | Kind::Assessment => {
                    offer::offer(cx, &mut st, n)
                }
                Kind::Component if modules.contains(&n.id) => {}
                Kind::Component => components::component(cx, &mut st, n),
                Kind::Declared => credentials::declared(cx, n),
                Kind::Tvp => transfer::tvp(cx, &mut st, n),
                Kind::Pathway if programme::map(cx, &mut st, n, &nodes) => {}
                Kind::Pathway => pathway::pathway(cx, &mut st, n),
                Kind::Other => {
                    cx.report.became(&n.ty, Target::NotMapped);
                    let msg = Msg::new("import.unsupported_type").arg("type", shown(&n.ty));
                    cx.at(&n.path, &n.ty).add(Reason::UnsupportedType, "", msg);
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

/// What the mappers learn about the input as they go, for the ones after them.
#[derive(Default)]
struct State {
    /// Reference key (CTID, @id) → (our id, kind).
    index: HashMap<String, (String, Kind)>,
    /// Component id → offer id it stands for.
    component_offer: HashMap<String, String>,
    /// Provider id by org reference key.
    org_provider: HashMap<String, String>,
    /// Entry conditions found for an offer, attached once every offer exists.
    pending_entry: Vec<(String, Condition)>,
}

impl State {
    /// The node a reference names, if it is in the input.
    fn lookup(&self, uri: &str) -> Option<(String, Kind)> {
        ref_keys(uri)
            .iter()
            .find_map(|k| self.index.get(k).cloned())
    }
}
