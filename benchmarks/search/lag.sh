#!/usr/bin/env bash
# Publish-to-searchable lag (issue 5: target < 2 s), through the running portal as staff and the public use it:
# the demo editor, reviewer and approver of 南昌市市场监督管理局 create, submit, review and approve a decision
# through the staff area's forms; from the moment the approval's response arrives, /api/v1/search is asked for the
# decision's 文号 every 20 ms until it is found. Run by benchmarks/search/run.sh after the index is built; alone:
#   DB=zfgs_bench INDEX=/tmp/zfgs-bench-index benchmarks/search/lag.sh [samples, default 7]
# The portal uses the index in INDEX (built, so that it starts without rebuilding) and the database DB; the
# decisions it publishes stay in DB (they are ordinary demo decisions, 文号 测基准罚〔2026〕<n>号). An empty DB is
# filled with the demo content first (PORTAL_DEMO_DATA=true), which has the staff accounts used here.
set -euo pipefail
cd "$(dirname "$0")/../.."

SAMPLES=${1:-7}
DB=${DB:-zfgs_bench}
INDEX=${INDEX:-/tmp/zfgs-bench-index}
PORT=${PORT:-18189}
APP=${APP:-portal/target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d /tmp/zfgs-search-lag.XXXXXX)
BASE=http://localhost:$PORT
PASSWORD='Demo@2026'
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

# Another program answering on the port would receive the staff requests below: refuse to start then.
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is in use; set PORT" >&2; exit 1; fi
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  SEARCH_DIRECTORY="$INDEX" PORTAL_DEMO_DATA=true java -Dquarkus.http.port="$PORT" -Dadmin.secure-cookie=false \
  -Dquarkus.datasource.jdbc.acquisition-timeout=120S \
  -Dopendata.background-jobs=false -Dopendata.rdf.directory="$WORK/rdf" \
  -Dopendata.snapshots.directory="$WORK/snapshots" -jar "$APP" >"$WORK/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || break
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  sleep 1
done
if ! kill -0 "$pid" 2>/dev/null || ! curl -sf -o /dev/null "$BASE/q/health/ready"; then
  echo "the portal did not start" >&2; tail -20 "$WORK/portal.log" >&2; exit 1
fi

# shellcheck source=../lib/staff.sh
source benchmarks/lib/staff.sh

sign_in_all
seed=$(( $(date +%s) % 100000 ))
: >"$WORK/lags"
for k in $(seq 1 "$SAMPLES"); do
  number="测基准罚〔2026〕$((seed * 10 + k))号"
  publish_decision "$number" 江西基准测试医药有限公司
  published=$(now)
  found=""
  for _ in $(seq 1 1000); do
    if curl -s -G --data-urlencode "q=$number" "$BASE/api/v1/search" | grep -q "\"code\":\"$number\""; then
      found=$(now); break
    fi
    sleep 0.02
  done
  [ -n "$found" ] || { echo "$number not searchable after 20 s" >&2; exit 1; }
  echo "$found - $published" | bc -l | tee -a "$WORK/lags" | xargs printf "publication %d: searchable %.2f s after approval\n" "$k"
done
sort -n "$WORK/lags" | awk '{a[NR]=$1} END {printf "publish-to-searchable lag over %d publications: median %.2f s, max %.2f s (poll interval of the index 250 ms, of this script 20 ms + a curl)\n", NR, a[int((NR+1)/2)], a[NR]}'
