// Runs the on-demand importer and checker (pathways-import.js) off the page's main thread:
// checking a large file with thousands of problems takes seconds, and the page must keep
// painting its progress and answering the learner meanwhile. Each message names an export
// and its arguments; the answer carries the same id.
import init, * as checker from './pathways-import.js';

const ready = init();

self.onmessage = async (e) => {
  const { id, fn, args } = e.data;
  try {
    await ready;
    self.postMessage({ id, ok: true, value: checker[fn](...args) });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String(err && err.message ? err.message : err) });
  }
};
