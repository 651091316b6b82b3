//! `cargo xtask lighthouse`: Lighthouse (from npm, run offline against Debian's Chromium) on
//! the release bundle as `cargo xtask serve` serves it (gzip, caching): the start page, a
//! plan link and the embed demo, on Lighthouse's simulated phone, three runs each
//! (`tests/lighthouse/run.mjs` prints the table). Not part of `test`: a performance score
//! moves with the machine's load, so it is a measurement, not a check.

use crate::steps::{cmd, root, run, Result};
use crate::{build, serve, tools};

/// The version the README's figures were measured with.
const LIGHTHOUSE: &str = "lighthouse@12";

pub fn run_all() -> Result {
    tools::install_build_tools()?;
    tools::install_test_tools()?;
    let prefix = root().join("target/lighthouse");
    let bin = prefix.join("node_modules/.bin/lighthouse");
    if !bin.exists() {
        std::fs::create_dir_all(&prefix)
            .map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
        let mut npm = cmd("npm", &["install", "--no-audit", "--no-fund", "--prefix"]);
        npm.arg(&prefix).arg(LIGHTHOUSE);
        run(npm)?;
    }
    build::bundle(false)?;
    let port = serve::spawn(root().join("dist"))?;
    let mut node = cmd("node", &["tests/lighthouse/run.mjs"]);
    node.arg(format!("http://127.0.0.1:{port}/"))
        .arg(&bin)
        .arg("3");
    run(node)
}
