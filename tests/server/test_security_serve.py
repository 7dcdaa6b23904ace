"""`make serve` (scripts/serve.sh) survives slow clients and makes its own secret key.

The real script on a free loopback port with a throw-away SQLite ``DATA_DIR``: four clients
send half a request and keep the socket open (what two were enough for with the two ``sync``
workers); an ordinary request must still be answered promptly. The figures are printed
(``pytest -s``) for the record.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import stat
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.reference_server import free_port

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 120.0
SLOW_CLIENTS = 4
PROMPT_S = 2.0


def get(url: str, timeout: float) -> int:
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": "serve-test"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


class Served:
    def __init__(self, process: subprocess.Popen[bytes], port: int, data_dir: Path) -> None:
        self.process, self.port, self.data_dir = process, port, data_dir
        self.base = f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    data_dir = tmp_path_factory.mktemp("serve") / "data"
    port = free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "ALLOW_INSECURE_SECRET_KEY", "DEBUG"}
    }
    env.update(PORT=str(port), DATA_DIR=str(data_dir), SEED_DEMO="0", VENV=str(REPO / ".venv"))
    log = open(data_dir.parent / "serve.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        ["bash", str(REPO / "scripts" / "serve.sh")],
        env=env,
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    served = Served(process, port, data_dir)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail("serve.sh exited: " + (data_dir.parent / "serve.log").read_text())
            with contextlib.suppress(OSError):
                if get(served.base + "/healthz", timeout=2) == 200:
                    break
            if time.monotonic() > deadline:
                pytest.fail(
                    "serve.sh did not answer: " + (data_dir.parent / "serve.log").read_text()
                )
            time.sleep(0.3)
        yield served
    finally:
        # serve.sh stops gunicorn and the task worker on SIGTERM; the group kill is the backstop.
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=30)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        log.close()


def test_serve_generates_a_private_secret_key(served):
    key_file = served.data_dir / "secret_key"
    assert len(key_file.read_text().strip()) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_serve_runs_threaded_workers_and_a_task_worker(served):
    children = subprocess.run(
        ["ps", "-ww", "-o", "args=", "--ppid", str(served.process.pid)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "gunicorn_conf.py" in children and "db_worker" in children


def test_slow_clients_do_not_block_the_others(served):
    slow: list[socket.socket] = []
    try:
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection(("127.0.0.1", served.port), timeout=5)
            sock.sendall(b"GET /api/v1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow")
            slow.append(sock)  # headers never finished, socket kept open
        time.sleep(1.0)  # the workers have picked them up
        timings = []
        for path in ("/healthz", "/api/v1/", "/en/feed/upcoming-course/", "/healthz"):
            start = time.monotonic()
            status = get(served.base + path, timeout=10)
            timings.append(time.monotonic() - start)
            assert status == 200, path
        print(
            f"\n{SLOW_CLIENTS} half-open connections held; answers in "
            + ", ".join(f"{t * 1000:.0f} ms" for t in timings)
        )
        assert max(timings) < PROMPT_S
        for sock in slow:  # the slow clients are still connected, not dropped
            sock.setblocking(False)
            with pytest.raises(BlockingIOError):
                sock.recv(1)
    finally:
        for sock in slow:
            sock.close()
