#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Usage: run-doc-examples.sh STRATA_BINARY DOC.md
#
# Runs every ```sh block of DOC.md, in order, as one shell session in a new empty
# directory, with STRATA_BINARY's directory first on PATH: the docs cannot show a command
# that does not work. Conventions for the blocks:
#   - a command expected to fail ends with "# exits N" (e.g. "strata check   # exits 1");
#   - files are written with shell (cat > models/schema.sql <<'EOF' ... EOF), never $EDITOR;
#   - ```console, ```text, ```toml, ```sql ... blocks are shown, not run;
#   - only fences at the start of a line count: an indented ```sh block is not run.
# Exits 0 when every command did what the doc says, 1 naming the first that did not.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 STRATA_BINARY DOC.md" >&2
    exit 2
fi
strata=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
doc=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
[[ -x $strata ]] || { echo "run-doc-examples: $strata is not executable" >&2; exit 2; }
[[ -f $doc ]] || { echo "run-doc-examples: no $doc" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/strata-doc.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
script=$work/examples.sh

# The blocks become one script; "CMD  # exits N" lines check their exit code.
awk -v doc="$doc" '
    /^```sh[[:space:]]*$/ { inblock = 1; block++; printf "echo \"--- %s, sh block %d\"\n", doc, block; next }
    /^```/ && inblock      { inblock = 0; next }
    inblock {
        line = $0
        if (match(line, /#[[:space:]]*exits[[:space:]]+[0-9]+[[:space:]]*$/)) {
            want = substr(line, RSTART); gsub(/[^0-9]/, "", want)
            command = substr(line, 1, RSTART - 1)
            sub(/[[:space:]]+$/, "", command)
            gsub(/\047/, "\047\\\047\047", command)
            printf "run_expecting %s \047%s\047\n", want, command
        } else {
            print line
        }
    }
' "$doc" >"$script.body"

{
    echo 'set -euo pipefail'
    echo 'run_expecting() { local want=$1; shift; echo "\$ $*"; set +e; eval "$*"; local got=$?; set -e;'
    echo '    if ((got != want)); then echo "run-doc-examples: \"$*\" exited $got, the doc says $want" >&2; exit 1; fi; }'
    echo 'trap '\''echo "run-doc-examples: a command above failed (exit $?)" >&2'\'' ERR'
    cat "$script.body"
} >"$script"

mkdir -p "$work/home"
cd "$work/home"
env -u DATABASE_URL PATH="$(dirname "$strata"):$PATH" HOME="$work/home" bash "$script"
echo "run-doc-examples: every command of $(basename "$doc") did what it says"
