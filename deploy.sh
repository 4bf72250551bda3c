#!/usr/bin/env bash
# PullSafe: run the portal locally, or deploy the built WAR to a running WildFly.
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"

WILDFLY_VERSION=39.0.1.Final
WILDFLY_HOME=target/server   # provisioned by the build with Galleon (pom.xml)
WAR=target/pullsafe.war
STATE_DIR=.pullsafe
LOCAL_PG_PORT=${PULLSAFE_PG_PORT:-15432}
PORT_OFFSET=${PULLSAFE_PORT_OFFSET:-0}
HTTP_PORT=$((8080 + PORT_OFFSET))

usage() {
  cat <<'EOF'
Usage:
  ./deploy.sh local
      Build if needed (./mvnw -DskipTests verify: the WAR and the Galleon-provisioned WildFly in
      target/server), use PostgreSQL at DB_URL (DB_USER, DB_PASSWORD) or start an embedded one with
      its data in .pullsafe/pgdata, load the demo tenant, and serve http://localhost:8080/ (health
      and metrics at http://localhost:9990/health, /metrics). Ctrl-C stops WildFly and the database.

  ./deploy.sh deploy [options]
      Deploy the built WAR to a running WildFly 39 (standard, or the provisioned one) through its
      management interface, and first give that server what PullSafe needs where it is missing:
      the PostgreSQL driver (its org.postgresql module if present, else the driver jar as the
      deployment postgresql.jar), the datasource PullSafeDS (DB_URL, DB_USER and DB_PASSWORD are
      read from the server's environment), the mail session, integrated-jaspi=false, MicroProfile
      Health, Micrometer and the access log; reloads the server if that needs it. Redeploys in
      place; a deployment the server refuses leaves the previous one running. Safe to repeat.
      Exits non-zero, with the server's message, on any failure.

      --host HOST            management host (env WILDFLY_HOST, default localhost)
      --port PORT            management port (env WILDFLY_PORT, default 9990)
      --user USER            management user (env WILDFLY_USER; none: local authentication)
      --password-file FILE   the password is the first line of FILE (env WILDFLY_PASSWORD_FILE)
      --war FILE             the WAR (default target/pullsafe.war)
      --driver FILE          the PostgreSQL JDBC jar (default target/drivers/postgresql.jar)
      --reload-timeout SECS  how long to wait for a reload (env WILDFLY_RELOAD_TIMEOUT, default 180)
      The password comes from WILDFLY_PASSWORD, --password-file, or a prompt; never from the
      command line, where any user of the machine could read it (--password is refused).

  ./deploy.sh --help
      Show this help.

Environment of 'local': DB_URL, DB_USER, DB_PASSWORD, PORTAL_ADMIN_EMAIL, PORTAL_ADMIN_PASSWORD,
SMTP_HOST, SMTP_PORT, PULLSAFE_PG_PORT (embedded PostgreSQL port, default 15432),
PULLSAFE_PORT_OFFSET (added to WildFly's ports: 8080 for HTTP, 9990 for management; default 0).
Environment of 'deploy': WILDFLY_HOST, WILDFLY_PORT, WILDFLY_USER, WILDFLY_PASSWORD,
WILDFLY_PASSWORD_FILE, WILDFLY_RELOAD_TIMEOUT. The server itself reads DB_URL, DB_USER,
DB_PASSWORD, PORTAL_ADMIN_EMAIL, PORTAL_ADMIN_PASSWORD, SMTP_HOST, SMTP_PORT, PULLSAFE_BASE_URL,
PULLSAFE_MAIL_FROM (see README.md, "Configuration").
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
  # One local portal per state folder (on another port, too): a second one would delete the files
  # of the server that is running. The lock lasts as long as this script and its servers.
  mkdir -p "$STATE_DIR"
  if command -v flock >/dev/null; then
    exec 9>"$STATE_DIR/local.lock"
    if ! flock -n 9; then
      # One that was just stopped may still be stopping its PostgreSQL: give it a little time.
      echo "Waiting for the other ./deploy.sh local on $STATE_DIR to stop..."
      flock -w 20 9 || fail "another ./deploy.sh local is using $STATE_DIR: stop it first"
    fi
  fi
  build_if_needed

  trap stop_all EXIT
  trap 'stop_all; exit 130' INT
  trap 'stop_all; exit 143' TERM
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

  # Stops WildFly when this script is killed outright (no trap runs then). It must not hold the
  # lock: its last sleep outlives this script by up to a second, and a restart would be refused.
  (
    exec 3>&- 9>&-
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
                   (pages: sets up an authenticator app at the first sign-in; API: a token
                   made on the profile page, as Authorization: Bearer psk_...)
  Demo tenant "demo" (password for all: demo-pass-2026)
    Tenant admin   admin@demo.test
    Coaches        coach.ana@demo.test, coach.ben@demo.test
    Athletes       mia@demo.test, noah@demo.test, lea@demo.test (coach Ana)
                   omar@demo.test, sara@demo.test, tom@demo.test (coach Ben)

  API              curl -u mia@demo.test:demo-pass-2026 http://localhost:$HTTP_PORT/api/v1/me
  Health, metrics  http://localhost:$((9990 + PORT_OFFSET))/health/ready   http://localhost:$((9990 + PORT_OFFSET))/metrics
  Logs             $STATE_DIR/wildfly/log/server.log, requests in $STATE_DIR/wildfly/log/access.log
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

# The lines of src/wildfly/setup.cli that start with $1 (one source for the server's resources).
setup_line() {
  grep -F -- "$1" src/wildfly/setup.cli | grep -v '^ *#' | grep -v 'read-resource' | sed 's/^ *//'
}

# jboss-cli's output in file $1, without its note about CLI extensions of the server's subsystems
# that a trimmed CLI does not carry (harmless here).
cli_output() {
  grep -v '^Warning! There were errors trying to load extensions' "$1" || true
}

# Prints jboss-cli's first error line from the output in file $1.
cli_error() {
  local text
  text=$(cli_output "$1")
  grep -m1 -E 'Failed|failed|WFLY|Unable|refused|Cannot|rror' <<<"$text" | sed 's/^ *//' \
    || head -1 <<<"$text"
}

deploy_remote() {
  local host=${WILDFLY_HOST:-localhost} port=${WILDFLY_PORT:-9990} user=${WILDFLY_USER:-}
  local password_file=${WILDFLY_PASSWORD_FILE:-} war="$WAR" driver=target/drivers/postgresql.jar
  local reload_timeout=${WILDFLY_RELOAD_TIMEOUT:-180}
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --host) host=${2:?--host needs a value}; shift 2 ;;
      --port) port=${2:?--port needs a value}; shift 2 ;;
      --user) user=${2:?--user needs a value}; shift 2 ;;
      --password-file) password_file=${2:?--password-file needs a value}; shift 2 ;;
      --password | --password=*) fail "--password would show the password to every user of this machine (ps); use WILDFLY_PASSWORD or --password-file" ;;
      --war) war=${2:?--war needs a value}; shift 2 ;;
      --driver) driver=${2:?--driver needs a value}; shift 2 ;;
      --reload-timeout) reload_timeout=${2:?--reload-timeout needs a value}; shift 2 ;;
      -h | --help) usage; return 0 ;;
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
  [[ -n "$user" && -z "$password" ]] && fail "no password for $user: set WILDFLY_PASSWORD or use --password-file"
  if [[ ! -f "$war" || ! -f "$WILDFLY_HOME/bin/jboss-cli.sh" || ! -f "$driver" ]]; then build_if_needed; fi
  [[ -f "$war" ]] || fail "no WAR at $war"
  [[ -f "$driver" ]] || fail "no PostgreSQL driver at $driver"

  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pullsafe-deploy.XXXXXX")
  chmod 700 "$WORK_DIR"
  trap 'rm -rf "$WORK_DIR"' EXIT
  local out="$WORK_DIR/cli.out"
  local cli=("$WILDFLY_HOME/bin/jboss-cli.sh" --connect "--controller=remote+http://$host:$port" --timeout=15000)
  if [[ -n "$user" ]]; then
    # The credentials reach jboss-cli in a client configuration file only this user can read,
    # never on a command line.
    cat >"$WORK_DIR/client.xml" <<XML
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
    export JAVA_OPTS="${JAVA_OPTS:-} -Dwildfly.config.url=file://$WORK_DIR/client.xml"
  fi
  # Runs one jboss-cli command; its output is in $out.
  cli_run() { "${cli[@]}" --command="$1" >"$out" 2>&1; }

  echo "Connecting to WildFly at $host:$port..."
  cli_run ":read-attribute(name=server-state)" \
    || fail "cannot use WildFly's management interface at $host:$port (is it running, are the user and password right?): $(cli_error "$out")"
  cli_run ":read-attribute(name=product-version)" || true
  grep -q '"39\.' "$out" || echo "deploy.sh: warning: PullSafe is built for WildFly 39; this server says $(grep -o '"result" => .*' "$out")" >&2

  # The JDBC driver: the server's own module if it has one, else the jar as a deployment.
  local driver_name=postgresql
  if ! cli_run "/subsystem=datasources/jdbc-driver=postgresql:read-resource"; then
    driver_name=postgresql.jar
    if cli_run "/deployment=postgresql.jar:read-resource"; then
      echo "PostgreSQL driver: deployment postgresql.jar (present)"
    else
      cli_run "deploy $driver --name=postgresql.jar" \
        || fail "the server refused the PostgreSQL driver: $(cli_error "$out")"
      echo "PostgreSQL driver: deployed $driver as postgresql.jar"
    fi
  else
    echo "PostgreSQL driver: module org.postgresql (present)"
  fi

  # What the portal needs from the server, each added only when missing (idempotent).
  local datasource
  datasource=$(setup_line "data-source add --name=PullSafeDS" | sed "s/--driver-name=postgresql /--driver-name=$driver_name /")
  cat >"$WORK_DIR/configure.cli" <<CLI
if (outcome != success) of /subsystem=datasources/data-source=PullSafeDS:read-resource
    $datasource
end-if
if (outcome != success) of /socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=pullsafe-smtp:read-resource
    $(setup_line "remote-destination-outbound-socket-binding=pullsafe-smtp:add(")
end-if
if (outcome != success) of /subsystem=mail/mail-session=pullsafe:read-resource
    $(setup_line "/subsystem=mail/mail-session=pullsafe:add(")
    $(setup_line "/subsystem=mail/mail-session=pullsafe/server=smtp:add(")
end-if
if (result != false) of /subsystem=undertow/application-security-domain=other:read-attribute(name=integrated-jaspi)
    /subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false)
end-if
if (outcome != success) of /extension=org.wildfly.extension.microprofile.health-smallrye:read-resource
    /extension=org.wildfly.extension.microprofile.health-smallrye:add
end-if
if (outcome != success) of /subsystem=microprofile-health-smallrye:read-resource
    /subsystem=microprofile-health-smallrye:add(security-enabled=false)
end-if
if (outcome != success) of /extension=org.wildfly.extension.micrometer:read-resource
    /extension=org.wildfly.extension.micrometer:add
end-if
if (outcome != success) of /subsystem=micrometer:read-resource
    /subsystem=micrometer:add
end-if
if (outcome != success) of /subsystem=undertow/server=default-server/host=default-host/setting=access-log:read-resource
    $(setup_line "setting=access-log:add(")
end-if
CLI
  "${cli[@]}" --file="$WORK_DIR/configure.cli" >"$out" 2>&1 \
    || fail "the server refused its configuration for PullSafe: $(cli_error "$out")"
  echo "Server configuration: datasource PullSafeDS, mail session, integrated-jaspi=false, health, Micrometer, access log (added where missing)"

  cli_run ":read-attribute(name=server-state)" || fail "lost the server: $(cli_error "$out")"
  if grep -q 'reload-required' "$out"; then
    echo "Reloading the server for its new configuration..."
    cli_run ":reload" || fail "the server did not accept a reload: $(cli_error "$out")"
    local deadline=$((SECONDS + reload_timeout))
    until cli_run ":read-attribute(name=server-state)" && grep -q '"running"' "$out"; do
      ((SECONDS < deadline)) || fail "the server did not come back within $reload_timeout s after its reload"
      sleep 2
    done
  fi

  echo "Deploying $war as pullsafe.war..."
  cli_run "deploy $war --name=pullsafe.war --runtime-name=pullsafe.war --force" \
    || fail "the server refused $war (it keeps the previous deployment, if any): $(cli_output "$out")"
  cli_run "/deployment=pullsafe.war:read-attribute(name=status)" && grep -q '"OK"' "$out" \
    || fail "pullsafe.war is not running on the server: $(cli_output "$out")"
  echo "Deployed $war to $host:$port: pullsafe.war is OK"
}

case "${1:-}" in
  local) shift; [[ $# -eq 0 ]] || fail "'local' takes no arguments (configure it with environment variables)"; run_local ;;
  deploy) shift; deploy_remote "$@" ;;
  -h | --help | help) usage ;;
  "") usage >&2; exit 2 ;;
  *) usage >&2; fail "unknown command: $1" ;;
esac
