// The one piece of JavaScript hotich's wasm module calls: turn whatever the
// caller passed into JSON text, without ever throwing.
//
// A record crosses into wasm as one string instead of one call per field.
// Values JSON cannot hold become markers {"$type": "..."} that the rules
// report as "wrong type" with the JS type named: BigInt, Symbol, functions,
// Date objects, typed arrays, getters that throw, proxies that refuse to be
// read, and anything nested deeper than MAX_DEPTH (which also ends cycles).
// Keys are written as found, so "__proto__" is data here, never a prototype.

const MAX_DEPTH = 12;
const MAX_MEMBERS = 10000;

function marker(type) {
  return '{"$type":' + JSON.stringify(type) + '}';
}

function wellFormed(s) {
  // Lone surrogates cannot be UTF-8; they become U+FFFD, which the name
  // rules then report.
  return s.isWellFormed() ? s : s.toWellFormed();
}

function write(v, depth, out) {
  switch (typeof v) {
    case 'string':
      out.push(JSON.stringify(wellFormed(v)));
      return;
    case 'number':
      out.push(Number.isFinite(v) ? String(v) : marker('number ' + String(v)));
      return;
    case 'boolean':
      out.push(v ? 'true' : 'false');
      return;
    case 'undefined':
      out.push('null');
      return;
    case 'object':
      break;
    default:
      out.push(marker(typeof v));
      return;
  }
  if (v === null) {
    out.push('null');
    return;
  }
  if (depth >= MAX_DEPTH) {
    out.push(marker('object nested too deeply'));
    return;
  }
  try {
    if (Array.isArray(v)) {
      out.push('[');
      const n = Math.min(v.length, MAX_MEMBERS);
      for (let i = 0; i < n; i++) {
        if (i > 0) out.push(',');
        let item;
        try {
          item = v[i];
        } catch {
          out.push(marker('unreadable value'));
          continue;
        }
        write(item, depth + 1, out);
      }
      out.push(']');
      return;
    }
    if (v instanceof Date) {
      out.push(marker('Date object'));
      return;
    }
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) {
      out.push(marker('binary data'));
      return;
    }
    const keys = Object.keys(v);
    const n = Math.min(keys.length, MAX_MEMBERS);
    out.push('{');
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (i > 0) out.push(',');
      out.push(JSON.stringify(wellFormed(key)), ':');
      let item;
      try {
        item = v[key];
      } catch {
        out.push(marker('unreadable value'));
        continue;
      }
      write(item, depth + 1, out);
    }
    out.push('}');
  } catch {
    // A proxy that throws from ownKeys or isArray. What was written of
    // this value is dropped by the caller's restart below.
    throw new Unreadable();
  }
}

class Unreadable extends Error {}

export function toJson(value) {
  const out = [];
  try {
    write(value, 0, out);
  } catch {
    return marker('unreadable object');
  }
  return out.join('');
}
