#!/bin/bash
# Benchmarks of the risk engine, in one run on one machine:
#   1. builds the benchmarks (Release, Google Benchmark) in a build directory of their own;
#   2. generates the 10,000-asset ward, times the reference (../shared/reference/risk_reference.py)
#      and the engine on it, and prints the ratio (target: the engine at least 200x faster);
#   3. runs the Google Benchmark suite: load from the project file, full assessment, incremental
#      recompute after one edit, scenario diff, at 1,000, 10,000 and 100,000 assets;
#   3b. the plan: mamori-cli plan on the 1,000-asset ward and plan optimize on the 300-asset
#      ward against the reference (same numbers, ratio), then mamori_bench_plan: projection and
#      optimum at 1,000 and 10,000 assets, the heuristic against the proven optimum;
#   3c. the continuity simulation: 10,000 assets x 10,000 trials (mamori_bench_continuity, then
#      mamori-cli simulate end to end, then ten times the outages), and
#      mamori-cli simulate beside the reference's simulate on a 100-asset ward, 1,000 trials;
#   4. measures the peak memory of loading and assessing the 100,000-asset ward (target < 1 GiB);
#   5. writes the PDF report of the sample ward and of the 10,000-asset ward (targets < 3 s and
#      < 30 s, < 1 GiB);
#   6. builds the libFuzzer targets with clang and runs each for FUZZ_SECONDS (default 60): scripts/fuzz.sh.
#
# Environment: BENCH_BUILD, FUZZ_BUILD (build directories), JOBS (default 2), FUZZ_SECONDS,
# MAMORI_REFERENCE (the reference script), PYTHON (a python3 with NumPy), SKIP_FUZZ=1, SKIP_100K=1.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tmp=${TMPDIR:-/tmp}
bench_build=${BENCH_BUILD:-$tmp/mamori-bench-build}
fuzz_build=${FUZZ_BUILD:-$tmp/mamori-fuzz-build}
jobs=${JOBS:-2}
reference=${MAMORI_REFERENCE:-$root/../shared/reference/risk_reference.py}
work=$(mktemp -d "$tmp/mamori-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== build ($bench_build)"
cmake -S "$root" -B "$bench_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAMORI_BUILD_APP=OFF \
    -DMAMORI_BUILD_TESTS=OFF -DMAMORI_BUILD_BENCH=ON > "$work/cmake.log"
cmake --build "$bench_build" -j "$jobs" --target mamori-cli mamori_bench mamori_peak_memory mamori_bench_plan \
    mamori_bench_report mamori_bench_sheet_import mamori_bench_continuity > "$work/build.log"
cli="$bench_build/app/mamori-cli"

echo "== engine and reference on the 10,000-asset ward"
"$cli" generate --assets 10000 --seed 1 -o "$work/ward-10k.json"
now() { date +%s.%N; }
# The engine in-process (assess() only, median of the benchmark's repetitions) ...
"$bench_build/bench/mamori_bench" --benchmark_filter='fullAssessment/10000$' --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true --benchmark_format=json > "$work/assess.json" 2> /dev/null
engine_ms=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); \
print([b['real_time'] for b in d['benchmarks'] if b['name'].endswith('_median')][0])" "$work/assess.json")
# ... and end to end: mamori-cli reading the JSON, validating, assessing and writing the JSON.
t0=$(now); "$cli" assess "$work/ward-10k.json" --json > "$work/engine.json"; t1=$(now)
cli_s=$(echo "$t1 - $t0" | bc -l)
if [ -f "$reference" ] && python3 -c 'import networkx' 2> /dev/null; then
    t0=$(now); python3 "$reference" assess "$work/ward-10k.json" > "$work/reference.json"; t1=$(now)
    ref_s=$(echo "$t1 - $t0" | bc -l)
    python3 "$root/bench/compare_json.py" "$work/engine.json" "$work/reference.json" \
        && echo "engine and reference agree (1e-6) on the 10,000-asset ward"
    printf 'reference (python3 %s assess): %.2f s\n' "$(basename "$reference")" "$ref_s"
    printf 'engine assess() in-process:   %.2f ms   ratio %.0fx (target >= 200x)\n' "$engine_ms" \
        "$(echo "$ref_s * 1000 / $engine_ms" | bc -l)"
    printf 'mamori-cli assess --json end to end (read, validate, assess, write): %.2f s   ratio %.0fx (target >= 20x)\n' "$cli_s" \
        "$(echo "$ref_s / $cli_s" | bc -l)"
else
    echo "reference or python3-networkx missing: no ratio"
fi

echo "== plan: engine and reference"
"$cli" generate --assets 1000 --seed 1 -o "$work/ward-1k.json" > /dev/null
"$cli" generate --assets 300 --seed 1 -o "$work/ward-300.json" > /dev/null
if [ -f "$reference" ] && python3 -c 'import networkx' 2> /dev/null; then
    t0=$(now); "$cli" plan "$work/ward-1k.json" --json > "$work/plan.json"; t1=$(now)
    python3 "$reference" plan "$work/ward-1k.json" > "$work/plan-ref.json"; t2=$(now)
    python3 "$root/bench/compare_json.py" "$work/plan.json" "$work/plan-ref.json" && echo "plan: engine and reference agree"
    printf 'plan, 1,000 assets: reference %.2f s, mamori-cli %.3f s, ratio %.0fx\n' "$(echo "$t2 - $t1" | bc -l)" \
        "$(echo "$t1 - $t0" | bc -l)" "$(echo "($t2 - $t1) / ($t1 - $t0)" | bc -l)"
    budget=$(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(sum(a.get('cost',{}).get('initial',0) \
for a in m['plan']['actions'] if a.get('status')!='done')/2)" "$work/ward-300.json")
    t0=$(now); "$cli" plan optimize "$work/ward-300.json" --budget "$budget" --json > "$work/opt.json"; t1=$(now)
    python3 "$reference" optimize "$work/ward-300.json" --budget "$budget" > "$work/opt-ref.json"; t2=$(now)
    # Mamori adds the explanation, the floor and the count of sets to section 8's JSON.
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k) for k in ('explanation','residual_floor','sets_assessed')]; \
json.dump(d, open(sys.argv[1], 'w'))" "$work/opt.json"
    python3 "$root/bench/compare_json.py" "$work/opt.json" "$work/opt-ref.json" && echo "optimize: engine and reference agree"
    printf 'plan optimize, 300 assets: reference %.2f s, mamori-cli %.3f s, ratio %.0fx\n' "$(echo "$t2 - $t1" | bc -l)" \
        "$(echo "$t1 - $t0" | bc -l)" "$(echo "($t2 - $t1) / ($t1 - $t0)" | bc -l)"
fi
"$bench_build/bench/mamori_bench_plan" 1000 10000

echo "== continuity (RISK-MODEL.md 10): 10,000 assets x 10,000 trials (target < 10 s), and the reference"
"$bench_build/bench/mamori_bench_continuity" 10000 10000 0 1
# The whole command as a user runs it: read, validate, assess, simulate on every core, write the JSON.
"$cli" generate --assets 10000 --seed 1 -o "$work/ward-10k.json" > /dev/null
t0=$(now); "$cli" simulate "$work/ward-10k.json" --trials 10000 --json > "$work/sim-10k.json"; t1=$(now)
printf 'mamori-cli simulate, 10,000 assets, 10,000 trials, end to end: %.2f s (target < 10 s)\n' "$(echo "$t1 - $t0" | bc -l)"
# The hard case: ten times the outages (the generator's first calibration), almost every asset down every year.
"$bench_build/bench/mamori_bench_continuity" 10000 10000 0 1 10
# The same small ward and trial count on both sides (the reference plays hour arrays in Python).
"$cli" generate --assets 100 --seed 1 -o "$work/ward-100.json" > /dev/null
py=${PYTHON:-python3} # a python3 with NumPy (Debian's python3-numpy: PYTHON=/usr/bin/python3)
if [ -f "$reference" ] && "$py" -c 'import numpy, networkx' 2> /dev/null; then
    t0=$(now); "$cli" simulate "$work/ward-100.json" --trials 1000 --json > "$work/sim.json"; t1=$(now)
    "$py" "$reference" simulate "$work/ward-100.json" --trials 1000 > "$work/sim-ref.json"; t2=$(now)
    python3 -c "import json,sys; a=json.load(open(sys.argv[1]))['total']; b=json.load(open(sys.argv[2]))['total']; \
print('ward ALE: mamori %.0f, reference %.0f (sd %.0f / %.0f)' % (a['ale'], b['ale'], a['sd'], b['sd']))" \
        "$work/sim.json" "$work/sim-ref.json"
    printf 'simulate, 100 assets, 1,000 trials: reference %.2f s, mamori-cli %.3f s (end to end), ratio %.0fx (target >= 100x)\n' \
        "$(echo "$t2 - $t1" | bc -l)" "$(echo "$t1 - $t0" | bc -l)" "$(echo "($t2 - $t1) / ($t1 - $t0)" | bc -l)"
else
    echo "reference or python3-numpy missing: no ratio"
fi

echo "== Google Benchmark"
filter='.*'
[ "${SKIP_100K:-0}" = 1 ] && filter='.*/(1000|10000)$'
"$bench_build/bench/mamori_bench" --benchmark_filter="$filter" --benchmark_counters_tabular=true

if [ "${SKIP_100K:-0}" != 1 ]; then
    echo "== peak memory, 100,000 assets (load the project file + assess, own process)"
    "$cli" generate --assets 100000 --seed 1 -o "$work/ward-100k.mamori" > /dev/null
    "$bench_build/bench/mamori_peak_memory" "$work/ward-100k.mamori"
fi

echo "== spreadsheets: a 10,000-row inventory imported (read + merge) beside the JSON import (target < 3 s)"
"$bench_build/bench/mamori_bench_sheet_import" 10000

echo "== PDF report: sample ward and 10,000 assets (time, pages, peak memory)"
"$bench_build/bench/mamori_bench_report" sample 10000

if [ "${SKIP_FUZZ:-0}" != 1 ]; then
    echo "== fuzzing the JSON import, the project file and the spreadsheet readers, ${FUZZ_SECONDS:-60} s each"
    FUZZ_BUILD="$fuzz_build" FUZZ_SECONDS="${FUZZ_SECONDS:-60}" JOBS="$jobs" "$root/scripts/fuzz.sh"
fi
