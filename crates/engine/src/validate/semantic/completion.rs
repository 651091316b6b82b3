//! Checks of a programme's completion requirements (an imported pathway): every module
//! they name exists, every module's credential exists, groups are well formed.

use super::*;
use crate::completion::Completion;

pub(super) fn check(o: &Offer, path: &Path, ix: &Index, out: &mut Out) {
    let ids: Vec<&str> = o.modules.iter().map(|m| m.id.as_str()).collect();
    for (i, m) in o.modules.iter().enumerate() {
        let mp = path.key("modules").index(i);
        if let Some(c) = &m.credential {
            if !ix.has_credential(c) {
                out.err(
                    "unknown-reference",
                    Msg::new("check.unknown_reference.module_credential")
                        .arg("item", &m.id)
                        .arg("target", c),
                    "check.hint.module_credential",
                    &mp.key("credential"),
                );
            }
        }
        if let Some(r) = &m.requires {
            tree(r, &mp.key("requires"), 1, &ids, out);
        }
    }
    if let Some(c) = &o.completion {
        tree(c, &path.key("completion"), 1, &ids, out);
    }
}

fn tree(c: &Completion, path: &Path, depth: usize, ids: &[&str], out: &mut Out) {
    if depth > MAX_CONDITION_DEPTH {
        out.err(
            "condition-too-deep",
            Msg::new("check.requirements_too_deep").arg("n", MAX_CONDITION_DEPTH),
            "check.hint.flatten_requirements",
            path,
        );
        return;
    }
    let module = |id: &str, p: &Path, out: &mut Out| {
        if !ids.contains(&id) {
            out.err(
                "unknown-reference",
                Msg::new("check.unknown_reference.requirement_module").arg("item", id),
                "check.hint.requirement_module",
                p,
            );
        }
    };
    match c {
        Completion::Group { of, min, max } => {
            empty_group(of.is_empty(), "of", path, out);
            let n = crate::completion::least(of.len(), *min, *max);
            if min.is_some_and(|m| m == 0) || n > of.len() {
                out.err(
                    "invalid-at-least",
                    Msg::new("check.invalid_at_least.group")
                        .arg("n", n)
                        .arg("of", of.len()),
                    "check.hint.group_min",
                    &path.key("min"),
                );
            }
            if max.is_some_and(|m| (m as usize) < n && m > 0) {
                out.err(
                    "invalid-value",
                    Msg::new("check.invalid_value.group_max")
                        .arg("n", n)
                        .arg("max", max.unwrap_or(0)),
                    "check.hint.group_max",
                    &path.key("max"),
                );
            }
            for (i, ch) in of.iter().enumerate() {
                tree(ch, &path.key("of").index(i), depth + 1, ids, out);
            }
        }
        Completion::Module { module: m } => module(m, &path.key("module"), out),
        Completion::Credits { modules, min, max } => {
            for (i, m) in modules.iter().enumerate() {
                module(m, &path.key("modules").index(i), out);
            }
            for (v, key) in [(min, "min"), (max, "max")] {
                if let Some(v) = v {
                    non_negative(*v, "a credit bound", &path.key(key), out);
                }
            }
            if min.zip(*max).is_some_and(|(a, b)| a > b) {
                out.err(
                    "invalid-value",
                    Msg::new("check.invalid_value.credit_bounds"),
                    "check.hint.credit_bounds",
                    &path.key("max"),
                );
            }
        }
    }
}
