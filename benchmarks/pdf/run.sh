#!/usr/bin/env bash
# PDFs (issue 9): how many signed PDF/A documents the portal renders per second, with the cache off so that every
# request renders and signs, and the portal's peak memory (resident set, VmHWM) meanwhile. KIND picks the document:
# decision (default, /decisions/{id}.pdf), guide (/guides/{id}.pdf, a service guide with its flowchart drawn as boxes),
# flowchart (/flowcharts/{id}.pdf) or notice (/rights-notices/{id}.pdf).
#
# Prepare once, as the database owner:
#   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE zfgs_bench_pdf"
#   ./mvnw -o -q -pl portal -am package -DskipTests
# The first start fills the empty database with the demo content.
# Then: benchmarks/pdf/run.sh      (KIND, RUNS, COUNT, CLIENTS, HEAP, PORT, DB, APP may be set in the environment)
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DB:-zfgs_bench_pdf}
KIND=${KIND:-decision}
case "$KIND" in
  decision) TABLE=pub_decision; URL=decisions ;;
  guide) TABLE=pub_service_guide; URL=guides ;;
  flowchart) TABLE=pub_flowchart; URL=flowcharts ;;
  notice) TABLE=pub_rights_notice; URL=rights-notices ;;
  *) echo "KIND must be decision, guide, flowchart or notice" >&2; exit 2 ;;
esac
RUNS=${RUNS:-5}
COUNT=${COUNT:-100}
CLIENTS=${CLIENTS:-2}
HEAP=${HEAP:-512m}
PORT=${PORT:-18089}
APP=${APP:-portal/target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d /tmp/zfgs-pdf-bench.XXXXXX)
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB PORTAL_DEMO_DATA=true \
  java "-Xmx$HEAP" -Dquarkus.http.port="$PORT" -Dpdf.cache-megabytes=0 \
  -Dpdf.signing.keystore="$WORK/signing.p12" -Dopendata.background-jobs=false \
  -Dsearch.directory="$WORK/search" -jar "$APP" >"$WORK/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/portal.log" >&2; exit 1; }
  sleep 1
done

psql -h 127.0.0.1 -U postgres -d "$DB" -tAc \
  "SELECT item_id FROM $TABLE WHERE is_current ORDER BY item_id LIMIT $COUNT" >"$WORK/ids"
n=$(wc -l <"$WORK/ids")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "$n $KIND PDFs per run, $CLIENTS concurrent clients, cache off, heap -Xmx$HEAP, median of $RUNS runs (after one warm-up run)"

fetch_all() {
  xargs -P "$CLIENTS" -I{} curl -sf -o /dev/null "http://localhost:$PORT/$URL/{}.pdf" <"$WORK/ids"
}
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }   # the portal's user + system CPU time, in clock ticks
fetch_all   # warm-up: JIT, font parsing, class loading
cpu_before=$(cpu)
for i in $(seq 1 "$RUNS"); do
  s=$(date +%s.%N); fetch_all; e=$(date +%s.%N)
  echo "$n $s $e" | awk '{printf "%.2f\n", $1 / ($3 - $2)}'
done >"$WORK/rates"
echo "runs (PDFs/s): $(tr '\n' ' ' <"$WORK/rates")"
echo "median: $(median <"$WORK/rates") PDFs/s"
# On a shared machine the wall-clock rate depends on everyone else's load; CPU time per PDF does much less.
echo "portal CPU time per PDF: $(echo "$(cpu) $cpu_before $(getconf CLK_TCK) $n $RUNS" \
  | awk '{printf "%.0f ms", ($1 - $2) / $3 * 1000 / ($4 * $5)}') (all threads: rendering, signing, HTTP, GC)"
bytes=$(curl -sf "http://localhost:$PORT/$URL/$(head -1 "$WORK/ids").pdf" | wc -c)
echo "size of one $KIND PDF: $bytes bytes"
echo "portal peak resident memory (VmHWM): $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
