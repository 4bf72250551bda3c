#!/usr/bin/env bash
# src/ops/backup.sh and src/ops/restore.sh on a real PullSafe schema, on loopback.
#
#   src/test/deploy/backup-restore.sh      (after ./mvnw package; .ci/run runs it)
#
# Uses the machine's PostgreSQL at 127.0.0.1:5432 (BACKUP_TEST_PGPORT) as postgres, whose pg_dump
# matches it, with two databases of its own that it drops at the end. It migrates the source with
# the portal's Flyway setup, adds a tenant and an account, backs it up, restores into an empty
# database and again over changed data, and compares every table (rows and Flyway's history).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../../.."

export PGHOST=127.0.0.1 PGPORT=${BACKUP_TEST_PGPORT:-5432} PGUSER=postgres
SOURCE=pullsafe_backup_src
TARGET=pullsafe_backup_dst
WORK=target/backup-restore
log() { echo "[backup-restore $(date +%H:%M:%S)] $*"; }
die() { log "FAILED: $*"; exit 1; }

pg_isready -q || die "no PostgreSQL at $PGHOST:$PGPORT"
[[ -f target/test-classpath.txt && -d target/classes ]] || die "build first: ./mvnw package"
cleanup() {
  psql -d postgres -qc "drop database if exists $SOURCE" -c "drop database if exists $TARGET" || true
}
trap cleanup EXIT
rm -rf "$WORK"
mkdir -p "$WORK"
cleanup
psql -d postgres -qc "create database $SOURCE" -c "create database $TARGET"

java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  com.pullsafe.testing.MigrateDatabase "jdbc:postgresql://$PGHOST:$PGPORT/$SOURCE" "$PGUSER" \
  || die "migrations failed"
psql -d "$SOURCE" -v ON_ERROR_STOP=1 -q <<'SQL'
insert into tenant (slug, name) values ('backup-test', 'Backup test gym');
insert into app_user (tenant_id, email, display_name, password_hash, role)
  select id, 'coach@backup.test', 'Coach Ünal', 'not-a-real-hash', 'COACH' from tenant where slug = 'backup-test';
SQL

# One line per table: its name, row count and a digest of its rows in a stable order.
fingerprint() {
  psql -d "$1" -XAt -v ON_ERROR_STOP=1 <<'SQL'
select format('select %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, ''|'' order by t::text)), ''-'') from %I t',
              tablename, tablename)
from pg_tables where schemaname = 'public' order by tablename
\gexec
SQL
}

fingerprint "$SOURCE" >"$WORK/source.txt"
grep -q '^flyway_schema_history [1-9]' "$WORK/source.txt" || die "no Flyway history in the source"
grep -q '^tenant 1 ' "$WORK/source.txt" || die "the test tenant is missing from the source"

log "Backup of $SOURCE"
PGDATABASE=$SOURCE src/ops/backup.sh "$WORK/pullsafe.dump"

log "Restore into the empty $TARGET"
PGDATABASE=$TARGET src/ops/restore.sh "$WORK/pullsafe.dump"
fingerprint "$TARGET" >"$WORK/restored.txt"
diff "$WORK/source.txt" "$WORK/restored.txt" || die "the restored database differs from the source"

log "Restore again over changed data"
psql -d "$TARGET" -qc "delete from app_user" -c "update tenant set name = 'changed'"
PGDATABASE=$TARGET src/ops/restore.sh "$WORK/pullsafe.dump"
fingerprint "$TARGET" >"$WORK/restored-again.txt"
diff "$WORK/source.txt" "$WORK/restored-again.txt" || die "restoring over changed data differs"

log "A dump that is not one is refused and leaves the database as it was"
echo "not a dump" >"$WORK/broken.dump"
if PGDATABASE=$TARGET src/ops/restore.sh "$WORK/broken.dump" 2>"$WORK/broken.log"; then
  die "a broken dump was restored"
fi
fingerprint "$TARGET" >"$WORK/after-broken.txt"
diff "$WORK/source.txt" "$WORK/after-broken.txt" || die "a refused restore changed the database"

log "backup-restore: $(wc -l <"$WORK/source.txt") tables identical after each restore"
