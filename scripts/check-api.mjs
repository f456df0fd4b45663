#!/usr/bin/env node
// Checks the package's public surface against the committed snapshot, so
// that an accidental breaking change fails the test command:
//
//   node scripts/check-api.mjs            compare (after scripts/build.sh)
//   node scripts/check-api.mjs --update   accept the built surface as the new snapshot
//
// The TypeScript declarations that wasm-bindgen writes (pkg/node/hotich.d.ts,
// pkg/web/hotich.d.ts) are compared with api/hotich.d.ts and
// api/hotich.web.d.ts. Comments and white space are ignored (doc comments may
// change freely), and so is what `InitOutput` says beyond the names of the
// module's exports: the raw wasm signatures and wasm-bindgen's own
// `__wbindgen_*`/`__externref_*` helpers are the glue's business, not the API.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pairs = [
  ['pkg/node/hotich.d.ts', 'api/hotich.d.ts'],
  ['pkg/web/hotich.d.ts', 'api/hotich.web.d.ts'],
];

/// The declarations as compared: one statement or member a line.
export function normalize(text) {
  const lines = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const out = [];
  let inInit = false;
  for (const line of lines) {
    if (/^export interface InitOutput\b/.test(line)) inInit = true;
    else if (inInit && line.startsWith('}')) inInit = false;
    else if (inInit) {
      const name = /^readonly (\w+)/.exec(line)?.[1];
      if (!name || /^__(wbindgen|externref)/.test(name)) continue;
      out.push(`readonly ${name};`);
      continue;
    }
    out.push(line);
  }
  return out;
}

/// A line diff (longest common subsequence): `-` snapshot, `+` built.
function diff(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  // Only the changes, each with a line of context either side.
  const changed = (k) => out[k] !== undefined && out[k][0] !== ' ';
  return out.filter((l, k) => changed(k) || changed(k - 1) || changed(k + 1));
}

const update = process.argv.includes('--update');
let failed = false;
for (const [built, snapshot] of pairs) {
  const builtPath = join(root, built);
  const snapshotPath = join(root, snapshot);
  if (!existsSync(builtPath)) {
    console.error(`check-api: ${built} is missing: run scripts/build.sh first`);
    process.exit(2);
  }
  const text = readFileSync(builtPath, 'utf8');
  if (update) {
    mkdirSync(dirname(snapshotPath), { recursive: true });
    writeFileSync(snapshotPath, text);
    console.log(`check-api: ${snapshot} updated from ${built}`);
    continue;
  }
  if (!existsSync(snapshotPath)) {
    console.error(`check-api: no snapshot ${snapshot}: run node scripts/check-api.mjs --update and commit it`);
    failed = true;
    continue;
  }
  const want = normalize(readFileSync(snapshotPath, 'utf8'));
  const got = normalize(text);
  if (want.join('\n') === got.join('\n')) {
    console.log(`check-api: ${built} matches ${snapshot} (${got.filter((l) => /^export /.test(l)).length} exports)`);
    continue;
  }
  failed = true;
  console.error(`check-api: the public API in ${built} differs from the snapshot ${snapshot}`);
  console.error('  (- snapshot, + built; comments and white space ignored)');
  for (const line of diff(want, got)) console.error(`    ${line}`);
}
if (failed) {
  console.error(
    'check-api: if the change is intended (and noted for the package\'s users), accept it with\n' +
      '    node scripts/check-api.mjs --update\n' +
      'and commit api/; otherwise restore the exports in wasm/src/lib.rs.',
  );
  process.exit(1);
}
