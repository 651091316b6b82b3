//! `pathways export --to ctdl`: our dataset → CTDL JSON-LD.

use clap::Parser;
use pathways_engine::export::export_ctdl;
use pathways_engine::model::DatasetFile;

#[derive(Parser)]
#[command(about = "Export dataset files to CTDL JSON-LD")]
struct Args {
    #[arg(long, default_value = "ctdl")]
    to: String,
    #[arg(short = 'o', long)]
    out: String,
    files: Vec<String>,
}

pub fn run(args: Vec<String>) -> i32 {
    let a: Args = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if a.to != "ctdl" {
        eprintln!("pathways export: only --to ctdl is supported");
        return 2;
    }
    if a.files.is_empty() {
        eprintln!("pathways export: give at least one dataset file");
        return 2;
    }
    // Several files merge into one graph, as `pathways check` merges them.
    let mut all = DatasetFile::default();
    for f in &a.files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("pathways export: cannot read {f}: {e}");
                return 2;
            }
        };
        let ds: DatasetFile = match serde_json::from_str(&text) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("pathways export: {f}: not a dataset ({e}); run `pathways check {f}`");
                return 2;
            }
        };
        all.providers.extend(ds.providers);
        all.credentials.extend(ds.credentials);
        all.offers.extend(ds.offers);
        all.rules.extend(ds.rules);
    }
    let v = export_ctdl(&all);
    let t = serde_json::to_string_pretty(&v).unwrap_or_default();
    if let Err(e) = std::fs::write(&a.out, t + "\n") {
        eprintln!("pathways export: cannot write {}: {e}", a.out);
        return 2;
    }
    println!(
        "wrote {}: {} offers, {} transfer value profiles",
        a.out,
        all.offers.len(),
        all.rules.len()
    );
    0
}
