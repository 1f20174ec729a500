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

sign_in() {  # sign_in <user>: prints the session cookie
  curl -s -o /dev/null -D - --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" "$BASE/admin/login" \
    | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(zfgs_staff=[^;]*\).*/\1/p'
}
csrf() { curl -s -b "$1" "$BASE/admin" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//'; }
post() {  # post <cookie> <path> [form fields...]: prints the status code and the Location header
  local cookie=$1 path=$2; shift 2
  local args=()
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -s -o "$WORK/last.html" -D "$WORK/headers" -w '%{http_code}' -b "$cookie" --data-urlencode "_csrf=$(csrf "$cookie")" \
    "${args[@]}" "$BASE$path"
  echo " $(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ll]ocation: //p' | sed 's#^https\?://[^/]*##; s/?.*//')"
}
now() { date +%s.%N; }

editor=$(sign_in sjj.editor); reviewer=$(sign_in sjj.reviewer); approver=$(sign_in sjj.approver)
[ -n "$editor" ] && [ -n "$reviewer" ] && [ -n "$approver" ] || { echo "demo sign-in failed" >&2; exit 1; }
seed=$(( $(date +%s) % 100000 ))
: >"$WORK/lags"
for k in $(seq 1 "$SAMPLES"); do
  number="测基准罚〔2026〕$((seed * 10 + k))号"
  read -r code revision < <(post "$editor" /admin/decisions/new "documentNumber=$number" decisionType=PENALTY \
    "partyName=江西基准测试医药有限公司" partyKind=LEGAL_PERSON partyCreditCode=91360100MA35R8KL2A \
    "facts=经查，当事人在经营场所销售超过有效期的药品。" "legalBases=《药品管理法》第九十八条" "result=罚款5000元。" \
    fineAmount=5000 decisionDate=2026-03-02)
  [ "$code" = 303 ] || { echo "create failed ($code)" >&2; sed "s/<[^>]*>//g" "$WORK/last.html" | grep "：" | head -5 >&2; exit 1; }
  read -r code _ < <(post "$editor" "$revision/submit"); [ "$code" = 303 ] || { echo "submit failed ($code)" >&2; exit 1; }
  read -r code _ < <(post "$reviewer" "$revision/review" verdict=AGREE); [ "$code" = 303 ] || { echo "review failed ($code)" >&2; exit 1; }
  read -r code _ < <(post "$approver" "$revision/approve")
  published=$(now)
  [ "$code" = 303 ] || { echo "approve failed ($code)" >&2; sed 's/<[^>]*>//g' "$WORK/last.html" | grep -v '^\s*$' | head -20 >&2; exit 1; }
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
