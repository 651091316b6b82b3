//! Search-as-you-type over offers and credentials: title in any language, provider, field
//! code and "EQF n". Plain text matching; results are buttons, so keyboards work.

use crate::i18n::Lang;

/// Lower-cases ASCII and Latin-1 letters (À–Þ), which covers the titles of European
/// programmes; `str::to_lowercase` would bring the full Unicode tables into the bundle.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
            _ => c,
        })
        .collect()
}
use pathways_engine::{pick, Dataset};

/// (id, label) of offers matching `q`, best first, at most `limit`.
pub fn offers(ds: &Dataset, lang: Lang, q: &str, limit: usize) -> Vec<(String, String)> {
    let words: Vec<String> = fold(q).split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Vec::new();
    }
    ds.offers
        .iter()
        .filter(|o| {
            let provider = ds.provider(&o.provider);
            let hay = fold(&format!(
                "{} {} {} {} eqf {} {}",
                o.title.values().cloned().collect::<Vec<_>>().join(" "),
                provider
                    .map(|p| p.name.values().cloned().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default(),
                provider.and_then(|p| p.country.as_deref()).unwrap_or(""),
                o.field.as_deref().unwrap_or(""),
                o.eqf.map(|e| e.to_string()).unwrap_or_default(),
                o.id
            ));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .take(limit)
        .map(|o| {
            let provider = ds
                .provider(&o.provider)
                .map(|p| pick(&p.name, lang.code()).to_string())
                .unwrap_or_default();
            let eqf = o.eqf.map(|e| format!(" · EQF {e}")).unwrap_or_default();
            (
                o.id.clone(),
                format!("{} — {provider}{eqf}", pick(&o.title, lang.code())),
            )
        })
        .collect()
}

/// Credentials matching `q` (declared ones and those offers award).
pub fn credentials(ds: &Dataset, lang: Lang, q: &str, limit: usize) -> Vec<(String, String)> {
    let words: Vec<String> = fold(q).split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Vec::new();
    }
    ds.credentials
        .iter()
        .filter(|c| {
            let providers: Vec<String> = c
                .awarded_by
                .iter()
                .filter_map(|&o| ds.provider(&ds.offers[o as usize].provider))
                .flat_map(|p| p.name.values().cloned().chain(p.country.clone()))
                .collect();
            let hay = fold(&format!(
                "{} {} {} eqf {} {}",
                c.title.values().cloned().collect::<Vec<_>>().join(" "),
                providers.join(" "),
                c.field.as_deref().unwrap_or(""),
                c.eqf.map(|e| e.to_string()).unwrap_or_default(),
                c.id
            ));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .take(limit)
        .map(|c| {
            let eqf = c.eqf.map(|e| format!(" · EQF {e}")).unwrap_or_default();
            (
                c.id.clone(),
                format!("{}{eqf}", pick(&c.title, lang.code())),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_ascii_and_latin1_capitals() {
        assert_eq!(
            fold("Österreich ÉCOLE Fachinformatiker"),
            "österreich école fachinformatiker"
        );
        assert_eq!(fold("2 × 3"), "2 × 3");
    }
}
