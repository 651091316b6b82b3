//! The engine's entry points exported to JavaScript so `web/bench.js` can time them in the
//! browser with `performance.now()`. Timing lives in JS on purpose: wasm has no clock of its
//! own, and the numbers must include the JS↔wasm boundary the app also pays.

use pathways_engine::route::{explore, plan, ExploreQuery, Query};
use pathways_engine::validate::{check_texts, CheckOptions};
use pathways_engine::{Dataset, DatasetFile};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static DATASET: RefCell<Option<Dataset>> = const { RefCell::new(None) };
    static QUERIES: RefCell<Vec<Query>> = const { RefCell::new(Vec::new()) };
    /// Explore's question on the kept dataset, and one route query of the same learner
    /// (the baseline measured in the same run).
    static EXPLORE: RefCell<Option<(ExploreQuery, Query)>> = const { RefCell::new(None) };
}

/// Parses JSON and builds the indexed dataset; keeps it for `route`. Returns the offer count.
#[wasm_bindgen]
pub fn load_json(text: &str) -> Result<usize, JsError> {
    let file: DatasetFile = serde_json::from_str(text).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(keep(file))
}

/// Reads a pack (`pathways pack`) at once and builds the indexed dataset, as the app does
/// a slice at a time; keeps it for `route`. Returns the offer count.
#[wasm_bindgen]
pub fn load_pack(bytes: &[u8]) -> Result<usize, JsError> {
    let files = pathways_engine::pack::read("bench.pwpack", bytes)
        .map_err(|d| JsError::new(&format!("{:?}", d.msg)))?;
    Ok(keep_files(files))
}

fn keep(file: DatasetFile) -> usize {
    keep_files(vec![file])
}

fn keep_files(files: Vec<DatasetFile>) -> usize {
    let ds = Dataset::from_files(files);
    let n = ds.offers.len();
    let queries = pathways_engine::sample::sample_queries(&ds, 16, "2026-11-24");
    // The same explore question as `bench_table explore`: the first sample learner.
    let ex = queries
        .first()
        .map(|q| (pathways_engine::sample::explore_of(q), q.clone()));
    EXPLORE.with(|e| *e.borrow_mut() = ex);
    QUERIES.with(|q| *q.borrow_mut() = queries);
    DATASET.with(|d| *d.borrow_mut() = Some(ds));
    n
}

/// Reads the demo files as the app does and keeps them with the BTS holder of
/// `bench_table explore` (explore, and the route to the Master at UBS as the baseline).
#[wasm_bindgen]
pub fn load_demo(names: Vec<String>, texts: Vec<String>) -> Result<usize, JsError> {
    let inputs: Vec<(String, String)> = names.into_iter().zip(texts).collect();
    let ds = pathways_engine::validate::read_files(&inputs)
        .dataset
        .ok_or_else(|| JsError::new("the demo files do not check clean"))?;
    let n = ds.offers.len();
    EXPLORE.with(|e| *e.borrow_mut() = Some(pathways_engine::sample::bts_explore()));
    QUERIES.with(|q| q.borrow_mut().clear());
    DATASET.with(|d| *d.borrow_mut() = Some(ds));
    Ok(n)
}

/// Explores from the kept learner; returns the number of destinations.
#[wasm_bindgen]
pub fn explore_kept() -> Result<usize, JsError> {
    with_explore(|ds, eq, _| {
        explore(ds, eq)
            .map(|x| x.destinations.len())
            .map_err(|e| JsError::new(&e.msg.key))
    })
}

/// The kept learner's one route query (the baseline for `explore_kept`); returns routes.
#[wasm_bindgen]
pub fn explore_baseline() -> Result<usize, JsError> {
    with_explore(|ds, _, q| {
        plan(ds, q)
            .map(|p| p.routes.len())
            .map_err(|e| JsError::new(&e.msg.key))
    })
}

fn with_explore(
    f: impl FnOnce(&Dataset, &ExploreQuery, &Query) -> Result<usize, JsError>,
) -> Result<usize, JsError> {
    DATASET.with(|d| {
        let d = d.borrow();
        let ds = d
            .as_ref()
            .ok_or_else(|| JsError::new("no dataset loaded"))?;
        EXPLORE.with(|e| {
            let e = e.borrow();
            let (eq, q) = e
                .as_ref()
                .ok_or_else(|| JsError::new("no explore question"))?;
            f(ds, eq, q)
        })
    })
}

/// Runs the full validator; returns the number of diagnostics.
#[wasm_bindgen]
pub fn check(text: &str) -> usize {
    let inputs = [("bench.json".to_string(), text.to_string())];
    check_texts(&inputs, &CheckOptions::default())
        .diagnostics
        .len()
}

#[wasm_bindgen]
pub fn query_count() -> usize {
    QUERIES.with(|q| q.borrow().len())
}

/// Plans query `i` of the sample queries on the kept dataset; returns the number of routes.
#[wasm_bindgen]
pub fn route(i: usize) -> Result<usize, JsError> {
    DATASET.with(|d| {
        let d = d.borrow();
        let ds = d
            .as_ref()
            .ok_or_else(|| JsError::new("no dataset loaded"))?;
        QUERIES.with(|q| {
            let q = q.borrow();
            let query = q.get(i).ok_or_else(|| JsError::new("no such query"))?;
            plan(ds, query)
                .map(|p| p.routes.len())
                .map_err(|e| JsError::new(&e.msg.key))
        })
    })
}

/// Bytes of wasm linear memory in use (the dataset and everything else).
#[wasm_bindgen]
pub fn memory_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size(0) * 65_536
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}
