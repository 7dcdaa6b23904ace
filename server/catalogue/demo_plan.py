"""The demo catalogue as plain data: same input date, same plan (fixed random seed).

Dates are relative to the day the plan is made, so the demo always has past, running and
upcoming courses: some start today (a one-day course today is in both course feeds), some are
in progress (in neither). Names carry Romanian, Swedish and Traditional Chinese characters, and
one organisation's name is HTML markup, to exercise escaping in every client. Statuses are
mostly approved, with pending, rejected, draft and archived organisations to exercise filters.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field

from django.utils.text import slugify

SEED = 20261121

#: ISO2 → language code used for most courses of an organisation in that country.
COUNTRY_LANGUAGE = {
    "RO": "ro",
    "SE": "sv",
    "TW": "zh-hant",
    "NL": "nl",
    "DE": "de",
    "FR": "fr",
    "BR": "pt-br",
    "JP": "ja",
    "IT": "it",
    "PT": "pt",
    "CO": "es",
    "MX": "es",
    "NO": "nb",
    "PL": "pl",
}

#: Course type names per language (English for every other language).
COURSE_TYPES = {
    "ro": ["Introducere în QGIS", "Analiză spațială cu QGIS", "Cartografie și hărți tematice"],
    "sv": ["Grundkurs i QGIS", "Kartframställning i QGIS", "Fjärranalys för nybörjare"],
    "zh-hant": ["QGIS 入門課程", "空間分析進階班", "QGIS 製圖實務"],
    "en": [
        "QGIS Desktop Fundamentals",
        "Spatial Analysis with QGIS",
        "PyQGIS Plugin Development",
        "QGIS Server Administration",
        "Cartography with QGIS",
        "Processing and the Model Designer",
    ],
}

COMPETENCES = [
    "Data capture and editing",
    "Spatial analysis",
    "Map layout and printing",
    "Python scripting",
    "Web mapping",
    "Raster and terrain analysis",
]

CERTIFICATE_TYPES = [
    ("Certificate of attendance", "attendance", 1),
    ("Certificate of completion", "completion", 2),
]

MARKUP_NAME = '<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>'


@dataclass(frozen=True)
class OrgSeed:
    """Hand-written facts of one demo organisation; the plan derives the rest."""

    name: str
    country: str
    status: str
    conveners: tuple[tuple[str, str], ...]
    centres: tuple[tuple[str, float | None, float | None], ...]
    archived: bool = False
    address: str = ""


ORGANISATIONS: tuple[OrgSeed, ...] = (
    OrgSeed(
        "Academia de Geomatică Brașov",
        "RO",
        "approved",
        (("Ana", "Popescu"), ("Mihai", "Ionescu")),
        (("Centrul Brașov", 25.6012, 45.6579), ("Centrul Târgu Mureș", 24.5575, 46.5386)),
        address="Str. Republicii 12\n500030 Brașov",
    ),
    OrgSeed(
        "Școala de GIS Timișoara",
        "RO",
        "approved",
        (("Ioana", "Dumitrescu"),),
        (
            ("Centrul Timișoara", 21.2087, 45.7489),
            ("Școala de GIS Online", None, None),
            ("Centrul Piatra Neamț", 26.3818, 46.9275),
        ),
    ),
    OrgSeed(
        "Centrul de Cartografie Iași, formare în GIS",
        "RO",
        "submitted",
        (("Andrei", "Țurcanu"),),
        (("Centrul Iași", 27.5766, 47.1585),),
    ),
    OrgSeed(
        "Kartskolan i Göteborg AB",
        "SE",
        "approved",
        (("Åsa", "Lindqvist"), ("Björn", "Öberg")),
        (("Kartskolan Göteborg", 11.9746, 57.7089), ("Kartskolan Borås", 12.9401, 57.7210)),
        address="Södra Vägen 5\n412 54 Göteborg",
    ),
    OrgSeed(
        "Geodata Utbildning Malmö",
        "SE",
        "approved",
        (("Märta", "Sjöström"),),
        (("Utbildningscenter Malmö", 13.0038, 55.6050), ("Geodata Distans", None, None)),
    ),
    OrgSeed(
        "Fjällkartan Umeå",
        "SE",
        "rejected",
        (("Lars", "Ekström"),),
        (("Fjällkartan Umeå centrum", 20.2630, 63.8258),),
    ),
    OrgSeed(
        "臺北地理資訊學院",
        "TW",
        "approved",
        (("陳志明", ""), ("王小華", "")),
        (("臺北市教學中心", 121.5654, 25.0330), ("新北市板橋教室", 121.4627, 25.0143)),
        address="臺北市中正區重慶南路一段 122 號",
    ),
    OrgSeed(
        "臺灣開源地理空間教育中心",
        "TW",
        "approved",
        (("林美玲", ""),),
        (("臺中教學中心", 120.6736, 24.1477), ("線上教室", None, None)),
    ),
    OrgSeed(
        "高雄空間資訊工作室",
        "TW",
        "under_review",
        (("黃建國", ""),),
        (("高雄教室", 120.3014, 22.6273),),
    ),
    OrgSeed(
        MARKUP_NAME,
        "GB",
        "approved",
        (("Robert'); DROP TABLE", "<i>Tables</i>"),),
        (("<img src=x onerror=alert(1)> Centre", -0.1276, 51.5072),),
        address='1 <i>Markup</i> Street\nLondon & "Co"',
    ),
    OrgSeed(
        "Kartoza Training",
        "ZA",
        "approved",
        (("Thandi", "Nkosi"), ("Pieter", "van der Merwe")),
        (("Cape Town Training Room", 18.4241, -33.9249), ("Pretoria Campus", 28.2293, -25.7479)),
    ),
    OrgSeed(
        "Geo Academy Nairobi",
        "KE",
        "approved",
        (("Wanjiru", "Kamau"),),
        (("Nairobi Westlands Centre", 36.8219, -1.2921), ("Mombasa Centre", 39.6682, -4.0435)),
    ),
    OrgSeed(
        "GIS Opleidingen Amsterdam",
        "NL",
        "approved",
        (("Sanne", "de Vries"),),
        (("Opleidingscentrum Amsterdam", 4.9041, 52.3676), ("Leslokaal Utrecht", 5.1214, 52.0907)),
    ),
    OrgSeed(
        "QGIS Schulung Berlin GmbH",
        "DE",
        "approved",
        (("Jürgen", "Weiß"),),
        (
            ("Schulungszentrum Berlin", 13.4050, 52.5200),
            ("Schulungsraum München", 11.5820, 48.1351),
        ),
    ),
    OrgSeed(
        "Formation SIG Lyon",
        "FR",
        "approved",
        (("Élodie", "Fournier"),),
        (("Centre de formation Lyon", 4.8357, 45.7640), ("Formation à distance", None, None)),
    ),
    OrgSeed(
        "Escola de Geotecnologias Curitiba",
        "BR",
        "approved",
        (("João", "Araújo"),),
        (("Sala Curitiba", -49.2733, -25.4284), ("Sala Florianópolis", -48.5482, -27.5949)),
    ),
    OrgSeed(
        "東京GIS研修センター",
        "JP",
        "approved",
        (("佐藤花子", ""),),
        (("東京研修室", 139.6917, 35.6895), ("大阪研修室", 135.5023, 34.6937)),
    ),
    OrgSeed(
        "Open Spatial Training Co.",
        "US",
        "approved",
        (("Maria", "Garcia"), ("James", "O'Connor")),
        (("Denver Classroom", -104.9903, 39.7392), ("Open Spatial Virtual Classroom", None, None)),
    ),
    OrgSeed(
        "Southern Cross Spatial",
        "AU",
        "approved",
        (("Olivia", "Nguyen"),),
        (
            ("Brisbane Training Room", 153.0260, -27.4705),
            ("Perth Training Room", 115.8605, -31.9505),
        ),
    ),
    OrgSeed(
        "Formazione GIS Bologna",
        "IT",
        "approved",
        (("Giulia", "Rossi"),),
        (("Aula Bologna", 11.3426, 44.4949),),
    ),
    OrgSeed(
        "Geoinformação Lisboa",
        "PT",
        "approved",
        (("Inês", "Gonçalves"),),
        (("Sala Lisboa", -9.1393, 38.7223),),
        archived=True,
    ),
    OrgSeed(
        "Cartografía Libre Bogotá",
        "CO",
        "approved",
        (("Andrés", "Muñoz"),),
        (("Aula Bogotá", -74.0721, 4.7110), ("Aula Medellín", -75.5636, 6.2442)),
    ),
    OrgSeed(
        "Accra Geospatial Institute",
        "GH",
        "approved",
        (("Kwame", "Mensah"),),
        (("Accra Main Campus", -0.1870, 5.6037), ("Gulf of Guinea Field Station", 0.0, 0.0)),
    ),
    OrgSeed(
        "Norsk Kartopplæring",
        "NO",
        "approved",
        (("Øyvind", "Hågensen"),),
        (("Kurssenter Oslo", 10.7522, 59.9139),),
        archived=True,
    ),
    OrgSeed(
        "Szkolenia GIS Kraków",
        "PL",
        "draft",
        (("Łukasz", "Żółkiewski"),),
        (("Sala Kraków", 19.9450, 50.0647),),
    ),
    OrgSeed(
        "Capacitación SIG México",
        "MX",
        "approved",
        (("Sofía", "Hernández"),),
        (("Aula Ciudad de México", -99.1332, 19.4326), ("Aula Guadalajara", -103.3496, 20.6597)),
    ),
    # Countries without a local QGIS user group: the PSC reviews their applications.
    OrgSeed(
        "Lagos GeoSkills Academy",
        "NG",
        "approved",
        (("Chiamaka", "Okafor"),),
        (("Lagos Training Hub", 3.3792, 6.5244), ("Abuja Classroom", 7.4951, 9.0579)),
    ),
    OrgSeed(
        "Bengaluru Open GIS Institute",
        "IN",
        "submitted",
        (("Priya", "Raghavan"),),
        (("Bengaluru Campus", 77.5946, 12.9716), ("Open GIS Institute Online", None, None)),
    ),
)


@dataclass(frozen=True)
class ConvenerPlan:
    username: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class CentrePlan:
    name: str
    longitude: float | None
    latitude: float | None
    email: str
    phone: str


@dataclass(frozen=True)
class CoursePlan:
    slug: str
    course_type: str
    centre: str
    convener: str
    start_date: datetime.date
    end_date: datetime.date
    language: str
    trained_competence: str
    certificate_type: str | None


@dataclass(frozen=True)
class OrganisationPlan:
    name: str
    country: str
    status: str
    archived: bool
    email: str
    url: str
    address: str
    phone: str
    credit_balance: int
    conveners: list[ConvenerPlan] = field(default_factory=list)
    centres: list[CentrePlan] = field(default_factory=list)
    course_types: list[str] = field(default_factory=list)
    courses: list[CoursePlan] = field(default_factory=list)


def _ascii_key(text: str) -> str:
    """A lowercase ASCII token for usernames and e-mail hosts ('' when nothing is left)."""
    return slugify(text)


def _phone(rng: random.Random) -> str:
    groups = (rng.randint(1, 99), rng.randint(100, 999), rng.randint(100, 999))
    return "+{} {} {} {:04d}".format(*groups, rng.randint(0, 9999))


def course_type_slug(org_index: int, type_name: str) -> str:
    """Stable slug: the seed finds its course types again on the next run."""
    return f"demo-{org_index:02d}-{_ascii_key(type_name) or 'course'}"[:200]


def _course(
    rng: random.Random,
    org: OrganisationPlan,
    language: str,
    today: datetime.date,
    number: int,
    start_offset: int,
    days: int,
    centre: CentrePlan,
) -> CoursePlan:
    start = today + datetime.timedelta(days=start_offset)
    return CoursePlan(
        slug=f"demo-course-{number:03d}",
        course_type=rng.choice(org.course_types),
        centre=centre.name,
        convener=rng.choice(org.conveners).username,
        start_date=start,
        end_date=start + datetime.timedelta(days=days),
        language=language if rng.random() < 0.75 else "en",
        trained_competence=rng.choice(COMPETENCES),
        certificate_type=rng.choice(["attendance", "completion", None]),
    )


def build_plan(today: datetime.date) -> list[OrganisationPlan]:
    """The whole demo catalogue for ``today``; deterministic."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not security
    plans: list[OrganisationPlan] = []
    course_number = 0
    for index, seed in enumerate(ORGANISATIONS, start=1):
        host = _ascii_key(seed.name)[:30] or f"organisation-{index}"
        language = COUNTRY_LANGUAGE.get(seed.country, "en")
        org = OrganisationPlan(
            name=seed.name,
            country=seed.country,
            status=seed.status,
            archived=seed.archived,
            email=f"info@{host}.example",
            url=f"https://{host}.example/",
            address=seed.address,
            phone=_phone(rng),
            credit_balance=rng.choice([0, 5, 20, 50]),
        )
        for n, (first, last) in enumerate(seed.conveners, start=1):
            user = _ascii_key(f"{first} {last}").replace("-", ".") or "convener"
            org.conveners.append(ConvenerPlan(f"{user}.{index:02d}{n}", first, last))
        for name, lon, lat in seed.centres:
            org.centres.append(
                CentrePlan(
                    name=name,
                    longitude=lon,
                    latitude=lat,
                    email=f"centre{len(org.centres) + 1}@{host}.example",
                    phone=_phone(rng),
                )
            )
        type_pool = COURSE_TYPES.get(language, COURSE_TYPES["en"])
        org.course_types.extend(rng.sample(type_pool, 2))

        specs: list[tuple[int, int, CentrePlan]] = []
        for centre in org.centres:
            specs.append((-rng.randint(20, 400), rng.randint(0, 4), centre))  # past
            specs.append((rng.randint(1, 240), rng.randint(0, 4), centre))  # upcoming
            specs.append((rng.randint(-200, 200), rng.randint(0, 4), centre))  # either
        if index <= 4:
            # The "today" boundary, for people and tests looking at the feeds by hand.
            first_centre = org.centres[0]
            specs.append((0, 0, first_centre))  # today only: in both feeds
            specs.append((0, 2, first_centre))  # starts today: upcoming
            specs.append((-1, 2, first_centre))  # in progress: in neither
            specs.append((-2, 2, first_centre))  # ended today: past
        for start_offset, days, centre in specs:
            course_number += 1
            org.courses.append(
                _course(rng, org, language, today, course_number, start_offset, days, centre)
            )
        plans.append(org)
    return plans
