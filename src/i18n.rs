//! Translations: UI strings and engine message templates live in `locales/{lang}.json`
//! (one flat key → template map per language, `{name}` placeholders). The engine emits
//! message keys with arguments; this module fills them in the chosen language and shows ids
//! of offers and credentials as their titles.

use pathways_engine::route::render::Renderer;
use pathways_engine::route::Msg;
use pathways_engine::Dataset;
use std::collections::BTreeMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Nl,
    Es,
    It,
    Fi,
}

/// How many languages the UI speaks.
const LANGS: usize = 7;

impl Lang {
    pub const ALL: [Lang; LANGS] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Nl,
        Lang::Es,
        Lang::It,
        Lang::Fi,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Fi => "fi",
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::Es => "Español",
            Lang::It => "Italiano",
            Lang::Fi => "Suomi",
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
    /// English, every key's fallback, is fetched before the app mounts (`load_english`);
    /// German and French when first chosen. Texts in the wasm would weigh on the bundle every
    /// visitor waits for (English alone is 4 KB gzipped); fetched, they load in parallel
    /// with it and are cached like any file.
    static CATALOGS: std::cell::RefCell<[Option<Catalog>; LANGS]> =
        std::cell::RefCell::new(initial_catalogs());
}

#[cfg(not(test))]
fn initial_catalogs() -> [Option<Catalog>; LANGS] {
    [const { None }; LANGS]
}

/// Unit tests run as the app does once booted: with English in memory.
#[cfg(test)]
fn initial_catalogs() -> [Option<Catalog>; LANGS] {
    let mut c = [const { None }; LANGS];
    c[Lang::En as usize] = Some(parse(include_str!("../locales/en.json")));
    c
}

/// Fetches the English texts from `{base}locales/en.json`. On failure the app still starts
/// (it shows keys, and its language effect retries and names the failure).
pub async fn load_english(base: &str) {
    match crate::loader::fetch_text(&format!("{base}locales/en.json")).await {
        Ok(text) => install(Lang::En, &text),
        Err(e) => web_sys::console::error_1(&e.into()),
    }
}

thread_local! {
    /// Names of the narrow and detailed ISCED-F fields per language, fetched from
    /// `locales/fields-{lang}.json` with the language: some 200 names would otherwise weigh
    /// on the bundle. Until they arrive, a field shows its broad field's name.
    static FIELDS: std::cell::RefCell<[Option<Catalog>; LANGS]> =
        const { std::cell::RefCell::new([const { None }; LANGS]) };
}

fn lookup(lang: Lang, key: &str) -> Option<String> {
    CATALOGS
        .with(|c| c.borrow()[lang as usize].as_ref()?.get(key).cloned())
        .or_else(|| FIELDS.with(|f| f.borrow()[lang as usize].as_ref()?.get(key).cloned()))
}

/// Whether `lang`'s field names are in memory.
pub fn fields_loaded(lang: Lang) -> bool {
    FIELDS.with(|f| f.borrow()[lang as usize].is_some())
}

/// Installs the fetched field names of `lang`.
pub fn install_fields(lang: Lang, text: &str) {
    let names = parse(text);
    FIELDS.with(|f| f.borrow_mut()[lang as usize] = Some(names));
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

/// Whether `key` has a text in `lang` or in English.
pub fn has(lang: Lang, key: &str) -> bool {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .is_some()
}

/// A figure as people write it in `lang` ("19,0" in German).
pub fn num(lang: Lang, x: f64, digits: usize) -> String {
    pathways_engine::route::render::number(lang.code(), x, digits)
}

/// A range of figures ("23,0–35,0"), one figure when both ends agree.
pub fn span(lang: Lang, a: f64, b: f64, digits: usize) -> String {
    pathways_engine::route::render::range_in(lang.code(), a, b, digits)
}

/// A date (YYYY-MM-DD) as people write it in `lang` ("02.12.2026" in German).
pub fn date(lang: Lang, iso: &str) -> String {
    pathways_engine::route::render::date(lang.code(), iso)
}

/// An amount in euros ("EUR 1267", "1.267 €").
pub fn eur(lang: Lang, amount: &str) -> String {
    t(lang, "unit.eur").replace("{n}", amount)
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
    pathways_engine::route::render::title(ds, lang.code(), id, false)
}

/// A catalogue text for the renderer: in `lang`, else in English; but a narrow or detailed
/// ISCED-F field ("isced.0613") not named in `lang` is left to the renderer, which then
/// names its broader field in `lang` ("Informatik und Kommunikationstechnologie") rather
/// than the exact field in English in the middle of a German sentence.
fn text_in(lang: Lang, k: &str) -> Option<String> {
    lookup(lang, k).or_else(|| {
        let narrow = k.starts_with("isced.") && k.len() > 8;
        (!narrow || lang == Lang::En)
            .then(|| lookup(Lang::En, k))
            .flatten()
    })
}

/// The engine's one renderer (the CLI uses it too) with this app's catalogues in `lang`.
fn with_renderer(ds: &Dataset, lang: Lang, f: impl FnOnce(&Renderer) -> String) -> String {
    let text = |k: &str| text_in(lang, k);
    f(&Renderer {
        ds,
        lang: lang.code(),
        text: &text,
        with_ids: false,
    })
}

/// An engine message rendered in `lang`.
pub fn render(ds: &Dataset, lang: Lang, m: &Msg) -> String {
    with_renderer(ds, lang, |r| r.msg(m))
}

/// A message that names no offer or credential (a diagnostic) in `lang`.
pub fn say(lang: Lang, m: &Msg) -> String {
    render(&Dataset::default(), lang, m)
}

/// An import's mapping report (its lines as the importer module sent them) in `lang`.
pub fn import_report(ds: &Dataset, lang: Lang, lines: &[Msg]) -> String {
    with_renderer(ds, lang, |r| {
        pathways_engine::import::report::text(lines, r)
    })
}

/// An ISCED-F field's name and code in `lang`.
pub fn field_name(ds: &Dataset, lang: Lang, code: &str) -> String {
    with_renderer(ds, lang, |r| r.field(code))
}

/// The names of an ISCED-F field a learner may type: in their language and in English.
pub fn field_names(lang: Lang, code: &str) -> Vec<String> {
    let key = format!("isced.{code}");
    let mut names: Vec<String> = [lang, Lang::En]
        .into_iter()
        .filter_map(|l| lookup(l, &key))
        .collect();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key_of_english() {
        let en = parse(include_str!("../locales/en.json"));
        assert!(en.len() > 50);
        for l in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            let other = catalogue_file(l, "");
            assert!(other.len() > 50, "{l:?}");
            // Narrow and detailed ISCED-F fields fall back to their broad field's name
            // in the other languages; everything else must be translated.
            for k in en
                .keys()
                .filter(|k| !(k.starts_with("isced.") && k.len() > 8))
            {
                assert!(other.contains_key(k), "{l:?} lacks {k}");
            }
        }
        for k in pathways_engine::route::messages::ALL {
            assert!(en.contains_key(*k), "en lacks engine key {k}");
        }
        for k in pathways_engine::import::report::LAYOUT_KEYS {
            assert!(en.contains_key(*k), "en lacks report key {k}");
        }
        let used = engine_keys("crates/engine/src/import", "\"import.");
        assert!(used.len() > 50, "{}", used.len());
        for k in &used {
            assert!(en.contains_key(k), "en lacks import report key {k}");
        }
        // Validation diagnostics: the engine's checks, the CLI's and the app's own.
        let mut used = engine_keys("crates/engine/src", "\"check.");
        used.extend(engine_keys("crates/cli/src", "\"check."));
        used.extend(engine_keys("src", "\"check."));
        assert!(used.len() > 100, "{}", used.len());
        for k in &used {
            assert!(en.contains_key(k), "en lacks diagnostic key {k}");
        }
    }

    /// Every string literal starting with `prefix` (`"import.`) in the Rust files under
    /// `dir`: the message keys the engine writes there, so none can lack a text.
    fn engine_keys(dir: &str, prefix: &str) -> std::collections::BTreeSet<String> {
        fn walk(p: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(p).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
            &mut files,
        );
        let mut keys = std::collections::BTreeSet::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for (i, _) in text.match_indices(prefix) {
                let rest = &text[i + 1..];
                if let Some(end) = rest.find('"') {
                    let k = &rest[..end];
                    // A prefix alone (this test's own `"check.`) is no key.
                    if !k.ends_with('.')
                        && k.bytes().all(|b| {
                            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'
                        })
                    {
                        keys.insert(k.to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn a_field_without_a_name_in_the_language_is_named_by_its_broad_field_not_in_english() {
        install(Lang::De, include_str!("../locales/de.json"));
        install_fields(Lang::De, include_str!("../locales/fields-de.json"));
        let ds = Dataset::default();
        // 061 has no German name of its own: its broad field 06 speaks for it.
        assert_eq!(
            field_name(&ds, Lang::De, "061"),
            "Informatik und Kommunikationstechnologie (061)"
        );
        assert_eq!(
            field_name(&ds, Lang::De, "0613"),
            "Software- und Anwendungsentwicklung und -analyse (0613)"
        );
        assert_eq!(
            field_name(&ds, Lang::En, "061"),
            "Information and Communication Technologies (ICTs) (061)"
        );
    }

    /// A catalogue as shipped in `locales/` (`{prefix}{code}.json`).
    fn catalogue_file(l: Lang, prefix: &str) -> Catalog {
        let path = format!(
            "{}/locales/{prefix}{}.json",
            env!("CARGO_MANIFEST_DIR"),
            l.code()
        );
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let c: Result<Catalog, _> = serde_json::from_str(&text);
        assert!(c.is_ok(), "{path} is not a JSON object of texts");
        c.unwrap_or_default()
    }

    /// The `{placeholders}` of a template, sorted, and how many `[optional]` parts it has.
    fn shape(template: &str) -> (Vec<&str>, usize) {
        let mut names: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        (names, template.matches('[').count())
    }

    #[test]
    fn every_translation_fills_the_same_placeholders() {
        let en = parse(include_str!("../locales/en.json"));
        for l in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            for (k, v) in catalogue_file(l, "") {
                let Some(english) = en.get(&k) else {
                    panic!("{l:?} has {k}, which English does not");
                };
                assert_eq!(shape(&v), shape(english), "{l:?} {k}: {v}");
            }
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
    fn every_field_name_is_in_english_and_the_broad_fields_in_every_language() {
        let en = parse(include_str!("../locales/fields-en.json"));
        assert!(en.len() > 150);
        for l in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            // The other languages name the fields the data uses most; every name they give
            // is a field English names too.
            let other = catalogue_file(l, "fields-");
            assert!(!other.is_empty(), "{l:?}");
            assert!(other.keys().all(|k| en.contains_key(k)), "{l:?}");
        }
        install_fields(Lang::En, include_str!("../locales/fields-en.json"));
        assert_eq!(
            lookup(Lang::En, "isced.0613").as_deref(),
            Some("Software and applications development and analysis")
        );
        install_fields(Lang::De, include_str!("../locales/fields-de.json"));
        assert!(lookup(Lang::De, "isced.0613").is_some());
        for c in [
            "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
        ] {
            assert!(lookup(Lang::En, &format!("isced.{c}")).is_some(), "{c}");
        }
    }

    #[test]
    fn lang_parse() {
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("xx"), None);
    }
}
