#!/usr/bin/env bash
# `make demo`: start the demo server and show the plugin working against it.
#
# With a display (X11: DISPLAY; Wayland: WAYLAND_DISPLAY), QGIS opens its normal window in a
# separate profile (var/qgis-demo/) with the plugin installed, pointed at the demo server, layers
# loading and the Find a course dock open; closing QGIS stops the demo. Without a display (or
# with QT_QPA_PLATFORM=offscreen asked for), the layers are rendered over the world countries to
# demo/map.png and the counts are printed; the server then keeps running until Ctrl-C
# (DEMO_KEEP_SERVING=0 stops it once the map is written).
#
# `bash scripts/demo.sh --print-platform` prints the Qt platform QGIS would get (or "headless").
# Environment: PORT (8000), VENV (.venv), DEMO_STATE_DIR (var: the demo's database under
# demo-server/, its log demo-server.log, the QGIS profile under qgis-demo/), DEMO_LOCALE (QGIS's
# interface language in the demo profile, e.g. zh-Hant), and the DEMO_* variables of
# scripts/demo_qgis_startup.py (screenshot, quit, report) for tests and screenshots.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
venv=${VENV:-.venv}
port=${PORT:-8000}
url="http://127.0.0.1:${port}"
state=${DEMO_STATE_DIR:-var}
mkdir -p "$state"
state=$(cd "$state" && pwd)
server_log="$state/demo-server.log"

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

# Which Qt platform QGIS's window gets, or "" for the headless render. An explicit
# QT_QPA_PLATFORM other than offscreen is the user's choice and kept. On a Wayland desktop with
# XWayland (DISPLAY set too) QGIS 3.22 runs best as an X11 client (xcb); on Wayland alone it
# needs Qt's wayland platform (Debian's qtwayland5, installed by make setup).
gui_platform() {
    local asked=${QT_QPA_PLATFORM:-}
    if [ "$asked" = "offscreen" ] || ! command -v qgis >/dev/null 2>&1; then
        echo ""
    elif [ -n "$asked" ]; then
        echo "$asked"
    elif [ -n "${DISPLAY:-}" ]; then
        echo "xcb"
    elif [ -n "${WAYLAND_DISPLAY:-}" ]; then
        echo "wayland"
    else
        echo ""
    fi
}
platform=$(gui_platform)
if [ "${1:-}" = "--print-platform" ]; then  # what this machine would get; tests use it
    echo "${platform:-headless}"
    exit 0
fi

if answers "$url/"; then
    echo "Port ${port} is already in use. Stop what runs there, or choose another: make demo PORT=8001" >&2
    exit 1
fi

# The demo has its own database (never the one of `make serve`), refreshed on every start: the
# courses move around today and the catalogue is the current demo's.
export DATA_DIR="$state/demo-server"
mkdir -p "$DATA_DIR"
echo "Preparing the demo database ($DATA_DIR)..."
(
    # Only these two commands run without the server's key (they sign nothing); serve.sh
    # makes the demo database's own key for the server.
    export DJANGO_SETTINGS_MODULE=certification_server.settings ALLOW_INSECURE_SECRET_KEY=1
    "$venv/bin/python" server/manage.py migrate --noinput -v 0
    "$venv/bin/python" server/manage.py seed_demo
) > "$server_log" 2>&1 || { echo "Preparing the demo database failed:" >&2; tail -n 20 "$server_log" >&2; exit 1; }

SEED_DEMO=0 PORT=$port bash scripts/serve.sh >> "$server_log" 2>&1 &
server_pid=$!
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM

echo "Starting the demo server on ${url} (log: ${server_log})..."
ready=0
for _ in $(seq 1 120); do
    if answers "$url/api/v1/" 200; then
        ready=1
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    sleep 0.5
done
if [ "$ready" != 1 ]; then
    echo "The demo server did not start:" >&2
    tail -n 20 "$server_log" >&2
    exit 1
fi
echo "Demo server ready: ${url}/  (API: ${url}/api/v1/, admin: ${url}/admin/, demo logins in ${server_log})"

if [ -n "$platform" ]; then
    profiles="$state/qgis-demo"
    # DEMO_LOCALE=zh-Hant (ro, sv, en_GB...) sets QGIS's interface language; unset, the demo
    # follows the system's, whatever an earlier run chose.
    "$venv/bin/python" scripts/demo_profile.py --profiles-path "$profiles" --server "$url" \
        --locale "${DEMO_LOCALE:-}" > /dev/null
    echo "Opening QGIS with the demo profile (close QGIS to stop the demo)..."
    # Only the platform chosen above reaches QGIS: never an offscreen one left in the
    # environment by a test run.
    # QGIS counts layers whose files lie under the temporary folder as temporary and asks
    # about them when the project closes: a clone under /tmp would put the layer cache there.
    # QGIS gets a temporary folder of its own inside the demo's state instead.
    qgis_tmp="$state/tmp"
    mkdir -p "$qgis_tmp"
    status=0
    TMPDIR=$qgis_tmp QT_QPA_PLATFORM=$platform qgis --profiles-path "$profiles" --profile certification-demo \
        --nologo --noversioncheck --code "$repo_root/scripts/demo_qgis_startup.py" || status=$?
    exit "$status"
else
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        if ! command -v qgis >/dev/null 2>&1; then
            echo "QGIS is not installed (make setup installs it): rendering the map instead."
        else
            echo "QT_QPA_PLATFORM=offscreen: rendering the map instead of opening QGIS (unset it for the window)."
        fi
    fi
    QT_QPA_PLATFORM=offscreen \
        "$venv/bin/python" scripts/demo_render.py --server "$url" --out demo/map.png
    if [ "${DEMO_KEEP_SERVING:-1}" = "1" ]; then
        echo "The demo server keeps running on ${url}/ - press Ctrl-C to stop it."
        wait "$server_pid"
    fi
fi
