//! Installing what a fresh machine lacks. Each tool is checked (by version where it
//! matters) before installing, so a warm machine installs nothing.

use crate::steps::{cmd, output, root, run, Result};

const TRUNK_VERSION: &str = "0.21.14";

/// The wasm-bindgen CLI must match the `wasm-bindgen` crate in Cargo.lock exactly.
fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|v| v.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

pub fn install_build_tools() -> Result {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        run(cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]))?;
    }
    let trunk = output("trunk", &["--version"]).unwrap_or_default();
    if !trunk.contains(TRUNK_VERSION) {
        // trunk 0.22 needs a newer rustc than this machine's 1.95.
        run(cmd(
            "cargo",
            &["install", "--locked", "trunk", "--version", TRUNK_VERSION],
        ))?;
    }
    let wb = wasm_bindgen_version()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if !have.contains(&wb) {
        // Not --locked: the registry copy reachable here lags behind the CLI's lock file.
        run(cmd(
            "cargo",
            &["install", "wasm-bindgen-cli", "--version", &wb, "--force"],
        ))?;
    }
    npm_ci()?;
    let opt = output("wasm-opt", &["--version"]).unwrap_or_default();
    if !opt.contains("version 132") {
        return Err(format!(
            "wasm-opt version 132 not found after npm ci (got `{}`); is binaryen@132 in package-lock.json?",
            opt.trim()
        ));
    }
    Ok(())
}

/// `npm ci` when node_modules is missing or older than the lock file.
fn npm_ci() -> Result {
    let lock = root().join("package-lock.json");
    let stamp = root().join("node_modules/.package-lock.json");
    let stale = match (std::fs::metadata(&lock), std::fs::metadata(&stamp)) {
        (Ok(l), Ok(s)) => match (l.modified(), s.modified()) {
            (Ok(lm), Ok(sm)) => lm > sm,
            _ => true,
        },
        _ => true,
    };
    if stale {
        run(cmd("npm", &["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

pub fn install_test_tools() -> Result {
    npm_ci()?;
    if !std::path::Path::new("/usr/bin/chromium").exists() {
        let sudo = output("id", &["-u"])
            .map(|u| u.trim() != "0")
            .unwrap_or(true);
        let apt = |args: &[&str]| {
            if sudo {
                let mut all = vec!["apt-get"];
                all.extend_from_slice(args);
                cmd("sudo", &all)
            } else {
                cmd("apt-get", args)
            }
        };
        run(apt(&["update"]))?;
        let mut install = apt(&["install", "-y", "chromium", "chromium-driver"]);
        install.env("DEBIAN_FRONTEND", "noninteractive");
        run(install)?;
    }
    Ok(())
}
