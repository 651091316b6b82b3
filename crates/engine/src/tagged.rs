//! Reading the format's `type`-tagged objects: entry conditions, recognition grants and
//! the what-if changes a plan link carries.
//!
//! serde's internally tagged enums buffer each object into an intermediate tree before they
//! know which variant it is; that machinery was some 40 KB of the browser bundle. Here an
//! object is read once into the union of its variants' fields, then checked against its
//! `type`. The messages keep serde's wording (`missing field`, `unknown field`, `unknown
//! variant`), which `load` turns into diagnostic codes, and a wrong value inside a field is
//! reported at that field's own path.

use crate::model::{Cefr, Condition, Grant};
use crate::route::Change;
use serde::Deserialize;

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ConditionType {
    AllOf,
    AnyOf,
    AtLeast,
    Credential,
    Level,
    WorkExperience,
    Language,
    Validation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConditionFields {
    #[serde(rename = "type")]
    kind: ConditionType,
    all: Option<Vec<Condition>>,
    any: Option<Vec<Condition>>,
    n: Option<u32>,
    of: Option<Vec<Condition>>,
    credential: Option<String>,
    min_grade: Option<f64>,
    min_eqf: Option<u8>,
    field: Option<String>,
    country: Option<String>,
    years: Option<f64>,
    language: Option<String>,
    min: Option<Cefr>,
}

impl TryFrom<ConditionFields> for Condition {
    type Error = String;

    fn try_from(f: ConditionFields) -> Result<Self, String> {
        use ConditionType as T;
        let allowed: &[&str] = match f.kind {
            T::AllOf => &["all"],
            T::AnyOf => &["any"],
            T::AtLeast => &["n", "of"],
            T::Credential => &["credential", "min_grade"],
            T::Level => &["min_eqf", "field", "country"],
            T::WorkExperience => &["years", "field"],
            T::Language => &["language", "min"],
            T::Validation => &["field"],
        };
        let present = [
            ("all", f.all.is_some()),
            ("any", f.any.is_some()),
            ("n", f.n.is_some()),
            ("of", f.of.is_some()),
            ("credential", f.credential.is_some()),
            ("min_grade", f.min_grade.is_some()),
            ("min_eqf", f.min_eqf.is_some()),
            ("field", f.field.is_some()),
            ("country", f.country.is_some()),
            ("years", f.years.is_some()),
            ("language", f.language.is_some()),
            ("min", f.min.is_some()),
        ];
        only(&present, allowed)?;
        Ok(match f.kind {
            T::AllOf => Condition::AllOf {
                all: need(f.all, "all")?,
            },
            T::AnyOf => Condition::AnyOf {
                any: need(f.any, "any")?,
            },
            T::AtLeast => Condition::AtLeast {
                n: need(f.n, "n")?,
                of: need(f.of, "of")?,
            },
            T::Credential => Condition::Credential {
                credential: need(f.credential, "credential")?,
                min_grade: f.min_grade,
            },
            T::Level => Condition::Level {
                min_eqf: need(f.min_eqf, "min_eqf")?,
                field: f.field,
                country: f.country,
            },
            T::WorkExperience => Condition::WorkExperience {
                years: need(f.years, "years")?,
                field: f.field,
            },
            T::Language => Condition::Language {
                language: need(f.language, "language")?,
                min: need(f.min, "min")?,
            },
            T::Validation => Condition::Validation { field: f.field },
        })
    }
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub(crate) enum GrantType {
    Credits,
    Exemption,
    AdvancedEntry,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GrantFields {
    #[serde(rename = "type")]
    kind: GrantType,
    ects: Option<f64>,
    modules: Option<Vec<String>>,
    year: Option<u8>,
}

impl TryFrom<GrantFields> for Grant {
    type Error = String;

    fn try_from(f: GrantFields) -> Result<Self, String> {
        let present = [
            ("ects", f.ects.is_some()),
            ("modules", f.modules.is_some()),
            ("year", f.year.is_some()),
        ];
        Ok(match f.kind {
            GrantType::Credits => {
                only(&present, &["ects"])?;
                Grant::Credits {
                    ects: need(f.ects, "ects")?,
                }
            }
            GrantType::Exemption => {
                only(&present, &["modules"])?;
                Grant::Exemption {
                    modules: need(f.modules, "modules")?,
                }
            }
            GrantType::AdvancedEntry => {
                only(&present, &["year"])?;
                Grant::AdvancedEntry {
                    year: need(f.year, "year")?,
                }
            }
        })
    }
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ChangeType {
    Work,
    Language,
    Grade,
    Credential,
    Validated,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChangeFields {
    #[serde(rename = "type")]
    kind: ChangeType,
    field: Option<String>,
    more: Option<f64>,
    language: Option<String>,
    level: Option<Cefr>,
    credential: Option<String>,
    min: Option<f64>,
}

impl TryFrom<ChangeFields> for Change {
    type Error = String;

    fn try_from(f: ChangeFields) -> Result<Self, String> {
        use ChangeType as T;
        let allowed: &[&str] = match f.kind {
            T::Work => &["field", "more"],
            T::Language => &["language", "level"],
            T::Grade => &["credential", "min"],
            T::Credential => &["credential"],
            T::Validated => &["field"],
        };
        let present = [
            ("field", f.field.is_some()),
            ("more", f.more.is_some()),
            ("language", f.language.is_some()),
            ("level", f.level.is_some()),
            ("credential", f.credential.is_some()),
            ("min", f.min.is_some()),
        ];
        only(&present, allowed)?;
        Ok(match f.kind {
            T::Work => Change::Work {
                field: f.field,
                more: need(f.more, "more")?,
            },
            T::Language => Change::Language {
                language: need(f.language, "language")?,
                level: need(f.level, "level")?,
            },
            T::Grade => Change::Grade {
                credential: need(f.credential, "credential")?,
                min: need(f.min, "min")?,
            },
            T::Credential => Change::Credential {
                credential: need(f.credential, "credential")?,
            },
            T::Validated => Change::Validated {
                field: need(f.field, "field")?,
            },
        })
    }
}

fn need<T>(v: Option<T>, name: &str) -> Result<T, String> {
    v.ok_or_else(|| format!("missing field `{name}`"))
}

/// Refuses a field that belongs to another type, in serde's words.
pub(crate) fn only(present: &[(&str, bool)], allowed: &[&str]) -> Result<(), String> {
    let Some((stray, _)) = present
        .iter()
        .find(|(name, here)| *here && !allowed.contains(name))
    else {
        return Ok(());
    };
    let quoted: Vec<String> = allowed.iter().map(|a| format!("`{a}`")).collect();
    let expected = match quoted.as_slice() {
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        more => format!("expected one of {}", more.join(", ")),
    };
    Err(format!("unknown field `{stray}`, {expected}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(json: &str) -> Result<Condition, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn every_type_reads_as_before() {
        let c = condition(
            r#"{"type": "at_least", "n": 1, "of": [
                {"type": "credential", "credential": "c", "min_grade": 60},
                {"type": "level", "min_eqf": 5, "field": "06", "country": "FR"},
                {"type": "work_experience", "years": 2},
                {"type": "language", "language": "de", "min": "B2"},
                {"type": "validation"},
                {"type": "all_of", "all": [{"type": "any_of", "any": []}]}]}"#,
        );
        let Ok(Condition::AtLeast { n: 1, of }) = c else {
            panic!("{c:?}");
        };
        assert_eq!(of.len(), 6);
        // What is read is what is written: the serialised form reads back the same.
        let again = condition(
            &serde_json::to_string(&of)
                .map(|s| format!(r#"{{"type": "all_of", "all": {s}}}"#))
                .unwrap_or_default(),
        );
        assert_eq!(again, Ok(Condition::AllOf { all: of }));
        let g: Result<Vec<Grant>, _> = serde_json::from_str(
            r#"[{"type": "credits", "ects": 30}, {"type": "exemption", "modules": ["m"]},
               {"year": 2, "type": "advanced_entry"}]"#,
        );
        assert_eq!(
            g.map_err(|e| e.to_string()),
            Ok(vec![
                Grant::Credits { ects: 30.0 },
                Grant::Exemption {
                    modules: vec!["m".into()]
                },
                Grant::AdvancedEntry { year: 2 }
            ])
        );
    }

    #[test]
    fn mistakes_get_serdes_words() {
        let err = |json: &str| condition(json).err().unwrap_or_default();
        assert!(err(r#"{"type": "credential"}"#).starts_with("missing field `credential`"));
        assert!(err(r#"{"credential": "c"}"#).starts_with("missing field `type`"));
        assert!(
            err(r#"{"type": "credential", "credential": "c", "years": 2}"#)
                .starts_with("unknown field `years`, expected `credential` or `min_grade`")
        );
        assert!(err(r#"{"type": "level", "min_eqf": 5, "spam": 1}"#)
            .starts_with("unknown field `spam`"));
        assert!(err(r#"{"type": "degree"}"#).starts_with("unknown variant `degree`"));
        assert!(err(r#"{"type": "level", "min_eqf": 300}"#).contains("expected u8"));
        let grant = serde_json::from_str::<Grant>(r#"{"type": "credits", "year": 1}"#);
        assert!(grant.is_err_and(|e| e
            .to_string()
            .starts_with("unknown field `year`, expected `ects`")));
    }
    #[test]
    fn what_if_changes_read_back_as_written() {
        let changes = vec![
            Change::Work {
                field: Some("0613".into()),
                more: 2.0,
            },
            Change::Work {
                field: None,
                more: 1.0,
            },
            Change::Language {
                language: "de".into(),
                level: Cefr::B2,
            },
            Change::Grade {
                credential: "fr-bts".into(),
                min: 70.0,
            },
            Change::Credential {
                credential: "de-abitur".into(),
            },
            Change::Validated { field: "09".into() },
        ];
        let json = serde_json::to_string(&changes).unwrap_or_default();
        let back: Result<Vec<Change>, _> = serde_json::from_str(&json);
        assert_eq!(back.map_err(|e| e.to_string()), Ok(changes));
        let err = |json: &str| {
            serde_json::from_str::<Change>(json)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err(r#"{"type": "work"}"#).starts_with("missing field `more`"));
        assert!(
            err(r#"{"type": "credential", "credential": "c", "min": 70}"#)
                .starts_with("unknown field `min`, expected `credential`")
        );
        assert!(err(r#"{"type": "luck"}"#).starts_with("unknown variant `luck`"));
    }
}
