#!/usr/bin/env bash
# Search benchmark (docs/BENCHMARKS.md): generates N decisions on top of the demo content in a scratch PostgreSQL
# database, rebuilds the search index with the application's own command (build time, docs/s, size on disk), then
# runs the same query mix against the application's search, raw Lucene and a PostgreSQL ILIKE + pg_trgm baseline.
#   benchmarks/search/run.sh [N decisions, default 1000000] [queries, default 1000] [rounds, default 3] [PG queries]
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and the application built (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-1000000}
QUERIES=${2:-1000}
ROUNDS=${3:-3}
PG_QUERIES=${4:-$QUERIES}
DB=zfgs_bench
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
INDEX=${SEARCH_BENCH_DIR:-/tmp/zfgs-bench-index}
APP=portal/target/quarkus-app/quarkus-run.jar
OUT=benchmarks/search/results-$(date +%Y%m%d-%H%M).txt

[ -f "$APP" ] || ./mvnw -o -q -pl portal -am package -DskipTests
run() { QUARKUS_DATASOURCE_JDBC_URL="$URL?reWriteBatchedInserts=true" QUARKUS_DATASOURCE_USERNAME=postgres \
  SEARCH_DIRECTORY="$INDEX" PORTAL_DEMO_DATA=true java -jar "$APP" "$@"; }

{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); java $(java -version 2>&1 | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "decisions generated: $N; queries: $QUERIES; rounds: $ROUNDS; PostgreSQL queries: $PG_QUERIES"

  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  start=$(date +%s)
  run generate-decisions "$N" | tail -1
  echo "generation: $(( $(date +%s) - start )) s"

  rm -rf "$INDEX"
  start=$(date +%s.%N)
  run rebuild-search-index | tail -1
  echo "index build (command, incl. JVM start): $(echo "$(date +%s.%N) - $start" | bc) s"
  echo "index size: $(du -sh "$INDEX/documents" | cut -f1) ($(du -sb "$INDEX/documents" | cut -f1) bytes)"
  echo "table size: $(psql -h 127.0.0.1 -U postgres -d $DB -tAc "SELECT pg_size_pretty(pg_total_relation_size('pub_decision'))")"

  cp=$(mktemp)
  ./mvnw -o -q -pl search-index -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp"
  java -Xmx2g -cp "search-index/target/test-classes:search-index/target/classes:$(cat "$cp")" \
    cn.zfgs.search.bench.QueryBenchmark "$URL" "$INDEX" "$QUERIES" "$ROUNDS" "$PG_QUERIES"
} 2>&1 | tee "$OUT"
echo "results in $OUT"
