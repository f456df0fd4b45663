// The small test runner the browser test scripts share: `test()` runs one
// case and prints `ok`/`not ok` with its time; `finish()` prints the closing
// line `<label>: N passed, M failed` and sets the exit code.

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function equal(got, want, message) {
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new Error(`${message}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
}

export function runner(label) {
  const results = [];
  async function test(name, fn) {
    const started = Date.now();
    try {
      await fn();
      results.push(true);
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.push(false);
      console.log(`not ok - ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`);
    }
  }
  const failed = () => results.filter((ok) => !ok).length;
  function finish() {
    console.log(`${label}: ${results.length - failed()} passed, ${failed()} failed`);
    process.exitCode = failed() ? 1 : 0;
  }
  return { test, finish, failed };
}
