//! Explore: where what the learner holds can take them. A map (EQF level by sector, one
//! mark per destination, sized by the routes that lead there), the same destinations as a
//! list, what-if chips, and example learners for a first visit. Everything shown comes
//! from `route::explore`; this file only lays it out.

use crate::i18n::{eur, render, span, t, title, tr, Lang};
use crate::shared::{shared, Shared};
use crate::state::PlanState;
use leptos::prelude::*;
use pathways_engine::route::{Destination, Exploration, Sector};
use pathways_engine::Dataset;
use std::sync::Arc;

/// Destinations listed before "show all".
const LIST_FIRST: usize = 20;

/// The example learners of the start page: (label key, held, work years, work field).
const EXAMPLES: [(&str, &[&str], f64, &str); 3] = [
    ("ui.example.it", &["de-vet-0613"], 3.0, "0613"),
    ("ui.example.bts", &["fr-bts-0613"], 0.0, ""),
    ("ui.example.care", &[], 5.0, "0913"),
];

fn sector_key(s: Sector) -> &'static str {
    match s {
        Sector::Vet => "ui.sector.vet",
        Sector::HigherEducation => "ui.sector.higher_education",
        Sector::AdultLearning => "ui.sector.adult_learning",
        Sector::MicroCredential => "ui.sector.micro_credential",
    }
}

/// Opens a destination's routes and brings them into view.
fn open_routes(s: Shared, offer: String, from: Option<web_sys::EventTarget>) {
    s.plan_state.update(|p| p.choose_destination(&offer));
    super::show_routes(s, &offer, from);
}

/// Explore or routes, and the hypothetical assumption if one is on. Shown above both views.
#[component]
pub fn ViewSwitch() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let has_goal = move || {
        s.plan_state
            .with(|p| p.goal.is_some() || p.goal_credential.is_some())
    };
    let exploring = move || s.plan_state.with(PlanState::shows_explore);
    view! {
        <p class="sr-only" role="status" aria-live="polite">{move || s.announce.get()}</p>
        <Show when=has_goal>
            <div class="view-switch" role="group" aria-label=tr(lang, "ui.view")>
                <button type="button" id="view-explore" aria-pressed=move || exploring().to_string()
                    on:click=move |_| s.plan_state.update(|p| p.show_explore(true))>{tr(lang, "ui.view.explore")}</button>
                <button type="button" id="view-routes" aria-pressed=move || (!exploring()).to_string()
                    on:click=move |_| s.plan_state.update(|p| p.show_explore(false))>{tr(lang, "ui.view.routes")}</button>
            </div>
        </Show>
        {move || {
            let change = s.plan_state.with(|p| p.what_if.clone())?;
            let ds = s.ds.get()?;
            let l = lang.get();
            Some(view! {
                <p class="hypothetical" id="what-if-on">
                    <strong>{t(l, "ui.whatif.assuming")}</strong>" "
                    <span>{render(&ds, l, &change.msg())}</span>" "
                    <button type="button" class="linklike" on:click=move |_| s.plan_state.update(|p| p.assume(None))>
                        {t(l, "ui.whatif.remove")}
                    </button>
                </p>
            })
        }}
    }
}

#[component]
pub fn ExplorePanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    let show_all = RwSignal::new(false);
    view! {
        <section id="explore" class="panel explore" aria-labelledby="explore-h" tabindex="-1" role=s.region()>
            <h2 id="explore-h">{tr(lang, "ui.explore")}</h2>
            {move || {
                let ds = s.ds.get()?;
                let l = lang.get();
                Some(match s.explored.get() {
                    None => view! { <Examples/> }.into_any(),
                    Some(Err(e)) => view! { <p class="error" role="alert">{render(&ds, l, &e.msg)}</p> }.into_any(),
                    Some(Ok(x)) if x.destinations.is_empty() => view! {
                        <p role="status">{t(l, "ui.explore.nothing")}</p>
                        <WhatIfChips x=Arc::new(x) ds=ds.clone() lang=l/>
                    }.into_any(),
                    Some(Ok(x)) => {
                        let x = Arc::new(x);
                        view! {
                            <p class="explore-count" role="status">
                                {t(l, "ui.explore.count").replace("{n}", &x.destinations.len().to_string())}
                            </p>
                            {x.notices.iter().map(|m| view! { <p class="plan-notice">{render(&ds, l, m)}</p> }).collect_view()}
                            <WhatIfChips x=x.clone() ds=ds.clone() lang=l/>
                            <ExploreMap x=x.clone() ds=ds.clone() lang=l/>
                            <DestinationList x=x ds=ds show_all=show_all lang=l/>
                        }.into_any()
                    }
                })
            }}
        </section>
    }
}

/// Three learners to begin from, so a first visit shows an answer in one tap.
#[component]
fn Examples() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    view! {
        <p>{tr(lang, "ui.explore.start")}</p>
        <h3>{tr(lang, "ui.examples")}</h3>
        <ul class="examples">
            // An institution's own data may not hold an example's qualification: only the
            // examples its data can answer are offered.
            {EXAMPLES.iter().filter(|(_, held, _, _)| {
                s.ds.with_untracked(|ds| ds.as_ref().is_some_and(|ds| held.iter().all(|c| ds.credential(c).is_some())))
            }).map(|&(key, held, years, field)| view! {
                <li><button type="button" class="example" data-example=key
                    on:click=move |ev| {
                        s.plan_state.update(|p| p.start_from(held, years, field));
                        super::refocus(ev.target(), "#explore");
                    }>
                    {tr(lang, key)}
                </button></li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn WhatIfChips(x: Arc<Exploration>, ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let s = shared();
    (!x.what_if.is_empty()).then(|| {
        view! {
            <div class="what-if">
                <h3 id="what-if-h">{t(lang, "ui.whatif")}</h3>
                <ul class="what-if-list" aria-labelledby="what-if-h">
                    {x.what_if.iter().take(6).map(|w| {
                        let change = w.change.clone();
                        let label = format!(
                            "{}: {}",
                            render(&ds, lang, &w.change.msg()),
                            t(lang, "ui.whatif.opens").replace("{n}", &w.opens.len().to_string())
                        );
                        view! { <li><button type="button" class="what-if-chip"
                            on:click=move |ev| {
                                s.plan_state.update(|p| p.assume(Some(change.clone())));
                                super::refocus(ev.target(), "#explore");
                            }>{label}</button></li> }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// Rows of the map, top to bottom: EQF 8 to 1, then offers without a level.
const ROWS: [u8; 9] = [8, 7, 6, 5, 4, 3, 2, 1, 0];
const ROW_H: f64 = 34.0;
const COL_W: f64 = 130.0;
const LEFT: f64 = 80.0;
const TOP: f64 = 26.0;

#[component]
fn ExploreMap(x: Arc<Exploration>, ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let s = shared();
    let width = LEFT + COL_W * Sector::ALL.len() as f64;
    let height = TOP + ROW_H * ROWS.len() as f64;
    let row_of = |eqf: Option<u8>| {
        let e = eqf.unwrap_or(0).min(8);
        ROWS.iter().position(|&r| r == e).unwrap_or(ROWS.len() - 1)
    };
    let here = row_of(Some(x.current_eqf));
    let mut marks = Vec::new();
    for (ci, sector) in Sector::ALL.iter().enumerate() {
        for (ri, _) in ROWS.iter().enumerate() {
            let cell: Vec<&Destination> = x
                .destinations
                .iter()
                .filter(|d| d.sector == *sector && row_of(d.eqf) == ri)
                .collect();
            if cell.is_empty() {
                continue;
            }
            // Packed in a grid that fills the cell: a cell may hold 80 destinations.
            let n = cell.len() as f64;
            let (w, h) = (COL_W - 8.0, ROW_H - 6.0);
            let cols = (n * w / h).sqrt().ceil().max(1.0);
            let rows = (n / cols).ceil().max(1.0);
            let size = (w / cols).min(h / rows);
            for (k, d) in cell.into_iter().enumerate() {
                let (c, r) = ((k as f64) % cols, ((k as f64) / cols).floor());
                let cx = LEFT + ci as f64 * COL_W + 4.0 + size * (c + 0.5);
                let cy = TOP + ri as f64 * ROW_H + 3.0 + size * (r + 0.5);
                let weight = (d.routes.min(5) as f64) / 5.0;
                let radius = (size / 2.0 - 0.5).max(1.0) * (0.55 + 0.45 * weight);
                let offer = d.offer.clone();
                let name = title(&ds, lang, &d.offer);
                marks.push(view! {
                    <circle class=format!("mark {}", sector.key()) cx=format!("{cx:.1}") cy=format!("{cy:.1}")
                        r=format!("{radius:.1}") data-offer=d.offer.clone()
                        on:click=move |ev| open_routes(s, offer.clone(), ev.target())>
                        <title>{name}</title>
                    </circle>
                });
            }
        }
    }
    let label = t(lang, "ui.explore.map").replace("{n}", &x.destinations.len().to_string());
    view! {
        <figure class="explore-map">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-label=label
                preserveAspectRatio="xMinYMin meet">
                <rect class="here" x="0" y=format!("{}", TOP + here as f64 * ROW_H) width=format!("{width}") height=format!("{ROW_H}")/>
                {ROWS.iter().enumerate().map(|(ri, &r)| {
                    let y = TOP + ri as f64 * ROW_H + ROW_H / 2.0 + 4.0;
                    let text = if r == 0 { t(lang, "ui.explore.no_level") } else { format!("EQF {r}") };
                    view! { <text class="row-label" x="4" y=format!("{y:.1}")>{text}</text> }
                }).collect_view()}
                {Sector::ALL.iter().enumerate().map(|(ci, &sec)| {
                    let x0 = LEFT + ci as f64 * COL_W;
                    view! {
                        <line class="col-line" x1=format!("{x0}") y1=format!("{TOP}") x2=format!("{x0}") y2=format!("{height}")/>
                        <text class="col-label" x=format!("{:.1}", x0 + 4.0) y="16">{t(lang, sector_key(sec))}</text>
                    }
                }).collect_view()}
                {marks}
            </svg>
            // On a phone the map is drawn at half size: the sector names move out of the
            // drawing into this legend, at the page's text size.
            <ul class="map-legend" aria-hidden="true">
                {Sector::ALL.iter().map(|&sec| view! {
                    <li><span class=format!("dot {}", sec.key())></span>{t(lang, sector_key(sec))}</li>
                }).collect_view()}
            </ul>
            <figcaption>{t(lang, "ui.explore.here")}</figcaption>
        </figure>
    }
}

#[component]
fn DestinationList(
    x: Arc<Exploration>,
    ds: Arc<Dataset>,
    show_all: RwSignal<bool>,
    lang: Lang,
) -> impl IntoView {
    let s = shared();
    let total = x.destinations.len();
    let x2 = x.clone();
    let more = move || total > LIST_FIRST && !show_all.get();
    let items = move || {
        let n = if show_all.get() { total } else { LIST_FIRST };
        x2.destinations
            .iter()
            .take(n)
            .map(|d| {
                let offer = d.offer.clone();
                let (b, p) = (&d.binding, &d.possible);
                let months = if d.unknown_months {
                    t(lang, "ui.months_unknown")
                } else {
                    format!("{} {}", span(lang, p.months, b.months, 1), t(lang, "ui.months"))
                };
                let cost = if d.unknown_cost {
                    t(lang, "ui.cost_unknown")
                } else {
                    eur(lang, &span(lang, p.cost_eur, b.cost_eur, 0))
                };
                let via = (d.route.len() > 1).then(|| {
                    let before: Vec<String> = d.route[..d.route.len() - 1]
                        .iter()
                        .map(|o| title(&ds, lang, o))
                        .collect();
                    format!("{} {}", t(lang, "ui.explore.via"), before.join(" → "))
                });
                let level = d.eqf.map_or_else(|| t(lang, "ui.explore.no_level"), |e| format!("EQF {e}"));
                view! {
                    <li class="destination" data-offer=d.offer.clone()>
                        <button type="button" class="linklike dest-title"
                            on:click=move |ev| open_routes(s, offer.clone(), ev.target())>
                            {title(&ds, lang, &d.offer)}
                        </button>
                        <span class="dest-meta">
                            {format!("{level} · {} · {months} · {cost}", t(lang, sector_key(d.sector)))}
                            {d.open_now.then(|| view! { " · " <strong class="open-now">{t(lang, "ui.explore.open_now")}</strong> })}
                            {(d.routes > 1).then(|| format!(" · {} {}", d.routes, t(lang, "ui.explore.routes")))}
                        </span>
                        {via.map(|v| view! { <span class="dest-via">{v}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="dest-h">{t(lang, "ui.explore.list")}</h3>
        <ol class="destinations" aria-labelledby="dest-h">{items}</ol>
        <Show when=more>
            <button type="button" id="show-all" on:click=move |_| show_all.set(true)>
                {t(lang, "ui.explore.show_all").replace("{n}", &total.to_string())}
            </button>
        </Show>
    }
}
