"""The site's own templates keep to what the Content-Security-Policy allows: no inline style
attributes or event handlers (the policy blocks them, so the formatting would silently be
lost), and every inline <script> or <style> block carries the response's nonce."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parents[2] / "server"
TEMPLATES = sorted(
    path
    for path in SERVER.rglob("*.html")
    if "templates" in path.parts and "site-packages" not in path.parts
)
INLINE_ATTRIBUTE = re.compile(r"""\s(style|on[a-z]+)\s*=\s*["']""", re.IGNORECASE)
INLINE_BLOCK = re.compile(r"<(script|style)\b([^>]*)>", re.IGNORECASE)


def test_the_site_has_templates():
    assert len(TEMPLATES) >= 10


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(SERVER)))
def test_no_inline_styles_or_handlers(path: Path):
    text = path.read_text(encoding="utf-8")
    found = [m.group(0).strip() for m in INLINE_ATTRIBUTE.finditer(text)]
    assert not found, f"{path.name}: inline attributes the CSP blocks: {found}"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(SERVER)))
def test_inline_blocks_carry_the_nonce(path: Path):
    text = path.read_text(encoding="utf-8")
    for match in INLINE_BLOCK.finditer(text):
        attributes = match.group(2)
        if "src=" in attributes:  # an external script from 'self' needs no nonce
            continue
        assert "csp_nonce" in attributes, f"{path.name}: {match.group(0)} has no nonce"
