// The batch page (www/kiem-tra-tep.html) in headless Chromium, launched as
// run.mjs does, served with the strict CSP:
//   - a 100,000-row birth CSV (bench/generate.mjs: clean rows and a known
//     mix of errors) set on the file input is validated in the worker; the
//     counts shown (rows, clean/fixable/review, issues of the whole file,
//     every bar of the chart) equal validateBatch's on the same file in Node
//     (pkg/node); the page stays responsive (longest main-thread task);
//   - easy first: the quick fixes, with their suggestions, come before the
//     rows to review; at most one page of issues is in the DOM; filtering by
//     code (the select, a bar of the chart) and the pager;
//   - the issue report downloads as CSV that opens with a byte order mark
//     and has one line per issue;
//   - Cancel terminates the worker and the page can start again;
//   - the vi/en switch redraws the page; a dropped file is checked too;
//   - after a first visit, with the network cut, a file is still checked;
//   - no console error (the page's or the worker's: CSP violations included);
//   - target/screenshots/batch.png; the time the 100,000 rows took, printed.
//
//   node tests/browser/batch.mjs
import { assert, equal, runner, sleep } from './mini-test.mjs';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { launch } from './run.mjs';
import { CSP, serve } from '../../scripts/serve.mjs';
import { chunks } from '../../bench/generate.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = join(root, 'target/screenshots');
const dataDir = join(root, 'target/batch-test');
const BIG = 100_000;
const SMALL = 2_000;

const { test, finish, failed } = runner('batch-page');

// --- the files -------------------------------------------------------------------

// Written once per version of the generator (target/batch-test/).
async function birthFile(rows, seed, format = 'csv') {
  const path = join(dataDir, `births-${rows}-seed${seed}.${format}`);
  const generator = join(root, 'bench/generate.mjs');
  if (existsSync(path) && statSync(path).mtimeMs > statSync(generator).mtimeMs) return path;
  mkdirSync(dataDir, { recursive: true });
  const out = createWriteStream(`${path}.tmp`);
  for (const chunk of chunks({ rows, seed, format })) {
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  const { renameSync } = await import('node:fs');
  renameSync(`${path}.tmp`, path);
  return path;
}

// validateBatch in Node, in a worker thread, so the browser can start meanwhile.
function reference(path) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const hotich = require(workerData.pkg);
    const bytes = require('node:fs').readFileSync(workerData.path);
    const started = performance.now();
    const report = hotich.validateBatch('birth', bytes);
    const ms = performance.now() - started;
    parentPort.postMessage({
      ms, rows: report.rows, valid: report.valid, issues: report.issues.length,
      fileIssues: report.issues.filter((i) => i.row === 0).length,
      triage: report.summary.triage, byCode: report.summary.byCode,
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { path, pkg: join(root, 'pkg/node') } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

// Records of a CSV file (RFC 4180), to count the report's lines.
function parseCsv(text) {
  const records = [];
  let record = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(cell); records.push(record); record = []; cell = ''; i++; }
    else if (c === '\n') { record.push(cell); records.push(record); record = []; cell = ''; }
    else cell += c;
  }
  if (cell || record.length) { record.push(cell); records.push(record); }
  return records;
}

// --- the server and pages ----------------------------------------------------------

async function startServer() {
  const server = await serve({ port: 0, mounts: { '/': join(root, 'www'), '/pkg/': join(root, 'pkg/web') } });
  const requests = [];
  server.on('request', (req) => requests.push(req.url));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

const errors = [];
async function open(context, url) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  const record = (where) => (m) => { if (m.type() === 'error') errors.push(`${where}: ${m.text()}`); };
  page.on('console', record(url));
  page.on('pageerror', (e) => errors.push(`${url}: ${e}`));
  page.on('worker', (w) => w.on('console', record(`worker ${w.url()}`)));
  page.response = await page.goto(url);
  return page;
}

async function settle(page, server) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await sleep(400);
  }
}

const state = (page) => page.locator('#batch').getAttribute('data-state');
const waitState = (page, want, timeout = 120_000) => page.waitForFunction(
  (w) => document.getElementById('batch').dataset.state === w, want, { timeout, polling: 100 });

const totals = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('#totals [data-total]')].map((li) => [li.dataset.total, Number(li.querySelector('[data-value]').dataset.value)])));
const bars = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('#chart [data-code]')].map((g) => [g.dataset.code, Number(g.dataset.count)])));
const groups = (page) => page.evaluate(() => [...document.querySelectorAll('#groups [data-triage]')].map((s) => ({
  triage: s.dataset.triage,
  issues: Number(s.dataset.issues),
  shown: s.querySelectorAll('tbody tr').length,
  codes: [...new Set([...s.querySelectorAll('tbody tr')].map((tr) => tr.dataset.code))],
  firstSuggestion: s.querySelector('tbody tr .issue__suggestion')?.textContent ?? null,
  pager: s.querySelector('.pager__at')?.textContent ?? null,
})));

// --- the tests -------------------------------------------------------------------------

async function main() {
  mkdirSync(screenshots, { recursive: true });
  let started = Date.now();
  const big = await birthFile(BIG, 1);
  const small = await birthFile(SMALL, 2, 'ndjson');
  console.log(`# files: ${BIG.toLocaleString('en')} rows of CSV, ${(statSync(big).size / 1048576).toFixed(1)} MB; ${SMALL.toLocaleString('en')} rows of NDJSON (${Date.now() - started} ms)`);
  const expected = reference(big);

  const server = await startServer();
  const browser = await launch();
  const { context } = browser;
  let page;
  const timings = [];
  try {
    await test('the page is served with the CSP, in Vietnamese, in the nav, and waits for a file', async () => {
      page = await open(context, `${server.base}/kiem-tra-tep.html`);
      equal(page.response.headers()['content-security-policy'], CSP, 'CSP header');
      await settle(page, server);
      equal(await page.locator('h1').textContent(), 'Kiểm tra tệp hồ sơ hộ tịch', 'h1');
      equal(await page.locator('.site__nav [aria-current=page]').textContent(), 'Kiểm tra tệp', 'nav');
      equal(await state(page), 'idle', 'state');
      equal(await page.locator('#results').isHidden(), true, 'results hidden');
      const cached = await page.evaluate(async () => {
        const cache = await caches.open((await caches.keys())[0]);
        const has = async (f) => Boolean(await cache.match(new URL(f, location.href)));
        return { page: await has('kiem-tra-tep.html'), worker: await has('batch-worker.js'), wasm: await has('pkg/hotich_bg.wasm') };
      });
      equal(cached, { page: true, worker: true, wasm: true }, 'precached by the service worker');
    });

    await test('Cancel terminates the worker; the page then checks another file', async () => {
      const closed = new Promise((resolve) => page.once('worker', (w) => w.once('close', () => resolve(Date.now()))));
      await page.setInputFiles('#file', big);
      await page.waitForFunction(() => /[1-9]/.test(document.getElementById('progress-text').textContent)
        && document.getElementById('progress').value > 0, null, { timeout: 30_000, polling: 50 });
      equal(await state(page), 'running', 'state while running');
      await page.screenshot({ path: join(screenshots, 'batch-running.png'), clip: { x: 0, y: 0, width: 1280, height: 700 } });
      await page.click('#cancel');
      const at = Date.now();
      equal(await state(page), 'cancelled', 'state after Cancel');
      const when = await Promise.race([closed, sleep(5000).then(() => null)]);
      assert(when !== null, 'the worker did not close within 5 s of Cancel');
      timings.push(['Cancel to worker closed', when - at]);
      const status = await page.locator('#status').textContent();
      assert(status.startsWith('Đã hủy'), `status: ${status}`);
      equal([await page.locator('#run').isHidden(), await page.locator('#results').isHidden()], [true, true], 'run and results hidden');
      const progress = await page.locator('#progress').evaluate((p) => p.value);
      await sleep(600);
      equal(await page.locator('#progress').evaluate((p) => p.value), progress, 'progress after Cancel');
      equal(page.workers().length, 0, 'workers left');
      await page.setInputFiles('#file', small);
      await waitState(page, 'done', 60_000);
      equal((await totals(page)).rows, SMALL, 'rows of the next file');
    });

    await test(`${BIG.toLocaleString('en')} rows: the counts shown are validateBatch's in Node; the page stays responsive`, async () => {
      const want = await expected;
      timings.push([`validateBatch in Node (pkg/node), ${BIG.toLocaleString('en')} rows`, want.ms]);
      // The longest main-thread task, and the longest gap of a timer
      // heartbeat, from the file chosen to the results shown.
      await page.evaluate(() => {
        window.longest = 0;
        window.frameGap = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
        }).observe({ type: 'longtask' });
        // A 20 ms heartbeat: how late it ever ran is how long the page was stuck.
        let last = performance.now();
        const beat = () => {
          const now = performance.now();
          window.frameGap = Math.max(window.frameGap, now - last);
          last = now;
          if (document.getElementById('batch').dataset.state !== 'done') setTimeout(beat, 20);
        };
        setTimeout(beat, 20);
      });
      const t0 = Date.now();
      await page.setInputFiles('#file', big);
      await waitState(page, 'done', 180_000);
      const wall = Date.now() - t0;
      const inPage = await page.evaluate(() => ({
        measure: performance.getEntriesByName('hotich:batch')[0].duration,
        worker: Number(document.querySelector('[data-ms]').dataset.ms),
        longest: window.longest,
        frameGap: window.frameGap,
      }));
      timings.push([`the page, ${BIG.toLocaleString('en')} rows: file chosen to results shown`, inPage.measure]);
      timings.push(['  of which validation in the worker (read + push + finish)', inPage.worker]);
      timings.push(['  as seen by the test (setInputFiles to done)', wall]);
      timings.push(['  longest main-thread task (0: none over 50 ms)', inPage.longest]);
      timings.push(['  longest gap of a 20 ms timer heartbeat', inPage.frameGap]);
      const shown = await totals(page);
      equal(shown, {
        clean: want.triage.clean, fixable: want.triage.fixable, review: want.triage.review, file: want.fileIssues, rows: want.rows,
      }, 'totals');
      equal(shown.rows, BIG, 'rows');
      const chart = await bars(page);
      equal(Object.keys(chart).sort(), Object.keys(want.byCode).sort(), 'codes in the chart');
      for (const code of ['id.sex', 'name.encoding', 'batch.duplicate_id']) equal(chart[code], want.byCode[code], `byCode ${code}`);
      equal(chart, Object.fromEntries(Object.keys(chart).map((c) => [c, want.byCode[c]])), 'every bar');
      assert(inPage.longest < 2000 && inPage.frameGap < 2000, `the page froze: a task of ${inPage.longest} ms, ${inPage.frameGap} ms between frames`);
    });

    await test('easy first: quick fixes with suggestions, then rows to review; one page of issues at a time', async () => {
      const want = await expected;
      const g = await groups(page);
      equal(g.map((x) => x.triage), ['fixable', 'review', ...(want.fileIssues ? ['file'] : [])], 'group order');
      equal(g.reduce((n, x) => n + x.issues, 0), want.issues, 'issues in the groups');
      assert(g[0].firstSuggestion, 'the first quick fix has no suggestion');
      for (const x of g) assert(x.shown <= 200, `${x.triage}: ${x.shown} rows in the DOM`);
      assert(g[1].pager?.startsWith('1–200 trong '), `pager: ${g[1].pager}`);
      const before = await page.locator('[data-triage=review] tbody tr').first().getAttribute('data-row');
      await page.click('[data-triage=review] [data-go=next]');
      const p2 = (await groups(page))[1];
      assert(p2.pager.startsWith('201–400 trong '), `page 2: ${p2.pager}`);
      assert(await page.locator('[data-triage=review] tbody tr').first().getAttribute('data-row') !== before, 'page 2 shows other rows');
      const domRows = await page.locator('tbody tr').count();
      assert(domRows <= 600, `${domRows} table rows in the DOM`);
    });

    await test('filters by code: the select and a bar of the chart', async () => {
      const want = await expected;
      await page.selectOption('#code-filter', 'id.sex');
      let g = await groups(page);
      equal(g.reduce((n, x) => n + x.issues, 0), want.byCode['id.sex'], 'id.sex issues shown');
      equal([...new Set(g.flatMap((x) => x.codes))], ['id.sex'], 'codes shown');
      await page.click('#chart [data-code="name.encoding"]');
      equal(await page.locator('#code-filter').inputValue(), 'name.encoding', 'the select follows the chart');
      g = await groups(page);
      equal(g.find((x) => x.triage === 'fixable').issues, want.byCode['name.encoding'], 'name.encoding: all quick fixes');
      equal(await page.locator('#chart [data-code="name.encoding"]').getAttribute('aria-pressed'), 'true', 'bar pressed');
      await page.screenshot({ path: join(screenshots, 'batch-filtered.png') });
      await page.selectOption('#code-filter', '');
      equal((await groups(page)).reduce((n, x) => n + x.issues, 0), want.issues, 'all issues again');
    });

    await test('screenshot: target/screenshots/batch.png', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(screenshots, 'batch.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2000 } });
    });

    await test('the issue report downloads as CSV: a byte order mark, then one line per issue', async () => {
      const want = await expected;
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      equal(download.suggestedFilename(), `births-${BIG}-seed1.bao-cao-loi.csv`, 'file name');
      const bytes = readFileSync(await download.path());
      equal([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the first bytes (UTF-8 BOM)');
      const records = parseCsv(bytes.subarray(3).toString('utf8'));
      equal(records[0], ['Dòng', 'Trường', 'Mã', 'Mức độ', 'Thông báo', 'Gợi ý sửa'], 'header');
      equal(records.length - 1, want.issues, 'lines after the header');
      assert(records.slice(1).every((r) => r.length === 6), 'a record without 6 cells');
      const fix = records.find((r) => r[2] === 'name.encoding');
      assert(fix && fix[5] && fix[4].includes('TCVN3'), `a name.encoding line: ${JSON.stringify(fix)}`);
      writeFileSync(join(dataDir, 'report.csv'), bytes);
    });

    await test('the vi/en switch redraws the page; the messages say which language they are in', async () => {
      await page.click('.lang button[data-lang=en]');
      equal(await page.locator('h1').textContent(), 'Check a file of civil-status records', 'h1');
      equal(await page.locator('[data-total=clean] .totals__label').textContent(), 'clean rows, nothing to do', 'totals label');
      equal(await page.locator('[data-triage=fixable] th').first().textContent(), 'Row', 'table header');
      assert(await page.locator('#locale-note').isVisible(), 'no note that the messages are in Vietnamese');
      await page.click('.lang button[data-lang=vi]');
      equal(await page.locator('[data-triage=fixable] th').first().textContent(), 'Dòng', 'back in Vietnamese');
      assert(await page.locator('#locale-note').isHidden(), 'note still shown');
    });

    await test('a file dropped on the zone is checked (death records, CSV)', async () => {
      await page.selectOption('#kind', 'death');
      await page.evaluate(() => {
        const csv = 'deceased.fullName,deceased.sex,deceased.birthDate,death.date,registration.date\n'
          + 'Võ Văn Ba,nam,1940,2024-10-01,2024-10-10\n'
          + 'Võ Văn Bả,nam,1940,2024-10-01,2024-09-10\n';
        const data = new DataTransfer();
        data.items.add(new File([csv], 'khai-tu.csv', { type: 'text/csv' }));
        const zone = document.getElementById('drop');
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
      await waitState(page, 'done', 30_000);
      equal((await totals(page)).rows, 2, 'rows');
      const line = await page.locator('#results-file').textContent();
      assert(line.includes('“khai-tu.csv”') && line.endsWith('· khai tử'), `file line: ${line}`);
      assert((await bars(page))['date.order'] >= 1, 'the death registered before it happened');
      await page.selectOption('#kind', 'birth');
    });

    await test('after the first visit, with the network cut, a file is still checked', async () => {
      const other = await startServer(); // a fresh origin: nothing cached, no service worker
      let offline;
      try {
        offline = await open(context, `${other.base}/kiem-tra-tep.html`);
        await offline.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await settle(offline, other);
      } finally {
        await other.close();
      }
      await context.setOffline(true);
      try {
        await offline.reload();
        equal(await offline.locator('#offline-badge').getAttribute('data-state'), 'offline', 'badge');
        await offline.setInputFiles('#file', small);
        await waitState(offline, 'done', 60_000);
        equal((await totals(offline)).rows, SMALL, 'rows checked offline');
      } finally {
        await context.setOffline(false);
        await offline.close();
      }
    });

    await test('no console errors (page and worker)', async () => {
      equal(errors, [], 'console errors');
    });
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [what, ms] of timings) console.log(`# ${what}: ${(ms / 1000).toFixed(2)} s`);
  const rate = timings.find(([w]) => w.startsWith('  of which'));
  if (rate) console.log(`# ${Math.round(BIG / (rate[1] / 1000)).toLocaleString('en')} rows/s in the page's worker`);
  console.log(`# screenshots: ${screenshots}/batch.png, batch-filtered.png, batch-running.png`);
  finish();
}

await main();
