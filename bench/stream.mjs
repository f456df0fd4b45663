// Peak memory of a long stream through BatchValidator: ROWS birth rows
// generated on the fly (bench/generate.mjs, CSV, 1,000 rows a chunk, never
// written to disk), each chunk pushed as bytes. Prints one JSON line:
// resident set size before and at its peak (sampled after every push and at
// the end; the kernel's maxRSS too), the V8 heap, the time spent in push and
// finish, and the report's size.
//
//   node bench/stream.mjs [ROWS]     (1,000,000 by default)
import { createRequire } from 'node:module';
import { chunks } from './generate.mjs';

const require = createRequire(import.meta.url);
const hotich = require('../pkg/node');

const rows = Number(process.argv[2] ?? 1_000_000);
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const baseline = process.memoryUsage();
const validator = new hotich.BatchValidator('birth', { today: '2026-01-01' });
let peakRss = baseline.rss;
let peakHeap = baseline.heapUsed;
let pushMs = 0;
let bytes = 0;
const started = performance.now();
for (const chunk of chunks({ rows, seed: 42, format: 'csv', rowsPerChunk: 1000 })) {
  const buffer = Buffer.from(chunk);
  bytes += buffer.length;
  const t = performance.now();
  validator.push(buffer);
  pushMs += performance.now() - t;
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
}
const t = performance.now();
const report = validator.finish();
const finishMs = performance.now() - t;
const end = process.memoryUsage();
peakRss = Math.max(peakRss, end.rss);
validator.free();
console.log(JSON.stringify({
  rows: report.rows,
  bytes,
  issues: report.issues.length,
  byCode: report.summary.byCode,
  baselineRssMB: mb(baseline.rss),
  peakRssMB: mb(peakRss),
  maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
  peakHeapUsedMB: mb(peakHeap),
  endRssMB: mb(end.rss),
  pushMs: Math.round(pushMs),
  finishMs: Math.round(finishMs),
  totalMs: Math.round(performance.now() - started),
}));
