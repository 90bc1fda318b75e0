#!/usr/bin/env bash
# Measures the coverage analysis on the generated 100,000-partner country with the application's
# own CoverageService through the driver against the store opened in-process
# (src/bench/CoverageProbe.java), in one run:
#  - coverage of all 646 municipalities (NL + BE) for one topic in one request: p50/p95;
#  - one indexed single-municipality request: p50/p95 (goal: the whole <= 50x the single);
#  - the 646 municipalities as 646 separate requests: p50/p95 of a round (goal: >= 5x slower than
#    the one request).
#
# Usage: bash src/bench/coverage-benchmark.sh [--reuse] [--runs N] [--from DIR] [--topic ID]
#   --reuse   keep target/coverage-bench/neo4j when it holds a complete generated country
#   --from D  copy a generated country from D (cp -a; D itself is not touched), e.g.
#             target/socialmap-bench/neo4j of an earlier social-map or partner benchmark
#   --runs N  measured runs of the whole-country request (30)
#   --topic T the topic (taalvaardigheid)
# Without --reuse or --from the country is generated (about 2 minutes).
# Needs JDK 25 in JAVA_HOME and the project's dependencies in the local Maven repository (offline).
# Output: target/coverage-bench/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
export PATH="$JAVA_HOME/bin:$PATH"

reuse=false runs=30 from="" topic=taalvaardigheid
while [ $# -gt 0 ]; do
  case $1 in
    --reuse) reuse=true ;;
    --runs) runs=$2; shift ;;
    --from) from=$2; shift ;;
    --topic) topic=$2; shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
  shift
done

root=$PWD
work=$root/target/coverage-bench
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

if $reuse && [ -f "$data/.generated" ]; then
  log "reusing the generated country in $data"
elif [ -n "$from" ]; then
  [ -f "$from/.generated" ] || { echo "$from holds no complete generated country" >&2; exit 1; }
  rm -rf "$data"
  log "copying the generated country from $from"
  cp -a "$from" "$data"
else
  rm -rf "$data"
  log "generating the 100,000-partner country into $data (about 2 minutes)"
  mvn -o -q -B exec:java -Dexec.mainClass=org.knooppunt.platform.generator.CountryGenerator \
    -Dexec.args="--partners 100000 --data-dir $data" >"$work/generator.out" 2>"$work/generator.log" \
    || { tail -30 "$work/generator.log"; exit 1; }
  echo generated >"$data/.generated"
fi

log "measuring (the whole country ${runs} times, one municipality $((runs * 10)) times, 646 requests in rounds)"
load=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xmx2g -cp "$cp" src/bench/CoverageProbe.java "$data" "$runs" "$topic" >"$work/probe.out" 2>"$work/probe.log" \
  || { tail -30 "$work/probe.log"; exit 1; }
v() { sed -n "s/^$1=//p" "$work/probe.out" | head -1; }

{
  echo "Coverage benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at start $load"
  echo "country: $(v organisations) organisations; topic $(v topic) (narrower topics included), no target group"
  echo "whole country: $(v whole.municipalities) municipalities, $(v whole.covered) covered, $(v whole.servingLinks) serving links, share $(v whole.share)"
  echo
  echo "request                                   p50 ms    p95 ms"
  printf '%-40s %8s  %8s\n' "all municipalities, one request" "$(v whole.p50.ms)" "$(v whole.p95.ms)"
  printf '%-40s %8s  %8s\n' "one municipality ($(v single.municipality))" "$(v single.p50.ms)" "$(v single.p95.ms)"
  printf '%-40s %8s  %8s   (%s rounds)\n' "$(v separate.requests) separate requests, one round" "$(v separate.p50.ms)" "$(v separate.p95.ms)" "$(v separate.rounds)"
  echo
  echo "whole / single:   p50 $(v ratio.whole.single.p50)x, p95 $(v ratio.whole.single.p95)x (goal: <= 50x)"
  echo "separate / whole: p50 $(v ratio.separate.whole.p50)x, p95 $(v ratio.separate.whole.p95)x (goal: >= 5x)"
  echo "heap of the probe after a full GC: $(v heap.after.gc.mib) MiB"
  echo "took $(( $(date +%s) - began )) s"
} | tee "$work/summary.txt"
