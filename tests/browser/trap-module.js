// Stands in for pkg/web/hotich.js and traps like a wasm panic (RuntimeError:
// unreachable) on its first check of a non-empty record. Imported again under
// ?hotich-retry=1, as the form layer does to re-instantiate, it is healthy.
const retry = new URL(import.meta.url).search;
const real = await import(`/pkg/hotich.js${retry}`);
let trapped = false;

export default real.default;
export const { parsePersonalId, rules, validateField } = real;
export function validate(kind, record, options) {
  if (!retry && !trapped && record && Object.keys(record).length) {
    trapped = true;
    throw new WebAssembly.RuntimeError('unreachable');
  }
  return real.validate(kind, record, options);
}
