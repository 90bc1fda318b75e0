#!/usr/bin/env bash
# Measures alliance suggestions for one province on the generated 100,000-partner country, with the
# application's own SuggestionService through the driver against the store opened in-process
# (src/bench/AllianceProbe.java): the province with the most libraries; grouping only (one read of
# its library graph + Louvain + reasons) and ranked by the coverage what-if for taalvaardigheid /
# laaggeletterden; p50/p95 and heap (allocated per request by the calling thread, and in use after
# a full GC).
#
# Usage: bash src/bench/alliance-benchmark.sh [--store DIR] [--runs N]
#   --store DIR  a generated country to copy (cp -a, never changed in place); default
#                target/socialmap-bench/neo4j, or, when that is missing, generate one (~2 min)
#   --runs N     measured runs of the grouping (20; the ranked variant runs N/4, at least 3)
# Needs JDK 25 in JAVA_HOME and the project's dependencies in the local Maven repository (offline).
# Output: target/alliance-bench/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
export PATH="$JAVA_HOME/bin:$PATH"

root=$PWD
store=$root/target/socialmap-bench/neo4j runs=20
while [ $# -gt 0 ]; do
  case $1 in
    --store) store=$2; shift ;;
    --runs) runs=$2; shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
  shift
done

work=$root/target/alliance-bench
data=$work/neo4j
classpath_file=$root/target/bench-classpath.txt
mkdir -p "$work"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
began=$(date +%s)

log "building the classes and the class path"
mvn -o -q -B -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; exit 1; }
cp="$root/target/classes:$(cat "$classpath_file")"

rm -rf "$data"
if [ -f "$store/.generated" ]; then
  log "copying the generated country from $store"
  cp -a "$store" "$data"
else
  log "generating the 100,000-partner country into $data (about 2 minutes)"
  mvn -o -q -B exec:java -Dexec.mainClass=org.knooppunt.platform.generator.CountryGenerator \
    -Dexec.args="--partners 100000 --data-dir $data" >"$work/generator.out" 2>"$work/generator.log" \
    || { tail -30 "$work/generator.log"; exit 1; }
fi

log "measuring (${runs} runs)"
load=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xmx2g -cp "$cp" src/bench/AllianceProbe.java "$data" "$runs" >"$work/probe.out" 2>"$work/probe.log" \
  || { tail -30 "$work/probe.log"; exit 1; }
v() { sed -n "s/^$1=//p" "$work/probe.out" | head -1; }

{
  echo "Alliance suggestions benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at start $load"
  echo "country: $(v partners) partners; province: $(v region.name) ($(v region.id)), $(v region.libraries) libraries"
  echo
  echo "suggestions for the province             p50 ms    p95 ms   allocated/request   result"
  printf '%-40s %8s  %8s   %8s MiB       %s suggestions, largest %s libraries; first: %s\n' "grouping (Louvain, reasons)" \
    "$(v grouping.p50.ms)" "$(v grouping.p95.ms)" "$(v grouping.allocated.max.mib)" "$(v grouping.suggestions)" "$(v grouping.largest)" "$(v grouping.first)"
  printf '%-40s %8s  %8s   %8s MiB       %s suggestions; first: %s\n' "ranked by coverage what-if" \
    "$(v ranked.p50.ms)" "$(v ranked.p95.ms)" "$(v ranked.allocated.max.mib)" "$(v ranked.suggestions)" "$(v ranked.first)"
  echo "heap in use after a full GC (store caches of the in-process Neo4j included): $(v heap.after.gc.mib) MiB"
  echo "whole run: $(( $(date +%s) - began )) s; details in $work/"
} | tee "$work/summary.txt"
