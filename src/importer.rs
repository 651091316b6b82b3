//! Opening files the app did not ship with: the engine's importer and its full validator
//! run in the browser as their own wasm module (`pathways-import.js`, built by `cargo xtask
//! build`), fetched the first time such a file is opened, so learners who only use the
//! bundled data never download them. It runs in a Web Worker (`pathways-import-worker.js`)
//! when the page may start one, so a long check never freezes the page.

use pathways_engine::import::{needs_import, BrowserImport};
use pathways_engine::validate::Diagnostic;
use wasm_bindgen::prelude::*;

// The module runs in a worker where the page may start one (same origin: the app, an
// iframe embed); a widget on another site's page cannot, and calls it on the main thread.
#[wasm_bindgen(inline_js = "function load(base) {
  const url = new URL(base + 'pathways-import.js', document.baseURI).href;
  return import(url).then(async (m) => { await m.default(); return m; });
}
let worker = null, seq = 0;
const pending = new Map();
function start(base) {
  if (worker !== null) return worker;
  try {
    worker = new Worker(new URL(base + 'pathways-import-worker.js', document.baseURI), { type: 'module' });
    worker.onmessage = (e) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (p) e.data.ok ? p.resolve(e.data.value) : p.reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker = false;
      for (const p of pending.values()) p.fallback();
      pending.clear();
    };
  } catch (e) {
    worker = false;
  }
  return worker;
}
function call(base, fn, args) {
  const direct = () => load(base).then((m) => m[fn](...args));
  const w = start(base);
  if (!w) return direct();
  return new Promise((resolve, reject) => {
    const id = ++seq;
    pending.set(id, { resolve, reject, fallback: () => direct().then(resolve, reject) });
    w.postMessage({ id, fn, args });
  });
}
export function importLinkedData(base, names, texts) {
  return call(base, 'import_files', [names, texts]);
}
export function checkDataset(base, names, texts, today) {
  return call(base, 'check_files', [names, texts, today]);
}")]
extern "C" {
    #[wasm_bindgen(js_name = importLinkedData)]
    fn import_linked_data(base: &str, names: Vec<String>, texts: Vec<String>) -> js_sys::Promise;
    #[wasm_bindgen(js_name = checkDataset)]
    fn check_dataset(
        base: &str,
        names: Vec<String>,
        texts: Vec<String>,
        today: &str,
    ) -> js_sys::Promise;
}

/// The errors the engine's validator finds in `inputs`, from the on-demand module.
pub async fn check(
    inputs: &[(String, String)],
    base: &str,
    today: &str,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let (names, texts): (Vec<String>, Vec<String>) = inputs.iter().cloned().unzip();
    let first = names.first().cloned().unwrap_or_default();
    let unavailable = || {
        vec![crate::loader::file_error(
            &first,
            "module-unavailable",
            "the dataset checker could not be loaded".into(),
            "check the connection and reload; the checker is fetched the first time a file is opened",
        )]
    };
    let value = wasm_bindgen_futures::JsFuture::from(check_dataset(base, names, texts, today))
        .await
        .map_err(|_| unavailable())?;
    let text = value.as_string().ok_or_else(unavailable)?;
    let rows: Vec<Vec<String>> = serde_json::from_str(&text).map_err(|_| unavailable())?;
    Ok(rows.into_iter().map(Diagnostic::from_row).collect())
}

/// What an import did, for the mapping-report panel.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSummary {
    pub files: Vec<String>,
    pub offers: usize,
    pub losses: usize,
    /// The report's lines as messages: the text `pathways import` prints, in the reader's
    /// language ([`crate::i18n::import_report`]).
    pub report: Vec<pathways_engine::route::Msg>,
}

fn problem(file: &str, message: String, hint: &str) -> Diagnostic {
    crate::loader::file_error(file, "import", message, hint)
}

/// Splits `inputs` into files in our format and CTDL/ELM files, imports the latter
/// together, and returns what the validator should check, plus the import's summary.
/// Nothing is replaced here: the caller validates the result before using it.
pub async fn prepare(
    inputs: Vec<(String, String)>,
    base: &str,
) -> Result<(Vec<(String, String)>, Option<ImportSummary>), Vec<Diagnostic>> {
    let (linked, mut ours): (Vec<_>, Vec<_>) =
        inputs.into_iter().partition(|(_, t)| needs_import(t));
    if linked.is_empty() {
        return Ok((ours, None));
    }
    let (names, texts): (Vec<String>, Vec<String>) = linked.into_iter().unzip();
    let first = names.first().cloned().unwrap_or_default();
    let promise = import_linked_data(base, names.clone(), texts);
    let value = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| {
            vec![crate::loader::file_error(
                &first,
                "module-unavailable",
                "the CTDL/ELM importer could not be loaded".into(),
                "check the connection and reload; the importer is fetched the first time such a file is opened",
            )]
        })?;
    let text = value.as_string().unwrap_or_default();
    let answer: BrowserImport = serde_json::from_str(&text).unwrap_or_default();
    if !answer.ok {
        let message = if answer.error.is_empty() {
            "the importer gave no answer".to_string()
        } else {
            answer.error
        };
        return Err(vec![problem(
            &first,
            message,
            "open a Pathways dataset (JSON), a Credential Engine record or an ELM/Europass learning opportunity (JSON-LD)",
        )]);
    }
    let name = format!("{} (imported)", names.join(", "));
    ours.push((name, answer.dataset));
    Ok((
        ours,
        Some(ImportSummary {
            files: names,
            offers: answer.offers,
            losses: answer.losses,
            report: answer
                .report
                .into_iter()
                .map(pathways_engine::import::report::from_row)
                .collect(),
        }),
    ))
}
