// The batch page (kiem-tra-tep.html): a CSV or NDJSON file, chosen or
// dropped, is validated in a Web Worker (batch-worker.js, one per run, so
// Cancel terminates it) with a progress bar; the results are shown easy
// first — the clean count, then the rows that a suggestion fixes, then the
// rows a person must review, then the issues of the file as a whole — in
// pages of PAGE issues, filtered by code, with an SVG bar chart of the
// issues by code and a CSV report to download (with a byte order mark, so
// that Excel reads the Vietnamese right).
//
// The strict CSP holds: no inline script or style; the chart is built with
// DOM APIs and sized by SVG attributes, its colours come from batch.css.
// app.js (loaded by the page too) does the static vi/en texts, the service
// worker and the offline badge; this file re-renders what it drew when
// app.js changes <html lang>.

const PAGE = 200;
const SVG = 'http://www.w3.org/2000/svg';

const TEXT = {
  vi: {
    reading: (rows, done, total, pct, s) => `Đã kiểm tra ${rows} dòng · ${done} / ${total} (${pct}) · ${s}`,
    starting: 'Đang khởi động…',
    fileLine: (name, size, kind) => `Tệp “${name}”, ${size} · ${kind}`,
    kinds: { birth: 'khai sinh', marriage: 'kết hôn', death: 'khai tử' },
    cancelled: (rows) => `Đã hủy, sau ${rows} dòng. Chọn hoặc kéo thả tệp để kiểm tra lại.`,
    done: (rows, s) => `Đã kiểm tra xong ${rows} dòng trong ${s}.`,
    failed: (message) => `Không kiểm tra được tệp: ${message}`,
    seconds: (x) => `${x} giây`,
    totals: {
      rows: 'dòng',
      clean: 'dòng sạch, không có vấn đề gì',
      fixable: 'dòng sửa nhanh được (có gợi ý sửa)',
      review: 'dòng cần người xem xét',
      file: 'vấn đề của cả tệp',
    },
    speed: (s, rate) => `${s} · ${rate} dòng/giây`,
    allCodes: (n) => `Tất cả mã (${n} lỗi)`,
    groups: {
      fixable: ['Sửa nhanh được', 'Mỗi vấn đề ở các dòng này có gợi ý sửa: kiểm tra gợi ý rồi sửa trong tệp gốc.'],
      review: ['Cần xem xét', 'Các dòng này có vấn đề cần người đối chiếu với sổ hoặc giấy tờ gốc.'],
      file: ['Cả tệp', 'Vấn đề của cả tệp (dòng 0): cột lạ, số đăng ký bị thiếu trong quyển.'],
    },
    groupCount: (rows, issues) => `${rows} dòng, ${issues} vấn đề`,
    fileCount: (issues) => `${issues} vấn đề`,
    none: 'Không có vấn đề nào ở đây với bộ lọc này.',
    columns: ['Dòng', 'Trường', 'Mã', 'Mức', 'Thông báo', 'Gợi ý sửa'],
    severity: { error: 'lỗi', warning: 'cảnh báo' },
    prev: 'Trang trước',
    next: 'Trang sau',
    pageOf: (from, to, n) => `${from}–${to} trong ${n}`,
    pager: (group) => `Các trang của nhóm “${group}”`,
    chartLabel: (n) => `Biểu đồ cột: số lỗi theo mã, ${n} mã`,
    bar: (code, n, description) => `${code}: ${n} — ${description}`,
    barAction: (code, n) => `${code}: ${n}. Lọc theo mã này`,
    noIssues: 'Không có vấn đề nào.',
    localeNote: 'Các thông báo đang ở tiếng Anh vì tệp được kiểm tra khi trang ở tiếng Anh.',
    recheck: 'Kiểm tra lại bằng tiếng Việt',
    csvHeader: ['Dòng', 'Trường', 'Mã', 'Mức độ', 'Thông báo', 'Gợi ý sửa'],
    csvName: (base) => `${base}.bao-cao-loi.csv`,
  },
  en: {
    reading: (rows, done, total, pct, s) => `${rows} rows checked · ${done} / ${total} (${pct}) · ${s}`,
    starting: 'Starting…',
    fileLine: (name, size, kind) => `File “${name}”, ${size} · ${kind}`,
    kinds: { birth: 'births', marriage: 'marriages', death: 'deaths' },
    cancelled: (rows) => `Cancelled after ${rows} rows. Choose or drop a file to check again.`,
    done: (rows, s) => `Checked ${rows} rows in ${s}.`,
    failed: (message) => `The file could not be checked: ${message}`,
    seconds: (x) => `${x} s`,
    totals: {
      rows: 'rows',
      clean: 'clean rows, nothing to do',
      fixable: 'rows a suggestion fixes',
      review: 'rows a person must review',
      file: 'issues of the whole file',
    },
    speed: (s, rate) => `${s} · ${rate} rows/s`,
    allCodes: (n) => `All codes (${n} issues)`,
    groups: {
      fixable: ['Quick fixes', 'Every issue in these rows has a suggested fix: check it, then correct the source file.'],
      review: ['To review', 'These rows need a person to compare them with the register or the documents.'],
      file: ['The whole file', 'Issues of the file as a whole (row 0): unknown columns, numbers missing from a book.'],
    },
    groupCount: (rows, issues) => `${rows} rows, ${issues} issues`,
    fileCount: (issues) => `${issues} issues`,
    none: 'No issue here with this filter.',
    columns: ['Row', 'Field', 'Code', 'Severity', 'Message', 'Suggested fix'],
    severity: { error: 'error', warning: 'warning' },
    prev: 'Previous page',
    next: 'Next page',
    pageOf: (from, to, n) => `${from}–${to} of ${n}`,
    pager: (group) => `Pages of “${group}”`,
    chartLabel: (n) => `Bar chart: issues by code, ${n} codes`,
    bar: (code, n, description) => `${code}: ${n} — ${description}`,
    barAction: (code, n) => `${code}: ${n}. Filter by this code`,
    noIssues: 'No issues.',
    localeNote: 'The messages are in Vietnamese: the file was checked while the page was in Vietnamese.',
    recheck: 'Check again in English',
    csvHeader: ['row', 'path', 'code', 'severity', 'message', 'suggestion'],
    csvName: (base) => `${base}.issues.csv`,
  },
};

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'vi');
const t = () => TEXT[lang()];
const numbers = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const decimals = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
};
const fmt = (n) => numbers[lang()].format(n);
const fmt1 = (n) => decimals[lang()].format(n);
const size = (bytes) => (bytes < 1 << 20 ? `${fmt1(bytes / 1024)} KB` : `${fmt1(bytes / (1 << 20))} MB`);
const seconds = (ms) => t().seconds(fmt1(ms / 1000));

const $ = (id) => document.getElementById(id);
const ui = {
  batch: $('batch'), pick: $('pick'), kind: $('kind'), drop: $('drop'), file: $('file'), run: $('run'),
  runFile: $('run-file'), progress: $('progress'), progressText: $('progress-text'), cancel: $('cancel'),
  status: $('status'), results: $('results'), resultsFile: $('results-file'), totals: $('totals'),
  localeNote: $('locale-note'), filter: $('code-filter'), download: $('download'), chart: $('chart'), groups: $('groups'),
};

function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'scope') el.setAttribute(k, v);
    else el[k] = v;
  }
  el.append(...children.filter((c) => c !== null && c !== undefined));
  return el;
}

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

// --- a run -------------------------------------------------------------------

let worker = null;
let run = null; // { file, kind, locale, started, rows, bytes, ms }
let result = null; // what the worker found, prepared for display
const view = { code: '', page: { fixable: 0, review: 0, file: 0 } };

function setState(state) {
  ui.batch.dataset.state = state;
}

let statusText = () => '';
function setStatus(fn) {
  statusText = fn;
  ui.status.textContent = fn();
}

function start(file) {
  if (!file) return;
  stop();
  const kind = ui.kind.value;
  run = { file, kind, locale: lang(), started: performance.now(), rows: 0, bytes: 0, ms: 0 };
  performance.clearMarks('hotich:batch-start');
  performance.clearMarks('hotich:batch-done');
  performance.clearMeasures('hotich:batch');
  performance.mark('hotich:batch-start');
  result = null;
  ui.results.hidden = true;
  setStatus(() => '');
  ui.run.hidden = false;
  ui.progress.max = Math.max(file.size, 1);
  ui.progress.value = 0;
  renderRun();
  setState('running');
  worker = new Worker(new URL('batch-worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', ({ data }) => {
    if (data.type === 'progress') {
      Object.assign(run, { rows: data.rows, bytes: data.bytes, ms: data.ms });
      ui.progress.value = data.bytes;
      renderRun();
    } else if (data.type === 'done') {
      finish(data);
    } else if (data.type === 'error') {
      fail(data.message);
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.message || 'worker');
  });
  worker.postMessage({ file, kind, locale: run.locale });
  ui.cancel.focus();
}

function stop() {
  worker?.terminate();
  worker = null;
}

function cancel() {
  if (!worker) return;
  stop();
  ui.run.hidden = true;
  ui.file.value = '';
  setState('cancelled');
  const rows = run.rows;
  setStatus(() => t().cancelled(fmt(rows)));
  ui.file.focus();
}

function fail(message) {
  stop();
  ui.run.hidden = true;
  ui.file.value = '';
  setState('error');
  setStatus(() => t().failed(message));
}

function finish({ report, rules, ms }) {
  stop();
  performance.mark('hotich:batch-done');
  performance.measure('hotich:batch', 'hotich:batch-start', 'hotich:batch-done');
  result = prepare(report, rules, run, ms);
  view.code = '';
  view.page = { fixable: 0, review: 0, file: 0 };
  ui.run.hidden = true;
  ui.file.value = '';
  setState('done');
  render();
  ui.results.hidden = false;
  setStatus(() => t().done(fmt(result.report.rows), seconds(result.wall)));
  // Cancel, which had the focus, is gone: the results take it.
  $('results-title').focus({ preventScroll: true });
}

function renderRun() {
  if (!run) return;
  const k = t();
  ui.runFile.textContent = k.fileLine(run.file.name, size(run.file.size), k.kinds[run.kind]);
  const pct = run.file.size ? Math.floor((run.bytes / run.file.size) * 100) : 0;
  ui.progressText.textContent = run.bytes
    ? k.reading(fmt(run.rows), size(run.bytes), size(run.file.size), `${pct}%`, seconds(run.ms))
    : k.starting;
}

// --- the results ---------------------------------------------------------------

function prepare(report, rules, run, ms) {
  const triage = new Map();
  for (const row of report.summary.fixableRows) triage.set(row, 'fixable');
  for (const row of report.summary.reviewRows) triage.set(row, 'review');
  const order = report.issues.map((_, i) => i);
  order.sort((a, b) => report.issues[a].row - report.issues[b].row || a - b);
  const groups = { fixable: [], review: [], file: [] };
  const severity = new Map(); // code → 'error' if any issue with it is an error
  for (const i of order) {
    const issue = report.issues[i];
    groups[issue.row === 0 ? 'file' : triage.get(issue.row) ?? 'review'].push(i);
    if (severity.get(issue.code) !== 'error') severity.set(issue.code, issue.severity);
  }
  const catalogue = {};
  for (const [locale, list] of Object.entries(rules)) catalogue[locale] = new Map(list.map((r) => [r.code, r]));
  return {
    report, groups, severity, catalogue,
    file: { name: run.file.name, size: run.file.size, object: run.file }, kind: run.kind, locale: run.locale,
    ms, wall: performance.now() - run.started,
  };
}

function render() {
  if (!result) return;
  renderTotals();
  renderFilter();
  renderChart();
  renderGroups();
  const k = t();
  ui.resultsFile.textContent = k.fileLine(result.file.name, size(result.file.size), k.kinds[result.kind]);
  const other = result.locale !== lang();
  ui.localeNote.hidden = !other;
  ui.localeNote.replaceChildren();
  if (other) {
    const again = h('button', { type: 'button', class: 'secondary', text: k.recheck });
    again.addEventListener('click', () => {
      ui.kind.value = result.kind;
      start(result.file.object);
    });
    ui.localeNote.append(h('span', { text: `${k.localeNote} ` }), again);
  }
}

function renderTotals() {
  const { report } = result;
  const k = t().totals;
  const item = (key, value, extra) => h('li', { 'data-total': key, class: `totals__item totals__item--${key}` },
    h('span', { class: 'totals__value', 'data-value': String(value), text: fmt(value) }),
    h('span', { class: 'totals__label', text: k[key] }), extra);
  const rate = result.ms > 0 ? Math.round(report.rows / (result.ms / 1000)) : 0;
  ui.totals.replaceChildren(
    item('clean', report.summary.triage.clean),
    item('fixable', report.summary.triage.fixable),
    item('review', report.summary.triage.review),
    item('file', result.groups.file.length),
    item('rows', report.rows, h('span', { class: 'totals__speed', 'data-ms': String(Math.round(result.ms)), text: t().speed(seconds(result.ms), fmt(rate)) })),
  );
}

function byCode() {
  return Object.entries(result.report.summary.byCode).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function describe(code) {
  return result.catalogue[lang()]?.get(code)?.description ?? result.catalogue[result.locale]?.get(code)?.description ?? '';
}

function renderFilter() {
  const k = t();
  const total = result.report.issues.length;
  const options = [h('option', { value: '', text: k.allCodes(fmt(total)) })];
  for (const [code, n] of byCode()) options.push(h('option', { value: code, text: `${code} (${fmt(n)})`, title: describe(code) }));
  ui.filter.replaceChildren(...options);
  ui.filter.value = view.code;
  ui.filter.disabled = total === 0;
}

function renderChart() {
  const entries = byCode();
  const k = t();
  if (entries.length === 0) {
    ui.chart.replaceChildren(h('p', { class: 'chart__empty', text: k.noIssues }));
    return;
  }
  const width = 760;
  const rowH = 26;
  const labelW = 200;
  const countW = 80;
  const top = 4;
  const max = entries[0][1];
  const height = top * 2 + entries.length * rowH;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart__svg', role: 'group', 'aria-label': k.chartLabel(entries.length) });
  // Grid lines at quarters of the largest count.
  for (const q of [0, 0.25, 0.5, 0.75, 1]) {
    const x = labelW + q * (width - labelW - countW);
    svg.append(s('line', { x1: x, x2: x, y1: 0, y2: height, class: 'chart__grid' }));
  }
  entries.forEach(([code, n], i) => {
    const y = top + i * rowH;
    const w = Math.max(2, (n / max) * (width - labelW - countW));
    const selected = view.code === code;
    const bar = s('g', {
      class: `chart__bar chart__bar--${result.severity.get(code) ?? 'error'}${selected ? ' chart__bar--selected' : ''}`,
      'data-code': code, 'data-count': n, tabindex: 0, role: 'button', 'aria-pressed': String(selected),
      'aria-label': k.barAction(code, fmt(n)),
    },
    s('title', {}, document.createTextNode(k.bar(code, fmt(n), describe(code)))),
    s('rect', { x: 0, y, width, height: rowH, class: 'chart__hit' }),
    s('text', { x: labelW - 10, y: y + rowH / 2, class: 'chart__label', 'text-anchor': 'end', 'dominant-baseline': 'central' }, document.createTextNode(code)),
    s('rect', { x: labelW, y: y + 4, width: w.toFixed(1), height: rowH - 8, rx: 2, class: 'chart__fill' }),
    s('text', { x: labelW + w + 6, y: y + rowH / 2, class: 'chart__count', 'dominant-baseline': 'central' }, document.createTextNode(fmt(n))));
    const choose = () => setFilter(selected ? '' : code);
    bar.addEventListener('click', choose);
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose();
      }
    });
    svg.append(bar);
  });
  ui.chart.replaceChildren(svg);
}

function setFilter(code) {
  view.code = code;
  view.page = { fixable: 0, review: 0, file: 0 };
  ui.filter.value = code;
  renderChart();
  renderGroups();
}

function filtered(group) {
  const list = result.groups[group];
  if (!view.code) return list;
  const { issues } = result.report;
  return list.filter((i) => issues[i].code === view.code);
}

function renderGroups() {
  const k = t();
  const { issues } = result.report;
  const sections = [];
  for (const group of ['fixable', 'review', 'file']) {
    if (result.groups[group].length === 0) continue;
    const list = filtered(group);
    const pages = Math.max(1, Math.ceil(list.length / PAGE));
    const page = Math.min(view.page[group], pages - 1);
    view.page[group] = page;
    const [title, hint] = k.groups[group];
    const rows = new Set();
    for (const i of list) rows.add(issues[i].row);
    const count = group === 'file' ? k.fileCount(fmt(list.length)) : k.groupCount(fmt(rows.size), fmt(list.length));
    const section = h('section', { class: `group group--${group}`, 'data-triage': group, 'data-issues': String(list.length), 'aria-labelledby': `group-${group}` },
      h('h3', { id: `group-${group}` }, `${title} `, h('span', { class: 'group__count', text: `(${count})` })),
      h('p', { class: 'group__hint', text: hint }));
    if (list.length === 0) {
      section.append(h('p', { class: 'group__none', text: k.none }));
    } else {
      section.append(table(list.slice(page * PAGE, (page + 1) * PAGE)));
      if (pages > 1) section.append(pager(group, title, page, pages, list.length));
    }
    sections.push(section);
  }
  ui.groups.replaceChildren(...sections);
}

function table(slice) {
  const k = t();
  const { issues } = result.report;
  const head = h('tr', {}, ...k.columns.map((c) => h('th', { scope: 'col', text: c })));
  const body = document.createDocumentFragment();
  let last = -1;
  for (const i of slice) {
    const issue = issues[i];
    const first = issue.row !== last;
    last = issue.row;
    body.append(h('tr', { class: `issue issue--${issue.severity}${first ? ' issue--first' : ''}`, 'data-row': String(issue.row), 'data-code': issue.code },
      h('td', { class: 'issue__row', text: first ? fmt(issue.row) : '' }),
      h('td', { class: 'issue__path' }, h('code', { text: issue.path })),
      h('td', { class: 'issue__code' }, h('code', { text: issue.code })),
      h('td', { class: 'issue__severity', text: k.severity[issue.severity] ?? issue.severity }),
      h('td', { class: 'issue__message', text: issue.message }),
      h('td', { class: 'issue__suggestion', text: issue.suggestion ?? '' })));
  }
  return h('div', { class: 'table-wrap' }, h('table', { class: 'issues' }, h('thead', {}, head), h('tbody', {}, body)));
}

function pager(group, title, page, pages, n) {
  const k = t();
  const go = (to) => {
    view.page[group] = to;
    renderGroups();
    document.querySelector(`[data-triage="${group}"] .pager [data-go="${to > page ? 'next' : 'prev'}"]`)?.focus();
  };
  const prev = h('button', { type: 'button', class: 'secondary', text: `‹ ${k.prev}`, disabled: page === 0, 'data-go': 'prev' });
  const next = h('button', { type: 'button', class: 'secondary', text: `${k.next} ›`, disabled: page >= pages - 1, 'data-go': 'next' });
  prev.addEventListener('click', () => go(page - 1));
  next.addEventListener('click', () => go(page + 1));
  const from = page * PAGE + 1;
  const to = Math.min(n, (page + 1) * PAGE);
  return h('nav', { class: 'pager', 'aria-label': k.pager(title) }, prev, h('span', { class: 'pager__at', text: k.pageOf(fmt(from), fmt(to), fmt(n)) }), next);
}

// --- the report as CSV -----------------------------------------------------------

// A cell: quoted when it holds a comma, quote or line break; text that a
// spreadsheet would run as a formula gets a leading apostrophe.
function cell(value) {
  let v = String(value ?? '');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function reportCsv() {
  const k = t();
  const lines = [k.csvHeader.map(cell).join(',')];
  for (const i of result.report.issues) {
    lines.push([i.row, i.path, i.code, k.severity[i.severity] ?? i.severity, i.message, i.suggestion ?? ''].map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function download() {
  if (!result) return;
  const url = URL.createObjectURL(new Blob([reportCsv()], { type: 'text/csv;charset=utf-8' }));
  const base = result.file.name.replace(/\.[^.]*$/, '') || 'hotich';
  const a = h('a', { href: url, download: t().csvName(base) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// --- wiring --------------------------------------------------------------------

ui.pick.addEventListener('submit', (event) => event.preventDefault());
ui.file.addEventListener('change', () => start(ui.file.files[0]));
ui.cancel.addEventListener('click', cancel);
ui.filter.addEventListener('change', () => setFilter(ui.filter.value));
ui.download.addEventListener('click', download);

for (const type of ['dragenter', 'dragover']) {
  ui.drop.addEventListener(type, (event) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    ui.drop.classList.add('drop--over');
  });
}
for (const type of ['dragleave', 'dragend']) ui.drop.addEventListener(type, () => ui.drop.classList.remove('drop--over'));
ui.drop.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.drop.classList.remove('drop--over');
  start(event.dataTransfer.files[0]);
});
// A file dropped beside the zone must not replace the page.
addEventListener('dragover', (event) => event.preventDefault());
addEventListener('drop', (event) => event.preventDefault());

// app.js switches the language by setting <html lang>: redraw what is ours.
new MutationObserver(() => {
  renderRun();
  render();
  ui.status.textContent = statusText();
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
