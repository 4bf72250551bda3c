#!/usr/bin/env bash
# Boot time and memory of a WildFly installation, bare and with PullSafe deployed.
#
#   src/bench/server-footprint.sh [JBOSS_HOME] [RUNS]     (after ./mvnw package; defaults: target/server 3)
#
# Each run boots the server on a fresh copy of its standalone configuration (loopback, port offset
# FOOTPRINT_PORT_OFFSET, default 700), once without a deployment and once with target/pullsafe.war
# in its deployments folder, against an embedded PostgreSQL of its own (port FOOTPRINT_PG_PORT,
# default 8782). It prints WildFly's own "started in" figure, the CPU time the JVM used until then
# (steadier than wall time on a busy machine) and the java process's resident memory
# right after the start and after 50 requests to the login page. The server must already carry
# the PullSafeDS datasource and the driver (the build's provisioning does that).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

home=$(readlink -f "${1:-target/server}")
runs=${2:-3}
offset=${FOOTPRINT_PORT_OFFSET:-700}
pg_port=${FOOTPRINT_PG_PORT:-8782}
http="http://127.0.0.1:$((8080 + offset))"
work=$PWD/target/footprint
war=target/pullsafe.war

[[ -x "$home/bin/standalone.sh" ]] || { echo "no WildFly at $home" >&2; exit 1; }
[[ -f "$war" && -f target/test-classpath.txt ]] || { echo "build first: ./mvnw package" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"

cleanup() {
  [[ -n "${server_pid:-}" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [[ -n "${pg_pid:-}" ]] && { exec 9>&-; wait "$pg_pid" 2>/dev/null; }
  return 0
}
trap cleanup EXIT

mkfifo "$work/pg-lifeline"
java -cp "target/test-classes:$(cat target/test-classpath.txt)" \
  com.pullsafe.testing.EmbeddedPostgresServer "$work/pgdata" "$pg_port" \
  <"$work/pg-lifeline" >"$work/postgres.log" 2>&1 &
pg_pid=$!
exec 9>"$work/pg-lifeline"
for _ in $(seq 1 120); do
  grep -q '^READY' "$work/postgres.log" && break
  sleep 0.5
done
grep -q '^READY' "$work/postgres.log" || { echo "PostgreSQL did not start" >&2; exit 1; }

rss_mb() { echo $(($(ps -o rss= -p "$1") / 1024)); }
# CPU seconds (user + system) the process has used: less sensitive to a busy machine than wall time.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# Boots once; prints "<started in ms> <CPU s> <RSS after start, MB> <RSS after 50 requests, MB>".
boot() {
  local with_app=$1 base="$work/base"
  rm -rf "$base"
  mkdir -p "$base/deployments"
  cp -r "$home/standalone/configuration" "$base/"
  sed -i '/<deployments>/,/<\/deployments>/d' "$base/configuration/standalone.xml"
  [[ $with_app == yes ]] && cp "$war" "$base/deployments/"
  DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" DB_USER=postgres DB_PASSWORD=postgres \
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$home/bin/standalone.sh" -Djboss.server.base.dir="$base" \
    -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    >"$work/console.log" 2>&1 9>&- &
  server_pid=$!
  local log="$base/log/server.log" started=""
  for _ in $(seq 1 300); do
    started=$(grep -oE 'WFLYSRV002[56].* started in [0-9]+ms' "$log" 2>/dev/null | grep -oE '[0-9]+ms' | tail -1) || true
    [[ -n "$started" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/console.log" >&2; exit 1; }
    sleep 0.5
  done
  [[ -n "$started" ]] || { echo "the server did not start" >&2; exit 1; }
  grep -q 'WFLYSRV0026' "$log" && { grep -E 'ERROR' "$log" | head -5 >&2; }
  local java_pid
  java_pid=$(pgrep -f -- "-Djboss.server.base.dir=$base" | grep -v "^$server_pid$" | head -1)
  local rss_start rss_warm cpu
  cpu=$(cpu_s "$java_pid")
  rss_start=$(rss_mb "$java_pid")
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$http/login.xhtml" || true; done
  rss_warm=$(rss_mb "$java_pid")
  kill -TERM "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  echo "${started%ms} $cpu $rss_start $rss_warm"
}

echo "WildFly at $home ($(du -sh "$home" | cut -f1) on disk, $(find "$home/modules" -name module.xml | wc -l) modules)"
for kind in bare app; do
  for run in $(seq 1 "$runs"); do
    read -r ms cpu rss warm < <(boot "$([[ $kind == app ]] && echo yes || echo no)")
    printf '%-4s run %d: started in %6d ms (%5.1f s CPU)   RSS %4d MB after start, %4d MB after 50 requests\n' \
      "$kind" "$run" "$ms" "$cpu" "$rss" "$warm"
  done
done
