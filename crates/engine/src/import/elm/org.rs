//! The organisation awarding or providing a specification → a provider.

use super::{concept_ids, web_page};
use crate::import::jsonld::{self, items, lang_map};
use crate::import::{Ctx, Reason, Target};
use crate::model::Provider;
use crate::route::Msg;
use serde_json::Value;

/// The provider for `org` (the first when a list), created once; a placeholder when the
/// organisation has no name.
pub(super) fn provider(cx: &mut Ctx, org: Option<&Value>, path: &str, ty: &str) -> String {
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
        let msg = Msg::new("import.country_unknown.provider").arg("node", &id);
        cx.at(path, "Organisation")
            .add(Reason::CountryUnknown, "location", msg);
    }
    let url = m.get("homepage").and_then(web_page);
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
