#!/usr/bin/env bash
# The README's screenshots, from the real demo: QGIS's own window under Xvfb (QT_QPA_PLATFORM=xcb),
# the demo server with the demo data, the plugin's layers and the Find a course dock.
#
#   bash scripts/screenshots.sh            all of them, into docs/images/
#   bash scripts/screenshots.sh en         only the English one (en, zh, map)
#
#   docs/images/qgis-certification-plugin.png      English interface, Europe
#   docs/images/qgis-certification-plugin-zh.png   Chinese (Traditional) interface, East Asia
#   docs/images/demo-map.png                       the headless demo's map (make demo without
#                                                  a display)
#
# Each run starts from a new demo profile and database under var/screenshots/ and ends every
# process it started. A run that saw a Python error or a dialog says so and fails; the image is
# written anyway, for a look. Environment: OUT_DIR (docs/images), SIZE (1400x900), VENV (.venv).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
venv=${VENV:-.venv}
out_dir=${OUT_DIR:-docs/images}
size=${SIZE:-1400x900}
work=var/screenshots
mkdir -p "$out_dir" "$work"
out_dir=$(cd "$out_dir" && pwd)

for tool in xvfb-run qgis; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run make setup" >&2; exit 1; }
done

free_port() {
    "$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# check_report FILE: prints the errors and dialogs a demo run recorded; false when there were any.
check_report() {
    "$venv/bin/python" - "$1" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
bad = [e for e in events if e["event"] in {"python-error", "plugin-error"}]
bad += [e for e in events if e["event"] == "dialogs" and e["dialogs"]]
for event in bad:
    print(f"  {event['event']}: {json.dumps(event, ensure_ascii=False)[:2000]}", file=sys.stderr)
layers = next((e for e in events if e["event"] == "layers"), None)
if layers:
    print("  layers: " + ", ".join(f"{l['name']} ({l['features']})" for l in layers["layers"]))
sys.exit(1 if bad or not layers else 0)
PY
}

# window NAME LOCALE EXTENT FILE: the demo in QGIS with that interface language and map extent.
window() {
    local name=$1 locale=$2 extent=$3 file=$4 state="$work/$1"
    rm -rf "$state"
    mkdir -p "$state"
    echo "== $name: $file (QGIS interface $locale) =="
    local status=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u MAKEFLAGS -u MAKELEVEL \
        PORT="$(free_port)" QT_QPA_PLATFORM=xcb DEMO_STATE_DIR="$state" DEMO_LOCALE="$locale" \
        DEMO_EXTENT="$extent" DEMO_WINDOW_SIZE="$size" DEMO_SCREENSHOT="$file" \
        DEMO_QUIT_AFTER=5 DEMO_REPORT="$state/report.jsonl" DEMO_KEEP_SERVING=0 \
        timeout 300 xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" bash scripts/demo.sh \
        > "$state/demo.log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        echo "  the demo ended with $status (log: $state/demo.log)" >&2
        tail -n 20 "$state/demo.log" >&2
        return 1
    fi
    check_report "$state/report.jsonl"
}

# The headless demo's map (demo/map.png), as `make demo` draws it without a display.
headless_map() {
    local state="$work/map"
    rm -rf "$state"
    mkdir -p "$state"
    echo "== map: $out_dir/demo-map.png (headless render) =="
    env -u DISPLAY -u WAYLAND_DISPLAY PORT="$(free_port)" QT_QPA_PLATFORM=offscreen \
        DEMO_STATE_DIR="$state" DEMO_KEEP_SERVING=0 timeout 300 bash scripts/demo.sh \
        > "$state/demo.log" 2>&1 || { tail -n 20 "$state/demo.log" >&2; return 1; }
    grep -E "features$" "$state/demo.log" | sed 's/^/  /'
    cp demo/map.png "$out_dir/demo-map.png"
}

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(en zh map)
rc=0
for shot in "${wanted[@]}"; do
    case "$shot" in
        en) window en en_GB "-25,25,45,68" "$out_dir/qgis-certification-plugin.png" || rc=1 ;;
        zh) window zh zh-Hant "110,14,150,47" "$out_dir/qgis-certification-plugin-zh.png" || rc=1 ;;
        map) headless_map || rc=1 ;;
        *) echo "Unknown screenshot '$shot' (en, zh, map)" >&2; rc=1 ;;
    esac
done
exit "$rc"
