#!/usr/bin/env bash
# Search benchmark (docs/BENCHMARKS.md): N decisions on top of the demo content in the PostgreSQL database
# zfgs_bench (generated when it does not hold them yet, reused when it does: the open data benchmark shares it),
# rebuilds the search index with the application's own command (build time, docs/s, size on disk), then runs the
# same query mix against the application's search, raw Lucene and a PostgreSQL ILIKE + pg_trgm baseline, and
# finally measures publish-to-searchable lag through the running portal (benchmarks/search/lag.sh).
#   benchmarks/search/run.sh [N decisions, default 1000000] [queries, default 1000] [rounds, default 3] [PG queries]
# Environment: DB (default zfgs_bench), APP (the packaged portal), SEARCH_BENCH_DIR (index directory),
# BUILDS (index builds to time, default 1), LAG (0 skips the lag measurement), PORT (for it, default 18089).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and the application built (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-1000000}
QUERIES=${2:-1000}
ROUNDS=${3:-3}
PG_QUERIES=${4:-$QUERIES}
DB=${DB:-zfgs_bench}
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
INDEX=${SEARCH_BENCH_DIR:-/tmp/zfgs-bench-index}
APP=${APP:-portal/target/quarkus-app/quarkus-run.jar}
BUILDS=${BUILDS:-1}
OUT=benchmarks/search/results-$(date +%Y%m%d-%H%M).txt
LOADLOG=$(mktemp /tmp/zfgs-search-load.XXXXXX)

[ -f "$APP" ] || ./mvnw -o -q -pl portal -am package -DskipTests
run() { QUARKUS_DATASOURCE_JDBC_URL="$URL?reWriteBatchedInserts=true" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=120S \
  SEARCH_DIRECTORY="$INDEX" PORTAL_DEMO_DATA=true java -jar "$APP" "$@"; }
# The machine is shared: the 1-minute load average every 10 s, summarised per phase.
(while :; do cut -d' ' -f1 /proc/loadavg >>"$LOADLOG"; sleep 10; done) &
sampler=$!
trap 'kill $sampler 2>/dev/null; rm -f "$LOADLOG"' EXIT
load() {  # load <phase>: min / median / max of the samples since the last call
  sort -n "$LOADLOG" | awk -v p="$1" '{a[NR]=$1} END {if (NR) printf "load average during %s: min %s, median %s, max %s (%d samples)\n", p, a[1], a[int((NR+1)/2)], a[NR], NR}'
  : >"$LOADLOG"
}

{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); java $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks' || echo ' (with uncommitted changes)'); app: $APP"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "decisions: $N; queries: $QUERIES; rounds: $ROUNDS; PostgreSQL queries: $PG_QUERIES; database: $DB"

  # Every decision ever published counts: a portal started on the database expires those whose publication period
  # has ended, and the database must not be generated again for that.
  have=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT COUNT(DISTINCT item_id) FROM pub_decision" \
    2>/dev/null || echo 0)
  if [ "$have" -lt "$N" ]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    start=$(date +%s)
    run generate-decisions "$N" | tail -1
    echo "generation: $(( $(date +%s) - start )) s"
  else
    echo "reusing $DB: $have current decisions"
  fi
  load "generation"

  for b in $(seq 1 "$BUILDS"); do
    rm -rf "$INDEX"
    start=$(date +%s.%N)
    run rebuild-search-index | tail -1
    echo "index build $b (command, incl. JVM start): $(echo "$(date +%s.%N) - $start" | bc) s"
    load "index build $b"
  done
  echo "index size: $(du -sh "$INDEX/documents" | cut -f1) ($(du -sb "$INDEX/documents" | cut -f1) bytes)"
  echo "table size: $(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT pg_size_pretty(pg_total_relation_size('pub_decision'))")"

  cp=$(mktemp)
  ./mvnw -q -pl search-index -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp"
  java -Xmx2g -cp "search-index/target/test-classes:search-index/target/classes:$(cat "$cp")" \
    cn.zfgs.search.bench.QueryBenchmark "$URL" "$INDEX" "$QUERIES" "$ROUNDS" "$PG_QUERIES"
  load "queries"

  if [ "${LAG:-1}" != 0 ]; then
    DB=$DB APP=$APP INDEX=$INDEX benchmarks/search/lag.sh
    load "publish-to-searchable"
  fi
} 2>&1 | tee "$OUT"
echo "results in $OUT"
