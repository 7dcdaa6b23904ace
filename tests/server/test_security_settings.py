"""Production settings: a real SECRET_KEY is required, `check --deploy` is clean, HTTPS=1 means
HSTS and a redirect to HTTPS (except for the health check).

The settings are read at import, so each case runs ``manage.py`` in a subprocess with exactly
the environment it states (the test process itself runs the test settings).
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SERVER = REPO / "server"
#: Variables of the test process that would change what the settings do.
CLEARED = ("SECRET_KEY", "ALLOW_INSECURE_SECRET_KEY", "DEBUG", "HTTPS", "DATABASE_URL")


def manage(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in CLEARED}
    environment.update(
        DJANGO_SETTINGS_MODULE="certification_server.settings",
        DATA_DIR=str(tmp_path / "data"),
        **env,
    )
    return subprocess.run(
        [sys.executable, str(SERVER / "manage.py"), *args],
        env=environment,
        cwd=SERVER,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def strong_key() -> str:
    return secrets.token_urlsafe(50)


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    run = manage(tmp_path, "check")
    assert run.returncode != 0
    assert "SECRET_KEY is not set" in run.stderr
    assert "secrets.token_urlsafe" in run.stderr  # says how to make one


def test_debug_off_does_not_fall_back_to_the_development_key(tmp_path):
    run = manage(tmp_path, "check", DEBUG="0", ALLOW_INSECURE_SECRET_KEY="0")
    assert run.returncode != 0 and "SECRET_KEY is not set" in run.stderr


@pytest.mark.parametrize(
    "env",
    [{"DEBUG": "1"}, {"ALLOW_INSECURE_SECRET_KEY": "1"}, {"SECRET_KEY": "x" * 60}],
    ids=["debug", "explicit-opt-in", "key-set"],
)
def test_the_development_key_needs_debug_or_the_opt_in(tmp_path, env):
    run = manage(tmp_path, "check", **env)
    assert run.returncode == 0, run.stderr[-2000:]


def test_check_deploy_reports_nothing_with_production_settings(tmp_path):
    run = manage(tmp_path, "check", "--deploy", SECRET_KEY=strong_key(), HTTPS="1", DEBUG="0")
    assert run.returncode == 0, run.stderr[-3000:]
    output = run.stdout + run.stderr
    assert "System check identified no issues" in output
    assert "WARNING" not in output.upper()


def test_check_deploy_warns_without_https(tmp_path):
    """The check above is not blind: the same command without HTTPS=1 does warn."""
    run = manage(tmp_path, "check", "--deploy", SECRET_KEY=strong_key(), DEBUG="0")
    output = run.stdout + run.stderr
    assert "security.W004" in output and "security.W008" in output


SHOW_SECURITY = (
    "from django.conf import settings as s; import json; print(json.dumps({k: getattr(s, k, None)"
    " for k in ('SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS',"
    " 'SECURE_HSTS_PRELOAD', 'SECURE_PROXY_SSL_HEADER', 'SECURE_REDIRECT_EXEMPT',"
    " 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE')}))"
)


def security_settings(tmp_path: Path, **env: str) -> dict:
    run = manage(tmp_path, "shell", "-c", SHOW_SECURITY, SECRET_KEY=strong_key(), **env)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_https_turns_on_hsts_redirect_and_secure_cookies(tmp_path):
    on = security_settings(tmp_path, HTTPS="1")
    assert on["SECURE_SSL_REDIRECT"] is True
    assert on["SECURE_HSTS_SECONDS"] >= 31536000
    assert on["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert on["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert on["SESSION_COOKIE_SECURE"] is True and on["CSRF_COOKIE_SECURE"] is True
    off = security_settings(tmp_path)
    assert not off["SECURE_SSL_REDIRECT"] and not off["SECURE_HSTS_SECONDS"]


@pytest.fixture
def https_settings(settings, tmp_path):
    """The test process's settings with what HTTPS=1 sets (read from a real settings import)."""
    for name, value in security_settings(tmp_path, HTTPS="1").items():
        setattr(settings, name, tuple(value) if name == "SECURE_PROXY_SSL_HEADER" else value)
    return settings


@pytest.mark.django_db
def test_https_redirects_plain_http_and_sends_hsts_over_https(https_settings, client):
    plain = client.get("/en/feed/upcoming-course/", HTTP_ACCEPT="application/json")
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/en/feed/upcoming-course/"
    assert "Strict-Transport-Security" not in plain  # HSTS only means something over HTTPS

    secure = client.get(
        "/en/feed/upcoming-course/",
        HTTP_ACCEPT="application/json",
        HTTP_X_FORWARDED_PROTO="https",
    )
    assert secure.status_code == 200
    hsts = secure["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/healthz", "/healthz/"])
def test_health_check_is_exempt_from_the_https_redirect(https_settings, client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
