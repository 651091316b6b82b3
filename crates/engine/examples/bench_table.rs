//! Prints the benchmark table of the README: load time, memory and route query time on
//! synthetic datasets of 1k, 10k and 100k offers, with `petgraph::algo::dijkstra` on the
//! same graph as a baseline measured in the same run.
//!
//! Run: `cargo run --release -p pathways-engine --example bench_table` (or `cargo xtask bench`).
//!
//! "dataset heap MB" is what the loaded dataset holds on the heap (a counting allocator,
//! live bytes after building it minus before parsing), without the JSON text and without
//! the graph that only explore builds.
//!
//! The baseline graph has one node per offer; an edge u -> v (weight = v's duration) when
//! the credential u awards appears in v's entry tree or in the `from` of a rule to v, plus a
//! source node linked to the offers the learner can enter at the start. Dijkstra computes
//! the single-criterion (duration) shortest path from the source to the goal offer, with no
//! recognition arithmetic, no AND/OR semantics and no Pareto set: the floor of what any
//! route search over this graph costs.

use pathways_engine::gen::generate;
use pathways_engine::route::{plan, Goal, Query};
use pathways_engine::sample::sample_queries;
use pathways_engine::{Condition, Dataset};
use petgraph::algo::dijkstra;
use petgraph::graph::{DiGraph, NodeIndex};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// Counts live heap bytes, so the table can say how much a loaded dataset takes. Resident
/// memory would not: the allocator keeps freed pages, so it depends on what ran before.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only a counter moves.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n, Relaxed);
        LIVE.fetch_sub(l.size(), Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn mentions(c: &Condition, out: &mut Vec<String>) {
    match c {
        Condition::AllOf { all: l }
        | Condition::AnyOf { any: l }
        | Condition::AtLeast { of: l, .. } => l.iter().for_each(|x| mentions(x, out)),
        Condition::Credential { credential, .. } => out.push(credential.clone()),
        _ => {}
    }
}

fn baseline_graph(ds: &Dataset) -> DiGraph<(), f64> {
    let mut g = DiGraph::with_capacity(ds.offers.len() + 1, ds.rules.len() * 2);
    for _ in 0..=ds.offers.len() {
        g.add_node(());
    }
    for (v, o) in ds.offers.iter().enumerate() {
        let mut creds = Vec::new();
        if let Some(e) = &o.entry {
            mentions(e, &mut creds);
        }
        for r in ds.rules_to(v as u32) {
            creds.extend(r.from.iter().cloned());
        }
        for c in creds {
            if let Some(info) = ds.credential(&c) {
                for &u in &info.awarded_by {
                    g.add_edge(
                        NodeIndex::new(u as usize),
                        NodeIndex::new(v),
                        o.months_or_zero(),
                    );
                }
            }
        }
    }
    g
}

fn main() {
    // `-- check` prints only the check table.
    if std::env::args().nth(1).as_deref() == Some("check") {
        check_scaling();
        return;
    }
    // `-- explore` prints only the explore table.
    if std::env::args().nth(1).as_deref() == Some("explore") {
        explore_table();
        return;
    }
    println!("| offers | rules | JSON MB | parse+index ms | pack load ms | dataset heap MB | query | engine median ms | dijkstra median ms | ratio | routes |");
    println!("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
    for n in [1_000usize, 10_000, 100_000] {
        let file = generate(n, 1);
        let json = serde_json::to_string(&file).unwrap_or_default();
        let packed = pathways_engine::pack::write(vec![file]);
        let mut loads = Vec::new();
        let mut ds = Dataset::default();
        let mut heap = 0;
        for _ in 0..3 {
            drop(std::mem::take(&mut ds));
            let before = LIVE.load(Relaxed);
            let t = Instant::now();
            let f = pathways_engine::load::parse_fast(&json).unwrap_or_default();
            ds = Dataset::from_files([f]);
            loads.push(t.elapsed().as_secs_f64() * 1e3);
            heap = LIVE.load(Relaxed).saturating_sub(before);
        }
        // The same dataset from a pack (`pathways pack`): read at once, as the CLI does.
        let mut pack_loads = Vec::new();
        for _ in 0..3 {
            drop(std::mem::take(&mut ds));
            let t = Instant::now();
            let files =
                pathways_engine::pack::read("bench.pwpack", packed.as_bytes()).unwrap_or_default();
            ds = Dataset::from_files(files);
            pack_loads.push(t.elapsed().as_secs_f64() * 1e3);
        }
        drop(packed);
        let queries = sample_queries(&ds, 16, "2026-11-24");
        let mut g = baseline_graph(&ds);
        let source = NodeIndex::new(ds.offers.len());
        for (kind, pick) in [
            ("typical (one goal offer)", 0usize),
            ("hard (field + EQF ≥ 6)", 1),
        ] {
            let qs: Vec<&Query> = queries.iter().skip(pick).step_by(2).collect();
            let mut eng = Vec::new();
            let mut base = Vec::new();
            let mut routes = 0;
            for q in &qs {
                for _ in 0..5 {
                    let t = Instant::now();
                    let p = plan(&ds, q);
                    eng.push(t.elapsed().as_secs_f64() * 1e3);
                    routes += p.map(|p| p.routes.len()).unwrap_or(0);
                }
                // Baseline: source linked to the offers open to this learner.
                let goal = match &q.goal {
                    Goal::Offer { offer } => {
                        ds.offer_index(offer).map(|i| NodeIndex::new(i as usize))
                    }
                    Goal::Match { .. } | Goal::Credential { .. } => None,
                };
                let starts: Vec<_> = (0..ds.offers.len())
                    .filter(|&i| ds.offers[i].entry.is_none())
                    .take(2000)
                    .collect();
                let added: Vec<_> = starts
                    .iter()
                    .map(|&i| g.add_edge(source, NodeIndex::new(i), 0.0))
                    .collect();
                for _ in 0..5 {
                    let t = Instant::now();
                    let d = dijkstra(&g, source, goal, |e| *e.weight());
                    base.push(t.elapsed().as_secs_f64() * 1e3);
                    std::hint::black_box(d);
                }
                for e in added.into_iter().rev() {
                    g.remove_edge(e);
                }
            }
            let (em, bm) = (median(eng), median(base));
            println!(
                "| {n} | {} | {:.1} | {:.0} | {:.0} | {:.0} | {kind} | {em:.2} | {bm:.2} | {:.2} | {:.1} |",
                ds.rules.len(),
                json.len() as f64 / 1e6,
                median(loads.clone()),
                median(pack_loads.clone()),
                heap as f64 / 1e6,
                em / bm,
                routes as f64 / (qs.len() * 5).max(1) as f64
            );
        }
    }
    check_scaling();
    explore_table();
}

/// Explore ("everything the learner can reach") on the demo data and on synthetic datasets,
/// against one route query for the same learner measured in the same run.
fn explore_table() {
    use pathways_engine::route::{explore, ExploreQuery};
    println!();
    println!("| dataset | offers | graph build ms | explore median ms | one route query median ms | ratio | destinations | what-if | bound acted |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    let demo = {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../pathways-data/demo");
        let mut inputs: Vec<(String, String)> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let p = e.path();
                Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?))
            })
            .collect();
        inputs.sort();
        pathways_engine::validate::read_files(&inputs).dataset
    };
    let mut sets: Vec<(String, Dataset, ExploreQuery, Query)> = Vec::new();
    if let Some(ds) = demo {
        let (eq, q) = pathways_engine::sample::bts_explore();
        sets.push(("demo (BTS holder)".into(), ds, eq, q));
    }
    for n in [1_000usize, 10_000, 100_000] {
        let ds = Dataset::from_files([generate(n, 1)]);
        let Some(q) = sample_queries(&ds, 16, "2026-11-24").into_iter().next() else {
            continue;
        };
        let eq = pathways_engine::sample::explore_of(&q);
        sets.push((format!("synthetic {n}"), ds, eq, q));
    }
    for (name, ds, eq, q) in sets {
        let t = Instant::now();
        let g = ds.graph().edge_count();
        let build = t.elapsed().as_secs_f64() * 1e3;
        std::hint::black_box(g);
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..5 {
            let t = Instant::now();
            last = explore(&ds, &eq).ok();
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let mut one = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            std::hint::black_box(plan(&ds, &q).ok());
            one.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let (em, om) = (median(times), median(one));
        let (dest, whatif, cut) = last.map_or((0, 0, false), |x| {
            (
                x.destinations.len(),
                x.what_if.len(),
                x.stats.truncated || x.stats.beam_cut > 0,
            )
        });
        println!(
            "| {name} | {} | {build:.1} | {em:.1} | {om:.2} | {:.1} | {dest} | {whatif} | {} |",
            ds.offers.len(),
            em / om,
            if cut { "yes" } else { "no" }
        );
    }
}

/// `check` on files with 1k, 10k and 20k problems (rules pointing to offers that do not
/// exist), against the clean file checked in the same run: the time per problem must stay
/// flat (it grew with the file's length when every diagnostic searched the text for its
/// line and column).
fn check_scaling() {
    use pathways_engine::validate::{check_texts, CheckOptions};
    let opts = CheckOptions {
        today: Some("2026-12-01".into()),
    };
    let clean = generate(1_000, 1);
    let Some(rule) = clean.rules.first().cloned() else {
        return;
    };
    let time = |json: &str| {
        let runs: Vec<f64> = (0..3)
            .map(|_| {
                let t = Instant::now();
                let r = check_texts(&[("bench.json".into(), json.to_string())], &opts);
                std::hint::black_box(r.diagnostics.len());
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        median(runs)
    };
    let clean_json = serde_json::to_string_pretty(&clean).unwrap_or_default();
    let base = time(&clean_json);
    println!();
    println!("| problems | JSON MB | check median ms | minus clean file, per 1k problems |");
    println!("|---:|---:|---:|---:|");
    println!(
        "| 0 (1k offers) | {:.1} | {base:.0} | |",
        clean_json.len() as f64 / 1e6
    );
    for n in [1_000usize, 10_000, 20_000] {
        let mut f = clean.clone();
        f.rules.extend((0..n).map(|i| {
            let mut r = rule.clone();
            r.id = format!("bench-{i}");
            r.to = format!("missing-{i}");
            r
        }));
        let json = serde_json::to_string_pretty(&f).unwrap_or_default();
        let ms = time(&json);
        println!(
            "| {n} | {:.1} | {ms:.0} | {:.1} |",
            json.len() as f64 / 1e6,
            (ms - base) / (n as f64 / 1e3)
        );
    }
}
