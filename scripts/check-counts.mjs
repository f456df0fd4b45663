// The three runners of the shared vectors must have run the same vectors:
// as many as the files hold.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}tests/vectors/`;
const total = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .reduce((n, f) => n + JSON.parse(readFileSync(dir + f, 'utf8')).vectors.length, 0);
const counts = {};
for (const runner of ['rust', 'node', 'browser']) {
  try {
    counts[runner] = Number(readFileSync(`${root}target/vector-counts/${runner}.txt`, 'utf8'));
  } catch {
    counts[runner] = 0;
  }
}
const line = Object.entries(counts).map(([r, n]) => `${r} ${n}`).join(', ');
if (Object.values(counts).some((n) => n !== total)) {
  console.error(`vector counts disagree: files hold ${total}; ${line}`);
  process.exit(1);
}
console.log(`vectors: ${total} in the files; ${line}`);
