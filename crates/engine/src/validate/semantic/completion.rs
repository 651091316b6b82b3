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
                    format!("module `{}` names credential `{c}`, which is neither declared nor awarded by any offer", m.id),
                    "declare the credential in `credentials` or use the id of one an offer awards",
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
            format!("requirements are nested deeper than {MAX_CONDITION_DEPTH} levels"),
            "flatten the requirement tree",
            path,
        );
        return;
    }
    let module = |id: &str, p: &Path, out: &mut Out| {
        if !ids.contains(&id) {
            out.err(
                "unknown-reference",
                format!("the requirements name module `{id}`, which this offer does not list"),
                "add the module to `modules` or use the id of one listed there",
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
                    format!(
                        "the group asks for at least {n} of {} requirements",
                        of.len()
                    ),
                    "`min` must be between 1 and the number of requirements in `of`",
                    &path.key("min"),
                );
            }
            if max.is_some_and(|m| (m as usize) < n && m > 0) {
                out.err(
                    "invalid-value",
                    format!(
                        "the group asks for at least {n} but at most {}",
                        max.unwrap_or(0)
                    ),
                    "give `max` at least `min`, or 0 for \"none of these\"",
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
                    "the credit bounds exclude every sum: `min` is above `max`".into(),
                    "give `max` at least `min`",
                    &path.key("max"),
                );
            }
        }
    }
}
