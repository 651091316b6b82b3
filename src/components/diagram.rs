//! The route diagram: steps as boxes left to right, recognition as labelled arrows into the
//! step it reduces. Geometry is computed here from engine values; the SVG has a text
//! alternative (title + the same facts as a list next to it).

use crate::i18n::{num, t, title, Lang};
use leptos::prelude::*;
use pathways_engine::route::Route;
use pathways_engine::Dataset;

const BOX_W: f64 = 150.0;
const BOX_H: f64 = 64.0;
const GAP: f64 = 56.0;

/// Text cut to `n` characters with an ellipsis (titles are long; the full one is in the list).
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

#[component]
pub fn RouteDiagram(route: Route, ds: std::sync::Arc<Dataset>, lang: Lang) -> impl IntoView {
    let n = route.steps.len().max(1) as f64;
    let width = n * BOX_W + (n - 1.0) * GAP + 20.0;
    let height = BOX_H + 50.0;
    let label = format!(
        "{}: {}",
        t(lang, "ui.diagram.alt"),
        route
            .steps
            .iter()
            .map(|s| title(&ds, lang, &s.offer))
            .collect::<Vec<_>>()
            .join(" → ")
    );
    let boxes = route.steps.iter().enumerate().map(|(i, s)| {
        let x = 10.0 + i as f64 * (BOX_W + GAP);
        let name = short(&title(&ds, lang, &s.offer), 19);
        let months = if s.unknown_months {
            "?".to_string()
        } else {
            num(lang, s.months, 0)
        };
        let sub = format!("{months} {} · {}/{} ECTS", t(lang, "ui.months"), num(lang, s.recognised_ects, 0), num(lang, s.credits_ects, 0));
        let arrow = (i > 0).then(|| {
            let x0 = x - GAP + 2.0;
            let rec: f64 = s.recognised_ects;
            let lbl = if rec > 0.0 { format!("+{} ECTS", num(lang, rec, 0)) } else { String::new() };
            view! {
                <line x1=x0 y1=BOX_H / 2.0 + 10.0 x2=x - 4.0 y2=BOX_H / 2.0 + 10.0 class="arrow" marker-end="url(#pp-arrowhead)"/>
                <text x=x0 + 2.0 y=BOX_H + 38.0 class="arrow-label">{lbl}</text>
            }
        });
        let first_rec = (i == 0 && s.recognised_ects > 0.0).then(|| view! {
            <text x=x + 4.0 y=BOX_H + 40.0 class="arrow-label">{format!("+{} ECTS", num(lang, s.recognised_ects, 0))}</text>
        });
        view! {
            {arrow}
            <rect x=x y=10.0 width=BOX_W height=BOX_H rx=6.0 class=if s.uncertain { "step-box uncertain" } else { "step-box" }/>
            <text x=x + 8.0 y=34.0 class="step-title">{name}</text>
            <text x=x + 8.0 y=56.0 class="step-sub">{sub}</text>
            {first_rec}
        }
    }).collect_view();
    let label2 = label.clone();
    view! {
        <svg class="route-diagram" role="img" aria-label=label2 viewBox=format!("0 0 {width} {height}") width=width height=height preserveAspectRatio="xMinYMin meet">
            <title>{label}</title>
            <defs>
                <marker id="pp-arrowhead" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto">
                    <path d="M0,0 L8,4 L0,8 z" class="arrowhead"/>
                </marker>
            </defs>
            {boxes}
        </svg>
    }
}
