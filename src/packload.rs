//! Opening a pack (`pathways pack`) a slice at a time on the page's main thread: read its
//! bytes as they arrive, parse a few thousand records, build the indexes a stage at a time,
//! and between slices let the page paint the progress bar and answer the learner. The UI
//! reads the dataset synchronously, so it is built where the UI runs; slicing is what keeps
//! a 100k-offer pack (seconds of work) from freezing the page. Nothing replaces the
//! dataset in use until the new one is complete, so cancelling keeps it and the plan.

use pathways_engine::dataset::Builder;
use pathways_engine::pack;
use pathways_engine::validate::Diagnostic;
use pathways_engine::Dataset;
use wasm_bindgen::prelude::*;

/// Which part of opening a pack is running; the progress bar names it.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Stage {
    /// Bytes downloaded or read from the file.
    Read,
    /// Records parsed.
    Parse,
    /// Index stages built.
    Index,
}

impl Stage {
    pub fn key(self) -> &'static str {
        match self {
            Stage::Read => "ui.pack.read",
            Stage::Parse => "ui.pack.parse",
            Stage::Index => "ui.pack.index",
        }
    }
}

/// How far opening has come: `done` of `total` in `stage` (bytes, records, stages; `total`
/// 0 when unknown).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Progress {
    pub stage: Stage,
    pub done: f64,
    pub total: f64,
}

impl Progress {
    /// The whole of opening as a fraction, reading, parsing and indexing weighed by the
    /// time each takes at 100k offers, so the bar moves at an even pace.
    pub fn fraction(self) -> f64 {
        let part = if self.total > 0.0 {
            (self.done / self.total).clamp(0.0, 1.0)
        } else {
            0.0
        };
        match self.stage {
            Stage::Read => 0.1 * part,
            Stage::Parse => 0.1 + 0.6 * part,
            Stage::Index => 0.7 + 0.3 * part,
        }
    }
}

pub enum Opened {
    Done(std::sync::Arc<Dataset>),
    Failed(Diagnostic),
    Cancelled,
}

/// Milliseconds from the page's clock (the engine has none).
fn now() -> f64 {
    js_sys::Date::now()
}

/// A `performance` mark (`pathways:parse`, `pathways:index`, `pathways:ready`): the e2e
/// report times the stages with them, and a host page's tools can too.
pub fn mark(stage: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("pathways:{stage}"));
    }
}

/// Records per slice, adjusted after each so that a slice takes about `TARGET_MS`: a
/// slow phone gets smaller slices than a laptop, and no slice becomes a long task.
struct Pace(usize);

const TARGET_MS: f64 = 30.0;

impl Pace {
    fn adapt(&mut self, took_ms: f64) {
        let scale = (TARGET_MS / took_ms.max(1.0)).clamp(0.25, 4.0);
        self.0 = ((self.0 as f64 * scale) as usize).clamp(16, 1 << 20);
    }
}

/// Parses and indexes the pack `bytes`, reporting progress and stopping when `cancelled`.
pub async fn open(
    name: &str,
    bytes: &[u8],
    progress: &dyn Fn(Progress),
    cancelled: &dyn Fn() -> bool,
) -> Opened {
    let mut reader = match pack::Reader::new(name, bytes) {
        Ok(r) => r,
        Err(d) => return Opened::Failed(*d),
    };
    mark("parse");
    let mut pace = Pace(256);
    loop {
        let t = now();
        match reader.step(pace.0) {
            Ok(true) => {}
            Ok(false) => break,
            Err(d) => return Opened::Failed(*d),
        }
        pace.adapt(now() - t);
        progress(Progress {
            stage: Stage::Parse,
            done: reader.done() as f64,
            total: reader.total() as f64,
        });
        if pause(cancelled).await {
            return Opened::Cancelled;
        }
    }
    mark("index");
    let mut builder = Builder::new(pack::files(reader.finish())).with_search_index();
    let mut pace = Pace(1024);
    let mut stage = builder.done();
    loop {
        let t = now();
        let more = builder.step(pace.0);
        pace.adapt(now() - t);
        // Stages differ in cost per record by a hundredfold: each starts with small slices.
        if builder.done() != stage {
            stage = builder.done();
            pace = Pace(1024);
        }
        progress(Progress {
            stage: Stage::Index,
            done: builder.done() as f64,
            total: Builder::STAGES as f64,
        });
        if pause(cancelled).await {
            return Opened::Cancelled;
        }
        if !more {
            break;
        }
    }
    let ds = builder.finish();
    mark("ready");
    Opened::Done(std::sync::Arc::new(ds))
}

/// Lets the page paint and handle input; whether the learner cancelled meanwhile.
async fn pause(cancelled: &dyn Fn() -> bool) -> bool {
    crate::loader::yield_to_browser().await;
    cancelled()
}

#[wasm_bindgen(inline_js = "export function reader(s) { return s.getReader(); }
export function chunk(r) { return r.read().then((x) => (x.done ? null : x.value)); }")]
extern "C" {
    fn reader(stream: &web_sys::ReadableStream) -> JsValue;
    fn chunk(reader: &JsValue) -> js_sys::Promise;
}

/// Reads `stream` into memory as its chunks arrive, reporting the bytes read (of `total`,
/// 0 when unknown); `None` when it fails or is cancelled. Chunks already waiting resolve
/// as microtasks, without a paint in between, and a local file comes in chunks of many
/// megabytes: so copying goes a few megabytes at a time, pausing every `TARGET_MS`.
pub async fn read_stream(
    stream: &web_sys::ReadableStream,
    total: f64,
    progress: &dyn Fn(Progress),
    cancelled: &dyn Fn() -> bool,
) -> Option<Vec<u8>> {
    const PIECE: u32 = 4 << 20;
    let r = reader(stream);
    let mut out: Vec<u8> = Vec::with_capacity(total.clamp(0.0, 1e9) as usize);
    let mut since = now();
    loop {
        let value = wasm_bindgen_futures::JsFuture::from(chunk(&r)).await.ok()?;
        if value.is_null() {
            return Some(out);
        }
        let part = js_sys::Uint8Array::new(&value);
        let mut from = 0;
        while from < part.length() {
            let to = part.length().min(from + PIECE);
            let at = out.len();
            out.resize(at + (to - from) as usize, 0);
            part.subarray(from, to).copy_to(&mut out[at..]);
            from = to;
            if now() - since > TARGET_MS {
                progress(Progress {
                    stage: Stage::Read,
                    done: out.len() as f64,
                    total,
                });
                if pause(cancelled).await {
                    return None;
                }
                since = now();
            }
        }
    }
}
