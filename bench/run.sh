#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Strata's performance benchmark, run by hand (never as a timed test):
#   bash bench/run.sh                 # SQLite only
#   bash scripts/with-postgres.sh bash bench/run.sh   # SQLite and PostgreSQL
# Times whole-process status commands at N = 10,000 revisions (linear and branchy),
# their peak memory, and `migrate` of 1,000 small migrations from empty against the
# same SQL run without Strata (sqlite3 / psql), giving Strata's per-migration overhead.
# Targets (issue 2): status <= 50 ms, overhead <= 2 ms per migration, peak <= 40 MB.
# Each status figure comes with two baselines timed in the same run, since absolute times
# on shared machines drift: `strata --version` (starting the process at all) and
# `git status` over the same 10,000 files (which, like Strata, stats every file).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$repo/build}
strata=$build_dir/app/cli/strata
generator=$build_dir/bench/strata-bench-history
runs=${RUNS:-11}
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT

[[ -x $strata && -x $generator ]] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }

# Bash's own clock: forking `date` around each run would add more than Strata's start-up.
now_us() { local t=${EPOCHREALTIME/./}; echo $((10#$t)); }
now_ms() { echo $(( $(now_us) / 1000 )); }

# median wall time (ms) of a command over $runs runs, after one warm-up
median_of() {
    "$@" >/dev/null 2>&1 || true
    local times=()
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(now_us)
        "$@" >/dev/null 2>&1 || true
        end=$(now_us)
        times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

median_ms() {
    local dir=$1; shift
    median_of "$strata" -C "$dir" "$@"
}

peak_mb() {
    local dir=$1; shift
    /usr/bin/time -f '%M' "$strata" -C "$dir" "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.1f", $1/1024}'
}

status_bench() { # label dir
    local label=$1 dir=$2
    for command in showmigrations current check heads; do
        printf '%-28s %-15s %8s ms %8s MB\n' "$label" "$command" "$(median_ms "$dir" "$command")" \
            "$(peak_mb "$dir" "$command")"
    done
}

fresh_pg_db() { # name -> url
    psql "$STRATA_TEST_PG_URL" -q -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" \
        -c "CREATE DATABASE $1" >/dev/null
    echo "${STRATA_TEST_PG_URL%/*}/$1"
}

echo "== status commands at N = 10,000 (median of $runs runs, peak RSS)"
for shape in linear branchy; do
    dir=$work/status-$shape
    "$generator" "$dir" 10000 "$shape" >/dev/null
    git -C "$dir" init -q && git -C "$dir" add -A migrations && git -C "$dir" -c user.name=bench \
        -c user.email=bench@localhost commit -qm history
    printf '%-28s %-15s %8s ms\n' "baseline $shape" "strata --version" "$(median_of "$strata" --version)"
    printf '%-28s %-15s %8s ms\n' "baseline $shape" "git status" "$(median_of git -C "$dir" status --porcelain)"
    "$strata" -C "$dir" -q stamp heads
    status_bench "sqlite $shape" "$dir"
    if [[ -n ${STRATA_TEST_PG_URL:-} ]]; then
        url=$(fresh_pg_db "bench_status_$shape")
        printf '%-28s %-15s %8s ms\n' "baseline $shape" "psql SELECT 1" "$(median_of psql "$url" -c 'SELECT 1')"
        "$strata" -C "$dir" -q -d "$url" stamp heads
        DATABASE_URL=$url status_bench "postgresql $shape" "$dir"
    fi
done

echo
echo "== migrate 1,000 small migrations from empty"
dir=$work/migrate
"$generator" "$dir" 1000 linear >/dev/null
start=$(now_ms); "$strata" -C "$dir" -q migrate; strata_ms=$(( $(now_ms) - start ))
rm -f "$dir/baseline.db"
start=$(now_ms); sqlite3 "$dir/baseline.db" < "$dir/baseline.sql"; base_ms=$(( $(now_ms) - start ))
awk -v s="$strata_ms" -v b="$base_ms" 'BEGIN {printf "sqlite      strata %6d ms   sqlite3 %6d ms   overhead %.2f ms/migration\n", s, b, (s-b)/1000}'
if [[ -n ${STRATA_TEST_PG_URL:-} ]]; then
    url=$(fresh_pg_db bench_migrate)
    start=$(now_ms); "$strata" -C "$dir" -q -d "$url" migrate; strata_ms=$(( $(now_ms) - start ))
    base_url=$(fresh_pg_db bench_baseline)
    start=$(now_ms); psql -q "$base_url" -f "$dir/baseline.sql" >/dev/null; base_ms=$(( $(now_ms) - start ))
    awk -v s="$strata_ms" -v b="$base_ms" 'BEGIN {printf "postgresql  strata %6d ms   psql    %6d ms   overhead %.2f ms/migration\n", s, b, (s-b)/1000}'
fi

echo
echo "== studio timeline (issue 3: open and paint 10,000 revisions <= 1 s, <= 200 MB)"
# The demo's 30 revisions first, as the baseline in the same process; then the 10,000
# linear and branchy revisions stamped above, so that every status cell is filled.
timeline=$build_dir/bench/strata-bench-timeline
if [[ -x $timeline ]]; then
    demo=$work/demo
    cp -r "$repo/resources/demo" "$demo"
    if command -v xvfb-run >/dev/null && [[ -z ${DISPLAY:-} ]]; then
        xvfb-run -a -s "-screen 0 1600x1000x24" "$timeline" "$demo" "$work/status-linear" "$work/status-branchy"
    else
        "$timeline" "$demo" "$work/status-linear" "$work/status-branchy"
    fi
fi

echo
echo "== makemigrations (issue 4: 500 tables x 10 columns from empty <= 3 s on PostgreSQL, <= 1 s on SQLite;"
echo "   1,000 revisions, warm cache <= 1 s)"
models=$work/makemigrations
"$strata" -q init "$models" >/dev/null
for ((t = 0; t < 500; t++)); do
    printf 'CREATE TABLE t%d (\n    id integer PRIMARY KEY' "$t"
    for ((c = 0; c < 9; c++)); do printf ',\n    c%d text' "$c"; done
    printf '\n);\n'
done >"$models/models/schema.sql"
history=$work/history1k
"$generator" "$history" 1000 linear >/dev/null
mkdir -p "$history/models"
grep -h -A1 'migrate:upgrade' "$history/migrations/versions/"*.sql | grep -v '^--' | grep -v '^$' >"$history/models/schema.sql"

sqlite_cold() { rm -rf "$models/.strata"; "$strata" -C "$models" -q -d sqlite:///bench.db makemigrations --dry-run -m bench; }
printf '%-44s %8s ms\n' "sqlite: 500 x 10 from empty, cold" "$(median_of sqlite_cold)"
"$strata" -C "$history" -q -d sqlite:///bench.db makemigrations --check >/dev/null || true   # fills the caches
printf '%-44s %8s ms\n' "sqlite: 1,000 revisions, warm cache, --check" \
    "$(median_of "$strata" -C "$history" -q -d sqlite:///bench.db makemigrations --check)"
rm -rf "$history/.strata"
if [[ -n ${STRATA_TEST_PG_URL:-} ]]; then
    url=$(fresh_pg_db bench_models)
    cold() { rm -rf "$models/.strata"; "$strata" -C "$models" -q -d "$url" makemigrations --dry-run -m bench; }
    saved_runs=$runs; runs=5   # each cold run builds a database: fewer runs
    printf '%-44s %8s ms\n' "postgresql: 500 x 10 from empty, cold" "$(median_of cold)"
    runs=$saved_runs
    baseline_url=$(fresh_pg_db bench_psql_models)
    start=$(now_ms); psql -q "$baseline_url" -1 -f "$models/models/schema.sql" >/dev/null; base_ms=$(( $(now_ms) - start ))
    printf '%-44s %8s ms\n' "baseline: psql -1 -f the same DDL" "$base_ms"

    "$strata" -C "$history" -q -d "$url" makemigrations --check >/dev/null || true   # fills the caches
    printf '%-44s %8s ms\n' "postgresql: 1,000 revisions, warm cache, --check" \
        "$(median_of "$strata" -C "$history" -q -d "$url" makemigrations --check)"
fi

echo
echo "== lint (issue 5: 1,000 migrations of 20 statements, whole process <= 1 s)"
# Each migration mixes what the rules look at: new columns, a data update whose string
# holds scary words, an index, a NOT VALID check, an insert, a new table, a type change.
# No database is needed.
lint_project=$work/lint1k
"$strata" -q init "$lint_project" >/dev/null
previous=
for ((i = 1; i <= 1000; i++)); do
    id=$(printf '%012x' "$i")
    {
        printf -- '-- revision: %s\n-- down_revision: %s\n-- message: m%d\n' "$id" "$previous" "$i"
        printf -- '-- created: 2026-01-01T00:00:00Z\n-- transactional: true\n\n-- migrate:upgrade\n'
        for ((j = 0; j < 4; j++)); do
            printf 'ALTER TABLE t%d ADD COLUMN c%d text;\n' "$i" "$j"
            printf "UPDATE t%d SET c%d = 'DROP TABLE x' WHERE id < 1000;\n" "$i" "$j"
            printf 'CREATE INDEX i%d_%d ON t%d (c%d);\n' "$i" "$j" "$i" "$j"
            printf "ALTER TABLE t%d ADD CONSTRAINT k%d_%d CHECK (c%d <> '') NOT VALID;\n" "$i" "$i" "$j" "$j"
            printf "INSERT INTO audit (note, at) VALUES ('m%d', now());\n" "$i"
        done
        # A table of its own, and a type change on the one before: the column types the
        # narrowing rule reads are replayed across all the revisions before.
        printf 'CREATE TABLE n%d (id bigint PRIMARY KEY, code varchar(40), qty integer);\n' "$i"
        ((i > 1)) && printf 'ALTER TABLE n%d ALTER COLUMN code TYPE varchar(%d);\n' "$((i - 1))" "$((30 + i % 20))"
        printf -- '\n-- migrate:downgrade\nSELECT 1;\n'
    } >"$lint_project/migrations/versions/${id}_m$i.sql"
    previous=$id
done
lint_all() { "$strata" -C "$lint_project" -q -d postgresql://nobody@127.0.0.1:1/none lint --all >/dev/null || true; }
printf '%-44s %8s ms\n' "postgresql rules: 1,000 x 22 statements" "$(median_of lint_all)"
# One revision on top of 999: what migrate reviews before it runs the newest one. Its column
# types come from replaying the upgrades before it.
lint_newest() { "$strata" -C "$lint_project" -q -d postgresql://nobody@127.0.0.1:1/none lint "$previous" >/dev/null || true; }
printf '%-44s %8s ms\n' "postgresql rules: the newest atop 999" "$(median_of lint_newest)"
lint_sqlite() { "$strata" -C "$lint_project" -q -d sqlite:///lint.db lint --all >/dev/null || true; }
printf '%-44s %8s ms\n' "sqlite rules: the same files" "$(median_of lint_sqlite)"
