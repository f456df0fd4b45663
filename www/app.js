// The demo page: checks a birth record's child fields as the person types.
import init, { validate, parsePersonalId } from './pkg/hotich.js';

const form = document.getElementById('birth');
const list = document.getElementById('issues');
const decoded = document.getElementById('personalId-decoded');
const status = document.getElementById('status');

function record() {
  const r = { child: {} };
  for (const el of form.elements) {
    if (!el.name) continue;
    const [group, field] = el.name.split('.');
    if (el.value.trim()) (r[group] ??= {})[field] = el.value;
  }
  return r;
}

function show() {
  const info = parsePersonalId(form.elements['child.personalId'].value);
  decoded.textContent = info
    ? `Mã nơi đăng ký khai sinh ${info.placeCode}${info.province ? ` (${info.province})` : ' (không phải mã tỉnh)'} · ${info.sex === 'male' ? 'Nam' : 'Nữ'} · sinh năm ${info.birthYear}`
    : '';
  const report = validate('birth', record());
  list.replaceChildren(...report.issues.map((issue) => {
    const li = document.createElement('li');
    li.className = issue.severity;
    li.textContent = issue.message;
    return li;
  }));
}

await init();
form.addEventListener('input', show);
status.textContent = 'Sẵn sàng.';
