//! Times each sample query on one generated dataset and prints the search statistics, to
//! see where route search time goes: `cargo run --release -p pathways-engine --example
//! prof_routes -- 100000` (the README table comes from `bench_table`).

use pathways_engine::gen::generate;
use pathways_engine::route::plan;
use pathways_engine::sample::sample_queries;
use pathways_engine::Dataset;
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let t = Instant::now();
    let ds = Dataset::from_files([generate(n, 1)]);
    eprintln!(
        "generated {n} offers in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    // Resident memory with the dataset loaded (Linux), for the memory target.
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for l in status
            .lines()
            .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        {
            eprintln!("{l}");
        }
    }
    let queries = sample_queries(&ds, 16, "2026-11-24");
    let mut total = Vec::new();
    // `prof_routes N I` times only query I (for profilers).
    let only: Option<usize> = std::env::args().nth(2).and_then(|a| a.parse().ok());
    for (i, q) in queries.iter().enumerate() {
        if only.is_some_and(|o| o != i) {
            continue;
        }
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..if only.is_some() { 30 } else { 3 } {
            let t = Instant::now();
            last = Some(plan(&ds, q));
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let stats = match last {
            Some(Ok(p)) => format!("{} routes {:?}", p.routes.len(), p.stats),
            Some(Err(e)) => format!("error {}", e.msg.key),
            None => String::new(),
        };
        println!(
            "q{i:02} {} {:8.2} ms  {stats}",
            if i % 2 == 0 { "typ " } else { "hard" },
            times[1]
        );
        total.push(times[1]);
    }
    let sum: f64 = total.iter().sum();
    println!("sum of medians {sum:.1} ms");
}
