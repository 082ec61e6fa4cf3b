#!/usr/bin/env bash
# Everything bench/README.md reports, in one command (about 20 minutes on 2 cores):
#   bench/run.sh            # JMH (forms, documents), batches with -Xmx256m, output sizes, cold starts
#   bench/run.sh jmh|batch|sizes|cold
# Results go to bench/target/results/. Run it on a quiet machine, or repeat it: the same-run
# baselines make the ratios hold under load, the absolute figures do not.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/bench/target/benchmarks.jar"
res="$root/bench/target/results"
what=${1:-all}
mkdir -p "$res"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -pl bench -am package -DskipTests)
load() { echo "$(date -u +%FT%TZ) load $(cut -d ' ' -f 1-3 /proc/loadavg)"; }

if [ "$what" = all ] || [ "$what" = jmh ]; then
  for cls in FormBenchmarks DocumentBenchmarks; do
    load | tee "$res/$cls.load"
    java -jar "$jar" "$cls" -rf json -rff "$res/$cls.json" | tee "$res/$cls.txt" | grep -E '^(Benchmark|[A-Za-z]+Benchmarks\.[A-Za-z0-9]+(:p0.50)? )'
    load | tee -a "$res/$cls.load"
  done
  # medians (p0.50) in ms
  jq -r '.[] | "\(.benchmark | split(".") | last)\t\(.primaryMetric.scorePercentiles["50.0"])"' \
    "$res"/FormBenchmarks.json "$res"/DocumentBenchmarks.json | tee "$res/medians.tsv"
fi

if [ "$what" = all ] || [ "$what" = batch ]; then
  : >"$res/batch.txt"
  for mode in prefill read naive; do
    for threads in 1 2; do
      load >>"$res/batch.txt"
      java -Xmx256m -cp "$jar" de.magdeburg.integration.netzwerk.bench.Batch "$mode" "$threads" 1000 2>/dev/null \
        | tee -a "$res/batch.txt"
    done
  done
fi

if [ "$what" = all ] || [ "$what" = sizes ]; then
  java -cp "$jar" de.magdeburg.integration.netzwerk.bench.Sizes "$res/pdf" 2>/dev/null | tee "$res/sizes.txt"
fi

if [ "$what" = all ] || [ "$what" = cold ]; then
  "$root/bench/cold.sh" 15 | tee "$res/cold.txt"
fi
