//! Prints search statistics for the sample queries of a generated dataset (for tuning).
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let ds = pathways_engine::Dataset::from_files([pathways_engine::gen::generate(n, 1)]);
    for q in pathways_engine::sample::sample_queries(&ds, 6, "2026-11-24") {
        let t = std::time::Instant::now();
        let p = pathways_engine::route::plan(&ds, &q);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        match p {
            Ok(p) => println!("{ms:8.1} ms routes={} stats={:?}", p.routes.len(), p.stats),
            Err(e) => println!("{ms:8.1} ms error {:?}", e.msg.key),
        }
    }
}
