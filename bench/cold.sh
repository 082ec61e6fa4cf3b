#!/usr/bin/env bash
# Cold whole-process comparisons, run side by side and interleaved (A, B, A, B, …) so that the
# load of a shared machine hits both alike. Prints the median wall time of each command in ms.
#
#   bench/cold.sh [RUNS]            # default 15 runs per command, after 2 warm-up runs each
#   BEFORE_JAR=/path/netzwerk-cli.jar bench/cold.sh   # also times an older CLI jar with plain java -jar
#
# "netzwerk" is the packaged command line as a coordinator gets it: the linux-x64 download
# (cli/target/netzwerk-<version>-linux-x64.tar.gz, with its jlinked runtime) unpacked into
# bench/target/cold/dist and started through its bin/netzwerk, which records its class-data
# archive on the first run (here into bench/target/cold/cache). "netzwerk -bin" is the download for
# any Java, run with the java on the PATH. The script builds what it needs: the distribution
# (./mvnw -P release package of cli, again whenever a POM or src/main is newer than it) and
# bench/target/benchmarks.jar, whose class Sizes writes the inputs: the same declaration as JSON
# and XFDF, our blank form, the minutes as JSON and as the XHTML our template makes of them.
#
# Needs: pdftk, chromium (apt-get install -y pdftk-java chromium).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
dir="$root/bench/target/cold"
out="$dir/out"
mkdir -p "$out"
for tool in pdftk chromium java; do
  command -v "$tool" >/dev/null || { echo "cold.sh: $tool is missing" >&2; exit 2; }
done

dist() { ls "$root"/cli/target/netzwerk-*-"$1".tar.gz 2>/dev/null | head -n 1; }
stale() {
  [ -z "$(dist linux-x64)" ] || [ -z "$(dist bin)" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/core" "$root/forms" "$root/templates" "$root/facade" "$root/samples" "$root/cli" \
      \( -path '*/target' -o -path '*/web' -o -path '*/src/test' \) -prune \
      -o -type f \( -name pom.xml -o -path '*/src/main/*' -o -path '*/src/dist/*' \) -newer "$(dist linux-x64)" -print \
      | head -n 1)" ]
}
if stale; then
  echo "cold.sh: building the distribution (./mvnw -P release package, cli) …" >&2
  (cd "$root" && ./mvnw -q -P release -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
fi
[ -f "$root/bench/target/benchmarks.jar" ] || (cd "$root" && ./mvnw -q -pl bench -am package -DskipTests)
java -cp "$root/bench/target/benchmarks.jar" de.magdeburg.integration.netzwerk.bench.Sizes "$dir" >/dev/null 2>&1

rm -rf "$dir/dist" "$dir/dist-bin" "$dir/cache"
mkdir -p "$dir/dist" "$dir/dist-bin"
tar xzf "$(dist linux-x64)" -C "$dir/dist"
tar xzf "$(dist bin)" -C "$dir/dist-bin"
nz=$(echo "$dir"/dist/netzwerk-*/bin/netzwerk)
nzbin=$(echo "$dir"/dist-bin/netzwerk-*/bin/netzwerk)
export XDG_CACHE_HOME="$dir/cache"
"$nz" --version >/dev/null 2>&1            # the first run of each records its class-data archive
"$nzbin" --version >/dev/null 2>&1
"$nz" form fill "$dir/declaration.json" -o "$dir/nz-filled.pdf" 2>/dev/null || true

chrome="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
chrome="$chrome --no-first-run --no-pdf-header-footer --print-to-pdf=$out/chromium-minutes.pdf file://$dir/minutes.html"
declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add "netzwerk form fill"              "$nz form fill $dir/declaration.json -o $out/nz-fill.pdf"
add "netzwerk -bin form fill"         "$nzbin form fill $dir/declaration.json -o $out/nz-bin-fill.pdf"
add "pdftk fill_form (XFDF)"          "pdftk $dir/declaration-blank.pdf fill_form $dir/declaration.xfdf output $out/pdftk-fill.pdf"
add "netzwerk form read"              "$nz form read $dir/nz-filled.pdf"
add "netzwerk -bin form read"         "$nzbin form read $dir/nz-filled.pdf"
add "pdftk dump_data_fields_utf8"     "pdftk $dir/nz-filled.pdf dump_data_fields_utf8"
add "netzwerk minutes"                "$nz minutes $dir/minutes.json -o $out/nz-minutes.pdf"
add "chromium --print-to-pdf"         "$chrome"
if [ -n "${BEFORE_JAR:-}" ]; then
  add "before: java -jar form fill"   "java -jar $BEFORE_JAR form fill $dir/declaration.json -o $out/before-fill.pdf"
  add "before: java -jar form read"   "java -jar $BEFORE_JAR form read $dir/nz-filled.pdf"
  add "before: java -jar minutes"     "java -jar $BEFORE_JAR minutes $dir/minutes.json -o $out/before-minutes.pdf"
fi

times="$out/times.txt"
: >"$times"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -n 1) on the PATH,"
echo "$("$dir"/dist/netzwerk-*/runtime/bin/java -version 2>&1 | head -n 1) in the linux-x64 download"
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
