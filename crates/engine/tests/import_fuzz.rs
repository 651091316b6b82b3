//! No input may make the importer panic: mutated fixtures and random JSON.

use pathways_engine::import::{import, Format};
use proptest::prelude::*;

fn fixtures() -> Vec<String> {
    [
        "ctdl/graph.json",
        "ctdl/pathway.json",
        "ctdl/envelope.json",
        "elm/qualification.jsonld",
    ]
    .iter()
    .filter_map(|r| {
        std::fs::read_to_string(format!(
            "{}/../../tests/fixtures/{r}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .ok()
    })
    .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn mutated_inputs_never_panic(which in 0usize..4, edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 1..6)) {
        let all = fixtures();
        let Some(base) = all.get(which % all.len().max(1)) else { return Ok(()) };
        let mut chars: Vec<char> = base.chars().collect();
        for (ix, op, c) in edits {
            if chars.is_empty() { break; }
            let i = ix.index(chars.len());
            match op {
                0 => { chars.remove(i); }
                1 => chars.insert(i, c),
                2 => chars[i] = c,
                _ => { let j = (i + 40).min(chars.len()); chars.drain(i..j); }
            }
        }
        let text: String = chars.into_iter().collect();
        for f in [Format::Auto, Format::Ctdl, Format::Elm] {
            let _ = import(&[("m.json".into(), text.clone())], f);
        }
    }

    #[test]
    fn value_swaps_never_panic(which in 0usize..4, seed in any::<u64>()) {
        // Replaces one JSON value with a value of another type, keeping the JSON valid.
        let all = fixtures();
        let Some(base) = all.get(which % all.len().max(1)) else { return Ok(()) };
        let Ok(mut v) = serde_json::from_str::<serde_json::Value>(base) else { return Ok(()) };
        let repl = [serde_json::json!(null), serde_json::json!(-1), serde_json::json!("x"), serde_json::json!([]), serde_json::json!({}), serde_json::json!(1e308), serde_json::json!([{"@id": 3}])];
        let mut counter = seed;
        fn walk(v: &mut serde_json::Value, counter: &mut u64, repl: &[serde_json::Value]) {
            *counter = counter.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            if (*counter >> 33).is_multiple_of(7) {
                *v = repl[((*counter >> 40) % repl.len() as u64) as usize].clone();
                return;
            }
            match v {
                serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, counter, repl)),
                serde_json::Value::Object(m) => m.values_mut().for_each(|x| walk(x, counter, repl)),
                _ => {}
            }
        }
        walk(&mut v, &mut counter, &repl);
        for f in [Format::Auto, Format::Ctdl, Format::Elm] {
            let _ = import(&[("m.json".into(), v.to_string())], f);
        }
    }
}
