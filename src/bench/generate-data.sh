#!/usr/bin/env bash
# Generates a realistic PullSafe installation in PostgreSQL for the benchmarks.
#
#   src/bench/generate-data.sh [--tenants N] [--athletes N] [--weeks N] [--database NAME]
#
# Defaults: 200 tenants, 20 000 athletes, 50 weeks each (1 000 000 weekly reports with their
# triage results, reviews and notifications) in a fresh database `pullsafe_bench` on the PostgreSQL
# that PGHOST/PGPORT/PGUSER name (default 127.0.0.1:5432, user postgres). The database is dropped
# and created again, migrated with the application's Flyway migrations, then filled in bulk by
# src/bench/generate-data.sql. Every bench account's password is bench-pass-2026.
# Needs a build first (./mvnw -DskipTests verify, or any ./mvnw verify) and psql.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

tenants=200 athletes=20000 weeks=50 database=pullsafe_bench
while [[ $# -gt 0 ]]; do
  case $1 in
    --tenants) tenants=$2; shift 2 ;;
    --athletes) athletes=$2; shift 2 ;;
    --weeks) weeks=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $tenants -ge 1 && $athletes -ge $tenants && $weeks -ge 1 ]] \
  || { echo "need tenants >= 1, athletes >= tenants, weeks >= 1" >&2; exit 2; }

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
password=${PGPASSWORD:-postgres}
[[ -f target/test-classpath.txt && -d target/test-classes ]] \
  || { echo "build first: ./mvnw -DskipTests verify" >&2; exit 1; }

started=$(date +%s)
psql -d postgres -qc "drop database if exists $database" -c "create database $database"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  com.pullsafe.bench.MigrateSchema "jdbc:postgresql://$PGHOST:$PGPORT/$database" "$PGUSER" "$password"

# One PBKDF2 hash for every bench account, in the application's format.
hash=$(python3 - <<'PY'
import base64, hashlib, os
salt = os.urandom(16)
digest = hashlib.pbkdf2_hmac("sha256", b"bench-pass-2026", salt, 600000, 32)
b64 = lambda b: base64.b64encode(b).decode().rstrip("=")
print(f"pbkdf2-sha256$600000${b64(salt)}${b64(digest)}")
PY
)

psql -d "$database" -v tenants="$tenants" -v athletes="$athletes" -v weeks="$weeks" \
  -v hash="$hash" -f src/bench/generate-data.sql
echo "Generated in $(($(date +%s) - started)) s: database $database on $PGHOST:$PGPORT"
