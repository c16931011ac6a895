#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Saves screenshots of Strata Studio walking through its user story (welcome page, the
# timeline of the demo with two connections, the connection dialog, a failed migration,
# a plan, the editor with review findings, Make Migrations, the backup panel and Backup &
# Migrate) to build/screenshots/, under Xvfb so it works without a display. Set
# STRATA_TEST_PG_URL (scripts/with-postgres.sh does) to test a real PostgreSQL login.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$repo/build}
out=${1:-$build_dir/screenshots}
language=${2:-}   # e.g. de: the studio in that language

bash "$here/build.sh"
rm -rf -- "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/tests/screenshots/strata-studio-screenshots" "$out" $language
