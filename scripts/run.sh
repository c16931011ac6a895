#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The first command a new user runs: install what is missing, build, and walk through
# Strata on the bundled SQLite demo project (resources/demo, a small shop with a
# branch and a merge in its history). The demo is copied to build/demo so the
# repository stays clean and you can keep experimenting there afterwards.
# Honours BUILD_DIR, BUILD_TYPE and JOBS (see scripts/build.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$repo/build}
[[ $build_dir == /* ]] || build_dir=$PWD/$build_dir
export BUILD_DIR=$build_dir

bash "$here/install-deps.sh"
bash "$here/build.sh"

strata=$build_dir/app/cli/strata
demo=$build_dir/demo
rm -rf -- "$demo"
cp -r "$repo/resources/demo" "$demo"
cd "$demo"

step() {
    if [[ -t 1 ]]; then printf '\n\033[1m$ strata %s\033[0m\n' "$*"; else printf '\n$ strata %s\n' "$*"; fi
    "$strata" "$@"
}

step history
step showmigrations
step check || true   # exits 1: migrations are pending
step migrate
step check
step rollback -s 3
step showmigrations
step migrate --plan
step migrate
step current

printf '\nThe demo project is in %s; keep going there, e.g.\n' "$demo"
printf '  cd %s && %s makemigrations --empty -m "add phone to users"\n' "$demo" "$strata"
