#!/usr/bin/env bash
# Starts the reference certification service with gunicorn on loopback:
#
#   PORT=8000 bash scripts/serve.sh        (what `make serve` runs)
#
# Applies migrations, loads the demo catalogue (with the demo accounts) when the catalogue is
# empty, collects static files (served by WhiteNoise) and runs gunicorn in the foreground.
# Environment: PORT (8000), WORKERS (2), ACCESS_LOG (0; 1 logs every request to stdout),
# DATA_DIR (server/data: SQLite file, static files), DATABASE_URL (PostgreSQL instead of SQLite),
# VENV (.venv), SEED_DEMO (1; 0 never loads demo data).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${VENV:-$repo_root/.venv}
case "$venv" in /*) ;; *) venv="$repo_root/$venv" ;; esac
port=${PORT:-8000}
workers=${WORKERS:-2}
export DATA_DIR=${DATA_DIR:-$repo_root/server/data}
export DJANGO_SETTINGS_MODULE=certification_server.settings

echo "Certification service: http://127.0.0.1:${port}/ (feeds under /en/feed/, API under /api/v1/)"

mkdir -p "$DATA_DIR"
manage=("$venv/bin/python" "$repo_root/server/manage.py")
"${manage[@]}" migrate --noinput -v 0
if [ "${SEED_DEMO:-1}" = "1" ]; then
    "${manage[@]}" seed_demo --if-empty
fi
"${manage[@]}" collectstatic --noinput -v 0

access_log=()
if [ "${ACCESS_LOG:-0}" = "1" ]; then
    access_log=(--access-logfile -)
fi
exec "$venv/bin/gunicorn" \
    --chdir "$repo_root/server" \
    --bind "127.0.0.1:${port}" \
    --workers "$workers" \
    --error-logfile - \
    "${access_log[@]}" \
    certification_server.wsgi:application
