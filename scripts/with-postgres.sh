#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#
# Start a throwaway PostgreSQL server bound to 127.0.0.1 on a free port, run
# CMD with STRATA_TEST_PG_URL / STRATA_TEST_PG_BIN pointing at it, then stop
# the server and delete its data, whatever happens (failure, Ctrl-C, ...).
# Exits with CMD's exit code.
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

die() {
    echo "with-postgres: $*" >&2
    exit 1
}

# --- locate the newest installed server binaries ---------------------------
pg_bin=
while IFS= read -r dir; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
        pg_bin=$dir
    fi
done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V)
[[ -n $pg_bin ]] || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin (run scripts/install-deps.sh)"

pg_isready=$pg_bin/pg_isready
[[ -x $pg_isready ]] || pg_isready=$(command -v pg_isready) ||
    die "pg_isready not found"

# --- pick the (non-root) user the server runs as ----------------------------
# PostgreSQL refuses to run as root. As root we use the distribution's
# `postgres` account, or create a dedicated system user if it does not exist.
if ((EUID == 0)); then
    pg_user=postgres
    if ! id -u "$pg_user" >/dev/null 2>&1; then
        pg_user=strata-pg
        if ! id -u "$pg_user" >/dev/null 2>&1; then
            useradd --system --user-group --no-create-home \
                --home-dir /nonexistent --shell /usr/sbin/nologin "$pg_user" ||
                die "could not create system user $pg_user"
        fi
    fi
    as_pg() { runuser -u "$pg_user" -- "$@"; }
else
    pg_user=$(id -un)
    as_pg() { "$@"; }
fi

# --- scratch directory + guaranteed cleanup ----------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/strata-pg.XXXXXX")
data=$tmp/data
log=$tmp/server.log
server_started=0

# shellcheck disable=SC2317  # invoked via trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if ((server_started)) && [[ -f $data/postmaster.pid ]]; then
        # Fast shutdown first; fall back to immediate, then to SIGKILL, so
        # no server process outlives this script.
        if ! (cd "$tmp" && as_pg "$pg_bin/pg_ctl" -D "$data" -m fast -w -t 20 stop) >/dev/null 2>&1; then
            (cd "$tmp" && as_pg "$pg_bin/pg_ctl" -D "$data" -m immediate -w -t 10 stop) >/dev/null 2>&1 || true
            if [[ -f $data/postmaster.pid ]]; then
                local pid
                pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
                if [[ $pid =~ ^[0-9]+$ ]]; then
                    kill -KILL "$pid" 2>/dev/null || true
                fi
            fi
        fi
    fi
    rm -rf -- "$tmp"
    exit "$rc"
}
child=

# PIDs of all descendants of $1 (used to pass signals on to CMD's tree).
# shellcheck disable=SC2317  # invoked via trap
descendants() {
    local pid
    for pid in $(pgrep -P "$1" 2>/dev/null); do
        echo "$pid"
        descendants "$pid"
    done
}

# A signal ends the script with the conventional 128+N status (the EXIT trap
# then stops the server). If CMD is running, pass the signal on and let it
# finish first, so it is never left talking to a server that went away.
# shellcheck disable=SC2317  # invoked via trap
on_signal() {
    local sig=$1 status=$2
    trap '' HUP INT TERM
    if [[ -n $child ]] && kill -0 "$child" 2>/dev/null; then
        if [[ $sig == INT ]]; then
            # On Ctrl-C the terminal already sent SIGINT to CMD; only
            # forward it if CMD is still running after a moment.
            for _ in 1 2 3 4 5 6 7 8 9 10; do
                kill -0 "$child" 2>/dev/null || break
                sleep 0.1
            done
        fi
        # Signal the whole tree (e.g. a shell and what it started, or ctest
        # and its test processes) so nothing is left running.
        # shellcheck disable=SC2046  # word splitting of the PID list is intended
        kill -s "$sig" "$child" $(descendants "$child") 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'on_signal HUP 129' HUP
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

if ((EUID == 0)); then
    chown "$pg_user:" "$tmp"
    as_pg test -w "$tmp" ||
        die "$tmp is not accessible to user $pg_user (set TMPDIR to a world-traversable directory such as /tmp)"
fi

# --- initdb --------------------------------------------------------------------
password=strata-test-pw
pwfile=$tmp/pwfile
(umask 077 && printf '%s\n' "$password" >"$pwfile")
if ((EUID == 0)); then
    chown "$pg_user:" "$pwfile"
fi

# Commands run from inside $tmp: the server user may not be allowed to enter
# the caller's working directory (e.g. /root), which some tools complain about.
# C.UTF-8 always exists on Debian and avoids depending on the caller's locale.
if ! (cd "$tmp" && as_pg "$pg_bin/initdb" -D "$data" -U strata --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync) >"$tmp/initdb.log" 2>&1 </dev/null; then
    cat "$tmp/initdb.log" >&2
    die "initdb failed"
fi
rm -f -- "$pwfile"

# TCP only on loopback; the Unix socket lives in our private temp dir so it
# can never collide with a system cluster in /var/run/postgresql.
cat >>"$data/postgresql.conf" <<CONF

# --- added by scripts/with-postgres.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$tmp'
max_connections = 100
CONF

# --- start on a free port ---------------------------------------------------------
port_in_use() {
    command -v ss >/dev/null 2>&1 || return 1
    [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
}

random_port() {
    echo $((20000 + ((RANDOM << 15) | RANDOM) % 40001))
}

show_log() {
    echo "---- tail of PostgreSQL server log ----" >&2
    tail -n 50 "$log" >&2 2>/dev/null || true
    echo "---- end of server log ----" >&2
}

port=
deadline=$((SECONDS + 30))
for attempt in 1 2 3 4 5 6 7 8; do
    candidate=$(random_port)
    port_in_use "$candidate" && continue

    server_started=1
    if (cd "$tmp" && as_pg "$pg_bin/pg_ctl" -D "$data" -l "$log" -o "-p $candidate" \
        -w -t 30 start) >/dev/null 2>&1 </dev/null; then
        port=$candidate
        break
    fi

    # Still running means pg_ctl gave up waiting: a real problem, not a port
    # clash. The EXIT trap stops it.
    if (cd "$tmp" && as_pg "$pg_bin/pg_ctl" -D "$data" status) >/dev/null 2>&1; then
        show_log
        die "server did not become ready within 30 s"
    fi
    server_started=0
    # Someone grabbed the port between our check and the bind: try another.
    if grep -qE 'Address already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null; then
        echo "with-postgres: port $candidate busy (attempt $attempt), retrying" >&2
        continue
    fi
    show_log
    die "PostgreSQL server failed to start"
done
if [[ -z $port ]]; then
    show_log
    die "could not find a free TCP port for PostgreSQL"
fi

# pg_ctl -w already waited for the "ready" state; additionally confirm that
# the TCP listener answers, within the overall 30 s budget.
until "$pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; do
    if ((SECONDS >= deadline)); then
        show_log
        die "pg_isready -h 127.0.0.1 -p $port did not succeed within 30 s"
    fi
    sleep 0.2
done

export STRATA_TEST_PG_URL="postgresql://strata:${password}@127.0.0.1:${port}/postgres"
export STRATA_TEST_PG_BIN=$pg_bin
echo "with-postgres: PostgreSQL $(basename "$(dirname "$pg_bin")") running on 127.0.0.1:$port (user $pg_user)" >&2

# --- run the command ---------------------------------------------------------------
# CMD runs in the background and we `wait` for it: a foreground child would
# make bash postpone our signal traps until CMD exits on its own. Background
# jobs of a non-interactive shell get SIGINT/SIGQUIT ignored and stdin from
# /dev/null, so restore both: Ctrl-C and piped input still reach CMD.
# (The caller's stdin is passed via fd 3; if it is closed, use /dev/null.)
if ! { exec 3<&0; } 2>/dev/null; then
    exec 3</dev/null
fi
(
    trap - INT QUIT
    exec "$@"
) <&3 3<&- &
child=$!
exec 3<&-
rc=0
wait "$child" || rc=$?
child=
exit "$rc"
