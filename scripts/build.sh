#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Configure (once) and build Strata with CMake + Ninja.
# Environment overrides:
#   BUILD_DIR   build directory (default: <repo>/build; relative paths are
#               taken relative to the current directory)
#   BUILD_TYPE  CMAKE_BUILD_TYPE used on first configure (default: RelWithDebInfo)
#   JOBS        parallel build jobs (default: 2)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$repo/build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
jobs=${JOBS:-2}

# Configure only when there is no cache yet: re-running cmake -S/-B on an
# existing tree is unnecessary (ninja re-runs cmake itself when CMakeLists
# change) and would silently fight with any options set by hand later.
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi

cmake --build "$build_dir" -j "$jobs"
