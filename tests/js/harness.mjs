// The shared test vectors, as every JavaScript runner reads them.
//
// Format of tests/vectors/*.json (also read by tests/vectors.rs):
//   { "description": "...",
//     "defaults": { ...members every vector of the file starts from... },
//     "vectors": [ {
//        "name": "what the case shows",
//        "fn": "validate" (default) | "validateField" | "parsePersonalId" | "rules"
//              | "compareRecords" | "normalizeName" | "nameKey",
//        "kind": "birth", "record": {...}, "options": {"today": "2026-01-01"},
//        "path", "value"            (validateField),
//        "input", "output"          (parsePersonalId),
//        "locale", "includes"       (rules: codes the catalogue must list),
//        "register", "population", "verdict", "fields": {path: result}, "reasonContains"
//                                   (compareRecords: the verdict and every field's result),
//        "input", "output" | "outputSameAs" | "outputDifferentFrom"  (normalizeName, nameKey),
//        "expect": [ {"path", "code", "severity"?, "suggestion"?, "message"?} ],
//        "valid": true|false,       (optional)
//        "normalized": {...},       (optional: must be contained in the result)
//        "input" | "inputBytes", "rows", "valid", "summary" (validateBatch: "input" is the
//                                   text, or any other value; "inputBytes" is an array of strings
//                                   (UTF-8) and arrays of byte values, passed as one Uint8Array;
//                                   "expect" lists {"row", "path", "code"}; "valid" is a count;
//                                   "summary" must be contained in the result's),
//        "throws": "TypeError", "throwsMessage": "..." (the call must throw),
//        "units": false             (run without the administrative-units pack)
//     } ] }
// The issues returned must be exactly the "expect" list (as path|code pairs,
// in any order): a vector with "expect": [] asserts a clean record.
// {"$repeat": "x", "times": N} anywhere stands for "x" repeated N times.

export function expand(v) {
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    if ('$repeat' in v) return String(v.$repeat).repeat(v.times ?? 0);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expand(x)]));
  }
  return v;
}

/// Every vector of the given files ({name, doc} pairs), defaults applied.
export function flatten(files) {
  const out = [];
  for (const { name, doc } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const v of doc.vectors) {
      const merged = expand({ ...(doc.defaults ?? {}), ...v });
      out.push({ id: `${name}: ${merged.name ?? '?'}`, vector: merged });
    }
  }
  return out;
}

const key = (i) => `${'row' in i ? `${i.row}|` : ''}${i.path ?? ''}|${i.code ?? ''}`;

/// The bytes of an "inputBytes" list: strings as UTF-8, arrays as byte values.
function bytesOf(parts) {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

function compareIssues(got, want, failures) {
  const g = got.map(key).sort();
  const w = want.map(key).sort();
  if (JSON.stringify(g) !== JSON.stringify(w)) {
    failures.push(`issues: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
    return;
  }
  for (const wi of want) {
    const gi = got.find((i) => key(i) === key(wi));
    for (const field of ['severity', 'suggestion']) {
      if (field in wi && gi[field] !== wi[field]) failures.push(`${key(wi)}: ${field} ${gi[field]}, want ${wi[field]}`);
    }
    if ('message' in wi && !String(gi.message).includes(wi.message)) {
      failures.push(`${key(wi)}: message ${JSON.stringify(gi.message)} does not contain ${JSON.stringify(wi.message)}`);
    }
    if (typeof gi.message !== 'string' || gi.message.length === 0) failures.push(`${key(wi)}: empty message`);
  }
}

function contains(got, want) {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    return got && typeof got === 'object' && Object.entries(want).every(([k, w]) => contains(got[k], w));
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

function call(api, v) {
  switch (v.fn ?? 'validate') {
    case 'validate':
      return api.validate(v.kind, v.record ?? null, v.options);
    case 'validateField':
      return api.validateField(v.kind, v.path, v.value ?? null, v.record, v.options);
    case 'parsePersonalId':
      return api.parsePersonalId(v.input);
    case 'rules':
      return api.rules(v.locale);
    case 'compareRecords':
      return api.compareRecords(v.kind, v.register ?? null, v.population ?? null, v.options);
    case 'normalizeName':
      return api.normalizeName(v.input);
    case 'nameKey':
      return {
        input: api.nameKey(v.input),
        sameAs: 'outputSameAs' in v ? api.nameKey(v.outputSameAs) : null,
        differentFrom: 'outputDifferentFrom' in v ? api.nameKey(v.outputDifferentFrom) : null,
      };
    case 'validateBatch':
      return api.validateBatch(v.kind, 'inputBytes' in v ? bytesOf(v.inputBytes) : v.input, v.options);
    default:
      throw new Error(`unknown fn ${v.fn}`);
  }
}

/// Runs one vector against an API object (pkg/node or pkg/web) whose units
/// pack is loaded; a vector with "units": false runs without it. Returns the
/// list of failures, empty when the vector passes.
export function runVector(api, v, unitsBytes) {
  if (v.units !== false) return runLoaded(api, v);
  api.loadUnits(null);
  try {
    return runLoaded(api, v);
  } finally {
    api.loadUnits(unitsBytes);
  }
}

function runLoaded(api, v) {
  const failures = [];
  let got;
  try {
    got = call(api, v);
  } catch (e) {
    if (!v.throws) return [`unexpected throw: ${e}`];
    if (e.name !== v.throws) failures.push(`threw ${e.name}, want ${v.throws}`);
    if (v.throwsMessage && !String(e.message).includes(v.throwsMessage)) {
      failures.push(`message ${JSON.stringify(e.message)} does not contain ${JSON.stringify(v.throwsMessage)}`);
    }
    return failures;
  }
  if (v.throws) return [`expected a ${v.throws}, got a result`];
  switch (v.fn ?? 'validate') {
    case 'validate': {
      compareIssues(got.issues, v.expect ?? [], failures);
      const hasError = got.issues.some((i) => i.severity === 'error');
      if (got.valid !== !hasError) failures.push('valid disagrees with the severities');
      if ('valid' in v && got.valid !== v.valid) failures.push(`valid: got ${got.valid}, want ${v.valid}`);
      if ('normalized' in v && !contains(got.normalized, v.normalized)) {
        failures.push(`normalized: got ${JSON.stringify(got.normalized)}, want ${JSON.stringify(v.normalized)}`);
      }
      break;
    }
    case 'validateField':
      compareIssues(got, v.expect ?? [], failures);
      break;
    case 'validateBatch': {
      compareIssues(got.issues, v.expect ?? [], failures);
      const failing = new Set(got.issues.filter((i) => i.severity === 'error' && i.row > 0).map((i) => i.row));
      if (got.valid !== got.rows - failing.size) failures.push('valid disagrees with the severities');
      for (const field of ['rows', 'valid']) {
        if (field in v && got[field] !== v[field]) failures.push(`${field}: got ${got[field]}, want ${v[field]}`);
      }
      if ('summary' in v && !contains(got.summary, v.summary)) {
        failures.push(`summary: got ${JSON.stringify(got.summary)}, want ${JSON.stringify(v.summary)}`);
      }
      break;
    }
    case 'compareRecords': {
      if (got.verdict !== v.verdict) failures.push(`verdict: got ${got.verdict}, want ${v.verdict}`);
      const results = Object.fromEntries(got.fields.map((f) => [f.path, f.result]));
      const sorted = (o) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
      if (sorted(results) !== sorted(v.fields)) failures.push(`fields: got ${sorted(results)}, want ${sorted(v.fields)}`);
      if (v.reasonContains && !got.fields.some((f) => f.reason.includes(v.reasonContains))) {
        failures.push(`no reason contains ${JSON.stringify(v.reasonContains)}`);
      }
      break;
    }
    case 'normalizeName':
      if (got !== v.output) failures.push(`got ${JSON.stringify(got)}, want ${JSON.stringify(v.output)}`);
      break;
    case 'nameKey':
      if (got.sameAs !== null && got.sameAs !== got.input) failures.push(`keys differ: ${got.input} vs ${got.sameAs}`);
      if (got.differentFrom !== null && got.differentFrom === got.input) failures.push(`keys are equal: ${got.input}`);
      break;
    case 'parsePersonalId':
      if (JSON.stringify(got) !== JSON.stringify(v.output)) failures.push(`got ${JSON.stringify(got)}, want ${JSON.stringify(v.output)}`);
      break;
    case 'rules': {
      const codes = got.map((r) => r.code);
      for (const c of v.includes ?? []) if (!codes.includes(c)) failures.push(`catalogue lacks ${c}`);
      for (const r of got) if (!r.basis || !r.description) failures.push(`${r.code}: missing basis or description`);
      break;
    }
  }
  return failures;
}
