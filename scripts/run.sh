#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The first command a new user runs: install what is missing, build, and open Strata
# Studio on the bundled SQLite demo project (resources/demo: a small shop with 30
# revisions, two branches and two merges). The demo is copied to build/demo, which is
# kept between runs (delete it to start afresh), so the repository stays clean.
# Without a display (SSH, a container), it walks through the same demo with the CLI
# instead and says how to see the studio. Honours BUILD_DIR, BUILD_TYPE and JOBS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$repo/build}
[[ $build_dir == /* ]] || build_dir=$PWD/$build_dir
export BUILD_DIR=$build_dir

bash "$here/install-deps.sh"
bash "$here/build.sh"

strata=$build_dir/app/cli/strata
studio=$build_dir/app/studio/strata-studio
demo=$build_dir/demo
[[ -d $demo ]] || cp -r "$repo/resources/demo" "$demo"

if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    echo "Opening Strata Studio on $demo"
    exec "$studio" "$demo"
fi

echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): walking through the demo with the CLI."
echo "To see the studio, run this script in a desktop session, or save screenshots with"
echo "  bash scripts/screenshots.sh    # -> build/screenshots/*.png, under Xvfb"
cd "$demo"

step() {
    if [[ -t 1 ]]; then printf '\n\033[1m$ strata %s\033[0m\n' "$*"; else printf '\n$ strata %s\n' "$*"; fi
    "$strata" "$@"
}

step history -l 12
step showmigrations
step check || true   # exits 1 while migrations are pending
step migrate
step check
step rollback -s 3
step migrate --plan
step migrate
step current

printf '\nThe demo project is in %s; keep going there, e.g.\n' "$demo"
printf '  cd %s && %s makemigrations --empty -m "add phone to users"\n' "$demo" "$strata"
