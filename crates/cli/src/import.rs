//! `pathways import`: CTDL or ELM (JSON-LD in any form, N-Triples, Turtle) → our dataset,
//! with the mapping report.

use clap::Parser;
use pathways_engine::import::{import, report, Format};

#[derive(Parser)]
#[command(
    about = "Import CTDL or ELM: JSON-LD (compacted, expanded, flattened, @graph, registry envelopes), N-Triples or Turtle (exit 0 all mapped, 1 something not mapped, 2 unreadable)"
)]
struct Args {
    /// ctdl, elm or auto (decide from @context and terms)
    #[arg(long, default_value = "auto")]
    from: String,
    /// Output dataset file
    #[arg(short = 'o', long)]
    out: String,
    /// Also write the mapping report as JSON
    #[arg(long)]
    report_json: Option<String>,
    files: Vec<String>,
}

pub fn run(args: Vec<String>) -> i32 {
    let a: Args = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let Some(from) = Format::parse(&a.from) else {
        eprintln!("pathways import: --from must be ctdl, elm or auto");
        return 2;
    };
    if a.files.is_empty() {
        eprintln!("pathways import: give at least one input file");
        return 2;
    }
    let mut inputs = Vec::new();
    for f in &a.files {
        match std::fs::read_to_string(f) {
            Ok(t) => inputs.push((f.clone(), t)),
            Err(e) => {
                eprintln!("pathways import: cannot read {f}: {e}");
                return 2;
            }
        }
    }
    let out = match import(&inputs, from) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("pathways import: {e}");
            return 2;
        }
    };
    let text = match serde_json::to_string_pretty(&out.dataset) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("pathways import: {e}");
            return 2;
        }
    };
    if let Err(e) = std::fs::write(&a.out, text + "\n") {
        eprintln!("pathways import: cannot write {}: {e}", a.out);
        return 2;
    }
    let (sentences, report_text) = crate::in_english(
        &crate::english(),
        &pathways_engine::Dataset::default(),
        |en| {
            let sentences: Vec<String> = out
                .report
                .entries
                .iter()
                .map(|entry| report::sentence(&entry.msg, en))
                .collect();
            (sentences, report::text(&out.report.lines(), en))
        },
    );
    if let Some(rj) = &a.report_json {
        let mut r = serde_json::json!({ "report": out.report, "goals": out.goals });
        // Each entry also carries its English sentence, for readers of the JSON that do
        // not render message keys themselves.
        if let Some(entries) = r["report"]["entries"].as_array_mut() {
            for (e, sentence) in entries.iter_mut().zip(sentences) {
                e["message"] = sentence.into();
            }
        }
        let t = serde_json::to_string_pretty(&r).unwrap_or_default();
        if let Err(e) = std::fs::write(rj, t + "\n") {
            eprintln!("pathways import: cannot write {rj}: {e}");
            return 2;
        }
    }
    print!("{report_text}");
    println!(
        "\nwrote {}: {} offers, {} rules, {} providers, {} credentials{}",
        a.out,
        out.dataset.offers.len(),
        out.dataset.rules.len(),
        out.dataset.providers.len(),
        out.dataset.credentials.len(),
        if out.goals.is_empty() {
            String::new()
        } else {
            format!("; goals: {}", out.goals.join(", "))
        }
    );
    out.report.exit_code()
}
