#!/usr/bin/env node
// Writes the seed corpora of the fuzz targets (fuzz/fuzz_targets/) from the
// shared test vectors, the name corpora in tests/text/ and data/units.bin:
//
//   node scripts/fuzz-seeds.mjs [dir]     (default target/fuzz/seeds)
//
// One folder per target, one file per seed, named by its SHA-1; the folder is
// emptied first, so the seeds always follow the vectors. Nothing here is
// committed. Input shapes (the flags byte and the rest) are documented in
// fuzz/src/lib.rs and at the top of each target.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatten } from '../tests/js/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'target/fuzz/seeds');
/// Seeds larger than this are left out (the vectors hold strings of megabytes,
/// which would only slow every mutation down).
const MAX_SEED = 64 * 1024;

const seeds = new Map(); // target -> Map(sha1 -> bytes)
function seed(target, ...parts) {
  const bytes = Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.from(p))));
  if (bytes.length > MAX_SEED && target !== 'units') return;
  if (!seeds.has(target)) seeds.set(target, new Map());
  seeds.get(target).set(createHash('sha1').update(bytes).digest('hex'), bytes);
}

// The flags byte of fuzz/src/lib.rs: locale, kind and (batch) format.
const KIND_BITS = { birth: 0, marriage: 1 << 4, death: 2 << 4 };
function flags(v, format) {
  let f = KIND_BITS[v.kind] ?? 0;
  if (v.options?.locale === 'en') f |= 1;
  if (v.units === false) f |= 2;
  if (v.options?.ethnicityCodes === '1979') f |= 4;
  if (format === 'csv') f |= 1 << 6;
  if (format === 'ndjson') f |= 2 << 6;
  return f;
}

/// Every [dotted path, string] of a record.
function leaves(value, path = '', acc = []) {
  if (typeof value === 'string') acc.push([path, value]);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, acc);
  }
  return acc;
}

function textSeeds(s) {
  seed('encoding', s);
  seed('names', s);
}

const files = readdirSync(join(root, 'tests/vectors'))
  .filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, doc: JSON.parse(readFileSync(join(root, 'tests/vectors', name), 'utf8')) }));
const ndjson = { birth: [], marriage: [], death: [] };
const fieldsSeen = new Set(); // one validate_field seed per path and value

for (const { vector: v } of flatten(files)) {
  const fn = v.fn ?? 'validate';
  const records = [v.record, v.register, v.population].filter((r) => r !== undefined);
  for (const r of records) {
    const text = JSON.stringify(r) ?? 'null';
    seed('validate', flags(v), text);
    seed('json', text);
    if (v.kind in ndjson && r && typeof r === 'object') ndjson[v.kind].push(text);
    seed('compare', flags(v), text, '\n', text);
    for (const [path, s] of leaves(r)) {
      const key = `${v.kind}|${path}|${s}`;
      if (!fieldsSeen.has(key)) seed('validate_field', flags(v), path, '\n', JSON.stringify(s), '\n', text);
      fieldsSeen.add(key);
      if (/personalId/i.test(path)) seed('personal_id', s);
      else if (/date|Date/.test(path) && !/InWords/.test(path)) seed('date', s);
      else if (/InWords/.test(path)) seed('words', s);
      else textSeeds(s);
    }
  }
  if (typeof v.options?.today === 'string') seed('date', v.options.today);
  if (v.options !== undefined) seed('json', JSON.stringify(v.options));
  switch (fn) {
    case 'validateField':
      seed('validate_field', flags(v), v.path ?? '', '\n', JSON.stringify(v.value ?? null), '\n', JSON.stringify(v.record ?? {}));
      break;
    case 'compareRecords':
      seed('compare', flags(v), JSON.stringify(v.register ?? null), '\n', JSON.stringify(v.population ?? null));
      break;
    case 'parsePersonalId':
      if (typeof v.input === 'string') seed('personal_id', v.input);
      break;
    case 'normalizeName':
    case 'nameKey':
      if (typeof v.input === 'string') textSeeds(v.input);
      break;
    case 'validateBatch': {
      let bytes;
      if (typeof v.input === 'string') bytes = Buffer.from(v.input);
      else if (Array.isArray(v.inputBytes)) bytes = Buffer.concat(v.inputBytes.map((p) => Buffer.from(p)));
      if (bytes) {
        seed('batch', flags(v, v.options?.format), 7, bytes);
        seed('batch', flags(v), 0, bytes);
      }
      break;
    }
  }
}

// Batches made of the vectors' records: NDJSON, and CSV of their text fields.
for (const [kind, lines] of Object.entries(ndjson)) {
  const f = KIND_BITS[kind];
  for (let i = 0; i < lines.length; i += 20) {
    const chunk = lines.slice(i, i + 20);
    seed('batch', f, 3, chunk.join('\n') + '\n');
    const rows = chunk.map((t) => Object.fromEntries(leaves(JSON.parse(t))));
    const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const cell = (s) => (s === undefined ? '' : /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    const csv = [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\r\n');
    seed('batch', f, 5, csv + '\r\n');
  }
}

// Names in legacy encodings: each line of the corpora, both columns.
for (const file of readdirSync(join(root, 'tests/text')).filter((f) => f.endsWith('.txt'))) {
  for (const line of readFileSync(join(root, 'tests/text', file), 'utf8').split('\n').slice(0, 400)) {
    if (line.startsWith('#') || !line.trim()) continue;
    for (const col of line.split('\t')) textSeeds(col);
  }
}

// Dates in words and figures beyond the records.
for (const s of [
  'Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười sáu',
  'ngày mùng năm tháng năm năm hai nghìn linh một',
  'tháng chạp năm một nghìn chín trăm bốn mươi lăm',
  'ngày 15 tháng 3 năm 2016',
  'năm hai nghìn lẻ năm',
  'ngày mồng một tháng giêng năm một nghìn chín trăm năm mươi',
  'ngày ba mươi mốt tháng mười hai năm hai nghìn',
  'Ngày hai mươi tư, tháng tư, năm một nghìn chín trăm chín mươi chín',
  'ngày mười tháng mười một năm hai ngàn linh ba',
]) seed('words', s);
for (const s of ['2016-03-15', '15/03/2016', '5.3.2016', '03/2016', '2016-03', '1952', '29/02/2000']) seed('date', s);
for (const s of ['074316000123', '001 085 012 345', '001890000001']) seed('personal_id', s);

// The units pack, and a small pack of five units made here (much faster to
// mutate than the 236 KB real one).
seed('units', readFileSync(join(root, 'data/units.bin')));
seed('units', tinyPack());

function tinyPack() {
  const day = (y, m, d) => Date.UTC(y, m - 1, d) / 86_400_000;
  const bytes = [];
  const u8 = (n) => bytes.push(n & 0xff);
  const u16 = (n) => (u8(n), u8(n >> 8));
  const u32 = (n) => (u16(n & 0xffff), u16(n >>> 16));
  const column = (values) => {
    let prev = 0;
    for (const v of values) {
      const d = v - prev;
      let z = d >= 0 ? 2 * d : -2 * d - 1;
      prev = v;
      do {
        const b = z & 0x7f;
        z = Math.floor(z / 128);
        u8(z > 0 ? b | 0x80 : b);
      } while (z > 0);
    }
  };
  const strings = ['tiny pack for the fuzzer', 'Bình Dương', 'Tân Uyên', 'Uyên Hưng', 'Hồ Chí Minh'].map((s) => Buffer.from(s));
  const eras = [[-(2 ** 31), day(2025, 6, 30)], [day(2025, 7, 1), 2 ** 31 - 1]];
  // level, code, name, parent (+1), kind, era: sorted by level, code, first day.
  const units = [
    [0, 74, 1, 0, 0, 0],
    [0, 79, 4, 0, 1, 1],
    [1, 723, 2, 1, 4, 0],
    [2, 25888, 3, 3, 5, 0],
    [2, 25888, 2, 2, 5, 1],
  ];
  const links = [[0, 1, 1], [3, 4, 1]];
  bytes.push(...Buffer.from('HTUP'));
  u16(1);
  u16(0);
  u32(day(2025, 7, 1));
  u32(0);
  for (const n of [eras.length, strings.length, strings.reduce((s, b) => s + b.length, 0), units.length, links.length]) u32(n);
  for (const [from, to] of eras) (u32(from >>> 0), u32(to >>> 0));
  for (const s of strings) u8(s.length);
  for (const s of strings) bytes.push(...s);
  for (const i of [1, 2, 3]) column(units.map((u) => u[i]));
  for (const i of [0, 4, 5]) for (const u of units) u8(u[i]);
  column(links.map((l) => l[0]));
  column(links.map((l) => l[1]));
  for (const l of links) u8(l[2]);
  return Buffer.from(bytes);
}

rmSync(out, { recursive: true, force: true });
const counts = [];
for (const [target, set] of [...seeds].sort()) {
  mkdirSync(join(out, target), { recursive: true });
  for (const [name, bytes] of set) writeFileSync(join(out, target, name), bytes);
  counts.push(`${target} ${set.size}`);
}
console.log(`fuzz seeds in ${out}: ${counts.join(', ')}`);
