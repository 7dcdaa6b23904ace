"""Benchmark: GET /api/v1/courses/?page_size=1000 against a catalogue of 10,000 courses.

Runs on a throw-away SQLite database (or $DATABASE_URL). Reports the median latency
in-process (Django test client) and over HTTP (gunicorn on 127.0.0.1), each as a ratio to a
reference measured in the same run: the bare ``values()`` query for the same 1000 rows, the
least any implementation must do. A DRF serializer over model instances is timed too, to
show why the API builds plain dicts.

    .venv/bin/python bench/api_courses.py [--courses 10000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "server"
URL = "/api/v1/courses/?page_size=1000"


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def populate(count: int) -> None:
    from catalogue.models import (
        CertifyingOrganisation,
        Course,
        CourseConvener,
        CourseType,
        TrainingCenter,
    )
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    today = timezone.localdate()
    orgs, per_org = 50, count // 50
    user_model = get_user_model()
    for n in range(orgs):
        org = CertifyingOrganisation.objects.create(
            name=f"Bench organisation {n}",
            country="RO" if n % 2 else "SE",
            organisation_email="bench@example.org",
            status="approved",
        )
        centres = [
            TrainingCenter.objects.create(
                certifying_organisation=org,
                name=f"Bench centre {n}-{i}",
                longitude=None if i == 0 else 20.0 + i,
                latitude=None if i == 0 else 45.0 + i,
            )
            for i in range(4)
        ]
        kind = CourseType.objects.create(certifying_organisation=org, name=f"Bench type {n}")
        user = user_model.objects.create_user(f"bench{n}", first_name="Bench", last_name=str(n))
        convener = CourseConvener.objects.create(user=user, certifying_organisation=org)
        Course.objects.bulk_create(
            [
                Course(
                    certifying_organisation=org,
                    training_center=centres[i % 4],
                    course_type=kind,
                    course_convener=convener,
                    name=f"Bench course {n}-{i}",
                    slug=f"bench-course-{n}-{i}",
                    start_date=today + timedelta(days=i % 400),
                    end_date=today + timedelta(days=i % 400 + 2),
                    language="ro",
                )
                for i in range(per_org)
            ],
            batch_size=1000,
        )


def drf_serializer_ms(repeat: int) -> float:
    """The same page with a DRF ModelSerializer over select_related instances (for contrast)."""
    from api import representations
    from catalogue.models import Course
    from rest_framework import serializers

    class CourseModelSerializer(serializers.ModelSerializer):
        course_type = serializers.CharField(source="course_type.slug")
        course_type_name = serializers.CharField(source="course_type.name")
        course_convener_name = serializers.CharField(source="course_convener.full_name")
        training_centre = serializers.IntegerField(source="training_center_id")
        training_centre_name = serializers.CharField(source="training_center.name")
        organisation = serializers.CharField(source="certifying_organisation.slug")
        organisation_name = serializers.CharField(source="certifying_organisation.name")
        country = serializers.CharField(source="certifying_organisation.country")
        online = serializers.BooleanField(source="training_center.online")
        longitude = serializers.FloatField(source="training_center.longitude")
        latitude = serializers.FloatField(source="training_center.latitude")

        class Meta:
            model = Course
            fields = (
                "id",
                "name",
                "start_date",
                "end_date",
                "course_type",
                "course_type_name",
                "course_convener_name",
                "training_centre",
                "training_centre_name",
                "organisation",
                "organisation_name",
                "country",
                "language",
                "trained_competence",
                "online",
                "longitude",
                "latitude",
                "updated_at",
            )

    def run() -> None:
        rows = representations.courses().select_related(
            "course_type", "course_convener__user", "training_center", "certifying_organisation"
        )[:1000]
        CourseModelSerializer(rows, many=True).data  # noqa: B018

    return median_ms(run, repeat)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_ms(env: dict[str, str], repeat: int) -> float:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--chdir",
            str(SERVER),
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "certification_server.wsgi:application",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}{URL}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=5).read()  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)

        def fetch() -> None:
            request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                response.read()

        return median_ms(fetch, repeat)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-api-") as data_dir:
        env = {
            **os.environ,
            "DATA_DIR": data_dir,
            "DJANGO_SETTINGS_MODULE": "certification_server.settings",
            "CONN_MAX_AGE": "60",
        }
        os.environ.update(env)
        sys.path.insert(0, str(SERVER))
        import django

        django.setup()
        from api import representations
        from catalogue.models import Course
        from django.core.management import call_command
        from django.test import Client
        from django.test.utils import setup_test_environment

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        populate(args.courses)
        print(
            f"catalogue: {Course.objects.count()} courses "
            f"({time.perf_counter() - started:.1f} s to create)"
        )

        setup_test_environment()
        client = Client(HTTP_ACCEPT="application/json")
        response = client.get(URL)
        assert response.status_code == 200 and len(response.json()["results"]) == 1000
        size_kb = len(response.content) / 1024

        reference = median_ms(
            lambda: list(representations.courses().values(*representations.COURSE_FIELDS)[:1000]),
            args.repeat,
        )
        in_process = median_ms(lambda: client.get(URL), args.repeat)
        geojson = median_ms(lambda: client.get(URL + "&format=geojson"), args.repeat)
        not_modified = median_ms(
            lambda: client.get(URL, HTTP_IF_NONE_MATCH=response["ETag"]), args.repeat
        )
        serializer = drf_serializer_ms(args.repeat)
        over_http = http_ms(env, args.repeat)

    print(f"response: {size_kb:.0f} KiB for 1000 courses")
    print(f"reference  values() query, 1000 rows     {reference:8.1f} ms  1.00x")
    for label, value in (
        ("API JSON, in-process (test client)", in_process),
        ("API GeoJSON, in-process", geojson),
        ("API JSON over HTTP (gunicorn, 1 worker)", over_http),
        ("304 Not Modified, in-process", not_modified),
        ("DRF ModelSerializer, same rows (contrast)", serializer),
    ):
        print(f"{label:<41} {value:8.1f} ms  {value / reference:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
