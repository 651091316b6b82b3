//! Packs: what `pathways pack` writes reads back as the same dataset, at once or a record
//! at a time, and a damaged or foreign pack is refused with a reason and a fix.

use pathways_engine::pack::{self, Reader};
use pathways_engine::{Dataset, DatasetFile};

fn files() -> Vec<DatasetFile> {
    let a = pathways_engine::gen::generate(300, 7);
    let mut b = pathways_engine::gen::generate(40, 9);
    // An id the first file already has: the first definition must win, as in a merge.
    b.offers.push(a.offers[3].clone());
    b.offers[0].id = a.offers[3].id.clone();
    vec![a, b]
}

fn sample() -> String {
    pack::write(files())
}

#[test]
fn a_pack_reads_back_as_the_dataset_it_was_written_from() {
    let text = sample();
    assert!(pack::is_pack(text.as_bytes()));
    assert!(!pack::is_pack(
        br#"{"format":"pathways-dataset","version":1}"#
    ));
    let expected = format!("{:?}", Dataset::from_files(files()));
    let at_once = match pack::read("a.pwpack", text.as_bytes()) {
        Ok(f) => Dataset::from_files(f),
        Err(d) => panic!("{d:?}"),
    };
    assert_eq!(format!("{at_once:?}"), expected);

    let mut r = match Reader::new("a.pwpack", text.as_bytes()) {
        Ok(r) => r,
        Err(d) => panic!("{d:?}"),
    };
    let total = r.total();
    assert_eq!(total, text.lines().count() - 1);
    let mut seen = Vec::new();
    while r.step(13).unwrap_or_else(|d| panic!("{d:?}")) {
        seen.push(r.done());
    }
    assert!(seen.windows(2).all(|w| w[0] < w[1]) && seen.len() >= total / 13 - 1);
    let sliced = Dataset::from_files(pack::files(r.finish()));
    assert_eq!(format!("{sliced:?}"), expected);
}

/// The refusal's code, line and words, as the CLI and the app show them.
fn refusal(bytes: &[u8]) -> (String, usize, String) {
    match pack::read("x.pwpack", bytes) {
        Ok(_) => panic!("a damaged pack was read"),
        Err(d) => {
            let detail = |m: &pathways_engine::route::Msg| m.args.get("reason").cloned();
            let words = detail(&d.msg).unwrap_or_default();
            assert!(d
                .hint
                .as_ref()
                .and_then(detail)
                .is_some_and(|h| !h.is_empty()));
            (d.code.clone(), d.line, words)
        }
    }
}

#[test]
fn another_version_is_refused_by_name() {
    let text = sample().replacen("\"version\":1", "\"version\":2", 1);
    let (code, line, words) = refusal(text.as_bytes());
    assert_eq!((code.as_str(), line), ("pack-version", 1));
    assert!(
        words.contains("version 2") && words.contains("reads version 1"),
        "{words}"
    );
}

#[test]
fn a_changed_record_fails_the_checksum() {
    let text = sample();
    // Still valid JSON and a valid record: only the checksum can tell.
    let at = text.find("\"ects\":").unwrap_or(0) + 7;
    let mut bytes = text.into_bytes();
    bytes[at] = if bytes[at] == b'1' { b'2' } else { b'1' };
    let (code, _, words) = refusal(&bytes);
    assert_eq!(code, "pack-corrupt");
    assert!(words.contains("checksum"), "{words}");
}

#[test]
fn converted_line_endings_fail_the_checksum() {
    let text = sample().replace('\n', "\r\n");
    let (code, _, words) = refusal(text.as_bytes());
    assert_eq!(code, "pack-corrupt");
    assert!(words.contains("line endings"), "{words}");
}

#[test]
fn a_cut_off_pack_says_how_far_it_got() {
    let text = sample();
    let total = text.lines().count() - 1;
    let kept: Vec<&str> = text.lines().take(101).collect();
    let (code, line, words) = refusal(kept.join("\n").as_bytes());
    assert_eq!((code.as_str(), line), ("pack-corrupt", 102));
    assert!(
        words.contains(&format!("after 100 of its {total} records")),
        "{words}"
    );
}

#[test]
fn extra_lines_are_refused() {
    let text = format!("{}{{\"id\":\"extra\"}}\n", sample());
    let (code, _, words) = refusal(text.as_bytes());
    assert_eq!(code, "pack-corrupt");
    assert!(words.contains("more lines"), "{words}");
}

#[test]
fn a_broken_record_names_its_line() {
    let text = sample();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[5] = "{\"id\": ".into();
    let (code, line, words) = refusal(lines.join("\n").as_bytes());
    assert_eq!((code.as_str(), line), ("pack-record", 6));
    assert!(words.contains("line 6"), "{words}");
}

#[test]
fn a_dataset_file_is_not_taken_for_a_pack_header() {
    let (code, line, _) = refusal(b"{\"format\":\"pathways-dataset\",\"version\":1}\n");
    assert_eq!((code.as_str(), line), ("pack-header", 1));
    let (code, _, _) = refusal(b"PK\x03\x04 not json");
    assert_eq!(code, "pack-header");
}

#[test]
fn a_pack_cut_off_mid_record_says_so() {
    let text = sample();
    let cut = &text.as_bytes()[..text.len() / 2];
    let (code, _, words) = refusal(cut);
    assert_eq!(code, "pack-corrupt");
    assert!(
        words.contains("breaks off in the middle of record"),
        "{words}"
    );
}
