#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Install the packages Strata needs to build and test on Debian 12.
# Only missing packages are installed, so re-running on a prepared machine
# (or the CI image) is fast, quiet and needs no network.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    libqscintilla2-qt6-dev
    libspdlog-dev libfmt-dev libpg-query-dev libtomlplusplus-dev
    libcli11-dev libexpected-dev libssl-dev
    qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libsqlite3-dev sqlite3
    postgresql postgresql-client
    procps groff-base zsh
    dpkg-dev desktop-file-utils appstream debootstrap
    xvfb xauth
)

missing=()
for pkg in "${packages[@]}"; do
    # dpkg-query fails for packages it has never heard of; treat that as
    # "not installed". "hold ok installed" also counts as installed.
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ $status != *" ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "all build dependencies present"
    exit 0
fi

# apt needs root; fall back to sudo for ordinary users.
if ((EUID == 0)); then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: need root or sudo to install them; run as root or install sudo" >&2
    exit 1
fi

echo "install-deps: installing missing packages: ${missing[*]}"

# sudo resets the environment, so pass DEBIAN_FRONTEND through env(1).
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)

# A failed update (e.g. one mirror down, no network but a usable cache) is
# not fatal by itself: only the install result decides.
update_ok=1
if ! "${apt[@]}" update; then
    update_ok=0
    echo "install-deps: warning: apt-get update failed; trying install with existing package lists" >&2
fi

if ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}"; then
    if ((update_ok == 0)); then
        echo "install-deps: apt-get install failed (and apt-get update failed before it)" >&2
    else
        echo "install-deps: apt-get install failed" >&2
    fi
    exit 1
fi

echo "install-deps: done"
