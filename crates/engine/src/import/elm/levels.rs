//! What a specification is about and at which level: EQF level, national level, ISCED-F
//! field, ESCO skills.

use super::spec::Spec;
use super::{concept_ids, last_seg};
use crate::import::jsonld::{items, Obj};
use crate::import::{Ctx, Reason};
use crate::model::NationalLevel;
use crate::route::Msg;
use serde_json::Value;

/// The EQF level, from the concept's URI or its notation.
pub(super) fn eqf(s: &mut Spec) -> Option<u8> {
    s.field("eqfLevel").and_then(|v| {
        concept_ids(&v).into_iter().find_map(|(i, n, _)| {
            last_seg(&i)
                .parse::<u8>()
                .ok()
                .or_else(|| n.parse().ok())
                .filter(|l| (1..=8).contains(l))
        })
    })
}

/// The national level from a label such as "NLQF 6": the framework, then the level.
pub(super) fn national(cx: &mut Ctx, s: &mut Spec) -> Option<NationalLevel> {
    let mut national_level = None;
    let v = s.field("nqfLevel")?;
    for (_, _, label) in concept_ids(&v) {
        let words: Vec<&str> = label.split_whitespace().collect();
        match words.as_slice() {
            [framework, .., level] if national_level.is_none() => {
                national_level = Some(NationalLevel {
                    framework: framework.to_string(),
                    level: level.to_string(),
                });
            }
            _ => {
                let msg = Msg::new("import.level_unmapped.national").arg("value", label);
                cx.on(&s.o).prop(Reason::LevelUnmapped, "nqfLevel", msg);
            }
        }
    }
    national_level
}

/// The ISCED-F field: the first code among the thematic areas and subjects. An offer
/// has one field in our format, so more are reported.
pub(super) fn field(cx: &mut Ctx, s: &mut Spec) -> Option<String> {
    let mut fields = Vec::new();
    for k in ["thematicArea", "educationSubject", "iscedfCode"] {
        if let Some(v) = s.field(k) {
            for (i, n, _) in concept_ids(&v) {
                let code = if i.contains("isced-f") {
                    last_seg(&i).to_string()
                } else {
                    n
                };
                if !code.is_empty() && code.len() <= 4 && code.chars().all(|c| c.is_ascii_digit()) {
                    fields.push(code);
                }
            }
        }
    }
    if fields.len() > 1 {
        let msg = Msg::new("import.multiple_values.fields")
            .arg("n", fields.len())
            .arg("values", fields.join(", "));
        cx.on(&s.o)
            .prop(Reason::MultipleValues, "thematicArea", msg);
    }
    fields.into_iter().next()
}

/// ESCO skills named by the learning outcomes; a skill outside ESCO is reported.
pub(super) fn esco(cx: &mut Ctx, s: &mut Spec) -> Vec<String> {
    let mut esco = Vec::new();
    let Some(v) = s.field("learningOutcome") else {
        return esco;
    };
    let lop = s.o.prop_path("learningOutcome");
    for (x, p) in items(&v, &lop) {
        let Value::Object(lm) = x else { continue };
        let mut lo = Obj::new(lm, p, "LearningOutcome".into());
        lo.consume(&["id", "type"]);
        for k in ["relatedESCOSkill", "relatedSkill"] {
            let Some(skills) = lo.get(k) else { continue };
            for (i, _, _) in concept_ids(skills) {
                if !i.contains("data.europa.eu/esco/") {
                    let msg = Msg::new("import.unmapped_property.skill").arg("uri", &i);
                    cx.on(&lo).prop(Reason::UnmappedProperty, k, msg);
                } else if !esco.contains(&i) {
                    esco.push(i);
                }
            }
        }
        cx.leftover(&lo);
    }
    esco
}
