#!/usr/bin/env bash
# ./deploy.sh deploy against a WildFly it did not start: a standard, unconfigured WildFly 39.
#
#   src/test/deploy/deploy-anywhere.sh        (after ./mvnw package; .ci/run runs it)
#
# Unpacks a fresh wildfly-dist 39 (from Maven Central) into target/deploy-anywhere, adds a
# management user, starts it on loopback with its own port offset (DEPLOY_TEST_PORT_OFFSET,
# default 710: HTTP 8790, management 10700) against an embedded PostgreSQL of its own
# (DEPLOY_TEST_PG_PORT, default 8784), and checks that:
#   1. deploy.sh deploy installs the driver and the datasource, configures the server and deploys:
#      the login page answers, /api/v1/me knows the bootstrap admin's password (and asks for the
#      second factor), /health/ready is UP;
#   2. a second run changes nothing on the server and redeploys in place;
#   3. a wrong password fails with a clear message, and so does a WAR the server refuses, which
#      leaves the running deployment untouched.
# Every wait is bounded; the server and the database are stopped however the script ends.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../../.."

VERSION=39.0.1.Final
OFFSET=${DEPLOY_TEST_PORT_OFFSET:-710}
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MGMT_PORT=$((9990 + OFFSET))
PG_PORT=${DEPLOY_TEST_PG_PORT:-8784}
WORK=$PWD/target/deploy-anywhere
HOME_DIR=$WORK/wildfly-$VERSION
ADMIN=admin@portal.test
ADMIN_PASSWORD=platform-pass-2026

log() { echo "[deploy-anywhere $(date +%H:%M:%S)] $*"; }
die() {
  log "FAILED: $*"
  [[ -f "$HOME_DIR/standalone/log/server.log" ]] && tail -40 "$HOME_DIR/standalone/log/server.log"
  exit 1
}

cleanup() {
  trap - EXIT
  if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n "${PG_PID:-}" ]]; then
    exec 8>&- || true
    wait "$PG_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

[[ -f target/pullsafe.war && -f target/drivers/postgresql.jar && -f target/test-classpath.txt \
  && -x target/server/bin/jboss-cli.sh ]] || die "build first: ./mvnw package"

log "Unpacking a standard WildFly $VERSION"
rm -rf "$WORK"
mkdir -p "$WORK"
./mvnw -B -q -o dependency:unpack -Dartifact="org.wildfly:wildfly-dist:$VERSION:zip" \
  -DoutputDirectory="$WORK" -Dmdep.overWriteReleases=true >"$WORK/unpack.log" 2>&1 \
  || ./mvnw -B -q dependency:unpack -Dartifact="org.wildfly:wildfly-dist:$VERSION:zip" \
    -DoutputDirectory="$WORK" -Dmdep.overWriteReleases=true >"$WORK/unpack.log" 2>&1 \
  || { cat "$WORK/unpack.log"; die "cannot unpack wildfly-dist"; }
[[ -x "$HOME_DIR/bin/standalone.sh" ]] || die "no WildFly in $HOME_DIR"

# A throw-away management user with a random password, kept in a file only we can read.
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
umask 077
printf '%s\n' "$PASSWORD" >"$WORK/password"
printf 'wrong-%s\n' "$PASSWORD" >"$WORK/wrong-password"
umask 022
"$HOME_DIR/bin/add-user.sh" -s -u deployer -p "$PASSWORD" -r ManagementRealm >/dev/null \
  || die "add-user.sh failed"

log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
mkfifo "$WORK/pg-lifeline"
java -cp "target/test-classes:$(cat target/test-classpath.txt)" \
  com.pullsafe.testing.EmbeddedPostgresServer "$WORK/pgdata" "$PG_PORT" \
  <"$WORK/pg-lifeline" >"$WORK/postgres.log" 2>&1 &
PG_PID=$!
exec 8>"$WORK/pg-lifeline"
for _ in $(seq 1 120); do
  grep -q '^READY' "$WORK/postgres.log" && break
  kill -0 "$PG_PID" 2>/dev/null || die "PostgreSQL did not start (see $WORK/postgres.log)"
  sleep 0.5
done
grep -q '^READY' "$WORK/postgres.log" || die "PostgreSQL did not start within 60 s"

log "Starting the standard WildFly (HTTP $HTTP, management 127.0.0.1:$MGMT_PORT)"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" DB_USER=postgres DB_PASSWORD=postgres \
  PORTAL_ADMIN_EMAIL=$ADMIN PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD SMTP_PORT=$((8785)) \
  LAUNCH_JBOSS_IN_BACKGROUND=1 "$HOME_DIR/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
  -Djboss.socket.binding.port-offset="$OFFSET" >"$WORK/console.log" 2>&1 8>&- &
SERVER_PID=$!
for _ in $(seq 1 300); do
  grep -qE 'WFLYSRV0025|WFLYSRV0026' "$HOME_DIR/standalone/log/server.log" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "WildFly stopped (see $WORK/console.log)"
  sleep 1
done
grep -q 'WFLYSRV0025' "$HOME_DIR/standalone/log/server.log" || die "WildFly did not start cleanly"

deploy() {
  timeout 600 ./deploy.sh deploy --host 127.0.0.1 --port "$MGMT_PORT" --user deployer "$@"
}

# The app answers: the login page, the bootstrap admin's password on /api/v1/me, readiness with the
# database.
check_app() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$HTTP/login.xhtml")
  [[ $status == 200 ]] || die "the login page answered $status"
  # A platform admin signs in with a second factor, so Basic is refused: but only a right password
  # gets this problem type (a wrong one gets about:blank), which shows the admin was made.
  local me
  me=$(curl -s -u "$ADMIN:$ADMIN_PASSWORD" "$HTTP/api/v1/me")
  grep -q '"type":"https://pullsafe.com/problems/second-factor-required"' <<<"$me" \
    || die "the bootstrap admin's password is not recognised on /api/v1/me: $me"
  local ready
  ready=$(curl -s "http://127.0.0.1:$MGMT_PORT/health/ready")
  grep -q '"name":"database","status":"UP"' <<<"$ready" || die "readiness without the database: $ready"
  grep -q '"status":"UP"' <<<"$ready" || die "not ready: $ready"
}

log "1. First deploy onto the unconfigured server"
WILDFLY_PASSWORD_FILE="$WORK/password" deploy >"$WORK/deploy-1.log" 2>&1 \
  || { cat "$WORK/deploy-1.log"; die "the first deploy failed"; }
cat "$WORK/deploy-1.log"
grep -q 'deployed target/drivers/postgresql.jar as postgresql.jar' "$WORK/deploy-1.log" \
  || die "the driver was not installed"
grep -q 'PullSafeDS' "$HOME_DIR/standalone/configuration/standalone.xml" \
  || die "no datasource in the server's configuration"
check_app
log "   the app answers"

log "2. Second deploy: configuration unchanged, the WAR redeployed in place"
cp "$HOME_DIR/standalone/configuration/standalone.xml" "$WORK/standalone-after-1.xml"
WILDFLY_PASSWORD=$PASSWORD deploy >"$WORK/deploy-2.log" 2>&1 \
  || { cat "$WORK/deploy-2.log"; die "the second deploy failed"; }
cat "$WORK/deploy-2.log"
grep -q 'postgresql.jar (present)' "$WORK/deploy-2.log" || die "the driver was installed twice"
grep -q 'Reloading' "$WORK/deploy-2.log" && die "the second deploy reloaded the server"
grep -q 'WFLYSRV0016: Replaced deployment "pullsafe.war"' "$HOME_DIR/standalone/log/server.log" \
  || die "pullsafe.war was not redeployed in place"
[[ $(grep -c '<datasource ' "$HOME_DIR/standalone/configuration/standalone.xml") == \
  $(grep -c '<datasource ' "$WORK/standalone-after-1.xml") ]] || die "a datasource was added twice"
check_app
log "   redeployed, the app answers"

log "3a. A wrong password fails clearly"
if WILDFLY_PASSWORD_FILE="$WORK/wrong-password" deploy >"$WORK/deploy-3.log" 2>&1; then
  die "a deploy with a wrong password succeeded"
fi
cat "$WORK/deploy-3.log"
grep -q "cannot use WildFly's management interface at 127.0.0.1:$MGMT_PORT" "$WORK/deploy-3.log" \
  || die "no clear message for a wrong password"
grep -qi 'authenticat' "$WORK/deploy-3.log" || die "the message does not say authentication failed"

log "3b. A WAR the server refuses fails with the server's error; the running app stays"
mkdir -p "$WORK/broken/WEB-INF"
printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"><servlet>' \
  >"$WORK/broken/WEB-INF/web.xml"
(cd "$WORK/broken" && jar cf ../broken.war WEB-INF)
if WILDFLY_PASSWORD=$PASSWORD deploy --war "$WORK/broken.war" >"$WORK/deploy-4.log" 2>&1; then
  die "a broken WAR was deployed"
fi
cat "$WORK/deploy-4.log"
grep -q 'the server refused' "$WORK/deploy-4.log" && grep -q 'WFLY' "$WORK/deploy-4.log" \
  || die "the server's error is not reported"
check_app
log "   refused with the server's error; the previous deployment still answers"

log "deploy-anywhere: 4 passed, 0 failed"
