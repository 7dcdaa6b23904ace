"""The plugin's version, read from ``metadata.txt`` so the version lives in one place.

QGIS's plugin manager reads ``version=`` under ``[general]`` of the plugin folder's
``metadata.txt``; the User-Agent and the "about" texts read the same line.
"""

from __future__ import annotations

import configparser
import functools
from pathlib import Path
from typing import Optional

UNKNOWN_VERSION = "0.0.0"
METADATA_FILE = Path(__file__).resolve().parent.parent / "metadata.txt"


def read_version(metadata_path: Optional[Path] = None) -> str:
    """``version`` under ``[general]`` of the metadata file; ``"0.0.0"`` if absent/unreadable."""
    path = metadata_path or METADATA_FILE
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return UNKNOWN_VERSION
    version = parser.get("general", "version", fallback="").strip()
    return version or UNKNOWN_VERSION


@functools.lru_cache(maxsize=1)
def plugin_version() -> str:
    """The installed plugin's version (read once per session)."""
    return read_version()
