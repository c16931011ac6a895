#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Usage: check-package.sh BUILD_DIR
#
# Builds the Debian package from BUILD_DIR with cpack and checks it as a user would meet it:
# its files and dependencies, its desktop entry and AppStream metainfo (validated), and its
# binaries run from the unpacked package: strata --version, init, makemigrations, migrate
# on SQLite, the completion it ships loaded by bash, the man page rendered, and
# strata-studio started offscreen and quit.
set -euo pipefail

build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/strata-package.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(compgen -G "$work/out/strata_*.deb") || fail "cpack wrote no strata_*.deb"
echo "check-package: built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB)"

dpkg-deb -c "$deb" >"$work/contents"
for file in usr/bin/strata usr/bin/strata-studio \
    usr/share/applications/org.strata.Studio.desktop \
    usr/share/metainfo/org.strata.Studio.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.strata.Studio.svg \
    usr/share/bash-completion/completions/strata \
    usr/share/zsh/vendor-completions/_strata \
    usr/share/man/man1/strata.1 \
    usr/share/doc/strata/guide.md \
    usr/share/doc/strata/examples/shop/Makefile; do
    grep -q " \./$file\$" "$work/contents" || fail "the package lacks /$file"
done
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libqscintilla2-qt6 libpg-query; do
    [[ $depends == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

root=$work/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.strata.Studio.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.strata.Studio.metainfo.xml" >"$work/appstream.log" ||
    { cat "$work/appstream.log" >&2; fail "the metainfo does not validate"; }
grep -q "^Icon=org.strata.Studio$" "$root/usr/share/applications/org.strata.Studio.desktop"

strata=$root/usr/bin/strata
"$strata" --version | grep -q '^strata '
mkdir "$work/project"
cd "$work/project"
env -u DATABASE_URL "$strata" init . >/dev/null
printf 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n' >>models/schema.sql
env -u DATABASE_URL "$strata" makemigrations -m "create notes" >/dev/null
env -u DATABASE_URL "$strata" migrate >/dev/null
env -u DATABASE_URL "$strata" check >/dev/null || fail "strata check after migrate exited $?"

# shellcheck disable=SC1091
bash -c "source '$root/usr/share/bash-completion/completions/strata' && COMP_WORDS=(strata mig) && COMP_CWORD=1 && _strata && [[ \" \${COMPREPLY[*]} \" == *' migrate '* ]]" ||
    fail "the packaged bash completion does not complete 'mig'"
man -l "$root/usr/share/man/man1/strata.1" >/dev/null 2>"$work/man.log" || { cat "$work/man.log" >&2; fail "the man page does not render"; }

QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/strata-studio" --quit-after-start ||
    fail "strata-studio did not start and quit (exit $?)"
echo "check-package: $(basename "$deb") installs, validates and runs"
