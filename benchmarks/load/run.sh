#!/usr/bin/env bash
# The portal under load at 1,000,000 decisions (issue 10), side by side with the limit of this machine: nginx serving
# static copies of the same pages on loopback, measured in the same run with the same wrk settings.
#
#   benchmarks/load/run.sh
#
# What it does, in order:
#   1. the database DB (default zfgs_bench, the one benchmarks/search/run.sh fills; generated here when it holds fewer
#      than N decisions) and the packaged portal APP;
#   2. start-up time to ready (/q/health/ready) on the already-migrated database, STARTS times, and resident memory
#      at rest;
#   3. for each page (home, a decision, the decision list with filters, a search, officer verification, the JSON API):
#      a static copy of the portal's answer served by nginx, then wrk at each of CONNECTIONS for DURATION, RUNS times,
#      alternating portal and nginx; the medians of throughput, p50 and p99, the errors (non-2xx and socket errors),
#      and the portal's throughput as a share of nginx's;
#   4. resident memory under load (the peak VmRSS sampled during step 3);
#   5. publish-to-visible lag under load: while wrk keeps LAG_CONNECTIONS connections busy on the decision page,
#      staff publish LAG_SAMPLES decisions through the admin forms, and from the approval's response on the script
#      polls (every 20 ms) the public page, the search API, the SPARQL endpoint and the change feed of the datasets.
#
# Environment: DB, N (1000000), APP (portal/target/quarkus-app/quarkus-run.jar), PORT (18090), NGINX_PORT (18091),
# CONNECTIONS ("50 200"), DURATION (20s), RUNS (3), STARTS (3), HEAP (768m), LAG_SAMPLES (5), LAG_CONNECTIONS (50),
# INDEX (the search index directory; default /tmp/zfgs-bench-index, the one benchmarks/search/run.sh builds: a missing
# index is rebuilt by the portal at start, which at 1,000,000 decisions takes most of an hour), RDF (the RDF read
# model's directory; default /tmp/zfgs-bench-rdf: built at the first start when missing).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), and Debian's wrk and nginx (apt-get install wrk
# nginx-light); writes the results to benchmarks/load/results-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DB:-zfgs_bench}
N=${N:-1000000}
APP=${APP:-portal/target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18091}
CONNECTIONS=${CONNECTIONS:-50 200}
DURATION=${DURATION:-20s}
RUNS=${RUNS:-3}
STARTS=${STARTS:-3}
HEAP=${HEAP:-768m}
LAG_SAMPLES=${LAG_SAMPLES:-5}
LAG_CONNECTIONS=${LAG_CONNECTIONS:-50}
INDEX=${INDEX:-/tmp/zfgs-bench-index}
RDF=${RDF:-/tmp/zfgs-bench-rdf}
BASE=http://127.0.0.1:$PORT
STATIC=http://127.0.0.1:$NGINX_PORT
PASSWORD='Demo@2026'
WORK=$(mktemp -d /tmp/zfgs-load-bench.XXXXXX)
chmod 755 "$WORK"
OUT=benchmarks/load/results-$(date +%Y%m%d-%H%M).txt
pid=""
nginx_up=""
stop_portal() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=""; }
stop_nginx() { [ -n "$nginx_up" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true; nginx_up=""; }
trap 'stop_portal; stop_nginx; rm -rf "$WORK"' EXIT

for tool in wrk nginx psql curl bc; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk nginx-light)" >&2; exit 1; }
done
for p in "$PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "port $p is in use; set PORT / NGINX_PORT" >&2; exit 1; fi
done
[ -f "$APP" ] || ./mvnw -o -q -pl portal -am package -DskipTests
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {if (!NR) print "-"; else print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

portal() {  # portal [extra java options...]: starts the portal in the background, sets pid
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    SEARCH_DIRECTORY="$INDEX" PORTAL_DEMO_DATA=true \
    java "-Xmx$HEAP" -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dadmin.secure-cookie=false \
    -Dquarkus.datasource.jdbc.acquisition-timeout=120S -Dquarkus.flyway.validate-on-migrate=false \
    -Dportal.verifications-per-minute=100000000 -Dopendata.rdf.directory="$RDF" \
    -Dopendata.snapshots.directory="$WORK/snapshots" "$@" -jar "$APP" >>"$WORK/portal.log" 2>&1 &
  pid=$!
}
ready() {  # ready <seconds>: waits for readiness; prints the seconds it took
  local start; start=$(date +%s.%N)
  for _ in $(seq 1 $(( $1 * 20 ))); do
    kill -0 "$pid" 2>/dev/null || { echo "the portal stopped" >&2; tail -30 "$WORK/portal.log" >&2; exit 1; }
    if curl -sf -o /dev/null "$BASE/q/health/ready"; then echo "$(date +%s.%N) - $start" | bc; return; fi
    sleep 0.05
  done
  echo "the portal was not ready within $1 s" >&2; tail -30 "$WORK/portal.log" >&2; exit 1
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
hwm_mb() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
to_ms() {  # wrk prints 812.00us, 3.41ms or 1.02s
  awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f\n", v}'
}
wrk_once() {  # wrk_once <url> <connections>: prints "requests/s p50-ms p99-ms errors"
  local out; out=$(wrk -t2 -c"$2" -d"$DURATION" --latency --timeout 10s "$1" 2>&1)
  local rps p50 p99 errors non2xx
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms)
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  errors=$(awk '/Socket errors:/ {gsub(",", ""); s=0; for (i=3; i<=NF; i+=2) s+=$(i+1); print s}' <<<"$out")
  echo "${rps:-0} ${p50:-0} ${p99:-0} $(( ${non2xx:-0} + ${errors:-0} ))"
}

exec > >(tee "$OUT") 2>&1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1)"
echo "$(wrk --version 2>&1 | head -1 | cut -c1-40); $(nginx -v 2>&1)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks' || echo ' (with uncommitted changes)'); app: $APP"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "settings: wrk -t2 --latency -d$DURATION at $CONNECTIONS connections, $RUNS runs each (median), portal heap -Xmx$HEAP"

# Every decision ever published counts: a portal started on the database expires those whose publication period
# has ended, and the database must not be generated again for that.
have=$(sql "SELECT COUNT(DISTINCT item_id) FROM pub_decision" 2>/dev/null || echo 0)
if [ "$have" -lt "$N" ]; then
  echo "generating: $DB holds $have current decisions, $N wanted"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true" \
    QUARKUS_DATASOURCE_USERNAME=postgres PORTAL_DEMO_DATA=true java -jar "$APP" generate-decisions "$N" | tail -1
fi

echo
echo "== start-up (already-migrated database)"
portal
first=$(ready 7200)
echo "first start (migrations, read models caught up or rebuilt): ${first} s"
echo "database: $DB, $(sql "SELECT COUNT(*) FROM pub_decision WHERE is_current") current decisions"
stop_portal
: >"$WORK/starts"
for s in $(seq 1 "$STARTS"); do
  portal
  ready 600 | tee -a "$WORK/starts" | xargs printf "start %d: ready after %.2f s\n" "$s"
  [ "$s" = "$STARTS" ] || stop_portal
done
echo "start-up to ready, median of $STARTS: $(median <"$WORK/starts") s"
sleep 5
echo "resident memory at rest: $(rss_mb) MiB"

# The pages: one of each, chosen from the database so that every run asks for the same things.
decision=$(sql "SELECT item_id FROM pub_decision WHERE is_current ORDER BY item_id
  LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM pub_decision WHERE is_current)")
agency=$(sql "SELECT a.item_id FROM pub_agency a JOIN pub_decision d ON d.agency_id = a.agency_id AND d.is_current
  WHERE a.is_current GROUP BY a.item_id ORDER BY COUNT(*) DESC LIMIT 1")
certificate=$(sql "SELECT certificate_number FROM pub_officer WHERE is_current ORDER BY item_id LIMIT 1")
read -r year listed < <(sql "SELECT EXTRACT(YEAR FROM decision_date)::int, COUNT(*) FROM pub_decision WHERE is_current
  AND decision_type = 'PENALTY' AND agency_id = (SELECT agency_id FROM pub_agency WHERE item_id = $agency AND is_current)
  GROUP BY 1 ORDER BY 2 DESC LIMIT 1" | tr '|' ' ')
listpage=$(( listed > 60 ? 3 : 1 ))
declare -a NAMES=(home decision list search verify api)
declare -A PATHS=(
  [home]="/"
  [decision]="/decisions/$decision"
  [list]="/decisions?type=PENALTY&agency=$agency&year=$year&page=$listpage"
  [search]="/search?q=%E8%8D%AF%E5%93%81%20%E7%BD%9A%E6%AC%BE"
  [verify]="/verify?certificate=$certificate"
  [api]="/api/v1/decisions?agency=$agency&type=PENALTY&limit=20"
)

mkdir -p "$WORK/nginx/static" "$WORK/nginx/logs"
{
  echo "worker_processes auto; error_log $WORK/nginx/logs/error.log; pid $WORK/nginx/nginx.pid; user root;"
  echo "events { worker_connections 4096; }"
  echo "http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT;"
  for name in "${NAMES[@]}"; do
    status=$(curl -s -o "$WORK/nginx/static/$name" -w '%{http_code}' -D "$WORK/$name.headers" "$BASE${PATHS[$name]}")
    [ "$status" = 200 ] || { echo "$name (${PATHS[$name]}) answered $status" >&2; exit 1; }
    type=$(tr -d '\r' <"$WORK/$name.headers" | sed -n 's/^[Cc]ontent-[Tt]ype: //p')
    echo "    location = /$name { default_type \"$type\"; alias $WORK/nginx/static/$name; }"
  done
  echo "  }"
  echo "}"
} >"$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
nginx_up=1
sleep 1
for name in "${NAMES[@]}"; do
  printf '%-9s %-70s %7s bytes\n' "$name" "${PATHS[$name]}" "$(wc -c <"$WORK/nginx/static/$name")"
done

echo
echo "== throughput and latency (median of $RUNS runs of $DURATION; errors summed over the runs)"
# Peak resident memory of the portal under load: sampled every second while wrk runs.
(while kill -0 "$pid" 2>/dev/null; do awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" >>"$WORK/rss"; sleep 1; done) 2>/dev/null &
sampler=$!
printf '| %-8s | %5s | %10s | %8s | %8s | %6s | %10s | %8s | %8s | %6s | %6s |\n' page conns "portal r/s" "p50 ms" \
  "p99 ms" errors "nginx r/s" "p50 ms" "p99 ms" errors ratio
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for name in "${NAMES[@]}"; do
  # A warm-up pass so that the JIT has compiled the page's path before it is measured.
  wrk -t2 -c50 -d5s "$BASE${PATHS[$name]}" >/dev/null 2>&1
  for c in $CONNECTIONS; do
    : >"$WORK/p"; : >"$WORK/n"
    for r in $(seq 1 "$RUNS"); do
      wrk_once "$BASE${PATHS[$name]}" "$c" >>"$WORK/p"
      wrk_once "$STATIC/$name" "$c" >>"$WORK/n"
    done
    pr=$(cut -d' ' -f1 "$WORK/p" | median); p50=$(cut -d' ' -f2 "$WORK/p" | median); p99=$(cut -d' ' -f3 "$WORK/p" | median)
    pe=$(awk '{s+=$4} END {print s}' "$WORK/p")
    nr=$(cut -d' ' -f1 "$WORK/n" | median); n50=$(cut -d' ' -f2 "$WORK/n" | median); n99=$(cut -d' ' -f3 "$WORK/n" | median)
    ne=$(awk '{s+=$4} END {print s}' "$WORK/n")
    printf '| %-8s | %5s | %10.0f | %8s | %8s | %6s | %10.0f | %8s | %8s | %6s | %6.3f |\n' "$name" "$c" "$pr" "$p50" \
      "$p99" "$pe" "$nr" "$n50" "$n99" "$ne" "$(echo "$pr / $nr" | bc -l)"
  done
done
kill "$sampler" 2>/dev/null || true
echo "resident memory under load: peak $(sort -n "$WORK/rss" | tail -1) MiB (sampled every second), VmHWM $(hwm_mb) MiB"

echo
echo "== publish-to-visible lag under load ($LAG_CONNECTIONS connections on the decision page)"
# shellcheck source=../lib/staff.sh
source benchmarks/lib/staff.sh
until_found() {  # until_found <command...>: polls every 20 ms (at most 30 s); prints the time it first succeeded
  for _ in $(seq 1 1500); do
    if "$@" >/dev/null 2>&1; then now; return; fi
    sleep 0.02
  done
  echo "never"
}
page_shows() { curl -sf "$BASE/decisions/$2" | grep -qF "$1"; }
search_finds() { curl -s -G --data-urlencode "q=$1" --data-urlencode facets=false "$BASE/api/v1/search" | grep -qF "\"code\":\"$1\""; }
sparql_finds() { curl -s -G -H 'Accept: application/sparql-results+json' --data-urlencode \
  "query=PREFIX zfgs: <https://w3id.org/zfgs/def#> ASK { ?d zfgs:documentNumber \"$1\" }" "$BASE/sparql" | grep -q '"boolean" *: *true'; }
feed_lists() { curl -s "$BASE/data/changes?since=$2" | grep -qF "\"id\":$1,"; }

wrk -t2 -c"$LAG_CONNECTIONS" -d600s "$BASE${PATHS[decision]}" >/dev/null 2>&1 &
loader=$!
sleep 5
sign_in_all
seed=$(( $(date +%s) % 100000 ))
printf '| %s | %s | %s | %s | %s |\n' publication "page s" "search s" "SPARQL s" "change feed s"
echo "|---|---:|---:|---:|---:|"
: >"$WORK/lags"
for k in $(seq 1 "$LAG_SAMPLES"); do
  number="测负载罚〔2026〕$((seed * 10 + k))号"
  since=$(sql "SELECT COALESCE(MAX(seq), 0) FROM publication_log")
  publish_decision "$number" 江西负载测试医药有限公司
  published=$(now)
  lag() { [ "$1" = never ] && echo never || printf '%.2f' "$(echo "$1 - $published" | bc -l)"; }
  # The new decision's id, from the publication log (committed before the approval answered).
  id=$(sql "SELECT item_id FROM publication_log WHERE seq > $since AND kind = 'DECISION' AND event = 'PUBLISHED'
    ORDER BY seq LIMIT 1")
  # The four are polled side by side, so that none waits for another to be found first.
  pollers=()
  until_found page_shows "$number" "$id" >"$WORK/found.page" & pollers+=($!)
  until_found search_finds "$number" >"$WORK/found.search" & pollers+=($!)
  until_found sparql_finds "$number" >"$WORK/found.sparql" & pollers+=($!)
  until_found feed_lists "$id" "$since" >"$WORK/found.feed" & pollers+=($!)
  wait "${pollers[@]}"
  p=$(lag "$(cat "$WORK/found.page")"); s=$(lag "$(cat "$WORK/found.search")")
  q=$(lag "$(cat "$WORK/found.sparql")"); f=$(lag "$(cat "$WORK/found.feed")")
  printf '| %s | %s | %s | %s | %s |\n' "$number" "$p" "$s" "$q" "$f"
  echo "$p $s $q $f" >>"$WORK/lags"
done
kill "$loader" 2>/dev/null || true
wait "$loader" 2>/dev/null || true
for i in 1 2 3 4; do
  label=$(echo "page search SPARQL feed" | cut -d' ' -f"$i")
  printf '%s: median %s s, max %s s; ' "$label" "$(cut -d' ' -f"$i" "$WORK/lags" | grep -v never | median)" \
    "$(cut -d' ' -f"$i" "$WORK/lags" | sort -n | tail -1)"
done
echo
echo "(each lag counts from the approval's response; polled every 20 ms plus a request)"
echo "results in $OUT"
