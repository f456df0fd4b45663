// hotich's benchmarks, in Node, in one run: prints a table and writes
// bench/RESULTS.md.
//
//   npm run bench                     (node bench/run.mjs)
//   node bench/run.mjs --quick        (a smoke run: 10,000 rows, one run each)
//   node bench/run.mjs --rows N --runs R --stream-rows M --out FILE [--parallel]
//
// 1. per-record `validate` (an object in, a report out, the JS/wasm boundary
//    included) on a realistic birth record, clean and with three errors,
//    against the same rule subset in Zod 4, Valibot and Ajv (bench/peers.mjs);
// 2. `validateBatch` rows/s on ROWS generated rows (bench/generate.mjs): CSV
//    and NDJSON, as a string and as a Uint8Array; the peers on the same file,
//    parse included (papaparse for CSV, JSON.parse per line for NDJSON);
// 3. before any timing: the generator's known mix against hotich's counts,
//    the four input forms against each other, and each peer's findings
//    against hotich's on the subset's codes, row by row (disagreements are
//    reported, not hidden);
//    Both packages are timed: pkg/node (built for speed, opt-level 3) and
//    pkg/web (built for size, -Oz: what a browser downloads), loaded here
//    with initSync;
// 4. cold start (a fresh process per sample): WebAssembly.compile of
//    pkg/node/hotich_bg.wasm, then require('pkg/node') (instantiate and
//    glue; the compiled module is cached by then), then the first validate;
//    and the peak RSS of a STREAM_ROWS-row stream through BatchValidator
//    (bench/stream.mjs: generated on the fly, never written to disk);
// 5. where a row's work goes: instruction counts of the native build by
//    callgrind (bench/profile.mjs), when valgrind is installed.
// Every timing runs one thing at a time on one core; medians of RUNS runs.
// The long stream of 4. runs after everything else. --parallel runs it
// meanwhile in its own process on the second core, which saves its time but
// moved hotich's CSV timings by up to a third (2026-12-04: 54,000 against
// 74,000 rows/s; the stream and the batches both move a lot of memory).
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { generate } from './generate.mjs';
import { PEERS, SUBSET, unflatten } from './peers.mjs';
import * as profiler from './profile.mjs';
import * as web from '../pkg/web/hotich.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const hotich = require('../pkg/node');
web.initSync({ module: readFileSync(new URL('../pkg/web/hotich_bg.wasm', import.meta.url)) });

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROWS = Number(opt('rows', quick ? 10_000 : 100_000));
const RUNS = Number(opt('runs', quick ? 1 : 3));
const STREAM_ROWS = Number(opt('stream-rows', quick ? 20_000 : 1_000_000));
const OUT = opt('out', quick ? null : join('bench/RESULTS.md'));
const SEQUENTIAL = !args.includes('--parallel');
const TODAY = '2026-01-01';
const OPTIONS = { today: TODAY };

function join(p) {
  return fileURLToPath(new URL(`../${p}`, import.meta.url));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (...xs) => console.error(...xs);
const benchStarted = Date.now();

// --- the machine -----------------------------------------------------------------

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown';
  let nproc;
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    nproc = String(availableParallelism());
  }
  const version = (name) => JSON.parse(readFileSync(join(`node_modules/${name}/package.json`), 'utf8')).version;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'wasm', 'Cargo.toml'], { cwd: root, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes to src/ or wasm/)';
  } catch { /* not a checkout */ }
  const wasm = statSync(join('pkg/node/hotich_bg.wasm')).size;
  const webWasm = statSync(join('pkg/web/hotich_bg.wasm')).size;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc, model, node: process.version, v8: process.versions.v8,
    hotich: `${JSON.parse(readFileSync(join('pkg/node/package.json'), 'utf8')).version} (commit ${commit}; hotich_bg.wasm: pkg/node ${fmt(wasm)} bytes, opt-level 3 + wasm-opt -O3; pkg/web ${fmt(webWasm)} bytes, opt-level "z" + wasm-opt -Oz)`,
    zod: version('zod'), valibot: version('valibot'), ajv: version('ajv'), papaparse: version('papaparse'),
    load: loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

// CPU time (clock ticks) of every process now: pid → [name, ticks]. Compared
// at the end, it tells how much CPU other processes took during the run.
function cpuTicks() {
  const out = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, [name, Number(f[11]) + Number(f[12])]); // utime + stime
    } catch { /* gone */ }
  }
  return out;
}
const TICK = 100; // USER_HZ
// Busy CPU ticks of the whole machine (/proc/stat), and of this process
// with its children that have ended (/proc/self/stat utime…cstime): the
// difference over the run is what other processes took, short-lived ones
// included.
function machineTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] ?? 0); // user nice system irq softirq steal
}
function ownTicks() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
}
const ticksAtStart = cpuTicks();
const machineAtStart = machineTicks();
const ownAtStart = ownTicks();

// --- timing ------------------------------------------------------------------------

// ns per call of fn: RUNS+2 samples of at least `ms` each, after a warm-up; the median.
function perCall(fn, ms = 300) {
  let n = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    const took = performance.now() - t;
    if (took >= ms / 2) break;
    n *= 2;
  }
  const samples = [];
  for (let s = 0; s < Math.max(5, RUNS + 2); s++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    samples.push(((performance.now() - t) * 1e6) / n);
  }
  return median(samples);
}

// Median wall time in ms of RUNS calls of fn (each run whole: a 100,000-row file).
function perRun(fn, runs = RUNS, first = null) {
  const times = first === null ? [] : [first];
  while (times.length < runs) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), runs: times.length, all: times };
}

// --- the data ------------------------------------------------------------------------

log(`hotich bench: ${fmt(ROWS)} rows, ${RUNS} run(s) each, a ${fmt(STREAM_ROWS)}-row stream${SEQUENTIAL ? ' after the rest' : ' beside the rest'}${quick ? ' (quick)' : ''}`);
const info = machine();

// The long stream (4.), in its own process: now, on the second core, or at the end.
function startStream() {
  const child = spawn(process.execPath, [join('bench/stream.mjs'), String(STREAM_ROWS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0
    ? resolve(JSON.parse(out.trim().split('\n').pop()))
    : reject(new Error(`bench/stream.mjs exited with ${code}: ${err}`)))));
}
const streamStarted = SEQUENTIAL ? null : startStream();
let t0 = performance.now();
const csvData = generate({ rows: ROWS, seed: 1, format: 'csv' });
const ndjsonData = generate({ rows: ROWS, seed: 1, format: 'ndjson' });
const inputs = {
  'CSV, string': csvData.text,
  'CSV, Uint8Array': new Uint8Array(Buffer.from(csvData.text)),
  'NDJSON, string': ndjsonData.text,
  'NDJSON, Uint8Array': new Uint8Array(Buffer.from(ndjsonData.text)),
};
const csvBytes = inputs['CSV, Uint8Array'].length;
const ndjsonBytes = inputs['NDJSON, Uint8Array'].length;
log(`generated: CSV ${fmt(csvBytes / 1048576, 1)} MB (${fmt(csvBytes / ROWS)} bytes a row), NDJSON ${fmt(ndjsonBytes / 1048576, 1)} MB, in ${fmt(performance.now() - t0)} ms`);

// --- 3. correctness before timing ------------------------------------------------------

const checks = [];
hotich.validateBatch('birth', csvData.text.slice(0, csvData.text.indexOf('\n', 2_000_000) + 1 || undefined), OPTIONS); // warm-up: tier-up
t0 = performance.now();
const report = hotich.validateBatch('birth', inputs['CSV, string'], OPTIONS);
// Not counted as a timed run: the first call of this size also grows the
// module's memory to hold the input and the report.
const firstCsvMs = performance.now() - t0;
const summaryKey = (r) => JSON.stringify({ rows: r.rows, valid: r.valid, byCode: Object.entries(r.summary.byCode).sort(), triage: r.summary.triage, issues: r.issues.length });
{
  const want = csvData.expected.byCode;
  const got = report.summary.byCode;
  const codes = [...new Set([...Object.keys(want), ...Object.keys(got)])].sort();
  const diff = codes.filter((c) => (want[c] ?? 0) !== (got[c] ?? 0)).map((c) => `${c}: injected ${want[c] ?? 0}, hotich ${got[c] ?? 0}`);
  checks.push({ what: 'the generator\'s known mix = hotich\'s issues by code', ok: diff.length === 0, detail: diff.length ? diff.join('; ') : `${codes.length} codes, ${fmt(report.issues.length)} issues, ${fmt(report.summary.triage.clean)} clean rows` });
}

// Each peer's findings on the subset's codes, as "row code" pairs, against hotich's.
const subset = new Set(SUBSET);
const hotichPairs = new Set(report.issues.filter((i) => subset.has(i.code)).map((i) => `${i.row} ${i.code}`));
const codesOfRow = new Map();
for (const i of report.issues) codesOfRow.set(i.row, [...(codesOfRow.get(i.row) ?? []), i.code]);
const records = Papa.parse(csvData.text, { header: true, skipEmptyLines: true }).data.map(unflatten);
const agreement = [];
for (const [name, check] of Object.entries(PEERS)) {
  const pairs = new Set();
  records.forEach((rec, i) => {
    for (const issue of check(rec)) pairs.add(`${i + 1} ${issue.code}`);
  });
  const explain = (list) => {
    const by = {};
    for (const pair of list) {
      const [row, code] = pair.split(' ');
      const key = `${code} (hotich: ${[...new Set(codesOfRow.get(Number(row)) ?? ['nothing'])].join(', ')})`;
      by[key] = (by[key] ?? 0) + 1;
    }
    return Object.entries(by).map(([k, n]) => `${fmt(n)} × ${k}`).join('; ') || '—';
  };
  const rowsOf = (set) => new Set([...set].map((p) => p.split(' ')[0])).size;
  const onlyPeer = [...pairs].filter((p) => !hotichPairs.has(p));
  const onlyHotich = [...hotichPairs].filter((p) => !pairs.has(p));
  agreement.push({ name, peerRows: rowsOf(pairs), hotichRows: rowsOf(hotichPairs), same: pairs.size - onlyPeer.length, onlyPeer: explain(onlyPeer), onlyHotich: explain(onlyHotich), exact: onlyPeer.length + onlyHotich.length === 0 });
}
log('agreement on the subset:', agreement.map((a) => `${a.name}: ${a.exact ? 'same' : `peer-only ${a.onlyPeer}; hotich-only ${a.onlyHotich}`}`).join(' | '));

// --- 1. per record -----------------------------------------------------------------------

const cleanRecord = records[0];
const errorRecord = structuredClone(records[0]);
{
  const id = errorRecord.child.personalId;
  errorRecord.child.personalId = id.slice(0, 3) + String(Number(id[3]) ^ 1) + id.slice(4); // id.sex
  errorRecord.child.fullName += '2'; // name.chars
  errorRecord.mother.birthDate = '31/02/1990'; // date.invalid
}
const expectCodes = (issues) => [...new Set(issues.map((i) => i.code))].sort().join(',');
const recordChecks = {
  hotich: [expectCodes(hotich.validate('birth', cleanRecord, OPTIONS).issues), expectCodes(hotich.validate('birth', errorRecord, OPTIONS).issues)],
  'hotich (pkg/web)': [expectCodes(web.validate('birth', cleanRecord, OPTIONS).issues), expectCodes(web.validate('birth', errorRecord, OPTIONS).issues)],
};
for (const [name, check] of Object.entries(PEERS)) recordChecks[name] = [expectCodes(check(cleanRecord)), expectCodes(check(errorRecord))];
const wantRecord = ['', 'date.invalid,id.sex,name.chars'];
for (const [name, got] of Object.entries(recordChecks)) {
  checks.push({ what: `${name}: the clean record passes, the other has exactly its three errors`, ok: JSON.stringify(got) === JSON.stringify(wantRecord), detail: JSON.stringify(got) });
}
log('per record…');
const perRecord = [];
const floor = perCall(() => hotich.parsePersonalId('074316000123'));
for (const [label, rec] of [['clean', cleanRecord], ['3 errors', errorRecord]]) {
  const row = { label, hotich: perCall(() => hotich.validate('birth', rec, OPTIONS)), web: perCall(() => web.validate('birth', rec, OPTIONS)) };
  for (const [name, check] of Object.entries(PEERS)) row[name] = perCall(() => check(rec));
  perRecord.push(row);
}

// --- 2. batches ------------------------------------------------------------------------------

log('batches…');
const batch = [];
for (const [label, input] of Object.entries(inputs)) {
  let same = true;
  const r = perRun(() => {
    const rep = hotich.validateBatch('birth', input, OPTIONS);
    if (summaryKey(rep) !== summaryKey(report)) same = false;
  });
  checks.push({ what: `validateBatch, ${label}: the same report as CSV, string`, ok: same, detail: same ? `${fmt(report.rows)} rows` : 'summaries differ' });
  const bytes = label.startsWith('CSV') ? csvBytes : ndjsonBytes;
  batch.push({ who: 'hotich validateBatch (pkg/node)', label, ...r, rowsPerS: (ROWS / r.ms) * 1000, mbPerS: (bytes / 1048576 / r.ms) * 1000 });
  log(`  hotich ${label}: ${fmt((ROWS / r.ms) * 1000)} rows/s`);
}
for (const label of ['CSV, string', 'NDJSON, string']) {
  let same = true;
  web.validateBatch('birth', inputs[label].slice(0, 2_000_000), OPTIONS); // warm-up: tier-up
  const r = perRun(() => {
    if (summaryKey(web.validateBatch('birth', inputs[label], OPTIONS)) !== summaryKey(report)) same = false;
  });
  checks.push({ what: `pkg/web validateBatch, ${label}: the same report as pkg/node`, ok: same, detail: same ? `${fmt(report.rows)} rows` : 'summaries differ' });
  const bytes = label.startsWith('CSV') ? csvBytes : ndjsonBytes;
  batch.push({ who: 'hotich validateBatch (pkg/web)', label, ...r, rowsPerS: (ROWS / r.ms) * 1000, mbPerS: (bytes / 1048576 / r.ms) * 1000 });
  log(`  hotich pkg/web ${label}: ${fmt((ROWS / r.ms) * 1000)} rows/s`);
}
const parseCsv = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data.map(unflatten);
const parseNdjson = (text) => {
  const out = [];
  for (const line of text.split('\n')) if (line) out.push(JSON.parse(line));
  return out;
};
{
  const r = perRun(() => parseCsv(csvData.text));
  batch.push({ who: 'papaparse + unflatten (parse only)', label: 'CSV, string', ...r, rowsPerS: (ROWS / r.ms) * 1000, mbPerS: (csvBytes / 1048576 / r.ms) * 1000 });
  const n = perRun(() => parseNdjson(ndjsonData.text));
  batch.push({ who: 'split + JSON.parse (parse only)', label: 'NDJSON, string', ...n, rowsPerS: (ROWS / n.ms) * 1000, mbPerS: (ndjsonBytes / 1048576 / n.ms) * 1000 });
}
for (const [name, check] of Object.entries(PEERS)) {
  for (const [label, text, parse, bytes] of [['CSV, string', csvData.text, parseCsv, csvBytes], ['NDJSON, string', ndjsonData.text, parseNdjson, ndjsonBytes]]) {
    const r = perRun(() => {
      const found = [];
      const recs = parse(text);
      for (let i = 0; i < recs.length; i++) {
        const issues = check(recs[i]);
        if (issues.length) found.push({ row: i + 1, issues });
      }
      return found;
    });
    batch.push({ who: `${name} (parse + validate)`, label, ...r, rowsPerS: (ROWS / r.ms) * 1000, mbPerS: (bytes / 1048576 / r.ms) * 1000 });
    log(`  ${name} ${label}: ${fmt((ROWS / r.ms) * 1000)} rows/s`);
  }
}

// --- 4. cold start and memory ------------------------------------------------------------------

log('cold start…');
const coldScript = `
  const fs = require('node:fs');
  const bytes = fs.readFileSync(process.argv[1] + '/hotich_bg.wasm');
  let t = performance.now();
  WebAssembly.compile(bytes).then((module) => {
    const compile = performance.now() - t;
    t = performance.now();
    const hotich = require(process.argv[1]);
    const load = performance.now() - t;
    t = performance.now();
    hotich.validate('birth', JSON.parse(process.argv[2]), { today: '2026-01-01' });
    const first = performance.now() - t;
    t = performance.now();
    hotich.validate('birth', JSON.parse(process.argv[2]), { today: '2026-01-01' });
    const second = performance.now() - t;
    console.log(JSON.stringify({ compile, load, first, second }));
  });`;
const coldFresh = `
  let t = performance.now();
  require(process.argv[1]);
  console.log(JSON.stringify({ require: performance.now() - t }));`;
const cold = { compile: [], load: [], first: [], second: [], require: [] };
for (let i = 0; i < Math.max(5, RUNS); i++) {
  const a = JSON.parse(execFileSync(process.execPath, ['-e', coldScript, join('pkg/node'), JSON.stringify(cleanRecord)], { encoding: 'utf8' }));
  const b = JSON.parse(execFileSync(process.execPath, ['-e', coldFresh, join('pkg/node')], { encoding: 'utf8' }));
  for (const k of Object.keys(a)) cold[k].push(a[k]);
  cold.require.push(b.require);
}
const coldMedian = Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, median(v)]));

log(`a ${fmt(STREAM_ROWS)}-row stream${SEQUENTIAL ? '' : ' (started at the beginning): waiting for it'}…`);
const stream = await (streamStarted ?? startStream());
const loadEnd = loadavg().map((x) => x.toFixed(2)).join(' ');
// Other processes' CPU during the run (ours and our children excluded; those
// that started and ended within the run are not seen).
const others = [];
for (const [pid, [name, ticks]] of cpuTicks()) {
  if (pid === String(process.pid)) continue;
  const used = (ticks - (ticksAtStart.get(pid)?.[1] ?? 0)) / TICK;
  if (used >= 0.5) others.push([name, used]);
}
others.sort((a, b) => b[1] - a[1]);
const othersS = Math.max(0, (machineTicks() - machineAtStart - (ownTicks() - ownAtStart)) / TICK);
const totalS = (Date.now() - benchStarted) / 1000;

// --- 5. where the work goes: run last, as it builds (both cores) ----------------------------------

let profile = null;
if (!quick && profiler.available()) {
  log('profile (callgrind, native build)…');
  profile = profiler.run();
}

// --- the table ---------------------------------------------------------------------------------------

const us = (ns) => fmt(ns / 1000, 1);
const hotichCsv = batch.find((b) => b.who === 'hotich validateBatch (pkg/node)' && b.label === 'CSV, string');
const hotichNd = batch.find((b) => b.who === 'hotich validateBatch (pkg/node)' && b.label === 'NDJSON, string');
const webCsv = batch.find((b) => b.who === 'hotich validateBatch (pkg/web)' && b.label === 'CSV, string');
const peersCsv = batch.filter((b) => b.who.includes('parse + validate') && b.label === 'CSV, string').sort((a, b) => b.rowsPerS - a.rowsPerS);
const peersNd = batch.filter((b) => b.who.includes('parse + validate') && b.label === 'NDJSON, string').sort((a, b) => b.rowsPerS - a.rowsPerS);
const fastestRecord = (row) => Object.keys(PEERS).map((n) => [n, row[n]]).sort((a, b) => a[1] - b[1])[0];
const cleanRow = perRecord[0];
const [fastPeer, fastPeerNs] = fastestRecord(cleanRow);
const targets = [
  ['batch ≥ 1,000,000 rows/s on one core (CSV, string)', `${fmt(hotichCsv.rowsPerS)} rows/s`, `${fmt(hotichCsv.rowsPerS / 1e6, 4)}× the target (${fmt(1e6 / hotichCsv.rowsPerS)}× short)`, hotichCsv.rowsPerS >= 1e6],
  [`batch ≥ 3× the fastest JS peer with its parse (CSV: ${peersCsv[0].who.split(' ')[0]})`, `${fmt(hotichCsv.rowsPerS)} vs ${fmt(peersCsv[0].rowsPerS)} rows/s`, `${fmt(hotichCsv.rowsPerS / peersCsv[0].rowsPerS, 3)}× (target 3×)`, hotichCsv.rowsPerS >= 3 * peersCsv[0].rowsPerS],
  [`batch ≥ 3× the fastest JS peer with its parse (NDJSON: ${peersNd[0].who.split(' ')[0]})`, `${fmt(hotichNd.rowsPerS)} vs ${fmt(peersNd[0].rowsPerS)} rows/s`, `${fmt(hotichNd.rowsPerS / peersNd[0].rowsPerS, 3)}× (target 3×)`, hotichNd.rowsPerS >= 3 * peersNd[0].rowsPerS],
  [`per-record validate ≤ the fastest JS peer (clean record: ${fastPeer})`, `${us(cleanRow.hotich)} vs ${us(fastPeerNs)} µs`, `${fmt(cleanRow.hotich / fastPeerNs, 1)}× slower`, cleanRow.hotich <= fastPeerNs],
];

const lines = [];
// align: one letter a column, l or r (default: all left).
const table = (head, rows, align = '') => {
  lines.push(`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`);
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  lines.push('');
};

lines.push('# hotich benchmarks', '');
lines.push(`Written by \`npm run bench\` (\`node bench/run.mjs\`) on ${info.date}, in ${fmt(totalS)} s. Do not edit by hand: run it again.`, '');
lines.push('## Machine', '');
table(['what', 'value'], [
  ['CPU', `${info.model} (\`nproc\`: ${info.nproc})`],
  ['Node', `${info.node} (V8 ${info.v8})`],
  ['hotich', info.hotich],
  ['peers', `zod ${info.zod}, valibot ${info.valibot}, ajv ${info.ajv}, papaparse ${info.papaparse}`],
  ['load average (1, 5, 15 min) at start / end', `${info.load} / ${loadEnd} (the end includes this run's own two processes)`],
  ['CPU used by other processes during the run', `${fmt(othersS, 1)} CPU-seconds${others.length ? ` (of which still running at the end: ${others.slice(0, 3).map(([n, s]) => `${n} ${fmt(s, 1)} s`).join(', ')})` : ''}`],
]);
if (othersS > totalS * 0.1) lines.push(`**The machine was not idle**: other processes took ${fmt(othersS)} CPU-seconds during these ${fmt(totalS)} s, so the numbers below are lower than on a quiet machine; the ratios between implementations, measured one after another in the same conditions, are the more reliable figures.`, '');
lines.push(`Data: ${fmt(ROWS)} synthetic birth-register rows (\`bench/generate.mjs\`, seed 1): CSV ${fmt(csvBytes / 1048576, 1)} MB (${fmt(csvBytes / ROWS)} bytes a row), NDJSON ${fmt(ndjsonBytes / 1048576, 1)} MB; ${fmt(csvData.expected.clean)} clean rows and ${fmt(ROWS - csvData.expected.clean)} with one injected error each (${Object.entries(csvData.expected.byCode).sort().map(([c, n]) => `${c} ${fmt(n)}`).join(', ')}). \`today\` is ${TODAY}. Medians of ${RUNS} runs for the batches; per-record times are medians of ${Math.max(5, RUNS + 2)} samples of at least 300 ms each.`, '');

lines.push('## Targets (reported, not asserted)', '');
table(['target', 'measured (pkg/node)', 'ratio', 'met'], targets.map(([a, b, c, d]) => [a, b, c, d ? 'yes' : '**no**']));
lines.push(`hotich is measured as Node users get it, \`pkg/node\`, built for speed. The browser package, \`pkg/web\`, is built for size (every citizen opening a form downloads it) and runs the same rules slower: CSV ${fmt(webCsv.rowsPerS)} rows/s (${fmt(webCsv.rowsPerS / peersCsv[0].rowsPerS, 2)}× ${peersCsv[0].who.split(' ')[0]}), \`validate\` ${us(perRecord[0].web)} µs a record.`, '');

lines.push('## 1. Per record: `validate(kind, record, options)`', '');
lines.push(`The record is the first generated row (${Object.keys(cleanRecord).length} groups, ${Object.values(cleanRecord).reduce((n, g) => n + Object.keys(g).length, 0)} fields); "3 errors" is the same with the child's ID sex digit flipped, a digit in the child's name and 31/02 as the mother's birth date. hotich builds the full report (messages, normalized record) and crosses the boundary both ways; the peers return their own issue lists.`, '');
table(['record', 'hotich validate (pkg/node)', 'hotich validate (pkg/web)', 'zod', 'valibot', 'ajv (+ cross-field)'], perRecord.map((r) => [r.label, `${us(r.hotich)} µs`, `${us(r.web)} µs`, `${us(r.zod)} µs`, `${us(r.valibot)} µs`, `${us(r.ajv)} µs`]), 'lrrrrr');
lines.push(`For scale, the smallest round trip through the boundary, \`parsePersonalId('074316000123')\` (a string in, a small object out): ${us(floor)} µs.`, '');

lines.push(`## 2. Batches: ${fmt(ROWS)} rows`, '');
table(['implementation', 'input', 'median time', 'rows/s', 'MB/s', 'µs a row'], batch.map((b) => [b.who, b.label, `${fmt(b.ms / 1000, 2)} s`, fmt(b.rowsPerS), fmt(b.mbPerS, 1), fmt((b.ms * 1000) / ROWS, 1)]), 'llrrrr');
lines.push(`The first \`validateBatch\` call on the CSV string, not counted above, took ${fmt(firstCsvMs / 1000, 2)} s: it also grows the module's memory to hold the input and the report (the memory stays for the next calls).`, '');
lines.push('The peers validate the subset only (below); hotich runs every rule of a birth record, the cross-record rules, and writes a report with Vietnamese messages. Their "parse + validate" time includes papaparse (CSV; cells turned into nested records) or `JSON.parse` per line (NDJSON), and collecting the rows with issues.', '');

lines.push('## 3. Checked before timing', '');
table(['check', 'result', 'detail'], checks.map((c) => [c.what, c.ok ? 'ok' : '**failed**', c.detail]));
lines.push(`The subset (\`bench/peers.mjs\`): required fields, personal ID format and its sex and year digits against the person, real-calendar dates and their order, the characters of names, sex, the 54 ethnic groups; codes ${SUBSET.map((c) => `\`${c}\``).join(', ')}. Each implementation's findings as (row, code) pairs, against hotich's issues with those codes on the same file:`, '');
table(['peer', 'rows it flags', 'rows hotich flags', '(row, code) pairs in common', 'only the peer', 'only hotich'], agreement.map((a) => [a.name, fmt(a.peerRows), fmt(a.hotichRows), fmt(a.same), a.onlyPeer, a.onlyHotich]), 'lrrrll');
if (agreement.some((a) => !a.exact)) {
  lines.push('The disagreement is the TCVN3 rows: a name such as "NguyÔn V¨n Nam" holds symbols (¨, ©, ÷, §…), so a character rule flags it as `name.chars`; hotich recognises the legacy encoding and reports `name.encoding` with the repaired name as a suggestion (a warning, with a one-click fix) instead of `name.chars`. Mojibake made only of Latin letters (Ô, ª…) passes the peers\' rule. Nothing else differs.', '');
}

lines.push('## 4. Cold start and memory', '');
table(['step (a fresh Node process each time)', 'median'], [
  ['`WebAssembly.compile(hotich_bg.wasm)`', `${fmt(coldMedian.compile, 1)} ms`],
  ['then `require(\'pkg/node\')`: instantiate + glue (the compiled module is cached by V8)', `${fmt(coldMedian.load, 1)} ms`],
  ['then the first `validate` (lazily compiled functions)', `${fmt(coldMedian.first, 2)} ms`],
  ['then the second `validate`', `${fmt(coldMedian.second, 3)} ms`],
  ['`require(\'pkg/node\')` alone: read + compile + instantiate', `${fmt(coldMedian.require, 1)} ms`],
], 'lr');
table([`a ${fmt(stream.rows)}-row stream through \`BatchValidator\` (\`bench/stream.mjs\`)`, 'value'], [
  ['bytes pushed (CSV, 1,000-row chunks, generated on the fly)', `${fmt(stream.bytes / 1048576, 0)} MB`],
  ['RSS after loading hotich, before the stream', `${fmt(stream.baselineRssMB, 1)} MB`],
  ['peak RSS (sampled after each push; kernel maxRSS)', `${fmt(stream.peakRssMB, 1)} MB; ${fmt(stream.maxRssMB, 1)} MB`],
  ['peak V8 heap used (the generator\'s strings)', `${fmt(stream.peakHeapUsedMB, 1)} MB`],
  ['issues in the report', fmt(stream.issues)],
  ['time in push / finish', `${fmt(stream.pushMs / 1000, 1)} s / ${fmt(stream.finishMs / 1000, 2)} s (${fmt(stream.rows / (stream.pushMs / 1000))} rows/s)`],
]);
lines.push(SEQUENTIAL
  ? 'The stream ran alone, after everything else.'
  : 'The stream ran in its own process on the second core while the timings above ran on the first (`--parallel`), which can slow them: their memory traffic competes.', '');

const perRowBatch = (hotichCsv.ms * 1000) / ROWS;
lines.push('## What dominates', '');
lines.push(`hotich (pkg/node) is ${fmt(1e6 / hotichCsv.rowsPerS)}× short of 1,000,000 rows/s, ${fmt(hotichCsv.rowsPerS / peersCsv[0].rowsPerS, 2)}× the fastest JS peer on CSV (target 3×), ${fmt(hotichNd.rowsPerS / peersNd[0].rowsPerS, 2)}× on NDJSON, and ${fmt(cleanRow.hotich / fastPeerNs, 1)}× slower than ${fastPeer} per record. The first measurement (2026-11-28, commit 0eadee1) was 6,907 rows/s on CSV and 186 µs a record, with one -Oz build for both packages; what changed since is in the commit log (58fbd83 and after).`, '');
const boundary = cleanRow.hotich / 1000 - perRowBatch;
const boundaryShare = (boundary * 100000) / cleanRow.hotich;
lines.push(`- **Per record, ${boundaryShare > 55 ? 'most of the time' : boundaryShare > 40 ? 'about half' : 'some'} is the boundary.** A row inside \`validateBatch\` costs ${fmt(perRowBatch, 1)} µs (CSV parsing and the cross-record indexes included, no crossing into JavaScript); \`validate\` of the same record from JavaScript costs ${us(cleanRow.hotich)} µs. The difference, ${boundary > 0 ? `about ${fmt(boundary, 1)} µs (${fmt((boundary * 100000) / cleanRow.hotich, 0)} %)` : 'none'}, is the round trip: the object made JSON text by \`wasm/js/boundary.js\` (which never throws, so it walks the object itself instead of calling \`JSON.stringify\`), copied into the module and parsed, the normalized record and the report written as JSON and parsed again by \`JSON.parse\`. The smallest round trip, \`parsePersonalId\`, is ${us(floor)} µs. The peers take the object as it is and return their own arrays; matching them would take passing records without text in between.`);
lines.push(`- **In a batch, no single part dominates.** Instruction counts of the native build of the same rules (callgrind, ${profile ? fmt(profile[0].rows) : 'N'} generated CSV rows through \`validate_batch\`; x86-64 instructions, which the wasm builds follow in proportion, not in detail):`, '');
if (profile) {
  const [z, three] = profile;
  const cell = (p, i) => (p.parts[i].perRow === null ? '—' : `${fmt(p.parts[i].perRow)} (${fmt((p.parts[i].perRow * 100) / p.perRow, 0)} %)`);
  table(['part of the work', 'instructions a row, opt-level "z" (pkg/web)', 'opt-level 3 (pkg/node)'], [
    ...z.parts.map((part, i) => [part.what, cell(z, i), cell(three, i)]),
    ['**all**', `**${fmt(z.perRow)}**`, `**${fmt(three.perRow)}**`],
  ], 'lrr');
} else {
  lines.push(`(${quick ? 'Not in a --quick run' : 'valgrind is not installed here'}: \`node bench/profile.mjs\` makes this table.)`, '');
}
lines.push('- **What the rows hold**: ' + `${fmt(csvBytes / ROWS)} bytes a row, 29 fields: 4 names, 5 long place texts, 4 dates and a date in words, 4 personal IDs. Every text is checked for NFC and spacing and for legacy encodings (a one-pass test settles correct Unicode Vietnamese; names whose letters Windows-1252 can all show, such as "Lê Anh Phát", also go through a syllable test), names for look-alike and invisible characters, dates on the real calendar and against each other, IDs against sex, year and province, and the cross-record index keys each person's name. The peers match one regular expression per name and do nothing with places.`);
lines.push('- **Allocation** is spread over all rows of the table: each text field is copied once into its normal form, and each issue carries its message.');
lines.push(`- **Reaching 1,000,000 rows/s** means 1 µs a row, ${fmt(perRowBatch)} times less than now. That would take another design, not more tuning: fields kept as slices of the input instead of copied strings, one pass over each text for NFC, spacing and encoding together, rules reading fields by index instead of by path, and messages written only when a report is read.`, '');
lines.push('## How to run', '');
lines.push('```sh', 'npm ci                 # the peers are devDependencies: zod, valibot, ajv, papaparse', 'scripts/build.sh       # pkg/web and pkg/node', 'npm run bench          # this file; about 3 minutes on 2 cores',
  'node bench/profile.mjs       # the instruction counts alone (valgrind), as JSON',
  'cargo run --release --example validate_file -- birth births.csv   # the rules natively on a file', 'node bench/run.mjs --quick    # a smoke run, under a minute, writes nothing', 'node bench/generate.mjs --rows 100000 --format csv --out births.csv   # a file to try', '```', '');

const text = `${lines.join('\n')}`;
if (OUT) writeFileSync(OUT, text);
console.log(text);
log(`done in ${fmt(totalS)} s${OUT ? `; wrote ${OUT}` : ''}`);
