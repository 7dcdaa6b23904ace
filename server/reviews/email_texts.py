"""Words the reviews' e-mails take from code (outcomes, routing reasons), in the programme's
four languages; English is the fallback, as in ``applications.texts``."""

from __future__ import annotations

from collections.abc import Mapping

from applications.texts import pick

OUTCOMES: dict[str, dict[str, str]] = {
    "approve": {"en": "approved", "ro": "aprobată", "sv": "godkänd", "zh-hant": "核准"},
    "reject": {"en": "rejected", "ro": "respinsă", "sv": "avslagen", "zh-hant": "駁回"},
    "request_changes": {
        "en": "sent back for changes",
        "ro": "trimisă înapoi pentru modificări",
        "sv": "återskickad för ändringar",
        "zh-hant": "退回修改",
    },
}

REASONS: dict[str, dict[str, str]] = {
    "local_group": {
        "en": "a local user group reviews it",
        "ro": "un grup local de utilizatori o evaluează",
        "sv": "en lokal användargrupp granskar den",
        "zh-hant": "由在地使用者社群審查",
    },
    "no_group": {
        "en": "there is no local user group in this country",
        "ro": "nu există un grup local de utilizatori în această țară",
        "sv": "det finns ingen lokal användargrupp i landet",
        "zh-hant": "該國家沒有在地使用者社群",
    },
    "too_few_reviewers": {
        "en": "the local user group has too few reviewers",
        "ro": "grupul local de utilizatori are prea puțini evaluatori",
        "sv": "den lokala användargruppen har för få granskare",
        "zh-hant": "在地使用者社群的審查人數不足",
    },
    "conflicts": {
        "en": "too few reviewers remain after conflicts of interest",
        "ro": "după conflictele de interese au rămas prea puțini evaluatori",
        "sv": "för få granskare återstår efter jäv",
        "zh-hant": "排除利益衝突後審查人數不足",
    },
    "overdue": {
        "en": "the review period ended without the group's opinion",
        "ro": "perioada de evaluare s-a încheiat fără opinia grupului",
        "sv": "granskningsperioden tog slut utan gruppens yttrande",
        "zh-hant": "審查期限屆滿仍未收到社群意見",
    },
}


def label(table: Mapping[str, Mapping[str, str]], key: str, language: str) -> str:
    """The text for ``key`` in ``language``; the key itself when unknown."""
    texts = table.get(key)
    return pick(texts, language) if texts else key
