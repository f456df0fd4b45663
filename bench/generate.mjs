// Synthetic birth-register files for the benchmarks and the batch page's
// browser test: realistic Vietnamese rows (about 700 bytes of UTF-8 each),
// seeded, any size, as CSV or NDJSON, with a known mix of errors.
//
//   node bench/generate.mjs --rows 100000 [--seed 1] [--format csv|ndjson] [--error-rate 0.09] [--out FILE]
//
// As a module: `generate({ rows, seed, format })` → { text, expected }, or
// `chunks({ rows, seed, format, rowsPerChunk })` → an iterator of strings for
// files too large to hold (the first chunk holds the CSV header).
//
// The file is what a district exports from its register books: rows sorted
// by registering office, book and number; each book ("01/2019-25747": volume,
// year, office code) numbered 1, 2, 3… in registration-date order; each child
// with a father (most of the time), a mother and a declarant who is one of
// them; personal IDs that match each person's sex and birth year.
//
// Each row is clean or carries exactly one injected error, and each injected
// error raises exactly one issue in hotich (`expected.byCode`; the row
// numbers in `expected.rows`), so the mix is known:
//   id.sex                  the child's ID says the other sex
//   id.birth_year           the child's ID has the wrong year
//   date.invalid            a date of birth that is not on the calendar (30/02)
//   registration.late       registered after 60 days, the type still "đúng hạn"
//   name.chars              a digit or symbol in the child's name
//   name.encoding           the child's name in TCVN3 (ABC) read as Windows-1252
//   batch.duplicate_number  the book + number of the row before
//   batch.duplicate_id      the ID of the child of the row before, another name
//   batch.sequence          registered before the number before it
// A cross-record error is injected only after a clean row of the same book,
// so that it names exactly one earlier row.
import { writeFileSync, createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ERROR_KINDS = [
  'id.sex', 'id.birth_year', 'date.invalid', 'registration.late', 'name.chars', 'name.encoding',
  'batch.duplicate_number', 'batch.duplicate_id', 'batch.sequence',
];
const CROSS = new Set(['batch.duplicate_number', 'batch.duplicate_id', 'batch.sequence']);

export const HEADER = [
  'child.fullName', 'child.sex', 'child.birthDate', 'child.birthDateInWords', 'child.birthPlace', 'child.ethnicity',
  'child.nationality', 'child.hometown', 'child.personalId',
  'mother.fullName', 'mother.birthDate', 'mother.ethnicity', 'mother.nationality', 'mother.residence', 'mother.personalId',
  'father.fullName', 'father.birthDate', 'father.ethnicity', 'father.nationality', 'father.residence', 'father.personalId',
  'declarant.fullName', 'declarant.relationship', 'declarant.personalId',
  'registration.number', 'registration.book', 'registration.date', 'registration.type', 'registration.place',
];

// --- a seeded generator (mulberry32) ------------------------------------------

function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // lo..hi inclusive
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.weighted = (pairs) => {
    let r = next() * pairs.total;
    for (const [x, w] of pairs.items) if ((r -= w) < 0) return x;
    return pairs.items[pairs.items.length - 1][0];
  };
  return next;
}

const weights = (obj) => ({ items: Object.entries(obj), total: Object.values(obj).reduce((a, b) => a + b, 0) });

// --- names ---------------------------------------------------------------------

// Surnames with their approximate shares of the population.
const SURNAMES = weights({
  Nguyễn: 38, Trần: 11, Lê: 9.5, Phạm: 7, Hoàng: 3, Huỳnh: 2, Phan: 4.5, Vũ: 2, Võ: 2, Đặng: 2.1, Bùi: 2, Đỗ: 1.4,
  Hồ: 1.3, Ngô: 1.3, Dương: 1, Lý: 0.5, Đinh: 0.6, Trịnh: 0.5, Lương: 0.4, Mai: 0.4, Đoàn: 0.4, Tạ: 0.3, Cao: 0.3,
});
const MIDDLE = {
  male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Gia', 'Bảo', 'Anh', 'Hoàng', 'Tuấn', 'Đình', 'Trọng', 'Xuân', 'Nhật', 'Thành'],
  female: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Bảo', 'Thùy', 'Mỹ', 'Phương', 'Hồng', 'Khánh', 'Diệu', 'Hải', 'Thảo', 'Như'],
};
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khang', 'Khoa', 'Khôi', 'Kiên',
    'Lâm', 'Long', 'Luân', 'Minh', 'Nam', 'Nghĩa', 'Nhân', 'Phát', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng',
    'Thành', 'Thịnh', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Đăng', 'Khải', 'Lộc', 'Hậu'],
  female: ['An', 'Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Giang', 'Hà', 'Hân', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Huyền',
    'Lan', 'Linh', 'Ly', 'Mai', 'My', 'Ngân', 'Ngọc', 'Nhi', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo', 'Thư',
    'Trang', 'Trâm', 'Uyên', 'Vân', 'Vy', 'Xuân', 'Yến', 'Hồng', 'Loan', 'Thủy'],
};

// --- places: provinces (with their ID codes), districts, communes --------------

const PROVINCES = [
  { code: '001', name: 'thành phố Hà Nội', short: 'Hà Nội', hospital: 'Bệnh viện Phụ sản Hà Nội', districts: [
    { name: 'quận Cầu Giấy', code: '005', communes: [['phường Dịch Vọng', '00163'], ['phường Quan Hoa', '00169'], ['phường Nghĩa Tân', '00157']] },
    { name: 'huyện Gia Lâm', code: '018', communes: [['xã Bát Tràng', '00622'], ['xã Kiêu Kỵ', '00625'], ['thị trấn Trâu Quỳ', '00565']] },
  ] },
  { code: '079', name: 'Thành phố Hồ Chí Minh', short: 'Hồ Chí Minh', hospital: 'Bệnh viện Từ Dũ', districts: [
    { name: 'Quận 1', code: '760', communes: [['phường Bến Thành', '26743'], ['phường Tân Định', '26734'], ['phường Cầu Ông Lãnh', '26758']] },
    { name: 'huyện Củ Chi', code: '783', communes: [['xã Tân Thông Hội', '27565'], ['xã Phước Vĩnh An', '27562'], ['thị trấn Củ Chi', '27496']] },
  ] },
  { code: '074', name: 'tỉnh Bình Dương', short: 'Bình Dương', hospital: 'Bệnh viện Đa khoa tỉnh Bình Dương', districts: [
    { name: 'thành phố Thủ Dầu Một', code: '718', communes: [['phường Phú Cường', '25747'], ['phường Hiệp Thành', '25750'], ['phường Chánh Nghĩa', '25768']] },
    { name: 'huyện Dầu Tiếng', code: '721', communes: [['xã Minh Hòa', '25789'], ['xã Thanh An', '25822'], ['thị trấn Dầu Tiếng', '25777']] },
  ] },
  { code: '048', name: 'thành phố Đà Nẵng', short: 'Đà Nẵng', hospital: 'Bệnh viện Phụ sản - Nhi Đà Nẵng', districts: [
    { name: 'quận Hải Châu', code: '492', communes: [['phường Thạch Thang', '20227'], ['phường Hòa Cường Bắc', '20257'], ['phường Bình Hiên', '20242']] },
    { name: 'huyện Hòa Vang', code: '497', communes: [['xã Hòa Phước', '20335'], ['xã Hòa Tiến', '20332'], ['xã Hòa Châu', '20329']] },
  ] },
  { code: '038', name: 'tỉnh Thanh Hóa', short: 'Thanh Hóa', hospital: 'Bệnh viện Phụ sản Thanh Hóa', districts: [
    { name: 'huyện Thọ Xuân', code: '399', communes: [['xã Xuân Lập', '15274'], ['xã Thọ Diên', '15232'], ['thị trấn Thọ Xuân', '15199']] },
    { name: 'huyện Hoằng Hóa', code: '401', communes: [['xã Hoằng Đạo', '16054'], ['xã Hoằng Lộc', '16132'], ['thị trấn Bút Sơn', '16000']] },
  ] },
  { code: '040', name: 'tỉnh Nghệ An', short: 'Nghệ An', hospital: 'Bệnh viện Sản Nhi Nghệ An', districts: [
    { name: 'huyện Nam Đàn', code: '429', communes: [['xã Kim Liên', '17944'], ['xã Nam Giang', '17923'], ['thị trấn Nam Đàn', '17920']] },
    { name: 'huyện Diễn Châu', code: '420', communes: [['xã Diễn Kỷ', '17302'], ['xã Diễn Thịnh', '17353'], ['thị trấn Diễn Châu', '17290']] },
  ] },
  { code: '092', name: 'thành phố Cần Thơ', short: 'Cần Thơ', hospital: 'Bệnh viện Phụ sản thành phố Cần Thơ', districts: [
    { name: 'quận Ninh Kiều', code: '916', communes: [['phường Cái Khế', '31117'], ['phường Tân An', '31135'], ['phường Xuân Khánh', '31153']] },
    { name: 'huyện Phong Điền', code: '926', communes: [['xã Nhơn Ái', '31327'], ['xã Mỹ Khánh', '31339'], ['thị trấn Phong Điền', '31321']] },
  ] },
  { code: '036', name: 'tỉnh Nam Định', short: 'Nam Định', hospital: 'Bệnh viện Phụ sản Nam Định', districts: [
    { name: 'huyện Hải Hậu', code: '366', communes: [['xã Hải Đông', '14098'], ['xã Hải Bắc', '14041'], ['thị trấn Yên Định', '14026']] },
    { name: 'huyện Giao Thủy', code: '365', communes: [['xã Giao Thiện', '13999'], ['xã Bạch Long', '14011'], ['thị trấn Ngô Đồng', '13951']] },
  ] },
  { code: '066', name: 'tỉnh Đắk Lắk', short: 'Đắk Lắk', hospital: 'Bệnh viện Đa khoa vùng Tây Nguyên', districts: [
    { name: 'thành phố Buôn Ma Thuột', code: '643', communes: [['phường Tân Lợi', '24118'], ['phường Thắng Lợi', '24127'], ['xã Ea Kao', '24181']] },
    { name: 'huyện Krông Pắc', code: '652', communes: [['xã Ea Kly', '24478'], ['xã Hòa An', '24505'], ['thị trấn Phước An', '24469']] },
  ] },
  { code: '020', name: 'tỉnh Lạng Sơn', short: 'Lạng Sơn', hospital: 'Bệnh viện Đa khoa tỉnh Lạng Sơn', districts: [
    { name: 'huyện Cao Lộc', code: '185', communes: [['xã Hợp Thành', '06301'], ['xã Gia Cát', '06316'], ['thị trấn Đồng Đăng', '06265']] },
    { name: 'huyện Văn Quan', code: '182', communes: [['xã Vân Mộng', '06166'], ['xã Tràng Sơn', '06154'], ['thị trấn Văn Quan', '06139']] },
  ] },
  { code: '094', name: 'tỉnh Sóc Trăng', short: 'Sóc Trăng', hospital: 'Bệnh viện Sản - Nhi Sóc Trăng', districts: [
    { name: 'huyện Mỹ Xuyên', code: '946', communes: [['xã Tham Đôn', '31726'], ['xã Đại Tâm', '31717'], ['thị trấn Mỹ Xuyên', '31684']] },
    { name: 'thị xã Vĩnh Châu', code: '948', communes: [['phường Khánh Hòa', '31792'], ['xã Lạc Hòa', '31807'], ['xã Vĩnh Hải', '31810']] },
  ] },
  { code: '046', name: 'tỉnh Thừa Thiên Huế', short: 'Thừa Thiên Huế', hospital: 'Bệnh viện Trung ương Huế', districts: [
    { name: 'thành phố Huế', code: '474', communes: [['phường Phú Hội', '19750'], ['phường Vĩnh Ninh', '19774'], ['phường Thuận Thành', '19720']] },
    { name: 'huyện Phú Vang', code: '478', communes: [['xã Phú Thuận', '19936'], ['xã Vinh Thanh', '20005'], ['thị trấn Thuận An', '19930']] },
  ] },
];
// Ethnic groups, more of some where they live; the rest Kinh.
const MINORITIES = {
  '020': ['Tày', 'Nùng', 'Dao', 'Sán Chay', "H'Mông"], '066': ['Ê Đê', 'Mnông', 'Gia Rai', 'Tày', 'Nùng'],
  '094': ['Khơ Me', 'Hoa'], '038': ['Mường', 'Thái'], '040': ['Thái', 'Khơ Mú'], '079': ['Hoa', 'Chăm'],
};
const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', '30 tháng 4',
  'Cách Mạng Tháng Tám', 'Điện Biên Phủ', 'Phan Đình Phùng', 'Hùng Vương', 'Nguyễn Trãi', 'Lê Duẩn', 'Ngô Quyền', 'Bà Triệu'];
const HAMLETS = ['thôn Đông', 'thôn Tây', 'thôn Trung', 'thôn Thượng', 'thôn Hạ', 'xóm 1', 'xóm 4', 'ấp 2', 'ấp Tân Hòa', 'bản Nà Lầu', 'buôn Ea Sar', 'khu phố 3', 'tổ dân phố 7'];
const OFFICES = PROVINCES.flatMap((p) => p.districts.flatMap((d) => d.communes.map(([commune, code]) => ({ province: p, district: d, commune, code }))));

const where = (o) => `${o.commune}, ${o.district.name}, ${o.province.name}`;
function address(r, o) {
  if (/^(phường|thị trấn)/.test(o.commune)) return `Số ${r.int(1, 250)}${r() < 0.3 ? `/${r.int(1, 40)}` : ''} ${r.pick(STREETS)}, ${where(o)}`;
  return `${r.pick(HAMLETS)}, ${where(o)}`;
}

// --- dates ---------------------------------------------------------------------

const DAY = 86400000;
const utc = (y, m, d) => Date.UTC(y, m - 1, d);
const parts = (t) => { const d = new Date(t); return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]; };
const pad = (n) => String(n).padStart(2, '0');
const dmy = (t) => { const [y, m, d] = parts(t); return `${pad(d)}/${pad(m)}/${y}`; };

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
function below100(n) {
  if (n < 10) return UNITS[n];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${UNITS[tens]} mươi`;
  if (unit === 0) return head;
  if (unit === 5) return `${head} lăm`;
  if (unit === 1) return tens === 1 ? `${head} một` : `${head} mốt`;
  if (unit === 4 && tens > 1) return `${head} tư`;
  return `${head} ${UNITS[unit]}`;
}
function year(n) {
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const rest = n % 100;
  let s = `${UNITS[thousands]} nghìn ${UNITS[hundreds]} trăm`;
  if (rest === 0) return s;
  if (rest < 10) return `${s} linh ${UNITS[rest]}`;
  return `${s} ${below100(rest)}`;
}
const MONTHS = ['', 'một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];
/** "Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười sáu". */
export function dateInWords(t) {
  const [y, m, d] = parts(t);
  const day = d <= 10 ? `mồng ${below100(d)}` : below100(d);
  return `Ngày ${day}, tháng ${MONTHS[m]}, năm ${year(y)}`;
}

// --- TCVN3 (ABC): the bytes of a text in that encoding, read as Windows-1252 ---

// TCVN 5712:1993 VN1 (glibc's TCVN5712-1), bytes 0x80–0xFF, and the toned
// capitals it puts at C0 codes.
const TCVN3_HIGH = [
  0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
  0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
  0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
  0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
  0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
  0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
  0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
];
const TCVN3_BYTE = new Map(TCVN3_HIGH.map((u, i) => [String.fromCodePoint(u), 0x80 + i]));
// The letters of Vietnamese text: a mojibake made of these only ("Vò Minh
// Oanh" for "Vũ Minh Oanh") reads as real Vietnamese and cannot be told
// from it, so the generator does not use it for a name.encoding row.
const VIETNAMESE = new Set([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', ...[...TCVN3_BYTE.keys()].filter((c) => /\p{L}/u.test(c))]);
const readsAsVietnamese = (text) => [...text].every((c) => c === ' ' || VIETNAMESE.has(c));
const CP1252 = new TextDecoder('windows-1252');
/** "Nguyễn Văn Nam" → "NguyÔn V¨n Nam": what a TCVN3 file looks like when read as Windows-1252. */
export function tcvn3Mojibake(text) {
  const bytes = [];
  for (const c of text.normalize('NFC')) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else if (TCVN3_BYTE.has(c)) bytes.push(TCVN3_BYTE.get(c));
    else return null; // not in the table (a toned capital): no single byte
  }
  return CP1252.decode(new Uint8Array(bytes));
}

// --- the rows ------------------------------------------------------------------

const FIRST_YEAR = 2016;
const LAST_YEAR = 2024;

/** Rows of birth records: `{ record, injected }` (injected: an error kind or null). */
export class BirthRegister {
  constructor({ seed = 1, errorRate = 0.09 } = {}) {
    this.r = rng(seed);
    this.seed = seed;
    this.errorRate = errorRate;
    this.ids = new Map(); // ID prefix → how many numbers given
    this.office = -1;
    this.cycle = 0;
    this.year = LAST_YEAR;
    this.book = null;
    this.prev = null;
  }

  // A unique personal ID for someone of this sex born this year, registered in `province`.
  id(province, sex, birthYear) {
    const century = Math.floor((birthYear - 1900) / 100);
    const digit = century * 2 + (sex === 'female' ? 1 : 0);
    const prefix = `${province}${digit}${pad(birthYear % 100)}`;
    let entry = this.ids.get(prefix);
    if (!entry) this.ids.set(prefix, (entry = { n: 0, offset: Math.floor(this.r() * 1000000) }));
    const n = entry.n++;
    // A bijection of 0..999999 (7919 is prime to 10^6): unique, not sequential.
    return prefix + String((n * 7919 + entry.offset) % 1000000).padStart(6, '0');
  }

  name(sex, surname = this.r.weighted(SURNAMES)) {
    return `${surname} ${this.r.pick(MIDDLE[sex])} ${this.r.pick(GIVEN[sex])}`;
  }

  openBook() {
    if (this.year === LAST_YEAR) {
      this.year = FIRST_YEAR;
      this.office += 1;
      if (this.office === OFFICES.length) {
        this.office = 0;
        this.cycle += 1;
      }
    } else {
      this.year += 1;
    }
    const o = OFFICES[this.office];
    this.book = {
      office: o,
      name: `${pad(this.cycle + 1)}/${this.year}-${o.code}`,
      next: 1,
      left: this.r.int(120, 320),
      date: utc(this.year, 1, 2) + this.r.int(0, 6) * DAY,
      end: utc(this.year, 12, 31),
    };
    this.prev = null;
  }

  person(sex, born, o, residence) {
    const province = this.r() < 0.8 ? o.province : this.r.pick(PROVINCES);
    const [y] = parts(born);
    const ethnicity = this.r() < 0.85 || !MINORITIES[o.province.code] ? 'Kinh' : this.r.pick(MINORITIES[o.province.code]);
    return {
      fullName: this.name(sex),
      birthDate: this.r() < 0.15 ? String(y) : dmy(born), // old records often give the year only
      ethnicity,
      nationality: 'Việt Nam',
      residence: residence ?? address(this.r, o),
      personalId: this.id(province.code, sex, y),
    };
  }

  next() {
    const r = this.r;
    if (!this.book || this.book.left === 0 || this.book.date > this.book.end) this.openBook();
    const book = this.book;
    const o = book.office;
    const prev = this.prev;

    let kind = r() < this.errorRate ? r.pick(ERROR_KINDS) : null;
    if (CROSS.has(kind) && !(prev && prev.injected === null)) kind = null;

    // The registration date: the book's dates only go forward (a
    // "sequence" row goes back before the row before it).
    let registered = book.date;
    if (kind === 'batch.sequence') {
      const back = Math.min(r.int(2, 9), Math.round((prev.registered - utc(this.year, 1, 1)) / DAY));
      if (back < 1) kind = null;
      else registered = prev.registered - back * DAY;
    }
    const number = kind === 'batch.duplicate_number' ? prev.number : book.next++;

    // The child.
    let sex = r() < 0.51 ? 'male' : 'female';
    let born = registered - (kind === 'registration.late' ? r.int(61, 400) : r.int(1, 45)) * DAY;
    if (kind === 'batch.duplicate_id') {
      sex = prev.sex;
      born = prev.born;
    }
    const mother = this.person('female', born - r.int(19, 40) * 365.25 * DAY - r.int(0, 364) * DAY, o);
    const hasFather = r() < 0.96;
    const home = r() < 0.85 ? mother.residence : undefined; // most parents live together
    const father = hasFather ? this.person('male', born - r.int(20, 48) * 365.25 * DAY - r.int(0, 364) * DAY, o, home) : null;
    const surname = father ? father.fullName.split(' ')[0] : mother.fullName.split(' ')[0];
    let fullName = this.name(sex, surname);
    if (kind === 'batch.duplicate_id') {
      while (fullName === prev.record.child.fullName) fullName = this.name(sex, surname);
    }
    if (kind === 'name.encoding') {
      // A name whose TCVN3 form shows it: not plain Vietnamese letters.
      let legacy = tcvn3Mojibake(fullName);
      while (legacy === null || readsAsVietnamese(legacy)) {
        fullName = this.name(sex, surname);
        legacy = tcvn3Mojibake(fullName);
      }
      fullName = legacy;
    }
    if (kind === 'name.chars') {
      fullName = r() < 0.5 ? `${fullName}${r.int(1, 3)}` : `${fullName} (${r.pick(['bé', 'Bin', 'Su'])})`;
    }
    const [by] = parts(born);
    // A wrong ID is still a fresh number (a flipped digit of a real one
    // could be someone else's ID, which is another error).
    const otherSex = sex === 'male' ? 'female' : 'male';
    const personalId = kind === 'batch.duplicate_id' ? prev.record.child.personalId
      : kind === 'id.sex' ? this.id(o.province.code, otherSex, by)
        : kind === 'id.birth_year' ? this.id(o.province.code, sex, by + (r() < 0.5 ? 1 : -1))
          : this.id(o.province.code, sex, by);
    let birthDate = dmy(born);
    if (kind === 'date.invalid') {
      const [y, m] = parts(born);
      const bad = m === 2 ? `30/02/${y}` : [4, 6, 9, 11].includes(m) ? `31/${pad(m)}/${y}` : `${r.int(32, 39)}/${pad(m)}/${y}`;
      birthDate = bad;
    }
    const ethnicity = father && r() < 0.5 ? father.ethnicity : mother.ethnicity;
    const birthPlace = r() < 0.55
      ? `${o.province.hospital}, ${o.province.name}`
      : r() < 0.6 ? `Trạm Y tế ${where(o)}` : `Bệnh viện Đa khoa ${o.district.name.replace(/^(huyện|quận|thị xã|thành phố) /, '')}, ${o.province.name}`;
    const hometownOffice = r() < 0.7 ? o : r.pick(OFFICES);
    const byFather = father && r() < 0.7;
    const declaring = byFather ? father : mother;
    const record = {
      child: {
        fullName, sex: sex === 'male' ? 'Nam' : 'Nữ', birthDate, birthDateInWords: dateInWords(born), birthPlace, ethnicity,
        nationality: 'Việt Nam', hometown: where(hometownOffice), personalId,
      },
      mother,
      ...(father ? { father } : {}),
      declarant: {
        fullName: declaring.fullName,
        relationship: byFather ? r.pick(['Cha', 'Bố', 'Cha đẻ']) : r.pick(['Mẹ', 'Mẹ đẻ']),
        personalId: declaring.personalId,
      },
      registration: {
        number: String(number), book: book.name, date: dmy(registered), type: 'Đúng hạn',
        place: `Ủy ban nhân dân ${where(o)}`,
      },
    };
    if (kind !== 'batch.sequence') book.date += r.int(0, 2) * DAY;
    book.left -= 1;
    this.prev = { record, injected: kind, registered: kind === 'batch.sequence' ? prev.registered : registered, number, sex, born };
    return { record, injected: kind };
  }
}

// --- writing -------------------------------------------------------------------

const cell = (v) => (v === undefined ? '' : /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const PATHS = HEADER.map((h) => h.split('.'));
export const csvHeader = () => `${HEADER.join(',')}\n`;
export const csvRow = (record) => `${PATHS.map(([g, f]) => cell(record[g]?.[f])).join(',')}\n`;
export const ndjsonRow = (record) => `${JSON.stringify(record)}\n`;

/** The file in chunks of `rowsPerChunk` rows; `expected` fills as it goes. */
export function* chunks({ rows, seed = 1, format = 'csv', errorRate = 0.09, rowsPerChunk = 2000, expected = newExpected() }) {
  const register = new BirthRegister({ seed, errorRate });
  const write = format === 'csv' ? csvRow : ndjsonRow;
  let out = format === 'csv' ? csvHeader() : '';
  for (let i = 1; i <= rows; i++) {
    const { record, injected } = register.next();
    out += write(record);
    if (injected) {
      expected.byCode[injected] = (expected.byCode[injected] ?? 0) + 1;
      expected.rows.push([i, injected]);
    }
    expected.rowCount = i;
    if (i % rowsPerChunk === 0) {
      yield out;
      out = '';
    }
  }
  if (out) yield out;
}

const newExpected = () => ({ rowCount: 0, byCode: {}, rows: [] });

/** A whole file as one string, and what hotich should find in it. */
export function generate({ rows, seed = 1, format = 'csv', errorRate = 0.09 }) {
  const expected = newExpected();
  let text = '';
  for (const chunk of chunks({ rows, seed, format, errorRate, expected })) text += chunk;
  expected.clean = rows - expected.rows.length;
  return { text, expected };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const rows = Number(opt('rows', 1000));
  const seed = Number(opt('seed', 1));
  const format = opt('format', 'csv');
  const errorRate = Number(opt('error-rate', 0.09));
  const outPath = opt('out', null);
  const expected = newExpected();
  const out = outPath ? createWriteStream(outPath) : process.stdout;
  let bytes = 0;
  for (const chunk of chunks({ rows, seed, format, errorRate, expected })) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (outPath) {
    await new Promise((resolve) => out.end(resolve));
    writeFileSync(`${outPath}.expected.json`, `${JSON.stringify({ rows, seed, format, byCode: expected.byCode, clean: rows - expected.rows.length }, null, 1)}\n`);
    console.error(`${outPath}: ${rows} rows, ${bytes} bytes (${(bytes / rows).toFixed(0)} per row); injected ${JSON.stringify(expected.byCode)}`);
  }
}
