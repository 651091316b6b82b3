//! Every validation rule has a broken fixture under `tests/fixtures/invalid/`; each test
//! asserts the exact diagnostics: severity, code, line:column, JSON path and message.

use pathways_engine::validate::{check_texts, CheckOptions, Severity};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Checks one fixture against `expected` lines `severity code line:col path | message`.
fn check(name: &str, expected: &[&str]) {
    let path = fixtures().join("invalid").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let file = format!("tests/fixtures/invalid/{name}");
    let report = check_texts(
        &[(file, text)],
        &CheckOptions {
            today: Some("2026-11-24".into()),
        },
    );
    let got: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            let sev = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            format!(
                "{sev} {} {}:{} {} | {}",
                d.code, d.line, d.column, d.path, d.message
            )
        })
        .collect();
    assert_eq!(got, expected, "fixture {name}");
    for d in &report.diagnostics {
        assert!(
            d.hint.as_deref().is_some_and(|h| !h.is_empty()),
            "{name}: {} has no hint",
            d.code
        );
    }
}

#[test]
fn valid_minimal_is_clean() {
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

#[test]
fn every_invalid_fixture_is_tested() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, TESTED);
}

const TESTED: &[&str] = &[
    "cap-out-of-range.json",
    "condition-too-deep.json",
    "credits-exceed-total.json",
    "duplicate-id.json",
    "empty-condition-group.json",
    "expired-rule.json",
    "invalid-advanced-entry.json",
    "invalid-at-least.json",
    "invalid-country.json",
    "invalid-currency.json",
    "invalid-date.json",
    "invalid-eqf.json",
    "invalid-grade.json",
    "invalid-isced-f.json",
    "invalid-language.json",
    "invalid-nuts.json",
    "invalid-url.json",
    "invalid-validity.json",
    "invalid-value.json",
    "json-syntax.json",
    "micro-credential-elements.json",
    "missing-conversion.json",
    "missing-field.json",
    "missing-source.json",
    "not-a-dataset.json",
    "nuts-country-mismatch.json",
    "unknown-credential.json",
    "unknown-field.json",
    "unknown-module.json",
    "unknown-provider.json",
    "unknown-target.json",
    "unreachable-offer.json",
    "unsupported-version.json",
    "wrong-format.json",
    "wrong-type.json",
];

#[test]
fn broken_fixtures() {
    check(
        "cap-out-of-range.json",
        &["error cap-out-of-range 142:14 $.rules[0].cap | cap 1.5 is outside (0, 1]"],
    );
    check(
        "condition-too-deep.json",
        &[
            "error condition-too-deep 202:135 $.offers[1].entry.all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0].all[0] | conditions are nested deeper than 32 levels",
        ],
    );
    check(
        "credits-exceed-total.json",
        &[
            "error credits-exceed-total 140:17 $.rules[0].grant.ects | recognises 200 ECTS but offer `de-th-bsc-inf` has only 180 ECTS",
        ],
    );
    check(
        "duplicate-id.json",
        &[
            "error duplicate-id 131:13 $.offers[2].id | duplicate offer id `de-fiae` (first defined at tests/fixtures/invalid/duplicate-id.json:42:5)",
        ],
    );
    check(
        "empty-condition-group.json",
        &["error empty-condition-group 108:16 $.offers[1].entry.any | `any` has no conditions"],
    );
    check(
        "expired-rule.json",
        &[
            "warning expired-rule 149:22 $.rules[0].valid_until | rule `r-fiae-inf` expired on 2025-07-31",
        ],
    );
    check(
        "invalid-advanced-entry.json",
        &[
            "error invalid-advanced-entry 140:17 $.rules[0].grant.year | entry into year 4 of a 3-year offer",
        ],
    );
    check(
        "invalid-at-least.json",
        &[
            "error invalid-at-least 108:14 $.offers[1].entry.n | `at_least` asks for 3 of 1 conditions",
        ],
    );
    check(
        "invalid-country.json",
        &[
            "error invalid-country 25:18 $.providers[1].country | `XX` is not an ISO 3166-1 alpha-2 country code",
            "error nuts-country-mismatch 26:15 $.providers[1].nuts | NUTS region `DEA2` is not in country `XX`",
        ],
    );
    check(
        "invalid-currency.json",
        &[
            "error invalid-currency 93:21 $.offers[1].cost.currency | `EURO` is not an ISO 4217 currency code",
        ],
    );
    check(
        "invalid-date.json",
        &["error invalid-date 149:22 $.rules[0].valid_until | `2030-02-30` is not a date"],
    );
    check(
        "invalid-eqf.json",
        &["error invalid-eqf 50:14 $.offers[0].eqf | EQF level 9 is outside 1–8"],
    );
    check(
        "invalid-grade.json",
        &[
            "error invalid-grade 112:26 $.offers[1].entry.any[0].min_grade | minimum grade 120 is outside 0–100",
        ],
    );
    check(
        "invalid-isced-f.json",
        &[
            "error invalid-isced-f 67:16 $.offers[0].field | `0699` is not an ISCED-F 2013 field code",
        ],
    );
    check(
        "invalid-language.json",
        &[
            "error invalid-language 62:9 $.offers[0].languages[1] | `ger` is not an ISO 639-1 language code",
        ],
    );
    check(
        "invalid-nuts.json",
        &["error invalid-nuts 18:15 $.providers[0].nuts | `DEZ9` is not a NUTS 2021 code"],
    );
    check(
        "invalid-url.json",
        &[
            "error invalid-url 27:14 $.providers[1].url | `javascript:alert(1)` is not an absolute http(s) URL",
        ],
    );
    check(
        "invalid-validity.json",
        &[
            "error invalid-validity 150:21 $.rules[0].valid_from | `valid_from` is after `valid_until`",
            "warning rule-not-yet-valid 150:21 $.rules[0].valid_from | rule `r-fiae-inf` applies only from 2031-01-01",
        ],
    );
    check(
        "invalid-value.json",
        &[
            "error invalid-value 76:15 $.offers[1].kind | unknown variant `phd`, expected one of `vet_qualification`, `apprenticeship`, `short_cycle_he`, `bachelor`, `master`, `doctorate`, `he_module`, `adult_course`, `micro_credential`, `validation_procedure`",
        ],
    );
    check(
        "json-syntax.json",
        &["error json-syntax 6:5 $ | not valid JSON: expected `,` or `]`"],
    );
    check(
        "micro-credential-elements.json",
        &[
            "warning micro-credential-elements 42:5 $.offers[0] | micro-credential lacks elements of the 2022 Council Recommendation: micro (assessment, quality assurance)",
        ],
    );
    check(
        "missing-conversion.json",
        &[
            "error missing-conversion 51:18 $.offers[0].credits | credits in `ecvet` need `ects_per_unit`",
        ],
    );
    check(
        "missing-field.json",
        &["error missing-field 70:5 $.offers[1] | missing field `kind`"],
    );
    check(
        "missing-source.json",
        &[
            "error missing-source 146:22 $.rules[0].source.reference | the rule has no source reference",
        ],
    );
    check(
        "not-a-dataset.json",
        &["error not-a-dataset 1:1 $ | the file is not a JSON object"],
    );
    check(
        "nuts-country-mismatch.json",
        &[
            "error nuts-country-mismatch 18:15 $.providers[0].nuts | NUTS region `FR10` is not in country `DE`",
        ],
    );
    check(
        "unknown-credential.json",
        &[
            "error unknown-reference 111:27 $.offers[1].entry.any[0].credential | credential `de-fachabitur` is neither declared nor awarded by any offer",
        ],
    );
    check(
        "unknown-field.json",
        &[
            "error unknown-field 69:16 $.offers[0].titel | unknown field `titel`, expected one of `id`, `title`, `description`, `kind`, `provider`, `eqf`, `national_level`, `credits`, `duration_months`, `weekly_hours`, `modes`, `languages`, `cost`, `field`, `esco`, `starts`, `support`, `awards`, `entry`, `years`, `modules`, `completion`, `credit_cap`, `parallel`, `micro`, `url`, `note`, `unknown_reason`, `source`",
        ],
    );
    check(
        "unknown-module.json",
        &[
            "error unknown-reference 141:11 $.rules[0].grant.modules[0] | offer `de-th-bsc-inf` has no module `prog2`",
        ],
    );
    check(
        "unknown-provider.json",
        &["error unknown-reference 49:19 $.offers[0].provider | provider `de-hwk` is not defined"],
    );
    check(
        "unknown-target.json",
        &[
            "error unknown-reference 137:13 $.rules[0].to | target offer `de-th-msc` is not defined",
        ],
    );
    check(
        "unreachable-offer.json",
        &[
            "warning unreachable-offer 106:16 $.offers[1].entry | nobody can enter offer `de-th-bsc-inf`: its entry requirements can never be met with the credentials of this dataset",
        ],
    );
    check(
        "unsupported-version.json",
        &[
            "error unsupported-version 3:14 $.version | format version 2 is newer than this planner reads (1)",
        ],
    );
    check(
        "wrong-format.json",
        &[
            "error wrong-format 2:13 $.format | `format` is \"pathways\", expected \"pathways-dataset\"",
        ],
    );
    check(
        "wrong-type.json",
        &[
            "error wrong-type 84:26 $.offers[1].duration_months | invalid type: string \"36\", expected f64",
        ],
    );
}
