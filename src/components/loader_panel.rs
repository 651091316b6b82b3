use crate::i18n::{t, tr};
use crate::loader::{open_bytes, Loaded, Watch};
use crate::packload::{read_stream, Progress, Stage};
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
        if files.is_empty() || s.loading.get_untracked().is_some() {
            return;
        }
        s.cancel.set_value(false);
        // A notice is about the dataset being replaced (a cancelled load, missing files).
        s.notice.set(None);
        s.loading.set(Some(Progress {
            stage: Stage::Read,
            done: 0.0,
            total: 0.0,
        }));
        leptos::task::spawn_local(async move {
            let loaded = read_and_open(s, files).await;
            s.loading.set(None);
            match loaded {
                Loaded::Ok(d, report, _) => {
                    s.load_errors.set(Vec::new());
                    s.import_report.set(report);
                    s.ds.set(Some(d));
                }
                Loaded::Invalid(errs) => s.load_errors.set(errs),
                Loaded::Cancelled => {
                    s.notice
                        .set(Some(t(s.lang.get_untracked(), "ui.pack.cancelled")));
                }
            }
        });
        // The same file may be picked again after a cancel or a fix.
        input.set_value("");
    };
    view! {
        <section class="panel loader" aria-labelledby="dataset-h" role=s.region()>
            <h2 id="dataset-h">{tr(lang, "ui.dataset")}</h2>
            {move || s.ds.get().map(|d| view! { <p class="muted">{format!("{} {}", d.offers.len(), t(lang.get(), "ui.dataset.offers"))}</p> })}
            <label>{tr(lang, "ui.dataset.load")}
                <input id="dataset-file" type="file" accept="application/json,application/ld+json,.json,.jsonld,.pwpack" multiple on:change=on_file/>
            </label>
            {move || s.loading.get().map(|p| view! {
                <div class="pack-progress">
                    <LoadBar p=p/>
                    <button type="button" class="cancel-load" on:click=move |_| s.cancel.set_value(true)>
                        {tr(lang, "ui.pack.cancel")}
                    </button>
                </div>
            })}
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

/// Reads the picked files as their bytes arrive (a 100k-offer pack is about 190 MB) and
/// opens them; the cancel button stops either part.
async fn read_and_open(s: crate::shared::Shared, files: Vec<web_sys::File>) -> Loaded {
    let cancelled = move || s.cancel.get_value();
    let progress = move |p: Progress| s.loading.set(Some(p));
    let total: f64 = files.iter().map(|f| f.size()).sum();
    crate::packload::mark("read");
    let mut inputs = Vec::with_capacity(files.len());
    let mut before = 0.0;
    for f in files {
        let so_far = move |p: Progress| {
            progress(Progress {
                done: before + p.done,
                total,
                ..p
            })
        };
        let Some(bytes) = read_stream(&f.stream(), total, &so_far, &cancelled).await else {
            return if cancelled() {
                Loaded::Cancelled
            } else {
                Loaded::Invalid(vec![crate::loader::file_error(
                    &f.name(),
                    "unreadable",
                    "the file could not be read".into(),
                    "check that the file is still there and readable, then pick it again",
                )])
            };
        };
        before += bytes.len() as f64;
        inputs.push((f.name(), bytes));
    }
    let watch = Watch {
        progress: &progress,
        cancelled: &cancelled,
    };
    open_bytes(inputs, &s.base.get_value(), &s.today.get_value(), watch).await
}

/// The progress of opening a pack: which part runs, as a bar over the whole.
#[component]
pub fn LoadBar(p: Progress) -> impl IntoView {
    let lang = shared().lang;
    let label = move || {
        let l = lang.get();
        let amount = match p.stage {
            Stage::Read => format!("{:.1} MB", p.done / 1e6),
            Stage::Parse => format!("{} / {}", p.done as u64, p.total as u64),
            Stage::Index => format!("{} / {}", p.done as u64, p.total as u64),
        };
        format!("{} {amount}", t(l, p.stage.key()))
    };
    view! {
        <progress class="load-bar" max="1" value=p.fraction() aria-label=label></progress>
        <span class="load-stage">{label}</span>
    }
}
