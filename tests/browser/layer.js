// Loaded by layer.html: a small form attached with ?module=trap (a module
// that traps once, like a wasm panic) or ?module=missing (one that does not
// exist), so the tests can see the layer recover or step aside.
import { attach } from '/pkg/hotich-form.js';

const which = new URLSearchParams(location.search).get('module');
const moduleUrl = { trap: '/tests/trap-module.js', missing: '/tests/no-such-module.js' }[which];
const form = document.getElementById('f');
window.events = [];
window.submitted = 0;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.submitted += 1;
});
const handle = attach(form, {
  kind: 'birth', today: '2026-01-01', map: { ma_so: 'child.personalId' }, ...(moduleUrl ? { moduleUrl } : {}),
});
for (const type of ['ready', 'check', 'invalid', 'confirm', 'unavailable']) {
  handle.addEventListener(type, () => window.events.push(type));
}
window.handle = handle;
window.attachError = (options) => {
  try {
    attach(document.createElement('form'), options).detach();
    return 'ok';
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};
