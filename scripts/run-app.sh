#!/usr/bin/env bash
# README's first command: install what is missing, build, and open Mamori on the sample ward.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAMORI_BUILD_TESTS=OFF
cmake --build build --parallel
exec ./build/app/mamori/mamori "$@"
