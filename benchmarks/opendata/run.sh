#!/usr/bin/env bash
# Open data at scale (issue 8): CSV and JSON Lines export of the decisions dataset against PostgreSQL's own
# COPY ... TO STDOUT of the same rows in the same run, with the portal's heap capped to show that exports stream;
# the daily snapshot; the RDF read model's build time; the latency of the SPARQL page's example queries.
#
# Prepare once (about 8 minutes), as the database owner:
#   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE zfgs_bench_opendata"
#   ./mvnw -o -q -pl portal -am package -DskipTests
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/zfgs_bench_opendata PORTAL_DEMO_DATA=true \
#     java -jar portal/target/quarkus-app/quarkus-run.jar generate-decisions 1000000
# Then: benchmarks/opendata/run.sh            (RUNS, HEAP, PORT, DB may be set in the environment)
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DB:-zfgs_bench_opendata}
RUNS=${RUNS:-3}
HEAP=${HEAP:-256m}
PORT=${PORT:-18088}
APP=${APP:-portal/target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d /tmp/zfgs-opendata-bench.XXXXXX)
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export QUARKUS_DATASOURCE_JDBC_URL=$URL
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

start() {  # start <log> <extra -D options...>
  local log=$1; shift
  java "-Xmx$HEAP" -XX:+UseSerialGC -Dquarkus.http.port="$PORT" -Dopendata.rdf.directory="$WORK/rdf" \
    -Dopendata.snapshots.directory="$WORK/snapshots" -Dopendata.sparql.timeout=300s "$@" -jar "$APP" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && return 0
    sleep 1
  done
  echo "the portal did not start; see $log" >&2; tail -20 "$log" >&2; exit 1
}

rows=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT COUNT(*) FROM pub_decision WHERE is_current")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "decisions: $rows current rows in $DB; portal heap capped at $HEAP; median of $RUNS runs"

echo
echo "== 1. Export of the decisions dataset (background jobs off)"
start "$WORK/export.log" -Dopendata.background-jobs=false
# The same columns and order as /data/decisions.csv, without the columns the portal derives (uri, labels).
COPY_SQL="COPY (SELECT item_id, version, document_number, decision_type, agency_id, agency_name, party_name, party_kind,
  party_credit_code, enforcement_item_id, facts, legal_bases, result, fine_amount, confiscated_amount, decision_date,
  published_at FROM pub_decision WHERE is_current = TRUE ORDER BY item_id) TO STDOUT WITH (FORMAT csv, HEADER)"
for i in $(seq 1 "$RUNS"); do
  s=$(date +%s.%N); bytes=$(psql -h 127.0.0.1 -U postgres -d "$DB" -c "$COPY_SQL" | wc -c); e=$(date +%s.%N)
  echo "$e $s $bytes" | awk '{print $1-$2, $3}'
done >"$WORK/copy.txt"
copy_s=$(cut -d' ' -f1 "$WORK/copy.txt" | median); copy_b=$(head -1 "$WORK/copy.txt" | cut -d' ' -f2)
printf "%-28s %8.1f s %10.0f rows/s %7.1f MB/s  (%s bytes)\n" "PostgreSQL COPY (CSV)" "$copy_s" \
  "$(echo "$rows / $copy_s" | bc -l)" "$(echo "$copy_b / 1048576 / $copy_s" | bc -l)" "$copy_b"
for format in csv jsonl ttl nt jsonld; do
  runs=$RUNS; [ "$format" = csv ] || [ "$format" = jsonl ] || runs=1
  for i in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "http://localhost:$PORT/data/decisions.$format"
  done >"$WORK/$format.txt"
  t=$(cut -d' ' -f1 "$WORK/$format.txt" | median); b=$(head -1 "$WORK/$format.txt" | cut -d' ' -f2)
  printf "%-28s %8.1f s %10.0f rows/s %7.1f MB/s  (%s bytes; %.2f x COPY rows/s)\n" "/data/decisions.$format" "$t" \
    "$(echo "$rows / $t" | bc -l)" "$(echo "$b / 1048576 / $t" | bc -l)" "$b" "$(echo "$copy_s / $t" | bc -l)"
done
echo "peak resident memory of the portal process (VmHWM): $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
stop

echo
echo "== 2. Snapshot of every dataset in every format (command line, same heap)"
s=$(date +%s.%N)
java "-Xmx$HEAP" -Dopendata.snapshots.directory="$WORK/snapshots" -jar "$APP" snapshot-datasets | tail -8
e=$(date +%s.%N)
echo "snapshot took $(echo "$e - $s" | bc -l | xargs printf '%.0f') s; files: $(du -sh "$WORK/snapshots" | cut -f1)"

echo
echo "== 3. RDF read model (TDB2) build from the published tables"
s=$(date +%s)
start "$WORK/rdf.log"
for _ in $(seq 1 7200); do
  grep -q "RDF 读模型：已重建" "$WORK/rdf.log" && break
  sleep 1
done
e=$(date +%s)
grep "RDF 读模型" "$WORK/rdf.log" | tail -2
echo "build took about $((e - s)) s from start; store size $(du -sh "$WORK/rdf" | cut -f1)"

echo
echo "== 4. SPARQL latency of the example queries (median of $RUNS, after one warm-up)"
for q in benchmarks/opendata/queries/*.rq; do
  curl -s -o /dev/null --data-urlencode "query@$q" "http://localhost:$PORT/sparql"
  for i in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' --data-urlencode "query@$q" "http://localhost:$PORT/sparql"
  done >"$WORK/q.txt"
  printf "%-36s %8.2f s\n" "$(basename "$q" .rq)" "$(median <"$WORK/q.txt")"
done
