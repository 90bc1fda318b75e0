#!/usr/bin/env bash
# Measures: time from the README's run command to the first answered page (fresh embedded
# database, demo data loaded), the same for an empty Liberty with the same features, their ratio,
# and the heap the application uses after start-up (after a full GC).
# Usage: bash src/bench/startup-benchmark.sh      (needs JDK 25 in JAVA_HOME; ports 9080, 9090 free)
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
export PATH="$JAVA_HOME/bin:$PATH"

wait_for() { # url -> prints seconds until it answered with any HTTP status
  local url=$1 start=$2
  until curl -s -o /dev/null "$url"; do sleep 0.2; done
  echo "$(( $(date +%s%N) - start ))" | awk '{printf "%.1f", $1/1e9}'
}

mvn -q -B -DskipTests package >/dev/null   # compile once, so both timings start from a built tree
data=$(mktemp -d)
log=$(mktemp)
start=$(date +%s%N)
mvn -B -o -DskipTests -Dknooppunt.data.dir="$data" package liberty:run >"$log" 2>&1 &
runner=$!
app=$(wait_for http://localhost:9080/login.xhtml "$start")
sleep 5
pid=$(pgrep -f 'ws-server.jar defaultServer' | head -1)
jcmd "$pid" GC.run >/dev/null
heap=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1)}')
target/liberty/wlp/bin/server stop defaultServer >/dev/null
wait "$runner" || true

# An empty Liberty with the same features and no application.
wlp=target/liberty/wlp
rm -rf "$wlp/usr/servers/empty"
"$wlp/bin/server" create empty >/dev/null
sed -n '/<featureManager>/,/<\/featureManager>/p' liberty/server.xml >"$wlp/usr/servers/empty/features.xml"
cat >"$wlp/usr/servers/empty/server.xml" <<XML
<server>
$(cat "$wlp/usr/servers/empty/features.xml")
  <httpEndpoint id="defaultHttpEndpoint" host="localhost" httpPort="9090" httpsPort="9453"/>
</server>
XML
start=$(date +%s%N)
"$wlp/bin/server" start empty >/dev/null
empty=$(wait_for http://localhost:9090/ "$start")
"$wlp/bin/server" stop empty >/dev/null
rm -rf "$data" "$log"

echo "run command -> first answered page: ${app} s"
echo "empty Liberty, same features -> first answer: ${empty} s"
awk -v a="$app" -v e="$empty" 'BEGIN {printf "ratio: %.1f\n", a/e}'
echo "heap used after start-up with demo data (after full GC): ${heap}"
