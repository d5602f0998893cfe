#!/usr/bin/env bash
# README's second command (and CI's): install what is missing, build with warnings as errors, and
# run every test. Uses its own build folder so it never mixes with a developer's build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAMORI_BUILD_TESTS=ON \
      -DMAMORI_WARNINGS_AS_ERRORS=ON
cmake --build build-test --parallel
ctest --test-dir build-test --output-on-failure --timeout 600 "$@"
