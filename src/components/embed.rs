//! Talking to a host page: a DOM `CustomEvent` when embedded as a custom element, a
//! `postMessage` to the configured origins when embedded in an iframe. Messages from other
//! origins, or of an unknown shape, are ignored.

use crate::i18n::{title, Lang};
use crate::shared::Shared;
use leptos::prelude::*;
use pathways_engine::route::Route;
use wasm_bindgen::{JsCast, JsValue};

/// A figure as a host would show it: to two decimals (money to the cent). The engine's
/// arithmetic leaves binary fractions (1146.6666666666667) a host should not have to round.
fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Rounds every number in a JS object tree with [`cents`], in place. The payload is built
/// as JS values, not as a `serde_json::Value`: that value model would ship in the bundle for
/// this one event (and for reading host messages).
fn tidy(v: &JsValue) {
    if !v.is_object() {
        return;
    }
    for key in js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>()).iter() {
        let Ok(x) = js_sys::Reflect::get(v, &key) else {
            continue;
        };
        match x.as_f64() {
            Some(f) => {
                let _ = js_sys::Reflect::set(v, &key, &cents(f).into());
            }
            None => tidy(&x),
        }
    }
}

fn set(o: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(o, &key.into(), &value);
}

/// The route as the host receives it (docs/EMBEDDING.md, "Events").
fn summary(s: Shared, route: &Route) -> Option<JsValue> {
    let lang = s.lang.get_untracked();
    let ds = s.ds.get_untracked();
    let name = |id: &str| {
        ds.as_ref()
            .map(|d| title(d, lang, id))
            .unwrap_or_else(|| id.to_string())
    };
    let steps = js_sys::Array::new();
    for st in &route.steps {
        let o = js_sys::Object::new();
        set(&o, "offer", st.offer.as_str().into());
        set(&o, "title", name(&st.offer).into());
        set(&o, "months", st.months.into());
        set(&o, "cost_eur", st.cost_eur.into());
        set(&o, "recognised_ects", st.recognised_ects.into());
        set(&o, "studied_ects", st.studied_ects.into());
        steps.push(&o);
    }
    let v = js_sys::Object::new();
    set(&v, "route", route.id.as_str().into());
    set(
        &v,
        "goal",
        route
            .steps
            .last()
            .map_or(JsValue::NULL, |s| s.offer.as_str().into()),
    );
    set(&v, "steps", steps.into());
    let totals = serde_json::to_string(&route.totals).ok()?;
    set(&v, "totals", js_sys::JSON::parse(&totals).ok()?);
    let v: JsValue = v.into();
    tidy(&v);
    Some(v)
}

/// Tells the host which route the learner chose. In a widget the event starts at `from`
/// (the clicked button inside this widget's shadow root) and bubbles out to this widget's
/// own element only, so two widgets on one page never deliver each other's choices.
pub fn route_chosen(s: Shared, route: &Route, from: Option<web_sys::EventTarget>) {
    let Some(detail) = summary(s, route) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    if s.widget {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let (Ok(ev), Some(target)) = (
            web_sys::CustomEvent::new_with_event_init_dict("pathways:route-chosen", &init),
            from,
        ) {
            let _ = target.dispatch_event(&ev);
        }
        return;
    }
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let msg = js_sys::Object::new();
    set(&msg, "type", "pathways:route-chosen".into());
    set(&msg, "detail", detail);
    for origin in s.origins.get_value() {
        let _ = parent.post_message(&msg, &origin);
    }
}

/// In iframe mode: accept `pathways:set-lang` / `pathways:set-goal` only from listed origins.
/// The listener lives with the app (Leptos removes it when the app is unmounted).
pub fn listen_for_host_messages(s: Shared) {
    let handle = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        if !s.origins.get_value().iter().any(|o| o == &ev.origin()) {
            return;
        }
        // Read field by field: a message of another shape has no such fields.
        let data = ev.data();
        let text = |key: &str| {
            js_sys::Reflect::get(&data, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        match text("type").as_deref() {
            Some("pathways:set-lang") => {
                if let Some(l) = text("lang").as_deref().and_then(Lang::parse) {
                    s.lang.set(l);
                }
            }
            Some("pathways:set-goal") => {
                if let Some(g) = text("goal") {
                    s.plan_state.update(|p| p.choose_destination(&g));
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

#[cfg(test)]
mod tests {
    use super::cents;

    #[test]
    fn hosts_get_figures_rounded_to_the_cent() {
        assert_eq!(cents(1146.6666666666667), 1146.67);
        assert_eq!(cents(23.333333333333332), 23.33);
        assert_eq!(cents(35.0), 35.0);
        assert_eq!(cents(0.005), 0.01);
    }
}
