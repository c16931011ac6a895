#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Usage: install-in-clean-root.sh BUILD_DIR
#
# The package on a machine that has nothing of Strata's: builds the .deb from BUILD_DIR,
# makes a minimal Debian 12 root with debootstrap, installs the package there with apt
# (which fetches its dependencies, and only those), then runs strata --version, init,
# makemigrations, migrate and check on SQLite, and starts strata-studio offscreen and quits.
# Needs root (debootstrap, chroot) and the Debian mirror apt already uses. .ci/run runs it.
set -euo pipefail

build=$(cd "$1" && pwd)
if ((EUID != 0)); then
    echo "install-in-clean-root: needs root for debootstrap and chroot (run it as root, or with sudo)" >&2
    exit 1
fi
command -v debootstrap >/dev/null || { echo "install-in-clean-root: debootstrap is missing (scripts/install-deps.sh)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/var/tmp}/strata-clean-root.XXXXXX")
trap 'rm -rf --one-file-system -- "$work"' EXIT
root=$work/root

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(compgen -G "$work/out/strata_*.deb")

# The mirror this machine's apt uses, so the clean root needs no other network access.
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/* *$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
[[ -n $mirror ]] || mirror=$(sed -n 's/^deb \(http[^ ]*\) bookworm main.*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
mirror=${mirror:-http://deb.debian.org/debian}

echo "install-in-clean-root: debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
echo "install-in-clean-root: apt install $(basename "$deb")"
chroot "$root" env DEBIAN_FRONTEND=noninteractive bash -c \
    "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb") >/tmp/apt.log" ||
    { tail -n 20 "$root/tmp/apt.log" >&2; exit 1; }

chroot "$root" env -u DATABASE_URL QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime bash -euo pipefail -c '
    mkdir -p -m 700 /tmp/runtime
    strata --version
    strata init /tmp/project >/dev/null
    cd /tmp/project
    printf "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n" >>models/schema.sql
    strata makemigrations -m "create notes"
    strata migrate
    strata check
    strata-studio --quit-after-start 2>/dev/null
    test -f /usr/share/applications/org.strata.Studio.desktop
'
echo "install-in-clean-root: $(basename "$deb") installs on a bare Debian 12 and runs"
