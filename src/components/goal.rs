use super::search;
use crate::i18n::{t, title, tr};
use crate::shared::shared;
use leptos::prelude::*;

#[component]
pub fn GoalPanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let (query, set_query) = signal(String::new());
    let limit = RwSignal::new(search::PAGE);
    let results = Memo::new(move |_| {
        let Some(ds) = s.ds.get() else {
            return Default::default();
        };
        let q = query.get();
        let l = lang.get();
        // A credential that several offers award is a goal of its own ("a BTS"): every
        // programme and validation procedure awarding it competes.
        let creds: Vec<(String, String)> = search::credentials(&ds, l, &q, 4)
            .items
            .into_iter()
            .filter(|(id, _)| ds.credential(id).is_some_and(|c| c.awarded_by.len() > 1))
            .collect();
        (search::offers(&ds, l, &q, limit.get()), creds)
    });
    let choose =
        move |ev: leptos::ev::MouseEvent, offer: Option<String>, credential: Option<String>| {
            let goal = offer.clone().or(credential.clone()).unwrap_or_default();
            s.plan_state.update(|p| match (offer, credential) {
                (Some(o), _) => p.choose_destination(&o),
                (None, Some(c)) => p.choose_credential(&c),
                (None, None) => {}
            });
            set_query.set(String::new());
            limit.set(search::PAGE);
            super::show_routes(s, &goal, ev.target());
        };
    view! {
        <section class="panel" aria-labelledby="goal-h" role=s.region()>
            <h2 id="goal-h">{tr(lang, "ui.goal")}</h2>
            <label for="goal-search">{tr(lang, "ui.goal.search")}</label>
            <input id="goal-search" type="search" autocomplete="off"
                prop:value=query on:input=move |ev| { set_query.set(event_target_value(&ev)); limit.set(search::PAGE); }/>
            <ul class="results">
                {move || {
                    let (offers, creds) = results.get();
                    let l = lang.get();
                    let offers = offers.items.into_iter().map(|(id, label)| {
                        let id2 = id.clone();
                        view! { <li><button type="button" class="result" data-id=id
                            on:click=move |ev| choose(ev, Some(id2.clone()), None)>{label}</button></li> }
                    }).collect_view();
                    let creds = creds.into_iter().map(|(id, label)| {
                        let id2 = id.clone();
                        view! { <li><button type="button" class="result credential" data-credential=id
                            on:click=move |ev| choose(ev, None, Some(id2.clone()))>{format!("{} {label}", t(l, "ui.goal.credential"))}</button></li> }
                    }).collect_view();
                    view! { {creds} {offers} }
                }}
            </ul>
            {move || {
                let (offers, creds) = results.get();
                let total = offers.total + creds.len();
                search::footer(lang.get(), &query.get(), offers.items.len() + creds.len(), total, limit)
            }}
            {move || s.plan_state.with(|p| p.goal.clone().or_else(|| p.goal_credential.clone())).map(|g| {
                let name = s.ds.get().map(|d| title(&d, lang.get(), &g)).unwrap_or(g);
                view! { <p class="goal-chosen"><strong>{t(lang.get(), "ui.goal.chosen")}": "</strong><span id="goal-name">{name}</span></p> }
            })}
        </section>
    }
}
