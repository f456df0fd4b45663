// Every export of pkg/node against every kind of bad input, in every
// argument position. Each call returns a result of the export's shape, or
// throws a plain TypeError/Error where the contract says so (a bad kind,
// options, path, date or pack). Never a RuntimeError (a trapped module),
// never a polluted prototype; and after each case a normal validate() still
// works. tests/node/bad-input.test.mjs checks the issues validate() reports
// for such values; this file checks that nothing anywhere breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const api = createRequire(import.meta.url)(`${root}pkg/node`);
const unitsBin = readFileSync(`${root}pkg/node/units.bin`);
const today = { today: '2026-01-01' };
const good = {
  child: {
    fullName: 'Nguyễn Thị Hà', sex: 'female', birthDate: '2016-03-15', birthPlace: 'Bình Dương',
    ethnicity: 'Kinh', nationality: 'VN', personalId: '074316000123',
  },
  registration: { date: '2016-03-20' },
};
const csv = 'child.fullName,child.sex,child.birthDate\nNguyễn Thị Hà,nữ,2016-03-15\n';

// ---- the bad values ----------------------------------------------------------

function nested(depth, make) {
  const top = make();
  let cursor = top;
  for (let i = 0; i < depth; i++) {
    const next = make();
    if (Array.isArray(cursor)) cursor.push(next);
    else cursor.child = next;
    cursor = next;
  }
  return top;
}
const cyclic = { child: {} };
cyclic.child.self = cyclic;
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const trap = () => {
  throw new Error('trap');
};
const hostileProxy = new Proxy({}, {
  get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, set: trap,
});
const throwingGetters = Object.defineProperties({}, {
  child: { enumerable: true, get: trap },
  registration: { enumerable: true, get: trap },
  today: { enumerable: true, get: trap },
});
const invalidUtf8 = Uint8Array.from([...Buffer.from('child.fullName\n'), 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0xed, 0xa0, 0x80, 0x0a]);
const MB10 = 10 * 1024 * 1024;

// name → value. Built once: the big ones take a moment.
const values = {
  undefined: undefined,
  null: null,
  zero: 0,
  'negative zero': -0,
  NaN: NaN,
  Infinity: Infinity,
  'a 12-digit number': 74316000123,
  'a huge number': 1e308,
  true: true,
  false: false,
  'empty string': '',
  'a kind name': 'birth',
  'a kind with NUL': 'birth\u0000',
  'NUL alone': '\u0000',
  'NUL inside': '0743\u00001600012',
  'a lone high surrogate': '\ud800',
  'a lone low surrogate inside': 'Nguy\udc00ễn',
  'surrogates reversed': '\udc00\ud800',
  '10 MB string': 'a'.repeat(MB10),
  '10 MB of combining marks': 'a' + '\u0301\u0323'.repeat(MB10 / 4),
  '10 MB of digits and spaces': '074 '.repeat(MB10 / 4),
  'empty array': [],
  'an array of mixed values': [1, 'a', null, {}, [], true],
  'an array 10,000 deep': nested(10_000, () => []),
  'an object 10,000 deep': nested(10_000, () => ({})),
  'a cycle': cyclic,
  'empty object': {},
  'an object without prototype': Object.create(null),
  '__proto__ key': JSON.parse('{"__proto__": {"polluted": 1}, "child": {"__proto__": {"polluted": 2}}}'),
  'constructor.prototype keys': { constructor: { prototype: { polluted: 3 } }, child: { constructor: { prototype: { polluted: 4 } } } },
  'prototype-named fields': { child: { fullName: '__proto__', sex: 'constructor', personalId: 'prototype' } },
  BigInt: 74316000123n,
  Symbol: Symbol('x'),
  'a function': () => 'birth',
  'a class': class Birth {},
  'getters that throw': throwingGetters,
  'a proxy that throws on every trap': hostileProxy,
  'a revoked proxy': revoked.proxy,
  'a Date': new Date(2016, 2, 15),
  'an invalid Date': new Date(NaN),
  'a RegExp': /birth/g,
  'a Map': new Map([['child', {}]]),
  'a Set': new Set(['birth']),
  'a Promise': Promise.resolve('birth'),
  'an Error': new Error('x'),
  'a boxed string': new String('birth'),
  'a boxed number': new Number(1),
  'toJSON, toString and valueOf that throw': { toJSON: trap, toString: trap, valueOf: trap, [Symbol.toPrimitive]: trap },
  'a Uint8Array of invalid UTF-8': invalidUtf8,
  'a Buffer': Buffer.from(csv),
  'a Uint16Array': new Uint16Array([0xd800, 0x41]),
  'a Float64Array': new Float64Array([NaN, 1]),
  'an ArrayBuffer of invalid UTF-8': invalidUtf8.buffer.slice(0),
  'a DataView': new DataView(new ArrayBuffer(4)),
  'a record with every bad value': {
    child: {
      fullName: Symbol('n'), sex: 1n, birthDate: new Date(), personalId: () => 1, ethnicity: [[[]]],
      nationality: { __proto__: null }, birthPlace: { provinceCode: 74n, get communeCode() { throw new Error('x'); } },
    },
    registration: { date: NaN, place: { provinceCode: '\ud800', districtCode: '\u0000' } },
  },
};

// ---- what must hold after every case -----------------------------------------

const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
function protoShape() {
  return Object.fromEntries(Object.entries(protos).map(([n, p]) => [n, Reflect.ownKeys(p).map(String).sort().join(',')]));
}
const shapeBefore = protoShape();

function stillWorks() {
  assert.equal({}.polluted, undefined, 'Object.prototype polluted');
  assert.equal([].polluted, undefined, 'Array.prototype polluted');
  assert.deepEqual(protoShape(), shapeBefore, 'a prototype changed');
  const r = api.validate('birth', good, today);
  assert.equal(r.valid, true, 'validate() no longer works');
  assert.deepEqual(r.issues, []);
}

/// Every object in a result is plain data: JSON.parse's prototypes, no more.
function plain(v, depth = 0) {
  if (v === null || typeof v !== 'object' || depth > 50) return true;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(v).every((x) => plain(x, depth + 1));
}

const isArray = (r) => Array.isArray(r);
const isString = (r) => typeof r === 'string';
const isReport = (r) =>
  r && typeof r.valid === 'boolean' && Array.isArray(r.issues)
  && r.valid === !r.issues.some((i) => i.severity === 'error')
  && r.issues.every((i) => typeof i.path === 'string' && typeof i.code === 'string' && typeof i.message === 'string');
const isBatchReport = (r) => r && Number.isInteger(r.rows) && Number.isInteger(r.valid) && Array.isArray(r.issues) && r.summary;
const isComparison = (r) => r && ['match', 'review', 'mismatch'].includes(r.verdict) && Array.isArray(r.fields);
const isIdInfo = (r) => r === null || (typeof r.placeCode === 'string' && typeof r.birthYear === 'number');
const isUnit = (r) => r === null || (typeof r.code === 'string' && typeof r.name === 'string');
const isProgress = (r) => r && typeof r.bytes === 'number' && typeof r.rows === 'number';

/// Calls `call(v)` for every bad value; each must return a result that
/// `shape` accepts, or throw one of `throws` (constructors, matched exactly).
function matrix(name, call, shape, throws = []) {
  test(name, () => {
    const failures = [];
    for (const [label, v] of Object.entries(values)) {
      let outcome;
      try {
        const r = call(v);
        if (!shape(r)) outcome = `returned ${String(JSON.stringify(r)).slice(0, 200)}`;
        else if (!plain(r)) outcome = 'returned an object with another prototype';
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) outcome = `trapped the module: ${e.message}`;
        else if (!throws.includes(e?.constructor)) outcome = `threw ${e?.constructor?.name}: ${e?.message}`;
        else if (!e.message || /unreachable|RuntimeError|panicked/.test(e.message)) outcome = `threw an unclear ${e.constructor.name}: ${e.message}`;
      }
      try {
        stillWorks();
      } catch (e) {
        outcome = `${outcome ?? 'returned'}, and then: ${e.message}`;
      }
      if (outcome) failures.push(`${label}: ${outcome}`);
    }
    assert.deepEqual(failures, []);
  });
}

// ---- the matrix ----------------------------------------------------------------

api.loadUnits(unitsBin);

matrix('validate(kind)', (v) => api.validate(v, good, today), isReport, [TypeError]);
matrix('validate(record)', (v) => api.validate('birth', v, today), isReport);
matrix('validate(record) as a field value', (v) => api.validate('death', { deceased: { fullName: v, birthDate: v } }, today), isReport);
matrix('validate(options)', (v) => api.validate('marriage', good, v), isReport, [TypeError]);
matrix('validate(options.today)', (v) => api.validate('birth', good, { today: v }), isReport, [TypeError]);

matrix('validateField(kind)', (v) => api.validateField(v, 'child.fullName', 'An', good, today), isArray, [TypeError]);
matrix('validateField(path)', (v) => api.validateField('birth', v, 'An', good, today), isArray, [TypeError]);
matrix('validateField(value)', (v) => api.validateField('birth', 'child.personalId', v, good, today), isArray);
matrix('validateField(value) of a place', (v) => api.validateField('birth', 'registration.place', v, good, today), isArray);
matrix('validateField(record)', (v) => api.validateField('marriage', 'husband.birthDate', '1990', v, today), isArray);
matrix('validateField(options)', (v) => api.validateField('birth', 'child.sex', 'nam', good, v), isArray, [TypeError]);

matrix('parsePersonalId(id)', (v) => api.parsePersonalId(v), isIdInfo);
matrix('rules(locale)', (v) => api.rules(v), isArray, [TypeError]);

matrix('compareRecords(kind)', (v) => api.compareRecords(v, good, good, today), isComparison, [TypeError]);
matrix('compareRecords(register)', (v) => api.compareRecords('birth', v, good, today), isComparison);
matrix('compareRecords(population)', (v) => api.compareRecords('birth', good, v, today), isComparison);
// (A 10 MB name takes compareRecords about 3 s: it has no length limit.)
matrix('compareRecords(a field value)', (v) => api.compareRecords('birth', { child: { fullName: v } }, good, today), isComparison);
matrix('compareRecords(options)', (v) => api.compareRecords('birth', good, good, v), isComparison, [TypeError]);

matrix('normalizeName(s)', (v) => api.normalizeName(v), isString);
matrix('nameKey(s)', (v) => api.nameKey(v), isString);

matrix('lookupUnit(code)', (v) => api.lookupUnit(v, '2025-06-30'), isUnit);
matrix('lookupUnit(date)', (v) => api.lookupUnit('74', v), isUnit, [TypeError]);
matrix('successors(code)', (v) => api.successors(v, '2025-06-30'), isArray);
matrix('successors(date)', (v) => api.successors('74', v), isArray, [TypeError]);

if (api.validateBatch) {
  matrix('validateBatch(kind)', (v) => api.validateBatch(v, csv, today), isBatchReport, [TypeError]);
  matrix('validateBatch(input)', (v) => api.validateBatch('birth', v, today), isBatchReport);
  matrix('validateBatch(options)', (v) => api.validateBatch('death', csv, v), isBatchReport, [TypeError]);
}
if (api.BatchValidator) {
  matrix('new BatchValidator(kind)', (v) => new api.BatchValidator(v, today).finish(), isBatchReport, [TypeError]);
  matrix('new BatchValidator(options)', (v) => new api.BatchValidator('birth', v).finish(), isBatchReport, [TypeError]);
  matrix('BatchValidator.push(chunk)', (v) => {
    const b = new api.BatchValidator('birth', today);
    b.push(csv.slice(0, 20));
    let pushed;
    try {
      pushed = b.push(v);
    } finally {
      // A refused chunk changes nothing: the batch goes on.
      b.push(csv.slice(20));
      const r = b.finish();
      assert.ok(isBatchReport(r));
    }
    return pushed;
  }, isProgress, [TypeError]);
}

// loadUnits last but one: a bad pack must leave the loaded one in place.
matrix('loadUnits(bytes)', (v) => {
  const r = api.loadUnits(v);
  if (v === null || v === undefined) api.loadUnits(unitsBin);
  return r;
}, (r) => r === null || Number.isInteger(r?.units), [TypeError, Error]);

test('after the matrix the units pack still answers', () => {
  assert.equal(api.lookupUnit('74', '2025-06-30')?.name, 'Tỉnh Bình Dương');
  const r = api.validate('birth', { ...good, registration: { date: '2016-03-20', place: { provinceCode: '74' } } }, today);
  assert.deepEqual(r.issues, []);
});

test('a batch of invalid UTF-8 is reported, as bytes and in pieces', { skip: !api.validateBatch }, () => {
  const bytes = Uint8Array.from([...Buffer.from('child.fullName,child.sex\nNguy'), 0xea, 0xde, ...Buffer.from('n,nam\n')]);
  const whole = api.validateBatch('birth', bytes, today);
  assert.deepEqual(whole.issues.map((i) => [i.row, i.code]), [[1, 'batch.row_format']]);
  const b = new api.BatchValidator('birth', today);
  for (let i = 0; i < bytes.length; i += 3) b.push(bytes.subarray(i, i + 3));
  assert.deepEqual(b.finish(), whole);
  assert.deepEqual(api.validateBatch('birth', bytes.buffer, today), whole);
  stillWorks();
});

test('calling the exports with no arguments, or with too many', () => {
  for (const [name, f] of Object.entries(api)) {
    if (typeof f !== 'function' || /^[A-Z]/.test(name)) continue;
    for (const args of [[], Array(12).fill(undefined), ['birth', good, good, today, today, today]]) {
      try {
        f(...args);
      } catch (e) {
        assert.ok(!(e instanceof WebAssembly.RuntimeError), `${name}: ${e.message}`);
        assert.ok(e instanceof TypeError || e.constructor === Error, `${name}: ${e}`);
      }
    }
    if (name === 'loadUnits') api.loadUnits(unitsBin);
  }
  stillWorks();
});

test('a finished BatchValidator throws a plain Error, and another one still works', { skip: !api.BatchValidator }, () => {
  const b = new api.BatchValidator('birth', today);
  b.push(csv);
  assert.equal(b.finish().rows, 1);
  for (const call of [() => b.push(csv), () => b.finish()]) {
    assert.throws(call, (e) => e.constructor === Error && !(e instanceof WebAssembly.RuntimeError) && /finish\(\)/.test(e.message));
  }
  assert.throws(() => api.BatchValidator('birth', today), TypeError); // without new
  const again = new api.BatchValidator('birth', today);
  again.push(csv);
  assert.equal(again.finish().rows, 1);
  stillWorks();
});
