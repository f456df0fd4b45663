// Where a batch row's work goes: counts the instructions of the native build
// of the rules with valgrind's callgrind, which counts the same for the same
// binary and input however loaded the machine is. bench/run.mjs puts the
// result in bench/RESULTS.md; run alone, this prints it as JSON.
//
//   node bench/profile.mjs [--rows 2000]
//
// Both optimisation levels the packages use are profiled: "z" (pkg/web,
// --release) and "3" (pkg/node, --profile release-node), each built with
// debug info in its own target directory (target/profile) so that the
// normal builds stay cached. The input is ROWS generated CSV rows (seed 1),
// validated by examples/validate_file.rs (validate_batch, as validateBatch
// does inside the module). Instructions are of x86-64 code: the wasm builds
// differ in detail (bounds checks, another allocator), not in where the
// work is.
//
// The components are read from callgrind's inclusive costs of the functions
// below; with "3" more is inlined, so some rows can be missing there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const ROWS = Number(args.includes('--rows') ? args[args.indexOf('--rows') + 1] : 2000);

/** true when valgrind can be run here. */
export function available() {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
    // callgrind_annotate --version prints its version and exits with 255.
    return /callgrind_annotate/.test(execFileSync('sh', ['-c', 'callgrind_annotate --version 2>&1 || true'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

// Inclusive instruction counts by "file:function" as callgrind_annotate
// prints them (several lines of one function are summed).
function inclusive(outFile) {
  const text = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', outFile], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  const costs = new Map();
  let total = 0;
  for (const line of text.split('\n')) {
    const m = /^\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*?)(?: \[[^\]]*\])?$/.exec(line);
    if (!m) continue;
    const n = Number(m[1].replaceAll(',', ''));
    if (m[2].endsWith('PROGRAM TOTALS')) total = n;
    else costs.set(m[2], Math.max(costs.get(m[2]) ?? 0, n));
  }
  return { total, costs };
}

// The largest inclusive cost among entries whose function part matches `re`
// (and, if given, whose source file matches `file`).
function cost(costs, re, file = null) {
  let best = null;
  for (const [key, n] of costs) {
    const at = key.indexOf(':'); // file paths hold no colon; function names do
    const [f, fn] = [key.slice(0, at), key.slice(at + 1)];
    if (re.test(fn) && (!file || f.endsWith(file))) best = Math.max(best ?? 0, n);
  }
  return best;
}

function profile(level, input) {
  const profileArgs = level === 'z' ? ['--release'] : ['--profile', 'release-node'];
  const dir = level === 'z' ? 'release' : 'release-node';
  const env = { ...process.env, CARGO_PROFILE_RELEASE_DEBUG: 'true', CARGO_PROFILE_RELEASE_NODE_DEBUG: 'true' };
  execFileSync('cargo', ['build', '--quiet', ...profileArgs, '--example', 'validate_file', '--target-dir', 'target/profile'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const out = `${root}target/profile/callgrind-${level}.out`;
  execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, `${root}target/profile/${dir}/examples/validate_file`, 'birth', input], { stdio: 'ignore' });
  const { total, costs } = inclusive(out);
  const c = (re, file) => cost(costs, re, file);
  const diff = (a, ...bs) => (a === null || bs.some((b) => b === null) ? null : a - bs.reduce((s, b) => s + b, 0));
  const feed = c(/^hotich::batch::BatchValidator::feed$/);
  const record = c(/^hotich::batch::Rows::record$/);
  const checkRow = c(/^hotich::check::check_row$/);
  const readFields = c(/^hotich::check::Check::read_fields$/) ?? c(/^hotich::check::Check::parse$/);
  const walk = c(/^hotich::check::Check::walk$/);
  const normalize = c(/^hotich::text::normalize_name$/);
  const legacy = c(/^hotich::check::Check::legacy_encoding$/);
  const cross = c(/^hotich::batch::Rows::record$/, 'src/batch/cross.rs');
  // validate_batch, push then finish, is inlined into the harness's main.
  const finish = c(/^hotich::batch::BatchValidator::finish$/) ?? diff(c(/^validate_file::main$/, 'examples/validate_file.rs'), feed);
  const parts = [
    ['reading the CSV: quoting, UTF-8 checks, cells into the record', diff(feed, record)],
    ['walking the record: field values by path, unknown members', walk],
    ['NFC and spaces of every text (`text::normalize_name`)', normalize],
    ['legacy-encoding detection (`text::encoding::repair`)', legacy],
    ['the other single-field rules: dates, IDs, names, code lists', diff(readFields, normalize, legacy)],
    ['rules across fields (IDs against people, dates, deadlines, places…)', diff(checkRow, readFields, walk)],
    ['the cross-record index (book numbers, IDs and name keys)', cross],
    ['the rest of a row (its issues into the batch, allocation)', diff(record, checkRow, cross)],
    ['the end: cross-record rules, sorting the issues (the harness\'s file reading included)', finish],
  ];
  return { level, rows: ROWS, total, perRow: total / ROWS, parts: parts.map(([what, n]) => ({ what, perRow: n === null ? null : n / ROWS })) };
}

export function run() {
  mkdirSync(`${root}target/profile`, { recursive: true });
  const input = `${root}target/profile/rows.csv`;
  writeFileSync(input, generate({ rows: ROWS, seed: 1, format: 'csv' }).text);
  return ['z', '3'].map((level) => profile(level, input));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(run(), null, 1));
}
