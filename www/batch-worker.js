// The batch page's worker: validates one file with hotich's BatchValidator,
// reading it in 1 MiB chunks (File.slice + arrayBuffer), so neither the file
// nor the page's thread is held. Posts
//   { type: 'progress', bytes, total, rows, ms }   after each chunk,
//   { type: 'done', report, rules, bytes, ms }     at the end (rules: the
//                                                  catalogue in vi and en),
//   { type: 'error', message }                     if it cannot run.
// One worker per run: the page cancels a run by terminating its worker.
import init, { BatchValidator, rules } from './pkg/hotich.js';

const CHUNK = 1 << 20;

self.addEventListener('message', async (event) => {
  const { file, kind, locale, chunk = CHUNK } = event.data;
  let validator;
  try {
    await init();
    const started = performance.now();
    validator = new BatchValidator(kind, { locale });
    let offset = 0;
    let rows = 0;
    while (offset < file.size) {
      const buffer = await file.slice(offset, offset + chunk).arrayBuffer();
      ({ rows } = validator.push(new Uint8Array(buffer)));
      offset += buffer.byteLength;
      self.postMessage({ type: 'progress', bytes: offset, total: file.size, rows, ms: performance.now() - started });
    }
    const report = validator.finish();
    const ms = performance.now() - started;
    self.postMessage({ type: 'done', report, rules: { vi: rules('vi'), en: rules('en') }, bytes: file.size, ms });
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error?.message ?? error) });
  } finally {
    validator?.free();
  }
});
