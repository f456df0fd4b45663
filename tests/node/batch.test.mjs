// validateBatch and BatchValidator from JavaScript: streaming in chunks that
// split characters, quoted cells and line ends; bad inputs come back as a
// report or a TypeError, never a trap, and the instance keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const api = createRequire(import.meta.url)('../../pkg/node');
const options = { today: '2026-01-01' };
const header =
  'child.fullName,child.sex,child.birthDate,child.birthPlace,child.ethnicity,child.nationality,' +
  'registration.date,registration.book,registration.number';
const row = (n, name = 'Nguyễn Thị Hà') =>
  `${name},nữ,2016-03-15,"Bệnh viện Từ Dũ, TP. Hồ Chí Minh",Kinh,VN,2016-03-20,01/2016,${n}`;
// Multi-byte characters everywhere, a quoted line break, CRLF, a Cyrillic
// look-alike (fixable), a duplicate number, a gap, unreadable rows and a
// quote left open at the end.
const file =
  '\ufeff' +
  [header, row(1), row(2, 'Lê Thị "Ánh"'), row(4, '"Đặng Thị\r\nH\u0430"'), row(4), 'Hồ,nữ', `"${row(5)}`].join('\r\n');
const bytes = new TextEncoder().encode(file);

function streamed(chunks) {
  const v = new api.BatchValidator('birth', options);
  let last = { bytes: 0, rows: 0 };
  for (const chunk of chunks) {
    const p = v.push(chunk);
    assert.ok(p.bytes >= last.bytes && p.rows >= last.rows, 'progress only grows');
    last = p;
  }
  assert.equal(last.bytes, bytes.length);
  return v.finish();
}

const whole = api.validateBatch('birth', bytes, options);

test('the test file exercises the rules it is meant to', () => {
  const got = whole.issues.map((i) => [i.row, i.path, i.code]);
  assert.deepEqual(got, [
    [0, 'registration.number', 'batch.gap'],
    [2, 'child.fullName', 'batch.row_format'],
    [3, 'child.fullName', 'name.mixed_script'],
    [4, 'registration.number', 'batch.duplicate_number'],
    [5, '', 'batch.row_format'],
    [6, 'child.fullName', 'batch.row_format'],
  ]);
  assert.deepEqual(Object.keys(whole), ['rows', 'valid', 'issues', 'summary']);
  assert.deepEqual(Object.keys(whole.issues[1]).slice(0, 3), ['row', 'path', 'code']);
  assert.deepEqual(whole.summary.triage, { clean: 1, fixable: 1, review: 4 });
  assert.deepEqual([whole.summary.fixableRows, whole.summary.reviewRows], [[3], [2, 4, 5, 6]]);
  assert.deepEqual(api.validateBatch('birth', file, options), whole, 'a string and its bytes give one report');
});

test('Uint8Array chunks split at every byte give the report of one call', () => {
  for (let i = 0; i <= bytes.length; i++) {
    assert.deepEqual(streamed([bytes.subarray(0, i), bytes.subarray(i)]), whole, `split at ${i}`);
  }
});

test('chunks of 1, 2, 3 and 5 bytes, Buffers and ArrayBuffers give the same report', () => {
  for (const size of [1, 2, 3, 5]) {
    const chunks = [];
    for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
    assert.deepEqual(streamed(chunks), whole, `chunks of ${size}`);
  }
  const buffer = Buffer.from(bytes);
  assert.deepEqual(streamed([buffer.subarray(0, 10), buffer.subarray(10)]), whole);
  assert.deepEqual(streamed([bytes.slice(0, 33).buffer, bytes.slice(33).buffer]), whole);
});

test('string chunks split between characters give the same report', () => {
  const parts = [file.slice(0, 7), file.slice(7, 200), file.slice(200)];
  const v = new api.BatchValidator('birth', options);
  for (const p of parts) v.push(p);
  assert.deepEqual(v.finish(), whole);
});

test('a thousand rows streamed in 4 KB chunks', () => {
  const text = [header, ...Array.from({ length: 1000 }, (_, i) => row(i + 1))].join('\n');
  const data = new TextEncoder().encode(text);
  const v = new api.BatchValidator('birth', options);
  for (let at = 0; at < data.length; at += 4096) v.push(data.subarray(at, at + 4096));
  const report = v.finish();
  assert.equal(report.rows, 1000);
  assert.equal(report.valid, 1000);
  assert.deepEqual(report.issues, []);
});

test('push and finish after finish() throw an Error that says so', () => {
  const v = new api.BatchValidator('birth', options);
  v.push(header);
  v.finish();
  for (const call of [() => v.push('x'), () => v.finish()]) {
    assert.throws(call, (e) => e instanceof Error && !(e instanceof TypeError) && /finish\(\) was already called/.test(e.message));
  }
});

test('a chunk that is neither text nor bytes is a TypeError and changes nothing', () => {
  const v = new api.BatchValidator('birth', options);
  v.push(bytes.subarray(0, 50));
  for (const bad of [42, null, undefined, {}, [1, 2], true, 10n, Symbol('x'), () => 'x', new Date()]) {
    assert.throws(() => v.push(bad), TypeError);
  }
  v.push(bytes.subarray(50));
  assert.deepEqual(v.finish(), whole);
});

test('validateBatch takes any input: what is not text or bytes is a batch.input issue', () => {
  for (const bad of [42, null, undefined, {}, [1, 2], true, 10n, Symbol('x'), () => 'x', new Date(), new Blob(['a'])]) {
    const r = api.validateBatch('birth', bad, options);
    assert.deepEqual(r.issues.map((i) => [i.row, i.code]), [[0, 'batch.input']]);
    assert.equal(r.rows, 0);
  }
  assert.deepEqual(api.validateBatch('birth', bytes, options), whole, 'the module still works');
});

test('hostile text: lone surrogates, NUL, a quote left open over megabytes', () => {
  const r = api.validateBatch('birth', `child.fullName\nH\ud800à\n\u0000\n`, options);
  assert.equal(r.rows, 2);
  const open = api.validateBatch('birth', `child.fullName\n"${'x\n'.repeat(1_500_000)}`, options);
  assert.deepEqual(open.issues.map((i) => [i.row, i.code]), [[1, 'batch.row_format']]);
  const deep = api.validateBatch('birth', `${'['.repeat(100000)}\n{${'"a":{'.repeat(100)}`, { ...options, format: 'ndjson' });
  assert.deepEqual(deep.issues.map((i) => i.code), ['batch.row_format', 'batch.row_format']);
});

test('a wrong kind or option is a TypeError, from both entry points', () => {
  for (const kind of [undefined, 'Birth', 1]) {
    assert.throws(() => api.validateBatch(kind, '', options), TypeError);
    assert.throws(() => new api.BatchValidator(kind, options), TypeError);
  }
  for (const opts of [1, { format: 'xlsx' }, { format: 1 }, { fromat: 'csv' }, { locale: 'fr' }]) {
    assert.throws(() => api.validateBatch('birth', '', opts), TypeError);
    assert.throws(() => new api.BatchValidator('birth', opts), TypeError);
  }
  assert.throws(() => api.validate('birth', {}, { format: 'csv' }), TypeError, 'validate has no format option');
  assert.equal(api.validateBatch('birth', '', { format: 'ndjson', locale: 'en' }).rows, 0);
});
