//! Organisations → providers, and the provider an offer names.

use super::graph::{node_keys, ref_keys, Node};
use super::{values, State};
use crate::import::jsonld::{self, items};
use crate::import::{Ctx, Reason, Target};
use crate::model::Provider;
use crate::route::Msg;
use crate::LangMap;
use serde_json::Value;

/// An organisation becomes a provider; its country comes from its address.
pub(super) fn org(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = n.obj();
    let name = values::text(&mut o, "name");
    let mut country = None;
    if let Some(v) = o.get("ceterms:address") {
        for (a, _) in items(v, &o.prop_path("ceterms:address")) {
            if let Some(c) = a.get("ceterms:addressCountry").and_then(Value::as_str) {
                country = country.or_else(|| jsonld::country(c));
            }
        }
    }
    let url = values::web_page(&mut o);
    let id = n.id.clone();
    if country.is_none() {
        cx.on(&o).add(
            Reason::CountryUnknown,
            "ceterms:address",
            Msg::new("import.country_unknown"),
        );
    }
    let c = country;
    if cx.provider_ids.insert(id.clone()) {
        let name = if name.is_empty() {
            LangMap::from([("en".into(), id.clone())])
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
        let msg = Msg::new("import.duplicate_node.provider").arg("node", &id);
        cx.on(&o).add(Reason::DuplicateNode, "", msg);
    }
    for k in node_keys(n.map) {
        st.org_provider.insert(k, id.clone());
    }
    cx.leftover(&o);
}

/// The provider for an offer: the organisation it names when that is in the input, else
/// a placeholder.
pub(super) fn provider_for(
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
