//! The validator must answer every input with diagnostics, never a panic: mutated copies
//! of a valid dataset (byte flips, cuts, insertions) and arbitrary text.

use pathways_engine::validate::{check_texts, CheckOptions};
use proptest::prelude::*;

const VALID: &str = include_str!("../../../tests/fixtures/valid/minimal.json");

fn run(text: String) {
    let report = check_texts(
        &[("mutated.json".into(), text)],
        &CheckOptions {
            today: Some("2026-11-24".into()),
        },
    );
    for d in &report.diagnostics {
        assert!(!d.msg.key.is_empty());
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Cut(usize),
    Delete(usize, usize),
    Insert(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<usize>().prop_map(Mutation::Cut),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (
            any::<usize>(),
            prop::sample::select(vec![
                "{",
                "}",
                "[",
                "]",
                ",",
                "\"",
                "null",
                "-1",
                "1e999",
                "\"x\"",
                "{\"type\":\"all_of\",\"all\":[]}",
                "\\u0000",
                "é",
            ])
            .prop_map(str::to_string)
        )
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
    ]
}

fn apply(text: &str, muts: &[Mutation]) -> String {
    let mut b = text.as_bytes().to_vec();
    for m in muts {
        let n = b.len().max(1);
        match m {
            Mutation::Flip(i, x) => {
                if let Some(c) = b.get_mut(i % n) {
                    *c ^= x | 1;
                }
            }
            Mutation::Cut(i) => b.truncate(i % n),
            Mutation::Delete(i, k) => {
                let s = (i % n).min(b.len());
                let e = (s + k).min(b.len());
                b.drain(s..e);
            }
            Mutation::Insert(i, s) => {
                let at = (i % n).min(b.len());
                b.splice(at..at, s.bytes());
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn mutated_datasets_never_panic(muts in prop::collection::vec(mutation(), 1..6)) {
        run(apply(VALID, &muts));
    }

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,400}") {
        run(s);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        "{{\"format\":\"pathways-dataset\",\"version\":1,\"offers\":[{}1{}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let report = check_texts(&[("deep.json".into(), deep)], &CheckOptions::default());
    assert_eq!(report.diagnostics.len(), 1);
    assert_eq!(report.diagnostics[0].code, "json-syntax");
}
