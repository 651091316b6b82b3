//! Talking to a host page: a DOM `CustomEvent` when embedded as a custom element, a
//! `postMessage` to the configured origins when embedded in an iframe. Messages from other
//! origins, or of an unknown shape, are ignored.

use crate::i18n::{title, Lang};
use crate::shared::Shared;
use leptos::prelude::*;
use pathways_engine::route::Route;

/// Figures as a host would show them: to two decimals (money to the cent). The
/// engine's arithmetic leaves binary fractions (1146.6666666666667) a host should not have
/// to round.
/// In place: rebuilding the maps would bring B-tree removal code into the bundle.
fn tidy(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Number(n) if n.is_f64() => {
            if let Some(r) = n
                .as_f64()
                .and_then(|x| serde_json::Number::from_f64((x * 100.0).round() / 100.0))
            {
                *n = r;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(tidy),
        Value::Object(o) => o.values_mut().for_each(tidy),
        _ => {}
    }
}

fn summary(s: Shared, route: &Route) -> serde_json::Value {
    let lang = s.lang.get_untracked();
    let ds = s.ds.get_untracked();
    let name = |id: &str| {
        ds.as_ref()
            .map(|d| title(d, lang, id))
            .unwrap_or_else(|| id.to_string())
    };
    let mut v = serde_json::json!({
        "route": route.id,
        "goal": route.steps.last().map(|s| s.offer.clone()),
        "steps": route.steps.iter().map(|st| serde_json::json!({
            "offer": st.offer, "title": name(&st.offer), "months": st.months, "cost_eur": st.cost_eur,
            "recognised_ects": st.recognised_ects, "studied_ects": st.studied_ects,
        })).collect::<Vec<_>>(),
        "totals": route.totals,
    });
    tidy(&mut v);
    v
}

/// Tells the host which route the learner chose. In a widget the event starts at `from`
/// (the clicked button inside this widget's shadow root) and bubbles out to this widget's
/// own element only, so two widgets on one page never deliver each other's choices.
pub fn route_chosen(s: Shared, route: &Route, from: Option<web_sys::EventTarget>) {
    let detail = summary(s, route);
    let Ok(js) = js_sys::JSON::parse(&detail.to_string()) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    if s.widget {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&js);
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
    let msg = serde_json::json!({"type": "pathways:route-chosen", "detail": detail});
    let Ok(js) = js_sys::JSON::parse(&msg.to_string()) else {
        return;
    };
    for origin in s.origins.get_value() {
        let _ = parent.post_message(&js, &origin);
    }
}

/// In iframe mode: accept `pathways:set-lang` / `pathways:set-goal` only from listed origins.
/// The listener lives with the app (Leptos removes it when the app is unmounted).
pub fn listen_for_host_messages(s: Shared) {
    let handle = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        if !s.origins.get_value().iter().any(|o| o == &ev.origin()) {
            return;
        }
        let data = js_sys::JSON::stringify(&ev.data())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&data) else {
            return;
        };
        match v.get("type").and_then(|t| t.as_str()) {
            Some("pathways:set-lang") => {
                if let Some(l) = v.get("lang").and_then(|l| l.as_str()).and_then(Lang::parse) {
                    s.lang.set(l);
                }
            }
            Some("pathways:set-goal") => {
                if let Some(g) = v.get("goal").and_then(|g| g.as_str()) {
                    s.plan_state.update(|p| p.choose_destination(g));
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn hosts_get_figures_rounded_to_the_cent() {
        let mut v = serde_json::json!({
            "cost_eur": 1146.6666666666667,
            "steps": [{"months": 23.333333333333332, "ects": 5}],
            "id": "r1"
        });
        tidy(&mut v);
        assert_eq!(
            v,
            serde_json::json!({
                "cost_eur": 1146.67,
                "steps": [{"months": 23.33, "ects": 5}],
                "id": "r1"
            })
        );
    }
}
