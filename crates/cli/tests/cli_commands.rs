//! The commands' exit codes, run in-process through `pathways_cli::run`.

use pathways_cli::run;

fn root() -> String {
    format!("{}/../..", env!("CARGO_MANIFEST_DIR"))
}

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

#[test]
fn check_exit_codes() {
    let r = root();
    let valid = format!("{r}/tests/fixtures/valid/minimal.json");
    let broken = format!("{r}/tests/fixtures/invalid/unknown-provider.json");
    let expired = format!("{r}/tests/fixtures/invalid/expired-rule.json");
    assert_eq!(run(args(&["check", "--today", "2026-11-24", &valid])), 0);
    assert_eq!(run(args(&["check", "--today", "2026-11-24", &broken])), 2);
    assert_eq!(run(args(&["check", "--today", "2026-11-24", &expired])), 1);
    assert_eq!(
        run(args(&[
            "check",
            "--strict",
            "--today",
            "2026-11-24",
            &expired
        ])),
        2
    );
    assert_eq!(run(args(&["check", "/no/such/file.json"])), 2);
    assert_eq!(run(args(&["check"])), 2);
}

#[test]
fn route_exit_codes() {
    let data = format!("{}/pathways-data/demo/de.json", root());
    let base = ["route", "--today", "2026-11-24", "--data", data.as_str()];
    let with = |extra: &[&str]| {
        let mut v: Vec<&str> = base.to_vec();
        v.extend_from_slice(extra);
        run(args(&v))
    };
    assert_eq!(
        with(&[
            "--hold",
            "de-vet-0613:80:2023-07-01",
            "--work",
            "3:0613",
            "--goal",
            "de-bsc-0613"
        ]),
        0
    );
    assert_eq!(
        with(&[
            "--hold",
            "de-vet-0613:80:2023-07-01",
            "--work",
            "3:0613",
            "--goal",
            "de-bsc-0613",
            "--json"
        ]),
        0
    );
    // No route within one step without the work experience: exit 1.
    assert_eq!(
        with(&[
            "--hold",
            "de-vet-0613",
            "--goal",
            "de-bsc-0613",
            "--max-steps",
            "1"
        ]),
        1
    );
    assert_eq!(with(&["--goal", "no-such-offer"]), 2);
    assert_eq!(
        with(&["--hold", "de-vet-0613:abc", "--goal", "de-bsc-0613"]),
        2
    );
    assert_eq!(with(&["--goal", "de-bsc-0613", "--mode", "teleport"]), 2);
}

#[test]
fn gen_writes_a_dataset_that_checks_clean() {
    let out = std::env::temp_dir().join(format!("pathways-gen-{}.json", std::process::id()));
    let out_s = out.display().to_string();
    assert_eq!(
        run(args(&[
            "gen", "--offers", "200", "--seed", "5", "-o", &out_s
        ])),
        0
    );
    assert_eq!(run(args(&["check", "--today", "2026-11-24", &out_s])), 0);
    let _ = std::fs::remove_file(out);
}
