// Loaded by tests/browser/index.html: runs the shared vectors against pkg/web
// in a real page (served with the strict CSP of scripts/serve.mjs).
import init, * as api from '/pkg/web/hotich.js';
import { flatten, runVector } from '/tests/js/harness.mjs';

window.runVectors = async (files) => {
  await init();
  const units = new Uint8Array(await (await fetch('/pkg/web/units.bin')).arrayBuffer());
  api.loadUnits(units);
  const vectors = flatten(files);
  const failed = [];
  for (const { id, vector } of vectors) {
    const failures = runVector(api, vector, units);
    if (failures.length) failed.push({ id, failures });
  }
  document.getElementById('status').textContent = `${vectors.length} run, ${failed.length} failed`;
  return { count: vectors.length, failed };
};
document.getElementById('status').textContent = 'ready';
