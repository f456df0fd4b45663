// hotich-form.js: checks an existing <form> with hotich, in the browser.
//
//   const handle = attach(document.querySelector('form'), { kind: 'birth' });
//
// (attach is this module's export; it loads hotich.js from beside itself.)
//
// Fields are bound by `data-hotich="child.personalId"` (on a control, or on a
// <fieldset> of radios) or by `map: { the_form_name: 'child.personalId' }`,
// so the portal's markup does not change. The pattern is GOV.UK's: nothing is
// shown while a person types; on submit an error summary ("Có lỗi cần sửa")
// lists every error, linking to its field, takes focus, and the page title
// gets "Lỗi: "; the same message appears at the field. A field shown in error
// is re-checked on every input, so its message goes as soon as it is fixed.
// Warnings do not block: the first submit that has them asks once.
//
// Errors are set with setCustomValidity, so form.checkValidity() and the
// page's own submit handlers see them; the layer sets form.noValidate while
// attached (restored by detach) so the browser's bubbles do not compete.
// Controls the layer does not bind keep their own constraints (required,
// pattern, the page's setCustomValidity): they are listed the same way.
//
// If the wasm module fails to load or throws, the layer loads a fresh
// instance once; if that fails too it steps aside with a console warning and
// the form submits as if the layer were not there (the server validates).
//
// Styling is the page's (a strict CSP forbids injected styles). Classes:
// .hotich-summary (+ __title __list __lead __confirm), .hotich-message with
// data-severity, .hotich-message__line--error/--warning, .hotich-suggestion,
// .hotich-visually-hidden. Marks: 'hotich:ready', 'hotich:first-check'.

const KINDS = ['birth', 'marriage', 'death'];
const LOCALES = ['vi', 'en'];
const OPTION_KEYS = ['kind', 'map', 'locale', 'today', 'moduleUrl'];

const TEXT = {
  vi: {
    errors: 'Có lỗi cần sửa',
    warnings: 'Xin kiểm tra lại',
    lead: 'Các thông tin dưới đây có thể chưa đúng. Nếu đã đúng, bấm “Vẫn gửi” hoặc gửi lại.',
    anyway: 'Vẫn gửi',
    error: 'Lỗi: ',
    warning: 'Lưu ý: ',
    title: 'Lỗi: ',
    fix: 'Sửa thành: ',
  },
  en: {
    errors: 'There is a problem',
    warnings: 'Check these answers',
    lead: 'The answers below may not be right. If they are, choose “Submit anyway” or submit again.',
    anyway: 'Submit anyway',
    error: 'Error: ',
    warning: 'Warning: ',
    title: 'Error: ',
    fix: 'Change to: ',
  },
};
const TITLE_PREFIXES = Object.values(TEXT).map((t) => t.title);

let uid = 0;
let firstCheckMarked = false;
const isError = (i) => i.severity === 'error';

// One wasm instance per module URL, shared by every attached form. A failure
// (load error or a throw from a call, e.g. a trap) loads a fresh instance
// once: the module is imported again under another URL, so wasm-bindgen's
// state starts over. A second failure is final.
class Engine {
  constructor(url) {
    this.url = url;
    this.api = null;
    this.state = 'loading';
    this.retried = false;
    this.users = new Set();
    this.wantsUnits = false;
    this.units = null; // the pack's bytes, kept for a fresh instance
    this.unitsIn = null; // the instance that has them
    this.promise = this.load();
  }

  async load() {
    try {
      const url = new URL(this.url);
      if (this.retried) url.searchParams.set('hotich-retry', '1');
      const api = await import(url.href);
      await api.default();
      api.validate('birth', {}, {}); // a call that must work before any form relies on it
      if (this.wantsUnits) await this.loadUnits(api);
      this.api = api;
      this.state = 'ready';
      performance.mark('hotich:ready');
      for (const user of this.users) user.engineReady();
      return true;
    } catch (error) {
      return this.fail(error);
    }
  }

  // The administrative-units pack (units.bin, beside hotich.js), for forms
  // that bind place codes. Without it those codes get a `place.unchecked`
  // warning and are left to the server: a failure here is not fatal.
  async loadUnits(api) {
    if (typeof api.loadUnits !== 'function' || this.unitsIn === api) return;
    try {
      if (!this.units) {
        const response = await fetch(new URL('units.bin', this.url));
        if (!response.ok) throw new Error(`units.bin: HTTP ${response.status}`);
        this.units = new Uint8Array(await response.arrayBuffer());
      }
      api.loadUnits(this.units);
      this.unitsIn = api;
    } catch (error) {
      console.warn('hotich: the administrative-units pack could not be loaded; place codes are left to the server.', error);
    }
  }

  async needUnits() {
    if (this.wantsUnits) return;
    this.wantsUnits = true;
    if (this.state !== 'ready') return; // load() does it
    await this.loadUnits(this.api);
    for (const user of this.users) user.engineReady();
  }

  fail(error) {
    this.api = null;
    if (!this.retried) {
      this.retried = true;
      this.state = 'loading';
      console.warn('hotich: the validator failed; loading a fresh instance.', error);
      this.promise = this.load();
      return this.promise;
    }
    this.state = 'failed';
    console.warn('hotich: in-browser checks are off; the form submits without them (the server still validates).', error);
    for (const user of [...this.users]) user.stepAside(error);
    return false;
  }

  // Runs fn(api) and returns its result, or undefined if the engine is not
  // ready or fn threw (which starts the recovery).
  call(fn) {
    if (this.state !== 'ready') return undefined;
    try {
      return fn(this.api);
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }
}

const engines = new Map();
function engineFor(url) {
  let engine = engines.get(url);
  if (!engine || engine.state === 'failed') engines.set(url, (engine = new Engine(url)));
  return engine;
}

function setIn(target, path, value) {
  const keys = path.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys[keys.length - 1]] = value;
}

function isControl(el) {
  return (el instanceof HTMLInputElement && !['button', 'submit', 'reset', 'image'].includes(el.type))
    || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

function readValue(controls) {
  const first = controls[0];
  if (first.type === 'radio') return controls.find((c) => c.checked)?.value ?? '';
  if (first.type === 'checkbox') return controls.filter((c) => c.checked).map((c) => c.value).join(', ');
  return first.value;
}

function tokens(el, attr) {
  return (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
}
function addToken(el, attr, token) {
  const list = tokens(el, attr);
  if (!list.includes(token)) el.setAttribute(attr, [...list, token].join(' '));
}
function removeToken(el, attr, token) {
  const list = tokens(el, attr).filter((t) => t !== token);
  if (list.length) el.setAttribute(attr, list.join(' '));
  else el.removeAttribute(attr);
}

function make(tag, props = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k in el && k !== 'role') el[k] = v;
    else el.setAttribute(k, v);
  }
  el.append(...children);
  return el;
}

/** The handle attach() returns; also an EventTarget ('ready', 'check', 'invalid', 'confirm', 'unavailable'). */
class FormHandle extends EventTarget {
  #form;
  #kind;
  #locale;
  #today;
  #engine;
  #fields = [];
  #mode = null; // null | 'error' | 'warning': what the summary shows
  #summary = null;
  #summaryKey = '';
  #confirmed = new Set();
  #submitter = null;
  #attached = true;
  #noValidate;
  #resolveReady;
  #isReady = false;

  constructor(form, kind, map, locale, today, moduleUrl) {
    super();
    this.#form = form;
    this.#kind = kind;
    this.#locale = locale;
    this.#today = today;
    this.#noValidate = form.noValidate;
    form.noValidate = true;
    this.ready = new Promise((resolve) => { this.#resolveReady = resolve; });
    this.#collect(map);
    form.addEventListener('submit', this.#onSubmit, true);
    form.addEventListener('input', this.#onInput);
    form.addEventListener('change', this.#onInput);
    this.#engine = engineFor(moduleUrl);
    this.#engine.users.add(this);
    if (this.#fields.some((f) => /\.(province|district|commune)Code$/.test(f.path ?? ''))) this.#engine.needUnits();
    if (this.#engine.state === 'ready') queueMicrotask(() => this.engineReady());
  }

  // Fields: every bound path, then every other control (its own constraints).
  #collect(map) {
    const byPath = new Map();
    const bound = new Set();
    const add = (path, el) => {
      if (!isControl(el) || bound.has(el)) return;
      let field = byPath.get(path);
      if (!field) byPath.set(path, (field = { path, controls: [] }));
      field.controls.push(el);
      bound.add(el);
    };
    for (const el of this.#form.elements) {
      const path = el.dataset.hotich;
      if (!path) continue;
      if (el instanceof HTMLFieldSetElement) for (const c of el.elements) add(path, c);
      else add(path, el);
    }
    for (const [name, path] of Object.entries(map ?? {})) {
      const item = this.#form.elements.namedItem(name);
      if (!item) console.warn(`hotich: map names "${name}", which this form does not have.`);
      else if (item instanceof RadioNodeList) for (const c of item) add(path, c);
      else add(path, item);
    }
    const others = new Map();
    for (const el of this.#form.elements) {
      if (!isControl(el) || bound.has(el)) continue;
      const key = el.type === 'radio' && el.name ? `radio:${el.name}` : el;
      if (!others.has(key)) others.set(key, { path: null, controls: [] });
      others.get(key).controls.push(el);
    }
    this.#fields = [...byPath.values(), ...others.values()].map((field) => {
      const fieldset = field.controls.length > 1 ? field.controls[0].closest('fieldset') : null;
      return {
        ...field,
        group: fieldset && field.controls.every((c) => fieldset.contains(c)) ? fieldset : null,
        ariaInvalid: field.controls.map((c) => c.getAttribute('aria-invalid')),
        issues: [],
        shown: false,
        box: null,
        key: '',
      };
    });
    this.#fields.sort((a, b) => (a.controls[0].compareDocumentPosition(b.controls[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  #fieldFor(path) {
    const bound = this.#fields.filter((f) => f.path !== null);
    return bound.find((f) => f.path === path)
      ?? bound.find((f) => f.path.startsWith(`${path}.`))
      ?? bound.find((f) => path.startsWith(`${f.path}.`));
  }

  #options() {
    return this.#today === undefined ? { locale: this.#locale } : { locale: this.#locale, today: this.#today };
  }

  #record() {
    const record = {};
    for (const f of this.#fields) {
      if (f.path === null) continue;
      const value = readValue(f.controls);
      if (value.trim() !== '') setIn(record, f.path, value);
    }
    return record;
  }

  // Validates the record, spreads the issues over the fields and sets every
  // control's custom validity. Issues at paths the form does not bind cannot
  // be fixed here: they are in the report, but neither shown nor blocking.
  #check() {
    const record = this.#record();
    const report = this.#engine.call((api) => api.validate(this.#kind, record, this.#options()));
    if (!report) return null;
    for (const f of this.#fields) f.issues = [];
    for (const issue of report.issues) this.#fieldFor(issue.path)?.issues.push(issue);
    for (const f of this.#fields) {
      const own = f.issues.filter(isError).map((i) => i.message).join(' ');
      for (const c of f.controls) {
        if (f.path !== null) c.setCustomValidity('');
        // The browser's and the page's own constraints (required, pattern, ...).
        if (c.willValidate && !c.validity.valid && !f.issues.some(isError) && !f.issues.some((i) => i.code === 'constraint')) {
          f.issues.push({ path: f.path ?? '', code: 'constraint', severity: 'error', message: c.validationMessage });
        }
        if (f.path !== null) c.setCustomValidity(own);
      }
    }
    if (!firstCheckMarked) {
      firstCheckMarked = true;
      performance.mark('hotich:first-check');
    }
    this.dispatchEvent(new CustomEvent('check', { detail: { report } }));
    return report;
  }

  // Re-checks and re-renders what is shown; returns the report.
  #run() {
    const report = this.#check();
    if (report) this.#render();
    return report;
  }

  engineReady() {
    if (!this.#attached) return;
    this.#run();
    if (this.#isReady) return;
    this.#isReady = true;
    this.#resolveReady(true);
    this.dispatchEvent(new CustomEvent('ready'));
  }

  stepAside(error) {
    if (!this.#attached) return;
    this.detach();
    this.#resolveReady(false);
    this.dispatchEvent(new CustomEvent('unavailable', { detail: { error } }));
  }

  #onInput = () => {
    try {
      this.#run();
    } catch (error) {
      this.stepAside(error);
    }
  };

  #onSubmit = (event) => {
    const engine = this.#engine;
    if (engine.state !== 'ready') {
      // Loading a fresh instance after a failure: hold the submit until it is
      // back or gone. Not loaded yet at all: the form submits, the server validates.
      if (engine.state === 'loading' && engine.retried) this.#hold(event);
      return;
    }
    try {
      this.#submitter = event.submitter;
      if (!this.#check()) {
        this.#hold(event); // the validator just failed
        return;
      }
      const withErrors = this.#fields.filter((f) => f.issues.some(isError));
      if (withErrors.length) {
        this.#block(event, 'error', (f) => f.issues.some(isError));
        this.dispatchEvent(new CustomEvent('invalid', { detail: { issues: withErrors.flatMap((f) => f.issues.filter(isError)) } }));
        return;
      }
      const key = (i) => `${i.path}|${i.code}`;
      const pending = this.#fields.flatMap((f) => f.issues).filter((i) => !this.#confirmed.has(key(i)));
      if (pending.length) {
        for (const i of pending) this.#confirmed.add(key(i));
        this.#block(event, 'warning', (f) => f.issues.some((i) => pending.includes(i)));
        this.dispatchEvent(new CustomEvent('confirm', { detail: { issues: pending } }));
        return;
      }
      // Valid: the submission goes on; what was shown is cleared.
      for (const f of this.#fields) f.shown = false;
      this.#mode = null;
      this.#render();
    } catch (error) {
      // A bug here must not make the form unusable.
      console.warn('hotich: unexpected error; the form submits without in-browser checks.', error);
      this.detach();
      if (event.defaultPrevented) queueMicrotask(() => this.#resubmit());
    }
  };

  #resubmit() {
    const submitter = this.#submitter;
    this.#form.requestSubmit(submitter?.form === this.#form ? submitter : null);
  }

  #hold(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
    this.#submitter = event.submitter;
    this.#engine.promise.then(() => this.#resubmit());
  }

  #block(event, mode, shows) {
    event.preventDefault();
    event.stopImmediatePropagation();
    this.#mode = mode;
    for (const f of this.#fields) f.shown = shows(f);
    this.#render();
    this.#summary?.focus();
  }

  // --- rendering ------------------------------------------------------

  #render() {
    for (const f of this.#fields) this.#renderField(f);
    this.#renderSummary();
  }

  #idOf(f) {
    const el = f.controls.find((c) => c.checked) ?? f.controls[0];
    if (!el.id) el.id = `hotich-${++uid}`;
    return el.id;
  }

  #describedElements(f) {
    return f.group ? [f.group] : f.controls;
  }

  #renderField(f) {
    const t = TEXT[this.#locale];
    const issues = f.shown ? f.issues : [];
    const key = issues.length ? `${this.#locale}\n${issues.map((i) => `${i.severity}|${i.message}|${i.suggestion ?? ''}`).join('\n')}` : '';
    if (key === f.key) return;
    f.key = key;
    const hasError = issues.some(isError);
    f.controls.forEach((c, n) => {
      if (hasError) c.setAttribute('aria-invalid', 'true');
      else if (f.ariaInvalid[n] === null) c.removeAttribute('aria-invalid');
      else c.setAttribute('aria-invalid', f.ariaInvalid[n]);
    });
    if (!issues.length) {
      if (f.box) {
        for (const el of this.#describedElements(f)) removeToken(el, 'aria-describedby', f.box.id);
        f.box.remove();
        f.box = null;
      }
      return;
    }
    if (!f.box) {
      f.box = make('div', { className: 'hotich-message', id: `hotich-message-${++uid}` });
      this.#place(f);
      for (const el of this.#describedElements(f)) addToken(el, 'aria-describedby', f.box.id);
    }
    f.box.dataset.severity = hasError ? 'error' : 'warning';
    f.box.replaceChildren(...issues.map((i) => {
      const line = make('p', { className: `hotich-message__line hotich-message__line--${i.severity}` }, [
        make('span', { className: 'hotich-visually-hidden' }, [isError(i) ? t.error : t.warning]),
        i.message,
      ]);
      if (typeof i.suggestion === 'string' && f.path !== null) {
        const button = make('button', { type: 'button', className: 'hotich-suggestion' }, [t.fix + i.suggestion]);
        button.addEventListener('click', () => this.#apply(f, i.suggestion));
        line.append(' ', button);
      }
      return line;
    }));
  }

  // Where a field's message goes: a [data-hotich-message="path"] the page
  // provides; after a radio group's legend; after a wrapping <label>; or
  // just before the control (GOV.UK: between label/hint and input).
  #place(f) {
    const slot = f.path && [...this.#form.querySelectorAll('[data-hotich-message]')].find((el) => el.dataset.hotichMessage === f.path);
    if (slot) return slot.append(f.box);
    const legend = f.group?.querySelector(':scope > legend');
    if (legend) return legend.after(f.box);
    if (f.group) return f.group.prepend(f.box);
    const control = f.controls[0];
    const label = control.closest('label');
    if (label) return label.after(f.box);
    return control.before(f.box);
  }

  #apply(f, value) {
    const control = f.controls[0];
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    control.focus();
  }

  #focusField(f) {
    const control = f.controls.find((c) => c.checked) ?? f.controls[0];
    const label = f.group?.querySelector('legend') ?? control.labels?.[0];
    (label ?? control).scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
  }

  #renderSummary() {
    const t = TEXT[this.#locale];
    const items = [];
    if (this.#mode) {
      for (const f of this.#fields) {
        if (!f.shown) continue;
        for (const i of f.issues) if (this.#mode === 'warning' || isError(i)) items.push({ f, i });
      }
    }
    const hasError = items.some(({ i }) => isError(i));
    const title = TITLE_PREFIXES.reduce((s, p) => (s.startsWith(p) ? s.slice(p.length) : s), document.title);
    const wanted = hasError ? t.title + title : title;
    if (document.title !== wanted) document.title = wanted;
    if (!items.length) {
      this.#mode = null;
      this.#summary?.remove();
      this.#summary = null;
      this.#summaryKey = '';
      return;
    }
    const key = `${this.#locale}|${this.#mode}\n${items.map(({ f, i }) => `${this.#idOf(f)}|${i.severity}|${i.message}`).join('\n')}`;
    if (key === this.#summaryKey && this.#summary?.isConnected) return;
    this.#summaryKey = key;
    if (!this.#summary) {
      this.#summary = make('div', { className: 'hotich-summary', tabIndex: -1, role: 'region' });
      const slot = this.#form.querySelector('[data-hotich-summary]');
      if (slot) slot.append(this.#summary);
      else this.#form.prepend(this.#summary);
    }
    const s = this.#summary;
    s.dataset.severity = hasError ? 'error' : 'warning';
    const titleId = `hotich-summary-title-${++uid}`;
    s.setAttribute('aria-labelledby', titleId);
    const list = make('ul', { className: 'hotich-summary__list' }, items.map(({ f, i }) => {
      const link = make('a', { href: `#${this.#idOf(f)}` }, [i.message]);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.#focusField(f);
      });
      return make('li', { className: `hotich-summary__item--${i.severity}` }, [link]);
    }));
    const parts = [make('h2', { className: 'hotich-summary__title', id: titleId }, [hasError ? t.errors : t.warnings])];
    if (!hasError) parts.push(make('p', { className: 'hotich-summary__lead' }, [t.lead]));
    parts.push(list);
    if (!hasError) {
      const button = make('button', { type: 'button', className: 'hotich-summary__confirm' }, [t.anyway]);
      button.addEventListener('click', () => this.#resubmit());
      parts.push(button);
    }
    s.replaceChildren(...parts);
  }

  // --- public API -----------------------------------------------------

  /**
   * Checks the form now and returns the report (null while the validator is
   * not available). With { show: true } it also shows the errors as a
   * submit would (summary, focus, title), without submitting.
   */
  validate({ show = false } = {}) {
    if (!this.#attached) return null;
    const report = this.#check();
    if (!report) return null;
    if (show) {
      const hasErrors = (f) => f.issues.some(isError);
      if (this.#fields.some(hasErrors)) {
        this.#mode = 'error';
        for (const f of this.#fields) f.shown = hasErrors(f);
        this.#render();
        this.#summary?.focus();
        return report;
      }
    }
    this.#render();
    return report;
  }

  /** Switches the language of the messages and of the summary. */
  setLocale(locale) {
    if (!LOCALES.includes(locale)) throw new TypeError(`hotich: locale must be one of ${LOCALES.join(', ')}`);
    this.#locale = locale;
    if (this.#attached && this.#engine.state === 'ready') this.#run();
  }

  get locale() {
    return this.#locale;
  }

  /** Removes every listener, message and custom validity; the form is as it was. */
  detach() {
    if (!this.#attached) return;
    this.#attached = false;
    this.#engine.users.delete(this);
    this.#form.removeEventListener('submit', this.#onSubmit, true);
    this.#form.removeEventListener('input', this.#onInput);
    this.#form.removeEventListener('change', this.#onInput);
    this.#form.noValidate = this.#noValidate;
    this.#mode = null;
    for (const f of this.#fields) {
      f.shown = false;
      if (f.path !== null) for (const c of f.controls) c.setCustomValidity('');
    }
    this.#render();
    this.#resolveReady(false);
  }
}

/**
 * Binds `form` to the hotich validator. Throws a TypeError for bad options;
 * never for anything the browser or the wasm module does later.
 */
export function attach(form, options) {
  if (!(form instanceof HTMLFormElement)) throw new TypeError('hotich: attach() needs a <form> element');
  const opts = options ?? {};
  for (const key of Object.keys(opts)) {
    if (!OPTION_KEYS.includes(key)) throw new TypeError(`hotich: unknown option "${key}" (known: ${OPTION_KEYS.join(', ')})`);
  }
  const { kind, map, locale = 'vi', today, moduleUrl = new URL('./hotich.js', import.meta.url).href } = opts;
  if (!KINDS.includes(kind)) throw new TypeError(`hotich: kind must be one of ${KINDS.join(', ')}`);
  if (!LOCALES.includes(locale)) throw new TypeError(`hotich: locale must be one of ${LOCALES.join(', ')}`);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError('hotich: today must be "YYYY-MM-DD"');
  if (map !== undefined && (typeof map !== 'object' || map === null || Object.values(map).some((p) => typeof p !== 'string'))) {
    throw new TypeError('hotich: map must be an object of form names to record paths');
  }
  return new FormHandle(form, kind, map, locale, today, new URL(moduleUrl, document.baseURI).href);
}
