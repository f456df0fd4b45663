// The demo forms and the form layer (js/hotich-form.js, shipped as
// pkg/web/hotich-form.js) in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core, launched as run.mjs does):
//   - the GOV.UK pattern: an ID whose sex digit contradicts the sex shows
//     its message inline and in the summary on submit, focus on the summary,
//     "Lỗi: " in the title; fixing it clears both; keyboard only;
//   - warnings ask once, errors block, form.checkValidity() agrees;
//   - the one-click suggestion; the map binding; the layer re-instantiating
//     after a trap and stepping aside when the module cannot load;
//   - the strict CSP is live; no console errors on the demo pages;
//   - no request leaves a page after load while its form is filled and
//     submitted; after a first visit, the forms work with the network cut;
//   - screenshots of the three pages in error (target/screenshots/*.png);
//   - timings, printed (never asserted): page load to first check, and the
//     keystroke-to-message latency over 1,000 inputs.
//
//   node tests/browser/forms.mjs
import { assert, equal, runner, sleep } from './mini-test.mjs';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './run.mjs';
import { CSP, serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = join(root, 'target/screenshots');

const { test, finish, failed } = runner('forms');
const timings = [];

// --- the server (the demo's mounts, plus these test pages under /tests/) -----

async function startServer() {
  const server = await serve({
    port: 0,
    mounts: { '/': join(root, 'www'), '/pkg/': join(root, 'pkg/web'), '/tests/': join(root, 'tests/browser') },
  });
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

// --- pages -----------------------------------------------------------------

async function open(context, url) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  page.errors = [];
  page.warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
    if (m.type() === 'warning') page.warnings.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.response = await page.goto(url);
  return page;
}

const firstCheck = (page) => page.waitForFunction(() => performance.getEntriesByName('hotich:first-check').length > 0)
  .then(() => page.evaluate(() => performance.getEntriesByName('hotich:first-check')[0].startTime));

// Waits until the service worker is active and the server has been quiet
// for a while: what a page fetches at load (and the first visit's precache)
// is over.
async function settle(page, server) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await sleep(400);
  }
}

// Runs fn and fails if any request reached the server or left the page.
async function noRequests(page, server, fn) {
  const before = server.requests.length;
  const fromPage = [];
  const record = (r) => fromPage.push(r.url());
  page.context().on('request', record);
  try {
    await fn();
    await sleep(300);
  } finally {
    page.context().off('request', record);
  }
  const reached = server.requests.slice(before);
  equal({ server: reached, page: fromPage }, { server: [], page: [] }, 'requests after load');
}

async function fill(page, values) {
  for (const [selector, value] of Object.entries(values)) {
    const el = page.locator(selector);
    if (await el.evaluate((e) => e.tagName === 'SELECT')) await el.selectOption(value);
    else await el.fill(value);
  }
}

const summary = (page) => page.evaluate(() => {
  const s = document.querySelector('.hotich-summary');
  if (!s) return null;
  return {
    severity: s.dataset.severity,
    title: s.querySelector('h2')?.textContent,
    items: [...s.querySelectorAll('li a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
    focused: document.activeElement === s,
    labelledBy: document.getElementById(s.getAttribute('aria-labelledby'))?.tagName ?? null,
  };
});

// The message shown at a control: its aria-describedby target, if ours.
const inline = (page, selector) => page.locator(selector).evaluate((el) => {
  const group = el.closest('fieldset[data-hotich]');
  const described = (group ?? el).getAttribute('aria-describedby') ?? '';
  const box = described.split(/\s+/).map((id) => document.getElementById(id)).find((b) => b?.classList.contains('hotich-message'));
  return {
    invalid: el.getAttribute('aria-invalid'),
    describedBy: (group ?? el).getAttribute('aria-describedby'),
    message: box ? [...box.querySelectorAll('p')].map((p) => p.textContent) : [],
    validationMessage: el.validationMessage,
    value: el.value,
  };
});

const checkValidity = (page) => page.evaluate(() => document.getElementById('form').checkValidity());
const resultShown = (page) => page.evaluate(() => !document.getElementById('result').hidden);

// Submits; if the layer asks about warnings, confirms them (once).
async function submitConfirming(page) {
  await page.click('button[type=submit]');
  const s = await summary(page);
  if (s?.severity === 'warning') await page.click('.hotich-summary__confirm');
}

// --- the records ---------------------------------------------------------

const BIRTH = {
  '#co-quan': 'Ủy ban nhân dân phường Phú Cường',
  '#nyc-ten': 'Trần Thị Mai',
  '#nyc-cu-tru': 'Số 12 đường 30 tháng 4, phường Phú Cường, tỉnh Bình Dương',
  '#nyc-ddcn': '074190000111',
  '#nyc-quan-he': 'Mẹ',
  '#tre-ten': 'Nguyễn Thị Hà',
  '#tre-ngay-sinh': '15/03/2016',
  '#tre-bang-chu': 'Ngày mười lăm tháng ba năm hai nghìn không trăm mười sáu',
  '#tre-dan-toc': 'Kinh',
  '#tre-noi-sinh': 'Bệnh viện Đa khoa tỉnh Bình Dương',
  '#tre-que-quan': 'Bình Dương',
  '#me-ten': 'Trần Thị Mai',
  '#me-nam-sinh': '1990',
  '#me-dan-toc': 'Kinh',
  '#me-quoc-tich': 'Việt Nam',
  '#me-cu-tru': 'Số 12 đường 30 tháng 4, phường Phú Cường, tỉnh Bình Dương',
  '#me-ddcn': '074190000111',
  '#cha-ten': 'Nguyễn Văn Nam',
  '#cha-nam-sinh': '1988',
  '#cha-dan-toc': 'Kinh',
  '#cha-quoc-tich': 'Việt Nam',
  '#cha-cu-tru': 'Số 12 đường 30 tháng 4, phường Phú Cường, tỉnh Bình Dương',
  '#cha-ddcn': '074088000222',
  '#dk-so': '15',
  '#dk-quyen': '01/2016',
  '#dk-ngay': '20/03/2016',
  '#dk-loai': 'on-time',
  '#dk-tinh': '74',
};

const MARRIAGE = {
  '#co-quan': 'Ủy ban nhân dân phường Bến Thành',
  '#nu-ho-ten': 'Phạm Thị Lan',
  '#nu-ngay-sinh': '20/10/1998',
  '#nu-dan-toc': 'Kinh',
  '#nu-cu-tru': 'Phường Bến Thành, Thành phố Hồ Chí Minh',
  '#nu-so-dinh-danh': '079198001234',
  '#nu-tinh-trang': 'single',
  '#nam-ho-ten': 'Lê Văn Hùng',
  '#nam-ngay-sinh': '05/02/2008',
  '#nam-dan-toc': 'Tày',
  '#nam-cu-tru': 'Phường Bến Thành, Thành phố Hồ Chí Minh',
  '#nam-so-dinh-danh': '079096005678',
  '#nam-tinh-trang': 'divorced',
  '#dk-so': '120',
  '#dk-quyen': '02/2024',
  '#dk-ngay': '10/11/2024',
  '#dk-tinh': '79',
};

const DEATH = {
  '#co-quan': 'Ủy ban nhân dân xã Tân Phú',
  '#nyc-ten': 'Võ Thị Thu',
  '#nyc-cu-tru': 'Ấp 3, xã Tân Phú, tỉnh Đồng Nai',
  '#nyc-ddcn': '075185001111',
  '#nyc-quan-he': 'Con',
  '#nc-ten': 'Võ Văn Ba',
  '#nc-ngay-sinh': '1940',
  '#nc-gioi-tinh': 'male',
  '#nc-dan-toc': 'Kinh',
  '#nc-cu-tru': 'Ấp 3, xã Tân Phú, tỉnh Đồng Nai',
  '#nc-ddcn': '075040002222',
  '#chet-gio': '25:70',
  '#chet-ngay': '01/10/2024',
  '#chet-noi': 'Tại nhà riêng, ấp 3, xã Tân Phú',
  '#chet-nguyen-nhan': 'Già yếu',
  '#bt-so': '12/GBT',
  '#bt-ngay': '20/09/2024',
  '#bt-co-quan': 'Trạm y tế xã Tân Phú',
  '#dk-so': '7',
  '#dk-quyen': '01/2024',
  '#dk-ngay': '10/10/2024',
  '#dk-loai': 'on-time',
  '#dk-tinh': '75',
};

// --- the tests -----------------------------------------------------------

async function main() {
  mkdirSync(screenshots, { recursive: true });
  const shipped = join(root, 'pkg/web/hotich-form.js');
  await test('pkg/web/hotich-form.js is js/hotich-form.js (scripts/build.sh copies it)', async () => {
    assert(existsSync(shipped) && readFileSync(shipped, 'utf8') === readFileSync(join(root, 'js/hotich-form.js'), 'utf8'),
      'pkg/web/hotich-form.js is missing or stale: run scripts/build.sh');
  });
  if (failed()) {
    finish();
    return;
  }
  const server = await startServer();
  const browser = await launch();
  const { context } = browser;
  const pages = [];
  try {
    await test('the CSP header is live: inline script and eval are refused', async () => {
      const page = await open(context, `${server.base}/tests/csp.html`);
      equal(page.response.headers()['content-security-policy'], CSP, 'CSP header');
      const state = await page.evaluate(() => ({
        inline: document.documentElement.dataset.inline ?? null,
        violations: window.violations,
        evalResult: window.evalResult,
        functionResult: window.functionResult,
      }));
      equal(state.inline, null, 'the inline script ran');
      assert(state.violations.some((v) => v.directive === 'script-src-elem' && v.blocked === 'inline'), `no inline-script violation: ${JSON.stringify(state.violations)}`);
      equal([state.evalResult, state.functionResult], ['EvalError', 'EvalError'], 'eval and new Function');
      assert(page.errors.some((e) => e.includes('Content Security Policy')), 'Chromium did not report the refusal');
      await page.close();
    });

    await test('birth: an ID against the chosen sex shows inline and in the summary on submit; fixing clears both', async () => {
      const page = await open(context, `${server.base}/khai-sinh.html`);
      pages.push(page);
      timings.push(['khai-sinh.html, first visit', await firstCheck(page)]);
      equal(page.response.headers()['content-security-policy'], CSP, 'CSP header of the page');
      await settle(page, server);
      await noRequests(page, server, async () => {
        await fill(page, BIRTH);
        await page.check('input[name=tre_gioi_tinh][value=female]');
        await page.check('#cam-doan');
        await page.locator('#tre-ddcn').pressSequentially('074216000123'); // 2: a boy born 2000-2099
        const decoded = await page.locator('#tre-ddcn + .decoded').textContent();
        assert(decoded.includes('Bình Dương') && decoded.includes('nam') && decoded.includes('2016'), `decoded: ${decoded}`);
        equal(await page.locator('.hotich-message, .hotich-summary').count(), 0, 'messages before submit');
        equal(await checkValidity(page), false, 'checkValidity() before submit');

        await page.click('button[type=submit]');
        const s = await summary(page);
        assert(s, 'no error summary');
        equal([s.severity, s.title, s.focused, s.labelledBy], ['error', 'Có lỗi cần sửa', true, 'H2'], 'summary');
        equal(s.items.length, 1, `summary items ${JSON.stringify(s.items)}`);
        equal(s.items[0].href, '#tre-ddcn', 'summary link');
        assert(s.items[0].text.includes('Chữ số thứ tư') && s.items[0].text.includes('giới tính'), `message: ${s.items[0].text}`);
        const at = await inline(page, '#tre-ddcn');
        equal(at.invalid, 'true', 'aria-invalid');
        equal(at.message, [`Lỗi: ${s.items[0].text}`], 'inline message');
        equal(at.validationMessage, s.items[0].text, 'validationMessage');
        assert((await page.title()).startsWith('Lỗi: '), `title: ${await page.title()}`);
        equal(await resultShown(page), false, 'submitted with an error');
        equal(await checkValidity(page), false, 'checkValidity()');

        // Keyboard only: Tab to the link, Enter: the field has focus.
        await page.keyboard.press('Tab');
        equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#tre-ddcn', 'Tab from the summary');
        await page.keyboard.press('Enter');
        equal(await page.evaluate(() => document.activeElement.id), 'tre-ddcn', 'Enter on the link');

        // Fix it by keyboard; the message goes from both places.
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type('074316000123');
        equal(await summary(page), null, 'summary after the fix');
        const fixed = await inline(page, '#tre-ddcn');
        equal([fixed.invalid, fixed.describedBy, fixed.message, fixed.value], [null, null, [], '074316000123'], 'field after the fix');
        assert(!(await page.title()).startsWith('Lỗi: '), 'title after the fix');
        equal(await checkValidity(page), true, 'checkValidity() after the fix');

        await submitConfirming(page);
        equal(await resultShown(page), true, 'submitted after the fix');
        assert((await page.locator('.result__record').textContent()).includes('"personalId": "074316000123"'), 'normalized record');
      });
    });

    await test('birth: errors shown on submit, screenshot', async () => {
      const page = pages[0];
      await page.bringToFront();
      await page.goto(`${server.base}/khai-sinh.html`);
      await firstCheck(page);
      await settle(page, server);
      await noRequests(page, server, async () => {
        await fill(page, { ...BIRTH, '#tre-ten': 'Nguyễn Thị Hа', '#tre-noi-sinh': '', '#me-nam-sinh': '' }); // a Cyrillic "а"
        await page.check('input[name=tre_gioi_tinh][value=male]');
        await page.locator('#tre-ddcn').pressSequentially('074316000123');
        await page.click('button[type=submit]');
        const s = await summary(page);
        equal(s.items.map((i) => i.href), ['#tre-ten', '#tre-noi-sinh', '#tre-ddcn', '#me-nam-sinh', '#cam-doan'], 'summary links in page order');
        await page.screenshot({ path: join(screenshots, 'khai-sinh.png'), fullPage: true });
        // The one-click fix: "Sửa thành: ...".
        const button = page.locator('.hotich-suggestion');
        equal(await button.textContent(), 'Sửa thành: Nguyễn Thị Ha', 'suggestion button');
        await button.click();
        const name = await inline(page, '#tre-ten');
        equal([name.value, name.message, name.invalid], ['Nguyễn Thị Ha', [], null], 'name after the suggestion');
        equal(await page.evaluate(() => document.activeElement.id), 'tre-ten', 'focus after the suggestion');
        // The cross-field message clears from the related field too.
        await page.check('input[name=tre_gioi_tinh][value=female]');
        equal((await inline(page, '#tre-ddcn')).message, [], 'id.sex after changing the sex');
        equal((await summary(page)).items.map((i) => i.href), ['#tre-noi-sinh', '#me-nam-sinh', '#cam-doan'], 'summary after two fixes');
      });
    });

    await test('birth: a warning asks once, then submits; an error blocks; checkValidity() agrees', async () => {
      const page = pages[0];
      await page.bringToFront();
      await page.goto(`${server.base}/khai-sinh.html`);
      await firstCheck(page);
      await settle(page, server);
      await noRequests(page, server, async () => {
        await fill(page, { ...BIRTH, '#dk-ngay': '20/06/2016', '#dk-loai': '' }); // 97 days: late
        await page.check('input[name=tre_gioi_tinh][value=female]');
        await page.check('#cam-doan');
        equal(await checkValidity(page), true, 'checkValidity() with a warning');
        await page.click('button[type=submit]');
        const s = await summary(page);
        equal([s.severity, s.title, s.focused], ['warning', 'Xin kiểm tra lại', true], 'warning summary');
        assert(s.items.length === 1 && s.items[0].text.includes('quá thời hạn 60 ngày'), `warning: ${JSON.stringify(s.items)}`);
        assert(!(await page.title()).startsWith('Lỗi: '), 'no "Lỗi: " for a warning');
        const at = await inline(page, '#dk-ngay');
        equal(at.invalid, null, 'a warning is not aria-invalid');
        assert(at.message[0]?.startsWith('Lưu ý: '), `inline warning: ${at.message}`);
        equal(await resultShown(page), false, 'submitted before confirming');
        await page.click('.hotich-summary__confirm');
        equal(await resultShown(page), true, 'submitted after confirming');
        equal(await summary(page), null, 'summary after submitting');

        await page.fill('#tre-ten', '');
        equal(await checkValidity(page), false, 'checkValidity() with an error');
        await page.click('button[type=submit]');
        equal(await resultShown(page), false, 'submitted with an error');
        equal((await summary(page)).items.map((i) => i.text), ['Nhập họ, chữ đệm và tên của trẻ.'], 'error summary');
      });
      equal(page.errors, [], 'console errors');
    });

    await test('marriage (fields bound by map): errors on submit, screenshot, fixed and submitted', async () => {
      const page = await open(context, `${server.base}/ket-hon.html`);
      pages.push(page);
      timings.push(['ket-hon.html, first visit', await firstCheck(page)]);
      await settle(page, server);
      await noRequests(page, server, async () => {
        await fill(page, MARRIAGE);
        await page.check('#cam-doan');
        await page.click('button[type=submit]');
        const s = await summary(page);
        equal(s.items.map((i) => i.href), ['#nam-ngay-sinh', '#nam-so-dinh-danh'], 'summary links');
        assert(s.items[0].text.includes('16 tuổi'), s.items[0].text);
        assert(s.items[1].text.includes('ngày, tháng, năm sinh'), `cross-field message names the related field: ${s.items[1].text}`);
        equal((await inline(page, '#nam-ngay-sinh')).invalid, 'true', 'aria-invalid');
        await page.screenshot({ path: join(screenshots, 'ket-hon.png'), fullPage: true });
        await page.fill('#nam-ngay-sinh', '05/02/1996');
        equal(await summary(page), null, 'summary after the fix');
        await submitConfirming(page);
        equal(await resultShown(page), true, 'submitted');
        assert((await page.locator('.result__record').textContent()).includes('"husband"'), 'mapped to husband');
      });
      equal(page.errors, [], 'console errors');
    });

    await test('death: errors on submit, screenshot, fixed and submitted', async () => {
      const page = await open(context, `${server.base}/khai-tu.html`);
      pages.push(page);
      timings.push(['khai-tu.html, first visit', await firstCheck(page)]);
      await settle(page, server);
      await noRequests(page, server, async () => {
        await fill(page, DEATH);
        await page.check('#cam-doan');
        await page.click('button[type=submit]');
        const s = await summary(page);
        equal(s.items.map((i) => i.href), ['#chet-gio', '#bt-ngay'], 'summary links');
        assert(s.items[1].text.includes('ngày, tháng, năm chết'), `cross-field message names the related field: ${s.items[1].text}`);
        await page.screenshot({ path: join(screenshots, 'khai-tu.png'), fullPage: true });
        await page.fill('#chet-gio', '07:30');
        await page.fill('#bt-ngay', '02/10/2024');
        equal(await summary(page), null, 'summary after the fixes');
        await submitConfirming(page);
        equal(await resultShown(page), true, 'submitted');
      });
      equal(page.errors, [], 'console errors');
    });

    await test('English: the switch translates the page and the messages in place, keeping what was typed', async () => {
      const page = pages[2];
      await page.bringToFront();
      await page.goto(`${server.base}/khai-tu.html`);
      await firstCheck(page);
      await settle(page, server);
      await noRequests(page, server, async () => {
        await fill(page, { ...DEATH, '#nc-ten': '' });
        await page.click('button[type=submit]');
        await page.click('.lang button[data-lang=en]');
        const s = await summary(page);
        equal(s.title, 'There is a problem', 'summary title');
        assert(s.items.some((i) => i.text === "Enter the deceased's full name."), JSON.stringify(s.items));
        assert((await page.title()).startsWith('Error: Death registration form'), await page.title());
        equal(await page.locator('h1').textContent(), 'DEATH REGISTRATION FORM', 'heading');
        equal(await page.inputValue('#chet-gio'), '25:70', 'typed value kept');
        await page.click('.lang button[data-lang=vi]');
        equal((await summary(page)).title, 'Có lỗi cần sửa', 'back to Vietnamese');
      });
      equal(page.errors, [], 'console errors');
    });

    await test('keystroke-to-message latency over 1,000 inputs (printed)', async () => {
      const page = pages[0];
      await page.bringToFront();
      await page.goto(`${server.base}/khai-sinh.html`);
      await firstCheck(page);
      await page.locator('#tre-ddcn').pressSequentially('0743160001');
      await page.click('button[type=submit]');
      await page.focus('#tre-ddcn');
      await page.keyboard.press('End');
      await page.evaluate(() => {
        window.latency = [];
        let key = 0;
        let input = 0;
        let last = '';
        document.addEventListener('keydown', (e) => { key = e.timeStamp; }, true);
        document.addEventListener('input', () => { input = performance.now(); }, true);
        // Bubbling to window comes after the layer's listener on the form.
        window.addEventListener('input', () => {
          const dom = performance.now();
          const handler = dom - input;
          const box = document.querySelector('#tre-ddcn').closest('.line').querySelector('.hotich-message');
          const text = box?.textContent ?? '';
          const changed = text !== last;
          last = text;
          const start = key;
          requestAnimationFrame(() => window.latency.push({ handler, dom: dom - start, frame: performance.now() - start, changed }));
        });
      });
      const keys = ['2', '3', 'Backspace', 'Backspace']; // 11 digits, 12 (valid), 11, 10
      for (let i = 0; i < 1000; i++) await page.keyboard.press(keys[i % 4]);
      await page.waitForFunction(() => window.latency.length >= 1000);
      const samples = await page.evaluate(() => window.latency);
      const changed = samples.filter((s) => s.changed).length;
      equal(changed, 1000, 'inputs that changed the message');
      const stats = (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
        return { median: at(0.5), p99: at(0.99) };
      };
      const dom = stats(samples.map((s) => s.dom));
      const frame = stats(samples.map((s) => s.frame));
      const handler = stats(samples.map((s) => s.handler));
      console.log(`# keystroke to message in the DOM: median ${dom.median.toFixed(2)} ms, p99 ${dom.p99.toFixed(2)} ms (${samples.length} inputs)`);
      console.log(`# keystroke to the next frame with it: median ${frame.median.toFixed(2)} ms, p99 ${frame.p99.toFixed(2)} ms`);
      console.log(`# of which the layer's input handler (check + render): median ${handler.median.toFixed(2)} ms, p99 ${handler.p99.toFixed(2)} ms`);
    });

    await test('the layer re-instantiates once after a trap', async () => {
      const page = await open(context, `${server.base}/tests/layer.html?module=trap`);
      await page.waitForFunction(() => window.events?.includes('ready'));
      await page.fill('#name', 'Nguyễn Văn A'); // traps
      await page.waitForFunction(() => window.events.filter((e) => e === 'check').length >= 2);
      assert(page.warnings.some((w) => w.includes('loading a fresh instance')), `warnings: ${page.warnings}`);
      assert(server.requests.includes('/pkg/hotich.js?hotich-retry=1'), 'no fresh instance was loaded');
      await page.click('button');
      equal(await page.evaluate(() => window.submitted), 0, 'submitted with errors');
      const s = await summary(page);
      assert(s?.items.some((i) => i.text === 'Nhập giới tính của trẻ.'), `summary ${JSON.stringify(s)}`);
      equal(page.errors, [], 'console errors');
      await page.close();
    });

    await test('the layer steps aside when the module cannot load: the form still submits', async () => {
      const page = await open(context, `${server.base}/tests/layer.html?module=missing`);
      await page.waitForFunction(() => window.events?.includes('unavailable'));
      assert(page.warnings.some((w) => w.includes('in-browser checks are off')), `warnings: ${page.warnings}`);
      equal(await page.evaluate(() => [document.getElementById('f').checkValidity(), document.getElementById('f').noValidate]), [true, false], 'checkValidity(), noValidate');
      await page.click('button');
      equal(await page.evaluate(() => window.submitted), 1, 'submitted');
      equal(await page.evaluate(() => window.handle.validate()), null, 'validate() when unavailable');
      await page.close();
    });

    await test('attach() options, validate({show}), detach() leaves the form as it was', async () => {
      const page = await open(context, `${server.base}/tests/layer.html`);
      await page.waitForFunction(() => window.events?.includes('ready'));
      const errors = await page.evaluate(() => [
        window.attachError({ kind: 'adoption' }),
        window.attachError({ kind: 'birth', locale: 'fr' }),
        window.attachError({ kind: 'birth', today: '1/1/2026' }),
        window.attachError({ kind: 'birth', ethnicityCodes: '1979' }),
        window.attachError({ kind: 'birth' }),
      ].map((e) => e.split(':')[0]));
      equal(errors, ['TypeError', 'TypeError', 'TypeError', 'TypeError', 'ok'], 'attach() option errors');
      await page.fill('#ma-so', '0743');
      const report = await page.evaluate(() => window.handle.validate({ show: true }));
      assert(report.issues.some((i) => i.code === 'id.format'), 'validate() report');
      equal((await summary(page)).focused, true, 'validate({show: true}) focuses the summary');
      equal((await inline(page, '#name')).describedBy.split(' ')[0], 'name-hint', 'own aria-describedby kept first');
      await page.evaluate(() => window.handle.detach());
      const after = await page.evaluate(() => ({
        ours: document.querySelectorAll('.hotich-summary, .hotich-message').length,
        describedBy: document.getElementById('name').getAttribute('aria-describedby'),
        invalid: document.querySelectorAll('[aria-invalid]').length,
        valid: document.getElementById('f').checkValidity(),
        noValidate: document.getElementById('f').noValidate,
        title: document.title,
      }));
      equal(after, { ours: 0, describedBy: 'name-hint', invalid: 0, valid: true, noValidate: false, title: 'hotich-form layer test' }, 'after detach()');
      equal(page.errors, [], 'console errors');
      await page.close();
    });

    for (const page of pages) {
      if (page.errors.length) console.log(`# console errors on ${page.url()}: ${page.errors.join(' | ')}`);
    }
    await test('no console errors on the demo pages', async () => {
      equal(pages.flatMap((p) => p.errors), [], 'console errors');
    });
    for (const page of pages) await page.close();

    await test('after the first visit, with the network cut, reloading still validates', async () => {
      const other = await startServer(); // a fresh origin: nothing cached, no worker
      let page;
      try {
        page = await open(context, `${other.base}/khai-sinh.html`);
        timings.push(['khai-sinh.html, first visit of a fresh origin', await firstCheck(page)]);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await settle(page, other);
        equal(await page.locator('#offline-badge').getAttribute('data-state'), 'ready', 'badge when online');
      } finally {
        await other.close(); // the network is really gone, service worker included
      }
      await context.setOffline(true);
      try {
        await page.reload();
        timings.push(['khai-sinh.html, reloaded offline', await firstCheck(page)]);
        equal(await page.locator('#offline-badge').getAttribute('data-state'), 'offline', 'badge when offline');
        await page.check('input[name=tre_gioi_tinh][value=female]');
        await page.locator('#tre-ddcn').pressSequentially('074216000123');
        await page.click('button[type=submit]');
        const s = await summary(page);
        assert(s?.items.some((i) => i.href === '#tre-ddcn' && i.text.includes('Chữ số thứ tư')), `summary ${JSON.stringify(s)}`);
        await page.goto(`${other.base}/ket-hon.html`);
        await firstCheck(page);
        await page.click('button[type=submit]');
        assert((await summary(page))?.items.length > 0, 'the marriage form offline');
        equal(page.errors, [], 'console errors');
      } finally {
        await context.setOffline(false);
        await page.close();
      }
    });
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [what, ms] of timings) console.log(`# page load to first check, ${what}: ${ms.toFixed(1)} ms`);
  console.log(`# screenshots: ${screenshots}/{khai-sinh,ket-hon,khai-tu}.png`);
  finish();
}

await main();
