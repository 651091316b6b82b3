//! UI components, one panel per file. They read and write the [`crate::app::Shared`] state
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
