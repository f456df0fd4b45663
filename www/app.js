// The demo: three plain HTML forms enhanced by hotich-form.js's attach(),
// a vi/en switch, what a personal ID number says as it is typed, and an
// offline badge (sw.js precaches the pages, the JS and the .wasm).
import { attach } from './pkg/hotich-form.js';
import { parsePersonalId } from './pkg/hotich.js';

const TEXT = {
  vi: {
    place: 'Nơi đăng ký khai sinh',
    notProvince: 'không phải mã tỉnh',
    male: 'nam',
    female: 'nữ',
    born: 'sinh năm',
    commit: 'Đánh dấu vào ô cam đoan trước khi gửi tờ khai.',
    offline: 'Ngoại tuyến · vẫn kiểm tra được',
    ready: 'Dùng được khi mất mạng',
    pending: 'Đang lưu để dùng khi mất mạng…',
    online: 'Cần mạng cho lần mở đầu',
    unsupported: 'Trình duyệt không lưu được để dùng ngoại tuyến',
    stepAside: 'Không kiểm tra được trong trình duyệt; máy chủ sẽ kiểm tra khi nhận tờ khai.',
  },
  en: {
    place: 'Birth registered in',
    notProvince: 'not a province code',
    male: 'male',
    female: 'female',
    born: 'born',
    commit: 'Tick the declaration box before you submit the form.',
    offline: 'Offline · checks still work',
    ready: 'Works offline',
    pending: 'Saving for offline use…',
    online: 'Needs the network for the first visit',
    unsupported: 'This browser cannot keep the forms for offline use',
    stepAside: 'The checks could not run in this browser; the server will check the form.',
  },
};

// The ethnic groups of QĐ 1019/QĐ-TCTK (codes 01–54), for the datalist.
const ETHNIC_GROUPS = [
  'Kinh', 'Tày', 'Thái', 'Mường', 'Khơ Me', 'Hoa', 'Nùng', "H'Mông", 'Dao', 'Gia Rai', 'Ê Đê', 'Ba Na',
  'Sán Chay', 'Chăm', 'Cơ Ho', 'Xơ Đăng', 'Sán Dìu', 'Hrê', 'Ra Glai', 'Mnông', 'Thổ', 'Xtiêng', 'Khơ Mú',
  'Bru-Vân Kiều', 'Cơ Tu', 'Giáy', 'Tà Ôi', 'Mạ', 'Giẻ Triêng', 'Co', 'Chơ Ro', 'Xinh Mun', 'Hà Nhì', 'Chu Ru',
  'Lào', 'La Chí', 'Kháng', 'Phù Lá', 'La Hủ', 'La Ha', 'Pà Thẻn', 'Lự', 'Ngái', 'Chứt', 'Lô Lô', 'Mảng',
  'Cơ Lao', 'Bố Y', 'Cống', 'Si La', 'Pu Péo', 'Rơ Măm', 'Brâu', 'Ơ Đu', 'Người nước ngoài',
];
const COUNTRIES = ['Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Thái Lan', 'Hàn Quốc', 'Nhật Bản', 'Đài Loan', 'Hoa Kỳ', 'Úc', 'Pháp', 'Đức', 'Nga', 'Anh', 'Canada'];

// The marriage page keeps a legacy portal's own field names: map them.
const MARRIAGE_MAP = { co_quan: 'registration.place.name', so: 'registration.number', quyen_so: 'registration.book', ngay_dang_ky: 'registration.date', ma_tinh: 'registration.place.provinceCode' };
for (const [side, group] of [['nu', 'wife'], ['nam', 'husband']]) {
  Object.assign(MARRIAGE_MAP, {
    [`ben_${side}_ho_ten`]: `${group}.fullName`,
    [`ben_${side}_ngay_sinh`]: `${group}.birthDate`,
    [`ben_${side}_gioi_tinh`]: `${group}.sex`,
    [`ben_${side}_dan_toc`]: `${group}.ethnicity`,
    [`ben_${side}_quoc_tich`]: `${group}.nationality`,
    [`ben_${side}_cu_tru`]: `${group}.residence`,
    [`ben_${side}_so_dinh_danh`]: `${group}.personalId`,
    [`ben_${side}_tinh_trang`]: `${group}.maritalStatus`,
  });
}

function storedLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'vi' || asked === 'en') return asked;
  try {
    const saved = localStorage.getItem('hotich-lang');
    if (saved === 'vi' || saved === 'en') return saved;
  } catch { /* storage may be off */ }
  return 'vi';
}

let lang = storedLang();
const t = () => TEXT[lang];

// Every element with data-en holds its English text there; its Vietnamese
// text is kept in data-vi the first time. Same for aria-label.
for (const el of document.querySelectorAll('[data-en]')) el.dataset.vi = el.textContent;
for (const el of document.querySelectorAll('[data-en-aria-label]')) el.dataset.viAriaLabel = el.getAttribute('aria-label');

function translate() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-en]')) el.textContent = lang === 'en' ? el.dataset.en : el.dataset.vi;
  for (const el of document.querySelectorAll('[data-en-aria-label]')) {
    el.setAttribute('aria-label', lang === 'en' ? el.dataset.enAriaLabel : el.dataset.viAriaLabel);
  }
  for (const b of document.querySelectorAll('.lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

const form = document.querySelector('form[data-kind]');
const handle = form
  ? attach(form, { kind: form.dataset.kind, locale: lang, ...(form.dataset.kind === 'marriage' ? { map: MARRIAGE_MAP } : {}) })
  : null;
let ready = false;

// --- what an ID number says, as it is typed --------------------------------

function describeId(value) {
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{3,12}$/.test(digits)) return '';
  // Shown as far as typed: the province after 3 digits, the sex after 4, the year after 6.
  const info = parsePersonalId(digits.padEnd(12, '0'));
  if (!info) return '';
  const parts = [`${t().place}: ${info.placeCode} (${info.province ?? t().notProvince})`];
  if (digits.length >= 4) parts.push(t()[info.sex] ?? info.sex);
  if (digits.length >= 6) parts.push(`${t().born} ${info.birthYear}`);
  return parts.join(' · ');
}

const decoders = [...document.querySelectorAll('[data-decode]')].map((input) => {
  const out = document.createElement('span');
  out.className = 'decoded';
  out.setAttribute('aria-live', 'polite');
  input.after(out);
  const show = () => {
    if (!ready) return;
    try {
      out.textContent = describeId(input.value);
    } catch {
      out.textContent = '';
    }
  };
  input.addEventListener('input', show);
  return show;
});

// --- the page's own constraint: the declaration box ------------------------

const commit = document.querySelector('[data-commit]');
function commitValidity() {
  commit?.setCustomValidity(commit.checked ? '' : t().commit);
}
commit?.addEventListener('change', commitValidity);

// --- submit: this demo sends nothing, it shows the normalised record -------

const result = document.getElementById('result');
if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const report = handle.validate();
    result.querySelector('.result__record').textContent = report ? JSON.stringify(report.normalized, null, 2) : t().stepAside;
    result.hidden = false;
    result.focus();
  });
  form.addEventListener('input', () => { result.hidden = true; });
  handle.addEventListener('unavailable', () => {
    const note = document.createElement('p');
    note.className = 'stepped-aside';
    note.textContent = t().stepAside;
    form.before(note);
  });
  handle.ready.then((ok) => {
    ready = ok;
    for (const show of decoders) show();
  });
}

for (const el of document.querySelectorAll('datalist#dan-toc')) el.append(...ETHNIC_GROUPS.map((name) => new Option(name)));
for (const el of document.querySelectorAll('datalist#quoc-tich')) el.append(...COUNTRIES.map((name) => new Option(name)));

// --- the language switch -----------------------------------------------------

function setLang(next) {
  lang = next;
  try {
    localStorage.setItem('hotich-lang', lang);
  } catch { /* storage may be off */ }
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  translate();
  commitValidity();
  handle?.setLocale(lang);
  for (const show of decoders) show();
  badge();
}
for (const b of document.querySelectorAll('.lang button')) b.addEventListener('click', () => setLang(b.dataset.lang));

// --- offline: the service worker and the badge -------------------------------

const badgeEl = document.getElementById('offline-badge');
let swState = 'serviceWorker' in navigator ? 'pending' : 'unsupported';
function badge() {
  if (!badgeEl) return;
  const state = !navigator.onLine ? 'offline' : swState;
  badgeEl.dataset.state = state;
  badgeEl.textContent = t()[state];
}
addEventListener('online', badge);
addEventListener('offline', badge);

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.ready.then(() => {
    swState = 'ready';
    badge();
  });
  const register = () => navigator.serviceWorker.register('sw.js').catch((error) => {
    swState = 'online';
    badge();
    console.warn('hotich demo: no offline copy:', error);
  });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

translate();
commitValidity();
badge();
