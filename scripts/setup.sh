#!/usr/bin/env bash
# Installs what building and testing hotich needs, and only what is missing,
# so a second run takes about a second.
#
#   scripts/setup.sh              toolchain for the build (wasm32 target,
#                                 wasm-bindgen CLI, wasm-pack, npm packages)
#   scripts/setup.sh --browser    the same, plus Chromium for the browser tests
#   scripts/setup.sh --fuzz       the same, plus cargo-fuzz (scripts/fuzz.sh),
#                                 (the flags combine)
#
# The wasm32 standard library comes from rustup when it can
# (`rustup target add`, tried with a time limit). Where rustup cannot fetch it
# (a machine that reaches only package registries), the Debian route is used:
# Debian's rustc-web/cargo-web with the std sources, std for wasm32 built once
# from those sources and installed as that compiler's sysroot. Set
# HOTICH_TOOLCHAIN=debian to take that route on purpose.
#
# Writes the route taken to target/toolchain/route for scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
want_fuzz=0
for arg in "$@"; do
  case $arg in
    --browser) want_browser=1 ;;
    --fuzz) want_fuzz=1 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

state=target/toolchain
mkdir -p "$state"
export PATH="$HOME/.cargo/bin:$PATH"
say() { echo "setup: $*" >&2; }

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated -eq 0 ]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ---- wasm32 standard library ------------------------------------------------
rustup_route() {
  [ "${HOTICH_TOOLCHAIN:-}" = debian ] && return 1
  command -v rustup >/dev/null || return 1
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown && return 0
  say "rustup target add wasm32-unknown-unknown (at most 120 s)"
  timeout 120 rustup target add wasm32-unknown-unknown >&2
}

debian_route() {
  apt_install rustc-web cargo-web rust-web-src lld-22
  local libdir version stamp
  libdir=$(/usr/bin/rustc --print target-libdir --target wasm32-unknown-unknown)
  version=$(/usr/bin/rustc --version)
  stamp="$libdir/.hotich-std"
  mkdir -p "$state/debian-bin"
  ln -sf /usr/bin/cargo "$state/debian-bin/cargo"
  ln -sf /usr/bin/rustc "$state/debian-bin/rustc"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$version" ]; then
    say "building std for wasm32 with $version (about 40 s, once)"
    local build=target/std-build
    rm -rf "$build" && mkdir -p "$build/src"
    printf '[package]\nname = "std-for-wasm32"\nversion = "0.0.0"\nedition = "2021"\n[workspace]\n[profile.release]\npanic = "abort"\n' > "$build/Cargo.toml"
    : > "$build/src/lib.rs"
    # Debian's rustc must be the one cargo finds, or build-std looks for the
    # std sources in rustup's sysroot.
    (cd "$build" && PATH="$PWD/../toolchain/debian-bin:$PATH" RUSTC=/usr/bin/rustc \
      RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes /usr/bin/cargo build -q --release \
      --target wasm32-unknown-unknown -Z build-std=std,panic_abort,test)
    mkdir -p "$libdir"
    find "$build/target/wasm32-unknown-unknown/release/deps" -name '*.rlib' ! -name 'libstd_for_wasm32*' -exec cp {} "$libdir/" \;
    echo "$version" > "$stamp"
  fi
}

if rustup_route; then
  route=rustup
else
  say "rustup cannot provide the wasm32 target here: using Debian's rustc-web"
  debian_route
  route=debian
fi

# ---- wasm-bindgen CLI (exactly the version in Cargo.lock) and wasm-pack -------
[ -f Cargo.lock ] || cargo generate-lockfile -q
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
cargo_install() { # crate version
  say "cargo install $1 $2 (a few minutes, once)"
  # --locked first; a registry snapshot may lack a locked dependency's version.
  cargo install -q --locked "$1" --version "$2" 2>/dev/null || cargo install -q "$1" --version "$2"
}
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  cargo_install wasm-bindgen-cli "$bindgen_version"
fi
wasm_pack_version=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack_version" ]; then
  cargo_install wasm-pack "$wasm_pack_version"
fi

# cargo-fuzz for scripts/fuzz.sh (which runs it on nightly, or on stable
# with RUSTC_BOOTSTRAP=1 where there is no nightly).
cargo_fuzz_version=0.13.2
if [ $want_fuzz -eq 1 ] && [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $cargo_fuzz_version" ]; then
  cargo_install cargo-fuzz "$cargo_fuzz_version"
fi

# ---- npm packages (binaryen's wasm-opt, playwright-core) -----------------------
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.hotich-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_sum" > node_modules/.hotich-lock
fi

# ---- Chromium for the browser tests -----------------------------------------
if [ $want_browser -eq 1 ] && [ -z "${CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ]; then
  apt_install chromium
fi

echo "$route" > "$state/route"
say "ready ($route route; wasm-bindgen $bindgen_version)"
