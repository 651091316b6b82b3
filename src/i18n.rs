//! Translations: UI strings and engine message templates live in `locales/{en,de,fr}.json`
//! (one flat key → template map per language, `{name}` placeholders). The engine emits
//! message keys with arguments; this module fills them in the chosen language and shows ids
//! of offers and credentials as their titles.

use pathways_engine::route::messages::{fill, ID_ARGS};
use pathways_engine::route::Msg;
use pathways_engine::{pick, Dataset};
use std::collections::BTreeMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Fr];
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
        }
    }
    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| s.get(..2) == Some(l.code()))
    }
}

type Catalog = BTreeMap<String, String>;

fn parse(text: &str) -> Catalog {
    // A broken catalogue shows keys (or English) instead of crashing.
    serde_json::from_str::<Catalog>(text).unwrap_or_default()
}

thread_local! {
    /// English is built in (it is every key's fallback); German and French are fetched from
    /// `locales/` when first chosen, which keeps about 6 KB of text out of the wasm bundle.
    static CATALOGS: std::cell::RefCell<[Option<Catalog>; 3]> = std::cell::RefCell::new([
        Some(parse(include_str!("../locales/en.json"))),
        None,
        None,
    ]);
}

fn lookup(lang: Lang, key: &str) -> Option<String> {
    CATALOGS.with(|c| c.borrow()[lang as usize].as_ref()?.get(key).cloned())
}

/// Whether `lang`'s catalogue is in memory.
pub fn is_loaded(lang: Lang) -> bool {
    CATALOGS.with(|c| c.borrow()[lang as usize].is_some())
}

/// Installs a fetched catalogue.
pub fn install(lang: Lang, text: &str) {
    let catalog = parse(text);
    CATALOGS.with(|c| c.borrow_mut()[lang as usize] = Some(catalog));
}

/// The text for `key` in `lang`, falling back to English, then to the key itself.
pub fn t(lang: Lang, key: &str) -> String {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or_else(|| key.to_string())
}

/// A reactive translated text for views. Every call site shares this one closure type, so
/// the view code is generated once instead of once per label (a large share of the bundle).
pub fn tr(
    lang: leptos::prelude::RwSignal<Lang>,
    key: &'static str,
) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    use leptos::prelude::Get;
    move || t(lang.get(), key)
}

/// Title of an offer or credential in `lang`, or the id itself.
pub fn title(ds: &Dataset, lang: Lang, id: &str) -> String {
    if let Some(o) = ds.offer(id) {
        pick(&o.title, lang.code()).to_string()
    } else if let Some(c) = ds.credential(id) {
        pick(&c.title, lang.code()).to_string()
    } else {
        id.to_string()
    }
}

/// An engine message rendered in `lang`.
pub fn render(ds: &Dataset, lang: Lang, m: &Msg) -> String {
    let tpl = t(lang, &m.key);
    fill(&tpl, |name| {
        let v = m.args.get(name)?;
        if ID_ARGS.contains(&name) {
            Some(
                v.split(',')
                    .map(|id| title(ds, lang, id))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        } else {
            Some(v.clone())
        }
    })
}

/// A "what to prepare" message; documents named by a rule are shown with their text.
pub fn render_prepare(ds: &Dataset, lang: Lang, m: &Msg) -> String {
    let text = render(ds, lang, m);
    if m.key != pathways_engine::route::messages::PREP_DOCUMENT {
        return text;
    }
    let doc = m
        .args
        .get("rule")
        .and_then(|r| ds.rules.iter().find(|x| &x.id == r))
        .and_then(|r| {
            let i = m.args.get("index")?.parse::<usize>().ok()?;
            r.documents.get(i)
        })
        .map(|d| pick(d, lang.code()).to_string())
        .unwrap_or_default();
    format!("{text} {doc}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key_of_english() {
        let en = parse(include_str!("../locales/en.json"));
        assert!(en.len() > 50);
        for (l, text) in [
            (Lang::De, include_str!("../locales/de.json")),
            (Lang::Fr, include_str!("../locales/fr.json")),
        ] {
            let other = parse(text);
            for k in en.keys() {
                assert!(other.contains_key(k), "{l:?} lacks {k}");
            }
        }
        for k in pathways_engine::route::messages::ALL {
            assert!(en.contains_key(*k), "en lacks engine key {k}");
        }
    }

    #[test]
    fn a_fetched_catalogue_replaces_the_english_fallback() {
        assert!(!is_loaded(Lang::De));
        assert_eq!(t(Lang::De, "ui.routes"), t(Lang::En, "ui.routes"));
        install(Lang::De, include_str!("../locales/de.json"));
        assert!(is_loaded(Lang::De));
        assert_ne!(t(Lang::De, "ui.routes"), t(Lang::En, "ui.routes"));
        assert_eq!(t(Lang::De, "no.such.key"), "no.such.key");
    }

    #[test]
    fn lang_parse() {
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("xx"), None);
    }
}
