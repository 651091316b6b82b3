use super::diagram::RouteDiagram;
use crate::i18n::{eur, num, render, span, t, title, tr, Lang};
use crate::shared::{shared, Mode, Shared};
use leptos::prelude::*;
use pathways_engine::route::{off_ramps, Known, Route, Step, Totals};
use pathways_engine::{Certainty, Dataset};
use std::sync::Arc;

fn safe_url(u: &str) -> Option<String> {
    (u.starts_with("https://") || u.starts_with("http://")).then(|| u.to_string())
}

#[component]
pub fn RoutesPanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    view! {
        <section id="routes" class="panel routes" aria-labelledby="routes-h" tabindex="-1" role=s.region()>
            <h2 id="routes-h">{tr(lang, "ui.routes")}</h2>
            {move || {
                let ds = s.ds.get()?;
                let l = lang.get();
                Some(match s.result.get() {
                    None => view! { <p class="muted">{t(l, "ui.routes.none_yet")}</p> }.into_any(),
                    Some(Err(e)) => view! { <p class="error" role="alert">{render(&ds, l, &e.msg)}</p> }.into_any(),
                    Some(Ok(plan)) if plan.routes.is_empty() => {
                        let nr = plan.no_route.unwrap_or_else(|| pathways_engine::route::NoRoute { blocking: vec![], alternatives: vec![] });
                        let ds2 = ds.clone();
                        view! {
                            <div class="no-route" role="status">
                                <p><strong>{t(l, "ui.no_route")}</strong></p>
                                <h3>{t(l, "ui.blocking")}</h3>
                                <ul>{nr.blocking.iter().map(|m| view! { <li>{render(&ds, l, m)}</li> }).collect_view()}</ul>
                                <Show when={let a = nr.alternatives.clone(); move || !a.is_empty()}>
                                    <h3>{t(l, "ui.alternatives")}</h3>
                                </Show>
                                <ul>{nr.alternatives.iter().map(|a| {
                                    let a2 = a.clone();
                                    view! { <li><button type="button" class="linklike" on:click=move |_| s.plan_state.update(|p| p.choose_destination(&a2))>{title(&ds2, l, a)}</button></li> }
                                }).collect_view()}</ul>
                            </div>
                        }.into_any()
                    }
                    // The cards are built once per answer: a comparison tick, a chosen route
                    // or a note changes neither the question nor the answer, so no card is
                    // rebuilt and an open explanation stays open.
                    Some(Ok(plan)) => {
                        let notices = plan.notices.clone();
                        view! {
                            {(!notices.is_empty()).then(|| view! {
                                <div class="notices" role="status">
                                    {notices.iter().map(|m| view! { <p class="plan-notice">{render(&ds, l, m)}</p> }).collect_view()}
                                </div>
                            })}
                            <ol class="route-list">
                                {plan.routes.into_iter().enumerate().map(|(i, r)| view! { <li><RouteCard route=r index=i + 1 ds=ds.clone()/></li> }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                })
            }}
            {move || {
                let ds = s.ds.get()?;
                let compare = s.compare.get();
                let cmp: Vec<Route> = s.result.with(|r| match r {
                    Some(Ok(plan)) => plan.routes.iter().filter(|r| compare.contains(&r.id)).cloned().collect(),
                    _ => Vec::new(),
                });
                (cmp.len() >= 2).then(|| view! { <Compare routes=cmp ds=ds lang=lang.get()/> })
            }}
        </section>
    }
}

#[component]
fn Compare(routes: Vec<Route>, ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let row = |key: &str, f: &dyn Fn(&Route) -> String| {
        view! { <tr><th scope="row">{t(lang, key)}</th>{routes.iter().map(|r| view! { <td>{f(r)}</td> }).collect_view()}</tr> }
    };
    view! {
        <section class="compare" aria-labelledby="compare-h" role=shared().region()>
            <h3 id="compare-h">{t(lang, "ui.compare.title")}</h3>
            <table>
                <thead><tr><td></td>{routes.iter().map(|r| view! { <th scope="col">{r.steps.iter().map(|s| title(&ds, lang, &s.offer)).collect::<Vec<_>>().join(" → ")}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {row("ui.crit.duration", &|r| total_months(&r.totals, lang))}
                    {row("ui.crit.cost", &|r| total_cost(&r.totals, lang))}
                    {row("ui.crit.workload", &|r| format!("{} ECTS", num(lang, r.totals.workload_ects, 0)))}
                    {row("ui.crit.recognised", &|r| format!("{} ECTS", total_recognised(&r.totals, lang)))}
                    {row("ui.crit.steps", &|r| r.totals.steps.to_string())}
                    {row("ui.crit.uncertainty", &|r| r.totals.uncertain_steps.to_string())}
                </tbody>
            </table>
        </section>
    }
}

/// A total that leaves out steps whose value the data does not give: "unknown" when none is
/// known, otherwise the known part marked "+ unknown" (it is a lower bound).
fn partial(known: String, k: Known, l: Lang) -> String {
    match k {
        Known::All => known,
        Known::None => t(l, "ui.unknown"),
        Known::Part => format!("{known} {}", t(l, "ui.plus_unknown")),
    }
}

fn total_months(tt: &Totals, l: Lang) -> String {
    let known = format!(
        "{} {}",
        span(l, tt.possible.months, tt.binding.months, 1),
        t(l, "ui.months")
    );
    partial(known, tt.months_known(), l)
}

fn total_cost(tt: &Totals, l: Lang) -> String {
    partial(
        eur(l, &span(l, tt.possible.cost_eur, tt.binding.cost_eur, 0)),
        tt.cost_known(),
        l,
    )
}

fn total_recognised(tt: &Totals, l: Lang) -> String {
    span(
        l,
        tt.binding.recognised_ects,
        tt.possible.recognised_ects,
        0,
    )
}

fn known_or(unknown: bool, known: String, unknown_key: &str, l: Lang) -> String {
    if unknown {
        t(l, unknown_key)
    } else {
        known
    }
}

fn credit_bar(r: &Route, lang: Lang) -> impl IntoView {
    let total = (r.totals.recognised_ects + r.totals.workload_ects).max(1.0);
    let pct = (r.totals.recognised_ects / total * 100.0).round();
    view! {
        <div class="credit-bar" role="img" aria-label=format!("{} {} / {} {}", num(lang, r.totals.recognised_ects, 0), t(lang, "ui.ects_recognised"), num(lang, r.totals.workload_ects, 0), t(lang, "ui.ects_studied"))>
            <span class="recognised" style:width=format!("{pct}%")></span>
        </div>
    }
}

#[component]
fn RouteCard(route: Route, index: usize, ds: Arc<Dataset>) -> impl IntoView {
    let s: Shared = shared();
    let lang = s.lang;
    let id = route.id.clone();
    let r = route.clone();
    let ds2 = ds.clone();
    let id_cmp = id.clone();
    let id_choose = id.clone();
    let chosen = {
        let id = id.clone();
        Memo::new(move |_| {
            s.plan_state
                .with(|p| p.chosen.as_deref() == Some(id.as_str()))
        })
    };
    let id_note = id.clone();
    let id_note2 = id.clone();
    let id_pin = id.clone();
    let id_pin2 = id.clone();
    // What a learner who stops part-way holds: the query is the one that planned this
    // route, so the card is rebuilt whenever it changes.
    let ramps = s
        .plan_state
        .with_untracked(|p| p.query(&s.today.get_value()))
        .and_then(|q| off_ramps(&ds, &q, &route).ok())
        .unwrap_or_default();
    view! {
        <article class="route-card" data-route=id.clone() class:chosen=chosen>
            {move || {
                let l = lang.get();
                let tt = &r.totals;
                view! {
                    <h3>{format!("{} {index}", t(l, "ui.route"))}
                        // Uncertain when a step waits on a jury or when an assessment
                        // may add credit the binding figures leave out.
                        {if tt.uncertain_steps > 0 || tt.possible.recognised_ects > tt.binding.recognised_ects + 1e-9 {
                            view! { <span class="badge uncertain">{t(l, "ui.uncertain")}</span> }.into_any()
                        } else {
                            view! { <span class="badge certain">{t(l, "ui.certain")}</span> }.into_any()
                        }}
                    </h3>
                    <dl class="totals">
                        <div><dt>{t(l, "ui.crit.duration")}</dt><dd class="months">{total_months(tt, l)}</dd></div>
                        <div><dt>{t(l, "ui.crit.cost")}</dt><dd class="cost">{total_cost(tt, l)}</dd></div>
                        <div><dt>{t(l, "ui.range.recognised")}</dt><dd class="recognised-ects">{total_recognised(tt, l)}</dd></div>
                        <div><dt>{t(l, "ui.ects_studied")}</dt><dd>{num(l, tt.workload_ects, 0)}</dd></div>
                        <div><dt>{t(l, "ui.crit.steps")}</dt><dd>{tt.steps}</dd></div>
                        {(tt.carried_ects > 0.0).then(|| view! { <div><dt>{t(l, "ui.carried")}</dt><dd class="carried-ects">{num(l, tt.carried_ects, 0)}</dd></div> })}
                    </dl>
                    <p class="basis muted">{format!("{}: {}", t(l, "ui.ranked_by_basis"), t(l, &format!("ui.basis.{}", tt.basis.key())))}</p>
                    {credit_bar(&r, l)}
                    <RouteDiagram route=r.clone() ds=ds2.clone() lang=l/>
                    <ol class="steps">
                        {r.steps.iter().enumerate().map(|(j, st)| {
                            let ramp = ramps.iter().find(|x| x.step == j).map(|x| render(&ds2, l, &x.msg()));
                            view! { <li>
                                <StepView step=st.clone() ds=ds2.clone() lang=l/>
                                {ramp.map(|text| view! { <p class="offramp">{text}</p> })}
                            </li> }
                        }).collect_view()}
                    </ol>
                }
            }}
            <div class="card-actions">
                <label class="check">
                    <input type="checkbox" class="compare-toggle"
                        prop:checked={let id = id_cmp.clone(); move || s.compare.get().contains(&id)}
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            s.compare.update(|c| { c.retain(|x| x != &id_cmp); if on && c.len() < 3 { c.push(id_cmp.clone()); } });
                            if on && s.compare.with(|c| c.len() >= 2) {
                                show_comparison(ev.target());
                            }
                        }/>
                    {tr(lang, "ui.compare")}
                </label>
                <button type="button" class="choose"
                    aria-pressed=move || chosen.get().to_string()
                    on:click=move |ev| {
                        s.plan_state.update(|p| p.choose_route(&id_choose));
                        super::embed::route_chosen(s, &route, ev.target());
                    }>{move || t(lang.get(), if chosen.get() { "ui.route_chosen" } else { "ui.choose_route" })}</button>
                <Show when=move || s.mode.get() == Mode::Counsellor>
                    <button type="button" class="pin" on:click={let id = id_pin.clone(); move |_| s.session.update(|x| {
                        if x.pinned.contains(&id) { x.pinned.retain(|p| p != &id) } else { x.pinned.push(id.clone()) }
                    })}>{let id = id_pin2.clone(); move || if s.session.with(|x| x.pinned.contains(&id)) { t(lang.get(), "ui.counsellor.pinned") } else { t(lang.get(), "ui.counsellor.pin") }}</button>
                    <label class="route-note">{tr(lang, "ui.counsellor.route_notes")}
                        <textarea rows="2"
                            prop:value={let id = id_note.clone(); move || s.session.with(|x| x.route_notes.get(&id).cloned().unwrap_or_default())}
                            on:input={let id = id_note2.clone(); move |ev| { let v = event_target_value(&ev); s.session.update(|x| { x.route_notes.insert(id.clone(), v); }); }}></textarea>
                    </label>
                </Show>
            </div>
        </article>
    }
}

#[component]
fn StepView(step: Step, ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let offer = ds.offer(&step.offer).cloned();
    let name = title(&ds, lang, &step.offer);
    let provider = offer
        .as_ref()
        .and_then(|o| ds.provider(&o.provider))
        .map(|p| pathways_engine::pick(&p.name, lang.code()).to_string())
        .unwrap_or_default();
    let offer_url = offer
        .as_ref()
        .and_then(|o| o.url.as_deref())
        .and_then(safe_url);
    let note = offer
        .as_ref()
        .map(|o| pathways_engine::pick(&o.note, lang.code()).to_string())
        .unwrap_or_default();
    view! {
        <div class="step">
            <p class="step-head"><strong>{name}</strong>" — "{provider}
                {format!(" · {} {}{}–{} · {} · {} · {}/{} ECTS", t(lang, "ui.timeline"), num(lang, step.start_month, 0),
                    if step.start_unknown { "+?" } else { "" },
                    if step.unknown_months || step.start_unknown { "?".to_string() } else { num(lang, step.start_month + step.months, 0) },
                    known_or(step.unknown_months, format!("{} {}", span(lang, step.possible.months, step.binding.months, 1), t(lang, "ui.months")), "ui.duration_unknown", lang),
                    known_or(step.unknown_cost, eur(lang, &span(lang, step.possible.cost_eur, step.binding.cost_eur, 0)), "ui.cost_unknown", lang),
                    span(lang, step.binding.recognised_ects, step.possible.recognised_ects, 0), num(lang, step.credits_ects, 0))}
                {step.uncertain.then(|| view! { <span class="badge uncertain">{t(lang, "ui.uncertain")}</span> })}
            </p>
            <details>
                <summary>{t(lang, "ui.step.details")}</summary>
                <h4>{t(lang, "ui.step.entry")}</h4>
                <ul>{step.entry.iter().map(|m| view! { <li>{render(&ds, lang, m)}</li> }).collect_view()}</ul>
                {(!step.recognitions.is_empty()).then(|| view! {
                    <h4>{t(lang, "ui.step.recognition")}</h4>
                    <ul>{step.recognitions.iter().map(|a| {
                        let rule = ds.rules.iter().find(|r| r.id == a.rule).cloned();
                        let note = rule.as_ref().map(|r| pathways_engine::pick(&r.note, lang.code()).to_string()).unwrap_or_default();
                        let link = rule.as_ref().and_then(|r| r.source.url.as_deref()).and_then(safe_url);
                        let illustrative = rule.as_ref().is_some_and(|r| r.source.certainty == Certainty::Illustrative);
                        let quote = rule.as_ref().and_then(|r| r.source.quote.clone());
                        let retrieved = rule.as_ref().and_then(|r| r.source.retrieved.clone());
                        let basis = rule.as_ref().and_then(|r| r.source.legal_basis.clone());
                        let (badge_class, badge_key) = if a.uncertain {
                            ("badge uncertain", "ui.badge.individual")
                        } else {
                            ("badge certain", "ui.badge.binding")
                        };
                        view! {
                            <li class="recognition">
                                <strong>{format!("{} ECTS", num(lang, a.ects, 0))}</strong>
                                <span class=badge_class>{t(lang, badge_key)}</span>
                                {illustrative.then(|| view! { <span class="badge illustrative">{t(lang, "ui.badge.illustrative")}</span> })}
                                <ul>{a.why.iter().filter(|m| m.key != "rec.note").map(|m| view! { <li>{render(&ds, lang, m)}</li> }).collect_view()}</ul>
                                {(!note.is_empty()).then(|| view! { <p class="note"><em>{t(lang, "ui.counsellor.note")}</em>" "{note.clone()}</p> })}
                                {link.map(|u| view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{t(lang, "ui.source")}</a> })}
                                {quote.map(|q| view! {
                                    <details class="quote">
                                        <summary>{t(lang, "ui.quote")}</summary>
                                        <blockquote>{q}</blockquote>
                                        {basis.map(|b| view! { <p class="muted">{b}</p> })}
                                        {retrieved.map(|d| view! { <p class="muted">{format!("{} {}", t(lang, "ui.retrieved"), crate::i18n::date(lang, &d))}</p> })}
                                    </details>
                                })}
                            </li>
                        }
                    }).collect_view()}</ul>
                })}
                {explained(&ds, lang, "ui.step.pathway", "pathway", &step.pathway)}
                {explained(&ds, lang, "ui.outcomes", "outcomes", &step.outcomes)}
                {explained(&ds, lang, "ui.step.prepare", "prepare", &step.prepare)}
                {(!note.is_empty()).then(|| view! { <p class="note">{note.clone()}</p> })}
                {offer_url.map(|u| view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{u.clone()}</a> })}
            </details>
        </div>
    }
}

/// Brings the comparison table into view once a second route is ticked: it renders above
/// the cards, out of sight of the checkbox that was just clicked. Looked up from the clicked
/// element, so it works inside a widget's shadow root too.
fn show_comparison(from: Option<web_sys::EventTarget>) {
    // Found now: the clicked checkbox may be re-rendered by the time the table is there.
    let Some(results) = super::around(from, ".pp-results") else {
        return;
    };
    // After the table has rendered.
    set_timeout(
        move || {
            if let Ok(Some(table)) = results.query_selector(".compare") {
                table.scroll_into_view();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// A headed list of a step's explanations (nothing when there are none).
fn explained(
    ds: &Dataset,
    lang: Lang,
    heading: &'static str,
    class: &'static str,
    msgs: &[pathways_engine::route::Msg],
) -> Option<impl IntoView> {
    (!msgs.is_empty()).then(|| {
        view! {
            <h4>{t(lang, heading)}</h4>
            <ul class=class>{msgs.iter().map(|m| view! { <li>{render(ds, lang, m)}</li> }).collect_view()}</ul>
        }
    })
}
