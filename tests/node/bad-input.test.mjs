// JavaScript values JSON cannot express reach validate() as data: each comes
// back as a report, never a throw or a trap, and the instance keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const api = createRequire(import.meta.url)('../../pkg/node');
const today = { today: '2026-01-01' };
const good = {
  child: {
    fullName: 'Nguyễn Thị Hà', sex: 'female', birthDate: '2016-03-15', birthPlace: 'Bình Dương',
    ethnicity: 'Kinh', nationality: 'VN', personalId: '074316000123',
  },
  registration: { date: '2016-03-20' },
};

function stillWorks() {
  const r = api.validate('birth', good, today);
  assert.equal(r.valid, true);
  assert.deepEqual(r.issues, []);
}

const deep = {};
let cursor = deep;
for (let i = 0; i < 10000; i++) cursor = cursor.child = {};
const cyclic = { child: {} };
cyclic.child.self = cyclic;
const hostile = new Proxy({}, { ownKeys() { throw new Error('no'); } });

const cases = {
  'undefined record': [undefined, [['', 'record.type']]],
  'boolean record': [true, [['', 'record.type']]],
  'BigInt ID': [{ child: { personalId: 74316000123n } }, [['child.personalId', 'field.type']]],
  'Symbol name': [{ child: { fullName: Symbol('x') } }, [['child.fullName', 'field.type']]],
  'function as a date': [{ child: { birthDate: () => '2016' } }, [['child.birthDate', 'field.type']]],
  'Date object as a date': [{ child: { birthDate: new Date(2016, 2, 15) } }, [['child.birthDate', 'field.type']]],
  'getter that throws': [{ child: { get personalId() { throw new Error('boom'); } } }, [['child.personalId', 'field.type']]],
  'NaN as a date': [{ child: { birthDate: NaN } }, [['child.birthDate', 'field.type']]],
  'nested 10,000 deep under an unknown key': [{ extra: deep }, [['extra', 'field.unknown']]],
  'nested 10,000 deep in place of a group': [deep, [['child.child', 'field.unknown']]],
  'a cycle': [cyclic, [['child.self', 'field.unknown']]],
  'a proxy that refuses to list its keys': [hostile, [['', 'record.type']]],
  'a __proto__ key is data': [JSON.parse('{"__proto__": {"polluted": 1}}'), [['__proto__', 'field.unknown']]],
  'lone surrogate in a value': [{ child: { birthDate: '2016\ud800' } }, [['child.birthDate', 'date.invalid']]],
  'NUL in a value': [{ child: { birthDate: '2016\u0000' } }, [['child.birthDate', 'date.invalid']]],
  '10 MB string': [{ child: { fullName: 'a'.repeat(10_000_000) } }, [['child.fullName', 'field.too_long']]],
};

for (const [name, [record, want]] of Object.entries(cases)) {
  test(name, () => {
    const r = api.validate('birth', record, today);
    // A bare record also lacks every required field; those are not the point here.
    const issues = r.issues.filter((i) => i.code !== 'required');
    assert.deepEqual(issues.map((i) => [i.path, i.code]), want);
    assert.equal(r.valid, !r.issues.some((i) => i.severity === 'error'));
    assert.equal({}.polluted, undefined);
    stillWorks();
  });
}

test('the contract example prints the report shape', () => {
  const r = api.validate('birth', { child: { personalId: '07431600012' } }, today);
  assert.deepEqual(Object.keys(r), ['valid', 'issues', 'normalized']);
  assert.equal(r.issues[0].code, 'id.format');
  assert.deepEqual(Object.keys(r.issues[0]), ['path', 'code', 'severity', 'message']);
});

test('wrong kinds and options throw TypeError, then the instance still works', () => {
  for (const kind of [undefined, null, 1, 'Birth', {}]) {
    assert.throws(() => api.validate(kind, good, today), TypeError);
  }
  for (const options of [1, 'x', { today: 20260101 }, { locale: 'fr' }, { today: '2026-13-01' }]) {
    assert.throws(() => api.validate('birth', good, options), TypeError);
  }
  stillWorks();
});

test('parsePersonalId takes anything and returns null for non-IDs', () => {
  for (const v of [undefined, null, 74316000123, {}, [], '']) assert.equal(api.parsePersonalId(v), null);
});
