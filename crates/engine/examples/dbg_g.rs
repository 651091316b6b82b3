use pathways_engine::route::context::Ctx;
use pathways_engine::route::search::{distances, search};
use pathways_engine::route::{Goal, Profile, Query};
fn main() {
    let t = std::fs::read_to_string("/tmp/g100k.json").unwrap();
    let f = pathways_engine::load::parse_fast(&t).unwrap();
    let ds = pathways_engine::Dataset::from_files([f]);
    let q = Query::new(
        Profile::default(),
        Goal::Offer {
            offer: "g65052".into(),
        },
        "2026-11-24",
    );
    let ctx = Ctx::new(&ds, &q).unwrap();
    let d = distances(&ctx, 6);
    for id in ["g64518", "g47822", "g7", "g65052", "g12138"] {
        let i = ds.offer_index(id).unwrap() as usize;
        println!("{id} any={} entry={}", d.any[i], d.entry[i]);
    }
    let out = search(&ctx);
    let mut by_depth = std::collections::BTreeMap::new();
    for l in &out.labels {
        *by_depth.entry(l.steps).or_insert(0) += 1;
    }
    println!("{by_depth:?}");
    let g = ds.offer_index("g64518").unwrap();
    let n = out.labels.iter().filter(|l| l.offer == g).count();
    println!("labels ending g64518: {n}");
}
