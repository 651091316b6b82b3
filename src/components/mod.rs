//! UI components, one panel per file. They read and write the [`crate::shared::Shared`] state
//! and render engine values; no route or recognition logic lives here.

pub mod constraints;
pub mod counsellor;
pub mod diagram;
pub mod embed;
pub mod explore;
pub mod goal;
pub mod have;
pub mod header;
pub mod loader_panel;
pub mod print_summary;
pub mod routes;
pub mod search;

/// The nearest `ancestor` of an event's target. The app may live in a widget's shadow
/// root, where `document` does not see it: what a handler looks for is found from the
/// element that was clicked.
pub fn around(from: Option<web_sys::EventTarget>, ancestor: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    from?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(ancestor)
        .ok()?
}

/// Brings the routes to a newly chosen goal into view and says so: on a phone they are
/// below the form, and a screen reader hears where focus went.
pub fn show_routes(s: crate::shared::Shared, goal: &str, from: Option<web_sys::EventTarget>) {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let app = around(from, ".pp-app");
    let lang = s.lang.get_untracked();
    let name =
        s.ds.get_untracked()
            .map(|d| crate::i18n::title(&d, lang, goal))
            .unwrap_or_else(|| goal.to_string());
    s.announce
        .set(format!("{}: {name}", crate::i18n::t(lang, "ui.routes")));
    request_animation_frame(move || {
        let routes = app
            .and_then(|a| a.query_selector("#routes").ok().flatten())
            .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(r) = routes {
            r.scroll_into_view();
            let _ = r.focus();
        }
    });
}

/// Moves focus to `selector` in the same app once the view has re-rendered: a button that
/// replaces its own part of the page (an example learner, a what-if chip) would otherwise
/// drop a keyboard user back at the top of the page.
pub fn refocus(from: Option<web_sys::EventTarget>, selector: &'static str) {
    use wasm_bindgen::JsCast;
    let app = around(from, ".pp-app");
    leptos::prelude::request_animation_frame(move || {
        let el = app
            .and_then(|a| a.query_selector(selector).ok().flatten())
            .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}
