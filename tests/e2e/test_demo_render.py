"""The headless demo, end to end: the demo server's data rendered by the plugin to a PNG.

``scripts/demo_render.py`` runs in its own process (its own QgsApplication), as `make demo`
runs it without a display, against the reference server with the demo catalogue.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

from qgis.PyQt.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def api_count(base_url: str, resource: str) -> int:
    request = urllib.request.Request(
        f"{base_url}api/v1/{resource}",
        headers={"Accept": "application/json", "User-Agent": "QGIS/32216 e2e-test"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(json.load(response)["count"])


def test_demo_render_draws_the_layers_with_the_server_counts(reference_server, tmp_path):
    out = tmp_path / "map.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "demo_render.py"),
            "--server",
            reference_server.base_url,
            "--out",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    counts = dict(re.findall(r"^(.+): (\d+) features$", run.stdout, re.MULTILINE))
    base = reference_server.base_url
    assert int(counts["Training centres"]) == api_count(base, "training-centres/")
    assert int(counts["Upcoming courses"]) == api_count(base, "courses/?upcoming=true")
    assert int(counts["Certified organisations"]) > 10  # countries with an organisation

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1800, 950)
    # Not a blank canvas: the world map, the country fills and the markers add many colours.
    colours = {image.pixel(x, y) for x in range(0, 1800, 15) for y in range(0, 950, 15)}
    assert len(colours) > 20
