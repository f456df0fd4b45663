/* tslint:disable */
/* eslint-disable */

/**
 * `new BatchValidator(kind, options?)`: a batch validated as it streams in,
 * chunk by chunk (`push`), then `finish()`. Memory holds one chunk, the row
 * being read and the cross-record indexes, never the whole file.
 */
export class BatchValidator {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * `finish()` → the `BatchReport`, as `validateBatch` returns it.
     */
    finish(): any;
    /**
     * Throws a `TypeError` for a wrong `kind` or options, like `validate`.
     */
    constructor(kind_name: any, opts: any);
    /**
     * `push(chunk)` → `{ bytes, rows }` done so far. A chunk may end
     * anywhere, even inside a character; one that is not a string,
     * `Uint8Array` or `ArrayBuffer` is a `TypeError` and changes nothing.
     */
    push(chunk: any): any;
}

/**
 * `compareRecords(kind, registerEntry, populationRecord, options?)` →
 * `{ verdict, fields: [{ path, result, reason }] }`.
 */
export function compareRecords(kind_name: any, register: any, population: any, opts: any): any;

/**
 * `loadUnits(bytes)`: reads the units pack (`units.bin`, shipped beside the
 * module) for the place rules, `lookupUnit` and `successors`;
 * `loadUnits(null)` unloads it. Returns `{ units, description, completeFrom }`
 * or `null`; a damaged pack throws an `Error` and leaves the previous one.
 */
export function loadUnits(bytes: any): any;

/**
 * `lookupUnit(code, date)` → `{ code, name, type, level, parents, validFrom, validTo }`
 * of the unit `code` named on `date`, or `null`.
 */
export function lookupUnit(code: any, date: any): any;

/**
 * `nameKey(s)`: the comparison key (placement-, case- and space-insensitive).
 * Anything but a string gives `""`.
 */
export function nameKey(s: any): string;

/**
 * `normalizeName(s)`: NFC, trimmed, single spaces; tone placement kept.
 * Anything but a string gives `""`.
 */
export function normalizeName(s: any): string;

/**
 * `parsePersonalId(id)` → `{ placeCode, province, sex, birthYear }` or `null`.
 */
export function parsePersonalId(id: any): any;

/**
 * `rules(locale?)` → the rule catalogue.
 */
export function rules(locale: any): any;

/**
 * `successors(code, date)` → `[{ code, name, level, whole }]`: the units
 * that took over the unit `code` named on `date`.
 */
export function successors(code: any, date: any): any;

/**
 * `validate(kind, record, options?)` → `Report`.
 */
export function validate(kind_name: any, record: any, opts: any): any;

/**
 * `validateBatch(kind, input, options?)` → `BatchReport`: a whole CSV or
 * NDJSON file, parsed and validated inside the module. An input that is not
 * text or bytes is a `batch.input` issue, not a throw.
 */
export function validateBatch(kind_name: any, input: any, opts: any): any;

/**
 * `validateField(kind, path, value, record?, options?)` → `Issue[]`.
 */
export function validateField(kind_name: any, path: any, value: any, record: any, opts: any): any;
