//! The engine's entry points exported to JavaScript so `web/bench.js` can time them in the
//! browser with `performance.now()`. Timing lives in JS on purpose: wasm has no clock of its
//! own, and the numbers must include the JS↔wasm boundary the app also pays.

use pathways_engine::route::{plan, Query};
use pathways_engine::validate::{check_texts, CheckOptions};
use pathways_engine::{Dataset, DatasetFile};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static DATASET: RefCell<Option<Dataset>> = const { RefCell::new(None) };
    static QUERIES: RefCell<Vec<Query>> = const { RefCell::new(Vec::new()) };
}

/// Parses JSON and builds the indexed dataset; keeps it for `route`. Returns the offer count.
#[wasm_bindgen]
pub fn load_json(text: &str) -> Result<usize, JsError> {
    let file: DatasetFile = serde_json::from_str(text).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(keep(file))
}

fn keep(file: DatasetFile) -> usize {
    let ds = Dataset::from_files([file]);
    let n = ds.offers.len();
    QUERIES
        .with(|q| *q.borrow_mut() = pathways_engine::sample::sample_queries(&ds, 16, "2026-11-24"));
    DATASET.with(|d| *d.borrow_mut() = Some(ds));
    n
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
