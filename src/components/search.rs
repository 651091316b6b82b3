//! Search-as-you-type over offers and credentials. The matching is the engine's
//! (`pathways_engine::find`); this file turns ids into the labels the result buttons show.

use crate::i18n::{field_names, Lang};
use pathways_engine::{find, pick, Dataset};

/// Results shown before "show more".
pub const PAGE: usize = 8;

/// One page of results and how many matched in all.
#[derive(Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<(String, String)>,
    pub total: usize,
}

/// Offers matching `q`, best first, at most `limit`.
pub fn offers(ds: &Dataset, lang: Lang, q: &str, limit: usize) -> Page {
    let found = find::offers(ds, q, &|code| field_names(lang, code));
    let items = found
        .ids
        .iter()
        .take(limit)
        .filter_map(|id| ds.offer(id))
        .map(|o| {
            let provider = ds
                .provider(&o.provider)
                .map(|p| pick(&p.name, lang.code()).to_string())
                .unwrap_or_default();
            let eqf = o.eqf.map(|e| format!(" · EQF {e}")).unwrap_or_default();
            (
                o.id.clone(),
                format!("{} — {provider}{eqf}", pick(&o.title, lang.code())),
            )
        })
        .collect();
    Page {
        items,
        total: found.ids.len(),
    }
}

/// Credentials matching `q` (declared ones and those offers award), at most `limit`.
pub fn credentials(ds: &Dataset, lang: Lang, q: &str, limit: usize) -> Page {
    let found = find::credentials(ds, q, &|code| field_names(lang, code));
    let items = found
        .ids
        .iter()
        .take(limit)
        .filter_map(|id| ds.credential(id))
        .map(|c| {
            let eqf = c.eqf.map(|e| format!(" · EQF {e}")).unwrap_or_default();
            (
                c.id.clone(),
                format!("{}{eqf}", pick(&c.title, lang.code())),
            )
        })
        .collect();
    Page {
        items,
        total: found.ids.len(),
    }
}

/// Below a result list: "show more" when there are more, or what to try when nothing
/// matched (a learner who types "Bachelor IT" and sees nothing must know why).
pub fn footer(
    lang: Lang,
    q: &str,
    shown: usize,
    total: usize,
    limit: leptos::prelude::RwSignal<usize>,
) -> leptos::prelude::AnyView {
    use crate::i18n::t;
    use leptos::prelude::*;
    if q.trim().is_empty() {
        return ().into_any();
    }
    if total == 0 {
        let text = t(lang, "ui.search.none").replace("{q}", q.trim());
        return view! { <p class="search-none" role="status">{text}</p> }.into_any();
    }
    if shown < total {
        let text = t(lang, "ui.search.more")
            .replace("{shown}", &shown.to_string())
            .replace("{total}", &total.to_string());
        return view! {
            <button type="button" class="search-more" on:click=move |_| limit.update(|l| *l += PAGE)>{text}</button>
        }
        .into_any();
    }
    ().into_any()
}
