#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, build with warnings as errors, run
# every test, then fuzz each reader briefly (scripts/fuzz.sh: clang's libFuzzer, FUZZ_SECONDS each,
# skipped with a message where clang is missing; left out when CTest is given arguments or with
# MAMORI_SKIP_FUZZ=1). Uses build folders of its own so it never mixes with a developer's build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAMORI_BUILD_TESTS=ON \
      -DMAMORI_WARNINGS_AS_ERRORS=ON
cmake --build build-test --parallel
ctest --test-dir build-test --output-on-failure --timeout 600 "$@"
if [ $# -eq 0 ] && [ "${MAMORI_SKIP_FUZZ:-0}" != 1 ]; then
    ./scripts/fuzz.sh
fi
