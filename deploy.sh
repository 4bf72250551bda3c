#!/usr/bin/env bash
# PullSafe: run the portal locally, or deploy the built WAR to a running WildFly.
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"

WILDFLY_VERSION=39.0.1.Final
WILDFLY_HOME="target/wildfly-$WILDFLY_VERSION"
WAR=target/pullsafe.war
STATE_DIR=.pullsafe
LOCAL_PG_PORT=${PULLSAFE_PG_PORT:-15432}
PORT_OFFSET=${PULLSAFE_PORT_OFFSET:-0}
HTTP_PORT=$((8080 + PORT_OFFSET))

usage() {
  cat <<'EOF'
Usage:
  ./deploy.sh local
      Build if needed, provision and configure WildFly under target/, use PostgreSQL at DB_URL
      (DB_USER, DB_PASSWORD) or start an embedded one with its data in .pullsafe/pgdata, load the
      demo tenant, and serve http://localhost:8080/. Ctrl-C stops WildFly and the database.

  ./deploy.sh deploy [--host HOST] [--port PORT] [--user USER] [--password-file FILE] [--war FILE]
      Deploy (or redeploy) the built WAR to a running WildFly through its management interface
      (default localhost:9990; WILDFLY_HOST, WILDFLY_PORT, WILDFLY_USER also set them). The
      password comes from WILDFLY_PASSWORD, the first line of --password-file, or a prompt; never
      from the command line, where any user of the machine could read it. That server needs the
      PostgreSQL driver and the PullSafeDS datasource: apply src/wildfly/setup.cli to it, or use
      the image in docker/.

  ./deploy.sh --help
      Show this help.

Environment (local): DB_URL, DB_USER, DB_PASSWORD, PORTAL_ADMIN_EMAIL, PORTAL_ADMIN_PASSWORD,
PULLSAFE_PG_PORT (embedded PostgreSQL port, default 15432), PULLSAFE_PORT_OFFSET (added to
WildFly's ports: 8080 for HTTP, 9990 for management; default 0).
EOF
}

fail() {
  echo "deploy.sh: $*" >&2
  exit 1
}

build_if_needed() {
  if [[ ! -f "$WAR" || ! -f "$WILDFLY_HOME/bin/standalone.sh" || ! -f target/test-classpath.txt ]] \
    || [[ -n "$(find src pom.xml -newer "$WAR" -print -quit)" ]]; then
    echo "Building (./mvnw -DskipTests verify)..."
    ./mvnw -B -q -DskipTests verify
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_embedded_postgres() {
  mkdir -p "$STATE_DIR"
  local fifo="$STATE_DIR/pg-lifeline"
  rm -f "$fifo"
  mkfifo "$fifo"
  # The server reads this pipe; it stops when the pipe closes, i.e. when this script is gone.
  java -cp "target/test-classes:$(cat target/test-classpath.txt)" \
    com.pullsafe.testing.EmbeddedPostgresServer "$PWD/$STATE_DIR/pgdata" "$LOCAL_PG_PORT" \
    <"$fifo" >"$STATE_DIR/postgres.log" 2>&1 &
  PG_PID=$!
  exec 3>"$fifo"
  for _ in $(seq 1 120); do
    if grep -q '^READY' "$STATE_DIR/postgres.log"; then
      export DB_URL="jdbc:postgresql://127.0.0.1:$LOCAL_PG_PORT/postgres"
      export DB_USER=postgres DB_PASSWORD=postgres
      echo "Embedded PostgreSQL on port $LOCAL_PG_PORT (data in $STATE_DIR/pgdata)"
      return
    fi
    kill -0 "$PG_PID" 2>/dev/null || fail "embedded PostgreSQL did not start; see $STATE_DIR/postgres.log"
    sleep 0.5
  done
  fail "embedded PostgreSQL did not start within 60 s; see $STATE_DIR/postgres.log"
}

stop_all() {
  trap - INT TERM EXIT
  if [[ -n "${WILDFLY_PID:-}" ]] && kill -0 "$WILDFLY_PID" 2>/dev/null; then
    echo "Stopping WildFly..."
    kill -TERM "$WILDFLY_PID" 2>/dev/null || true
    wait "$WILDFLY_PID" 2>/dev/null || true
  fi
  [[ -n "${WATCHDOG_PID:-}" ]] && kill "$WATCHDOG_PID" 2>/dev/null || true
  if [[ -n "${PG_PID:-}" ]] && kill -0 "$PG_PID" 2>/dev/null; then
    echo "Stopping PostgreSQL..."
    exec 3>&- || true
    # Closing the lifeline is enough; SIGTERM (its shutdown hook stops postgres) if it lingers.
    for _ in $(seq 1 20); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.5; done
    kill -TERM "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
  fi
  echo "Stopped."
}

run_local() {
  command -v java >/dev/null || fail "java not found: install a JDK 17"
  port_in_use "$HTTP_PORT" && fail "port $HTTP_PORT is in use: stop the other server first"
  build_if_needed

  trap stop_all INT TERM EXIT
  if [[ -z "${DB_URL:-}" ]]; then
    start_embedded_postgres
  else
    # Local convenience only: the server itself has no default credentials.
    export DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-postgres}
    echo "Using PostgreSQL at $DB_URL as $DB_USER"
  fi

  # A server base of its own, so the test tier's server under target/ stays untouched.
  local base="$STATE_DIR/wildfly"
  rm -rf "$base"
  mkdir -p "$base"
  cp -r "$WILDFLY_HOME/standalone/configuration" "$base/"
  # A test server that is running, or was killed, keeps its deployment in the configuration.
  sed -i '/<deployments>/,/<\/deployments>/d' "$base/configuration/standalone.xml"
  mkdir -p "$base/deployments"
  cp "$WAR" "$base/deployments/"

  export PORTAL_ADMIN_EMAIL=${PORTAL_ADMIN_EMAIL:-admin@portal.test}
  export PORTAL_ADMIN_PASSWORD=${PORTAL_ADMIN_PASSWORD:-platform-pass-2026}
  export PULLSAFE_DEMO_DATA=true
  export LAUNCH_JBOSS_IN_BACKGROUND=1
  echo "Starting WildFly $WILDFLY_VERSION..."
  "$WILDFLY_HOME/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$base" \
    -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
    >"$STATE_DIR/wildfly.log" 2>&1 3>&- &
  WILDFLY_PID=$!

  # Stops WildFly when this script is killed outright (no trap runs then).
  (
    exec 3>&-
    while kill -0 $$ 2>/dev/null; do sleep 1; done
    kill -TERM "$WILDFLY_PID" 2>/dev/null
  ) &
  WATCHDOG_PID=$!

  for _ in $(seq 1 240); do
    [[ -f "$base/deployments/pullsafe.war.failed" ]] \
      && fail "deployment failed; see $STATE_DIR/wildfly.log and $base/log/server.log"
    kill -0 "$WILDFLY_PID" 2>/dev/null || fail "WildFly stopped; see $STATE_DIR/wildfly.log"
    if [[ -f "$base/deployments/pullsafe.war.deployed" ]] \
      && curl -fs -o /dev/null "http://localhost:$HTTP_PORT/login.xhtml" 2>/dev/null; then
      print_welcome
      wait "$WILDFLY_PID" || true
      return
    fi
    sleep 1
  done
  fail "PullSafe did not answer within 240 s; see $base/log/server.log"
}

print_welcome() {
  cat <<EOF

PullSafe is running at http://localhost:$HTTP_PORT/   (Ctrl-C stops it)

  Platform admin   $PORTAL_ADMIN_EMAIL / $PORTAL_ADMIN_PASSWORD
  Demo tenant "demo" (password for all: demo-pass-2026)
    Tenant admin   admin@demo.test
    Coaches        coach.ana@demo.test, coach.ben@demo.test
    Athletes       mia@demo.test, noah@demo.test, lea@demo.test (coach Ana)
                   omar@demo.test, sara@demo.test, tom@demo.test (coach Ben)

  API              curl -u $PORTAL_ADMIN_EMAIL:$PORTAL_ADMIN_PASSWORD http://localhost:$HTTP_PORT/api/v1/me
  Logs             $STATE_DIR/wildfly/log/server.log
EOF
}

# Escapes a value for an XML attribute.
xml_attr() {
  local v=$1
  v=${v//&/\&amp;}
  v=${v//</\&lt;}
  v=${v//>/\&gt;}
  v=${v//\"/\&quot;}
  printf '%s' "$v"
}

deploy_remote() {
  local host=${WILDFLY_HOST:-localhost} port=${WILDFLY_PORT:-9990} user=${WILDFLY_USER:-}
  local password_file="" war="$WAR"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --host) host=${2:?--host needs a value}; shift 2 ;;
      --port) port=${2:?--port needs a value}; shift 2 ;;
      --user) user=${2:?--user needs a value}; shift 2 ;;
      --password-file) password_file=${2:?--password-file needs a value}; shift 2 ;;
      --password) fail "--password would show the password to every user of this machine (ps); use WILDFLY_PASSWORD or --password-file" ;;
      --war) war=${2:?--war needs a value}; shift 2 ;;
      *) usage >&2; fail "unknown option: $1" ;;
    esac
  done
  local password=${WILDFLY_PASSWORD:-}
  if [[ -n "$password_file" ]]; then
    [[ -r "$password_file" ]] || fail "cannot read the password file $password_file"
    password=$(head -n 1 "$password_file")
  fi
  if [[ -n "$user" && -z "$password" && -t 0 ]]; then
    read -r -s -p "Management password for $user: " password
    echo
  fi
  [[ -f "$war" ]] || build_if_needed
  [[ -f "$war" ]] || fail "no WAR at $war"

  local cli=("$WILDFLY_HOME/bin/jboss-cli.sh" --connect "--controller=remote+http://$host:$port" --timeout=10000)
  if [[ -n "$user" ]]; then
    # The credentials reach jboss-cli in a client configuration file only this user can read,
    # never on a command line.
    CLIENT_CONFIG=$(mktemp "${TMPDIR:-/tmp}/pullsafe-cli.XXXXXX")
    chmod 600 "$CLIENT_CONFIG"
    trap 'rm -f "$CLIENT_CONFIG"' EXIT
    cat >"$CLIENT_CONFIG" <<XML
<configuration>
  <authentication-client xmlns="urn:elytron:client:1.7">
    <authentication-rules><rule use-configuration="deployer"/></authentication-rules>
    <authentication-configurations>
      <configuration name="deployer">
        <set-user-name name="$(xml_attr "$user")"/>
        <credentials><clear-password password="$(xml_attr "$password")"/></credentials>
      </configuration>
    </authentication-configurations>
  </authentication-client>
</configuration>
XML
    export JAVA_OPTS="${JAVA_OPTS:-} -Dwildfly.config.url=file://$CLIENT_CONFIG"
  fi
  if ! "${cli[@]}" --command=":read-attribute(name=server-state)" >/dev/null 2>&1; then
    fail "cannot reach WildFly's management interface at $host:$port (is it running? credentials?)"
  fi
  "${cli[@]}" --command="deploy $war --name=pullsafe.war --force"
  echo "Deployed $war to $host:$port"
}

case "${1:-}" in
  local) shift; [[ $# -eq 0 ]] || fail "'local' takes no arguments (configure it with environment variables)"; run_local ;;
  deploy) shift; deploy_remote "$@" ;;
  -h | --help | help) usage ;;
  "") usage >&2; exit 2 ;;
  *) usage >&2; fail "unknown command: $1" ;;
esac
