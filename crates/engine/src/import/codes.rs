//! Language, currency and country codes as importer data writes them (`en-US`, `ENG`,
//! `English`, `US Dollar`, `…/country/IRL`), normalised to the ISO codes of our format.

/// Normalises a language tag (`en-US`, `EN`, `eng`, `English`) to ISO 639-1.
pub fn lang_code(tag: &str) -> Option<String> {
    let t = tag.trim();
    let primary = t
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if primary.len() == 2 && primary.chars().all(|c| c.is_ascii_lowercase()) {
        return ISO_639_1
            .binary_search(&primary.as_str())
            .ok()
            .map(|_| primary);
    }
    if primary.len() == 3 {
        return ISO_639_3_TO_1
            .iter()
            .find(|(a, _)| *a == primary)
            .map(|(_, b)| (*b).to_string());
    }
    let lower = t.to_ascii_lowercase();
    LANGUAGE_NAMES
        .iter()
        .find(|(n, _)| *n == lower)
        .map(|(_, c)| (*c).to_string())
}

/// A language from a URI like `http://publications.europa.eu/resource/authority/language/ENG`.
pub fn lang_from_uri(uri: &str) -> Option<String> {
    lang_code(uri.rsplit('/').next().unwrap_or(uri))
}

/// ISO 4217 code from a code or a currency name seen in registry data ("US Dollar").
pub fn currency(s: &str) -> Option<String> {
    let t = s.trim();
    let up = t.to_ascii_uppercase();
    if up.len() == 3 && CURRENCIES.binary_search(&up.as_str()).is_ok() {
        return Some(up);
    }
    let lower = t.to_ascii_lowercase();
    CURRENCY_NAMES
        .iter()
        .find(|(n, _)| *n == lower)
        .map(|(_, c)| (*c).to_string())
}

/// ISO 3166-1 alpha-2 from alpha-2, alpha-3, an EU authority URI (`…/country/IRL`) or a
/// country name seen in the data.
pub fn country(s: &str) -> Option<String> {
    let last = s
        .trim()
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("");
    let up = last.to_ascii_uppercase();
    if up.len() == 2 && COUNTRIES_3_TO_2.iter().any(|(_, b)| *b == up) {
        return Some(up);
    }
    if up == "UK" {
        return Some(up);
    }
    if up.len() == 3 {
        return COUNTRIES_3_TO_2
            .iter()
            .find(|(a, _)| *a == up)
            .map(|(_, b)| (*b).to_string());
    }
    let lower = s.trim().to_ascii_lowercase();
    COUNTRY_NAMES
        .iter()
        .find(|(n, _)| *n == lower)
        .map(|(_, c)| (*c).to_string())
}

/// Sorted: binary-searched.
static ISO_639_1: &[&str] = &[
    "aa", "ab", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm",
    "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv",
    "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga",
    "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id",
    "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl",
    "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt",
    "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne",
    "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps",
    "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm",
    "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl",
    "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo",
    "xh", "yi", "yo", "za", "zh", "zu",
];

/// ISO 639-2/B and /T codes of the languages of Europe and a few world languages, as used
/// by the EU language authority table (`…/language/ENG`).
static ISO_639_3_TO_1: &[(&str, &str)] = &[
    ("alb", "sq"),
    ("sqi", "sq"),
    ("ara", "ar"),
    ("arm", "hy"),
    ("hye", "hy"),
    ("baq", "eu"),
    ("eus", "eu"),
    ("bel", "be"),
    ("bos", "bs"),
    ("bre", "br"),
    ("bul", "bg"),
    ("cat", "ca"),
    ("chi", "zh"),
    ("zho", "zh"),
    ("cze", "cs"),
    ("ces", "cs"),
    ("dan", "da"),
    ("dut", "nl"),
    ("nld", "nl"),
    ("eng", "en"),
    ("est", "et"),
    ("fao", "fo"),
    ("fin", "fi"),
    ("fre", "fr"),
    ("fra", "fr"),
    ("fry", "fy"),
    ("geo", "ka"),
    ("kat", "ka"),
    ("ger", "de"),
    ("deu", "de"),
    ("gla", "gd"),
    ("gle", "ga"),
    ("glg", "gl"),
    ("gre", "el"),
    ("ell", "el"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("ice", "is"),
    ("isl", "is"),
    ("ita", "it"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("ltz", "lb"),
    ("mac", "mk"),
    ("mkd", "mk"),
    ("mlt", "mt"),
    ("nno", "nn"),
    ("nob", "nb"),
    ("nor", "no"),
    ("oci", "oc"),
    ("pol", "pl"),
    ("por", "pt"),
    ("roh", "rm"),
    ("rum", "ro"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("slo", "sk"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("sme", "se"),
    ("spa", "es"),
    ("srp", "sr"),
    ("swe", "sv"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("wel", "cy"),
    ("cym", "cy"),
];

static LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("german", "de"),
    ("french", "fr"),
    ("spanish", "es"),
    ("italian", "it"),
    ("dutch", "nl"),
    ("portuguese", "pt"),
    ("polish", "pl"),
    ("swedish", "sv"),
    ("danish", "da"),
    ("finnish", "fi"),
    ("greek", "el"),
    ("czech", "cs"),
    ("hungarian", "hu"),
    ("romanian", "ro"),
    ("chinese", "zh"),
    ("arabic", "ar"),
    ("russian", "ru"),
    ("japanese", "ja"),
    ("korean", "ko"),
];

/// Sorted: binary-searched. The currencies of Europe and the main world currencies.
static CURRENCIES: &[&str] = &[
    "AUD", "BAM", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HUF", "INR",
    "ISK", "JPY", "MDL", "MKD", "NOK", "NZD", "PLN", "RON", "RSD", "RUB", "SEK", "TRY", "UAH",
    "USD",
];

static CURRENCY_NAMES: &[(&str, &str)] = &[
    ("us dollar", "USD"),
    ("us dollars", "USD"),
    ("dollar", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound sterling", "GBP"),
    ("british pound", "GBP"),
    ("canadian dollar", "CAD"),
    ("swiss franc", "CHF"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
];

static COUNTRIES_3_TO_2: &[(&str, &str)] = &[
    ("AUT", "AT"),
    ("BEL", "BE"),
    ("BGR", "BG"),
    ("HRV", "HR"),
    ("CYP", "CY"),
    ("CZE", "CZ"),
    ("DNK", "DK"),
    ("EST", "EE"),
    ("FIN", "FI"),
    ("FRA", "FR"),
    ("DEU", "DE"),
    ("GRC", "GR"),
    ("HUN", "HU"),
    ("IRL", "IE"),
    ("ITA", "IT"),
    ("LVA", "LV"),
    ("LTU", "LT"),
    ("LUX", "LU"),
    ("MLT", "MT"),
    ("NLD", "NL"),
    ("POL", "PL"),
    ("PRT", "PT"),
    ("ROU", "RO"),
    ("SVK", "SK"),
    ("SVN", "SI"),
    ("ESP", "ES"),
    ("SWE", "SE"),
    ("ISL", "IS"),
    ("LIE", "LI"),
    ("NOR", "NO"),
    ("CHE", "CH"),
    ("GBR", "GB"),
    ("ALB", "AL"),
    ("BIH", "BA"),
    ("MNE", "ME"),
    ("MKD", "MK"),
    ("SRB", "RS"),
    ("TUR", "TR"),
    ("UKR", "UA"),
    ("MDA", "MD"),
    ("USA", "US"),
    ("CAN", "CA"),
    ("AUS", "AU"),
    ("NZL", "NZ"),
];

static COUNTRY_NAMES: &[(&str, &str)] = &[
    ("united states", "US"),
    ("united states of america", "US"),
    ("usa", "US"),
    ("canada", "CA"),
    ("germany", "DE"),
    ("france", "FR"),
    ("ireland", "IE"),
    ("spain", "ES"),
    ("italy", "IT"),
    ("belgium", "BE"),
    ("netherlands", "NL"),
    ("austria", "AT"),
    ("united kingdom", "GB"),
    ("poland", "PL"),
    ("sweden", "SE"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_sorted() {
        assert!(ISO_639_1.windows(2).all(|w| w[0] < w[1]));
        assert!(CURRENCIES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn languages() {
        assert_eq!(lang_code("en-US").as_deref(), Some("en"));
        assert_eq!(lang_code("ENG").as_deref(), Some("en"));
        assert_eq!(lang_code("English").as_deref(), Some("en"));
        assert_eq!(lang_code("xx"), None);
        assert_eq!(
            lang_from_uri("http://publications.europa.eu/resource/authority/language/DEU")
                .as_deref(),
            Some("de")
        );
    }
}
