//! Pathways Planner browser app entry point.

mod app;
mod components;
mod i18n;
mod importer;
mod loader;
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

/// Mounts the planner into `el` (the widget's shadow-root container) with a JSON config:
/// `{"data": [urls], "lang": "de", "goal": "offer-id", "mode": "learner|counsellor"}`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(el: web_sys::HtmlElement, config: &str) {
    let config = app::Config::from_widget(config);
    wasm_bindgen_futures::spawn_local(async move {
        i18n::load_english(&config.base).await;
        let handle = leptos::mount::mount_to(el, move || app::App(app::AppProps { config }));
        handle.forget();
    });
}
