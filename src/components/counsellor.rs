use crate::i18n::{render, t, tr};
use crate::shared::shared;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers a file for download without sending anything anywhere.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(a) = doc.create_element("a") {
            if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
                a.set_href(&url);
                a.set_download(name);
                a.click();
            }
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn CounsellorPanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let checklist = move || {
        let ds = s.ds.get()?;
        let chosen = s.plan_state.with(|p| p.chosen.clone());
        let plan = s.result.get()?.ok()?;
        let route = plan
            .routes
            .iter()
            .find(|r| Some(&r.id) == chosen.as_ref())
            .or(plan.routes.first())?
            .clone();
        let items: Vec<String> = route
            .steps
            .iter()
            .flat_map(|st| st.prepare.iter().map(|m| render(&ds, lang.get(), m)))
            .collect();
        Some(items)
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            match crate::state::read_export(&text) {
                Ok((session, plan)) => {
                    // Replacing notes is not undoable: ask first, and keep what is replaced.
                    let current = s.session.get_untracked();
                    let has_work = !current.notes.is_empty()
                        || !current.label.is_empty()
                        || !current.route_notes.is_empty();
                    let confirmed = !has_work
                        || web_sys::window()
                            .and_then(|w| {
                                w.confirm_with_message(&t(
                                    lang.get_untracked(),
                                    "ui.counsellor.replace",
                                ))
                                .ok()
                            })
                            .unwrap_or(false);
                    if !confirmed {
                        return;
                    }
                    if let (true, Some(k)) = (has_work, s.session_key.get_value()) {
                        crate::storage::keep_aside(&k, &current);
                    }
                    s.session.set(session);
                    s.plan_state.set(plan);
                }
                Err(e) => s.notice.set(Some(format!(
                    "{}: {e}",
                    t(lang.get_untracked(), "ui.error")
                ))),
            }
        });
    };
    view! {
        <section class="panel counsellor-panel" aria-labelledby="session-h" role=s.region()>
            <h2 id="session-h">{tr(lang, "ui.counsellor.session")}</h2>
            <label>{tr(lang, "ui.counsellor.label")}
                <input id="learner-label" type="text" autocomplete="off"
                    prop:value=move || s.session.with(|x| x.label.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s.session.update(|x| x.label = v); }/>
            </label>
            <label>{tr(lang, "ui.counsellor.notes")}
                <textarea id="session-notes" rows="4"
                    prop:value=move || s.session.with(|x| x.notes.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s.session.update(|x| x.notes = v); }></textarea>
            </label>
            <h3>{tr(lang, "ui.counsellor.checklist")}</h3>
            <ul class="checklist">
                {move || checklist().unwrap_or_default().into_iter().map(|i| {
                    let (key, key2) = (i.clone(), i.clone());
                    view! { <li><label class="check"><input type="checkbox"
                        prop:checked=move || s.session.with(|x| x.done.contains(&key))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let k = key2.clone();
                            s.session.update(|x| { x.done.retain(|d| d != &k); if on { x.done.push(k); } });
                        }/>{i}</label></li> }
                }).collect_view()}
            </ul>
            <div class="row">
                <button type="button" id="print" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>{tr(lang, "ui.counsellor.print")}</button>
                <button type="button" id="export" on:click=move |_| {
                    #[derive(serde::Serialize)]
                    struct Export { session: crate::state::Session, plan: crate::state::PlanState }
                    let doc = Export { session: s.session.get_untracked(), plan: s.plan_state.get_untracked() };
                    if let Ok(text) = serde_json::to_string(&doc) { download("pathways-session.json", &text); }
                }>{tr(lang, "ui.counsellor.export")}</button>
                <label class="file">{tr(lang, "ui.counsellor.import")}
                    <input type="file" accept="application/json,.json" on:change=import/>
                </label>
                <button type="button" id="clear-session" class="danger" on:click=move |_| {
                    // The stored copy follows (an empty session replaces it).
                    s.session.set(crate::state::Session {
                        counsellor: true,
                        ..crate::storage::fresh()
                    });
                    s.plan_state.set(Default::default());
                    s.compare.set(Vec::new());
                }>{tr(lang, "ui.counsellor.clear")}</button>
            </div>
        </section>
    }
}
