//! Project automation: `cargo xtask <command>`.
//!
//! Everything a newcomer needs is two commands: `serve` and `test`. Both install what a
//! fresh machine lacks (idempotently: each tool is checked by version first) so CI and a
//! laptop run the exact same steps.

mod bench;
mod build;
mod lighthouse;
mod serve;
mod steps;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--port 8080] [--fast]   install tools, build the release bundle, serve it
  build [--fast]                 install tools, build the bundle into dist/ and print its size
  test [--fast] [--skip-e2e]     fmt, clippy, native tests, wasm build + size budget, e2e tests
  serve-dist [--port 8080]       serve dist/ as it is (no build)
  bench                          route engine benchmark table (native, release)
  bench-wasm                     load/check/route timed in headless Chromium (release wasm)
  lighthouse                     Lighthouse scores of the start page, a plan link and the embed demo
  install                        only install missing tools

--fast builds the wasm with the quicker `wasm-dev` profile (no LTO); the size budget is only
checked on release builds.";

/// `--port N`, default 8080.
fn port_arg(args: &[String]) -> u16 {
    args.iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let fast = args.iter().any(|a| a == "--fast");
    let result = match args.first().map(String::as_str) {
        Some("serve") => {
            let port = port_arg(&args);
            tools::install_build_tools()
                .and_then(|_| build::bundle(fast))
                .and_then(|_| serve::serve_forever(port))
        }
        Some("serve-dist") => {
            // Serves the current dist/ without building (for running single e2e specs).
            let port = port_arg(&args);
            serve::serve_forever(port)
        }
        Some("build") => tools::install_build_tools().and_then(|_| build::bundle(fast).map(|_| ())),
        Some("test") => test::run(fast, args.iter().any(|a| a == "--skip-e2e")),
        Some("bench") => bench::native(),
        Some("bench-wasm") => tools::install_build_tools().and_then(|_| bench::wasm()),
        Some("lighthouse") => lighthouse::run_all(),
        Some("install") => tools::install_build_tools().and_then(|_| tools::install_test_tools()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
