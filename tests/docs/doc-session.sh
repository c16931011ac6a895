# SPDX-License-Identifier: MIT
#
# Sourced by the script run-doc-examples.sh makes of a doc: the functions its blocks call.
# Set by the runner: DOC_TMP (what the docs call /tmp), DOC_RUNNER_DIR, STRATA_DOC_SOURCE
# (the Strata checkout, for docs that start from it).

# Aliases: a value of this run and how the docs show it. A ```console command has the
# shown values replaced by the real ones before it runs; its output the real ones by the
# shown ones.
doc_command_real=() doc_command_shown=()
doc_output_real=() doc_output_shown=()

# doc_alias REAL SHOWN: the docs write SHOWN where this run has REAL, in commands and output.
doc_alias() {
    doc_command_real+=("$1") doc_command_shown+=("$2")
    doc_output_alias "$1" "$2"
}

# doc_output_alias REAL SHOWN: strata prints REAL here where the docs show SHOWN.
doc_output_alias() {
    doc_output_real+=("$1") doc_output_shown+=("$2")
}

doc_to_real() {
    local text=$1 i
    text=${text//"/tmp/"/"$DOC_TMP/"}
    for i in "${!doc_command_shown[@]}"; do
        text=${text//"${doc_command_shown[$i]}"/"${doc_command_real[$i]}"}
    done
    printf '%s' "$text"
}

doc_to_shown() {
    local text=$1 i
    for i in "${!doc_output_real[@]}"; do
        text=${text//"${doc_output_real[$i]}"/"${doc_output_shown[$i]}"}
    done
    text=${text//"$DOC_TMP"/"/tmp"}
    printf '%s' "$text"
}

# Who ran a migration (history's applied_by) is shown as root@vm.
doc_output_alias "$(id -un)@$(hostname)" root@vm

# demo_shop [NAME]: the first eight revisions of the demo bundled with Strata (one branch,
# one merge), copied anew to /tmp/NAME (default shop), which becomes the working directory.
demo_shop() {
    local dir=$DOC_TMP/${1:-shop}
    rm -rf "$dir" && cp -r "$STRATA_DOC_SOURCE/resources/demo" "$dir" && cd "$dir"
    rm migrations/versions/20260[2-5]*.sql
}

# run_expecting N COMMAND: a ```sh line marked "# exits N".
run_expecting() {
    local want=$1
    shift
    echo "\$ $*"
    set +e
    eval "$*"
    local got=$?
    set -e
    if ((got != want)); then
        echo "run-doc-examples: \"$*\" exited $got, the doc says $want" >&2
        exit 1
    fi
}

# run_transcript N COMMAND < EXPECTED: a ```console "$ COMMAND": it must exit N (0 unless
# marked "# exits N") and print what the docs show after it (see match-transcript.pl).
run_transcript() {
    local want=$1 command=$2 got
    local expected=$DOC_TMP/../transcript.expected actual=$DOC_TMP/../transcript.actual
    cat >"$expected"
    echo "\$ $command"
    set +e
    eval "$(doc_to_real "$command")" >"$actual" 2>&1
    got=$?
    set -e
    local printed
    printed=$(<"$actual")
    doc_to_shown "$printed" >"$actual"
    [[ -z $printed ]] || echo >>"$actual"
    sed 's/^/  | /' "$actual"
    if ((got != want)); then
        echo "run-doc-examples: \"$command\" exited $got, the doc says $want" >&2
        exit 1
    fi
    if ! perl "$DOC_RUNNER_DIR/match-transcript.pl" "$expected" "$actual"; then
        echo "run-doc-examples: \"$command\" printed something else than the doc shows" >&2
        exit 1
    fi
}

# doc_pin_revision FILE ID: give a new revision file (nothing follows it yet) the id ID, so
# that where ids decide an order (heads, history) the output is the one the docs show.
doc_pin_revision() {
    local file=$1 id=$2 old
    old=$(sed -n 's/^-- revision: //p' "$file")
    sed -i "s/^-- revision: .*/-- revision: $id/" "$file"
    mv "$file" "${file/$old/$id}"
}

# doc_postgres VAR SHOWN: a scratch PostgreSQL database for the docs' examples on a server.
# Its URL goes to VAR, without the password: that is in PGPASSWORD, as the docs advise.
# The docs write the URL as SHOWN. Dropped when the session ends. Needs the PostgreSQL
# that scripts/with-postgres.sh starts.
doc_databases=()
doc_postgres() {
    local var=$1 shown=$2
    if [[ -z ${STRATA_TEST_PG_URL:-} || -z ${STRATA_TEST_PG_BIN:-} ]]; then
        echo "run-doc-examples: this doc's examples need PostgreSQL: run it through scripts/test.sh" \
             "or scripts/with-postgres.sh" >&2
        exit 1
    fi
    # postgresql://user:password@host:port/database
    local server=${STRATA_TEST_PG_URL%/*} user password
    user=$(sed -E 's#^postgresql://([^:@/]+).*#\1#' <<<"$server")
    password=$(sed -E 's#^postgresql://[^:@/]+:([^@/]*)@.*#\1#' <<<"$server")
    export PGPASSWORD=$password
    local name
    printf -v name "strata_doc_%d_%02d" $$ ${#doc_databases[@]}   # fixed width: no name is a prefix of another
    "$STRATA_TEST_PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d "$STRATA_TEST_PG_URL" -c "CREATE DATABASE $name" >/dev/null
    doc_databases+=("$name")
    local url=postgresql://$user@${server#*@}/$name
    printf -v "$var" '%s' "$url"
    doc_alias "$url" "$shown"
    # the docs' role is app, as in their URLs; lock holders are named by their user
    local shown_user=${shown#postgresql://}
    doc_output_alias "user $user," "user ${shown_user%%[@:]*},"
}

doc_end_session() {
    local name
    for name in "${doc_databases[@]}"; do
        "$STRATA_TEST_PG_BIN/psql" -qX -d "$STRATA_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" \
            >/dev/null 2>&1 || true
    done
}
trap doc_end_session EXIT
