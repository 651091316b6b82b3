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
    // Each case: the words after `route --today 2026-11-24 --data de.json`, and the exit code.
    let cases = [
        (
            "--hold de-vet-0613:80:2023-07-01 --work 3:0613 --goal de-bsc-0613",
            0,
        ),
        (
            "--hold de-vet-0613:80:2023-07-01 --work 3:0613 --goal de-bsc-0613 --json",
            0,
        ),
        // No route within one step without the work experience.
        ("--hold de-vet-0613 --goal de-bsc-0613 --max-steps 1", 1),
        ("--goal no-such-offer", 2),
        ("--hold de-vet-0613:abc --goal de-bsc-0613", 2),
        ("--goal de-bsc-0613 --mode teleport", 2),
        // A negative budget is a bad budget (exit 2), not an unknown argument.
        ("--goal de-bsc-0613 --budget -1", 2),
        // A work field the engine does not know is refused, never read as "no experience".
        ("--hold de-vet-0613 --work 3:software --goal de-bsc-0613", 2),
        ("--goal de-bsc-0613 --basis hopeful", 2),
        ("--goal de-bsc-0613 --goal-credential de-bsc-0613", 2),
    ];
    for (extra, code) in cases {
        let mut v = vec!["route", "--today", "2026-11-24", "--data", data.as_str()];
        v.extend(extra.split_whitespace());
        assert_eq!(run(args(&v)), code, "route {extra}");
    }
}

#[test]
fn route_refuses_data_that_check_rejects() {
    // A negative duration, a negative cost, a 1e308-credit grant and a cap of 7: `check`
    // rejects the file, so `route` does not plan on it.
    let dir = std::env::temp_dir().join(format!("pathways-bad-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("bad.json");
    let text = r#"{"format": "pathways-dataset", "version": 1,
      "providers": [{"id": "p", "name": {"en": "P"}, "country": "DE"}],
      "credentials": [{"id": "c", "title": {"en": "C"}}],
      "offers": [{"id": "o", "title": {"en": "O"}, "kind": "bachelor", "provider": "p",
        "credits": {"value": 180, "system": "ects"}, "duration_months": -36,
        "modes": ["full_time"], "languages": ["de"], "cost": {"amount": -5, "currency": "EUR"},
        "awards": "o"}],
      "rules": [{"id": "r", "from": ["c"], "to": "o", "grant": {"type": "credits", "ects": 1e308},
        "cap": 7, "kind": "automatic", "issuer": "X",
        "source": {"reference": "x", "certainty": "illustrative"}}]}"#;
    std::fs::write(&file, text).unwrap();
    let f = file.display().to_string();
    assert_eq!(
        run(args(&[
            "route",
            "--today",
            "2026-11-24",
            "--data",
            &f,
            "--hold",
            "c",
            "--goal",
            "o"
        ])),
        2
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn route_help_gives_the_syntax_of_every_option() {
    let mut cmd = <pathways_cli::route::RouteArgs as clap::CommandFactory>::command();
    let help = cmd.render_long_help().to_string();
    for needle in [
        "--hold <CRED[:GRADE[:YYYY-MM-DD]]>",
        "--work <YEARS[:ISCED-F]>",
        "--lang <LANG:CEFR>",
        "--goal-credential <CREDENTIAL_ID>",
        "--budget <EUR>",
        "--basis <binding|expected|possible>",
    ] {
        assert!(help.contains(needle), "help lacks {needle}:\n{help}");
    }
    // Every option has a description.
    for arg in cmd.get_arguments() {
        assert!(arg.get_help().is_some(), "--{} has no help", arg.get_id());
    }
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
