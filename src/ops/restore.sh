#!/usr/bin/env bash
# Restores a backup made by src/ops/backup.sh into PullSafe's database, replacing what it holds.
#
#   src/ops/restore.sh FILE
#
# The target is named by libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE, default
# pullsafe; password from PGPASSWORD or ~/.pgpass). Stop every WildFly node first (or undeploy
# pullsafe.war): the restore drops and recreates the portal's tables. It runs in one transaction,
# so a failed restore leaves the database as it was. Restoring an older backup into a newer build
# is fine: Flyway applies the missing migrations at the next deployment.
set -euo pipefail

file=${1:?usage: src/ops/restore.sh FILE}
export PGDATABASE=${PGDATABASE:-pullsafe}
[[ -r "$file" ]] || { echo "restore.sh: cannot read $file" >&2; exit 1; }
command -v pg_restore >/dev/null || { echo "restore.sh: pg_restore not found (install postgresql-client)" >&2; exit 1; }

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$PGDATABASE" "$file"
echo "Restored $file into database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432}"
