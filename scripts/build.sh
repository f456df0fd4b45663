#!/usr/bin/env bash
# Builds the wasm module for the browser (pkg/web) and for Node (pkg/node),
# optimises it with wasm-opt, and prints the raw and gzipped sizes.
# Run scripts/setup.sh first (the Makefile does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(cat target/toolchain/route 2>/dev/null)" = debian ]; then
  # wasm-pack must see Debian's cargo/rustc (which have the wasm32 std), while
  # wasm-pack and wasm-bindgen stay those in ~/.cargo/bin.
  export PATH="$PWD/target/toolchain/debian-bin:$PATH"
fi

# One build at a time: parallel builds would interleave their output in pkg/.
mkdir -p target
exec 9>target/build.lock
flock 9

# The browser package is downloaded by every citizen who opens a form: built
# for size. The Node package (back ends, test suites, data pipelines) is built
# for speed, about twice as fast and a third larger (bench/RESULTS.md).
for target in web nodejs; do
  out=pkg/${target%js}
  if [ "$target" = web ]; then profile=(--release); opt=-Oz; else profile=(--profile release-node); opt=-O3; fi
  wasm-pack --quiet build wasm "${profile[@]}" --target "$target" --out-dir "../$out" --out-name hotich >&2
  node_modules/.bin/wasm-opt "$opt" --strip-debug --strip-producers \
    --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
    --enable-reference-types --enable-multivalue \
    "$out/hotich_bg.wasm" -o "$out/hotich_bg.wasm"
  # The administrative-units pack ships beside the module, loaded on demand.
  cp data/units.bin "$out/units.bin"
  # The package is published as "hotich", not as the boundary crate's name.
  node -e '
    const fs = require("fs"); const f = process.argv[1];
    const p = JSON.parse(fs.readFileSync(f, "utf8")); p.name = "hotich";
    const extra = ["units.bin"].concat(process.argv[2] === "web" ? ["hotich-form.js", "hotich-form.d.ts"] : []);
    for (const f of extra) if (!p.files.includes(f)) p.files.push(f);
    fs.writeFileSync(f, JSON.stringify(p, null, 2) + "\n");' "$out/package.json" "$target"
done
units_gz=$(gzip -9 -c data/units.bin | wc -c)

raw=$(stat -c %s pkg/web/hotich_bg.wasm)
gz=$(gzip -9 -c pkg/web/hotich_bg.wasm | wc -c)
node_gz=$(gzip -9 -c pkg/node/hotich_bg.wasm | wc -c)
mkdir -p target
printf '{"raw": %d, "gzip": %d}\n' "$raw" "$gz" > target/wasm-size.json
printf 'build: pkg/web hotich_bg.wasm %d bytes raw, %d bytes gzipped (-9); pkg/node %d gzipped (built for speed); units.bin %d bytes gzipped\n' "$raw" "$gz" "$node_gz" "$units_gz"

# The form layer ships beside the wasm glue it imports (./hotich.js).
cp js/hotich-form.js js/hotich-form.d.ts pkg/web/
