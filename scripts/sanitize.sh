#!/usr/bin/env bash
# Every test under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer (issue 17): builds
# with -DMAMORI_SANITIZE=ON in a build folder of its own (build-asan) and runs CTest with the first
# report stopping the test that made it. Leaks inside system libraries are suppressed, each with its
# reason, in tests/sanitizers/lsan.supp; nothing of Mamori's may be suppressed there.
#
#   scripts/sanitize.sh [ctest arguments]      e.g. scripts/sanitize.sh -R tst_hostile
# The whole suite took about 16 minutes on two cores (2026-12-04, -j2, beside a CI run): tst_formats 5,
# tst_report 3 (20 on a loaded machine), tst_hostile, tst_engine_reference, tst_cli and tst_planviews
# 1.5 to 2 each, every other test under a minute. The first build takes about 35 minutes.
# Environment: SANITIZE_BUILD (default build-asan), JOBS (compilers at once), CXX to pick the compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${SANITIZE_BUILD:-build-asan}
parallel=(--parallel ${JOBS:+"$JOBS"}) # JOBS: at most that many compilers; default: the build tool's
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 as the sanitizers' documentation recommends, and line tables only: quicker to build than -O2 -g, and
# the stacks still name each line. Warnings are scripts/test.sh's business: the sanitizers can make the
# compiler's flow analysis warn where the plain build does not, so they do not stop this build.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DMAMORI_BUILD_TESTS=ON -DMAMORI_WARNINGS_AS_ERRORS=OFF -DMAMORI_SANITIZE=ON "${launcher[@]}"
cmake --build "$build" "${parallel[@]}"

export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
# Each test runs several times slower under the sanitizers than in scripts/test.sh: a longer timeout, for
# CTest (the tests' own TIMEOUT is multiplied in tests/CMakeLists.txt) and for QtTest's watchdog, which
# otherwise stops any one test function after 5 minutes (tst_engine_reference's generatedWards takes
# longer here).
export QTEST_FUNCTION_TIMEOUT=1800000
ctest --test-dir "$build" --output-on-failure --timeout 1800 "$@"
