//! The application shell: configuration, shared state, data loading and layout.

use crate::components::{
    constraints::ConstraintsPanel,
    counsellor::CounsellorPanel,
    explore::{ExplorePanel, ViewSwitch},
    goal::GoalPanel,
    have::HavePanel,
    header::Header,
    loader_panel::{LoadBar, LoaderPanel},
    print_summary::PrintSummary,
    routes::RoutesPanel,
};
use crate::i18n::{t, tr, Lang};
use crate::loader::{self, Loaded};
use crate::shared::{register_widget, Chrome, Mode, Shared};
use crate::state::{decode_plan, encode_plan, PlanState};
use leptos::prelude::*;
use pathways_engine::route::{explore, plan};
use pathways_engine::Dataset;
use std::sync::Arc;

/// Shows a visible message when the app panics, instead of leaving a blank page.
pub fn install_panic_banner() {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Pathways Planner panicked: {info}").into());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(el) = doc.create_element("div") {
                el.set_class_name("panic-banner");
                let _ = el.set_attribute("role", "alert");
                el.set_text_content(Some(&format!(
                    "Pathways Planner stopped because of an internal error. Reload the page; your plan is kept in the address bar. Details: {info}"
                )));
                if let Some(body) = doc.body() {
                    let _ = body.prepend_with_node_1(&el);
                }
            }
        }
    }));
}

/// Where the app runs and with what data.
#[derive(Clone, Debug)]
pub struct Config {
    pub data: Vec<String>,
    pub base: String,
    pub lang: Option<Lang>,
    pub goal: Option<String>,
    pub mode: Mode,
    /// Embedded as a custom element: no URL or <html lang> changes on the host page.
    pub widget: bool,
    /// Embedded in an iframe: origins allowed to exchange messages.
    pub origins: Vec<String>,
    /// Where the counsellor session is kept in localStorage. The full app uses the usual
    /// key; a widget keeps its session in memory unless the host opts in with
    /// `data-session-key`, and then under a key naming that instance, so the host site's
    /// storage never holds a learner's notes by default and two widgets never share one.
    pub session_key: Option<String>,
    /// A widget's instance number: its host element reaches the running app through it
    /// (see [`crate::shared::with_widget`]) to change the language or mode without losing the plan.
    pub instance: Option<u32>,
    pub show: Chrome,
    /// Countries the host fixed (`countries="DE AT"`): the plan keeps to them and the
    /// learner is not asked.
    pub countries: Vec<String>,
}

fn param(search: &str, key: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key)
            .then(|| js_sys::decode_uri_component(v).ok().map(String::from))
            .flatten()
    })
}

fn list(v: Option<String>) -> Vec<String> {
    v.map(|s| {
        s.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// "de, at" → ["AT", "DE"]: country codes as the data writes them, in one order.
fn countries(v: Option<String>) -> Vec<String> {
    let mut c: Vec<String> = list(v).iter().map(|x| x.to_ascii_uppercase()).collect();
    pathways_engine::order::sort(&mut c);
    c.dedup();
    c
}

impl Config {
    pub fn from_location() -> Self {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Config {
            data: list(param(&search, "data")),
            base: String::new(),
            lang: param(&search, "lang").and_then(|l| Lang::parse(&l)),
            goal: param(&search, "goal"),
            mode: Mode::parse(param(&search, "mode").as_deref()),
            widget: false,
            origins: list(param(&search, "origins")),
            session_key: Some(crate::state::SESSION_KEY.to_string()),
            instance: None,
            show: if param(&search, "embed").is_some() {
                Chrome::embedded(param(&search, "show").as_deref())
            } else {
                Chrome::ALL
            },
            countries: countries(param(&search, "countries")),
        }
    }

    /// The settings the `<pathways-planner>` element read from its attributes, as a plain
    /// object, read field by field (a serde struct here cost 1.3 KB of the gzipped bundle).
    pub fn from_widget(config: &wasm_bindgen::JsValue) -> Self {
        let text = |key: &str| {
            js_sys::Reflect::get(config, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let data = js_sys::Reflect::get(config, &"data".into())
            .ok()
            .filter(|v| v.is_array())
            .map(|v| {
                js_sys::Array::from(&v)
                    .iter()
                    .filter_map(|u| u.as_string())
                    .collect()
            })
            .unwrap_or_default();
        Config {
            data,
            base: text("base").unwrap_or_default(),
            lang: text("lang").as_deref().and_then(Lang::parse),
            goal: text("goal").filter(|g| !g.is_empty()),
            mode: Mode::parse(text("mode").as_deref()),
            widget: true,
            origins: Vec::new(),
            session_key: text("session_key")
                .filter(|k| !k.is_empty())
                .map(|k| format!("{}:widget:{k}", crate::state::SESSION_KEY)),
            instance: None,
            show: Chrome::embedded(text("show").as_deref()),
            countries: countries(text("countries")),
        }
    }
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    let today = loader::today();
    let (initial, url_problem) = if config.widget {
        (PlanState::default(), None)
    } else {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        match decode_plan(&hash) {
            Ok(Some(d)) if !d.dropped.is_empty() => {
                let msg = format!(
                    "Parts of the plan in the link could not be read and were left out: {}. Everything else is kept.",
                    d.dropped.join(", ")
                );
                (d.plan, Some(msg))
            }
            Ok(d) => (d.map(|d| d.plan).unwrap_or_default(), None),
            Err(e) => (PlanState::default(), Some(e)),
        }
    };
    let mut initial = initial;
    if initial.goal.is_none() {
        initial.goal = config.goal.clone();
    }
    if !config.countries.is_empty() {
        initial.countries = config.countries.clone();
    }
    let lang0 = initial.lang.or(config.lang).unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.navigator().language())
            .and_then(|l| Lang::parse(&l))
            .unwrap_or_default()
    });
    let session_key = config.session_key.clone();
    let (session0, quarantined) = match &session_key {
        Some(k) => crate::storage::load_session(k),
        None => (crate::storage::fresh(), None),
    };
    let compare0 = session0.compare.clone();
    let ds: RwSignal<Option<Arc<Dataset>>> = RwSignal::new(None);
    let plan_state = RwSignal::new(initial);
    let today_c = today.clone();
    // The questions sit between the plan and the answers: choosing or comparing a route,
    // or a note, changes the plan but not the question, so the search does not run again.
    let query = Memo::new(move |_| plan_state.with(|p| p.query(&today_c)));
    let result = Memo::new(move |_| {
        let ds = ds.get()?;
        query.with(|q| q.as_ref().map(|q| plan(&ds, q)))
    });
    let today_e = today.clone();
    let explore_query = Memo::new(move |_| {
        plan_state.with(|p| {
            p.shows_explore()
                .then(|| p.explore_query(&today_e))
                .flatten()
        })
    });
    let explored = Memo::new(move |_| {
        let ds = ds.get()?;
        explore_query.with(|q| q.as_ref().map(|q| explore(&ds, q)))
    });
    let s = Shared {
        explored,
        announce: RwSignal::new(String::new()),
        lang: RwSignal::new(lang0),
        // The stored session's view applies where the learner can switch it back: not in a
        // widget, nor in an iframe whose host hid the mode switch and chose the mode.
        mode: RwSignal::new(
            if session0.counsellor && !config.widget && config.show.mode {
                Mode::Counsellor
            } else {
                config.mode
            },
        ),
        ds,
        plan_state,
        session: RwSignal::new(session0),
        session_key: StoredValue::new(session_key),
        compare: RwSignal::new(compare0),
        load_errors: RwSignal::new(Vec::new()),
        notice: RwSignal::new(
            quarantined
                .map(|k| format!("{} {k}", t(lang0, "ui.storage.quarantine")))
                .or(url_problem),
        ),
        result,
        progress: RwSignal::new((0, 0)),
        loading: RwSignal::new(None),
        cancel: StoredValue::new(false),
        widget: config.widget,
        origins: StoredValue::new(config.origins.clone()),
        today: StoredValue::new(today.clone()),
        base: StoredValue::new(config.base.clone()),
        import_report: RwSignal::new(None),
        show: config.show,
        fixed_countries: !config.countries.is_empty(),
    };
    provide_context(s);
    if let Some(id) = config.instance {
        register_widget(id, s);
    }

    // German and French texts are fetched when first chosen (English is there from boot and shows
    // meanwhile); setting the language again once they are there re-renders every text.
    let base_l = config.base.clone();
    Effect::new(move |_| {
        let lang = s.lang.get();
        if crate::i18n::is_loaded(lang) {
            return;
        }
        let url = format!("{base_l}locales/{}.json", lang.code());
        leptos::task::spawn_local(async move {
            match loader::fetch_text(&url).await {
                Ok(text) => {
                    crate::i18n::install(lang, &text);
                    if s.lang.get_untracked() == lang {
                        s.lang.set(lang);
                    }
                }
                Err(e) => s.notice.set(Some(e)),
            }
        });
    });

    // Field names (ISCED-F) of the chosen language arrive after start; a field shows its
    // broad field's name meanwhile, and setting the language again re-renders.
    let base_f = config.base.clone();
    Effect::new(move |_| {
        let lang = s.lang.get();
        if crate::i18n::fields_loaded(lang) {
            return;
        }
        let url = format!("{base_f}locales/fields-{}.json", lang.code());
        leptos::task::spawn_local(async move {
            if let Ok(text) = loader::fetch_text(&url).await {
                crate::i18n::install_fields(lang, &text);
                if s.lang.get_untracked() == lang {
                    s.lang.set(lang);
                }
            }
        });
    });

    // Load the configured (or demo) datasets once.
    let (urls, base, today2) = (config.data.clone(), config.base.clone(), today.clone());
    let config_widget = config.widget;
    leptos::task::spawn_local(async move {
        let watch = loader::Watch {
            progress: &|p| s.loading.set(Some(p)),
            cancelled: &|| false,
        };
        let loaded = loader::load(
            urls,
            base,
            today2,
            !config_widget,
            move |i, n| s.progress.set((i, n)),
            watch,
        )
        .await;
        s.loading.set(None);
        match loaded {
            Loaded::Ok(d, report, missing) => {
                s.import_report.set(report);
                s.ds.set(Some(d));
                if !missing.is_empty() {
                    let lang = s.lang.get_untracked();
                    s.notice.set(Some(
                        t(lang, "ui.data.missing").replace("{files}", &missing.join(", ")),
                    ));
                }
            }
            Loaded::Invalid(errs) => s.load_errors.set(errs),
            Loaded::Cancelled => {}
        }
    });

    // Keep the URL and the page language in step with the plan (not when embedded: the
    // host page's URL and <html lang> are not ours).
    if !config.widget {
        // The address is written only once the learner changes something: a link that
        // could not be read whole stays as it was until then.
        let first: StoredValue<Option<String>> = StoredValue::new(None);
        Effect::new(move |_| {
            let mut p = s.plan_state.get();
            p.lang = Some(s.lang.get());
            let address = encode_plan(&p);
            if first.with_value(Option::is_none) {
                first.set_value(Some(address.clone()));
            }
            let unchanged = first.with_value(|f| f.as_deref() == Some(address.as_str()));
            if let Some(w) = web_sys::window() {
                if let (false, Ok(h)) = (unchanged, w.history()) {
                    let _ =
                        h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
                }
                if let Some(el) = w.document().and_then(|d| d.document_element()) {
                    let _ = el.set_attribute("lang", s.lang.get().code());
                }
            }
        });
        crate::components::embed::listen_for_host_messages(s);
    }
    // Comparison ticks are ids of the current answer's routes: after a new goal, ticks of
    // the old goal's routes would count against the limit of three and could never be
    // taken off.
    Effect::new(move |_| {
        s.result.with(|r| {
            if let Some(Ok(plan)) = r {
                let shown = |id: &String| plan.routes.iter().any(|r| &r.id == id);
                if !s.compare.with_untracked(|c| c.iter().all(shown)) {
                    s.compare.update(|c| c.retain(shown));
                }
            }
        });
    });
    // The view and the comparison are part of the session: a reload keeps them.
    Effect::new(move |_| {
        let counsellor = s.mode.get() == Mode::Counsellor;
        let compare = s.compare.get();
        if s.session
            .with_untracked(|x| x.counsellor != counsellor || x.compare != compare)
        {
            s.session.update(|x| {
                x.counsellor = counsellor;
                x.compare = compare;
            });
        }
    });
    Effect::new(move |_| {
        let sess = s.session.get();
        if let Some(k) = s.session_key.get_value() {
            crate::storage::save_session(&k, &sess);
        }
    });

    let lang = s.lang;
    let body = move || {
        view! {
                <Show
                    when=move || s.ds.get().is_some()
                    fallback=move || view! {
                        // While the data loads only the loading line shows, on a full
                        // screen of its own: nothing visible moves when the planner arrives
                        // (a dataset panel here was pushed down by the form: CLS 0.69).
                        <Show when=move || !s.load_errors.get().is_empty()>
                            <LoaderPanel/>
                        </Show>
                        <Show when=move || s.load_errors.get().is_empty()>
                            <p class="loading" role="status" aria-live="polite">
                                {move || {
                                    let (i, n) = s.progress.get();
                                    if let Some(p) = s.loading.get() {
                                        t(lang.get(), p.stage.key())
                                    } else if n > 0 && i >= n {
                                        t(lang.get(), "ui.checking")
                                    } else {
                                        format!("{} {i}/{n}", t(lang.get(), "ui.loading"))
                                    }
                                }}
                            </p>
                            {move || s.loading.get().map(|p| view! { <LoadBar p=p/> })}
                        </Show>
                    }
                >
                    <div class="pp-columns">
                        <div class="pp-inputs">
                            <HavePanel/>
                            <GoalPanel/>
                            <ConstraintsPanel/>
                        </div>
                        <div class="pp-results" id="results" tabindex="-1">
                            <PrintSummary/>
                            <Show when=move || s.mode.get() == Mode::Counsellor>
                                <CounsellorPanel/>
                            </Show>
                            <ViewSwitch/>
                            <Show when=move || s.plan_state.with(PlanState::shows_explore)
                                fallback=move || view! { <RoutesPanel/> }>
                                <ExplorePanel/>
                            </Show>
                        </div>
                    </div>
                    // Loading other data is for institutions and counsellors: below the
                    // answer, not between a learner's form and their results. Embedded,
                    // the host chose the data; the panel shows only when asked for.
                    <Show when=move || s.show.data><LoaderPanel/></Show>
                </Show>
        }
    };
    view! {
        <div class="pp-app" class:counsellor=move || s.mode.get() == Mode::Counsellor lang=move || s.lang.get().code()>
            // A button, not a link to "#results": in a widget that address would point into
            // the host page, where no such target exists.
            <button type="button" class="skip-link" on:click=skip_to_results>{tr(lang, "ui.skip")}</button>
            <Show when=move || s.show.title || s.show.language || s.show.mode>
                <Header/>
            </Show>
            <Show when=move || s.notice.get().is_some()>
                <p class="notice" role="status">{move || s.notice.get().unwrap_or_default()}</p>
            </Show>
            // A widget is a guest in the host page's <main>: no landmark of its own.
            <div id="main" role=(!s.widget).then_some("main")>{body()}</div>
            <Show when=move || !s.widget>
                <footer class="pp-footer">
                    <p>{tr(lang, "ui.share.hint")}</p>
                </footer>
            </Show>
        </div>
    }
}

/// The skip link moves focus to the results (explore or routes) without touching the address: in a widget the
/// address is the host page's, and the app keeps its plan there.
fn skip_to_results(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    let routes = crate::components::around(ev.target(), ".pp-app")
        .and_then(|app| app.query_selector("#results").ok().flatten())
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(r) = routes {
        let _ = r.focus();
    }
}
