# ruff: noqa: RUF001  (Chinese text uses full-width punctuation)
"""What applicants read, in the four languages of the programme (en, ro, sv, zh-hant).

The server has no gettext catalogues; the application form and the e-mails take their words
from here (English is the fallback), so a client asking with ``Accept-Language`` gets one
consistent language. Managers edit the self-check questions in the admin instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation.trans_real import parse_accept_lang_header

LANGUAGES = ("en", "ro", "sv", "zh-hant")
DEFAULT_LANGUAGE = "en"

_ALIASES = {"zh-tw": "zh-hant", "zh-hk": "zh-hant", "zh-mo": "zh-hant", "zh-hant": "zh-hant"}


def supported(code: str | None) -> str | None:
    """The programme language a language tag means (``sv-SE`` -> ``sv``), or ``None``."""
    if not code:
        return None
    tag = code.strip().lower().replace("_", "-")
    if tag in LANGUAGES:
        return tag
    for prefix, language in _ALIASES.items():
        if tag == prefix or tag.startswith(prefix + "-"):
            return language
    base = tag.split("-", 1)[0]
    return base if base in LANGUAGES and base != "zh" else None


def negotiate(accept_language: str | None) -> str:
    """The best programme language for an ``Accept-Language`` header; English otherwise."""
    if accept_language and len(accept_language) <= 500:
        for tag, _quality in parse_accept_lang_header(accept_language):
            found = supported(tag)
            if found:
                return found
    return DEFAULT_LANGUAGE


def pick(texts: Mapping[str, str], language: str) -> str:
    return texts.get(language) or texts[DEFAULT_LANGUAGE]


CONTRIBUTION_KINDS: dict[str, dict[str, str]] = {
    "development": {
        "en": "QGIS development (commits)",
        "ro": "Dezvoltare QGIS (commit-uri)",
        "sv": "QGIS-utveckling (commits)",
        "zh-hant": "QGIS 開發（程式碼提交）",
    },
    "documentation": {
        "en": "Documentation and training material",
        "ro": "Documentație și materiale de instruire",
        "sv": "Dokumentation och utbildningsmaterial",
        "zh-hant": "文件與培訓教材",
    },
    "translation": {
        "en": "Translation",
        "ro": "Traducere",
        "sv": "Översättning",
        "zh-hant": "翻譯",
    },
    "plugins": {"en": "Plugins", "ro": "Pluginuri", "sv": "Insticksprogram", "zh-hant": "外掛程式"},
    "bug_reports": {
        "en": "Bug reports",
        "ro": "Raportări de erori",
        "sv": "Felrapporter",
        "zh-hant": "錯誤回報",
    },
    "feature_funding": {
        "en": "Funding new features",
        "ro": "Finanțarea de funcționalități noi",
        "sv": "Finansiering av nya funktioner",
        "zh-hant": "資助新功能",
    },
    "sponsorship": {
        "en": "Financial contributions or sponsorship",
        "ro": "Contribuții financiare sau sponsorizare",
        "sv": "Ekonomiska bidrag eller sponsring",
        "zh-hant": "財務捐助或贊助",
    },
    "user_group": {
        "en": "The local user group",
        "ro": "Grupul local de utilizatori",
        "sv": "Den lokala användargruppen",
        "zh-hant": "在地使用者社群",
    },
    "courseware": {
        "en": "Open QGIS courseware",
        "ro": "Materiale de curs QGIS deschise",
        "sv": "Öppet kursmaterial för QGIS",
        "zh-hant": "開放的 QGIS 課程教材",
    },
    "books": {
        "en": "QGIS books",
        "ro": "Cărți despre QGIS",
        "sv": "QGIS-böcker",
        "zh-hant": "QGIS 書籍",
    },
}

MATERIAL_PARTS: dict[str, dict[str, str]] = {
    "lectures": {"en": "Lectures", "ro": "Prelegeri", "sv": "Föreläsningar", "zh-hant": "講義"},
    "exercises": {"en": "Exercises", "ro": "Exerciții", "sv": "Övningar", "zh-hant": "練習"},
    "data": {"en": "Data", "ro": "Date", "sv": "Data", "zh-hant": "資料"},
}

LICENCES: dict[str, dict[str, str]] = {
    "CC-BY-4.0": {
        "en": "Creative Commons Attribution 4.0",
        "ro": "Creative Commons Atribuire 4.0",
        "sv": "Creative Commons Erkännande 4.0",
        "zh-hant": "創用 CC 姓名標示 4.0",
    },
    "CC-BY-SA-4.0": {
        "en": "Creative Commons Attribution-ShareAlike 4.0",
        "ro": "Creative Commons Atribuire-Distribuire în condiții identice 4.0",
        "sv": "Creative Commons Erkännande-DelaLika 4.0",
        "zh-hant": "創用 CC 姓名標示-相同方式分享 4.0",
    },
    "CC0-1.0": {
        "en": "Creative Commons Zero 1.0 (public domain)",
        "ro": "Creative Commons Zero 1.0 (domeniu public)",
        "sv": "Creative Commons Zero 1.0 (allmän egendom)",
        "zh-hant": "創用 CC 零 1.0（公眾領域）",
    },
    "GFDL-1.3": {
        "en": "GNU Free Documentation License 1.3",
        "ro": "Licența GNU pentru documentație liberă 1.3",
        "sv": "GNU Free Documentation License 1.3",
        "zh-hant": "GNU 自由文件授權條款 1.3",
    },
    "proprietary": {
        "en": "All rights reserved",
        "ro": "Toate drepturile rezervate",
        "sv": "Alla rättigheter förbehållna",
        "zh-hant": "保留所有權利",
    },
    "other": {"en": "Other", "ro": "Altă licență", "sv": "Annan", "zh-hant": "其他"},
}

NEXT_STEPS: dict[str, str] = {
    "en": "After you submit, a certification manager screens your application. It then goes "
    "to the QGIS user group of your country, or to the QGIS Project Steering Committee where "
    "there is none, who review it and decide. This takes about a month; you receive an e-mail "
    "at every step, and may be asked for changes.",
    "ro": "După trimitere, un manager de certificare verifică cererea dumneavoastră. Apoi "
    "aceasta ajunge la grupul de utilizatori QGIS din țara dumneavoastră sau, dacă nu există "
    "unul, la Comitetul director al proiectului QGIS, care o evaluează și decide. Procesul "
    "durează aproximativ o lună; primiți un e-mail la fiecare pas și vi se pot cere modificări.",
    "sv": "När ni har skickat in granskas ansökan först av en certifieringsansvarig. Den går "
    "sedan till QGIS-användargruppen i ert land, eller till QGIS-projektets styrkommitté där "
    "det inte finns någon, som granskar och beslutar. Det tar ungefär en månad; ni får ett "
    "e-postmeddelande vid varje steg och kan bli ombedda att göra ändringar.",
    "zh-hant": "送出後，認證管理員會先初步審查您的申請，之後交由您所在國家的 QGIS "
    "使用者社群審查並決定；若當地沒有社群，則由 QGIS 專案指導委員會負責。整個流程約需一個月，"
    "每個階段您都會收到電子郵件，並可能被要求修改。",
}

STATES: dict[str, dict[str, str]] = {
    "draft": {"en": "draft", "ro": "ciornă", "sv": "utkast", "zh-hant": "草稿"},
    "submitted": {"en": "submitted", "ro": "trimisă", "sv": "inskickad", "zh-hant": "已送出"},
    "screening": {
        "en": "in screening",
        "ro": "în verificare inițială",
        "sv": "under förhandsgranskning",
        "zh-hant": "初步審查中",
    },
    "under_review": {
        "en": "under review",
        "ro": "în evaluare",
        "sv": "under granskning",
        "zh-hant": "審查中",
    },
    "changes_requested": {
        "en": "changes requested",
        "ro": "modificări solicitate",
        "sv": "ändringar begärda",
        "zh-hant": "需要修改",
    },
    "resubmitted": {
        "en": "resubmitted",
        "ro": "retrimisă",
        "sv": "inskickad på nytt",
        "zh-hant": "已重新送出",
    },
    "approved": {"en": "approved", "ro": "aprobată", "sv": "godkänd", "zh-hant": "已核准"},
    "rejected": {"en": "rejected", "ro": "respinsă", "sv": "avslagen", "zh-hant": "已駁回"},
    "appealed": {
        "en": "appealed",
        "ro": "contestată",
        "sv": "överklagad",
        "zh-hant": "已提出申訴",
    },
    "withdrawn": {"en": "withdrawn", "ro": "retrasă", "sv": "återkallad", "zh-hant": "已撤回"},
}
