# ruff: noqa: RUF001  (Chinese text uses full-width punctuation)
"""Every word of a certificate, an organisation certificate and the verification page.

Keyed by the certificates' language codes (``CERTIFICATE_LANGUAGES``: en, ro, sv, zh_TW);
English is the fallback. Romanian uses ș ț with the comma below (U+0219, U+021B), never the
cedilla forms; Chinese is Traditional. Dates are spelt out here rather than through the
process's locale, which a server may not have installed.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal

DEFAULT = "en"
LANGUAGES = ("en", "ro", "sv", "zh_TW")

Texts = Mapping[str, str]

LABELS: dict[str, dict[str, str]] = {
    # --- the certificate ---------------------------------------------------------------------
    "programme": {
        "en": "QGIS Certification Programme",
        "ro": "Programul de certificare QGIS",
        "sv": "QGIS certifieringsprogram",
        "zh_TW": "QGIS 認證計畫",
    },
    "title": {
        "en": "Certificate",
        "ro": "Certificat",
        "sv": "Intyg",
        "zh_TW": "證書",
    },
    "title.attendance": {
        "en": "Certificate of Attendance",
        "ro": "Certificat de participare",
        "sv": "Intyg om deltagande",
        "zh_TW": "出席證書",
    },
    "title.completion": {
        "en": "Certificate of Completion",
        "ro": "Certificat de absolvire",
        "sv": "Intyg om genomförd utbildning",
        "zh_TW": "結業證書",
    },
    "intro": {
        "en": "This is to certify that",
        "ro": "Prin prezenta se certifică faptul că",
        "sv": "Härmed intygas att",
        "zh_TW": "茲證明",
    },
    "wording": {
        "en": "has taken part in the course",
        "ro": "a luat parte la cursul",
        "sv": "har deltagit i kursen",
        "zh_TW": "已參加以下課程",
    },
    "wording.attendance": {
        "en": "has attended the course",
        "ro": "a participat la cursul",
        "sv": "har deltagit i kursen",
        "zh_TW": "已出席以下課程",
    },
    "wording.completion": {
        "en": "has successfully completed the course",
        "ro": "a absolvit cu succes cursul",
        "sv": "har med godkänt resultat genomfört kursen",
        "zh_TW": "已順利完成以下課程",
    },
    "colon": {"en": ": ", "ro": ": ", "sv": ": ", "zh_TW": "："},
    "trained_competence": {
        "en": "Trained competence",
        "ro": "Competențe dobândite",
        "sv": "Förvärvad kompetens",
        "zh_TW": "培訓能力",
    },
    "course_dates": {
        "en": "Course dates",
        "ro": "Perioada cursului",
        "sv": "Kursdatum",
        "zh_TW": "課程日期",
    },
    "instruction_hours": {
        "en": "Instruction hours",
        "ro": "Ore de instruire",
        "sv": "Undervisningstimmar",
        "zh_TW": "授課時數",
    },
    "organised_by": {
        "en": "Organised by {organisation} at {centre}",
        "ro": "Organizat de {organisation}, la {centre}",
        "sv": "Anordnad av {organisation} vid {centre}",
        "zh_TW": "主辦單位：{organisation}，培訓中心：{centre}",
    },
    "course_convener": {
        "en": "Course convener",
        "ro": "Coordonatorul cursului",
        "sv": "Kursansvarig",
        "zh_TW": "課程召集人",
    },
    "certificate_id": {
        "en": "Certificate ID",
        "ro": "Numărul certificatului",
        "sv": "Intygs-ID",
        "zh_TW": "證書編號",
    },
    "issued_on": {
        "en": "Issued on",
        "ro": "Emis la",
        "sv": "Utfärdat",
        "zh_TW": "發證日期",
    },
    "revision": {
        "en": "Revision {revision}",
        "ro": "Revizia {revision}",
        "sv": "Version {revision}",
        "zh_TW": "第 {revision} 版",
    },
    "verify_at": {
        "en": "Verify this certificate at",
        "ro": "Verificați acest certificat la",
        "sv": "Kontrollera intyget på",
        "zh_TW": "驗證本證書：",
    },
    # --- the organisation certificate --------------------------------------------------------
    "org.title": {
        "en": "Certified Organisation",
        "ro": "Organizație certificată",
        "sv": "Certifierad organisation",
        "zh_TW": "認證機構證書",
    },
    "org.authorised": {
        "en": "is authorised to provide QGIS training and certification",
        "ro": "este autorizată să ofere instruire și certificare QGIS",
        "sv": "har behörighet att tillhandahålla QGIS-utbildning och certifiering",
        "zh_TW": "獲授權提供 QGIS 培訓與認證",
    },
    "org.country": {
        "en": "Country",
        "ro": "Țara",
        "sv": "Land",
        "zh_TW": "國家",
    },
    "org.signatory": {
        "en": "QGIS Project Steering Committee",
        "ro": "Comitetul de coordonare al proiectului QGIS",
        "sv": "QGIS-projektets styrkommitté",
        "zh_TW": "QGIS 專案指導委員會",
    },
    # --- the verification page (English: the live site's labels, in its order) ---------------
    "page.title": {
        "en": "Certificate verification",
        "ro": "Verificarea certificatului",
        "sv": "Kontroll av intyg",
        "zh_TW": "證書驗證",
    },
    "page.card": {
        "en": "Certificate Details",
        "ro": "Detaliile certificatului",
        "sv": "Intygsuppgifter",
        "zh_TW": "證書詳細資料",
    },
    "page.not_found": {
        "en": "Sorry, no certificate matching this number has been issued.",
        "ro": "Ne pare rău, nu a fost emis niciun certificat cu acest număr.",
        "sv": "Tyvärr har inget intyg med detta nummer utfärdats.",
        "zh_TW": "抱歉，查無此編號的證書。",
    },
    "page.id": {"en": "ID", "ro": "ID", "sv": "ID", "zh_TW": "編號"},
    "page.attendee_name": {
        "en": "Attendee Name",
        "ro": "Numele participantului",
        "sv": "Deltagarens namn",
        "zh_TW": "學員姓名",
    },
    "page.project": {"en": "Project", "ro": "Proiect", "sv": "Projekt", "zh_TW": "專案"},
    "page.organisation": {
        "en": "Certifying Organisation",
        "ro": "Organizația de certificare",
        "sv": "Certifierande organisation",
        "zh_TW": "認證機構",
    },
    "page.training_centre": {
        "en": "Training Center",
        "ro": "Centrul de instruire",
        "sv": "Utbildningscenter",
        "zh_TW": "培訓中心",
    },
    "page.course_language": {
        "en": "Course Language",
        "ro": "Limba cursului",
        "sv": "Kursspråk",
        "zh_TW": "課程語言",
    },
    "page.trained_competence": {
        "en": "Trained Competence(s)",
        "ro": "Competențe dobândite",
        "sv": "Förvärvad kompetens",
        "zh_TW": "培訓能力",
    },
    "page.course_type": {
        "en": "Course Type",
        "ro": "Tipul cursului",
        "sv": "Kurstyp",
        "zh_TW": "課程類型",
    },
    "page.course_date": {
        "en": "Course Date",
        "ro": "Data cursului",
        "sv": "Kursdatum",
        "zh_TW": "課程日期",
    },
    "page.instruction_hours": {
        "en": "Instruction Hours",
        "ro": "Ore de instruire",
        "sv": "Undervisningstimmar",
        "zh_TW": "授課時數",
    },
    "page.course_convener": {
        "en": "Course Convener",
        "ro": "Coordonatorul cursului",
        "sv": "Kursansvarig",
        "zh_TW": "課程召集人",
    },
    "page.certificate_type": {
        "en": "Certificate Type",
        "ro": "Tipul certificatului",
        "sv": "Typ av intyg",
        "zh_TW": "證書類型",
    },
    "page.issued": {"en": "Issued", "ro": "Emis", "sv": "Utfärdat", "zh_TW": "發證日期"},
    "page.status": {"en": "Status", "ro": "Stare", "sv": "Status", "zh_TW": "狀態"},
    "page.status.valid": {"en": "Valid", "ro": "Valid", "sv": "Giltigt", "zh_TW": "有效"},
    "page.status.revoked": {
        "en": "Revoked",
        "ro": "Revocat",
        "sv": "Återkallat",
        "zh_TW": "已撤銷",
    },
    "page.revoked_on": {
        "en": "revoked on {date}",
        "ro": "revocat la {date}",
        "sv": "återkallat {date}",
        "zh_TW": "撤銷日期：{date}",
    },
    "page.organisation_certified": {
        "en": "Organisation certified today",
        "ro": "Organizație certificată astăzi",
        "sv": "Organisationen certifierad i dag",
        "zh_TW": "機構目前仍獲認證",
    },
    "page.yes": {"en": "Yes", "ro": "Da", "sv": "Ja", "zh_TW": "是"},
    "page.no": {"en": "No", "ro": "Nu", "sv": "Nej", "zh_TW": "否"},
    "page.org_title": {
        "en": "Organisation certificate verification",
        "ro": "Verificarea certificatului organizației",
        "sv": "Kontroll av organisationens intyg",
        "zh_TW": "機構證書驗證",
    },
    "page.org_card": {
        "en": "Organisation Certificate Details",
        "ro": "Detaliile certificatului organizației",
        "sv": "Uppgifter om organisationens intyg",
        "zh_TW": "機構證書詳細資料",
    },
    "page.org_not_found": {
        "en": "Sorry, no organisation certificate matching this number has been issued.",
        "ro": "Ne pare rău, nu a fost emis niciun certificat de organizație cu acest număr.",
        "sv": "Tyvärr har inget organisationsintyg med detta nummer utfärdats.",
        "zh_TW": "抱歉，查無此編號的機構證書。",
    },
    "page.country": {"en": "Country", "ro": "Țara", "sv": "Land", "zh_TW": "國家"},
    "page.date_range": {
        "en": "{start} to {end}",
        "ro": "{start} – {end}",
        "sv": "{start}–{end}",
        "zh_TW": "{start}至{end}",
    },
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ro": (
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
}

_ALIASES = {"zh-hant": "zh_TW", "zh-tw": "zh_TW", "zh_tw": "zh_TW", "zh-hk": "zh_TW"}
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def language(code: str | None) -> str:
    """The certificate language a code means (``zh-hant`` -> ``zh_TW``); English otherwise."""
    if not code:
        return DEFAULT
    if code in LANGUAGES:
        return code
    tag = code.strip().lower().replace("_", "-")
    if tag in _ALIASES:
        return _ALIASES[tag]
    base = tag.split("-", 1)[0]
    return base if base in LANGUAGES else DEFAULT


def email_language(code: str) -> str:
    """The e-mail templates' directory for a certificate language (``zh_TW`` -> ``zh-hant``)."""
    return "zh-hant" if language(code) == "zh_TW" else language(code)


def label(key: str, lang: str, **values: object) -> str:
    texts = LABELS[key]
    text = texts.get(language(lang)) or texts[DEFAULT]
    return text.format(**values) if values else text


def labels_for(lang: str, prefix: str = "") -> dict[str, str]:
    """Every label starting with ``prefix`` (prefix removed, dots as underscores) in ``lang``:
    a template's context."""
    return {
        key.removeprefix(prefix).replace(".", "_"): label(key, lang)
        for key in LABELS
        if key.startswith(prefix)
    }


def certificate_title(type_slug: str | None, lang: str) -> str:
    key = f"title.{type_slug}"
    return label(key if key in LABELS else "title", lang)


def default_wording(type_slug: str | None, lang: str) -> str:
    key = f"wording.{type_slug}"
    return label(key if key in LABELS else "wording", lang)


def wording(type_slug: str | None, custom: str, lang: str) -> str:
    """The sentence after the name: the certificate type's own wording (written in English,
    in the admin) on English certificates or for types without a translated default; the
    translated default otherwise."""
    custom = " ".join((custom or "").split())
    if custom and (language(lang) == DEFAULT or f"wording.{type_slug}" not in LABELS):
        return custom
    return default_wording(type_slug, lang)


def format_date(value: datetime.date, lang: str) -> str:
    lang = language(lang)
    if lang == "zh_TW":
        return f"{value.year}年{value.month}月{value.day}日"
    if lang == "en":
        return f"{MONTHS['en'][value.month - 1]} {value.day}, {value.year}"
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def format_date_range(
    start: datetime.date, end: datetime.date, lang: str, *, collapse: bool = False
) -> str:
    """``June 2, 2025 to June 4, 2025`` (the live page's form, kept for a one-day course
    too, since clients split it); ``collapse`` prints a one-day course's date once."""
    if collapse and start == end:
        return format_date(start, lang)
    return label(
        "page.date_range", lang, start=format_date(start, lang), end=format_date(end, lang)
    )


def format_hours(hours: Decimal | float | int | None, lang: str) -> str:
    """``16.0`` -> ``16``, ``7.5`` -> ``7.5`` (``7,5`` in Romanian and Swedish)."""
    if hours is None:
        return ""
    value = Decimal(str(hours)).normalize()
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language(lang) in {"ro", "sv"} else text


def convener_line(title: str, name: str, degree: str) -> str:
    """``Prof. Ana Pop, PhD`` (the live site's convener cell, without its whitespace)."""
    head = " ".join(part for part in ((title or "").strip(), (name or "").strip()) if part)
    degree = (degree or "").strip()
    if head and degree and _all_cjk(degree):
        return f"{head}{degree}"  # 林志明博士: a Chinese degree follows the name directly
    return f"{head}, {degree}" if head and degree else head or degree


def person_name(first_name: str, surname: str, lang: str) -> str:
    """The printed name, NFC: surname first without a space when both parts are Chinese on a
    Chinese certificate (王小明), "first surname" otherwise."""
    first = unicodedata.normalize("NFC", " ".join((first_name or "").split()))
    last = unicodedata.normalize("NFC", " ".join((surname or "").split()))
    if language(lang) == "zh_TW" and first and last and _all_cjk(first) and _all_cjk(last):
        return f"{last}{first}"
    return " ".join(part for part in (first, last) if part)


def _all_cjk(text: str) -> bool:
    return all(_CJK.match(ch) for ch in text)
