#!/usr/bin/env bash
# The fuzz targets of bench/fuzz/ (issue 17): builds them with clang's libFuzzer, AddressSanitizer and UBSan in a
# build folder of their own (the model and spreadsheet libraries only: no Gui, no Widgets, no tests) and
# runs each for FUZZ_SECONDS from its seed corpus in bench/fuzz/corpus/. Fails on a crash, a sanitizer report, a
# leak, an input slower than 20 s or one that takes more than 2 GB; the input is kept in <build>/artifacts.
# Where clang's libFuzzer is missing (MSVC, Apple's clang) it says so and skips.
#
#   scripts/fuzz.sh [import] [project] [sheets]      (default: all three)
# Environment: FUZZ_SECONDS (default 45 each), FUZZ_BUILD (default build-fuzz), JOBS (compilers at once),
# FUZZ_CXX (default clang++). New inputs the fuzzers find go to <build>/corpus, never into the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${FUZZ_BUILD:-build-fuzz}
seconds=${FUZZ_SECONDS:-45}
parallel=(--parallel ${JOBS:+"$JOBS"}) # JOBS: at most that many compilers; default: the build tool's
cxx=${FUZZ_CXX:-clang++}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(import project sheets)

probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' > "$probe/p.cpp"
if ! command -v "$cxx" > /dev/null || ! "$cxx" -fsanitize=fuzzer,address "$probe/p.cpp" -o "$probe/p" 2> /dev/null; then
    echo "fuzz: skipped: $cxx with libFuzzer (-fsanitize=fuzzer) is not available here"
    exit 0
fi

launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
start=$(date +%s)
# -O1 and line tables only: quicker to build than -O2 -g, and the stacks still name each line.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" -DMAMORI_FUZZ=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DMAMORI_BUILD_APP=OFF -DMAMORI_BUILD_REPORT=OFF -DMAMORI_BUILD_TESTS=OFF "${launcher[@]}" > /dev/null
cmake --build "$build" "${parallel[@]}" --target "${targets[@]/#/mamori_fuzz_}"
echo "fuzz: built in $(($(date +%s) - start)) s"

mkdir -p "$build/artifacts"
failed=()
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    dict=()
    [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
    log="$build/fuzz-$t.log"
    echo "fuzz: $t for $seconds s"
    # The first folder receives what the fuzzer finds; the seeds in the tree are only read.
    if "$build/bench/fuzz/mamori_fuzz_$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$t-" "${dict[@]}" "$corpus" "bench/fuzz/corpus/$t" > "$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$log" || true
    else
        tail -n 60 "$log"
        echo "fuzz: $t FAILED (the input is in $build/artifacts; the log in $log)"
        failed+=("$t")
    fi
done
[ ${#failed[@]} -eq 0 ] || exit 1
echo "fuzz: no crash in ${targets[*]} ($(($(date +%s) - start)) s with the build)"
