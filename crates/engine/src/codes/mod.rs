//! Code tables for the validator: ISCED-F 2013, NUTS 2021, ISO 639-1, ISO 4217, ISO 3166-1.
//! The tables are generated (see `tables.rs`); lookups are binary searches over sorted slices
//! so they cost nothing at start-up in the browser.

mod tables;

fn contains(table: &[&str], code: &str) -> bool {
    table.binary_search(&code).is_ok()
}

pub fn is_isced_f(code: &str) -> bool {
    contains(tables::ISCED_F, code)
}

pub fn is_nuts(code: &str) -> bool {
    contains_packed(&tables::NUTS, code)
}

/// Binary search over fixed-width records split into chunks of whole records' bytes.
fn contains_packed(table: &(usize, &[&str]), code: &str) -> bool {
    let (w, chunks) = *table;
    if code.is_empty() || code.len() > w {
        return false;
    }
    let total: usize = chunks.iter().map(|c| c.len()).sum::<usize>() / w;
    let record = |i: usize| -> &str {
        let (mut off, mut rest) = (i * w, chunks);
        while let Some((first, tail)) = rest.split_first() {
            if off < first.len() {
                return first.get(off..off + w).unwrap_or("").trim_end();
            }
            off -= first.len();
            rest = tail;
        }
        ""
    };
    let (mut lo, mut hi) = (0, total);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match record(mid).cmp(code) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    false
}

pub fn is_language(code: &str) -> bool {
    contains(tables::ISO_639_1, code)
}

pub fn is_currency(code: &str) -> bool {
    contains(tables::ISO_4217, code)
}

pub fn is_country(code: &str) -> bool {
    contains(tables::ISO_3166, code)
}

/// The NUTS country prefix for an ISO country code (NUTS writes Greece `EL`, and the United
/// Kingdom `UK`, where ISO 3166 has `GR` and `GB`).
pub fn nuts_prefix(country: &str) -> &str {
    match country {
        "GR" => "EL",
        "GB" => "UK",
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [
            tables::ISCED_F,
            tables::ISO_639_1,
            tables::ISO_4217,
            tables::ISO_3166,
        ] {
            assert!(t.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn known_codes() {
        assert!(is_isced_f("0613") && is_isced_f("06") && !is_isced_f("0699"));
        assert!(is_nuts("DE1") && is_nuts("UKM") && !is_nuts("DE9Z"));
        assert!(is_nuts("AL") && is_nuts("AL011") && !is_nuts("") && !is_nuts("TOOLONG"));
        assert!(is_language("de") && !is_language("xx"));
        assert!(is_currency("EUR") && !is_currency("EUX"));
        assert!(is_country("DE") && is_country("UK") && !is_country("QQ"));
        assert_eq!(nuts_prefix("GR"), "EL");
    }
}
