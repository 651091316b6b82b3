use crate::i18n::{t, tr};
use crate::shared::shared;
use crate::state::PlanState;
use leptos::prelude::*;
use pathways_engine::route::{Basis, Criterion};

fn num(v: String) -> Option<f64> {
    v.trim()
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && *x >= 0.0)
}

#[component]
pub fn ConstraintsPanel() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    // Sorted and unique through the engine's shared sort: collecting into a `BTreeSet`
    // compiled a copy of the standard library's stable sort of its own (some 1.5 KB
    // gzipped of the browser bundle).
    let countries = move || {
        let mut c: Vec<String> =
            s.ds.get()
                .map(|d| {
                    d.providers
                        .iter()
                        .filter_map(|p| p.country.clone())
                        .collect()
                })
                .unwrap_or_default();
        pathways_engine::order::sort(&mut c);
        c.dedup();
        c
    };
    view! {
        <section class="panel" aria-labelledby="constraints-h" role=s.region()>
            <h2 id="constraints-h">{tr(lang, "ui.constraints")}</h2>
            <div class="row">
                <label>{tr(lang, "ui.max_months")}
                    <input id="max-months" type="number" min="0"
                        prop:value=move || s.plan_state.with(|p| p.max_months.map(|m| m.to_string()).unwrap_or_default())
                        on:change=move |ev| s.plan_state.update(|p| p.set_max_months(num(event_target_value(&ev))))/>
                </label>
                <label>{tr(lang, "ui.budget")}
                    <input id="budget" type="number" min="0"
                        prop:value=move || s.plan_state.with(|p| p.budget.map(|m| m.to_string()).unwrap_or_default())
                        on:change=move |ev| s.plan_state.update(|p| p.set_budget(num(event_target_value(&ev))))/>
                </label>
            </div>
            // Imported data may name no country at all: then there is nothing to filter by.
            // Nor when the host fixed the countries.
            <fieldset class:hidden=move || s.fixed_countries || countries().is_empty()>
                <legend>{tr(lang, "ui.country")}</legend>
                {move || countries().into_iter().map(|c| {
                    let c2 = c.clone();
                    let checked = {
                        let c = c.clone();
                        move || s.plan_state.with(|p| p.countries.contains(&c))
                    };
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=checked on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                s.plan_state.update(|p| p.toggle_country(&c2, on));
                            }/>
                            {c}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            {preference("avoid-individual", "ui.avoid_individual", |p| p.avoid_individual, PlanState::set_avoid_individual)}
            {preference("prefer-mobility", "ui.prefer_mobility", |p| p.prefer_mobility, PlanState::set_prefer_mobility)}
            {preference("needs-support", "ui.needs_support", |p| p.needs_support, PlanState::set_needs_support)}
            <label>{tr(lang, "ui.basis")}
                <select id="basis"
                    prop:value=move || s.plan_state.with(|p| p.basis.unwrap_or_default().key())
                    on:change=move |ev| {
                        let b = Basis::parse(&event_target_value(&ev));
                        s.plan_state.update(|p| p.set_basis(b));
                    }>
                    {Basis::ALL.into_iter().map(|b| view! { <option value=b.key()>{move || t(lang.get(), &format!("ui.basis.{}", b.key()))}</option> }).collect_view()}
                </select>
            </label>
            <label>{tr(lang, "ui.rank_by")}
                <select id="rank-by"
                    prop:value=move || s.plan_state.with(|p| p.rank_by.unwrap_or_else(pathways_engine::route::default_rank).key())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let c = Criterion::ALL.into_iter().find(|c| c.key() == v);
                        s.plan_state.update(|p| p.set_rank_by(c));
                    }>
                    {Criterion::ALL.into_iter().map(|c| view! { <option value=c.key()>{move || t(lang.get(), &format!("ui.crit.{}", c.key()))}</option> }).collect_view()}
                </select>
            </label>
        </section>
    }
}

/// A yes/no preference of the plan as a labelled checkbox. Plain function pointers read and
/// write the field, so every such box shares one piece of view code.
fn preference(
    id: &'static str,
    key: &'static str,
    get: fn(&PlanState) -> bool,
    set: fn(&mut PlanState, bool),
) -> impl IntoView {
    let s = shared();
    view! {
        <label class="check">
            <input id=id type="checkbox"
                prop:checked=move || s.plan_state.with(get)
                on:change=move |ev| s.plan_state.update(|p| set(p, event_target_checked(&ev)))/>
            {tr(s.lang, key)}
        </label>
    }
}
