#!/usr/bin/env bash
# Starts the reference certification service with gunicorn on loopback:
#
#   PORT=8000 bash scripts/serve.sh        (what `make serve` runs)
#
# Applies migrations, loads the demo catalogue (with the demo accounts) when the catalogue is
# empty, collects static files (served by WhiteNoise), starts a background task worker
# (`manage.py db_worker`) and runs gunicorn (threaded workers; settings in
# server/certification_server/gunicorn_conf.py) in the foreground. Ctrl-C or SIGTERM stops both.
# Environment: PORT (8000), WORKERS (2), THREADS (8 per worker), ACCESS_LOG (0; 1 logs every
# request to stdout), DATA_DIR (server/data: SQLite file, static files, the local secret key),
# DATABASE_URL (PostgreSQL instead of SQLite), VENV (.venv), SEED_DEMO (1; 0 never loads demo
# data), TASK_WORKER (1; 0 starts no task worker), SWEEP_INTERVAL (3600: seconds between
# runs of `manage.py sweep_applications`, the idle-draft sweep, and `manage.py sweep_reviews`,
# the reviews' reminders and escalations; 0 never runs them), SECRET_KEY
# (default: a random key generated once and kept in $DATA_DIR/secret_key, readable by this
# user only).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${VENV:-$repo_root/.venv}
case "$venv" in /*) ;; *) venv="$repo_root/$venv" ;; esac
export PORT=${PORT:-8000}
export DATA_DIR=${DATA_DIR:-$repo_root/server/data}
export DJANGO_SETTINGS_MODULE=certification_server.settings

echo "Certification service: http://127.0.0.1:${PORT}/ (feeds under /en/feed/, API under /api/v1/)"

mkdir -p "$DATA_DIR"
if [ -z "${SECRET_KEY:-}" ]; then
    # The service refuses to run without a secret key: a local one, made once, kept private.
    key_file="$DATA_DIR/secret_key"
    if [ ! -s "$key_file" ]; then
        (umask 077 && "$venv/bin/python" -c 'import secrets; print(secrets.token_urlsafe(50))' \
            >"$key_file")
    fi
    SECRET_KEY=$(<"$key_file")
    export SECRET_KEY
fi

manage=("$venv/bin/python" "$repo_root/server/manage.py")
"${manage[@]}" migrate --noinput -v 0
if [ "${SEED_DEMO:-1}" = "1" ]; then
    "${manage[@]}" seed_demo --if-empty
fi
"${manage[@]}" collectstatic --noinput -v 0

children=()
stop_children() {
    trap - EXIT INT TERM
    if [ ${#children[@]} -gt 0 ]; then
        kill -TERM "${children[@]}" 2>/dev/null || true
        wait "${children[@]}" 2>/dev/null || true
    fi
}
trap stop_children EXIT
trap 'stop_children; exit 130' INT
trap 'stop_children; exit 143' TERM

if [ "${TASK_WORKER:-1}" = "1" ]; then
    (cd "$repo_root/server" && exec "${manage[@]}" db_worker --no-reload -v 0) &
    children+=($!)
fi
if [ "${SWEEP_INTERVAL:-3600}" != "0" ]; then
    # Idle drafts: warn, then delete (manage.py sweep_applications); reviews: reminders and
    # escalations (manage.py sweep_reviews); usage invoices, overdue reminders and stale card
    # payments (manage.py billing_sweep). Cron in production.
    (
        trap 'kill "${sleeper:-}" 2>/dev/null; exit 0' TERM INT
        while true; do
            "${manage[@]}" sweep_applications -v 0 >/dev/null || true
            "${manage[@]}" sweep_reviews -v 0 >/dev/null || true
            "${manage[@]}" billing_sweep -v 0 >/dev/null || true
            sleep "${SWEEP_INTERVAL:-3600}" &
            sleeper=$!
            wait "$sleeper"
        done
    ) &
    children+=($!)
fi
"$venv/bin/gunicorn" --chdir "$repo_root/server" \
    --config "$repo_root/server/certification_server/gunicorn_conf.py" &
children+=($!)

# Whichever stops first (gunicorn failing to start, the worker crashing) stops the other.
set +e
wait -n "${children[@]}"
status=$?
set -e
stop_children
exit "$status"
