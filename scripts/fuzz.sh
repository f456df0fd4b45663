#!/usr/bin/env bash
# Fuzzes every target in fuzz/ (cargo-fuzz, libFuzzer) for a while:
#
#   scripts/fuzz.sh [seconds-per-target]     (default 5; by hand, e.g. 600)
#
# Builds the targets once (cached in target/fuzz), writes the seed corpora
# from the shared vectors (scripts/fuzz-seeds.mjs), then runs each target for
# the given seconds, as many at a time as there are cores
# (HOTICH_FUZZ_JOBS). Each input must finish within 1 s (-timeout), and no
# target may use more than 512 MB (-rss_limit_mb, -malloc_limit_mb). Prints the executions each target
# reached; exits non-zero if any target crashed, printing the crashing input's
# path and how to replay it. The corpus each run grows is kept in
# target/fuzz/corpus/<target> for the next run.
#
# cargo-fuzz needs nightly compiler flags: it uses the nightly toolchain when
# there is one, else stable with RUSTC_BOOTSTRAP=1. cargo-fuzz itself comes
# from scripts/setup.sh --fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
secs=${1:-5}
jobs=${HOTICH_FUZZ_JOBS:-$(nproc)}
say() { echo "fuzz: $*"; }

# cargo-fuzz needs nightly compiler flags: the nightly toolchain when there
# is one, otherwise the stable one with RUSTC_BOOTSTRAP=1.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=+nightly
else
  toolchain=
  export RUSTC_BOOTSTRAP=1
  say "no nightly toolchain: using the stable one with RUSTC_BOOTSTRAP=1"
fi
cargo fuzz --version >/dev/null 2>&1 || scripts/setup.sh --fuzz

dir=$PWD/target/fuzz
# AddressSanitizer keeps freed memory in quarantine (256 MB by default),
# which counts towards -rss_limit_mb: a smaller one leaves the limit to the
# target's own memory.
export ASAN_OPTIONS="quarantine_size_mb=64${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
mkdir -p "$dir/logs"
start=$(date +%s)
if ! cargo $toolchain fuzz build --fuzz-dir fuzz --target-dir "$dir" >"$dir/logs/build.log" 2>&1; then
  cat "$dir/logs/build.log"
  say "the targets do not build"
  exit 1
fi
bin=$dir/x86_64-unknown-linux-gnu/release
node scripts/fuzz-seeds.mjs "$dir/seeds" | sed 's/^/fuzz: /'
targets=$(cargo $toolchain fuzz list --fuzz-dir fuzz)
say "built in $(( $(date +%s) - start )) s; $(echo $targets | wc -w) targets, ${secs} s each, $jobs at a time"

run() { # target
  local t=$1
  mkdir -p "$dir/corpus/$t" "$dir/artifacts/$t" "$dir/seeds/$t"
  # Long runs grow a corpus (the units target's inputs are whole packs):
  # past 200 MB it is merged down to the inputs that add coverage.
  if [ "$(du -sm "$dir/corpus/$t" | cut -f1)" -gt 200 ]; then
    rm -rf "$dir/corpus/$t.merged" && mkdir "$dir/corpus/$t.merged"
    if "$bin/$t" -merge=1 "$dir/corpus/$t.merged" "$dir/corpus/$t" >"$dir/logs/$t.merge.log" 2>&1; then
      rm -rf "$dir/corpus/$t" && mv "$dir/corpus/$t.merged" "$dir/corpus/$t"
    fi
  fi
  # timeout(1) only guards against a fuzzer that does not stop by itself.
  timeout $(( secs * 2 + 120 )) "$bin/$t" "$dir/corpus/$t" "$dir/seeds/$t" \
    -max_total_time="$secs" -timeout=1 -rss_limit_mb=512 -malloc_limit_mb=512 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/$t/" >"$dir/logs/$t.log" 2>&1
}

report() { # target exit-code
  local t=$1 rc=$2 log=$dir/logs/$1.log execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ "$rc" -eq 0 ]; then
    say "$(printf '%-15s %10s executions in %s s, corpus %s' "$t" "${execs:-?}" "$secs" "$(ls "$dir/corpus/$t" | wc -l)")"
    return 0
  fi
  say "$t FAILED (exit $rc); from $log:"
  # The panic message (or sanitizer, timeout or memory report) and the input.
  grep -v '^#[0-9]' "$log" | grep -E -A6 "panicked at|^==[0-9]+==ERROR|ALARM|out-of-memory|malloc\(" | grep -v '^ *[0-9]*: \|^ *at \|^ *#[0-9]' | head -30 | sed 's/^/    /'
  grep -E '^SUMMARY|^Base64' "$log" | head -2 | cut -c1-300 | sed 's/^/    /'
  local unit
  unit=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  if [ -n "$unit" ]; then
    say "$t: crasher $unit"
    say "$t: replay with $bin/$t $unit   (or: cargo +nightly fuzz run --fuzz-dir fuzz $t $unit)"
  fi
  return 1
}

failed=()
declare -A running=()
reap() { # waits for one target to end and reports it
  local pid rc=0
  wait -n -p pid || rc=$?
  report "${running[$pid]}" "$rc" || failed+=("${running[$pid]}")
  unset "running[$pid]"
}
for t in $targets; do
  [ "${#running[@]}" -ge "$jobs" ] && reap
  run "$t" &
  running[$!]=$t
done
while [ "${#running[@]}" -gt 0 ]; do reap; done

if [ ${#failed[@]} -gt 0 ]; then
  say "FAILED: ${failed[*]} (in $(( $(date +%s) - start )) s)"
  exit 1
fi
say "all targets ran clean in $(( $(date +%s) - start )) s"
