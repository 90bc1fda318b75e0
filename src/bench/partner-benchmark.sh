#!/usr/bin/env bash
# Measures the partner finder and the introduction path on the generated 100,000-partner country,
# with the application's own statements through the driver against the store opened in-process
# (src/bench/PartnerProbe.java):
#  - top-10 suggestions for the library with the most collaborations (a need of taalvaardigheid
#    for nieuwkomers), within 25 km and in the whole country: p50/p95 (goal: p95 <= 100 ms), and
#    the same for the median library (by collaborations); which path answered (the partners of
#    our partners, or everyone) and whether the answer equals ranking everyone;
#  - beside it in the same run, a naive similarity (Jaccard of neighbourhoods against every
#    organisation, by brute force: one row of the all-pairs matrix): p50/p95 and the ratio; the
#    all-pairs matrix is that row times the number of organisations (derived, it would take hours;
#    goal: >= 100x);
#  - the introduction path from that library to 100 organisations: p50/p95 (goal: p95 <= 200 ms).
#
# Usage: bash src/bench/partner-benchmark.sh [--reuse] [--runs N]
#   --reuse   keep target/socialmap-bench/neo4j when it holds a complete generated country (made by
#             this script or by socialmap-benchmark.sh) instead of generating a new one (~2 min)
#   --runs N  measured runs of the finder per area (200)
# Needs JDK 25 in JAVA_HOME and the project's dependencies in the local Maven repository (offline).
# Output: target/partner-bench/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
export PATH="$JAVA_HOME/bin:$PATH"

reuse=false runs=200
while [ $# -gt 0 ]; do
  case $1 in
    --reuse) reuse=true ;;
    --runs) runs=$2; shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
  shift
done

root=$PWD
work=$root/target/partner-bench
data=$root/target/socialmap-bench/neo4j
classpath_file=$root/target/bench-classpath.txt
mkdir -p "$work" "$(dirname "$data")"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
began=$(date +%s)

log "building the classes and the class path"
mvn -o -q -B -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; exit 1; }
cp="$root/target/classes:$(cat "$classpath_file")"

if $reuse && [ -f "$data/.generated" ]; then
  log "reusing the generated country in $data"
else
  rm -rf "$data"
  log "generating the 100,000-partner country into $data (about 2 minutes)"
  gen_start=$(date +%s)
  mvn -o -q -B exec:java -Dexec.mainClass=org.knooppunt.platform.generator.CountryGenerator \
    -Dexec.args="--partners 100000 --data-dir $data" >"$work/generator.out" 2>"$work/generator.log" \
    || { tail -30 "$work/generator.log"; exit 1; }
  echo "$(( $(date +%s) - gen_start ))" >"$data/.generated"
fi

log "measuring (the finder ${runs} times per area, the naive way, 100 introduction paths)"
load=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xmx2g -cp "$cp" src/bench/PartnerProbe.java "$data" "$runs" >"$work/probe.out" 2>"$work/probe.log" \
  || { tail -30 "$work/probe.log"; exit 1; }
v() { sed -n "s/^$1=//p" "$work/probe.out" | head -1; }

{
  echo "Partner finder benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at start $load"
  echo "country: $(v organisations) organisations; library: $(v library.name) ($(v library.collaborations) collaborations)"
  echo "need: $(v need)"
  echo
  echo "top-10 suggestions                   p50 ms    p95 ms   answered from          same as everyone  first suggestion"
  row() { printf '%-34s %8s  %8s   %-22s %-17s %s\n' "$1" "$(v "$2.p50.ms")" "$(v "$2.p95.ms")" "$(v "$2.path")" "$(v "$2.sameAsEveryone")" "$(v "$2.first")"; }
  row "within 25 km" finder.radius25
  row "whole country" finder.country
  echo "median library: $(v median.name) ($(v median.collaborations) collaborations)"
  row "within 25 km" median.radius25
  row "whole country" median.country
  printf '%-34s %8s  %8s   (%s runs)\n' "naive similarity, whole country" "$(v naive.p50.ms)" "$(v naive.p95.ms)" "$(v naive.runs)"
  echo "ratio naive row/finder (whole country): p50 $(v ratio.p50)x, p95 $(v ratio.p95)x"
  echo "all-pairs matrix = one such row per organisation: $(v allpairs.hours) h (derived from the measured row, not run);"
  echo "  ratio all-pairs/finder p95: $(v allpairs.ratio.p95)x (goal: >= 100x)"
  echo
  echo "introduction path to $(v path.targets) organisations ($(v path.found) with a chain): p50 $(v path.p50.ms) ms, p95 $(v path.p95.ms) ms (goal: p95 <= 200 ms)"
  echo "heap of the probe after a full GC: $(v heap.after.gc.mib) MiB"
  echo "whole run: $(( $(date +%s) - began )) s; details in $work/"
} | tee "$work/summary.txt"
