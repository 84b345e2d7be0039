#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer) in a
# build folder of their own and runs each for a bounded time on its seed corpus. Fails if any
# target crashes; a crashing input is kept under BUILD/fuzz/artifacts/ and its path printed.
#
#   tests/fuzz/run_fuzzers.sh [SECONDS_EACH]      (default 20)
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), CLANGXX (default clang++).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
build=${FUZZ_BUILD_DIR:-build-fuzz}
clang=${CLANGXX:-clang++}
command -v "$clang" >/dev/null || { echo "fuzz: $clang not found (Debian: apt-get install clang libclang-rt-14-dev)"; exit 1; }

extra=()
if command -v ccache >/dev/null; then
  extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=$PWD
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clang" \
  -DSOCKETSCOPE_FUZZ=ON "${extra[@]}" >/dev/null
# Every target named in the CMakeLists (one line each), so a new one needs no edit here.
mapfile -t targets < <(sed -nE 's/^socketscope_add_fuzzer\((fuzz_[A-Za-z0-9_]+).*/\1/p' tests/fuzz/CMakeLists.txt)
cmake --build "$build" --target "${targets[@]}"

artifacts=$build/fuzz/artifacts
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
passed=0 failed=0
for target in "${targets[@]}"; do
  work=$(mktemp -d) # inputs the fuzzer finds go here; the seeds in the repository stay as they are
  seeds=tests/fuzz/corpus/$target
  [[ -d $seeds ]] || seeds=
  log=$build/fuzz/$target.log
  status=0
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" "$work" ${seeds:+"$seeds"} >"$log" 2>&1 || status=$?
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n 1)
  corpus=$(find "$work" -type f | wc -l)
  rm -rf "$work"
  if [[ $status -eq 0 ]]; then
    echo "fuzz: $target: ${runs:-?} inputs in ${seconds} s, $corpus new corpus entries, no crash"
    passed=$((passed + 1))
  else
    echo "fuzz: $target: CRASHED (exit $status) after ${runs:-?} inputs; log $log:"
    grep -E "ERROR|SUMMARY|runtime error|Test unit written|#[0-9]+ 0x" "$log" | head -n 30 || tail -n 30 "$log"
    failed=$((failed + 1))
  fi
done
echo "fuzz: ${#targets[@]} targets, $passed clean, $failed crashed"
[[ $failed -eq 0 ]]
