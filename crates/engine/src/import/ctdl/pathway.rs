//! Pathways: their destination components become goals the learner can choose.

use super::graph::{Kind, Node};
use super::State;
use crate::import::jsonld::{items, ref_of};
use crate::import::{Ctx, Reason, Target};
use crate::route::Msg;

/// A pathway's destinations that are offers in the input become goals; its other parts
/// are read through its components.
pub(super) fn pathway(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = n.obj();
    o.consume(&[
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
                    let msg = Msg::new("import.goal").arg("node", &g);
                    cx.on(&o)
                        .item(Reason::Goal, &p, "ceterms:hasDestinationComponent", msg);
                    if !cx.goals.contains(&g) {
                        cx.goals.push(g);
                    }
                    cx.report.became(&n.ty, Target::Goal);
                }
                None => cx.on(&o).item(
                    Reason::DanglingTarget,
                    &p,
                    "ceterms:hasDestinationComponent",
                    Msg::new("import.dangling_target.destination"),
                ),
            }
        }
    }
    cx.leftover(&o);
}
