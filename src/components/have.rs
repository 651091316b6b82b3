use super::search;
use crate::app::shared;
use crate::i18n::{field_name, t, title, tr};
use leptos::prelude::*;
use pathways_engine::route::Held;

#[component]
pub fn HavePanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let (query, set_query) = signal(String::new());
    let results = move || {
        let ds = s.ds.get()?;
        Some(search::credentials(&ds, lang.get(), &query.get(), 8))
    };
    let add = move |id: String| {
        s.plan_state.update(|p| {
            if !p.held.iter().any(|h| h.credential == id) {
                p.held.push(Held {
                    credential: id,
                    grade: None,
                    completed: None,
                });
            }
        });
        set_query.set(String::new());
    };
    view! {
        <section class="panel" aria-labelledby="have-h">
            <h2 id="have-h">{tr(lang, "ui.have")}</h2>
            <label for="have-search">{tr(lang, "ui.have.search")}</label>
            <input id="have-search" type="search" autocomplete="off"
                prop:value=query on:input=move |ev| set_query.set(event_target_value(&ev))/>
            <ul class="results" aria-live="polite">
                {move || results().unwrap_or_default().into_iter().map(|(id, label)| {
                    let id2 = id.clone();
                    view! { <li><button type="button" class="result" data-id=id on:click=move |_| add(id2.clone())>{label}</button></li> }
                }).collect_view()}
            </ul>
            <ul class="chips">
                {move || {
                    let ds = s.ds.get();
                    let held = s.plan_state.with(|p| p.held.clone());
                    if held.is_empty() {
                        return view! { <li class="muted">{t(lang.get(), "ui.have.none")}</li> }.into_any();
                    }
                    held.into_iter().enumerate().map(|(i, h)| {
                        let name = ds.as_ref().map(|d| title(d, lang.get(), &h.credential)).unwrap_or_else(|| h.credential.clone());
                        let grade = h.grade.map(|g| g.to_string()).unwrap_or_default();
                        let date = h.completed.clone().unwrap_or_default();
                        view! {
                            <li class="chip">
                                <span class="chip-name">{name.clone()}</span>
                                <label>{t(lang.get(), "ui.grade")}
                                    <input type="number" min="0" max="100" step="1" class="grade" prop:value=grade
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev).parse::<f64>().ok().filter(|g| (0.0..=100.0).contains(g));
                                            s.plan_state.update(|p| if let Some(h) = p.held.get_mut(i) { h.grade = v; });
                                        }/>
                                </label>
                                <label>{t(lang.get(), "ui.completed")}
                                    <input type="date" prop:value=date
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            s.plan_state.update(|p| if let Some(h) = p.held.get_mut(i) { h.completed = (!v.is_empty()).then_some(v); });
                                        }/>
                                </label>
                                <button type="button" class="remove" aria-label=format!("{} {name}", t(lang.get(), "ui.remove"))
                                    on:click=move |_| s.plan_state.update(|p| { if i < p.held.len() { p.held.remove(i); } })>"×"</button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="row">
                <label>{tr(lang, "ui.work")}
                    <input id="work-years" type="number" min="0" max="60" step="0.5"
                        prop:value=move || s.plan_state.with(|p| p.work_years.to_string())
                        on:change=move |ev| {
                            let v = event_target_value(&ev).parse::<f64>().ok().filter(|y| *y >= 0.0 && *y <= 60.0).unwrap_or(0.0);
                            s.plan_state.update(|p| p.work_years = v);
                        }/>
                </label>
                // Chosen by name, never typed as a code: a code the engine does not know
                // would otherwise read as "no experience in the field".
                <label>{tr(lang, "ui.work_field")}
                    <select id="work-field"
                        prop:value=move || s.plan_state.with(|p| p.work_field.clone())
                        on:change=move |ev| s.plan_state.update(|p| p.work_field = event_target_value(&ev))>
                        <option value="">{move || t(lang.get(), "ui.any")}</option>
                        {move || {
                            let ds = s.ds.get()?;
                            let l = lang.get();
                            Some(work_fields(&ds).into_iter().map(|code| {
                                let name = field_name(&ds, l, &code);
                                view! { <option value=code.clone()>{name}</option> }
                            }).collect_view())
                        }}
                    </select>
                </label>
            </div>
        </section>
    }
}

/// The fields a learner's work can count for in this dataset: every field an entry
/// requirement or offer names, with its broad field, in code order.
fn work_fields(ds: &pathways_engine::Dataset) -> Vec<String> {
    let mut out: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for o in &ds.offers {
        if let Some(f) = &o.field {
            out.insert(f.clone());
            if f.len() > 2 {
                out.insert(f[..2].to_string());
            }
        }
    }
    out.into_iter()
        .filter(|c| pathways_engine::codes::is_isced_f(c))
        .collect()
}
