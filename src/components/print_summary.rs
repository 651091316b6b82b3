//! What a printout starts with: who the plan is for, what they hold and where it leads,
//! and when it was printed. Paper only: on screen the form above says the same.

use super::have::{language_name, level_name};
use crate::i18n::{field_name, t, title};
use crate::shared::shared;
use leptos::prelude::*;

#[component]
pub fn PrintSummary() -> impl IntoView {
    let s = shared();
    move || {
        let ds = s.ds.get()?;
        let l = s.lang.get();
        let p = s.plan_state.get();
        let label = s.session.with(|x| x.label.trim().to_string());
        let held: Vec<String> = p
            .held
            .iter()
            .map(|h| {
                let name = title(&ds, l, &h.credential);
                match h.grade {
                    Some(g) => format!("{name} ({g:.0}/100)"),
                    None => name,
                }
            })
            .collect();
        let work = (p.work_years > 0.0).then(|| {
            let field = p.work_field.trim();
            if field.is_empty() {
                format!("{} {}", p.work_years, t(l, "ui.print.years"))
            } else {
                format!(
                    "{} {}: {}",
                    p.work_years,
                    t(l, "ui.print.years"),
                    field_name(&ds, l, field)
                )
            }
        });
        let languages: Vec<String> = p
            .languages
            .iter()
            .map(|(code, level)| format!("{} {}", language_name(l, code), level_name(*level)))
            .collect();
        let goal = p
            .goal
            .as_deref()
            .or(p.goal_credential.as_deref())
            .map(|g| title(&ds, l, g));
        let today = s.today.get_value();
        // The data behind the plan: who published it and when its facts were read (the
        // newest date of its files), so a printout can be checked against a later one.
        let mut publishers: Vec<String> = Vec::new();
        for m in &ds.meta {
            let name = m
                .publisher
                .clone()
                .unwrap_or_else(|| pathways_engine::pick(&m.title, l.code()).to_string());
            if !publishers.contains(&name) {
                publishers.push(name);
            }
        }
        let read = ds.meta.iter().filter_map(|m| m.retrieved.as_deref()).max();
        let data = (!publishers.is_empty()).then(|| match read {
            Some(d) => format!(
                "{} ({} {})",
                publishers.join(", "),
                t(l, "ui.retrieved"),
                crate::i18n::date(l, d)
            ),
            None => publishers.join(", "),
        });
        let row = |key: &str, value: String| {
            view! { <div><dt>{t(l, key)}</dt><dd>{value}</dd></div> }
        };
        Some(view! {
            <section class="print-only print-summary">
                <h2>{if label.is_empty() { t(l, "ui.print.title") } else { format!("{} – {label}", t(l, "ui.print.title")) }}</h2>
                <dl>
                    {row("ui.print.holds", if held.is_empty() { "—".to_string() } else { held.join("; ") })}
                    {work.map(|w| row("ui.print.work", w))}
                    {(!languages.is_empty()).then(|| row("ui.print.languages", languages.join(", ")))}
                    {goal.map(|g| row("ui.goal.chosen", g))}
                    {data.map(|d| row("ui.print.data", d))}
                    {row("ui.print.date", crate::i18n::date(l, &today))}
                </dl>
            </section>
        })
    }
}
