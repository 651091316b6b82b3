//! Completion requirements of a programme over its own modules: what a CTDL pathway's
//! `ComponentCondition`s and `Constraint`s say about the components that lead to its
//! destination. Part of the format (`pathways-data/FORMAT.md`, "Completion requirements").
//!
//! Written tagged like entry conditions; read by hand (see `Fields`), in serde's words
//! (`missing field`, `unknown field`, `unknown variant`).

use serde::de::{Deserializer, Error, MapAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize};

/// A requirement tree whose leaves are the offer's modules. Both counted kinds of node
/// bound a number from below (`min`) and above (`max`), so CTDL's operators and
/// comparators all become bounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Completion {
    /// At least `min` and at most `max` (absent: any number) of the children hold; an
    /// absent `min` means all of them, or none when `max` is given. CTDL And is a plain
    /// group, Or `min` 1, `requiredNumber` n `min` n, OnlyOne `min` 1 `max` 1, Not `max` 0.
    Group {
        of: Vec<Completion>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    /// The module (by id) is completed.
    Module { module: String },
    /// The ECTS of the completed modules among `modules`, summed, lie within `min` and
    /// `max` (a CTDL `Constraint` over credit values: gteq is `min`, lteq `max`, eq both).
    Credits {
        modules: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
    },
}

impl Completion {
    /// A group of `of` with the given bounds.
    pub fn group(of: Vec<Completion>, min: Option<u32>, max: Option<u32>) -> Completion {
        Completion::Group { of, min, max }
    }
}

/// The least number of a group's `len` children that must hold.
pub fn least(len: usize, min: Option<u32>, max: Option<u32>) -> usize {
    match (min, max) {
        (Some(m), _) => m as usize,
        (None, Some(_)) => 0,
        (None, None) => len,
    }
}

/// Read by hand in one pass over the object's keys: a derived reader for this recursive,
/// tagged type was some 10 KB of the browser bundle, and going through a JSON value some
/// 6 KB.
impl<'de> Deserialize<'de> for Completion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(Fields)
    }
}

struct Fields;

const FIELDS: &[&str] = &["type", "of", "min", "max", "module", "modules"];
const TYPES: &[&str] = &["group", "module", "credits"];

impl<'de> Visitor<'de> for Fields {
    type Value = Completion;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a requirement")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Completion, A::Error> {
        let mut ty: Option<String> = None;
        let mut of: Option<Vec<Completion>> = None;
        let (mut min, mut max): (Option<f64>, Option<f64>) = (None, None);
        let mut module: Option<String> = None;
        let mut modules: Option<Vec<String>> = None;
        while let Some(k) = a.next_key::<String>()? {
            match k.as_str() {
                "type" => ty = Some(a.next_value()?),
                "of" => of = Some(a.next_value()?),
                "min" => min = Some(a.next_value()?),
                "max" => max = Some(a.next_value()?),
                "module" => module = Some(a.next_value()?),
                "modules" => modules = Some(a.next_value()?),
                _ => return Err(A::Error::unknown_field(&k, FIELDS)),
            }
        }
        let ty = ty.ok_or_else(|| A::Error::missing_field("type"))?;
        let allowed: &[&str] = match ty.as_str() {
            "group" => &["of", "min", "max"],
            "module" => &["module"],
            "credits" => &["modules", "min", "max"],
            other => return Err(A::Error::unknown_variant(other, TYPES)),
        };
        let present = [
            ("of", of.is_some()),
            ("min", min.is_some()),
            ("max", max.is_some()),
            ("module", module.is_some()),
            ("modules", modules.is_some()),
        ];
        crate::tagged::only(&present, allowed).map_err(A::Error::custom)?;
        // A group counts children: its bounds are whole numbers.
        let count = |x: Option<f64>| match x {
            Some(v) if v < 0.0 || v.fract() != 0.0 || v > f64::from(u32::MAX) => Err(
                A::Error::invalid_value(Unexpected::Float(v), &"a whole number of requirements"),
            ),
            _ => Ok(x.map(|v| v as u32)),
        };
        Ok(match ty.as_str() {
            "group" => Completion::Group {
                of: of.ok_or_else(|| A::Error::missing_field("of"))?,
                min: count(min)?,
                max: count(max)?,
            },
            "module" => Completion::Module {
                module: module.ok_or_else(|| A::Error::missing_field("module"))?,
            },
            _ => Completion::Credits {
                modules: modules.ok_or_else(|| A::Error::missing_field("modules"))?,
                min,
                max,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_reads_back_as_written() {
        let m = |id: &str| Completion::Module { module: id.into() };
        let c = Completion::group(
            vec![
                Completion::group(
                    vec![m("a"), Completion::group(vec![m("b")], None, Some(0))],
                    Some(1),
                    None,
                ),
                Completion::Credits {
                    modules: vec!["a".into(), "b".into()],
                    min: Some(6.0),
                    max: None,
                },
            ],
            None,
            None,
        );
        let json = serde_json::to_string(&c).unwrap_or_default();
        assert!(json.starts_with(r#"{"type":"group","of":[{"type":"group""#));
        let back: Result<Completion, _> = serde_json::from_str(&json);
        assert_eq!(back.map_err(|e| e.to_string()), Ok(c));
    }

    #[test]
    fn mistakes_get_serdes_words() {
        let err = |json: &str| {
            serde_json::from_str::<Completion>(json)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err(r#"{"type": "module"}"#).starts_with("missing field `module`"));
        assert!(err(r#"{"type": "module", "module": "a", "min": 1}"#)
            .starts_with("unknown field `min`, expected `module`"));
        assert!(err(r#"{"type": "module", "module": "a", "n": 1}"#)
            .starts_with("unknown field `n`, expected one of `type`"));
        assert!(err(r#"{"type": "group", "of": [], "min": 1.5}"#).contains("whole number"));
        assert!(
            err(r#"{"type": "credits", "modules": ["a"], "min": "x"}"#).contains("invalid type")
        );
        assert!(err(r#"{"type": "all_of"}"#).starts_with("unknown variant `all_of`"));
    }
}
