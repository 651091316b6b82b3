//! Pathways Planner browser app entry point.

mod app;
mod components;
mod i18n;
mod importer;
mod loader;
mod packload;
mod plan_changes;
mod shared;
mod state;
mod storage;

fn main() {
    app::install_panic_banner();
    // The widget script sets this flag before starting the module: it mounts the app into
    // its own shadow root instead (see `mount_widget`).
    let embedded = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__PATHWAYS_EMBED__".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if !embedded {
        let config = app::Config::from_location();
        wasm_bindgen_futures::spawn_local(async move {
            i18n::load_english(&config.base).await;
            // The static header and loading line of index.html paint before the wasm runs;
            // the app replaces them with the same layout.
            if let Some(boot) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("pp-boot"))
            {
                boot.remove();
            }
            leptos::mount::mount_to_body(move || app::App(app::AppProps { config }));
        });
    }
}

/// A planner mounted in a host page's `<pathways-planner>` element.
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct Widget {
    id: u32,
    /// The mounted app, once English has loaded; dropping it takes the app off the page.
    mounted: std::rc::Rc<std::cell::RefCell<Option<Box<dyn std::any::Any>>>>,
    /// Taken off before it finished mounting.
    gone: std::rc::Rc<std::cell::Cell<bool>>,
}

#[wasm_bindgen::prelude::wasm_bindgen]
impl Widget {
    /// The host changed the element's `lang`: the texts follow, the plan stays.
    pub fn set_lang(&self, code: &str) {
        if let Some(l) = i18n::Lang::parse(code) {
            shared::with_widget(self.id, |s| leptos::prelude::Set::set(&s.lang, l));
        }
    }

    /// The host changed the element's `mode`.
    pub fn set_mode(&self, mode: &str) {
        let m = shared::Mode::parse(Some(mode));
        shared::with_widget(self.id, |s| leptos::prelude::Set::set(&s.mode, m));
    }

    /// Takes the planner off the page (the element was removed, or its data changed).
    pub fn unmount(&self) {
        self.gone.set(true);
        drop(self.mounted.borrow_mut().take());
        shared::forget_widget(self.id);
    }
}

thread_local! {
    static NEXT_WIDGET: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Mounts the planner into `el` (the widget's shadow-root container) with the element's
/// settings: `{data: [urls], lang: "de", goal: "offer-id", mode: "learner|counsellor",
/// base, session_key, show, countries}`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(el: web_sys::HtmlElement, config: wasm_bindgen::JsValue) -> Widget {
    let id = NEXT_WIDGET.with(|n| n.replace(n.get() + 1));
    let mut config = app::Config::from_widget(&config);
    config.instance = Some(id);
    let widget = Widget {
        id,
        mounted: Default::default(),
        gone: Default::default(),
    };
    let (mounted, gone) = (widget.mounted.clone(), widget.gone.clone());
    wasm_bindgen_futures::spawn_local(async move {
        i18n::load_english(&config.base).await;
        if gone.get() {
            return;
        }
        let handle = leptos::mount::mount_to(el, move || app::App(app::AppProps { config }));
        *mounted.borrow_mut() = Some(Box::new(handle));
    });
    widget
}
