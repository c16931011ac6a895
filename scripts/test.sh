#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The one command that proves everything works on a fresh Debian 12 machine:
# install dependencies, build, and run the whole test suite against a
# throwaway PostgreSQL server. Exits with ctest's exit code.
# Honours BUILD_DIR, BUILD_TYPE and JOBS (see scripts/build.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

# Resolve BUILD_DIR once (relative to the caller's directory) so build.sh and
# ctest agree on it.
build_dir=${BUILD_DIR:-$repo/build}
[[ $build_dir == /* ]] || build_dir=$PWD/$build_dir
export BUILD_DIR=$build_dir

# Tests that create widgets must not need an X server.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

bash "$here/install-deps.sh"
bash "$here/build.sh"
exec bash "$here/with-postgres.sh" \
    ctest --test-dir "$build_dir" --output-on-failure -j "${JOBS:-2}"
