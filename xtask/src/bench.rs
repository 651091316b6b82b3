//! Benchmarks: the native table (engine example) and the same work timed inside headless
//! Chromium, on datasets from `pathways gen`.

use crate::serve;
use crate::steps::{cmd, root, run, Result};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

pub fn native() -> Result {
    run(cmd(
        "cargo",
        &[
            "run",
            "--release",
            "-p",
            "pathways-engine",
            "--example",
            "bench_table",
        ],
    ))
}

/// Builds the bench crate for wasm with the release profile the app ships with, generates
/// the datasets, serves them and runs `tests/bench/run-wasm-bench.mjs`.
pub fn wasm() -> Result {
    let out = root().join("target/wasm-bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    run(cmd(
        "cargo",
        &[
            "build",
            "--release",
            "-p",
            "pathways-wasm-bench",
            "--target",
            "wasm32-unknown-unknown",
        ],
    ))?;
    let wasm = root().join("target/wasm32-unknown-unknown/release/pathways_wasm_bench.wasm");
    let pkg = out.join("pkg");
    let mut wb = cmd("wasm-bindgen", &["--target", "web", "--out-dir"]);
    wb.arg(&pkg).arg(&wasm);
    run(wb)?;
    for f in ["bench.html", "bench.js"] {
        std::fs::copy(root().join("crates/wasm-bench/web").join(f), out.join(f))
            .map_err(|e| format!("cannot copy {f}: {e}"))?;
    }
    let demo_src = root().join("pathways-data/demo");
    let demo_out = out.join("demo");
    std::fs::create_dir_all(&demo_out)
        .map_err(|e| format!("cannot create {}: {e}", demo_out.display()))?;
    let mut demo: Vec<String> = std::fs::read_dir(&demo_src)
        .map_err(|e| format!("cannot read {}: {e}", demo_src.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    demo.sort();
    for f in &demo {
        std::fs::copy(demo_src.join(f), demo_out.join(f))
            .map_err(|e| format!("cannot copy demo/{f}: {e}"))?;
    }
    run(cmd("cargo", &["build", "--release", "-p", "pathways-cli"]))?;
    let cli = root().join("target/release/pathways");
    for n in SIZES {
        for ext in ["json", "pwpack"] {
            let file = out.join(format!("gen-{n}.{ext}"));
            if !file.exists() {
                let mut g = cmd(&cli.display().to_string(), &["gen", "--offers"]);
                g.arg(n.to_string()).args(["--seed", "1", "-o"]).arg(&file);
                run(g)?;
            }
        }
    }
    let port = serve::spawn(out)?;
    let sizes = SIZES.map(|s| s.to_string()).join(",");
    run(cmd(
        "node",
        &[
            "tests/bench/run-wasm-bench.mjs",
            &format!(
                "http://127.0.0.1:{port}/bench.html?sizes={sizes}&reps=5&demo={}",
                demo.join(",")
            ),
        ],
    ))
}
