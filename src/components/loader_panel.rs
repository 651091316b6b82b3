use crate::i18n::{t, tr};
use crate::loader::{open, Loaded};
use crate::shared::shared;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Problems listed on the page; the rest are counted.
const SHOWN: usize = 100;

/// A problem with a data file in `lang`: what happened to which file, and where, and
/// whether the sentence is one of a whole file's. Problems of a whole file (not fetched,
/// not JSON, another format) have sentences of their own; a broken rule of the format is
/// the validator's message in `lang`.
fn said(lang: crate::i18n::Lang, d: &pathways_engine::validate::Diagnostic) -> (String, bool) {
    let file = d.file.rsplit('/').next().unwrap_or(&d.file);
    let key = format!("diag.{}", d.code);
    let whole = crate::i18n::has(lang, &key);
    let template = t(lang, if whole { &key } else { "diag.other" });
    let text = template
        .replace("{file}", file)
        .replace("{line}", &d.line.to_string())
        .replace("{column}", &d.column.to_string())
        .replace("{problem}", &crate::i18n::say(lang, &d.msg));
    (text, whole)
}

/// Loading another dataset from a file: validated first; on errors the current dataset and
/// the plan stay as they are and the problems are listed.
#[component]
pub fn LoaderPanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        leptos::task::spawn_local(async move {
            let mut inputs = Vec::new();
            for f in files {
                let text = wasm_bindgen_futures::JsFuture::from(f.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                inputs.push((f.name(), text));
            }
            match open(
                inputs,
                &s.base.get_value(),
                &s.today.get_value(),
                crate::loader::Origin::Outside,
            )
            .await
            {
                Loaded::Ok(d, report, _) => {
                    s.load_errors.set(Vec::new());
                    s.import_report.set(report);
                    s.ds.set(Some(d));
                }
                Loaded::Invalid(errs) => s.load_errors.set(errs),
            }
        });
    };
    view! {
        <section class="panel loader" aria-labelledby="dataset-h" role=s.region()>
            <h2 id="dataset-h">{tr(lang, "ui.dataset")}</h2>
            {move || s.ds.get().map(|d| view! { <p class="muted">{format!("{} {}", d.offers.len(), t(lang.get(), "ui.dataset.offers"))}</p> })}
            <label>{tr(lang, "ui.dataset.load")}
                <input id="dataset-file" type="file" accept="application/json,application/ld+json,.json,.jsonld" multiple on:change=on_file/>
            </label>
            {move || s.import_report.get().map(|r| {
                let text = s.ds.with(|d| d.as_ref().map(|d| crate::i18n::import_report(d, lang.get(), &r.report)));
                view! {
                <details class="import-report">
                    <summary>{format!("{}: {} · {} {} · {} {}", t(lang.get(), "ui.import.report"), r.files.join(", "), r.offers, t(lang.get(), "ui.dataset.offers"), r.losses, t(lang.get(), "ui.import.losses"))}</summary>
                    <p class="hint">{tr(lang, "ui.import.explain")}</p>
                    // Focusable: keyboard users must be able to scroll a long report.
                    <pre tabindex="0" aria-label=t(lang.get(), "ui.import.report")>{text}</pre>
                </details>
            }})}
            <Show when=move || !s.load_errors.get().is_empty()>
                <div class="errors" role="alert">
                    // Nothing loaded yet (a link that failed): there is no plan or dataset to keep.
                    <p>{move || t(lang.get(), if s.ds.with(Option::is_none) { "ui.dataset.errors_first" } else { "ui.dataset.errors" })}</p>
                    <ul>
                        // The first problems are what a publisher fixes first; ten thousand
                        // list items would freeze the page for no reader.
                        // What went wrong and how to fix it in the reader's language; the
                        // position, rule code and path (and a whole file's technical detail:
                        // a server's answer, the parser's words) one click away.
                        {move || s.load_errors.get().into_iter().take(SHOWN).map(|d| {
                            let l = lang.get();
                            let (text, whole) = said(l, &d);
                            let detail = if whole { crate::i18n::say(l, &d.msg) } else { format!("[{}]", d.code) };
                            view! {
                            <li>{text}
                                <details class="diag-detail">
                                    <summary>{t(l, "ui.diag.details")}</summary>
                                    <code>{format!("{}:{}:{}", d.file, d.line, d.column)}</code>" "{detail}" ("<code>{d.path.clone()}</code>")"
                                    {d.hint.as_ref().map(|h| view! { <br/><span class="hint">{crate::i18n::say(l, h)}</span> })}
                                </details>
                            </li>
                        }}).collect_view()}
                    </ul>
                    {move || {
                        let more = s.load_errors.with(Vec::len).saturating_sub(SHOWN);
                        (more > 0).then(|| view! { <p class="more">{format!("{more} {}", t(lang.get(), "ui.dataset.more"))}</p> })
                    }}
                </div>
            </Show>
        </section>
    }
}
