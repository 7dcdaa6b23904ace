#!/usr/bin/env bash
# `make demo`: start the demo server and show the plugin working against it.
#
# With a display, QGIS opens in a separate profile (var/qgis-demo/) with the plugin installed,
# pointed at the demo server, layers loading. Without one, the layers are rendered over the world
# countries to demo/map.png and the counts are printed. The server keeps running until Ctrl-C
# (DEMO_KEEP_SERVING=0 stops it once the map is written).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
venv=${VENV:-.venv}
port=${PORT:-8000}
url="http://127.0.0.1:${port}"
mkdir -p var

answers() {  # answers URL [STATUS]: true when URL answers (with STATUS, when given)
    "$venv/bin/python" - "$@" <<'PY'
import sys, urllib.request, urllib.error
url, want = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")
try:
    status = urllib.request.urlopen(url, timeout=2).status  # nosec B310: loopback demo URL
except urllib.error.HTTPError as exc:
    status = exc.code
except OSError:
    sys.exit(1)
sys.exit(0 if not want or str(status) == want else 1)
PY
}

if answers "$url/"; then
    echo "Port ${port} is already in use. Stop what runs there, or choose another: make demo PORT=8001" >&2
    exit 1
fi

PORT=$port bash scripts/serve.sh > var/demo-server.log 2>&1 &
server_pid=$!
stop_server() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
trap stop_server EXIT

echo "Starting the demo server on ${url} (log: var/demo-server.log)..."
for _ in $(seq 1 120); do
    if answers "$url/api/v1/" 200; then
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "The demo server did not start:" >&2
        tail -n 20 var/demo-server.log >&2
        exit 1
    fi
    sleep 0.5
done
echo "Demo server ready: ${url}/  (API: ${url}/api/v1/, admin: ${url}/admin/, demo logins in var/demo-server.log)"

if [ -n "${DISPLAY:-}" ] && command -v qgis >/dev/null 2>&1; then
    profiles="$repo_root/var/qgis-demo"
    "$venv/bin/python" scripts/demo_profile.py --profiles-path "$profiles" --server "$url" > /dev/null
    echo "Opening QGIS with the demo profile (close QGIS to stop the demo)..."
    qgis --profiles-path "$profiles" --profile certification-demo --nologo --noversioncheck \
        --code "$repo_root/scripts/demo_qgis_startup.py"
else
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
        "$venv/bin/python" scripts/demo_render.py --server "$url" --out demo/map.png
    if [ "${DEMO_KEEP_SERVING:-1}" = "1" ]; then
        echo "The demo server keeps running on ${url}/ - press Ctrl-C to stop it."
        wait "$server_pid"
    fi
fi
