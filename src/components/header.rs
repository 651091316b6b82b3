use crate::i18n::{tr, Lang};
use crate::shared::{shared, Mode};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let s = shared();
    let lang = s.lang;
    view! {
        // In a widget the host page has its own banner.
        <header class="pp-header" role=s.widget.then_some("none")>
            <Show when=move || s.show.title>
                <div>
                    <h1>{tr(lang, "ui.title")}</h1>
                    <p class="tagline">{tr(lang, "ui.tagline")}</p>
                </div>
            </Show>
            <div class="pp-header-controls">
                <label class:hidden=!s.show.language>
                    {tr(lang, "ui.language")}
                    <select
                        id="lang-select"
                        on:change=move |ev| {
                            if let Some(l) = Lang::parse(&event_target_value(&ev)) {
                                lang.set(l);
                            }
                        }
                        prop:value=move || lang.get().code()
                    >
                        {Lang::ALL.into_iter().map(|l| view! { <option value=l.code() lang=l.code()>{l.name()}</option> }).collect_view()}
                    </select>
                </label>
                <label class:hidden=!s.show.mode>
                    {tr(lang, "ui.mode")}
                    <select
                        id="mode-select"
                        on:change=move |ev| {
                            s.mode.set(Mode::parse(Some(&event_target_value(&ev))));
                        }
                        prop:value=move || s.mode.get().key()
                    >
                        <option value="learner">{tr(lang, "ui.mode.learner")}</option>
                        <option value="counsellor">{tr(lang, "ui.mode.counsellor")}</option>
                    </select>
                </label>
            </div>
        </header>
    }
}
