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

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_batchvalidator_free: (a: number, b: number) => void;
    readonly batchvalidator_finish: (a: number) => [number, number, number];
    readonly batchvalidator_new: (a: any, b: any) => [number, number, number];
    readonly batchvalidator_push: (a: number, b: any) => [number, number, number];
    readonly compareRecords: (a: any, b: any, c: any, d: any) => [number, number, number];
    readonly loadUnits: (a: any) => [number, number, number];
    readonly lookupUnit: (a: any, b: any) => [number, number, number];
    readonly nameKey: (a: any) => [number, number];
    readonly normalizeName: (a: any) => [number, number];
    readonly parsePersonalId: (a: any) => [number, number, number];
    readonly rules: (a: any) => [number, number, number];
    readonly successors: (a: any, b: any) => [number, number, number];
    readonly validate: (a: any, b: any, c: any) => [number, number, number];
    readonly validateBatch: (a: any, b: any, c: any) => [number, number, number];
    readonly validateField: (a: any, b: any, c: any, d: any, e: any) => [number, number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
