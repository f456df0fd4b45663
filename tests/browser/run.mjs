// Runs the shared vectors in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core) against pkg/web, and checks that the page logs
// no console error under the strict CSP.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'hotich-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

const root = fileURLToPath(new URL('../../', import.meta.url));

async function main() {
  const dir = join(root, 'tests/vectors');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, doc: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
  const server = await serve({ port: 0, mounts: { '/': root } });
  const { port } = server.address();
  const browser = await launch();
  const errors = [];
  let result;
  try {
    const page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/tests/browser/index.html`);
    await page.waitForFunction(() => typeof window.runVectors === 'function');
    result = await page.evaluate((f) => window.runVectors(f), files);
  } finally {
    await browser.close();
    server.close();
  }
  for (const { id, failures } of result.failed) console.log(`not ok - ${id}\n    ${failures.join('\n    ')}`);
  for (const e of errors) console.log(`console error: ${e}`);
  mkdirSync(join(root, 'target/vector-counts'), { recursive: true });
  writeFileSync(join(root, 'target/vector-counts/browser.txt'), String(result.count));
  console.log(`shared vectors run in Chromium: ${result.count}`);
  const failed = result.failed.length + (errors.length ? 1 : 0);
  console.log(`browser: ${result.count - result.failed.length} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
