#!/usr/bin/env bash
# Lighthouse's mobile run (performance, accessibility) on the pages phones open most: sign-in,
# the coach's queue, the review page and the athlete's report form, against a running portal
# with the demo data (./deploy.sh local). Uses Debian's Chromium and Lighthouse from npm
# (installed into target/lighthouse on first use; 12.2.3, the newest that runs on Node 20).
# Writes target/lighthouse/<page>.report.{json,html} (the median run) and
# target/lighthouse/scores.md. RUNS=5 for more runs a page (default 3).
# Usage: src/bench/lighthouse.sh [BASE_URL]   (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

base=${1:-http://localhost:8080}
out=target/lighthouse
password=demo-pass-2026
chrome=$(command -v chromium || true)
[[ -n $chrome ]] || { echo "chromium is required (Debian package chromium)" >&2; exit 1; }
curl -fs -o /dev/null "$base/login.xhtml" || { echo "no portal at $base (start ./deploy.sh local)" >&2; exit 1; }

mkdir -p "$out"
if [[ ! -x $out/node_modules/.bin/lighthouse ]]; then
  npm install --prefix "$out" --silent --no-audit --no-fund -E lighthouse@12.2.3 >/dev/null
fi

# The value of the first match of a sed group in the page on stdin.
first() { sed -nE "s/.*$1.*/\\1/p" | head -1; }

# Signs in through the login form (with its view state and script nonce) and prints the
# session cookie.
session_of() {
  local jar page view_state nonce
  jar=$(mktemp)
  page=$(curl -fs -c "$jar" "$base/login.xhtml")
  view_state=$(first 'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"' <<<"$page")
  nonce=$(first "PrimeFaces\\.csp\\.init\\('([^']*)'\\)" <<<"$page")
  curl -fs -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "login=login" --data-urlencode "login:email=$1" \
    --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar"
  rm -f "$jar"
}

coach=$(session_of coach.ana@demo.test)
athlete=$(session_of mia@demo.test)
[[ -n $coach && -n $athlete ]] || { echo "could not sign in the demo coach and athlete" >&2; exit 1; }
report_id=$(curl -fs -b "JSESSIONID=$coach" "$base/coach/index.xhtml" \
  | first 'review\.xhtml\?id=([0-9]+)')
[[ -n $report_id ]] || { echo "the demo coach's queue shows no report to review" >&2; exit 1; }

# Lighthouse's simulated throttling scales what it observed, so one run swings by 10 points on a
# shared machine; each page runs RUNS times and the run with the median performance score counts.
runs=${RUNS:-3}

# One Lighthouse run of a page; a run whose trace Chromium fails to record (NO_NAVSTART and the
# like, now and then on a busy machine) is tried again, up to three times.
lighthouse_run() { # url output-path [lighthouse options...]
  local url=$1 path=$2 try
  shift 2
  for try in 1 2 3; do
    CHROME_PATH=$chrome "$out/node_modules/.bin/lighthouse" "$url" --quiet \
      --only-categories=performance,accessibility --output=json --output=html \
      --output-path="$path" --chrome-flags="--headless=new --no-sandbox" "$@" >/dev/null \
      && return 0
    echo "Lighthouse failed on $url (try $try of 3)" >&2
  done
  return 1
}

audit() { # name path cookie
  local headers=() i
  [[ -n $3 ]] && headers=(--extra-headers "{\"Cookie\":\"JSESSIONID=$3\"}")
  for ((i = 1; i <= runs; i++)); do
    lighthouse_run "$base$2" "$out/$1-run$i" "${headers[@]}"
  done
  python3 - "$out" "$1" "$runs" <<'PY' >>"$out/scores.md"
import json, shutil, sys
out, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
reports = [json.load(open(f"{out}/{name}-run{i}.report.json")) for i in range(1, runs + 1)]
score = lambda report, c: round(report["categories"][c]["score"] * 100)
order = sorted(range(runs), key=lambda i: score(reports[i], "performance"))
median = order[runs // 2]
for kind in ("json", "html"):
    shutil.copy(f"{out}/{name}-run{median + 1}.report.{kind}", f"{out}/{name}.report.{kind}")
report = reports[median]
audits = report["audits"]
shown = lambda key: audits[key]["displayValue"].replace("\u00a0", " ")
all_runs = ", ".join(str(score(r, "performance")) for r in reports)
print(f"| {name} | {score(report, 'performance')} ({all_runs}) | {score(report, 'accessibility')}"
      f" | {shown('first-contentful-paint')} | {shown('largest-contentful-paint')}"
      f" | {shown('total-blocking-time')} | {shown('cumulative-layout-shift')}"
      f" | {shown('total-byte-weight').replace('Total size was ', '')} |")
PY
}

printf '| page | performance (runs) | accessibility | first paint | largest paint | blocking time | layout shift | transferred |\n|---|---|---|---|---|---|---|---|\n' >"$out/scores.md"
audit sign-in /login.xhtml ""
audit coach-queue /coach/index.xhtml "$coach"
audit review "/coach/review.xhtml?id=$report_id" "$coach"
audit report-form /athlete/report.xhtml "$athlete"
cat "$out/scores.md"
