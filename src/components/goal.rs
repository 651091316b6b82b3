use super::search;
use crate::app::shared;
use crate::i18n::{t, title, tr};
use leptos::prelude::*;

#[component]
pub fn GoalPanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let (query, set_query) = signal(String::new());
    let results = move || {
        let ds = s.ds.get()?;
        let q = query.get();
        let l = lang.get();
        // A credential that several offers award is a goal of its own ("a BTS"): every
        // programme and validation procedure awarding it competes.
        let creds: Vec<(String, String)> = search::credentials(&ds, l, &q, 4)
            .into_iter()
            .filter(|(id, _)| ds.credential(id).is_some_and(|c| c.awarded_by.len() > 1))
            .collect();
        Some((search::offers(&ds, l, &q, 8), creds))
    };
    view! {
        <section class="panel" aria-labelledby="goal-h">
            <h2 id="goal-h">{tr(lang, "ui.goal")}</h2>
            <label for="goal-search">{tr(lang, "ui.goal.search")}</label>
            <input id="goal-search" type="search" autocomplete="off"
                prop:value=query on:input=move |ev| set_query.set(event_target_value(&ev))/>
            <ul class="results">
                {move || {
                    let (offers, creds) = results().unwrap_or_default();
                    let l = lang.get();
                    let offers = offers.into_iter().map(|(id, label)| {
                        let id2 = id.clone();
                        view! { <li><button type="button" class="result" data-id=id on:click=move |_| {
                            s.plan_state.update(|p| { p.goal = Some(id2.clone()); p.goal_credential = None; p.chosen = None; });
                            set_query.set(String::new());
                        }>{label}</button></li> }
                    }).collect_view();
                    let creds = creds.into_iter().map(|(id, label)| {
                        let id2 = id.clone();
                        view! { <li><button type="button" class="result credential" data-credential=id on:click=move |_| {
                            s.plan_state.update(|p| { p.goal = None; p.goal_credential = Some(id2.clone()); p.chosen = None; });
                            set_query.set(String::new());
                        }>{format!("{} {label}", t(l, "ui.goal.credential"))}</button></li> }
                    }).collect_view();
                    view! { {creds} {offers} }
                }}
            </ul>
            {move || s.plan_state.with(|p| p.goal.clone().or_else(|| p.goal_credential.clone())).map(|g| {
                let name = s.ds.get().map(|d| title(&d, lang.get(), &g)).unwrap_or(g);
                view! { <p class="goal-chosen"><strong>{t(lang.get(), "ui.goal.chosen")}": "</strong><span id="goal-name">{name}</span></p> }
            })}
        </section>
    }
}
