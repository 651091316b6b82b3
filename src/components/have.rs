use super::search;
use crate::i18n::{field_name, t, title, tr};
use crate::shared::shared;
use leptos::prelude::*;
use pathways_engine::Cefr;

/// The languages of the EU and of its regions the data covers, by ISO 639-1 code.
const LANGUAGES: [&str; 25] = [
    "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
    "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];
const LEVELS: [(Cefr, &str); 6] = [
    (Cefr::A1, "A1"),
    (Cefr::A2, "A2"),
    (Cefr::B1, "B1"),
    (Cefr::B2, "B2"),
    (Cefr::C1, "C1"),
    (Cefr::C2, "C2"),
];

pub(crate) fn language_name(lang: crate::i18n::Lang, code: &str) -> String {
    let key = format!("langname.{code}");
    let name = t(lang, &key);
    if name == key {
        code.to_ascii_uppercase()
    } else {
        name
    }
}

pub(crate) fn level_name(c: Cefr) -> &'static str {
    LEVELS.iter().find(|(l, _)| *l == c).map_or("", |(_, n)| n)
}

/// The languages a learner speaks and their CEFR level: entry requirements ask for them
/// ("German B2"), and what-if counts what a level more would open.
#[component]
fn Languages() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let (pick_lang, set_pick_lang) = signal(String::new());
    let (pick_level, set_pick_level) = signal("B2".to_string());
    let add = move |_| {
        let code = pick_lang.get_untracked();
        let level = LEVELS
            .iter()
            .find(|(_, n)| *n == pick_level.get_untracked())
            .map(|(l, _)| *l);
        if let (true, Some(level)) = (crate::state::is_language_code(&code), level) {
            s.plan_state.update(|p| p.set_language(&code, level));
            set_pick_lang.set(String::new());
        }
    };
    view! {
        <fieldset class="languages">
            <legend>{tr(lang, "ui.languages")}</legend>
            <ul class="chips">
                {move || {
                    let l = lang.get();
                    let spoken = s.plan_state.with(|p| p.languages.clone());
                    if spoken.is_empty() {
                        return view! { <li class="muted">{t(l, "ui.languages.none")}</li> }.into_any();
                    }
                    spoken.into_iter().map(|(code, level)| {
                        let name = language_name(l, &code);
                        let (c1, c2) = (code.clone(), code.clone());
                        view! {
                            <li class="chip lang-chip" data-language=code.clone()>
                                <span class="chip-name">{name.clone()}</span>
                                <select class="lang-level" aria-label=format!("{} {name}", t(l, "ui.languages.level"))
                                    prop:value=level_name(level)
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        if let Some((lv, _)) = LEVELS.iter().find(|(_, n)| *n == v) {
                                            s.plan_state.update(|p| p.set_language(&c1, *lv));
                                        }
                                    }>
                                    {LEVELS.iter().map(|(_, n)| view! { <option value=*n>{*n}</option> }).collect_view()}
                                </select>
                                <button type="button" class="remove" aria-label=format!("{} {name}", t(l, "ui.remove"))
                                    on:click=move |_| s.plan_state.update(|p| p.remove_language(&c2))>"×"</button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="row">
                <label>{tr(lang, "ui.languages.add")}
                    <select id="add-language" prop:value=pick_lang on:change=move |ev| set_pick_lang.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {move || {
                            let l = lang.get();
                            let spoken = s.plan_state.with(|p| p.languages.clone());
                            let mut choices: Vec<(String, &str)> = LANGUAGES.iter()
                                .filter(|c| !spoken.contains_key(**c))
                                .map(|c| (language_name(l, c), *c))
                                .collect();
                            pathways_engine::order::sort(&mut choices);
                            choices.into_iter().map(|(name, c)| view! { <option value=c>{name}</option> }).collect_view()
                        }}
                    </select>
                </label>
                <label>{tr(lang, "ui.languages.level")}
                    <select id="add-language-level" prop:value=pick_level on:change=move |ev| set_pick_level.set(event_target_value(&ev))>
                        {LEVELS.iter().map(|(_, n)| view! { <option value=*n>{*n}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" id="add-language-btn" on:click=add>{tr(lang, "ui.add")}</button>
            </div>
        </fieldset>
    }
}

#[component]
pub fn HavePanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let (query, set_query) = signal(String::new());
    let limit = RwSignal::new(search::PAGE);
    let results = Memo::new(move |_| {
        s.ds.get()
            .map(|ds| search::credentials(&ds, lang.get(), &query.get(), limit.get()))
            .unwrap_or_default()
    });
    let add = move |id: String| {
        s.plan_state.update(|p| p.add_held(&id));
        set_query.set(String::new());
        limit.set(search::PAGE);
    };
    view! {
        <section class="panel" aria-labelledby="have-h" role=s.region()>
            <h2 id="have-h">{tr(lang, "ui.have")}</h2>
            <label for="have-search">{tr(lang, "ui.have.search")}</label>
            <input id="have-search" type="search" autocomplete="off"
                prop:value=query on:input=move |ev| { set_query.set(event_target_value(&ev)); limit.set(search::PAGE); }/>
            <ul class="results" aria-live="polite">
                {move || results.get().items.into_iter().map(|(id, label)| {
                    let id2 = id.clone();
                    view! { <li><button type="button" class="result" data-id=id on:click=move |_| add(id2.clone())>{label}</button></li> }
                }).collect_view()}
            </ul>
            {move || {
                let page = results.get();
                search::footer(lang.get(), &query.get(), page.items.len(), page.total, limit)
            }}
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
                                            let v = event_target_value(&ev).parse::<f64>().ok();
                                            s.plan_state.update(|p| p.set_grade(i, v));
                                        }/>
                                </label>
                                <label>{t(lang.get(), "ui.completed")}
                                    <input type="date" prop:value=date
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            s.plan_state.update(|p| p.set_completed(i, &v));
                                        }/>
                                </label>
                                <button type="button" class="remove" aria-label=format!("{} {name}", t(lang.get(), "ui.remove"))
                                    on:click=move |_| s.plan_state.update(|p| p.remove_held(i))>"×"</button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <Languages/>
            <div class="row">
                <label>{tr(lang, "ui.work")}
                    <input id="work-years" type="number" min="0" max="60" step="0.5"
                        prop:value=move || s.plan_state.with(|p| p.work_years.to_string())
                        on:change=move |ev| {
                            let v = event_target_value(&ev).parse::<f64>().ok();
                            s.plan_state.update(|p| p.set_work_years(v));
                        }/>
                </label>
                // Chosen by name, never typed as a code: a code the engine does not know
                // would otherwise read as "no experience in the field".
                <label>{tr(lang, "ui.work_field")}
                    <select id="work-field"
                        prop:value=move || s.plan_state.with(|p| p.work_field.clone())
                        on:change=move |ev| s.plan_state.update(|p| p.set_work_field(&event_target_value(&ev)))>
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
