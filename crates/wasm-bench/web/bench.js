// Times the engine inside the browser. Sizes come from ?sizes=1000,10000; each size needs
// gen-<n>.json (and optionally gen-<n>.pwpack) next to this page.
import init, * as eng from './pkg/pathways_wasm_bench.js';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const time = (f) => {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
};
const out = document.getElementById('out');
const log = (s) => { out.textContent += '\n' + s; };

function timeExplore(reps) {
  const ex = [], base = [];
  let destinations = 0;
  for (let i = 0; i < reps; i++) {
    const [ms, k] = time(() => eng.explore_kept());
    ex.push(ms);
    destinations = k;
    base.push(time(() => eng.explore_baseline())[0]);
  }
  return { explore_ms: median(ex), explore_route_ms: median(base), destinations };
}

async function run() {
  await init({ module_or_path: './pkg/pathways_wasm_bench_bg.wasm' });
  const params = new URLSearchParams(location.search);
  const sizes = (params.get('sizes') || '1000').split(',').map(Number);
  const reps = Number(params.get('reps') || 5);
  const results = [];
  // The demo data with the BTS holder: explore against one route query, same run.
  const demo = (params.get('demo') || '').split(',').filter(Boolean);
  if (demo.length) {
    const texts = await Promise.all(demo.map(async (f) => (await fetch(`demo/${f}`)).text()));
    const r = { offers: eng.load_demo(demo, texts), demo: true };
    Object.assign(r, timeExplore(Math.max(reps, 11)));
    results.push(r);
    log(JSON.stringify(r));
  }
  for (const n of sizes) {
    const text = await (await fetch(`gen-${n}.json`)).text();
    const r = { offers: n, json_bytes: text.length };
    const loads = [];
    for (let i = 0; i < reps; i++) loads.push(time(() => eng.load_json(text))[0]);
    r.load_json_ms = median(loads);
    r.memory_mb = eng.memory_bytes() / 1048576;
    const pc = await fetch(`gen-${n}.pwpack`);
    if (pc.ok) {
      const bytes = new Uint8Array(await pc.arrayBuffer());
      const pl = [];
      for (let i = 0; i < reps; i++) pl.push(time(() => eng.load_pack(bytes))[0]);
      r.load_pack_ms = median(pl);
      r.pack_bytes = bytes.length;
    }
    if (n <= 10000 || params.has('check-all')) {
      const cs = [];
      for (let i = 0; i < Math.min(reps, 3); i++) cs.push(time(() => eng.check(text))[0]);
      r.check_ms = median(cs);
    }
    const qn = eng.query_count();
    const typical = [], hard = [];
    let routes = 0;
    for (let rep = 0; rep < reps; rep++) {
      for (let q = 0; q < qn; q++) {
        const [ms, k] = time(() => eng.route(q));
        routes += k;
        (q % 2 === 0 ? typical : hard).push(ms);
      }
    }
    r.queries = qn;
    r.route_typical_ms = typical.length ? median(typical) : null;
    r.route_hard_ms = hard.length ? median(hard) : null;
    r.routes_found = routes / reps;
    Object.assign(r, timeExplore(Math.min(reps, 3)));
    results.push(r);
    log(JSON.stringify(r));
  }
  window.__BENCH__ = results;
  log('done');
}

run().catch((e) => {
  window.__BENCH__ = { error: String(e && e.message ? e.message : e) };
  log('error: ' + window.__BENCH__.error);
});
