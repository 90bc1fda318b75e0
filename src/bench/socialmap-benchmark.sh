#!/usr/bin/env bash
# Measures the social map on the generated 100,000-partner country:
#  - the map's data request (GET /api/socialmap, one branch, depth 2, the default limits of 500
#    nodes / 2,000 relations) at 16 concurrent keep-alive connections, p50/p95/p99, beside a static
#    file of exactly the same bytes (the same JSON, saved) served by the same Liberty, the same
#    application and the same log-in, in the same run; goal: p95 ratio <= 5;
#  - where the map's time goes: the map on one connection; the same query through the driver
#    (sequential and 16 at once), the heap Neo4j books for it, its PROFILE;
#  - headless Chromium on the map's page: nodes and edges cytoscape lays out, and the time from
#    navigation start to layout done and to the first painted frame.
# Takes about 5-8 minutes on 2 cores (2 of them generating the country), one heavy process at a
# time. Every HTTP answer must be 200 with the expected length, else the exit status is 1; the
# times Liberty forgot a log-in cookie (see LoadGen.java) are counted and shown, not hidden.
#
# Usage: bash src/bench/socialmap-benchmark.sh [--reuse] [--centre ID] [--seconds S] [--warmup S]
#                                              [--concurrency N] [--browser-runs N]
#   --reuse        keep target/socialmap-bench/neo4j when it holds a complete generated country
#                  (made by an earlier run) instead of generating a new one (saves about 2 min)
#   --centre ID    measure this centre instead of the automatic choice (see below)
#   --seconds S    measured seconds per HTTP target (30); --warmup S unmeasured seconds before (10)
#   --concurrency  connections (16); --browser-runs  measured page loads, after one warm-up (5)
#
# The centre: the first branch (by id) of the library with the most collaborations (ties: lowest
# library id). A branch reaches its library at depth 1 and the library's partners and other
# branches at depth 2, so this is the largest branch map there is: with seed 42 it is cut off at
# the 500-node limit, the worst case the default limits allow.
#
# Needs: JDK 25 in JAVA_HOME, the project's dependencies in the local Maven repository (Maven runs
# offline), Debian's chromium and chromium-driver, ports 9095 (HTTP), 9448 (HTTPS, unused) and 7695
# (Bolt) free (BENCH_HTTP_PORT, BENCH_HTTPS_PORT, BENCH_BOLT_PORT change them). Runs its own
# Liberty server "knooppunt-bench" (a copy of the application's server.xml; the loose application
# plus one extra folder, /bench, for the static file) on a data dir of its own, and stops it at the
# end. The administrator is KNOOPPUNT_ADMIN_USERNAME / KNOOPPUNT_ADMIN_PASSWORD when set, else
# bench-admin with a random password; the password is kept in target/socialmap-bench/admin (mode
# 600) because --reuse needs the one the database was created with. Output and logs stay in
# target/socialmap-bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
export PATH="$JAVA_HOME/bin:$PATH"

reuse=false centre="" seconds=30 warmup=10 concurrency=16 browser_runs=5 depth=2
while [ $# -gt 0 ]; do
  case $1 in
    --reuse) reuse=true ;;
    --centre) centre=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --concurrency) concurrency=$2; shift ;;
    --browser-runs) browser_runs=$2; shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
  shift
done

http_port=${BENCH_HTTP_PORT:-9095}
https_port=${BENCH_HTTPS_PORT:-9448}
bolt_port=${BENCH_BOLT_PORT:-7695}
base=http://localhost:$http_port
root=$PWD
work=$root/target/socialmap-bench
data=$work/neo4j
wlp=$root/target/liberty/wlp
server=knooppunt-bench
classpath_file=$root/target/bench-classpath.txt
began=$(date +%s)
started_server=false

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
value() { sed -n "s/^$1=//p" "$2" | head -1; } # name file -> value of a name=value line

stop_server() {
  if $started_server; then
    log "stopping Liberty server $server"
    "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
    started_server=false
  fi
}
trap stop_server EXIT

for port in "$http_port" "$https_port" "$bolt_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is in use (BENCH_HTTP_PORT, BENCH_HTTPS_PORT, BENCH_BOLT_PORT choose others)"
  fi
done
mkdir -p "$work"
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Build: the application (loose), the Liberty runtime, the class path of the probes. ---------
log "building (Maven, offline)"
mvn -o -q -B -DskipTests package liberty:create liberty:deploy dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; die "the build failed (log: $work/build.log)"; }
cp="$root/target/classes:$(cat "$classpath_file")"

# --- The administrator. --------------------------------------------------------------------------
if [ -z "${KNOOPPUNT_ADMIN_PASSWORD:-}" ] && $reuse && [ -f "$work/admin" ]; then
  # shellcheck disable=SC1091
  . "$work/admin"
fi
export KNOOPPUNT_ADMIN_USERNAME=${KNOOPPUNT_ADMIN_USERNAME:-bench-admin}
export KNOOPPUNT_ADMIN_PASSWORD=${KNOOPPUNT_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}

# --- The country. --------------------------------------------------------------------------------
if $reuse && [ -f "$data/.generated" ]; then
  log "reusing the generated country in $data"
else
  "$wlp/bin/server" status "$server" >/dev/null 2>&1 && die "server $server is still running: $wlp/bin/server stop $server"
  rm -rf "$data"
  log "generating the 100,000-partner country into $data (about 2 minutes)"
  gen_start=$(date +%s)
  mvn -o -q -B exec:java -Dexec.mainClass=org.knooppunt.platform.generator.CountryGenerator \
    -Dexec.args="--partners 100000 --data-dir $data" >"$work/generator.out" 2>"$work/generator.log" \
    || { tail -30 "$work/generator.log"; die "the generator failed (log: $work/generator.log)"; }
  echo "$(( $(date +%s) - gen_start ))" >"$data/.generated"
  (umask 077 && printf 'KNOOPPUNT_ADMIN_USERNAME=%q\nKNOOPPUNT_ADMIN_PASSWORD=%q\n' \
    "$KNOOPPUNT_ADMIN_USERNAME" "$KNOOPPUNT_ADMIN_PASSWORD" >"$work/admin")
fi

# --- The server: the application's server.xml, its own ports and data, one extra folder. ---------
mkdir -p "$work/static"
rm -rf "${wlp:?}/usr/servers/$server"
"$wlp/bin/server" create "$server" >/dev/null
dir=$wlp/usr/servers/$server
cp liberty/server.xml liberty/bootstrap.properties "$dir/"
printf '\ndefault.http.port=%s\ndefault.https.port=%s\n' "$http_port" "$https_port" >>"$dir/bootstrap.properties"
cat >"$dir/jvm.options" <<EOF
-Xmx1g
--enable-native-access=ALL-UNNAMED
--sun-misc-unsafe-memory-access=allow
-Dknooppunt.data.dir=$data
-Dknooppunt.neo4j.bolt.port=$bolt_port
EOF
# The loose application as liberty:deploy wrote it, plus target/socialmap-bench/static as /bench:
# files there are served by the application (its filters and its log-in), like its own resources.
sed "s#</archive>#    <dir sourceOnDisk=\"$work/static\" targetInArchive=\"/bench\"/>\n</archive>#" \
  "$wlp/usr/servers/defaultServer/apps/knooppunt.war.xml" >"$dir/apps/knooppunt.war.xml"

log "starting Liberty ($server, HTTP $http_port, Bolt $bolt_port)"
start=$(date +%s%N)
KNOOPPUNT_DEMO=false KNOOPPUNT_MAP_TILES_URL=none "$wlp/bin/server" start "$server" --clean >/dev/null
started_server=true
until curl -s -o /dev/null "$base/login.xhtml"; do
  "$wlp/bin/server" status "$server" >/dev/null 2>&1 || die "Liberty stopped; see $dir/logs/messages.log"
  [ $(( $(date +%s%N) - start )) -lt 600000000000 ] || die "Liberty did not answer within 10 minutes"
  sleep 1
done
startup=$(awk -v n="$(( $(date +%s%N) - start ))" 'BEGIN {printf "%.0f", n/1e9}')
log "Liberty answered after ${startup} s"

# --- The centre and its map. ---------------------------------------------------------------------
bolt=bolt://127.0.0.1:$bolt_port
if [ -z "$centre" ]; then
  java -cp "$cp" src/bench/SocialMapProbe.java pick "$bolt" >"$work/pick.out" 2>"$work/pick.log"
  centre=$(value centre.id "$work/pick.out")
  centre_name="$(value centre.name "$work/pick.out") of $(value centre.library "$work/pick.out") ($(value centre.library.collaborations "$work/pick.out") collaborations, $(value centre.library.branches "$work/pick.out") branches)"
else
  centre_name="(given)"
fi
map_path="/api/socialmap?centre=$centre&depth=$depth"
status=$(curl -s -u "$KNOOPPUNT_ADMIN_USERNAME:$KNOOPPUNT_ADMIN_PASSWORD" -o "$work/map.json" -w '%{http_code}' "$base$map_path")
[ "$status" = 200 ] || die "the map answered $status: $(head -c 300 "$work/map.json")"
map_bytes=$(wc -c <"$work/map.json")
# The static twin: the very same bytes, so that only the way they are made differs.
cp "$work/map.json" "$work/static/socialmap-same-size.json"
static_path=/bench/socialmap-same-size.json
log "centre $centre: $centre_name; map JSON $map_bytes bytes"

# --- HTTP: the map and the static file, same workers, same connections, one after the other. -----
messages=$dir/logs/messages.log
lines_before=$(wc -l <"$messages")
log "HTTP load: $concurrency connections, ${warmup} s warm-up + ${seconds} s per target"
loadgen_ok=true
java src/bench/LoadGen.java --base "$base" --user "$KNOOPPUNT_ADMIN_USERNAME" \
  --concurrency "$concurrency" --warmup "$warmup" --seconds "$seconds" \
  --target "map=$map_path:$map_bytes" --target "static=$static_path:$map_bytes" \
  >"$work/loadgen.out" 2>"$work/loadgen.log" || loadgen_ok=false
# The driver logs each retry of a transaction with its delay; Neo4j's reason was the memory limit.
tail -n +"$((lines_before + 1))" "$messages" >"$work/messages-during-load.log"
retries=$(grep -c 'Transaction failed and will be retried' "$work/messages-during-load.log" || true)
memory_retries=$(grep -c 'dbms.memory.transaction.total.max threshold reached' "$work/messages-during-load.log" || true)
retry_wait=$(sed -n 's/.*will be retried in \([0-9]*\)ms.*/\1/p' "$work/messages-during-load.log" | awk '{s+=$1} END {printf "%.1f", s/1000}')

# The map alone: one connection, so no request waits for another.
log "HTTP: the map on 1 connection, 2 s warm-up + 10 s"
java src/bench/LoadGen.java --base "$base" --user "$KNOOPPUNT_ADMIN_USERNAME" \
  --concurrency 1 --warmup 2 --seconds 10 --target "map=$map_path:$map_bytes" \
  >"$work/loadgen-single.out" 2>"$work/loadgen-single.log" || loadgen_ok=false

# --- Where the map's time goes: the same query through the driver. -------------------------------
log "Bolt: the application's query, sequential and $concurrency at once, PROFILE"
java -cp "$cp" src/bench/SocialMapProbe.java query "$bolt" "$centre" "$depth" 15 "$concurrency" \
  >"$work/probe.out" 2>"$work/probe.log"

# --- The browser. --------------------------------------------------------------------------------
log "headless Chromium: the map page, 1 warm-up + $browser_runs loads"
java -cp "$cp" src/bench/BrowserProbe.java "$base" "$KNOOPPUNT_ADMIN_USERNAME" "$centre" "$depth" \
  "$browser_runs" >"$work/browser.out" 2>"$work/browser.log"

stop_server

# --- Summary. ------------------------------------------------------------------------------------
l=$work/loadgen.out l1=$work/loadgen-single.out p=$work/probe.out b=$work/browser.out
{
  echo
  echo "Social map benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at start $load_at_start"
  echo "country: $(value nodes "$work/generator.out" 2>/dev/null || true) nodes, $(value relationships "$work/generator.out" 2>/dev/null || true) relationships (generated in $(cat "$data/.generated") s); Liberty answered after $startup s"
  echo "centre: $centre, $centre_name, depth $depth"
  echo "map: $(value nodes "$p") nodes, $(value edges "$p") relations, truncated=$(value truncated "$p"), $map_bytes bytes of JSON"
  echo
  printf '%-34s %9s %9s %9s %9s %9s\n' "HTTP, $concurrency connections" "p50 ms" "p95 ms" "p99 ms" "req/s" "errors"
  for t in map static; do
    printf '%-34s %9s %9s %9s %9s %9s\n' "$t ($map_bytes bytes)" "$(value "$t.p50.ms" "$l")" \
      "$(value "$t.p95.ms" "$l")" "$(value "$t.p99.ms" "$l")" "$(value "$t.per.second" "$l")" "$(value "$t.errors" "$l")"
  done
  echo "ratio map/static: p50 $(value ratio.p50 "$l"), p95 $(value ratio.p95 "$l") (goal: p95 <= 5)"
  echo "re-logins (the LtpaToken2 cookie stopped logging in; not measured, see LoadGen.java): map $(value map.relogins "$l"), static $(value static.relogins "$l")"
  echo "the map alone (1 connection): p50 $(value map.p50.ms "$l1") ms, p95 $(value map.p95.ms "$l1") ms, p99 $(value map.p99.ms "$l1") ms, $(value map.per.second "$l1")/s, $(value map.errors "$l1") errors"
  echo "map transactions retried by the driver during the load: $retries ($memory_retries for Neo4j's transaction memory limit), ${retry_wait} s of back-off in all"
  echo
  echo "Bolt, the same query: sequential p50 $(value bolt.sequential.p50.ms "$p") ms, p95 $(value bolt.sequential.p95.ms "$p") ms;" \
    "$concurrency at once p50 $(value bolt.concurrent.p50.ms "$p") ms, p95 $(value bolt.concurrent.p95.ms "$p") ms, $(value bolt.concurrent.per.second "$p")/s"
  echo "heap Neo4j books per map query: up to $(value bolt.concurrent.tx.heap.peak.one.mib "$p") MiB (all running map queries: $(value bolt.concurrent.tx.heap.peak.sum.mib "$p") MiB);" \
    "PROFILE: $(value profile.db.hits "$p") db hits, GlobalMemory $(value profile.GlobalMemory "$p" | awk '{printf "%d", $1 / 1048576}') MiB, $(value profile.runtime "$p") runtime"
  echo "operators (db hits >= 1000 or memory >= 1 MiB): $(value profile.operators "$p")"
  echo
  echo "browser (headless Chromium, median of $(value runs "$b") loads, ms since navigation start, range):"
  echo "  laid out: $(value nodes "$b") nodes, $(value edges "$b") edges ($(value positioned "$b") positioned); page HTML $(value html.bytes "$b") bytes"
  echo "  first byte $(value responseStart.ms "$b"); HTML complete $(value responseEnd.ms "$b"); DOMContentLoaded $(value domContentLoaded.ms "$b")"
  echo "  layout done $(value layoutDone.ms "$b"); first frame painted $(value painted.ms "$b")"
  echo
  echo "whole run: $(( $(date +%s) - began )) s; details in $work/"
} | tee "$work/summary.txt"

$loadgen_ok || die "some HTTP responses were not 200 with the expected length: see $work/loadgen.out and loadgen.log"
