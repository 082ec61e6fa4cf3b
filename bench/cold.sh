#!/usr/bin/env bash
# Cold whole-process comparisons, run side by side and interleaved (A, B, A, B, …) so that the
# load of a shared machine hits both alike. Prints the median wall time of each command in ms.
#
#   bench/cold.sh [RUNS]            # default 15 runs per command, after 2 warm-up runs each
#   BEFORE_JAR=/path/netzwerk-cli.jar bench/cold.sh   # also times an older CLI jar with plain java -jar
#
# Needs: pdftk, chromium (apt-get install -y pdftk-java chromium). Inputs come from
# bench/target/benchmarks.jar (class Sizes): the same declaration as JSON and XFDF, our blank form,
# the minutes as JSON and as the XHTML our template makes of them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
dir="$root/bench/target/cold"
out="$dir/out"
mkdir -p "$out"
[ -f "$root/bench/target/benchmarks.jar" ] || (cd "$root" && ./mvnw -q -pl bench -am package -DskipTests)
java -cp "$root/bench/target/benchmarks.jar" de.magdeburg.integration.netzwerk.bench.Sizes "$dir" >/dev/null 2>&1
"$root/netzwerk" --version >/dev/null          # builds the jar and records the CDS archive if needed
"$root/netzwerk" form fill "$dir/declaration.json" -o "$dir/nz-filled.pdf" 2>/dev/null || true

chrome="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
chrome="$chrome --no-first-run --no-pdf-header-footer --print-to-pdf=$out/chromium-minutes.pdf file://$dir/minutes.html"
declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add "netzwerk form fill"              "$root/netzwerk form fill $dir/declaration.json -o $out/nz-fill.pdf"
add "pdftk fill_form (XFDF)"          "pdftk $dir/declaration-blank.pdf fill_form $dir/declaration.xfdf output $out/pdftk-fill.pdf"
add "netzwerk form read"              "$root/netzwerk form read $dir/nz-filled.pdf"
add "pdftk dump_data_fields_utf8"     "pdftk $dir/nz-filled.pdf dump_data_fields_utf8"
add "netzwerk minutes"                "$root/netzwerk minutes $dir/minutes.json -o $out/nz-minutes.pdf"
add "chromium --print-to-pdf"         "$chrome"
if [ -n "${BEFORE_JAR:-}" ]; then
  add "before: java -jar form fill"   "java -jar $BEFORE_JAR form fill $dir/declaration.json -o $out/before-fill.pdf"
  add "before: java -jar form read"   "java -jar $BEFORE_JAR form read $dir/nz-filled.pdf"
  add "before: java -jar minutes"     "java -jar $BEFORE_JAR minutes $dir/minutes.json -o $out/before-minutes.pdf"
fi

times="$out/times.txt"
: >"$times"
echo "load before: $(cut -d ' ' -f 1-3 /proc/loadavg)   runs: $runs per command (+2 warm-up)"
for round in $(seq -1 "$runs"); do
  for i in "${!cmds[@]}"; do
    start=$(date +%s%N)
    ${cmds[$i]} >/dev/null 2>&1 || true
    end=$(date +%s%N)
    [ "$round" -ge 1 ] && echo "$i $(( (end - start) / 1000000 ))" >>"$times"
  done
done
echo "load after:  $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-34s %10s %8s %8s\n' command median_ms min_ms max_ms
for i in "${!cmds[@]}"; do
  awk -v i="$i" '$1 == i {print $2}' "$times" | sort -n | awk -v name="${names[$i]}" '
    {v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%-34s %10.0f %8d %8d\n", name, m, v[1], v[NR]}'
done
