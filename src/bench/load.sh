#!/usr/bin/env bash
# The load benchmark, end to end: builds the benchmark WAR (-Pbench: adds the bare comparison
# endpoint), generates the data (src/bench/generate-data.sh), runs the portal on it with
# ./deploy.sh local, drives each scenario with wrk (Debian's package) from loopback, measures
# PostgreSQL's own insert rate with pgbench as the floor, and writes
#   target/bench/results.json   every figure
#   target/bench/results.md     the table for the README
#
#   src/bench/load.sh [--small] [--skip-generate] [--duration SECONDS] [--connections N]
#
# --small generates 20 tenants, 2 000 athletes and 10 weeks instead of the full 200 / 20 000 / 50
# (1 000 000 reports); --skip-generate reuses the database pullsafe_bench as it is (reports sent
# by an earlier run stay). Traffic goes to 127.0.0.1 only and each scenario is bounded in time.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

duration=30 connections=32 small=false generate=true
while [[ $# -gt 0 ]]; do
  case $1 in
    --small) small=true; shift ;;
    --skip-generate) generate=false; shift ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in wrk pgbench psql curl jcmd; do
  command -v $tool >/dev/null || { echo "$tool is needed (apt-get install wrk postgresql-client)" >&2; exit 1; }
done

OFFSET=${BENCH_PORT_OFFSET:-800}
BASE="http://127.0.0.1:$((8080 + OFFSET))"
OUT=target/bench
DB=pullsafe_bench
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export BENCH_WRK_DIR=$PWD/src/bench/wrk BENCH_FIRST_YEAR=$((1950 + RANDOM % 40))
mkdir -p "$OUT"
log() { echo "[bench $(date +%H:%M:%S)] $*"; }

log "Building the benchmark WAR (-Pbench)"
./mvnw -B -q -Pbench -DskipTests verify

if $small; then sizes=(--tenants 20 --athletes 2000 --weeks 10); else sizes=(); fi
if $generate; then
  log "Generating data ${sizes[*]:-(full size)}"
  src/bench/generate-data.sh "${sizes[@]}" --database "$DB"
fi
athletes=$(psql -d "$DB" -Atc "select count(*) from athlete a join tenant t on t.id = a.tenant_id where t.slug like 'bench-%'")
reports=$(psql -d "$DB" -Atc "select count(*) from weekly_report")
export BENCH_ATHLETES=$athletes

# Starts the portal on the generated data; boot_seconds: until its sign-in page answered.
start_portal() {
  local started
  started=$(date +%s.%N)
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER=$PGUSER DB_PASSWORD=${PGPASSWORD:-postgres} \
    PULLSAFE_PORT_OFFSET=$OFFSET ./deploy.sh local >>"$OUT/portal.log" 2>&1 &
  portal=$!
  until curl -fs -o /dev/null "$BASE/login.xhtml"; do
    kill -0 $portal 2>/dev/null || { cat "$OUT/portal.log"; exit 1; }
    sleep 0.2
  done
  boot_seconds=$(echo "$(date +%s.%N) - $started" | bc)
}
stop_portal() { kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true; }

log "Starting the portal on $BASE"
: >"$OUT/portal.log"
trap stop_portal EXIT
start_portal
first_boot_seconds=$boot_seconds
wildfly=$(pgrep -f "^[^ ]*java .*-Djboss.server.base.dir=$PWD/.pullsafe/wildfly" | head -1)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$wildfly/stat"; }
heap_used_mb() { jcmd "$wildfly" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | awk '{print int($2 / 1024)}'; }
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$wildfly/status"; }

# Signs in through the login form (with its view state and script nonce) and prints the session
# cookie; fails when the sign-in did not take, so no scenario measures the login redirect instead.
# BENCH_FROM: the loopback address to sign in from (the portal throttles sign-ins per address).
page_cookie() {
  local jar page state nonce
  local from=(${BENCH_FROM:+--interface "$BENCH_FROM"})
  jar=$(mktemp)
  page=$(curl -fs "${from[@]}" -c "$jar" "$BASE/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -o "PrimeFaces\.csp\.init('[^']*')" <<<"$page" | head -1 | sed "s/.*init('//; s/')$//")
  curl -fs "${from[@]}" -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "login=login" --data-urlencode "login:email=$1" \
    --data-urlencode "login:password=bench-pass-2026" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
    "$BASE/login.xhtml"
  local cookie
  cookie=$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar")
  rm -f "$jar"
  local status
  status=$(curl -s "${from[@]}" -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE/${2:-athlete/index.xhtml}")
  [[ $status == 200 ]] || { echo "sign-in as $1 did not take (${2:-athlete/index.xhtml} answered $status)" >&2; return 1; }
  echo "$cookie"
}

results=()
# run NAME CONNECTIONS SCRIPT PATH [ENV...]: one wrk run, its JSON line plus CPU seconds.
run() {
  local name=$1 conns=$2 script=$3 path=$4
  shift 4
  local before
  before=$(cpu_ticks)
  local line
  line=$(env "$@" wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${duration}s" --timeout 10s --latency -s "src/bench/wrk/$script" "$BASE$path" | tail -1)
  local cpu
  cpu=$(echo "scale=1; ($(cpu_ticks) - $before) / $(getconf CLK_TCK)" | bc)
  log "$name: $line (server CPU ${cpu} s)"
  results+=("\"$name\":${line%\}},\"connections\":$conns,\"server_cpu_seconds\":$cpu}")
}

coach_token="Bearer psk_coach$(printf '%038d' 0)"
admin_token="Bearer psk_admin$(printf '%038d' 0)"
log "Warming up"
env BENCH_AUTH="$coach_token" wrk -t2 -c8 -d10s -s src/bench/wrk/get.lua "$BASE/api/v1/reports?flagged=true&status=OPEN" >/dev/null
wrk -t2 -c8 -d10s -s src/bench/wrk/bare.lua "$BASE/api/v1/bench/bare" >/dev/null

run bare_insert "$connections" bare.lua /api/v1/bench/bare
run report_submission "$connections" submit.lua /api/v1/reports
# The queues twice: one user alone (the latency a coach sees) and 8 at once (the 2 cores saturated).
run coach_queue_api_alone 1 get.lua "/api/v1/reports?flagged=true&status=OPEN" BENCH_AUTH="$coach_token"
run coach_queue_api 8 get.lua "/api/v1/reports?flagged=true&status=OPEN" BENCH_AUTH="$coach_token"
run admin_queue_api_alone 1 get.lua "/api/v1/reports?flagged=true&status=OPEN" BENCH_AUTH="$admin_token"
run admin_queue_api 8 get.lua "/api/v1/reports?flagged=true&status=OPEN" BENCH_AUTH="$admin_token"
coach_cookie=$(page_cookie coach0@bench-000.test coach/index.xhtml)
athlete_cookie=$(page_cookie athlete0@bench-000.test)
run coach_queue_page_alone 1 get.lua /coach/index.xhtml BENCH_COOKIE="$coach_cookie"
run coach_queue_page 8 get.lua /coach/index.xhtml BENCH_COOKIE="$coach_cookie"
admin_cookie=$(page_cookie admin@bench-000.test coach/index.xhtml)
run admin_queue_page_alone 1 get.lua /coach/index.xhtml BENCH_COOKIE="$admin_cookie"
run admin_queue_page 8 get.lua /coach/index.xhtml BENCH_COOKIE="$admin_cookie"
run athlete_history_page 8 get.lua /athlete/history.xhtml BENCH_COOKIE="$athlete_cookie"
run sign_in_basic 4 get.lua /api/v1/me BENCH_AUTH="Basic $(printf 'athlete1@bench-000.test:bench-pass-2026' | base64 -w0)"

log "Heap with 200 signed-in sessions"
for i in $(seq 0 199); do
  BENCH_FROM=127.0.2.$((i + 1)) page_cookie "athlete$((i + 1))@bench-000.test" >/dev/null || exit 1
done
jcmd "$wildfly" GC.run >/dev/null || log "jcmd could not reach WildFly (pid $wildfly)"
heap_200=$(heap_used_mb)
rss_200=$(rss_mb)

log "PostgreSQL's own insert rate (pgbench, $connections clients)"
psql -d "$DB" -qc "drop table if exists bench_floor" \
  -c "create table bench_floor (like weekly_report including defaults including identity)"
cat >"$OUT/floor.sql" <<'SQL'
insert into bench_floor (tenant_id, athlete_id, week, top_set_kg, top_set_reps, pain_score, symmetric_pain,
  worse_bending_or_extending, at_submaximal_loads, grinding_heavy_reps, radiates_to_leg, numbness_or_tingling,
  pop_felt, saddle_numbness, bladder_or_bowel_change, progressive_leg_weakness, fever_or_unwell, recent_trauma,
  constant_night_pain, walking_minutes_per_day, submitted_at, level, level_rank, review_status)
values (1, :client_id, '1999-W01', 140, 3, 0, true, false, false, false, false, false, false, false, false,
  false, false, false, false, 110, now(), 'GREEN', 0, 'NOT_FLAGGED');
SQL
floor_tps=$(pgbench -n -c "$connections" -j 2 -T "$duration" -f "$OUT/floor.sql" "$DB" | awk '/^tps/ {print $3; exit}')
log "pgbench: $floor_tps inserts/s"

# The first boot above comes straight after the build and the generation; the boot that counts is
# the median of three restarts, as an admin restarts an installation, each timed the same way.
log "Boot with the app (median of 3 restarts)"
boots=()
for _ in 1 2 3; do
  stop_portal
  start_portal
  boots+=("$boot_seconds")
done
boot_seconds=$(printf '%s\n' "${boots[@]}" | sort -n | sed -n 2p)
log "boots: ${boots[*]} s (first, after the generation: $first_boot_seconds s)"

{
  echo "{"
  echo "\"measured_at\":\"$(date -u +%FT%TZ)\",\"athletes\":$athletes,\"reports_before\":$reports,"
  echo "\"duration_seconds\":$duration,\"boot_seconds\":$boot_seconds,"
  echo "\"first_boot_seconds\":$first_boot_seconds,"
  echo "\"heap_used_mb_200_sessions\":${heap_200:-null},\"rss_mb_200_sessions\":${rss_200:-null},"
  echo "\"postgres_insert_tps\":${floor_tps:-null},"
  (IFS=,; echo "${results[*]}")
  echo "}"
} >"$OUT/results.json"

python3 - "$OUT/results.json" >"$OUT/results.md" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"Measured {r['measured_at']} on {r['athletes']} athletes, {r['reports_before']} reports, "
      f"{r['duration_seconds']} s per scenario.\n")
print("| scenario | clients | req/s | p50 ms | p95 ms | p99 ms | non-2xx | server CPU s |")
print("|---|---|---|---|---|---|---|---|")
for name, s in r.items():
    if isinstance(s, dict):
        print(f"| {name} | {s['connections']} | {s['throughput']:.0f} | {s['p50_ms']:.1f} | "
              f"{s['p95_ms']:.1f} | {s['p99_ms']:.1f} | {s['non_2xx']} | {s['server_cpu_seconds']} |")
ratio = r["report_submission"]["throughput"] / r["bare_insert"]["throughput"]
print(f"\nReport submission at {ratio:.0%} of the bare endpoint's throughput "
      f"(target ≥ 50 %, p99 {r['report_submission']['p99_ms']:.1f} ms, target < 50 ms); "
      f"PostgreSQL alone: {r['postgres_insert_tps']} inserts/s.")
print(f"Boot with the app: {r['boot_seconds']:.1f} s, the median of three restarts (target < 10 s; "
      f"the first, right after the generation: {r['first_boot_seconds']:.1f} s). Heap after 200 "
      f"sessions: {r['heap_used_mb_200_sessions']} MB (target < 512 MB), "
      f"RSS {r['rss_mb_200_sessions']} MB.")
PY
cat "$OUT/results.md"
