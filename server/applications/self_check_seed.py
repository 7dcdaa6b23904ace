# ruff: noqa: RUF001  (Chinese text uses full-width punctuation)
"""The first self-check version (issue 10): five yes/no questions in en, ro, sv and zh-hant.

Kept as plain data so the data migration and the tests read the same texts; managers edit
the questions afterwards in the admin (which makes a new version once one is answered).
"""

from __future__ import annotations

FIRST_VERSION_QUESTIONS: list[tuple[str, dict[str, str]]] = [
    (
        "runs_training",
        {
            "en": "Is your organisation running QGIS training?",
            "ro": "Organizația dumneavoastră organizează cursuri de QGIS?",
            "sv": "Bedriver er organisation utbildning i QGIS?",
            "zh-hant": "貴機構是否開設 QGIS 培訓課程？",
        },
    ),
    (
        "contributes_to_qgis",
        {
            "en": "Does your organisation contribute to the QGIS project?",
            "ro": "Contribuie organizația dumneavoastră la proiectul QGIS?",
            "sv": "Bidrar er organisation till QGIS-projektet?",
            "zh-hant": "貴機構是否對 QGIS 專案有所貢獻？",
        },
    ),
    (
        "shares_material",
        {
            "en": "Do you have current training material that you may share for review?",
            "ro": "Aveți materiale de curs actuale pe care le puteți pune la dispoziție "
            "pentru evaluare?",
            "sv": "Har ni aktuellt utbildningsmaterial som ni får dela för granskning?",
            "zh-hant": "貴機構是否有可提供審查的最新培訓教材？",
        },
    ),
    (
        "pays_certificate_fee",
        {
            "en": "Will your organisation pay €20 for each certificate it issues?",
            "ro": "Va plăti organizația dumneavoastră 20 € pentru fiecare certificat emis?",
            "sv": "Kommer er organisation att betala 20 € för varje certifikat den utfärdar?",
            "zh-hant": "貴機構是否願意為每張核發的證書支付 20 歐元？",
        },
    ),
    (
        "lawful_personal_data",
        {
            "en": "Does your organisation handle the personal data of attendees lawfully "
            "(for example under the GDPR)?",
            "ro": "Prelucrează organizația dumneavoastră datele personale ale cursanților "
            "în mod legal (de exemplu conform GDPR)?",
            "sv": "Behandlar er organisation deltagarnas personuppgifter lagligt "
            "(till exempel enligt GDPR)?",
            "zh-hant": "貴機構是否依法處理學員的個人資料（例如遵循 GDPR）？",
        },
    ),
]
