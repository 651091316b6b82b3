// Pathways Planner widget loader: defines the <pathways-planner> custom element.
//
// Usage on a host page (no inline script needed, works under a strict CSP):
//   <script type="module" src="https://planner.example/pathways-embed.js"></script>
//   <pathways-planner data-src="https://uni.example/offers.json" lang="de" mode="learner"></pathways-planner>
//
// wasm-bindgen cannot define a custom element class (wasm-bindgen #2853), so this small
// class attaches a closed shadow root and hands a container inside it to the Rust app.
// Closed, the learner's inputs and notes are not reachable through `element.shadowRoot`;
// a host script that patches attachShadow before this runs still could (SECURITY.md): where
// that matters, embed the iframe instead.
// `xtask build` replaces the two __APP_*__ names with the hashed files of the build.

const base = new URL('.', import.meta.url);
// Tells the app's `main` not to mount itself on the host page's <body>.
globalThis.__PATHWAYS_EMBED__ = true;

const appReady = (async () => {
  const mod = await import(new URL('__APP_JS__', base).href);
  await mod.default({ module_or_path: new URL('__APP_WASM__', base) });
  const cssText = await fetch(new URL('widget.css', base)).then((r) => (r.ok ? r.text() : ''));
  return { mod, cssText };
})();

let reserved = null;
function reserve() {
  if (!reserved) {
    reserved = new CSSStyleSheet();
    reserved.replaceSync(':host { display: block; } .pp-widget:empty { min-height: 100vh; }');
  }
  return reserved;
}

const ATTRS = ['data-src', 'lang', 'goal', 'mode', 'data-session-key', 'show', 'countries'];

class PathwaysPlannerElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRS;
  }

  #root = null;
  #container = null;
  #widget = null;

  connectedCallback() {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: 'closed' });
      // Until the planner is there, its box holds a screen's height, so the host page
      // below it does not jump when it arrives (the planner is taller than a screen).
      this.#root.adoptedStyleSheets = [reserve()];
    }
    if (!this.#widget) this.#mount();
  }

  // Taken off the page: the planner goes with it (and comes back if the element returns).
  disconnectedCallback() {
    this.#unmount();
  }

  // The host changes an attribute after load: the language and the mode change in the
  // running planner, keeping the learner's plan; other data, another goal, other parts
  // shown or other countries start it anew.
  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#widget || oldValue === newValue) return;
    if (name === 'lang') {
      this.#widget.set_lang(newValue || document.documentElement.lang || 'en');
    } else if (name === 'mode') {
      this.#widget.set_mode(newValue || 'learner');
    } else {
      this.#unmount();
      this.#mount();
    }
  }

  #unmount() {
    if (this.#widget) this.#widget.unmount();
    this.#widget = null;
    if (this.#container) this.#container.remove();
    this.#container = null;
  }

  #mount() {
    const root = this.#root;
    const container = (this.#container = document.createElement('div'));
    container.className = 'pp-widget';
    root.appendChild(container);
    // Marks this mount: an attribute change while the module loads starts a newer one.
    this.#widget = { set_lang() {}, set_mode() {}, unmount() {} };
    const pending = this.#widget;
    appReady
      .then(({ mod, cssText }) => {
        if (this.#widget !== pending) return;
        // Constructed stylesheets stay inside the shadow root and need no 'unsafe-inline'.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(cssText);
        root.adoptedStyleSheets = [reserve(), sheet];
        const config = {
          data: (this.getAttribute('data-src') || '')
            .split(/[\s,]+/)
            .filter((u) => u.length > 0)
            .map((u) => new URL(u, document.baseURI).href),
          lang: this.getAttribute('lang') || document.documentElement.lang || 'en',
          goal: this.getAttribute('goal') || null,
          mode: this.getAttribute('mode') || 'learner',
          base: base.href,
          // Only with this attribute does the widget keep the counsellor session, in the
          // host site's localStorage under a key naming this instance; otherwise in memory.
          session_key: this.getAttribute('data-session-key') || null,
          // Parts of the planner's frame to show ("title language mode data"); without
          // the attribute only the language choice shows.
          show: this.getAttribute('show'),
          countries: this.getAttribute('countries'),
        };
        this.#widget = mod.mount_widget(container, config);
      })
      .catch((err) => {
        // The host page must keep working even when the widget cannot start.
        const p = document.createElement('p');
        p.setAttribute('role', 'alert');
        p.textContent = 'The Pathways Planner could not start: ' + String(err && err.message ? err.message : err);
        container.appendChild(p);
      });
  }
}

if (!customElements.get('pathways-planner')) {
  customElements.define('pathways-planner', PathwaysPlannerElement);
}
