// The rule subset of the benchmark, written as idiomatic Zod 4, Valibot and
// Ajv schemas, with the cross-field rules hand-written once (crossField) and
// called from each: Zod's superRefine, Valibot's rawCheck, after Ajv.
//
// The subset (hotich's codes in brackets; each implementation reports these
// codes, so its findings compare with hotich's row by row):
//   - required fields: the child's full name, sex, date and place of birth,
//     ethnicity, nationality; for a parent who is given, full name and date
//     of birth; the registration date [required];
//   - personal IDs: 12 digits (spaces between groups allowed) [id.format];
//     the century/sex digit against the sex (a mother is a woman, a father a
//     man) [id.sex]; century + two digits against the year of birth
//     [id.birth_year];
//   - dates on the real calendar in the forms hotich reads (YYYY-MM-DD,
//     YYYY-MM, YYYY, DD/MM/YYYY, D/M/YYYY, MM/YYYY; "-" or "." too)
//     [date.invalid]; their order: not registered before the birth, no parent
//     born after the child (partial dates only when certain) [date.order];
//   - names: Latin letters (any, with their marks), space, apostrophe, hyphen
//     [name.chars]; sex one of male/female/nam/nữ [sex.invalid];
//   - ethnicity: one of the 54 groups or "Người nước ngoài", by name
//     [ethnicity.unknown].
// Not in the subset (hotich does them, the peers do not): legacy-encoding
// repair, look-alike letters, dates in words, deadlines, register books,
// places, normalisation, messages, and every cross-record rule.
import * as z from 'zod';
import * as v from 'valibot';
import Ajv from 'ajv';

export const SUBSET = ['required', 'id.format', 'id.sex', 'id.birth_year', 'date.invalid', 'date.order', 'name.chars', 'sex.invalid', 'ethnicity.unknown'];

// QĐ 1019/QĐ-TCTK (2008): the 54 groups, and the foreigner entry.
export const ETHNIC_GROUPS = [
  'Kinh', 'Tày', 'Thái', 'Mường', 'Khơ Me', 'Hoa', 'Nùng', "H'Mông", 'Dao', 'Gia Rai', 'Ê Đê', 'Ba Na', 'Sán Chay', 'Chăm',
  'Cơ Ho', 'Xơ Đăng', 'Sán Dìu', 'Hrê', 'Ra Glai', 'Mnông', 'Thổ', 'Xtiêng', 'Khơ Mú', 'Bru-Vân Kiều', 'Cơ Tu', 'Giáy',
  'Tà Ôi', 'Mạ', 'Giẻ Triêng', 'Co', 'Chơ Ro', 'Xinh Mun', 'Hà Nhì', 'Chu Ru', 'Lào', 'La Chí', 'Kháng', 'Phù Lá', 'La Hủ',
  'La Ha', 'Pà Thẻn', 'Lự', 'Ngái', 'Chứt', 'Lô Lô', 'Mảng', 'Cơ Lao', 'Bố Y', 'Cống', 'Si La', 'Pu Péo', 'Rơ Măm', 'Brâu',
  'Ơ Đu', 'Người nước ngoài',
];
const SEXES = new Set(['male', 'female', 'nam', 'nữ']);
const NAME = /^[\p{Script=Latin}\p{M}' -]+$/u;

// --- shared helpers: dates, IDs, the cross-field rules ----------------------------

const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y, m) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const dayNumber = (y, m, d) => Date.UTC(y, m - 1, d) / 86400000;

/** A date as the earliest and latest day it can mean, or null if it is not one. */
export function parseDate(s) {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  let m;
  let y;
  let mo = null;
  let d = null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) [y, mo] = [+m[1], +m[2]];
  else if ((m = /^(\d{4})$/.exec(t))) y = +m[1];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, mo, y] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(t))) [mo, y] = [+m[1], +m[2]];
  else return null;
  if (y < 1800 || y > 2200) return null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (d !== null && (d < 1 || d > daysIn(y, mo))) return null;
  if (d !== null) return { year: y, lo: dayNumber(y, mo, d), hi: dayNumber(y, mo, d) };
  if (mo !== null) return { year: y, lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, daysIn(y, mo)) };
  return { year: y, lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) };
}
export const isDate = (s) => parseDate(s) !== null;
const idDigits = (s) => (typeof s === 'string' ? s.replaceAll(' ', '') : '');
export const isPersonalId = (s) => /^\d{12}$/.test(idDigits(s));

const PEOPLE = [['child', null], ['mother', 'female'], ['father', 'male'], ['declarant', null]];
const sexOf = (s) => {
  const k = typeof s === 'string' ? s.trim().toLowerCase() : '';
  return k === 'male' || k === 'nam' ? 'male' : k === 'female' || k === 'nữ' ? 'female' : null;
};

/** The cross-field rules of the subset: [{ path, code }]. */
export function crossField(rec) {
  const out = [];
  for (const [group, implied] of PEOPLE) {
    const p = rec[group];
    if (!p || !isPersonalId(p.personalId)) continue;
    const id = idDigits(p.personalId);
    const digit = id.charCodeAt(3) - 48;
    const sex = implied ?? sexOf(p.sex);
    if (sex && (digit % 2 === 1 ? 'female' : 'male') !== sex) out.push({ path: `${group}.personalId`, code: 'id.sex' });
    const born = parseDate(p.birthDate);
    if (born) {
      const year = 1900 + 100 * Math.floor(digit / 2) + Number(id.slice(4, 6));
      if (year !== born.year) out.push({ path: `${group}.personalId`, code: 'id.birth_year' });
    }
  }
  const child = parseDate(rec.child?.birthDate);
  const registered = parseDate(rec.registration?.date);
  if (child && registered && registered.hi < child.lo) out.push({ path: 'registration.date', code: 'date.order' });
  for (const parent of ['mother', 'father']) {
    const born = parseDate(rec[parent]?.birthDate);
    if (child && born && born.lo > child.hi) out.push({ path: `${parent}.birthDate`, code: 'date.order' });
  }
  return out;
}

// --- Zod 4 -------------------------------------------------------------------------

const zRequired = (code) => ({ error: (iss) => (iss.input === undefined ? 'required' : code) });
const zName = (required) => (required ? z.string(zRequired('field.type')) : z.string({ error: 'field.type' }).optional())
  .refine((s) => s === undefined || NAME.test(s), { error: 'name.chars' });
const zText = (required) => (required ? z.string(zRequired('field.type')) : z.string().optional());
const zDate = (required) => (required ? z.string(zRequired('field.type')) : z.string().optional())
  .refine((s) => s === undefined || isDate(s), { error: 'date.invalid' });
const zId = z.string().refine(isPersonalId, { error: 'id.format' }).optional();
const zEthnicity = (required) => (required ? z.enum(ETHNIC_GROUPS, zRequired('ethnicity.unknown')) : z.enum(ETHNIC_GROUPS, { error: 'ethnicity.unknown' }).optional());
const zSex = (required) => (required ? z.string(zRequired('field.type')) : z.string().optional())
  .refine((s) => s === undefined || SEXES.has(s.toLowerCase()), { error: 'sex.invalid' });
const zParent = z.object({
  fullName: zName(true), birthDate: zDate(true), ethnicity: zEthnicity(false), nationality: zText(false),
  residence: zText(false), hometown: zText(false), personalId: zId, sex: zSex(false),
}).optional();

export const zodBirth = z.object({
  child: z.object({
    fullName: zName(true), sex: zSex(true), birthDate: zDate(true), birthDateInWords: zText(false), birthPlace: zText(true),
    ethnicity: zEthnicity(true), nationality: zText(true), hometown: zText(false), residence: zText(false), personalId: zId,
  }, zRequired('field.type')),
  mother: zParent,
  father: zParent,
  declarant: z.object({ fullName: zName(false), relationship: zText(false), personalId: zId, residence: zText(false) }).optional(),
  registration: z.object({
    date: zDate(true), number: zText(false), book: zText(false), type: zText(false), place: zText(false),
  }, zRequired('field.type')),
}).superRefine((rec, ctx) => {
  for (const { path, code } of crossField(rec)) ctx.addIssue({ code: 'custom', message: code, path: path.split('.') });
});

export function zodCheck(rec) {
  const r = zodBirth.safeParse(rec);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), code: i.message }));
}

// --- Valibot -------------------------------------------------------------------------

const vMsg = (code) => (issue) => (issue.input === undefined ? 'required' : code);
const vName = (required) => (required
  ? v.pipe(v.string(vMsg('field.type')), v.regex(NAME, 'name.chars'))
  : v.optional(v.pipe(v.string('field.type'), v.regex(NAME, 'name.chars'))));
const vText = (required) => (required ? v.string(vMsg('field.type')) : v.optional(v.string('field.type')));
const vDate = (required) => (required
  ? v.pipe(v.string(vMsg('field.type')), v.check(isDate, 'date.invalid'))
  : v.optional(v.pipe(v.string('field.type'), v.check(isDate, 'date.invalid'))));
const vId = v.optional(v.pipe(v.string('field.type'), v.check(isPersonalId, 'id.format')));
const vEthnicity = (required) => (required ? v.picklist(ETHNIC_GROUPS, vMsg('ethnicity.unknown')) : v.optional(v.picklist(ETHNIC_GROUPS, 'ethnicity.unknown')));
const vSex = (required) => (required
  ? v.pipe(v.string(vMsg('field.type')), v.check((s) => SEXES.has(s.toLowerCase()), 'sex.invalid'))
  : v.optional(v.pipe(v.string('field.type'), v.check((s) => SEXES.has(s.toLowerCase()), 'sex.invalid'))));
const vParent = v.optional(v.object({
  fullName: vName(true), birthDate: vDate(true), ethnicity: vEthnicity(false), nationality: vText(false),
  residence: vText(false), hometown: vText(false), personalId: vId, sex: vSex(false),
}));

export const valibotBirth = v.pipe(
  v.object({
    child: v.object({
      fullName: vName(true), sex: vSex(true), birthDate: vDate(true), birthDateInWords: vText(false), birthPlace: vText(true),
      ethnicity: vEthnicity(true), nationality: vText(true), hometown: vText(false), residence: vText(false), personalId: vId,
    }, vMsg('field.type')),
    mother: vParent,
    father: vParent,
    declarant: v.optional(v.object({ fullName: vName(false), relationship: vText(false), personalId: vId, residence: vText(false) })),
    registration: v.object({
      date: vDate(true), number: vText(false), book: vText(false), type: vText(false), place: vText(false),
    }, vMsg('field.type')),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const { code } of crossField(dataset.value)) addIssue({ message: code });
  }),
);

export function valibotCheck(rec) {
  const r = v.safeParse(valibotBirth, rec);
  return r.success ? [] : r.issues.map((i) => ({ path: v.getDotPath(i) ?? '', code: i.message }));
}

// --- Ajv (JSON Schema 2019-09 / draft-07) -----------------------------------------------

const ajv = new Ajv({ allErrors: true });
ajv.addFormat('vn-date', { type: 'string', validate: isDate });
ajv.addFormat('personal-id', { type: 'string', validate: isPersonalId });
ajv.addFormat('sex', { type: 'string', validate: (s) => SEXES.has(s.toLowerCase()) });
const str = { type: 'string' };
const name = { type: 'string', pattern: NAME.source };
const date = { type: 'string', format: 'vn-date' };
const pid = { type: 'string', format: 'personal-id' };
const ethnicity = { enum: ETHNIC_GROUPS };
const parent = {
  type: 'object', required: ['fullName', 'birthDate'],
  properties: { fullName: name, birthDate: date, ethnicity, nationality: str, residence: str, hometown: str, personalId: pid, sex: { type: 'string', format: 'sex' } },
};
export const ajvBirth = ajv.compile({
  type: 'object',
  required: ['child', 'registration'],
  properties: {
    child: {
      type: 'object', required: ['fullName', 'sex', 'birthDate', 'birthPlace', 'ethnicity', 'nationality'],
      properties: {
        fullName: name, sex: { type: 'string', format: 'sex' }, birthDate: date, birthDateInWords: str, birthPlace: str,
        ethnicity, nationality: str, hometown: str, residence: str, personalId: pid,
      },
    },
    mother: parent,
    father: parent,
    declarant: { type: 'object', properties: { fullName: name, relationship: str, personalId: pid, residence: str } },
    registration: { type: 'object', required: ['date'], properties: { date, number: str, book: str, type: str, place: str } },
  },
});
const FORMAT_CODES = { 'vn-date': 'date.invalid', 'personal-id': 'id.format', sex: 'sex.invalid' };
const ajvCode = (e) => {
  switch (e.keyword) {
    case 'required': return 'required';
    case 'format': return FORMAT_CODES[e.params.format];
    case 'pattern': return 'name.chars';
    case 'enum': return 'ethnicity.unknown';
    default: return 'field.type';
  }
};

export function ajvCheck(rec) {
  const out = [];
  if (!ajvBirth(rec)) {
    for (const e of ajvBirth.errors) {
      const path = e.instancePath.slice(1).replaceAll('/', '.');
      out.push({ path: e.keyword === 'required' ? [path, e.params.missingProperty].filter(Boolean).join('.') : path, code: ajvCode(e) });
    }
  }
  // Ajv has no cross-field keywords: the same hand-written rules, after it.
  for (const issue of crossField(rec)) out.push(issue);
  return out;
}

export const PEERS = { zod: zodCheck, valibot: valibotCheck, ajv: ajvCheck };

// --- parsing, for the batch comparison ------------------------------------------------

/** A CSV row object ({ 'child.fullName': … }) as a record; an empty cell is an absent field. */
export function unflatten(row) {
  const rec = {};
  for (const key in row) {
    const value = row[key];
    if (value === '' || value === undefined) continue;
    const parts = key.split('.');
    let at = rec;
    for (let i = 0; i < parts.length - 1; i++) at = at[parts[i]] ??= {};
    at[parts[parts.length - 1]] = value;
  }
  return rec;
}
