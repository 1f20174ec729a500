#!/usr/bin/env bash
# Open data at scale (issue 8): CSV and JSON Lines export of the decisions dataset against PostgreSQL's own
# COPY ... TO STDOUT of the same rows in the same run, with the portal's heap capped to show that exports stream;
# the daily snapshot; the RDF read model's build time; the latency of the SPARQL page's example queries.
#
# The database is the one the search benchmark fills (benchmarks/search/run.sh generates it when missing):
# zfgs_bench, the demo content plus generate-decisions 1000000. To prepare it alone (about 15 minutes):
#   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE zfgs_bench"
#   ./mvnw -o -q -pl portal -am package -DskipTests
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/zfgs_bench PORTAL_DEMO_DATA=true \
#     java -jar portal/target/quarkus-app/quarkus-run.jar generate-decisions 1000000
# Then: benchmarks/opendata/run.sh
# Environment: RUNS (3), HEAP (256m; the portal's heap for the exports and the snapshot), RDF_HEAP (1g; for the RDF
# build), PORT (18088), DB (zfgs_bench), APP (the packaged portal), SECTIONS ("1 2 3 4"; 4 needs 3), FORMATS (csv
# jsonl ttl nt jsonld), WARMUP (0 skips the warm-up download), APP_BEFORE (another build of the portal, e.g. before a
# change: its CSV and JSON Lines are measured in the same rounds, interleaved with COPY and APP, on port PORT+1),
# JFR (a file: the export portal records a profile there).
# The portals run with the search index's follower off (it is not part of these figures).
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DB:-zfgs_bench}
RUNS=${RUNS:-3}
HEAP=${HEAP:-256m}
RDF_HEAP=${RDF_HEAP:-1g}
PORT=${PORT:-18088}
APP=${APP:-portal/target/quarkus-app/quarkus-run.jar}
SECTIONS=${SECTIONS:-1 2 3 4}
FORMATS=${FORMATS:-csv jsonl ttl nt jsonld}
APP_BEFORE=${APP_BEFORE:-}
WORK=$(mktemp -d /tmp/zfgs-opendata-bench.XXXXXX)
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_DATASOURCE_USERNAME=postgres
pid=""
pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=(); pid=""
}
# The machine is shared: the 1-minute load average every 10 s, summarised per section.
LOADLOG=$WORK/load
(while :; do cut -d' ' -f1 /proc/loadavg >>"$LOADLOG"; sleep 10; done) &
sampler=$!
trap 'stop; kill $sampler 2>/dev/null; rm -rf "$WORK"' EXIT
load() {
  sort -n "$LOADLOG" 2>/dev/null | awk '{a[NR]=$1} END {if (NR) printf "load average during this section: min %s, median %s, max %s (%d samples, every 10 s)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'
  : >"$LOADLOG"
}
has() { [[ " $SECTIONS " == *" $1 "* ]]; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

start() {  # start <app> <port> <heap> <log> <extra -D options...>
  local app=$1 port=$2 heap=$3 log=$4; shift 4
  if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use; set PORT" >&2; exit 1; fi
  # A generous connection timeout: on a loaded machine PostgreSQL can take longer than the default to connect.
  # No Flyway validation: the shared benchmark database may hold migrations of other branches (read-only use here).
  java "-Xmx$heap" -XX:+UseSerialGC -Dquarkus.http.port="$port" -Dsearch.follow=false \
    -Dquarkus.datasource.jdbc.acquisition-timeout=120S -Dquarkus.flyway.validate-on-migrate=false \
    -Dsearch.directory="$WORK/search-$port" -Dopendata.rdf.directory="$WORK/rdf" \
    -Dopendata.snapshots.directory="$WORK/snapshots" -Dopendata.sparql.timeout=300s "$@" -jar "$app" >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || break
    curl -sf -o /dev/null "http://localhost:$port/q/health/ready" && return 0
    sleep 1
  done
  echo "the portal did not start; see $log" >&2; tail -20 "$log" >&2; exit 1
}

rows=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT COUNT(*) FROM pub_decision WHERE is_current")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "decisions: $rows current rows in $DB; portal heap capped at $HEAP; median of $RUNS runs"

if has 1; then
echo
echo "== 1. Export of the decisions dataset (background jobs off)"
jfr=(); [ -n "${JFR:-}" ] && jfr=("-XX:StartFlightRecording=settings=profile,filename=$JFR")
start "$APP" "$PORT" "$HEAP" "$WORK/export.log" -Dopendata.background-jobs=false "${jfr[@]}"
app_pid=$pid
before_pid=""
if [ -n "$APP_BEFORE" ]; then
  start "$APP_BEFORE" $((PORT + 1)) "$HEAP" "$WORK/export-before.log" -Dopendata.background-jobs=false
  before_pid=$pid
fi
# The same columns and order as /data/decisions.csv, without the columns the portal derives (uri, labels).
COPY_SQL="COPY (SELECT item_id, version, document_number, decision_type, agency_id, agency_name, party_name, party_kind,
  party_credit_code, enforcement_item_id, facts, legal_bases, result, fine_amount, confiscated_amount, decision_date,
  published_at FROM pub_decision WHERE is_current = TRUE ORDER BY item_id) TO STDOUT WITH (FORMAT csv, HEADER)"
# One warm-up download per portal (JIT), not counted; WARMUP=0 skips it.
if [ "${WARMUP:-1}" != 0 ]; then
  curl -s -o /dev/null "http://localhost:$PORT/data/decisions.csv"
  [ -z "$before_pid" ] || curl -s -o /dev/null "http://localhost:$((PORT + 1))/data/decisions.csv"
fi
targets=()  # name|port|format
for format in $FORMATS; do
  targets+=("/data/decisions.$format|$PORT|$format")
  if [ -n "$before_pid" ] && { [ "$format" = csv ] || [ "$format" = jsonl ]; }; then
    targets+=("/data/decisions.$format (APP_BEFORE)|$((PORT + 1))|$format")
  fi
done
# Rounds: COPY, then every target, so that each ratio compares runs made in the same minutes.
for i in $(seq 1 "$RUNS"); do
  s=$(date +%s.%N); bytes=$(psql -h 127.0.0.1 -U postgres -d "$DB" -c "$COPY_SQL" | wc -c); e=$(date +%s.%N)
  echo "$e $s $bytes" | awk '{print $1-$2, $3}' >>"$WORK/copy.txt"
  for t in "${targets[@]}"; do
    IFS='|' read -r name port format <<<"$t"
    [ "$i" -gt 1 ] && [ "$format" != csv ] && [ "$format" != jsonl ] && continue  # RDF formats: one run
    curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "http://localhost:$port/data/decisions.$format" \
      >>"$WORK/$(echo "$name" | tr -c 'a-zA-Z0-9' _).txt"
  done
  echo "round $i done; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
copy_s=$(cut -d' ' -f1 "$WORK/copy.txt" | median); copy_b=$(head -1 "$WORK/copy.txt" | cut -d' ' -f2)
echo "COPY runs (s): $(cut -d' ' -f1 "$WORK/copy.txt" | xargs)"
printf "%-40s %8.1f s %10.0f rows/s %7.1f MB/s  (%s bytes)\n" "PostgreSQL COPY (CSV)" "$copy_s" \
  "$(echo "$rows / $copy_s" | bc -l)" "$(echo "$copy_b / 1048576 / $copy_s" | bc -l)" "$copy_b"
for t in "${targets[@]}"; do
  IFS='|' read -r name port format <<<"$t"
  f="$WORK/$(echo "$name" | tr -c 'a-zA-Z0-9' _).txt"
  tm=$(cut -d' ' -f1 "$f" | median); b=$(head -1 "$f" | cut -d' ' -f2)
  echo "$name runs (s): $(cut -d' ' -f1 "$f" | xargs)"
  printf "%-40s %8.1f s %10.0f rows/s %7.1f MB/s  (%s bytes; %.2f x COPY rows/s)\n" "$name" "$tm" \
    "$(echo "$rows / $tm" | bc -l)" "$(echo "$b / 1048576 / $tm" | bc -l)" "$b" "$(echo "$copy_s / $tm" | bc -l)"
done
echo "peak resident memory of the portal process (VmHWM): $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$app_pid/status)"
[ -z "$before_pid" ] || echo "  (APP_BEFORE: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$before_pid/status))"
load
stop
fi

if has 2; then
echo
echo "== 2. Snapshot of every dataset in every format (command line, same heap)"
s=$(date +%s.%N)
java "-Xmx$HEAP" -Dsearch.follow=false -Dquarkus.datasource.jdbc.acquisition-timeout=120S -Dopendata.snapshots.directory="$WORK/snapshots" -jar "$APP" snapshot-datasets | tail -8
e=$(date +%s.%N)
echo "snapshot took $(echo "$e - $s" | bc -l | xargs printf '%.0f') s; files: $(du -sh "$WORK/snapshots" | cut -f1)"
load
fi

if has 3; then
echo
echo "== 3. RDF read model (TDB2) build from the published tables (heap $RDF_HEAP)"
# Without a snapshot (section 2 not run), the portal would start making one beside the build: the snapshots then
# point at a directory that cannot be created, so that attempt fails at once.
snap=(); [ -d "$WORK/snapshots" ] || snap=(-Dopendata.snapshots.directory=/proc/zfgs-bench-no-snapshots)
start "$APP" "$PORT" "$RDF_HEAP" "$WORK/rdf.log" "${snap[@]}"
for _ in $(seq 1 14400); do
  grep -q "RDF 读模型：已重建\|RDF 读模型：打开或重建失败" "$WORK/rdf.log" && break
  sleep 1
done
grep "RDF 读模型\|started in" "$WORK/rdf.log" | tail -3
# From the start event (Quarkus's "started in" line) to the end of the build, by the log's own timestamps.
started=$(grep "started in" "$WORK/rdf.log" | head -1 | cut -c1-23); built=$(grep "RDF 读模型：已重建" "$WORK/rdf.log" | head -1 | cut -c1-23)
echo "build took $(( $(date -d "${built/,/.}" +%s) - $(date -d "${started/,/.}" +%s) )) s (from the portal's start to the log line); store size $(du -sh "$WORK/rdf" | cut -f1)"
load
fi

if has 4; then
echo
echo "== 4. SPARQL latency of the example queries (median of $RUNS, after one warm-up; results as CSV)"
for q in benchmarks/opendata/queries/*.rq; do
  curl -s -o /dev/null -H 'Accept: text/csv' --data-urlencode "query@$q" "http://localhost:$PORT/sparql"
  for i in $(seq 1 "$RUNS"); do
    curl -s -o "$WORK/q.csv" -w '%{time_total} %{http_code}\n' -H 'Accept: text/csv' --data-urlencode "query@$q" \
      "http://localhost:$PORT/sparql"
  done >"$WORK/q.txt"
  printf "%-36s %8.2f s  (runs: %s; HTTP %s; %d result rows)\n" "$(basename "$q" .rq)" \
    "$(cut -d' ' -f1 "$WORK/q.txt" | median)" "$(cut -d' ' -f1 "$WORK/q.txt" | xargs)" \
    "$(cut -d' ' -f2 "$WORK/q.txt" | sort -u | xargs)" "$(( $(wc -l <"$WORK/q.csv") - 1 ))"
done
load
fi
