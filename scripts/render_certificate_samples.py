"""Sample certificates, one per language, as PNG for the README (docs/images/).

    .venv/bin/python scripts/render_certificate_samples.py --out docs/images

Draws each certificate with ``certificates.pdf`` from rows made in memory (no database): a
course, its convener with a drawn signature, an organisation with a generated logo (or none,
to show the name instead), then ``pdftoppm -r 60 -png -singlefile`` (Debian poppler-utils)
writes ``certificate-<en|ro|sv|zh_TW>.png``. Images go to a throw-away MEDIA_ROOT.
"""

from __future__ import annotations

import argparse
import datetime
import io
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "server"))
os.environ["DJANGO_SETTINGS_MODULE"] = "certification_server.settings_test"
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="certificate-samples-")
os.environ.setdefault("PUBLIC_BASE_URL", "https://certification.qgis.org")

import django  # noqa: E402

django.setup()

from decimal import Decimal  # noqa: E402

from catalogue.models import (  # noqa: E402
    CertificateType,
    CertifyingOrganisation,
    Course,
    CourseConvener,
    CourseType,
    TrainingCenter,
)
from certificates.models import Certificate  # noqa: E402
from certificates.pdf import render_certificate_pdf  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.utils import timezone  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402


def png_bytes(img):
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def signature_png():
    img = Image.new("RGBA", (600, 180), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts = [
        (40 + t * 5.2, 100 + 38 * math.sin(t / 7.0) * math.cos(t / 23.0) - t * 0.15)
        for t in range(100)
    ]
    d.line(pts, fill=(25, 45, 120, 255), width=6, joint="curve")
    d.line([(300, 130), (560, 118)], fill=(25, 45, 120, 255), width=4)
    return png_bytes(img)


def logo_png(initials, colour):
    img = Image.new("RGBA", (360, 140), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((4, 4, 136, 136), 26, fill=colour)
    f = ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", 64)
    d.text((70, 72), initials, font=f, fill=(255, 255, 255, 255), anchor="mm")
    f2 = ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", 30)
    d.text((156, 52), "GEO", font=f2, fill=colour, anchor="lm")
    d.text((156, 92), "ACADEMY", font=f2, fill=(80, 80, 80, 255), anchor="lm")
    return png_bytes(img)


def stored(name, data):
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(data))


SIG = stored("signatures/demo.png", signature_png())
DATA = {
    "en": dict(
        org="Open Geo Academy",
        centre="Cape Town Campus",
        type="QGIS for Spatial Planning",
        competence="Digitising, geoprocessing and map layouts with QGIS",
        first="Emily",
        last="Carter",
        conv=("Dr.", "Thandiwe", "Nkosi", "PhD"),
        kind="completion",
        logo=("OG", (47, 110, 160, 255)),
    ),
    "ro": dict(
        org="Academia de Geomatică Brașov",
        centre="Centrul Brașov",
        type="Analiză spațială cu QGIS",
        competence="Analiză spațială și geoprocesare",
        first="Ștefan",
        last="Țurcanu",
        conv=("Prof. dr.", "Ana", "Popescu", ""),
        kind="completion",
        logo=None,
    ),
    "sv": dict(
        org="Göteborgs Kartskola",
        centre="Lindholmen",
        type="Kartframställning i QGIS",
        competence="Tematiska kartor och utskriftslayouter",
        first="Åsa",
        last="Ängström",
        conv=("Fil. dr.", "Karin", "Öberg", ""),
        kind="attendance",
        logo=("GK", (88, 150, 50, 255)),
    ),
    "zh_TW": dict(
        org="臺灣地理資訊學會",
        centre="臺北培訓中心",
        type="QGIS 空間分析入門",
        competence="向量資料處理、空間分析與地圖製作",
        first="小明",
        last="王",
        conv=("", "林志明", "", "博士"),
        kind="completion",
        logo=None,
    ),
}


def make(lang):
    d = DATA[lang]
    org = CertifyingOrganisation(name=d["org"], country="RO")
    if d["logo"]:
        org.logo.name = stored(f"organisation_logos/{lang}.png", logo_png(*d["logo"]))
    centre = TrainingCenter(name=d["centre"], certifying_organisation=org)
    ct = CourseType(name=d["type"], instruction_hours=Decimal("16.0"), certifying_organisation=org)
    title, first, last, degree = d["conv"]
    user = User(username="c", first_name=first, last_name=last)
    conv = CourseConvener(user=user, certifying_organisation=org, title=title, degree=degree)
    conv.signature.name = SIG
    course = Course(
        course_type=ct,
        course_convener=conv,
        training_center=centre,
        certifying_organisation=org,
        start_date=datetime.date(2026, 6, 2),
        end_date=datetime.date(2026, 6, 4),
        language="en",
        trained_competence=d["competence"],
    )
    typ = CertificateType(name=d["kind"], slug=d["kind"])
    return Certificate(
        number=1234,
        certificate_id="QGIS-1234",
        course=course,
        certificate_type=typ,
        language=lang,
        first_name=d["first"],
        surname=d["last"],
        issued_at=timezone.make_aware(datetime.datetime(2026, 6, 5, 10)),
        revision=1,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in DATA:
            pdf = Path(tmp) / f"certificate-{lang}.pdf"
            pdf.write_bytes(render_certificate_pdf(make(lang)))
            subprocess.run(  # noqa: S603 - fixed arguments
                ["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(out / pdf.stem)],  # noqa: S607 - poppler-utils from PATH
                check=True,
            )
            print(out / f"{pdf.stem}.png")


if __name__ == "__main__":
    main()
