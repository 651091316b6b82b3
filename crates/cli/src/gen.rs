//! `pathways gen --offers N --seed S [-o FILE]`: write a synthetic dataset.

use clap::Parser;

#[derive(Parser, Debug)]
#[command(about = "Write a synthetic dataset with a realistic shape (deterministic per seed)")]
struct Args {
    #[arg(long)]
    offers: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output file (default: standard output); a name ending in `.pwpack` gets a pack
    /// (the generator's data checks clean by construction).
    #[arg(short = 'o', long)]
    out: Option<String>,
    /// Indent the JSON (slower and larger; for reading).
    #[arg(long)]
    pretty: bool,
}

pub fn run(args: Vec<String>) -> i32 {
    let a: Args = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let ds = pathways_engine::gen::generate(a.offers, a.seed);
    let as_pack = a.out.as_deref().is_some_and(|o| o.ends_with(".pwpack"));
    let text = if as_pack {
        Ok(pathways_engine::pack::write(vec![ds.clone()]))
    } else if a.pretty {
        serde_json::to_string_pretty(&ds)
    } else {
        serde_json::to_string(&ds)
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("pathways gen: {e}");
            return 2;
        }
    };
    match a.out {
        Some(path) => match std::fs::write(&path, text) {
            Ok(()) => {
                eprintln!(
                    "wrote {path}: {} offers, {} rules",
                    ds.offers.len(),
                    ds.rules.len()
                );
                0
            }
            Err(e) => {
                eprintln!("pathways gen: cannot write {path}: {e}");
                2
            }
        },
        None => {
            println!("{text}");
            0
        }
    }
}
