#!/usr/bin/env bash
# Backs up PullSafe's database with pg_dump (custom format: compressed, restorable table by table).
#
#   src/ops/backup.sh [FILE]        default FILE: pullsafe-YYYYmmdd-HHMMSS.dump
#
# The database is named by libpq's environment: PGHOST, PGPORT, PGUSER, PGDATABASE (default
# pullsafe); the password comes from PGPASSWORD or ~/.pgpass, never from the command line. Safe
# while the portal runs (pg_dump reads one consistent snapshot). pg_dump must be at least as new
# as the server. The file is checked to be readable by pg_restore before the script says done.
set -euo pipefail

export PGDATABASE=${PGDATABASE:-pullsafe}
file=${1:-pullsafe-$(date +%Y%m%d-%H%M%S).dump}
command -v pg_dump >/dev/null || { echo "backup.sh: pg_dump not found (install postgresql-client)" >&2; exit 1; }

umask 077 # a dump holds password hashes and health data
pg_dump --format=custom --no-owner --no-privileges --file="$file"
pg_restore --list "$file" >/dev/null || { echo "backup.sh: $file is not a readable dump" >&2; exit 1; }
echo "Backed up database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} to $file ($(du -h "$file" | cut -f1))"
