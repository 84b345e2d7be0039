#!/usr/bin/env bash
# SocketScope set-up: installs what is missing, builds, then starts the app or runs the tests.
#
#   ./run.sh            install what is missing (asks before using sudo), build, start SocketScope
#   ./run.sh test       the same set-up, then build and run every test headless, then the benchmarks,
#                       the load test, the suite again under ASan+UBSan (build-asan) and the fuzzers
#   ./run.sh package    the same set-up, then build a .deb with CPack
#   ./run.sh format     rewrite every C++ file in the repository's own style (.clang-format)
#   ./run.sh lint       check the style and run clang-tidy's enabled checks (.clang-tidy), as
#                       `./run.sh test` does first; it names each file and finding
#   ./run.sh [ARGS...]  anything else is passed to socketscope (e.g. ./run.sh --lang ko)
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo),
# SOCKETSCOPE_ASSUME_YES=1 to install without asking, ASAN_BUILD_DIR (default build-asan),
# FUZZ_SECONDS (default 20 per fuzz target), SOCKETSCOPE_SANITIZE=0 to skip the sanitizer suite
# and the fuzzers (a quick local run; CI always runs them).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

# Debian package names; the same list is printed on other systems.
PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n libgl-dev libpcap-dev
  libwireshark-data
  fonts-nanum
  nftables iproute2
)
# chromium: a real browser opens a student's live page headless (tst_livepagebrowser; about
# 122 MB to download, 414 MB installed).
TEST_PACKAGES=(xvfb xauth desktop-file-utils appstream dpkg-dev clang libclang-rt-14-dev lld tshark
  clang-format-14 clang-tidy-14 chromium)
# The style and the checks are those of one tool version, so a file formatted here is formatted
# everywhere.
CLANG_FORMAT=clang-format-14
CLANG_TIDY=clang-tidy-14

# Each line says how long the run has taken so far, so a slow phase shows in any log.
say() { printf '\033[1mrun.sh:\033[0m [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }
die() { printf '\033[1;31mrun.sh:\033[0m %s\n' "$*" >&2; exit 1; }

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

install_packages() {
  local need
  mapfile -t need < <(missing_packages "$@")
  [[ ${#need[@]} -eq 0 ]] && return 0
  if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    die "this is not a Debian or Ubuntu system. Install these (or your system's equivalents) and run again: ${need[*]}"
  fi
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "these packages are missing and there is no sudo: ${need[*]}"
    if [[ ${SOCKETSCOPE_ASSUME_YES:-} != 1 ]]; then
      if [[ -t 0 ]]; then
        read -r -p "run.sh: SocketScope needs: ${need[*]}. Install them with sudo apt-get? [y/N] " answer
        [[ $answer == [yY]* ]] || die "not installing. Install them yourself and run again: ${need[*]}"
      else
        die "these packages are missing: ${need[*]}. Run again in a terminal, or with SOCKETSCOPE_ASSUME_YES=1."
      fi
    fi
    sudo=(sudo)
  fi
  say "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine has no package lists yet; fetch them when an install cannot find a package.
  if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${need[@]}"; then
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y --no-install-recommends "${need[@]}"
  fi
}

configure_and_build() {
  local extra=()
  if command -v ccache >/dev/null; then
    extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so another clone of the same code reuses the cache (with -g
    # ccache would otherwise hash the build folder too and miss every object in a new clone).
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
  fi
  [[ -n ${CI:-} ]] && extra+=(-DSOCKETSCOPE_WERROR=ON)
  say "building ($BUILD_TYPE) in $BUILD_DIR"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${extra[@]}" >/dev/null
  cmake --build "$BUILD_DIR"
}

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer in a build
# folder of its own; any finding fails its test. The load test and the benchmarks are neither
# built nor run (timings under a sanitizer mean nothing). Prints the ctest summary line.
run_sanitized_suite() {
  local dir=${ASAN_BUILD_DIR:-build-asan} extra=()
  if command -v ccache >/dev/null; then
    extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
  fi
  local flags="-O1 -g1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DSOCKETSCOPE_BENCHMARKS=OFF "${extra[@]}" >/dev/null
  say "building with the sanitizers in $dir"
  cmake --build "$dir" || { echo "sanitizer build failed"; return 1; }
  # Leaks are not checked: Qt keeps some of its memory to the end on purpose.
  # A test that fails is run once more, and the closing lines name it either way: a test that
  # fails once under the sanitizers' slower timing is reported, never hidden; a failure that
  # repeats fails, and so does any sanitizer finding (the caller checks the log).
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure -j2 -LE load \
    -E '^(install_layout|package_metadata|translations_complete)$' --timeout 600 --repeat until-pass:2
}

# The lines of a ctest log that say why a test died (a sanitizer's report with its first frames,
# a Qt fatal message, an uncaught exception), at most 120 lines, prefixed with the test's name.
sanitizer_findings() {
  awk '
    /^ *([0-9]+\/[0-9]+ )?Test +#[0-9]+: / { test = $0; sub(/^[^#]*#[0-9]+: /, "", test); sub(/ .*/, "", test) }
    /ERROR: AddressSanitizer|runtime error:|^QFATAL|terminate called|QThread: Destroyed|ERROR: LeakSanitizer/ { left = 25 }
    left > 0 { print test ": " $0; left--; if (++shown >= 120) exit }
  ' "$1"
}

# The tests of a ctest log that failed and then passed on a repeat (--repeat until-pass).
passed_on_second_run() {
  awk '
    /^ *([0-9]+\/[0-9]+ )?Test +#[0-9]+: / {
      name = $0; sub(/^[^#]*#[0-9]+: /, "", name); sub(/ .*/, "", name)
      if ($0 ~ /Passed/) { if (failed[name]) second[name] = 1 } else failed[name] = 1
    }
    END { for (t in second) printf "%s ", t }
  ' "$1"
}

# Every C++ file git tracks, for the style check and `./run.sh format`.
cxx_files() { git ls-files -- '*.cpp' '*.h'; }

# Fails on a file that clang-format would change and on any finding of the checks .clang-tidy
# enables (in app/, ui/ and helpers/, with the build's compile commands). Prints what to run.
run_lint() {
  local status=0 unformatted
  say "style: every C++ file as clang-format writes it (.clang-format)"
  unformatted=$(cxx_files | xargs "$CLANG_FORMAT" --dry-run 2>&1 | sed -nE 's/^([^:]+):[0-9]+:[0-9]+: (warning|error): code should be clang-formatted.*/\1/p' | sort -u)
  if [[ -n $unformatted ]]; then
    echo "not formatted ($(wc -l <<<"$unformatted") files; \`./run.sh format\` fixes them):"
    sed 's/^/  /' <<<"$unformatted"
    status=1
  else
    echo "style: $(cxx_files | wc -l) files formatted"
  fi
  say "clang-tidy: the checks .clang-tidy enables, on app/, ui/ and helpers/"
  local tidy_log
  tidy_log=$(mktemp)
  if ! command -v "run-clang-tidy-14" >/dev/null; then
    echo "clang-tidy: run-clang-tidy-14 is missing"; status=1
  else
    # Generated sources (moc, ui) must exist: the build made them.
    run-clang-tidy-14 -clang-tidy-binary "$(command -v "$CLANG_TIDY")" -p "$BUILD_DIR" -quiet -j "$(nproc)" \
      "$PWD/(app|ui|helpers)/" >"$tidy_log" 2>&1 || true
    local findings
    # The colour codes go first: they stand between a finding's place and its "warning:".
    findings=$(sed -E 's/\x1b\[[0-9;]*m//g' "$tidy_log" | grep -E ': (warning|error): ' | sort -u || true)
    if [[ -n $findings ]]; then
      echo "clang-tidy: $(wc -l <<<"$findings") findings (fix the code, or explain a false one with // NOLINT(check-name)):"
      sed 's/^/  /' <<<"$findings"
      status=1
    else
      echo "clang-tidy: no findings"
    fi
  fi
  rm -f "$tidy_log"
  return $status
}

run_tests() {
  say "running the tests (offscreen, real sockets on loopback)"
  local status=0 log suite_second=""
  log=$(mktemp)
  # The load test runs on its own afterwards, so its figures are printed and nothing competes with it.
  # A test that fails is run once more (on a busy 2-core machine a window test's timing can
  # miss once); the closing lines name every such test, so a flake is reported, never hidden,
  # and a failure that repeats fails the run.
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 -LE load \
    --repeat until-pass:2 2>&1 | tee "$log" || true
  grep -q "100% tests passed" "$log" || status=1
  suite_second=$(passed_on_second_run "$log")
  say "benchmarks (figures, not pass/fail)"
  local bench
  for bench in "$BUILD_DIR"/bench/bench_*; do
    [[ -x $bench ]] || continue
    echo "== $(basename "$bench")"
    QT_QPA_PLATFORM=offscreen "$bench" || { echo "benchmark $(basename "$bench") failed"; status=1; }
  done
  say "load: 2,000 concurrent and 10,000 short connections against the app (figures, and no event lost)"
  local load_failed=0
  if bash tests/load/run_load.sh "$BUILD_DIR/socketscope" "$BUILD_DIR/tests/load/socketscope_loadgen" \
       "$BUILD_DIR/tests/load/socketscope_plainserver"; then
    echo "load test: passed"
  else
    echo "load test: FAILED"; status=1; load_failed=1
  fi
  local asan_summary="" asan_findings="" asan_second="" fuzz_total=0 fuzz_failed=0
  if [[ ${SOCKETSCOPE_SANITIZE:-1} != 0 ]]; then
    say "the suite under AddressSanitizer and UndefinedBehaviorSanitizer (any finding fails)"
    local asan_log
    asan_log=$(mktemp)
    run_sanitized_suite 2>&1 | tee "$asan_log" || true
    asan_summary=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$asan_log" | tail -n 1 || true)
    grep -q "100% tests passed" "$asan_log" || status=1
    # A sanitizer's finding fails the run even when the test passed on its second run.
    if grep -qE "ERROR: AddressSanitizer|runtime error:" "$asan_log"; then
      echo "sanitizers: a finding was reported (see below); the run fails"
      status=1
    fi
    asan_findings=$(sanitizer_findings "$asan_log")
    asan_second=$(passed_on_second_run "$asan_log")
    rm -f "$asan_log"
    say "fuzzers: the parsers against generated bad input (${FUZZ_SECONDS:-20} s each)"
    local fuzz_log
    fuzz_log=$(mktemp)
    bash tests/fuzz/run_fuzzers.sh "${FUZZ_SECONDS:-20}" 2>&1 | tee "$fuzz_log" || status=1
    fuzz_total=$(grep -cE '^fuzz: fuzz_[A-Za-z0-9_]+: ' "$fuzz_log" || true)
    fuzz_failed=$(grep -cE '^fuzz: fuzz_[A-Za-z0-9_]+: CRASHED' "$fuzz_log" || true)
    # A build that failed ran no target: count it as one failure.
    if ! grep -qE '^fuzz: [0-9]+ targets' "$fuzz_log"; then fuzz_total=$((fuzz_total + 1)); fuzz_failed=$((fuzz_failed + 1)); fi
    rm -f "$fuzz_log"
  fi
  # What a sanitizer or Qt said when a test died, again near the end: a long log is often read
  # only from its tail.
  if [[ -n $asan_findings ]]; then
    say "what stopped a test under the sanitizers"
    echo "$asan_findings"
  fi
  if [[ -n $suite_second ]]; then
    echo "suite: failed once and passed when run again (its first output is above): $suite_second"
  fi
  if [[ -n $asan_second ]]; then
    echo "sanitizers: failed once and passed when run again (its first output is above): $asan_second"
  fi
  say "summary"
  # The test summaries again, last, so the counts are the closing line of the run.
  local summary total failed
  summary=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$log" | tail -n 1 || true)
  rm -f "$log"
  if [[ -n $summary ]]; then
    failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$summary")
    total=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$summary")
    echo "suite: $summary"
    failed=$((failed + load_failed)); total=$((total + 1)) # the load test
    if [[ ${SOCKETSCOPE_SANITIZE:-1} != 0 ]]; then
      if [[ -n $asan_summary ]]; then
        echo "sanitizers: $asan_summary"
        failed=$((failed + $(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$asan_summary")))
        total=$((total + $(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$asan_summary")))
      else
        echo "sanitizers: no summary (the sanitizer build failed)"
        failed=$((failed + 1)); total=$((total + 1))
      fi
      echo "fuzzers: $((fuzz_total - fuzz_failed)) of $fuzz_total targets without a crash"
      failed=$((failed + fuzz_failed)); total=$((total + fuzz_total))
    fi
    echo "tests: $((total - failed)) passed, $failed failed"
  else
    echo "run.sh: ctest printed no summary" >&2
    status=1
  fi
  return $status
}

mode=${1:-}
case $mode in
  test)
    install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build
    lint_status=0
    run_lint || lint_status=1
    run_tests || lint_status=1
    [[ $lint_status == 0 ]] || { echo "run.sh: the style check, clang-tidy or a test failed (see above)"; exit 1; }
    ;;
  lint)
    install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build
    run_lint
    ;;
  format)
    install_packages "${TEST_PACKAGES[@]}"
    cxx_files | xargs "$CLANG_FORMAT" -i
    say "formatted $(cxx_files | wc -l) files"
    ;;
  package)
    install_packages "${PACKAGES[@]}"
    configure_and_build
    (cd "$BUILD_DIR" && cpack -G DEB)
    ;;
  *)
    install_packages "${PACKAGES[@]}"
    configure_and_build
    exec "$BUILD_DIR/socketscope" "$@"
    ;;
esac
