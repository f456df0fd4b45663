#!/usr/bin/env bash
# Every test suite of hotich, after installing what is missing and building:
#   1. cargo test: unit tests and the shared vectors, natively;
#   2. node --test: the shared vectors and the Node API, against pkg/node;
#   3. Chromium: the shared vectors in a real page, against pkg/web; then the
#      demo's three forms and the form layer (pkg/web/hotich-form.js);
#   4. the three vector counts agree, and the wasm size is within budget.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh --browser
scripts/build.sh
export PATH="$HOME/.cargo/bin:$PATH"
rm -rf target/vector-counts

echo "== cargo test"
cargo test --workspace --exclude hotich-wasm --quiet 2>&1
echo "== node --test"
node --test tests/node/
echo "== Chromium"
node tests/browser/run.mjs
echo "== Chromium: the demo forms"
node tests/browser/forms.mjs
echo "== checks"
node scripts/check-counts.mjs
node scripts/check-size.mjs
echo "all suites passed in $(( $(date +%s) - start )) s"
