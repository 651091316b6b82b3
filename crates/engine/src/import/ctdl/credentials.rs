//! Credentials without an offer: those the input names without describing a programme,
//! and the targets of conditions and rules.

use super::graph::{node_id, Kind, Node};
use super::{values, State};
use crate::import::jsonld::{self, lang_map, ref_of, types};
use crate::import::{Ctx, Target};
use crate::LangMap;
use serde_json::Value;

/// `ceterms:Credential` names a credential without a programme: a credential to hold,
/// not an offer.
pub(super) fn declared(cx: &mut Ctx, n: &Node) {
    let mut o = n.obj();
    let mut title = values::text(&mut o, "name");
    if title.is_empty() {
        title.insert("en".into(), n.id.clone());
    }
    cx.declare_credential(&n.id, title);
    cx.report.became(&n.ty, Target::Credential);
    cx.leftover(&o);
}

/// A credential id for a condition target: the offer it names when in the input,
/// an embedded node's own id, or a placeholder.
pub(super) fn target_credential(
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
            .unwrap_or_else(|| LangMap::from([("en".into(), id.clone())]));
        cx.declare_credential(&id, title);
        cx.report.became(
            &types(m).into_iter().next().unwrap_or_default(),
            Target::Credential,
        );
        return Some(id);
    }
    None
}
