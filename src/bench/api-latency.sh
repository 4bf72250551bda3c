#!/usr/bin/env bash
# Rerunnable API latency benchmark against a running portal (./deploy.sh local, demo data).
# Measures sequential request latency (median, p95, max) for:
#   - GET /api/v1/me with HTTP Basic (a PBKDF2 verification per request, by design)
#   - GET /api/v1/me with a personal access token (one indexed SHA-256 lookup)
#   - GET /api/v1/reports?flagged=true (the coach's review queue, paged in the database)
#   - GET /api/v1/athletes/{id}/program (the programming engine over the athlete's history)
# Usage: src/bench/api-latency.sh [BASE_URL] [REQUESTS]   (defaults: http://localhost:8080 50)
set -euo pipefail

base=${1:-http://localhost:8080}
requests=${2:-50}
coach=coach.ana@demo.test
athlete=mia@demo.test
password=demo-pass-2026

command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
curl -fs -o /dev/null "$base/login.xhtml" || { echo "no portal at $base (start ./deploy.sh local)" >&2; exit 1; }

token=$(curl -fs -u "$coach:$password" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark"}' "$base/api/v1/me/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
# The JSON object of one item with the given field value, and a numeric field of it.
object_with() { grep -o "{[^{}]*\"$1\":\"$2\"[^{}]*}" | head -1; }
number_field() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

program_id=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/athletes?page=0&size=50" \
  | object_with email "$athlete" | number_field id)

# Prints "label  median p95 max" in milliseconds over $requests sequential requests.
measure() {
  local label=$1
  shift
  curl -fs -o /dev/null "$@" # warm-up
  for _ in $(seq 1 "$requests"); do
    curl -fs -o /dev/null -w '%{time_total}\n' "$@"
  done | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000 }
    END {
      p50 = t[int((NR + 1) / 2)]; p95 = t[int(NR * 0.95 + 0.999)]
      printf "%-34s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (n=%d)\n", label, p50, p95, t[NR], NR
    }'
}

echo "PullSafe API latency at $base, $requests sequential requests each"
measure "me, HTTP Basic (PBKDF2 600k)" -u "$coach:$password" "$base/api/v1/me"
measure "me, Bearer token" -H "Authorization: Bearer $token" "$base/api/v1/me"
measure "review queue, page of 50" -H "Authorization: Bearer $token" \
  "$base/api/v1/reports?flagged=true&status=OPEN&page=0&size=50"
measure "athlete program" -H "Authorization: Bearer $token" "$base/api/v1/athletes/$program_id/program"

token_id=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/me/tokens" \
  | object_with name benchmark | number_field id)
curl -fs -o /dev/null -X DELETE -H "Authorization: Bearer $token" "$base/api/v1/me/tokens/$token_id"
