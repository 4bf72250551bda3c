#!/usr/bin/env bash
# Fault tests: nothing acknowledged is lost when WildFly is killed or PostgreSQL restarts.
#
#   src/test/faults/faults.sh          (after ./mvnw verify, or it builds first through deploy.sh)
#
# Runs the portal with ./deploy.sh local against a PostgreSQL of its own (embedded, durable, on
# loopback), streams weekly reports from several athletes over the API with tokens, and then:
#   1. kills WildFly with SIGKILL and starts it again while the stream goes on;
#   2. stops PostgreSQL, expects 503 problem details (never another 5xx) while it is down, starts it
#      again and expects reports to be accepted again without restarting WildFly.
# At the end every report answered 201 must be stored exactly once, with the week it was sent for.
# Traffic goes to 127.0.0.1 only; the stream is bounded in count and time.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../../.."

OFFSET=${FAULTS_PORT_OFFSET:-600}
HTTP_PORT=$((8080 + OFFSET))
BASE="http://127.0.0.1:$HTTP_PORT"
PG_PORT=${FAULTS_PG_PORT:-15532}
WORK=target/faults
ATHLETES=4
ADMIN="admin@demo.test:demo-pass-2026"

rm -rf "$WORK"
mkdir -p "$WORK/stream"
log() { echo "[faults $(date +%H:%M:%S)] $*"; }
die() { log "FAILED: $*"; exit 1; }

# --- PostgreSQL of our own, stoppable and restartable -------------------------------------------
start_postgres() {
  rm -f "$WORK/pg-lifeline"
  mkfifo "$WORK/pg-lifeline"
  java -cp "target/test-classes:$(cat target/test-classpath.txt)" \
    com.pullsafe.testing.EmbeddedPostgresServer "$PWD/$WORK/pgdata" "$PG_PORT" \
    <"$WORK/pg-lifeline" >>"$WORK/postgres.log" 2>&1 &
  PG_PID=$!
  exec 7>"$WORK/pg-lifeline"
  for _ in $(seq 1 120); do
    [[ $(grep -c '^READY' "$WORK/postgres.log") -ge $1 ]] && return 0
    kill -0 "$PG_PID" 2>/dev/null || die "PostgreSQL did not start (see $WORK/postgres.log)"
    sleep 0.5
  done
  die "PostgreSQL did not start within 60 s"
}

stop_postgres() {
  exec 7>&-
  wait "$PG_PID" 2>/dev/null || true
}

# --- The portal -----------------------------------------------------------------------------------
start_portal() {
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" DB_USER=postgres DB_PASSWORD=postgres \
    PULLSAFE_PORT_OFFSET=$OFFSET ./deploy.sh local >>"$WORK/portal.log" 2>&1 7>&- &
  PORTAL_PID=$!
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$BASE/login.xhtml" && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || die "deploy.sh local stopped (see $WORK/portal.log)"
    sleep 1
  done
  die "the portal did not answer within 600 s"
}

wildfly_pid() {
  pgrep -f "^[^ ]*java .*-Djboss.server.base.dir=$PWD/.pullsafe/wildfly" | head -1
}

cleanup() {
  trap - EXIT
  [[ -n "${STREAM_PIDS:-}" ]] && kill $STREAM_PIDS 2>/dev/null || true
  [[ -n "${PORTAL_PID:-}" ]] && kill -TERM "$PORTAL_PID" 2>/dev/null && wait "$PORTAL_PID" 2>/dev/null || true
  [[ -n "${PG_PID:-}" ]] && stop_postgres
}
trap cleanup EXIT

# --- Athletes and their tokens ----------------------------------------------------------------------
# The first value of a top-level field in a small JSON answer ("id":12 or "token":"psk_…").
json_field() { grep -o "\"$1\":\"\{0,1\}[^,\"}]*" | head -1 | sed 's/^[^:]*:"\{0,1\}//'; }

create_athletes() {
  local run=$RANDOM$RANDOM
  for i in $(seq 1 "$ATHLETES"); do
    local email="fault$i.$run@demo.test" password="fault-stream-$run-$i-long"
    curl -fs -u "$ADMIN" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"displayName\":\"Fault Athlete $i\",\"password\":\"$password\"}" \
      "$BASE/api/v1/athletes" >/dev/null || die "cannot create athlete $i"
    curl -fs -u "$email:$password" -H 'Content-Type: application/json' -d '{"name":"faults"}' \
      "$BASE/api/v1/me/tokens" | json_field token >"$WORK/stream/token$i"
    [[ -s "$WORK/stream/token$i" ]] || die "no token for athlete $i"
  done
}

# One athlete's stream: a report per week from 2001-W01 on, one at a time; each answer is logged
# as "<status> <week> <report id>". Stops at $WORK/stop or after 600 requests.
stream() {
  set +e # a refused or failed request is data here, not a reason to stop
  local i=$1 token out="$WORK/stream/answers$i"
  token=$(cat "$WORK/stream/token$i")
  local year=2001 week=1 sent=0
  while [[ ! -f "$WORK/stop" && $sent -lt 600 ]]; do
    local w
    w=$(printf '%04d-W%02d' "$year" "$week")
    local body
    body=$(curl -s -m 10 -o - -w '\n%{http_code}' -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "{\"week\":\"$w\",\"painScore\":0,\"walkingMinutesPerDay\":120}" \
      "$BASE/api/v1/reports" 2>/dev/null || true)
    local status=${body##*$'\n'}
    local id
    id=$(printf '%s' "${body%$'\n'*}" | json_field id)
    echo "${status:-000} $w ${id:--}" >>"$out"
    [[ $status == 503 ]] && printf '%s\n' "${body%$'\n'*}" >>"$WORK/stream/503-bodies"
    week=$((week + 1))
    if [[ $week -gt 52 ]]; then year=$((year + 1)); week=1; fi
    sent=$((sent + 1))
    [[ $status == 201 ]] || sleep 0.2
  done
}

acknowledged() { cat "$WORK"/stream/answers* 2>/dev/null | grep -c '^201 ' || true; }

await_acknowledged() {
  local target=$1 limit=$2
  for _ in $(seq 1 "$limit"); do
    [[ $(acknowledged) -ge $target ]] && return 0
    sleep 1
  done
  die "only $(acknowledged) of $target reports acknowledged after ${limit}s"
}

log "PostgreSQL on 127.0.0.1:$PG_PORT, portal on $BASE"
start_postgres 1
start_portal
create_athletes
STREAM_PIDS=""
for i in $(seq 1 "$ATHLETES"); do
  stream "$i" 7>&- & # only this script may hold PostgreSQL's lifeline
  STREAM_PIDS+=" $!"
done
await_acknowledged 30 120

log "1. SIGKILL WildFly under load"
pid=$(wildfly_pid)
[[ -n "$pid" ]] || die "no WildFly process found"
kill -KILL "$pid"
wait "$PORTAL_PID" 2>/dev/null || true
before_restart=$(acknowledged)
start_portal
await_acknowledged $((before_restart + 30)) 180
log "   WildFly back; $(acknowledged) reports acknowledged so far"

log "2. PostgreSQL stopped under load"
mark=$(cat "$WORK"/stream/answers* | wc -l)
stop_postgres
sleep 8
during=$(cat "$WORK"/stream/answers* | wc -l)
[[ $during -gt $mark ]] || die "no answers at all while PostgreSQL was down"
start_postgres 2
await_acknowledged $(($(acknowledged) + 30)) 120
log "   reports accepted again without restarting WildFly"
touch "$WORK/stop"
wait $STREAM_PIDS 2>/dev/null || true
STREAM_PIDS=""

# --- Verdict ----------------------------------------------------------------------------------------
log "Checking answers and the database"
cat "$WORK"/stream/answers* >"$WORK/all-answers"
awk '{print $1}' "$WORK/all-answers" | sort | uniq -c | sed 's/^/   /'
if grep -Eq '^5(0[0-2]|0[4-9]|[1-9][0-9]) ' "$WORK/all-answers"; then
  log "the server's account of its failures (.pullsafe/wildfly/log/server.log):"
  grep -A40 -E 'UT005023|API request failed, incident' .pullsafe/wildfly/log/server.log \
    | grep -E 'UT005023|incident|Caused by|Suppressed' | head -40 || true
  die "a 5xx other than 503 was answered: $(grep -E '^5(0[0-2]|0[4-9]|[1-9][0-9]) ' "$WORK/all-answers" | head -3)"
fi
grep -q '^503 ' "$WORK/all-answers" || die "no 503 while PostgreSQL was down"
if [[ -s "$WORK/stream/503-bodies" ]] && ! grep -q '"status":503' "$WORK/stream/503-bodies"; then
  die "503 answers are not problem details"
fi

psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc "$1"; }
if ! command -v psql >/dev/null; then die "psql is needed to check the database"; fi
missing=0
while read -r status week id; do
  [[ $status == 201 ]] || continue
  found=$(psql_q "select week from weekly_report where id = $id")
  if [[ $found != "$week" ]]; then
    log "   acknowledged report $id ($week) is not stored as such: '$found'"
    missing=$((missing + 1))
  fi
done <"$WORK/all-answers"
[[ $missing -eq 0 ]] || die "$missing acknowledged reports lost"
dups=$(psql_q "select count(*) from (select athlete_id, week from weekly_report group by athlete_id, week having count(*) > 1) d")
[[ $dups == 0 ]] || die "$dups weeks stored twice"
log "PASSED: $(acknowledged) acknowledged reports, all stored once; 503 while the database was down"
