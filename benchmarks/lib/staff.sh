# Staff actions through the admin forms, as the demo users of 南昌市市场监督管理局 (sjj.*), for the benchmarks
# that publish while they measure. Source it after setting BASE (the portal's address), WORK (a scratch directory)
# and PASSWORD (the demo accounts' password).

sign_in() {  # sign_in <user>: prints the session cookie
  curl -s -o /dev/null -D - --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" "$BASE/admin/login" \
    | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(zfgs_staff=[^;]*\).*/\1/p'
}
csrf() { curl -s -b "$1" "$BASE/admin" | grep -o 'name="_csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//'; }
post() {  # post <cookie> <path> [form fields...]: prints the status code and the Location header's path
  local cookie=$1 path=$2; shift 2
  local args=()
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -s -o "$WORK/last.html" -D "$WORK/headers" -w '%{http_code}' -b "$cookie" --data-urlencode "_csrf=$(csrf "$cookie")" \
    "${args[@]}" "$BASE$path"
  echo " $(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ll]ocation: //p' | sed 's#^https\?://[^/]*##; s/?.*//')"
}
now() { date +%s.%N; }

sign_in_all() {  # sets editor, reviewer and approver to their session cookies
  editor=$(sign_in sjj.editor); reviewer=$(sign_in sjj.reviewer); approver=$(sign_in sjj.approver)
  [ -n "$editor" ] && [ -n "$reviewer" ] && [ -n "$approver" ] || { echo "demo sign-in failed" >&2; exit 1; }
}

publish_decision() {  # publish_decision <文号> <party>: create, submit, review, approve; returns once approved
  local code revision
  read -r code revision < <(post "$editor" /admin/decisions/new "documentNumber=$1" decisionType=PENALTY \
    "partyName=$2" partyKind=LEGAL_PERSON partyCreditCode=91360100MA35R8KL2A \
    "facts=经查，当事人在经营场所销售超过有效期的药品。" "legalBases=《药品管理法》第九十八条" "result=罚款5000元。" \
    fineAmount=5000 decisionDate=2026-03-02)
  [ "$code" = 303 ] || { echo "create failed ($code)" >&2; sed "s/<[^>]*>//g" "$WORK/last.html" | grep "：" | head -5 >&2; exit 1; }
  read -r code _ < <(post "$editor" "$revision/submit"); [ "$code" = 303 ] || { echo "submit failed ($code)" >&2; exit 1; }
  read -r code _ < <(post "$reviewer" "$revision/review" verdict=AGREE); [ "$code" = 303 ] || { echo "review failed ($code)" >&2; exit 1; }
  read -r code _ < <(post "$approver" "$revision/approve")
  [ "$code" = 303 ] || { echo "approve failed ($code)" >&2; sed 's/<[^>]*>//g' "$WORK/last.html" | grep -v '^\s*$' | head -20 >&2; exit 1; }
}
