//! Fetching and validating datasets. Every dataset goes through the engine's validator before
//! it replaces the one in use; errors come back as diagnostics to show. The app's own demo
//! files were checked clean before they shipped (CI), so only their typed parse runs here;
//! any other file is checked in full by the on-demand checker module first.

use crate::importer::{prepare, ImportSummary};
use pathways_engine::validate::{read_files, Diagnostic, Severity};
use pathways_engine::Dataset;
use std::sync::Arc;

pub enum Loaded {
    /// The dataset, the mapping report of any CTDL/ELM import, and the files that could
    /// not be fetched and were left out (the planner works with the rest and says so).
    Ok(Arc<Dataset>, Option<ImportSummary>, Vec<String>),
    Invalid(Vec<Diagnostic>),
    /// The learner cancelled opening a pack; nothing changed.
    Cancelled,
}

/// What a long load reports to the page, and how it learns that the learner cancelled.
#[derive(Clone, Copy)]
pub struct Watch<'a> {
    pub progress: &'a dyn Fn(crate::packload::Progress),
    pub cancelled: &'a dyn Fn() -> bool,
}

/// A pack on its own, opened a slice at a time. It was checked in full when it was
/// written (`pathways pack`), and its checksum shows it arrived intact, so it is not
/// checked again: the full check of 100k offers would take the browser minutes.
async fn open_pack(name: &str, bytes: &[u8], watch: Watch<'_>) -> Loaded {
    use crate::packload::Opened;
    match crate::packload::open(name, bytes, watch.progress, watch.cancelled).await {
        Opened::Done(ds) => Loaded::Ok(ds, None, Vec::new()),
        Opened::Failed(d) => Loaded::Invalid(vec![d]),
        Opened::Cancelled => Loaded::Cancelled,
    }
}

/// Whether `inputs` are one pack. A pack holds a whole dataset; mixing it with other files
/// would merge two datasets that were never checked together.
fn pack_alone(inputs: &[(String, impl AsRef<[u8]>)]) -> Result<bool, Vec<Diagnostic>> {
    let first_pack = inputs
        .iter()
        .position(|(_, b)| pathways_engine::pack::is_pack(b.as_ref()));
    match first_pack {
        None => Ok(false),
        Some(_) if inputs.len() == 1 => Ok(true),
        Some(i) => Err(vec![file_error(
            &inputs[i].0,
            "pack-alone",
            "a pack holds a whole dataset and is opened on its own".into(),
            "open the pack alone, or pack all the files together with `pathways pack`",
        )]),
    }
}

/// Opens picked files read as bytes: a pack alone, anything else as text.
pub async fn open_bytes(
    inputs: Vec<(String, Vec<u8>)>,
    base: &str,
    today: &str,
    watch: Watch<'_>,
) -> Loaded {
    match pack_alone(&inputs) {
        Err(e) => return Loaded::Invalid(e),
        Ok(true) => return open_pack(&inputs[0].0, &inputs[0].1, watch).await,
        Ok(false) => {}
    }
    let mut texts = Vec::with_capacity(inputs.len());
    for (name, bytes) in inputs {
        match String::from_utf8(bytes) {
            Ok(t) => texts.push((name, t)),
            Err(_) => {
                return Loaded::Invalid(vec![file_error(
                    &name,
                    "unreadable",
                    "the file is not UTF-8 text".into(),
                    "save the file as UTF-8 JSON",
                )])
            }
        }
    }
    open(texts, base, today, Origin::Outside, watch).await
}

/// GET `url` as text with the browser's fetch (no HTTP client crate: it would add to the
/// bundle for one call).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    text_of(url, start_fetch(url)).await
}

/// Starts a request: the browser sends it at once, so several started before the first
/// is awaited travel in parallel.
fn start_fetch(url: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(url))
}

async fn text_of(url: &str, request: Option<js_sys::Promise>) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let fail = |what: &str| format!("{url}: {what}");
    let resp = JsFuture::from(request.ok_or_else(|| fail("no window"))?)
        .await
        .map_err(|_| fail("could not be fetched (network error or blocked by CORS)"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| fail("not a response"))?;
    if !resp.ok() {
        return Err(fail(&format!("HTTP {}", resp.status())));
    }
    let text = JsFuture::from(resp.text().map_err(|_| fail("unreadable body"))?)
        .await
        .map_err(|_| fail("unreadable body"))?;
    text.as_string().ok_or_else(|| fail("body is not text"))
}

/// The deployment's `datasets.json`: the demo file list, relative to `base`, and the other
/// origins a `?data=` link may load from.
#[derive(serde::Deserialize, Default)]
struct Deployment {
    default: Vec<String>,
    #[serde(default)]
    data_origins: Vec<String>,
}

async fn deployment(base: &str) -> Result<Deployment, String> {
    let text = fetch_text(&format!("{base}datasets.json")).await?;
    serde_json::from_str(&text).map_err(|e| format!("datasets.json: {e}"))
}

/// A `?data=` link may make the learner's browser fetch only from this app's origin or an
/// origin the deployment lists: a crafted link must not turn the planner into a probe of
/// other hosts or of local ports.
fn allowed_data_url(url: &str, listed: &[String]) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let base = w.location().href().unwrap_or_default();
    let Ok(u) = web_sys::Url::new_with_base(url, &base) else {
        return false;
    };
    let here = w.location().origin().unwrap_or_default();
    let origin = u.origin();
    origin == here || listed.iter().any(|o| o.trim_end_matches('/') == origin)
}

fn unreadable(file: &str, msg: String) -> Diagnostic {
    file_error(
        file,
        "unreadable",
        msg,
        "check that the address is right and the server allows this site to read it (CORS)",
    )
}

/// An error about a whole file (it has no position: it could not be read or imported). Its
/// `diag.<code>` sentence says what happened in the reader's language; `message` and `hint`
/// are the technical detail (a server's answer, the importer's words), shown as given.
pub fn file_error(file: &str, code: &str, message: String, hint: &str) -> Diagnostic {
    let detail = |s: String| pathways_engine::route::Msg::new("check.detail").arg("reason", s);
    Diagnostic {
        severity: Severity::Error,
        code: code.into(),
        msg: detail(message),
        hint: Some(detail(hint.into())),
        file: file.into(),
        line: 0,
        column: 0,
        path: "$".into(),
    }
}

/// Where a dataset comes from, which decides how much checking it gets in the browser.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The files this bundle ships with (`datasets.json`), checked clean before release.
    Bundled,
    /// Anything else: a picked file, a `?data=` link, a widget's `data-src`.
    Outside,
}

/// Imports any CTDL/ELM texts, then validates everything together; the dataset comes back
/// only when there is no error, so a failing file never replaces the one in use.
pub async fn open(
    inputs: Vec<(String, String)>,
    base: &str,
    today: &str,
    origin: Origin,
    watch: Watch<'_>,
) -> Loaded {
    match pack_alone(&inputs) {
        Err(e) => return Loaded::Invalid(e),
        Ok(true) => return open_pack(&inputs[0].0, inputs[0].1.as_bytes(), watch).await,
        Ok(false) => {}
    }
    let (texts, summary) = match prepare(inputs, base).await {
        Ok(x) => x,
        Err(errors) => return Loaded::Invalid(errors),
    };
    if origin == Origin::Outside {
        match crate::importer::check(&texts, base, today).await {
            Ok(diags) => {
                let errors: Vec<Diagnostic> = diags
                    .into_iter()
                    .filter(|d| d.severity == Severity::Error)
                    .collect();
                if !errors.is_empty() {
                    return Loaded::Invalid(errors);
                }
            }
            Err(errors) => return Loaded::Invalid(errors),
        }
    }
    match read(texts) {
        Ok(ds) => Loaded::Ok(ds, summary, Vec::new()),
        Err(errors) => Loaded::Invalid(errors),
    }
}

fn read(inputs: Vec<(String, String)>) -> Result<Arc<Dataset>, Vec<Diagnostic>> {
    let report = read_files(&inputs);
    match report.dataset {
        Some(ds) if report.errors() == 0 => Ok(Arc::new(ds)),
        _ => Err(report.diagnostics),
    }
}

/// Lets the browser paint and handle input between long steps (big datasets take seconds
/// to parse and validate; without this the progress message would never show).
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Loads `urls` (or the demo list when empty) and validates them together, reporting
/// progress as "n/m" files.
pub async fn load(
    urls: Vec<String>,
    base: String,
    today: String,
    check_origins: bool,
    progress: impl Fn(usize, usize),
    watch: Watch<'_>,
) -> Loaded {
    let (urls, origin) = if urls.is_empty() {
        match deployment(&base).await {
            Ok(d) => (
                d.default
                    .into_iter()
                    .map(|u| format!("{base}{u}"))
                    .collect(),
                Origin::Bundled,
            ),
            Err(e) => return Loaded::Invalid(vec![unreadable("datasets.json", e)]),
        }
    } else {
        // A widget's data-src is the host's own choice; a link's ?data= is anybody's.
        if check_origins {
            let listed = deployment(&base)
                .await
                .map(|d| d.data_origins)
                .unwrap_or_default();
            let refused: Vec<Diagnostic> = urls
                .iter()
                .filter(|u| !allowed_data_url(u, &listed))
                .map(|u| {
                    file_error(
                        u,
                        "data-origin",
                        "this planner does not load data from that site".into(),
                        "open the file with the dataset panel instead, or ask the site's administrator to list its origin in datasets.json (data_origins)",
                    )
                })
                .collect();
            if !refused.is_empty() {
                return Loaded::Invalid(refused);
            }
        }
        (urls, Origin::Outside)
    };
    // All requests leave at once: one after another, ten small files cost ten round trips.
    let requests: Vec<_> = urls.iter().map(|u| start_fetch(u)).collect();
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    for (i, (u, request)) in urls.iter().zip(requests).enumerate() {
        progress(i, urls.len());
        match text_of(u, request).await {
            Ok(t) => inputs.push((u.clone(), t)),
            Err(e) => {
                missing.push(u.clone());
                problems.push(unreadable(u, e));
            }
        }
    }
    // A file that cannot be fetched leaves the others usable: the planner opens with them
    // and names what is missing. With none fetched there is nothing to plan with.
    if inputs.is_empty() {
        return Loaded::Invalid(problems);
    }
    progress(urls.len(), urls.len());
    yield_to_browser().await;
    match open(inputs, &base, &today, origin, watch).await {
        Loaded::Ok(ds, summary, _) => Loaded::Ok(ds, summary, missing),
        Loaded::Cancelled => Loaded::Cancelled,
        // What did load may refer to what did not: both kinds of problem are shown.
        Loaded::Invalid(mut errors) => {
            problems.append(&mut errors);
            Loaded::Invalid(problems)
        }
    }
}

/// Today as YYYY-MM-DD from the browser clock (the engine never reads a clock itself).
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.get(..10).unwrap_or("2026-01-01").to_string()
}
