#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Usage: run-doc-examples.sh STRATA_BINARY DOC.md
#
# Runs the commands of DOC.md, in order, as one shell session with STRATA_BINARY's
# directory first on PATH: the docs cannot show a command that does not work.
#   - A ```sh block runs as it is written. A command expected to fail ends with
#     "# exits N" (e.g. "strata check   # exits 1").
#   - A ```console block is a transcript: each "$ COMMAND" line runs, must exit 0 (or N,
#     when marked "# exits N") and must print the lines that follow it, compared by
#     match-transcript.pl: ids, stamps, times and sizes may differ, "..." shortens.
#   - Files are written with shell (cat > models/schema.sql <<'EOF' ... EOF), never $EDITOR.
#   - ```text, ```toml, ```sql ... blocks are shown, not run. Only fences at the start of a
#     line count: an indented block is not run.
#   - Set-up a reader does not need to see goes in a ```sh block inside an HTML comment
#     (<!-- ... -->): hidden when the page is rendered, run all the same. Its functions come
#     from doc-session.sh (doc_postgres, doc_alias).
#   - The session starts in an empty directory that the docs call /tmp: "/tmp/" in a
#     command means that directory, and its real path prints as /tmp. STRATA_DOC_SOURCE is
#     the Strata checkout, for examples that start from its files.
# Exits 0 when every command did what the doc says, 1 naming the first that did not.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 STRATA_BINARY DOC.md" >&2
    exit 2
fi
strata=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
doc=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
runner_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ -x $strata ]] || { echo "run-doc-examples: $strata is not executable" >&2; exit 2; }
[[ -f $doc ]] || { echo "run-doc-examples: no $doc" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/strata-doc.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
script=$work/examples.sh
mkdir -p "$work/tmp" "$work/home"

# The blocks become one script. The single quotes of a command are escaped for the
# function that runs it.
awk -v doc="$(basename "$doc")" -v tmp="$work/tmp/" '
    function quoted(text) { gsub(/\047/, "\047\\\047\047", text); return "\047" text "\047" }
    function unmark(line) {   # sets want and returns the command without "# exits N"
        want = 0
        if (match(line, /#[[:space:]]*exits[[:space:]]+[0-9]+[[:space:]]*$/)) {
            want = substr(line, RSTART); gsub(/[^0-9]/, "", want)
            line = substr(line, 1, RSTART - 1)
            sub(/[[:space:]]+$/, "", line)
        }
        return line
    }
    function end_transcript() {
        if (command != "") { printf "run_transcript %d %s <<\047__STRATA_DOC_OUTPUT__\047\n%s__STRATA_DOC_OUTPUT__\n", cwant, quoted(command), output }
        command = ""; output = ""
    }
    /^```sh[[:space:]]*$/      { mode = "sh"; block++; printf "echo \"--- %s, block %d (sh, line %d)\"\n", doc, block, NR; next }
    /^```console[[:space:]]*$/ { mode = "console"; block++; printf "echo \"--- %s, block %d (console, line %d)\"\n", doc, block, NR; next }
    /^```/ && mode             { if (mode == "console") end_transcript(); mode = ""; next }
    mode == "sh" {
        line = $0; gsub("/tmp/", tmp, line)
        if (line ~ /#[[:space:]]*exits[[:space:]]+[0-9]+[[:space:]]*$/) {
            line = unmark(line)
            printf "run_expecting %d %s\n", want, quoted(line)
        } else {
            print line
        }
        next
    }
    mode == "console" && /^\$ / {
        end_transcript()
        command = unmark(substr($0, 3)); cwant = want
        next
    }
    mode == "console" { if (command != "") output = output $0 "\n"; next }
' "$doc" >"$script.body"

{
    echo 'set -euo pipefail'
    echo "DOC_TMP=$(printf '%q' "$work/tmp") DOC_RUNNER_DIR=$(printf '%q' "$runner_dir")"
    echo 'source "$DOC_RUNNER_DIR/doc-session.sh"'
    echo 'trap '\''echo "run-doc-examples: a command above failed (exit $?)" >&2'\'' ERR'
    cat "$script.body"
} >"$script"

cd "$work/tmp"
env -u DATABASE_URL PATH="$(dirname "$strata"):$PATH" HOME="$work/home" \
    STRATA_DOC_SOURCE="$(cd "$runner_dir/../.." && pwd)" bash "$script"
echo "run-doc-examples: every command of $(basename "$doc") did what it says"
