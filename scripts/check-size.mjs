// Fails when the gzipped core .wasm grows past the budget in size-budget.json.
// Lower the budget when a change wins bytes; raising it is a decision to
// write down in the commit message.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const budget = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8'));
const size = JSON.parse(readFileSync(`${root}target/wasm-size.json`, 'utf8'));
const line = `hotich_bg.wasm: ${size.gzip} bytes gzipped (budget ${budget.wasmGzipBytes}), ${size.raw} raw`;
if (size.gzip > budget.wasmGzipBytes) {
  console.error(`over budget: ${line}`);
  process.exit(1);
}
console.log(line);
