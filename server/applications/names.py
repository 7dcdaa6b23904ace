"""Comparing organisation names as people read them: case, accents and spacing do not count."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans(
    {
        "ß": "ss", "ẞ": "ss", "Ø": "o", "ø": "o", "Ł": "l", "ł": "l", "Đ": "d", "đ": "d",
        "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe", "Þ": "th", "þ": "th", "\u0131": "i",
        "Ħ": "h", "ħ": "h", "ð": "d", "Ð": "d",
    }
)  # fmt: skip


def name_key(name: str) -> str:
    """'  Ștefan  GIS Școală ' and 'stefan gis scoala' give the same key.

    Unlike ``catalogue.demo_plan.ascii_fold`` (made for ASCII slugs), letters of other
    scripts are kept, so two Chinese names never both fold to the empty key.
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())
