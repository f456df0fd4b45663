#!/usr/bin/env bash
# Every test suite of hotich, after installing what is missing and building:
#   1. cargo test: unit tests and the shared vectors, natively;
#   2. node --test: the shared vectors and the Node API, against pkg/node;
#   3. Chromium: the shared vectors in a real page, against pkg/web; then the
#      demo's three forms and the form layer (pkg/web/hotich-form.js); then
#      the batch page with a 100,000-row file (bench/generate.mjs);
#   4. the three vector counts agree, and the wasm size is within budget;
#   5. the fuzz targets in fuzz/, 5 s each (scripts/fuzz.sh; skipped without
#      a nightly toolchain).
# Right after the build, the package's API is checked against api/
# (scripts/check-api.mjs), then clippy denies warnings (the panic-free lints
# are set in src/lib.rs and wasm/src/lib.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh --browser --fuzz
scripts/build.sh
export PATH="$HOME/.cargo/bin:$PATH"
rm -rf target/vector-counts
echo "== API"
node scripts/check-api.mjs

echo "== clippy (no unwrap, unchecked indexing or overflow in non-test code)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
echo "== cargo test"
cargo test --workspace --exclude hotich-wasm --quiet 2>&1
echo "== node --test"
node --test tests/node/
echo "== Chromium"
node tests/browser/run.mjs
echo "== Chromium: the demo forms"
node tests/browser/forms.mjs
echo "== Chromium: the batch page (100,000 rows)"
node tests/browser/batch.mjs
echo "== checks"
node scripts/check-counts.mjs
node scripts/check-size.mjs
echo "== fuzz"
scripts/fuzz.sh 5
echo "all suites passed in $(( $(date +%s) - start )) s"
