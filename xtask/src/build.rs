//! Building the browser bundle with Trunk and checking its size budget.

use crate::steps::{cmd, root, run, Result};
use std::path::{Path, PathBuf};

/// Gzipped wasm target of the release bundle (issue 5). Explore (issue 14: the map, what-if,
/// off-ramps, search over `find`) took the bundle past it, to 337 KB after the cuts made
/// with it (one shared sort, no Unicode tables, flat reading of what-if changes); the build
/// says by how much it misses the target, and issue 15 owns getting back under it.
const WASM_GZ_TARGET: u64 = 300 * 1024;
/// Above this the release build fails: the bundle may not grow further while it is over
/// its target. Raised once, from 350 to 364 KB, for opening big datasets (issue 15): reading
/// a pack a slice at a time, the sliced index build, the progress bar and cancel measured
/// +10.3 KB gzipped (`twiggy diff` against the build before them), and the search index
/// that keeps a keystroke in a 100k-offer dataset from taking 0.6 s +1.9 KB.
const WASM_GZ_CEILING: u64 = 364 * 1024;
/// Budget of the importer module, fetched only when a CTDL/ELM file is opened.
const IMPORTER_GZ_BUDGET: u64 = 300 * 1024;

pub struct BundleSize {
    pub raw: u64,
    pub gzip: u64,
}

/// Builds `dist/` (release, or the quick `wasm-dev` profile with `fast`), moves Trunk's
/// inline bootstrap into a file so the page runs under a CSP without 'unsafe-inline', and
/// prints the wasm size. Release builds fail above the size budget.
pub fn bundle(fast: bool) -> Result<BundleSize> {
    let mut args = vec!["build", "--offline"];
    if fast {
        args.extend(["--cargo-profile", "wasm-dev"]);
    } else {
        args.push("--release");
    }
    run(cmd("trunk", &args))?;
    let dist = root().join("dist");
    externalize_bootstrap(&dist)?;
    let wasm = find_wasm(&dist)?;
    write_widget_files(&dist, &wasm)?;
    let size = measure(&wasm)?;
    let label = format!(
        "wasm bundle ({})",
        if fast { "wasm-dev profile" } else { "release" }
    );
    if size.gzip > WASM_GZ_TARGET {
        println!(
            "wasm bundle: over its {} KB target by {:.1} KB (issue 15); the build fails above {} KB",
            WASM_GZ_TARGET / 1024,
            (size.gzip - WASM_GZ_TARGET) as f64 / 1024.0,
            WASM_GZ_CEILING / 1024
        );
    }
    within_budget(&label, "wasm", "", &size, WASM_GZ_CEILING, !fast)?;
    importer(&dist, fast)?;
    precompress(&dist)?;
    Ok(size)
}

/// Writes `FILE.gz` beside every text and wasm file of `dist/`: static hosts serve these to
/// browsers that accept gzip (see docs/HOSTING.md), and so does `cargo xtask serve`.
fn precompress(dist: &Path) -> Result {
    fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
        let entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for e in entries.flatten() {
            let p = e.path();
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
            if p.is_dir() {
                collect(&p, out)?;
            } else if matches!(
                ext,
                "html" | "js" | "css" | "wasm" | "json" | "jsonld" | "svg"
            ) {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let mut gz = cmd("gzip", &["-9", "-k", "-f", "-n"]);
    gz.args(&files);
    let out = gz.output().map_err(|e| format!("cannot run gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "gzip failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    println!(
        "precompressed {} files in dist/ (FILE.gz beside each)",
        files.len()
    );
    Ok(())
}

/// Builds the CTDL/ELM importer (`crates/import-wasm`) as `pathways-import.js` plus its
/// wasm next to the app. It is a separate module so the planner's own bundle stays within
/// its budget; the app imports it dynamically the first time a file needs importing.
fn importer(dist: &Path, fast: bool) -> Result {
    let profile = if fast { "wasm-dev" } else { "release" };
    run(cmd(
        "cargo",
        &[
            "build",
            "-p",
            "pathways-import-wasm",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            profile,
        ],
    ))?;
    let built = root().join(format!(
        "target/wasm32-unknown-unknown/{profile}/pathways_import_wasm.wasm"
    ));
    let mut wb = cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "pathways-import",
            "--out-dir",
        ],
    );
    wb.arg(dist).arg(&built);
    run(wb)?;
    let wasm = dist.join("pathways-import_bg.wasm");
    if !fast {
        let mut opt = cmd(
            "wasm-opt",
            &[
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "-o",
            ],
        );
        opt.arg(&wasm).arg(&wasm);
        run(opt)?;
    }
    let size = measure(&wasm)?;
    within_budget(
        "importer module",
        "importer",
        ", loaded on demand",
        &size,
        IMPORTER_GZ_BUDGET,
        !fast,
    )
}

/// Prints a module's size against its gzipped budget; fails above it when `enforce`
/// (release builds).
fn within_budget(
    label: &str,
    what: &str,
    note: &str,
    size: &BundleSize,
    budget: u64,
    enforce: bool,
) -> Result {
    println!(
        "{label}: {} bytes raw, {} bytes gzipped ({:.1} KB; budget {} KB{note})",
        size.raw,
        size.gzip,
        size.gzip as f64 / 1024.0,
        budget / 1024
    );
    if enforce && size.gzip > budget {
        return Err(format!(
            "gzipped {what} is {} bytes, above the {budget} byte budget",
            size.gzip
        ));
    }
    Ok(())
}

/// The widget loader imports the hashed wasm-bindgen output of this build, and the widget's
/// shadow root adopts the app's stylesheet as `widget.css`.
fn write_widget_files(dist: &Path, wasm: &Path) -> Result {
    let wasm_name = wasm
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("wasm file name is not UTF-8")?;
    let js_name = wasm_name.replace("_bg.wasm", ".js");
    let template = std::fs::read_to_string(root().join("public/pathways-embed.js"))
        .map_err(|e| format!("cannot read public/pathways-embed.js: {e}"))?;
    let js = template
        .replace("__APP_JS__", &js_name)
        .replace("__APP_WASM__", wasm_name);
    std::fs::write(dist.join("pathways-embed.js"), js)
        .map_err(|e| format!("cannot write pathways-embed.js: {e}"))?;
    std::fs::copy(root().join("public/style.css"), dist.join("widget.css"))
        .map_err(|e| format!("cannot write widget.css: {e}"))?;
    for f in ["embed-demo.html", "embed-demo.css", "embed-demo.js"] {
        std::fs::copy(root().join("public").join(f), dist.join(f))
            .map_err(|e| format!("cannot copy {f}: {e}"))?;
    }
    Ok(())
}

fn find_wasm(dist: &Path) -> Result<PathBuf> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("cannot read dist/: {e}"))?;
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.extension().is_some_and(|x| x == "wasm")
                && !p.to_string_lossy().contains("pathways-import")
        })
        .ok_or_else(|| "no .wasm file in dist/".to_string())
}

fn measure(wasm: &Path) -> Result<BundleSize> {
    let raw = std::fs::metadata(wasm)
        .map_err(|e| format!("cannot stat {}: {e}", wasm.display()))?
        .len();
    let out = cmd("gzip", &["-9", "-c"])
        .arg(wasm)
        .output()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    if !out.status.success() {
        return Err("gzip failed".into());
    }
    Ok(BundleSize {
        raw,
        gzip: out.stdout.len() as u64,
    })
}

/// Trunk injects `<script type="module">…</script>` to start the app. A strict CSP
/// (`script-src 'self' 'wasm-unsafe-eval'`) blocks inline scripts, so the script body moves
/// to `boot.js` and the page loads it by URL.
fn externalize_bootstrap(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let open = "<script type=\"module\">";
    let Some(start) = html.find(open) else {
        return Ok(()); // already external
    };
    let body_start = start + open.len();
    let Some(len) = html[body_start..].find("</script>") else {
        return Err("unterminated inline script in dist/index.html".into());
    };
    let script = &html[body_start..body_start + len];
    std::fs::write(dist.join("boot.js"), script.trim())
        .map_err(|e| format!("cannot write boot.js: {e}"))?;
    let new_html = format!(
        "{}<script type=\"module\" src=\"./boot.js\"></script>{}",
        &html[..start],
        &html[body_start + len + "</script>".len()..]
    );
    // The page paints its header from HTML and CSS alone; the wasm is needed only after
    // that. At low priority the browser fetches the stylesheet first (the preload still
    // starts the wasm download before any script runs).
    let preload = "as=\"fetch\" type=\"application/wasm\"";
    if !new_html.contains(preload) {
        return Err(format!(
            "dist/index.html has no wasm preload written as `{preload}`: Trunk changed how it writes it; update externalize_bootstrap"
        ));
    }
    let new_html = new_html.replace(
        preload,
        "as=\"fetch\" type=\"application/wasm\" fetchpriority=\"low\"",
    );
    std::fs::write(&index, new_html).map_err(|e| format!("cannot write index.html: {e}"))
}
