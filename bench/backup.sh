#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Backup-then-migrate against doing it by hand (issue 6), run by hand, never as a test:
#   bash scripts/with-postgres.sh bash bench/backup.sh [GB]     # default 1 GB
# Builds a database of about GB gigabytes, then alternates, RUNS times each:
#   by hand:  pg_dump -Fc -f FILE  &&  strata migrate --no-backup
#   strata:   strata migrate --backup   (dump, read back whole, checksum, manifest, migrate)
# rolling the migration back between runs. Prints each time, the medians and their ratio.
# Target: the ratio is at most 1.05.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
strata=${BUILD_DIR:-$repo/build}/app/cli/strata
gigabytes=${1:-1}
runs=${RUNS:-3}
[[ -x $strata ]] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }
[[ -n ${STRATA_TEST_PG_URL:-} ]] || { echo "run under scripts/with-postgres.sh" >&2; exit 2; }
pg_bin=${STRATA_TEST_PG_BIN:-$(dirname "$(command -v pg_dump)")}
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT

now_ms() { local t=${EPOCHREALTIME/./}; echo $((10#$t / 1000)); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

url=${STRATA_TEST_PG_URL%/*}/bench_backup
psql -q "$STRATA_TEST_PG_URL" -c "DROP DATABASE IF EXISTS bench_backup" -c "CREATE DATABASE bench_backup"
# About 180 bytes a row on disk; the payload is hex, so it compresses about as well as text.
rows=${ROWS:-$((gigabytes * 6000000))}
echo "== building bench_backup: $rows rows"
start=$(now_ms)
psql -q "$url" <<SQL
CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, payload text NOT NULL);
INSERT INTO events SELECT g, now() - g * interval '1 second', md5(g::text) || md5((g * 7)::text) || md5((g * 13)::text)
FROM generate_series(1, $rows) g;
CREATE INDEX events_at ON events (at);
VACUUM ANALYZE events;
SQL
echo "built in $(( $(now_ms) - start )) ms: $(psql -qAt "$url" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"

cd "$work"
"$strata" -q init project >/dev/null
cd project
sed -i 's/^keep = .*/keep = 1/' strata.toml
file=$("$strata" makemigrations --empty -m "add a column" | tail -1)
python3 - "$file" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
text = text.replace("-- migrate:upgrade\n", "-- migrate:upgrade\nALTER TABLE events ADD COLUMN source text;\n", 1)
text = text.replace("-- migrate:downgrade\n", "-- migrate:downgrade\nALTER TABLE events DROP COLUMN source;\n", 1)
open(path, "w").write(text)
PY
export DATABASE_URL=$url

by_hand=() with_strata=()
for ((i = 1; i <= runs; i++)); do
    start=$(now_ms)
    "$pg_bin/pg_dump" -Fc -f "$work/by-hand.dump" "$url"
    "$strata" -q migrate --no-backup >/dev/null
    by_hand+=($(( $(now_ms) - start )))
    "$strata" -q rollback --no-backup >/dev/null
    rm -f "$work/by-hand.dump"

    start=$(now_ms)
    "$strata" -q migrate --backup >/dev/null
    with_strata+=($(( $(now_ms) - start )))
    "$strata" -q rollback --no-backup >/dev/null
    printf 'run %d: by hand %6d ms   strata migrate --backup %6d ms\n' "$i" "${by_hand[-1]}" "${with_strata[-1]}"
done
hand=$(median "${by_hand[@]}")
ours=$(median "${with_strata[@]}")
echo "archive: $(du -h .strata/backups/*.dump | cut -f1)"
awk -v h="$hand" -v s="$ours" 'BEGIN { printf "median: by hand %d ms, strata %d ms, ratio %.3f (target <= 1.05)\n", h, s, s / h }'
psql -q "$STRATA_TEST_PG_URL" -c "DROP DATABASE bench_backup"
