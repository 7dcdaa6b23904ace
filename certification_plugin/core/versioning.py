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


def read_metadata_value(key: str, metadata_path: Optional[Path] = None) -> str:
    """``key`` under ``[general]`` of the metadata file; ``""`` if absent or unreadable."""
    path = metadata_path or METADATA_FILE
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ""
    return parser.get("general", key, fallback="").strip()


def read_version(metadata_path: Optional[Path] = None) -> str:
    """``version`` under ``[general]`` of the metadata file; ``"0.0.0"`` if absent/unreadable."""
    return read_metadata_value("version", metadata_path) or UNKNOWN_VERSION


@functools.lru_cache(maxsize=1)
def plugin_version() -> str:
    """The installed plugin's version (read once per session)."""
    return read_version()
