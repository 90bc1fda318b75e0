#!/usr/bin/env bash
# Measures importing the generated 100,000-partner country (src/bench/ImportProbe.java), in one run:
#  - the country dumped once to files (kept in target/import-bench/csv): the canonical organisation
#    CSV (what the product import reads; collaborates_with holds |-joined partner ids) and the same
#    data in neo4j-admin import format (nodes with :ID/:LABEL, relationships with :START_ID/:END_ID/
#    :TYPE: organisations, municipalities, topics, target groups; LOCATED_IN, WORKS_ON, REACHES,
#    COLLABORATES_WITH);
#  - offline bulk import: Neo4j's import tool (org.neo4j:neo4j-import-tool, the project's Neo4j
#    version, its CLI in a child JVM) into a fresh store: nodes/s, relationships/s; twice: the
#    dumped files as they are, and the same graph as the product writes (admin-same/: every
#    property and relationship the product adds, one organisation per import key), followed by the
#    product's indexes and constraints until they are online;
#  - one row per transaction through the driver, same statements as the batched way, on a sample
#    of organisations and the collaborations among them, extrapolated to the whole file;
#  - batched UNWIND writes through the driver (--batch rows per transaction) on the whole file: the
#    stand-in for the product import (BatchedUnwindImport), with the peak heap during it; the product
#    import is one more ImportUnderTest in ImportProbe.products, a row of its own.
#
# Usage: bash src/bench/import-benchmark.sh [--from DIR] [--reuse] [--sample N] [--batch N]
#   --from D    copy a generated country from D (cp -a; D itself is not touched), e.g.
#               target/socialmap-bench/neo4j of an earlier social-map or partner benchmark
#   --reuse     keep the dumped files in target/import-bench/csv when they are complete
#   --sample N  organisations imported one per transaction (2000)
#   --batch N   rows per transaction of the batched import (2000)
# Without --from the country is generated (about 2 minutes) into target/import-bench/country.
# Needs JDK 25 in JAVA_HOME and the project's dependencies in the local Maven repository (offline).
# Output: target/import-bench/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
export PATH="$JAVA_HOME/bin:$PATH"

reuse=false from="" sample=2000 batch=2000
while [ $# -gt 0 ]; do
  case $1 in
    --reuse) reuse=true ;;
    --from) from=$2; shift ;;
    --sample) sample=$2; shift ;;
    --batch) batch=$2; shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
  shift
done

root=$PWD
work=$root/target/import-bench
country=$work/country
csv=$work/csv
classpath_file=$root/target/bench-classpath.txt
mkdir -p "$work"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
began=$(date +%s)

log "building the classes and the class path"
mvn -o -q -B -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; exit 1; }
cp="$root/target/classes:$(cat "$classpath_file")"
jvm=(-Xmx2g --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp "$cp")

if $reuse && [ -f "$csv/.complete" ]; then
  log "reusing the dumped files in $csv"
else
  rm -rf "$country" "$csv"
  if [ -n "$from" ]; then
    [ -f "$from/.generated" ] || { echo "$from holds no complete generated country" >&2; exit 1; }
    log "copying the generated country from $from"
    cp -a "$from" "$country"
  else
    log "generating the 100,000-partner country into $country (about 2 minutes)"
    mvn -o -q -B exec:java -Dexec.mainClass=org.knooppunt.platform.generator.CountryGenerator \
      -Dexec.args="--partners 100000 --data-dir $country" >"$work/generator.out" 2>"$work/generator.log" \
      || { tail -30 "$work/generator.log"; exit 1; }
  fi
  log "dumping the country to CSV files in $csv"
  java "${jvm[@]}" src/bench/ImportProbe.java dump "$country" "$csv" >"$work/dump.out" 2>"$work/dump.log" \
    || { tail -30 "$work/dump.log"; exit 1; }
  touch "$csv/.complete"
  rm -rf "$country"
fi

log "measuring (bulk import, ${sample} rows one per transaction, the whole file ${batch} rows per transaction)"
load=$(cut -d' ' -f1-3 /proc/loadavg)
java "${jvm[@]}" src/bench/ImportProbe.java measure "$csv" "$work" "$sample" "$batch" >"$work/probe.out" 2>"$work/probe.log" \
  || { tail -30 "$work/probe.log"; exit 1; }
v() { sed -n "s/^$1=//p" "$work/probe.out" "$work/dump.out" 2>/dev/null | head -1; }

{
  echo "Import benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at start $load"
  echo "file: $(v file.organisations) organisations ($(v dump.csv.bytes) bytes of canonical CSV), $(v file.collaborations) collaborations;"
  echo "  reference data: $(v dump.municipalities) municipalities, $(v dump.topics) topics, $(v dump.targetGroups) target groups"
  echo
  echo "way                                              seconds      nodes  relationships    nodes/s     rels/s  steal %"
  row() { printf '%-46s %9s %10s %14s %10s %10s %8s\n' "$1" "$(v "$2.seconds")" "$(v "$2.nodes")" "$(v "$2.relationships")" "$(v "$2.nodes.per.second")" "$(v "$2.relationships.per.second")" "$(v "$2.steal.percent")"; }
  row "offline bulk (neo4j-admin import, fresh store)" bulk
  echo "  the import tool's own report: $(grep -a -o 'IMPORT DONE in .*' "$work/bulk/import.log" | head -1)"
  echo "  the file's topology and columns only: no provenance, no SERVES, no indexes"
  printf '%-46s %9s %10s %14s %10s %10s %8s\n' "offline bulk, the product's graph and schema" "$(v same.total.seconds)" \
    "$(v same.nodes)" "$(v same.relationships)" "$(v same.total.nodes.per.second)" "$(v same.total.relationships.per.second)" "$(v same.steal.percent)"
  echo "  import tool $(v same.seconds) s ($(grep -a -o 'IMPORT DONE in .*' "$work/bulk-same/import.log" | head -1)), then the product's $(v same.schema.statements) indexes and constraints built and online: $(v same.schema.seconds) s (steal $(v same.schema.steal.percent) %)"
  row "one row per transaction (sample, measured)" single
  printf '  sample: %s organisations %s ms/row, %s collaborations %s ms/row; whole file extrapolated: %s s\n' \
    "$(v single.organisations)" "$(v single.organisations.ms.per.row)" "$(v single.collaborations)" \
    "$(v single.collaborations.ms.per.row)" "$(v single.extrapolated.seconds)"
  row "batched UNWIND, $batch rows/tx (stand-in)" standin
  echo "  heap during it (Neo4j in the same JVM, -Xmx2g): peak in use $(v standin.heap.peak.mib) MiB, largest after a GC $(v standin.heap.live.max.mib) MiB"
  if grep -q '^product\.' "$work/probe.out"; then
    row "product import (ImportWriter)" product
    echo "  heap during it: peak in use $(v product.heap.peak.mib) MiB, largest after a GC $(v product.heap.live.max.mib) MiB"
    echo "  its phases: reading the file $(v product.read.seconds) s, planning $(v product.plan.seconds) s, writing $(v product.write.seconds) s"
    ratio() { awk -v a="$(v "$1")" -v b="$(v "$2")" 'BEGIN { if (a > 0) printf "1/%.1f", b / a; else printf "n/a" }'; }
    echo
    echo "product against the offline importer (goal >= 1/5), nodes/s and relationships/s:"
    echo "  against the bare bulk import:                  $(ratio product.nodes.per.second bulk.nodes.per.second) and $(ratio product.relationships.per.second bulk.relationships.per.second)"
    echo "  against the bulk import of the same graph:     $(ratio product.nodes.per.second same.total.nodes.per.second) and $(ratio product.relationships.per.second same.total.relationships.per.second)"
    awk -v p="$(v product.seconds)" -v s="$(v single.extrapolated.seconds)" \
      'BEGIN { printf "product against one row per transaction (goal >= 20x): %.0fx\n", s / p }'
  else
    echo "product import (ImportWriter)                  pending merge"
  fi
  echo
  echo "steal %: the share of the machine's CPU time its hypervisor took during that row (/proc/stat); rows"
  echo "  measured under very different steal are not comparable, so neither is their ratio"
  echo "driver rows write into a store holding the migrations' reference data ($(v reference.nodes) nodes, $(v reference.relationships) relationships), counted before and after"
  echo "whole run: $(( $(date +%s) - began )) s; details in $work/"
} | tee "$work/summary.txt"
