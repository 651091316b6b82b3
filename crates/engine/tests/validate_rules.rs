//! The validator's rules as specifications: per rule, a minimal dataset that breaks it and
//! the diagnostics it gets, one per line as `severity code line:column path | message`.
//! Every diagnostic must also carry a hint. After a deliberate change of wording, update
//! the snapshots with `UPDATE_EXPECT=1 cargo test -p pathways-engine --test validate_rules`.

use expect_test::{expect, Expect};
use pathways_engine::validate::{check_texts, CheckOptions, Severity};
use std::path::PathBuf;

fn check(text: &str, expect: Expect) {
    expect.assert_eq(&diagnostics("data.json", text));
}

fn diagnostics(name: &str, text: &str) -> String {
    let report = check_texts(
        &[(name.into(), text.into())],
        &CheckOptions {
            today: Some("2026-11-24".into()),
        },
    );
    let mut out = String::new();
    for d in &report.diagnostics {
        let sev = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let (message, hint) = english(d);
        out += &format!(
            "{sev} {} {}:{} {} | {message}\n",
            d.code, d.line, d.column, d.path
        );
        assert!(
            hint.is_some_and(|h| !h.is_empty()),
            "{} has no hint",
            d.code
        );
    }
    if out.is_empty() {
        out = "clean\n".into();
    }
    out
}

/// A diagnostic's message and hint in English, as the CLI renders them, after checking
/// that every key it uses has an English text (a key without one would show as itself).
fn english(d: &pathways_engine::validate::Diagnostic) -> (String, Option<String>) {
    static EN: std::sync::OnceLock<std::collections::BTreeMap<String, String>> =
        std::sync::OnceLock::new();
    let cat = EN.get_or_init(|| {
        serde_json::from_str(include_str!("../../../locales/en.json")).unwrap_or_default()
    });
    for m in std::iter::once(&d.msg).chain(&d.hint) {
        assert!(cat.contains_key(&m.key), "en.json lacks {}", m.key);
    }
    let text = |k: &str| cat.get(k).cloned();
    let en = pathways_engine::route::render::Renderer {
        ds: &pathways_engine::Dataset::default(),
        lang: "en",
        text: &text,
        with_ids: true,
    };
    (d.message(&en), d.hint_text(&en))
}

/// An offer of provider `p` that says everything a clean dataset needs; tests put their
/// own offers next to it or break it.
const OFFER: &str = r#"{"id": "o", "title": {"en": "O"}, "kind": "adult_course", "provider": "p", "duration_months": 6, "modes": ["online"], "languages": ["de"], "cost": {"amount": 0, "currency": "EUR"}, "awards": "o"}"#;

/// A dataset of provider `p`, credential `c` and `offers`.
fn with_offers(offers: &[&str]) -> String {
    format!(
        r#"{{"format": "pathways-dataset", "version": 1,
"providers": [{{"id": "p", "name": {{"en": "P"}}, "country": "DE"}}],
"credentials": [{{"id": "c", "title": {{"en": "C"}}}}],
"offers": [
{}
]}}"#,
        offers.join(",\n")
    )
}

/// The grant of a rule whose test is about something else than what it grants.
const THIRTY_ECTS: &str = r#"{"type": "credits", "ects": 30}"#;

/// A bachelor of 180 ECTS in 3 years with modules, and a rule for holders of `c` into it
/// that grants `grant` with `extra` rule fields.
fn with_rule(grant: &str, extra: &str) -> String {
    format!(
        r#"{{"format": "pathways-dataset", "version": 1,
"providers": [{{"id": "p", "name": {{"en": "P"}}, "country": "DE"}}],
"credentials": [{{"id": "c", "title": {{"en": "C"}}}}],
"offers": [
{{"id": "o", "title": {{"en": "O"}}, "kind": "bachelor", "provider": "p", "credits": {{"value": 180, "system": "ects"}}, "years": 3, "duration_months": 36, "modes": ["full_time"], "languages": ["de"], "cost": {{"amount": 0, "currency": "EUR"}}, "awards": "o",
 "modules": [{{"id": "prog1", "title": {{"en": "Programming 1"}}, "credits": 10}}]}}
],
"rules": [
{{"id": "r", "from": ["c"], "to": "o", "grant": {grant}, "kind": "individual", "issuer": "P",
 "source": {{"reference": "agreement", "certainty": "illustrative"}}{extra}}}
]}}"#
    )
}

/// The dataset of `with_offers(&[OFFER])` with the provider's fields after its name
/// replaced by `fields`.
fn with_provider(fields: &str) -> String {
    with_offers(&[OFFER]).replace(r#""country": "DE"}"#, fields)
}

/// A second provider `q` with `fields` after its name.
fn with_second_provider(fields: &str) -> String {
    with_offers(&[OFFER]).replace(
        r#""country": "DE"}"#,
        &format!(r#""country": "DE"}}, {{"id": "q", "name": {{"en": "Q"}}, {fields}}}"#),
    )
}

/// `OFFER` as `id`, awarding its own credential.
fn offer(id: &str) -> String {
    OFFER
        .replace(r#""id": "o""#, &format!(r#""id": "{id}""#))
        .replace(r#""awards": "o""#, &format!(r#""awards": "{id}""#))
}

/// The clean offer `o`, then an offer `e` whose entry condition is `entry`.
fn with_entry(entry: &str) -> String {
    let e = offer("e").replace(
        r#""awards": "e""#,
        &format!(r#""awards": "e", "entry": {entry}"#),
    );
    with_offers(&[OFFER, &e])
}

/// `OFFER` with `old` replaced by `new`.
fn offer_with(old: &str, new: &str) -> String {
    assert!(OFFER.contains(old), "{old}");
    with_offers(&[&OFFER.replace(old, new)])
}

/// The clean offer `o`, then an offer `e` with `old` replaced by `new`.
fn second_offer_with(old: &str, new: &str) -> String {
    let e = offer("e");
    assert!(e.contains(old), "{old}");
    with_offers(&[OFFER, &e.replace(old, new)])
}

#[test]
fn a_minimal_dataset_is_clean() {
    check(
        &with_offers(&[OFFER]),
        expect![[r#"
        clean
    "#]],
    );
    check(
        &with_rule(THIRTY_ECTS, ""),
        expect![[r#"
            clean
        "#]],
    );
}

#[test]
fn the_shipped_minimal_fixture_is_clean() {
    let text = std::fs::read_to_string(fixtures().join("valid/minimal.json")).unwrap();
    let report = check_texts(
        &[("minimal.json".into(), text)],
        &CheckOptions {
            today: Some("2026-11-24".into()),
        },
    );
    assert_eq!(report.diagnostics, vec![]);
    let ds = report.dataset.unwrap();
    assert_eq!(ds.offers.len(), 2);
    assert_eq!(ds.credentials.len(), 3);
}

// Reading: JSON, the envelope, the types.

#[test]
fn json_syntax() {
    check(
        r#"{"format": "pathways-dataset", "version": 1, "offers": [
  { "id": "a" }
  { "id": "b" }
]}"#,
        expect![[r#"
            error json-syntax 3:3 $ | not valid JSON: expected `,` or `]`
        "#]],
    );
}

#[test]
fn not_a_dataset() {
    check(
        "[1, 2, 3]",
        expect![[r#"
        error not-a-dataset 1:1 $ | the file is not a JSON object
    "#]],
    );
}

#[test]
fn wrong_format() {
    check(
        r#"{"format": "pathways", "version": 1}"#,
        expect![[r#"
        error wrong-format 1:12 $.format | `format` is "pathways", expected "pathways-dataset"
    "#]],
    );
}

#[test]
fn unsupported_version() {
    check(
        r#"{"format": "pathways-dataset", "version": 2}"#,
        expect![[r#"
            error unsupported-version 1:43 $.version | format version 2 is newer than this planner reads (1)
        "#]],
    );
}

#[test]
fn unknown_field() {
    check(
        &offer_with(r#""awards": "o""#, r#""awards": "o", "titel": {"en": "x"}"#),
        expect![[r#"
            error unknown-field 5:206 $.offers[0].titel | unknown field `titel`, expected one of `id`, `title`, `description`, `kind`, `provider`, `eqf`, `national_level`, `credits`, `duration_months`, `weekly_hours`, `modes`, `languages`, `cost`, `field`, `esco`, `starts`, `support`, `awards`, `entry`, `years`, `modules`, `completion`, `credit_cap`, `parallel`, `micro`, `url`, `note`, `unknown_reason`, `source`
        "#]],
    );
}

/// The fast path's (`check_files`) first diagnostic as `code line:column | message | hint`.
fn fast_path_first(text: &str) -> Option<String> {
    let report = pathways_engine::validate::check_files(
        &[("data.json".into(), text.into())],
        &CheckOptions::default(),
    );
    report.diagnostics.first().map(|d| {
        let (message, hint) = english(d);
        format!(
            "{} {}:{} | {message} | {}",
            d.code,
            d.line,
            d.column,
            hint.unwrap_or_default()
        )
    })
}

/// The fast path (the browser's checker module, the CLI before planning) stops at the
/// first value that does not fit, but names it by the same rule as the full checker: a
/// reader told "not valid JSON" about a misspelt field looks for the wrong mistake.
#[test]
fn fast_path_names_the_rule_a_value_breaks() {
    let misspelt = offer_with(r#""awards": "o""#, r#""awards": "o", "titel": {"en": "x"}"#);
    let text = fast_path_first(&misspelt).unwrap_or_default();
    assert!(
        text.starts_with("unknown-field 5:")
            && text.contains("unknown field `titel`")
            && text
                .ends_with("remove the field or correct its spelling; FORMAT.md lists every field"),
        "{text}"
    );
    let wrong_type = offer_with(r#""duration_months": 6"#, r#""duration_months": "six""#);
    let text = fast_path_first(&wrong_type).unwrap_or_default();
    assert!(text.starts_with("wrong-type 5:"), "{text}");
    let cut_off = &misspelt[..misspelt.len() / 2];
    let text = fast_path_first(cut_off).unwrap_or_default();
    assert!(
        text.starts_with("parse ") && text.contains("fix the JSON syntax"),
        "{text}"
    );
}

/// A key written twice in one object: JSON readers keep one value and drop the other, so a
/// second `offers` list would silently replace the first. Both checkers say so, at the
/// repeat, and the full one names the line of the first.
#[test]
fn duplicate_key() {
    let text = with_offers(&[OFFER]).replacen("\"offers\": [", "\"offers\": [],\n\"offers\": [", 1);
    let offers_twice = text.replacen(
        r#""title": {"en": "O"}"#,
        r#""title": {"en": "O", "en": "Oh"}"#,
        1,
    );
    check(
        &offers_twice,
        expect![[r#"
            error duplicate-key 5:1 $.offers | duplicate key `offers` (first at line 4): a reader keeps only one of its values
            error duplicate-key 6:34 $.offers[0].title.en | duplicate key `en` (first at line 6): a reader keeps only one of its values
        "#]],
    );
    assert_eq!(
        fast_path_first(&text).as_deref(),
        Some("duplicate-key 5:8 | duplicate key `offers`: a reader keeps only one of its values | write each key once per object: merge the two values (for a list such as `offers`, put every item in one list)")
    );
    let report = pathways_engine::validate::check_files(
        &[("data.json".into(), text)],
        &CheckOptions::default(),
    );
    assert!(report.dataset.is_none());
}

/// A byte-order mark before a clean file (Windows editors write one) is no error, in the
/// full checker and on the fast path, and positions stay those an editor shows.
#[test]
fn a_byte_order_mark_is_not_an_error() {
    let text = format!("\u{feff}{}", with_offers(&[OFFER]));
    assert_eq!(diagnostics("data.json", &text), "clean\n");
    let fast = pathways_engine::validate::check_files(
        &[("data.json".into(), text.clone())],
        &CheckOptions {
            today: Some("2026-11-24".into()),
        },
    );
    assert!(fast.diagnostics.is_empty(), "{:?}", fast.diagnostics);
    assert_eq!(fast.dataset.map(|d| d.offers.len()), Some(1));
    let broken = format!(
        "\u{feff}{}",
        &with_offers(&[OFFER]).replacen("\"o\"", "\"o\", \"titel\": 1", 1)
    );
    let d = diagnostics("data.json", &broken);
    assert!(d.starts_with("error unknown-field "), "{d}");
}

#[test]
fn missing_field() {
    check(
        &second_offer_with(r#""kind": "adult_course", "#, ""),
        expect![[r#"
            error missing-field 6:1 $.offers[1] | missing field `kind`
        "#]],
    );
}

#[test]
fn wrong_type() {
    check(
        &second_offer_with(r#""duration_months": 6"#, r#""duration_months": "6""#),
        expect![[r#"
            error wrong-type 6:95 $.offers[1].duration_months | invalid type: string "6", expected f64
        "#]],
    );
}

#[test]
fn invalid_value() {
    check(
        &second_offer_with(r#""kind": "adult_course""#, r#""kind": "phd""#),
        expect![[r#"
            error invalid-value 6:43 $.offers[1].kind | unknown variant `phd`, expected one of `vet_qualification`, `apprenticeship`, `short_cycle_he`, `bachelor`, `master`, `doctorate`, `he_module`, `adult_course`, `micro_credential`, `validation_procedure`
        "#]],
    );
}

// Identity and references.

#[test]
fn duplicate_id() {
    check(
        &with_offers(&[OFFER, &offer("e"), OFFER]),
        expect![[r#"
            error duplicate-id 7:8 $.offers[2].id | duplicate offer id `o` (first defined at data.json:5:1)
        "#]],
    );
}

#[test]
fn unknown_provider() {
    check(
        &offer_with(r#""provider": "p""#, r#""provider": "q""#),
        expect![[r#"
            error unknown-reference 5:71 $.offers[0].provider | provider `q` is not defined
        "#]],
    );
}

#[test]
fn unknown_credential() {
    check(
        &with_entry(
            r#"{"type": "any_of", "any": [{"type": "credential", "credential": "x"}, {"type": "credential", "credential": "c"}]}"#,
        ),
        expect![[r#"
            error unknown-reference 6:270 $.offers[1].entry.any[0].credential | credential `x` is neither declared nor awarded by any offer
        "#]],
    );
}

#[test]
fn unknown_target() {
    check(
        &with_rule(THIRTY_ECTS, "").replace(r#""to": "o""#, r#""to": "x""#),
        expect![[r#"
            error unknown-reference 9:34 $.rules[0].to | target offer `x` is not defined
        "#]],
    );
}

#[test]
fn unknown_module() {
    check(
        &with_rule(r#"{"type": "exemption", "modules": ["prog2"]}"#, ""),
        expect![[r#"
            error unknown-reference 9:82 $.rules[0].grant.modules[0] | offer `o` has no module `prog2`
        "#]],
    );
}

// Codes.

#[test]
fn invalid_eqf() {
    check(
        &offer_with(r#""awards": "o""#, r#""awards": "o", "eqf": 9"#),
        expect![[r#"
            error invalid-eqf 5:204 $.offers[0].eqf | EQF level 9 is outside 1–8
        "#]],
    );
}

#[test]
fn invalid_isced_f() {
    check(
        &offer_with(r#""awards": "o""#, r#""awards": "o", "field": "0699""#),
        expect![[r#"
            error invalid-isced-f 5:206 $.offers[0].field | `0699` is not an ISCED-F 2013 field code
        "#]],
    );
}

#[test]
fn invalid_language() {
    check(
        &offer_with(r#"["de"]"#, r#"["de", "ger"]"#),
        expect![[r#"
            error invalid-language 5:139 $.offers[0].languages[1] | `ger` is not an ISO 639-1 language code
        "#]],
    );
}

#[test]
fn invalid_currency() {
    check(
        &second_offer_with(r#""EUR""#, r#""EURO""#),
        expect![[r#"
            error invalid-currency 6:174 $.offers[1].cost.currency | `EURO` is not an ISO 4217 currency code
        "#]],
    );
}

#[test]
fn invalid_country() {
    check(
        &with_second_provider(r#""country": "XX", "nuts": "DEA2""#),
        expect![[r#"
            error invalid-country 2:110 $.providers[1].country | `XX` is not an ISO 3166-1 alpha-2 country code
            error nuts-country-mismatch 2:124 $.providers[1].nuts | NUTS region `DEA2` is not in country `XX`
        "#]],
    );
}

#[test]
fn invalid_nuts() {
    check(
        &with_provider(r#""country": "DE", "nuts": "DEZ9"}"#),
        expect![[r#"
            error invalid-nuts 2:73 $.providers[0].nuts | `DEZ9` is not a NUTS 2021 code
        "#]],
    );
}

#[test]
fn nuts_country_mismatch() {
    check(
        &with_provider(r#""country": "DE", "nuts": "FR10"}"#),
        expect![[r#"
            error nuts-country-mismatch 2:73 $.providers[0].nuts | NUTS region `FR10` is not in country `DE`
        "#]],
    );
}

#[test]
fn invalid_url() {
    check(
        &with_second_provider(r#""country": "DE", "url": "javascript:alert(1)""#),
        expect![[r#"
            error invalid-url 2:123 $.providers[1].url | `javascript:alert(1)` is not an absolute http(s) URL
        "#]],
    );
}

// Offers.

#[test]
fn missing_conversion() {
    check(
        &offer_with(
            r#""awards": "o""#,
            r#""awards": "o", "credits": {"value": 180, "system": "ecvet"}"#,
        ),
        expect![[r#"
            error missing-conversion 5:208 $.offers[0].credits | credits in `ecvet` need `ects_per_unit`
        "#]],
    );
}

#[test]
fn micro_credential_elements() {
    check(
        &offer_with(
            r#""adult_course""#,
            r#""micro_credential", "eqf": 4, "credits": {"value": 6, "system": "ects"}"#,
        ),
        expect![[r#"
            warning micro-credential-elements 5:1 $.offers[0] | micro-credential lacks elements of the 2022 Council Recommendation: micro (assessment, quality assurance)
        "#]],
    );
}

// Entry conditions.

#[test]
fn invalid_grade() {
    check(
        &with_entry(
            r#"{"type": "any_of", "any": [{"type": "credential", "credential": "c", "min_grade": 120}, {"type": "credential", "credential": "c"}]}"#,
        ),
        expect![[r#"
            error invalid-grade 6:288 $.offers[1].entry.any[0].min_grade | minimum grade 120 is outside 0–100
        "#]],
    );
}

#[test]
fn invalid_at_least() {
    check(
        &with_entry(
            r#"{"type": "at_least", "n": 3, "of": [{"type": "credential", "credential": "c"}]}"#,
        ),
        expect![[r#"
            error invalid-at-least 6:232 $.offers[1].entry.n | `at_least` asks for 3 of 1 conditions
        "#]],
    );
}

#[test]
fn empty_condition_group() {
    check(
        &with_entry(r#"{"type": "any_of", "any": []}"#),
        expect![[r#"
            error empty-condition-group 6:232 $.offers[1].entry.any | `any` has no conditions
        "#]],
    );
}

#[test]
fn condition_too_deep() {
    let deep = format!(
        "{}{}{}",
        r#"{"type": "all_of", "all": ["#.repeat(33),
        r#"{"type": "credential", "credential": "c"}"#,
        "]}".repeat(33)
    );
    check(
        &with_entry(&deep),
        expect![[r#"
            error condition-too-deep 6:1070 $.offers[1].entry.all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0] | conditions are nested deeper than 32 levels
        "#]],
    );
}

#[test]
fn unreachable_offer() {
    check(
        &with_entry(r#"{"type": "level", "min_eqf": 7}"#),
        expect![[r#"
            warning unreachable-offer 6:206 $.offers[1].entry | nobody can enter offer `e`: its entry requirements can never be met with the credentials of this dataset
        "#]],
    );
}

// Recognition rules.

#[test]
fn credits_exceed_total() {
    check(
        &with_rule(r#"{"type": "credits", "ects": 200}"#, ""),
        expect![[r#"
            error credits-exceed-total 9:76 $.rules[0].grant.ects | recognises 200 ECTS but offer `o` has only 180 ECTS
        "#]],
    );
}

#[test]
fn cap_out_of_range() {
    check(
        &with_rule(THIRTY_ECTS, r#", "cap": 1.5"#),
        expect![[r#"
            error cap-out-of-range 10:76 $.rules[0].cap | cap 1.5 is outside (0, 1]
        "#]],
    );
}

#[test]
fn invalid_advanced_entry() {
    check(
        &with_rule(r#"{"type": "advanced_entry", "year": 4}"#, ""),
        expect![[r#"
            error invalid-advanced-entry 9:83 $.rules[0].grant.year | entry into year 4 of a 3-year offer
        "#]],
    );
}

#[test]
fn missing_source() {
    check(
        &with_rule(THIRTY_ECTS, "").replace(r#""agreement""#, r#""""#),
        expect![[r#"
            error missing-source 10:26 $.rules[0].source.reference | the rule has no source reference
        "#]],
    );
}

#[test]
fn invalid_date() {
    check(
        &with_rule(THIRTY_ECTS, r#", "valid_until": "2030-02-30""#),
        expect![[r#"
            error invalid-date 10:84 $.rules[0].valid_until | `2030-02-30` is not a date
        "#]],
    );
}

#[test]
fn invalid_validity() {
    check(
        &with_rule(
            THIRTY_ECTS,
            r#", "valid_until": "2030-12-31", "valid_from": "2031-01-01""#,
        ),
        expect![[r#"
            error invalid-validity 10:112 $.rules[0].valid_from | `valid_from` is after `valid_until`
            warning rule-not-yet-valid 10:112 $.rules[0].valid_from | rule `r` applies only from 2031-01-01
        "#]],
    );
}

#[test]
fn expired_rule() {
    check(
        &with_rule(THIRTY_ECTS, r#", "valid_until": "2025-07-31""#),
        expect![[r#"
            warning expired-rule 10:84 $.rules[0].valid_until | rule `r` expired on 2025-07-31
        "#]],
    );
}

// The two files the CLI's exit-code tests open.

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

#[test]
fn the_broken_files_the_cli_tests_open_break_as_they_expect() {
    let read = |name: &str| {
        let text = std::fs::read_to_string(fixtures().join("invalid").join(name)).unwrap();
        diagnostics(name, &text)
    };
    expect![[r#"
        error unknown-reference 49:19 $.offers[0].provider | provider `de-hwk` is not defined
        warning expired-rule 149:22 $.rules[0].valid_until | rule `r-fiae-inf` expired on 2025-07-31
    "#]]
    .assert_eq(&(read("unknown-provider.json") + &read("expired-rule.json")));
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["expired-rule.json", "unknown-provider.json"]);
}
