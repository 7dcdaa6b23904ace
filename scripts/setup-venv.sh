#!/usr/bin/env bash
# Creates (or repairs) the project virtualenv and installs the pinned Python packages.
#
# The venv must come from Debian's /usr/bin/python3 with --system-site-packages: QGIS's Python
# bindings (python3-qgis) are built for that interpreter and live in its dist-packages, so a venv
# made from another Python (pyenv, conda) cannot import qgis.
set -euo pipefail

venv=${1:-.venv}
base_python=${BASE_PYTHON:-/usr/bin/python3}

venv_is_usable() {
    [ -x "$venv/bin/python" ] || return 1
    "$venv/bin/python" - "$base_python" <<'PY' 2>/dev/null
import os
import sys

expected = os.path.realpath(sys.argv[1])
base = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
if base != expected:
    raise SystemExit(f"venv made from {base}, not {expected}")
import qgis.core  # noqa: F401  (only present through Debian's site-packages)
PY
}

if ! venv_is_usable; then
    if [ -e "$venv" ]; then
        echo "Recreating $venv: it was not made from $base_python with system site packages."
        rm -rf "$venv"
    fi
    "$base_python" -m venv --system-site-packages "$venv"
fi

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    -r requirements-dev.txt
