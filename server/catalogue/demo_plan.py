"""The demo catalogue as plain data: same input date, same plan (fixed random seed).

Dates are relative to the day the plan is made, so the demo always has past, running and
upcoming courses: some start today (a one-day course today is in both course feeds), some are
in progress (in neither). The demo is what a newcomer sees in the screenshots, so it looks like
real data: organisations named as such organisations are named in their countries (Romanian,
Swedish, Traditional Chinese and other scripts), addresses, phone numbers in each country's
format and a web site for every organisation, all invented (domains and numbers belong to no
real company; where a country keeps numbers for fiction, they are used). Statuses are mostly
approved, with pending, rejected, draft and archived organisations to exercise filters.

The hostile rows (markup and script in names, addresses and conveners, text as long as the
fields allow) are :data:`EDGE_CASE_ORGANISATIONS`, seeded only with ``seed_demo --edge-cases``
(the tests' reference server), after the demo's own rows.
"""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
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


@dataclass(frozen=True)
class OrgSeed:
    """Hand-written facts of one demo organisation; the plan derives the rest.

    ``domain`` is invented for the demo (web site ``https://www.<domain>/``, e-mail
    ``<mailbox>@<domain>``); ``phone`` is a national number pattern whose ``#`` become digits.
    """

    name: str
    country: str
    status: str
    conveners: tuple[tuple[str, str], ...]
    centres: tuple[tuple[str, float | None, float | None], ...]
    domain: str
    phone: str
    address: str
    archived: bool = False
    mailbox: str = "info"
    #: Course types of this organisation (default: two from its language's list).
    course_types: tuple[str, ...] = ()
    #: The web address when it is not ``https://www.<domain>/`` (edge cases only).
    url: str = ""
    #: Phone patterns of centres in another city than the organisation (another area code).
    centre_phones: tuple[tuple[str, str], ...] = ()


ORGANISATIONS: tuple[OrgSeed, ...] = (
    OrgSeed(
        "Academia de Geomatică Brașov",
        "RO",
        "approved",
        (("Ana", "Popescu"), ("Ștefan", "Mureșan")),
        (("Centrul Brașov", 25.6012, 45.6579), ("Centrul Târgu Mureș", 24.5575, 46.5386)),
        domain="academia-geomatica.ro",
        phone="+40 268 ### ###",
        address="Str. Republicii 12\n500030 Brașov",
        mailbox="secretariat",
        centre_phones=(("Centrul Târgu Mureș", "+40 265 ### ###"),),
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
        domain="scoalagis-timisoara.ro",
        phone="+40 256 ### ###",
        address="Bd. Revoluției din 1989 nr. 8\n300034 Timișoara",
        mailbox="contact",
        centre_phones=(("Centrul Piatra Neamț", "+40 233 ### ###"),),
    ),
    OrgSeed(
        "Centrul de Cartografie Iași, formare în GIS",
        "RO",
        "submitted",
        (("Andrei", "Țurcanu"),),
        (("Centrul Iași", 27.5766, 47.1585),),
        domain="cartografie-iasi.ro",
        phone="+40 232 ### ###",
        address="Str. Lăpușneanu 20\n700057 Iași",
        mailbox="contact",
    ),
    OrgSeed(
        "Kartskolan i Göteborg AB",
        "SE",
        "approved",
        (("Åsa", "Lindqvist"), ("Björn", "Öberg")),
        (("Kartskolan Göteborg", 11.9746, 57.7089), ("Kartskolan Borås", 12.9401, 57.7210)),
        domain="kartskolan-goteborg.se",
        phone="+46 31 ### ## ##",
        address="Södra Vägen 5\n412 54 Göteborg",
        centre_phones=(("Kartskolan Borås", "+46 33 ### ## ##"),),
    ),
    OrgSeed(
        "Geodata Utbildning Malmö",
        "SE",
        "approved",
        (("Märta", "Sjöström"),),
        (("Utbildningscenter Malmö", 13.0038, 55.6050), ("Geodata Distans", None, None)),
        domain="geodatautbildning-malmo.se",
        phone="+46 40 ### ## ##",
        address="Stortorget 3\n211 22 Malmö",
        mailbox="kontakt",
    ),
    OrgSeed(
        "Fjällkartan Umeå",
        "SE",
        "rejected",
        (("Lars", "Ekström"),),
        (("Fjällkartan Umeå centrum", 20.2630, 63.8258),),
        domain="fjallkartan-umea.se",
        phone="+46 90 ### ## ##",
        address="Storgatan 40\n903 26 Umeå",
        mailbox="kontakt",
    ),
    OrgSeed(
        "臺北地理資訊學院",
        "TW",
        "approved",
        (("陳志明", ""), ("王小華", "")),
        (("臺北市教學中心", 121.5654, 25.0330), ("新北市板橋教室", 121.4627, 25.0143)),
        domain="taipei-gis-academy.com.tw",
        phone="+886 2 2### ####",
        address="臺北市大安區和平東路二段 96 巷 12 號 3 樓",
        mailbox="service",
    ),
    OrgSeed(
        "臺灣開源地理空間教育中心",
        "TW",
        "approved",
        (("林美玲", ""),),
        (("臺中教學中心", 120.6736, 24.1477), ("線上教室", None, None)),
        domain="tw-opengeo-edu.org.tw",
        phone="+886 4 2### ####",
        address="臺中市西區民權路 217 號 8 樓",
        mailbox="service",
    ),
    OrgSeed(
        "高雄空間資訊工作室",
        "TW",
        "under_review",
        (("黃建國", ""),),
        (("高雄教室", 120.3014, 22.6273),),
        domain="khh-spatial.com.tw",
        phone="+886 7 ### ####",
        address="高雄市前金區中正四路 88 號",
        mailbox="service",
    ),
    OrgSeed(
        "Pennine Geospatial Training Ltd",
        "GB",
        "approved",
        (("Siobhan", "O'Neill"),),
        (("Leeds Training Suite", -1.5491, 53.8008),),
        domain="pennine-geotraining.co.uk",
        # Ofcom keeps 0113 496 0000-0999 for drama: no real line answers.
        phone="+44 113 496 0###",
        address="22 Wellington Street\nLeeds LS1 4DL",
        mailbox="enquiries",
    ),
    OrgSeed(
        "Table Bay GIS Academy",
        "ZA",
        "approved",
        (("Thandi", "Nkosi"), ("Pieter", "van der Merwe")),
        (("Cape Town Training Room", 18.4241, -33.9249), ("Pretoria Campus", 28.2293, -25.7479)),
        domain="tablebay-gis.co.za",
        phone="+27 21 ### ####",
        address="71 Bree Street\nCape Town 8001",
        centre_phones=(("Pretoria Campus", "+27 12 ### ####"),),
    ),
    OrgSeed(
        "Geo Academy Nairobi",
        "KE",
        "approved",
        (("Wanjiru", "Kamau"),),
        (("Nairobi Westlands Centre", 36.8219, -1.2921), ("Mombasa Centre", 39.6682, -4.0435)),
        domain="geoacademy-nairobi.co.ke",
        phone="+254 20 ### ####",
        address="Waiyaki Way, Westlands\nP.O. Box 14520-00800 Nairobi",
        centre_phones=(("Mombasa Centre", "+254 41 ### ####"),),
    ),
    OrgSeed(
        "GIS Opleidingen Amsterdam",
        "NL",
        "approved",
        (("Sanne", "de Vries"),),
        (("Opleidingscentrum Amsterdam", 4.9041, 52.3676), ("Leslokaal Utrecht", 5.1214, 52.0907)),
        domain="gisopleidingen-amsterdam.nl",
        phone="+31 20 ### ####",
        address="Keizersgracht 210\n1016 DX Amsterdam",
        centre_phones=(("Leslokaal Utrecht", "+31 30 ### ####"),),
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
        domain="qgis-schulung-berlin.de",
        phone="+49 30 #### ####",
        address="Friedrichstraße 120\n10117 Berlin",
        mailbox="kontakt",
        centre_phones=(("Schulungsraum München", "+49 89 #### ####"),),
    ),
    OrgSeed(
        "Formation SIG Lyon",
        "FR",
        "approved",
        (("Élodie", "Fournier"),),
        (("Centre de formation Lyon", 4.8357, 45.7640), ("Formation à distance", None, None)),
        domain="formation-sig-lyon.fr",
        phone="+33 4 72 ## ## ##",
        address="18 rue de la République\n69002 Lyon",
        mailbox="contact",
    ),
    OrgSeed(
        "Escola de Geotecnologias Curitiba",
        "BR",
        "approved",
        (("João", "Araújo"),),
        (("Sala Curitiba", -49.2733, -25.4284), ("Sala Florianópolis", -48.5482, -27.5949)),
        domain="geotecnologias-curitiba.com.br",
        phone="+55 41 3###-####",
        address="Rua XV de Novembro, 500\nCuritiba - PR, 80020-310",
        mailbox="contato",
        centre_phones=(("Sala Florianópolis", "+55 48 3###-####"),),
    ),
    OrgSeed(
        "東京GIS研修センター",
        "JP",
        "approved",
        (("佐藤花子", ""),),
        (("東京研修室", 139.6917, 35.6895), ("大阪研修室", 135.5023, 34.6937)),
        domain="tokyo-gis-kenshu.jp",
        phone="+81 3-####-####",
        address="東京都千代田区神田小川町 2-4-6",
        centre_phones=(("大阪研修室", "+81 6-####-####"),),
    ),
    OrgSeed(
        "Open Spatial Training Co.",
        "US",
        "approved",
        (("Maria", "Garcia"), ("James", "O'Connor")),
        (("Denver Classroom", -104.9903, 39.7392), ("Open Spatial Virtual Classroom", None, None)),
        domain="openspatialtraining.us",
        # 555-0100 to 555-0199 are kept for fiction in North America.
        phone="+1 303-555-01##",
        address="1550 Wynkoop Street, Suite 300\nDenver, CO 80202",
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
        domain="southerncross-spatial.com.au",
        # (07) 5550 xxxx is one of Australia's ranges for fiction.
        phone="+61 7 5550 ####",
        address="120 Queen Street\nBrisbane QLD 4000",
        mailbox="hello",
        centre_phones=(("Perth Training Room", "+61 8 5550 ####"),),
    ),
    OrgSeed(
        "Formazione GIS Bologna",
        "IT",
        "approved",
        (("Giulia", "Rossi"),),
        (("Aula Bologna", 11.3426, 44.4949),),
        domain="formazionegis-bologna.it",
        phone="+39 051 ### ####",
        address="Via dell'Indipendenza 30\n40121 Bologna",
    ),
    OrgSeed(
        "Geoinformação Lisboa",
        "PT",
        "approved",
        (("Inês", "Gonçalves"),),
        (("Sala Lisboa", -9.1393, 38.7223),),
        domain="geoinformacao-lisboa.pt",
        phone="+351 21 ### ####",
        address="Rua Augusta 45\n1100-048 Lisboa",
        archived=True,
        mailbox="geral",
    ),
    OrgSeed(
        "Cartografía Libre Bogotá",
        "CO",
        "approved",
        (("Andrés", "Muñoz"),),
        (("Aula Bogotá", -74.0721, 4.7110), ("Aula Medellín", -75.5636, 6.2442)),
        domain="cartografialibre.com.co",
        phone="+57 601 ### ####",
        address="Carrera 7 # 26-20, oficina 504\nBogotá",
        mailbox="contacto",
        centre_phones=(("Aula Medellín", "+57 604 ### ####"),),
    ),
    OrgSeed(
        "Accra Geospatial Institute",
        "GH",
        "approved",
        (("Kwame", "Mensah"),),
        (("Accra Main Campus", -0.1870, 5.6037), ("Gulf of Guinea Field Station", 0.0, 0.0)),
        domain="accrageospatial.com.gh",
        phone="+233 30 ### ####",
        address="12 Liberation Road\nAccra",
    ),
    OrgSeed(
        "Norsk Kartopplæring",
        "NO",
        "approved",
        (("Øyvind", "Hågensen"),),
        (("Kurssenter Oslo", 10.7522, 59.9139),),
        domain="kartopplaering.no",
        phone="+47 22 ## ## ##",
        address="Karl Johans gate 12\n0154 Oslo",
        archived=True,
        mailbox="post",
    ),
    OrgSeed(
        "Szkolenia GIS Kraków",
        "PL",
        "draft",
        (("Łukasz", "Żółkiewski"),),
        (("Sala Kraków", 19.9450, 50.0647),),
        domain="szkoleniagis-krakow.pl",
        phone="+48 12 ### ## ##",
        address="ul. Floriańska 15\n31-019 Kraków",
        mailbox="biuro",
    ),
    OrgSeed(
        "Capacitación SIG México",
        "MX",
        "approved",
        (("Sofía", "Hernández"),),
        (("Aula Ciudad de México", -99.1332, 19.4326), ("Aula Guadalajara", -103.3496, 20.6597)),
        domain="capacitacion-sig.com.mx",
        phone="+52 55 #### ####",
        address="Av. Paseo de la Reforma 222, piso 9\n06600 Ciudad de México, CDMX",
        mailbox="contacto",
        centre_phones=(("Aula Guadalajara", "+52 33 #### ####"),),
    ),
    # Countries without a local QGIS user group: the PSC reviews their applications.
    OrgSeed(
        "Lagos GeoSkills Academy",
        "NG",
        "approved",
        (("Chiamaka", "Okafor"),),
        (("Lagos Training Hub", 3.3792, 6.5244), ("Abuja Classroom", 7.4951, 9.0579)),
        domain="lagos-geoskills.com.ng",
        phone="+234 1 ### ####",
        address="15 Adeola Odeku Street\nVictoria Island, Lagos",
        centre_phones=(("Abuja Classroom", "+234 9 ### ####"),),
    ),
    OrgSeed(
        "Bengaluru Open GIS Institute",
        "IN",
        "submitted",
        (("Priya", "Raghavan"),),
        (("Bengaluru Campus", 77.5946, 12.9716), ("Open GIS Institute Online", None, None)),
        domain="bengaluru-opengis.in",
        phone="+91 80 #### ####",
        address="80 MG Road\nBengaluru 560001",
        mailbox="admissions",
    ),
)

#: The hostile rows of ``seed_demo --edge-cases`` (tests): markup and script in every text a
#: client shows, and text as long as the fields allow. Never in the demo a newcomer sees.
MARKUP_NAME = '<b>Bold</b> & "Quoted" GIS <script>alert(1)</script>'
LONG_NAME = (
    "International Institute for Advanced Training in Geographic Information Systems, Remote "
    "Sensing, Spatial Data Infrastructures and Open Source Geospatial Software of the Region "
    "of Leinster and Munster."
)
LONG_CENTRE = (
    "Training and Conference Centre of the International Institute for Advanced Training in "
    "Open Source Geospatial Software"
)
LONG_COURSE_TYPE = (
    "Advanced Course in Spatial Analysis, Cartography, Geoprocessing, Python Scripting and "
    "Plugin Development with QGIS for Experienced Users"
)

EDGE_CASE_ORGANISATIONS: tuple[OrgSeed, ...] = (
    OrgSeed(
        MARKUP_NAME,
        "GB",
        "approved",
        (("Robert'); DROP TABLE", "<i>Tables</i>"),),
        (("<img src=x onerror=alert(1)> Centre", -0.1276, 51.5072),),
        domain="markup.example",
        phone="+44 20 7946 0###",
        address='1 <i>Markup</i> Street\nLondon & "Co"',
        url="https://markup.example/?a=1&b=<b>2</b>",
    ),
    OrgSeed(
        LONG_NAME,
        "IE",
        "approved",
        (("Maximilian-Alexander", "Featherstonehaugh-Cholmondeley-Worthington"),),
        ((LONG_CENTRE, -6.2603, 53.3498),),
        domain="long-names.example",
        phone="+353 1 ### ####",
        address="\n".join(f"Building {n}, Very Long Street Name Number {n}" for n in range(1, 21)),
        course_types=(LONG_COURSE_TYPE,),
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


#: Letters NFKD does not take apart into an ASCII letter and accents.
_FOLD = str.maketrans(
    {
        "ß": "ss", "ẞ": "SS", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d",
        "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "\u0131": "i",
        "Ħ": "H", "ħ": "h",
    }
)  # fmt: skip


def ascii_fold(text: str) -> str:
    """Latin letters without their accents ('Ștefan Weiß' -> 'Stefan Weiss'); letters of
    other scripts (Chinese, Japanese) are dropped: callers check for that."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _key(text: str) -> str:
    """A lowercase ASCII token for slugs ('' when nothing Latin is left)."""
    return slugify(ascii_fold(text))


def username_for(first: str, last: str, suffix: str) -> str:
    """``first.last.<suffix>`` in ASCII when the name is in Latin letters ('Ștefan' ->
    'stefan', never 'tefan'); a name in another script stays as written ('陳志明.071'),
    which Django's username rules allow."""
    name = " ".join(part for part in (first, last) if part)
    lost = any(ch.isalpha() and not ascii_fold(ch) for ch in name)
    base = name if lost else ascii_fold(name)
    base = re.sub(r"[^\w]+", ".", re.sub("['\\u2019]", "", base.lower())).strip("._")
    return f"{base or 'convener'}.{suffix}"


def phone_number(pattern: str, key: str) -> str:
    """``pattern`` with each ``#`` a digit, the same digits for the same ``key`` every run."""
    rng = random.Random(f"{SEED}:{key}")  # noqa: S311 - reproducible demo data, not security
    return re.sub("#", lambda _match: str(rng.randint(0, 9)), pattern)


def course_type_slug(org_index: int, type_name: str, position: int = 1) -> str:
    """Stable slug: the seed finds its course types again on the next run. The position keeps
    two types apart whose names have no Latin letters to tell them apart."""
    return f"demo-{org_index:02d}-{position}-{_key(type_name) or 'course'}"[:200]


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


def _centre_mailbox(name: str, number: int) -> str:
    return _key(name)[:30].strip("-") or f"classroom{number}"


def build_plan(today: datetime.date, edge_cases: bool = False) -> list[OrganisationPlan]:
    """The whole demo catalogue for ``today``; deterministic. ``edge_cases`` appends the
    hostile organisations (:data:`EDGE_CASE_ORGANISATIONS`) after the demo's own, so the
    demo's rows are the same with or without them."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not security
    plans: list[OrganisationPlan] = []
    course_number = 0
    seeds = ORGANISATIONS + (EDGE_CASE_ORGANISATIONS if edge_cases else ())
    for index, seed in enumerate(seeds, start=1):
        language = COUNTRY_LANGUAGE.get(seed.country, "en")
        org = OrganisationPlan(
            name=seed.name,
            country=seed.country,
            status=seed.status,
            archived=seed.archived,
            email=f"{seed.mailbox}@{seed.domain}",
            url=seed.url or f"https://www.{seed.domain}/",
            address=seed.address,
            phone=phone_number(seed.phone, seed.name),
            credit_balance=rng.choice([0, 5, 20, 50]),
        )
        for n, (first, last) in enumerate(seed.conveners, start=1):
            username = username_for(first, last, f"{index:02d}{n}")
            org.conveners.append(ConvenerPlan(username, first, last))
        centre_phones = dict(seed.centre_phones)
        for name, lon, lat in seed.centres:
            number = len(org.centres) + 1
            org.centres.append(
                CentrePlan(
                    name=name,
                    longitude=lon,
                    latitude=lat,
                    email=f"{_centre_mailbox(name, number)}@{seed.domain}",
                    phone=phone_number(centre_phones.get(name, seed.phone), name),
                )
            )
        type_pool = COURSE_TYPES.get(language, COURSE_TYPES["en"])
        org.course_types.extend(seed.course_types or rng.sample(type_pool, 2))

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


def edge_case_names() -> tuple[str, ...]:
    """Names of the edge-case organisations: a plain ``seed_demo`` removes them again."""
    return tuple(seed.name for seed in EDGE_CASE_ORGANISATIONS)
