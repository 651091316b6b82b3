//! `pathways pack`: the demo dataset packed plans the same routes as its JSON files; a pack
//! is refused when its data has errors or when it was damaged after it was written.

use pathways_cli::run;

fn root() -> String {
    format!("{}/../..", env!("CARGO_MANIFEST_DIR"))
}

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

fn tmp(name: &str) -> String {
    std::env::temp_dir()
        .join(format!("pathways-pack-{}-{name}", std::process::id()))
        .display()
        .to_string()
}

fn demo() -> Vec<String> {
    let dir = format!("{}/pathways-data/demo", root());
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().display().to_string())
                .filter(|p| p.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `pathways route --json` on `data`, from the built binary.
fn route_json(data: &[String]) -> String {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_pathways"));
    cmd.args(["route", "--today", "2026-11-24", "--json"]);
    for d in data {
        cmd.args(["--data", d]);
    }
    cmd.args([
        "--hold",
        "de-vet-0613:80:2023-07-01",
        "--work",
        "3:0613",
        "--goal",
        "de-bsc-0613",
    ]);
    match cmd.output() {
        Ok(o) => {
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            String::from_utf8_lossy(&o.stdout).into_owned()
        }
        Err(e) => panic!("cannot run pathways: {e}"),
    }
}

#[test]
fn a_packed_dataset_plans_the_routes_of_its_files() {
    let files = demo();
    assert!(files.len() >= 5, "{files:?}");
    let out = tmp("demo.pwpack");
    let mut v = vec!["pack", "--today", "2026-11-24", "-o", out.as_str()];
    v.extend(files.iter().map(String::as_str));
    assert_eq!(run(args(&v)), 0);
    assert_eq!(run(args(&["check", "--today", "2026-11-24", &out])), 0);
    let from_json = route_json(&files);
    assert!(from_json.contains("de-bsc-0613"), "{from_json}");
    assert_eq!(route_json(std::slice::from_ref(&out)), from_json);

    // Damaged after it was written: every command refuses it.
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    let damaged = tmp("damaged.pwpack");
    let _ = std::fs::write(&damaged, text.replacen("\"ects\":", "\"ects\": ", 1));
    assert_eq!(run(args(&["check", &damaged])), 2);
    let route = [
        "route",
        "--today",
        "2026-11-24",
        "--data",
        &damaged,
        "--goal",
        "de-bsc-0613",
    ];
    assert_eq!(run(args(&route)), 2);
    for f in [out, damaged] {
        let _ = std::fs::remove_file(f);
    }
}

#[test]
fn data_with_errors_is_not_packed() {
    let broken = format!("{}/tests/fixtures/invalid/unknown-provider.json", root());
    let out = tmp("broken.pwpack");
    assert_eq!(run(args(&["pack", "-o", &out, &broken])), 2);
    assert!(!std::path::Path::new(&out).exists());
}
