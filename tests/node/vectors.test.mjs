// Runs the shared test vectors against the Node package (pkg/node).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { flatten, runVector } from '../js/harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const api = createRequire(import.meta.url)(`${root}pkg/node`);
const dir = `${root}tests/vectors/`;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, doc: JSON.parse(readFileSync(dir + name, 'utf8')) }));
const vectors = flatten(files);
const units = readFileSync(`${root}pkg/node/units.bin`);
api.loadUnits(units);

for (const { id, vector } of vectors) {
  test(id, () => {
    const failures = runVector(api, vector, units);
    assert.deepEqual(failures, []);
  });
}

test('vector count is recorded', () => {
  assert.ok(vectors.length > 0);
  mkdirSync(`${root}target/vector-counts`, { recursive: true });
  writeFileSync(`${root}target/vector-counts/node.txt`, String(vectors.length));
  console.log(`shared vectors run in Node: ${vectors.length}`);
});
