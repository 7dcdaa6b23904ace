#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server on loopback:
#
#   bash scripts/with-postgres.sh .venv/bin/python -m pytest tests/server
#
# Uses Debian's PostgreSQL binaries (package `postgresql`) to initdb a private cluster under
# var/, starts it on a free 127.0.0.1 port with its socket inside the cluster folder, creates a
# role with CREATEDB (Django's test runner creates test_<name>) and a database, exports
# DATABASE_URL and runs the command. Whatever it started is stopped and removed on exit, also
# on failure or Ctrl-C. The system cluster (pg_ctlcluster) is left alone.
#
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user
# (created by the Debian package); as any other user it runs as that user.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

pg_bin=${PG_BIN:-}
if [ -z "$pg_bin" ]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (apt-get install postgresql)." >&2
    exit 1
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$repo_root/var"
workdir=$(mktemp -d "$repo_root/var/pg-XXXXXX")
datadir="$workdir/data"

as_pg_user=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "No 'postgres' system user." >&2; exit 1; }
    # runuser lives in /usr/sbin, which a minimal PATH may lack.
    runuser_bin=$(PATH="$PATH:/usr/sbin:/sbin" command -v runuser || true)
    [ -n "$runuser_bin" ] || { echo "runuser (util-linux) not found." >&2; exit 1; }
    chown postgres: "$workdir"
    chmod 700 "$workdir"
    as_pg_user=("$runuser_bin" -u postgres --)
fi

started=0
cleanup() {
    local rc=$?
    if [ "$started" -eq 1 ]; then
        "${as_pg_user[@]}" "$pg_bin/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

random_secret() {
    /usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))'
}

port=${PG_PORT:-$(free_port)}
superuser_password=$(random_secret)
app_password=$(random_secret)
pwfile="$workdir/pwfile"
(umask 077; printf '%s\n' "$superuser_password" >"$pwfile")
[ ${#as_pg_user[@]} -eq 0 ] || chown postgres: "$pwfile"

# Socket connections (inside the private folder) are trusted; TCP needs a password.
"${as_pg_user[@]}" "$pg_bin/initdb" -D "$datadir" --username=postgres --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
    >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }
rm -f "$pwfile"

"${as_pg_user[@]}" "$pg_bin/pg_ctl" -D "$datadir" -l "$workdir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $workdir -c fsync=off -c full_page_writes=off" \
    start >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }
started=1

db=${PG_DATABASE:-certification}
role=${PG_ROLE:-certification}
"${as_pg_user[@]}" "$pg_bin/psql" -h "$workdir" -p "$port" -U postgres -d postgres -q \
    -v ON_ERROR_STOP=1 -v role="$role" -v db="$db" -v pw="$app_password" >/dev/null <<'SQL'
CREATE ROLE :"role" LOGIN CREATEDB PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"role";
SQL

export DATABASE_URL="postgres://$role:$app_password@127.0.0.1:$port/$db"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (database $db)"

set +e
"$@"
rc=$?
set -e
exit "$rc"
