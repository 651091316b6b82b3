//! `cargo xtask test`: every check CI runs, in order, with a summary at the end.

use crate::build;
use crate::serve;
use crate::steps::{cmd, root, run as exec, Result};
use crate::tools;
use std::time::Instant;

struct Outcome {
    name: &'static str,
    secs: f64,
    result: Result,
}

fn run_all(fast: bool, skip_e2e: bool) -> Vec<Outcome> {
    let mut out = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result| {
        eprintln!("\n==> {name}");
        let t = Instant::now();
        let result = f();
        if let Err(e) = &result {
            eprintln!("FAILED: {name}: {e}");
        }
        out.push(Outcome {
            name,
            secs: t.elapsed().as_secs_f64(),
            result,
        });
        out.last().is_some_and(|o| o.result.is_ok())
    };
    let tools_ok = step("install missing tools", &mut || {
        tools::install_build_tools().and_then(|_| tools::install_test_tools())
    });
    step("cargo fmt --check", &mut || {
        exec(cmd("cargo", &["fmt", "--all", "--check"]))
    });
    step("cargo clippy (native, all targets)", &mut || {
        exec(cmd(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ))
    });
    step("cargo clippy (wasm app)", &mut || {
        exec(cmd(
            "cargo",
            &[
                "clippy",
                "-p",
                "pathways-planner",
                "--target",
                "wasm32-unknown-unknown",
                "--",
                "-D",
                "warnings",
            ],
        ))
    });
    step("native tests (all crates)", &mut || {
        exec(cmd("cargo", &["test", "--workspace", "--quiet"]))
    });
    let built = tools_ok
        && step("wasm bundle (trunk) + size budget", &mut || {
            build::bundle(fast).map(|_| ())
        });
    if skip_e2e {
        eprintln!("\n(skipping browser end-to-end tests: --skip-e2e)");
    } else if built {
        step(
            "browser end-to-end tests (Playwright, headless Chromium)",
            &mut || e2e(),
        );
    } else {
        out.push(Outcome {
            name: "browser end-to-end tests (Playwright, headless Chromium)",
            secs: 0.0,
            result: Err("not run: the wasm bundle or the tools failed".into()),
        });
    }
    out
}

/// Serves `dist/` on two free ports (the second acts as a foreign origin for the widget
/// tests) and runs Playwright against them.
fn e2e() -> Result {
    big_pack()?;
    let dist = root().join("dist");
    let app = serve::spawn(dist.clone())?;
    let other = serve::spawn(dist)?;
    let mut c = cmd(
        "npx",
        &[
            "playwright",
            "test",
            "--config",
            "tests/e2e/playwright.config.ts",
        ],
    );
    c.env("BASE_URL", format!("http://127.0.0.1:{app}/"))
        .env("OTHER_ORIGIN", format!("http://localhost:{other}/"));
    exec(c)
}

/// The 100k-offer pack the scale test opens (about 190 MB), written by the `pathways` the
/// native tests built, again whenever that binary is newer than the pack.
fn big_pack() -> Result {
    let dir = root().join("target").join("e2e");
    let pack = dir.join("gen-100000.pwpack");
    let cli = root().join("target").join("debug").join("pathways");
    let modified = |p: &std::path::Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(&pack).is_some() && modified(&pack) >= modified(&cli) {
        return Ok(());
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let out = pack.display().to_string();
    exec(cmd(
        "cargo",
        &[
            "run",
            "--quiet",
            "-p",
            "pathways-cli",
            "--",
            "gen",
            "--offers",
            "100000",
            "--seed",
            "1",
            "-o",
            &out,
        ],
    ))
}

pub fn run(fast: bool, skip_e2e: bool) -> Result {
    let start = Instant::now();
    let outcomes = run_all(fast, skip_e2e);
    println!("\nSummary");
    for o in &outcomes {
        let mark = if o.result.is_ok() { "ok  " } else { "FAIL" };
        println!("  {mark} {:<58} {:>7.1}s", o.name, o.secs);
    }
    println!("  total {:.1}s", start.elapsed().as_secs_f64());
    let failed: Vec<_> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    if failed.is_empty() {
        println!("All checks passed.");
        Ok(())
    } else {
        Err(format!("{} check(s) failed", failed.len()))
    }
}
