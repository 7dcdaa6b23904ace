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
import sys
import tempfile
import time

from benchlib import (
    SERVER,
    fetch,
    free_port,
    median_ms,
    server_env,
    start_gunicorn,
    stop,
    wait_until_up,
)

URL = "/api/v1/courses/?page_size=1000"


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
        rows = representations.courses(anonymous_visible()).select_related(
            "course_type", "course_convener__user", "training_center", "certifying_organisation"
        )[:1000]
        CourseModelSerializer(rows, many=True).data  # noqa: B018

    return median_ms(run, repeat)


def anonymous_visible():
    """The rows an anonymous client sees, as the API's views filter them."""
    from catalogue.rules import visible_q
    from django.contrib.auth.models import AnonymousUser

    return visible_q(AnonymousUser(), "certifying_organisation__")


def http_ms(env: dict[str, str], repeat: int) -> float:
    """Median latency of the page over HTTP, gunicorn with one worker."""
    port = free_port()
    server = start_gunicorn(env, port, workers=1)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server)
        return median_ms(lambda: fetch(base + URL, {"Accept": "application/json"}), repeat)
    finally:
        stop(server)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-api-") as data_dir:
        env = server_env(data_dir)
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
        call_command("seed_bench", "--courses", str(args.courses), "--centres", "2000")
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
            lambda: list(
                representations.courses(anonymous_visible()).values(*representations.COURSE_FIELDS)[
                    :1000
                ]
            ),
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
