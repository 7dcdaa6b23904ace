"""Shared pieces of the benchmarks: a throw-away reference server on loopback and timing.

Every benchmark prints ratios against a reference measured in the same run, and medians:
the machines are noisy, absolute numbers are not comparable from one run to the next.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Callable, Iterator

REPO = Path(__file__).resolve().parent.parent
SERVER = REPO / "server"
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) QGIS/32216 qgis-certification-bench/0.1"
STARTUP_TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def median_ms(fn: Callable[[], Any], repeat: int, warm_up: bool = True) -> float:
    """Median wall time of ``fn`` in milliseconds over ``repeat`` runs."""
    if warm_up:
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def fetch(url: str, headers: dict[str, str] | None = None, timeout: float = 30.0):
    """(status, body, headers) for a GET on loopback; HTTP errors are answers, not exceptions."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"loopback only: {url}")
    headers = {"User-Agent": USER_AGENT, **(headers or {})}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - checked above
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers or {})


def post(url: str, data: bytes, headers: dict[str, str], timeout: float) -> tuple[int, bytes, bool]:
    """(status, body, ok) for a JSON POST on loopback; HTTP errors are answers (``ok`` false),
    not exceptions."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"loopback only: {url}")
    request = urllib.request.Request(  # noqa: S310 - loopback, checked above
        url,
        data=data,
        method="POST",
        headers={"User-Agent": USER_AGENT, "Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return int(response.status), response.read(), True
    except urllib.error.HTTPError as error:
        return int(error.code), error.read(), False


def start_run(parser: Any, args: Any) -> None:
    """A bench's start: a SIGTERM (make's, a timeout's) unwinds like Ctrl-C, so the servers
    it starts stop; ``--postgres`` without ``DATABASE_URL`` is the parser's error."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.postgres and not os.environ.get("DATABASE_URL"):
        parser.error("--postgres needs DATABASE_URL (run it under scripts/with-postgres.sh)")


def verdict(ok: bool) -> str:
    """A goal's word in a report."""
    return "met" if ok else "MISSED"


def server_env(data_dir: str) -> dict[str, str]:
    """The environment of a server on a fresh SQLite file in ``data_dir``."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_DEBUG"}}
    env.update(
        DATA_DIR=data_dir,
        DJANGO_SETTINGS_MODULE="certification_server.settings",
        DEBUG="0",
        # Production settings refuse to start without a key: a throw-away one per server.
        SECRET_KEY=secrets.token_urlsafe(50),
        LOG_LEVEL="ERROR",
    )
    return env


def run_manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, str(SERVER / "manage.py"), *args], env=env, check=True, cwd=SERVER
    )


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    """gunicorn with `make serve`'s own settings (threaded workers), so the figures are the
    service's as it is deployed."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = {**env, "BIND": f"127.0.0.1:{port}", "WORKERS": str(workers), "ACCESS_LOG": "0"}
    return subprocess.Popen(
        [
            str(gunicorn),
            "--chdir",
            str(SERVER),
            "-c",
            str(SERVER / "certification_server" / "gunicorn_conf.py"),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=SERVER,
        start_new_session=True,
    )


def stop(process: subprocess.Popen) -> None:
    """Stop gunicorn: SIGTERM to the master, which stops its workers and exits.

    If it does not exit in time, SIGKILL goes to its process group (master and workers, all
    started here) while the master is still an unreaped child, so the group id is still ours.
    """
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            if fetch(base + "/", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer in time")


@contextlib.contextmanager
def bench_server(courses: int, centres: int, workers: int = 2) -> Iterator[str]:
    """A gunicorn server on a fresh SQLite catalogue of ``courses``/``centres``; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="cert-bench-") as data_dir:
        env = server_env(data_dir)
        print(f"Preparing a fresh SQLite database in {data_dir} ...", flush=True)
        run_manage(env, "migrate", "--noinput", "-v", "0")
        run_manage(env, "seed_bench", "--courses", str(courses), "--centres", str(centres))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start_gunicorn(env, port, workers)
        try:
            wait_until_up(base, process)
            yield base
        finally:
            stop(process)


def run_task_with_ticker(title: str, work: Callable[[Any], Any], tick_ms: int) -> tuple[Any, dict]:
    """Runs ``work(context)`` in a plugin ``FunctionTask`` while a main-thread timer ticks every
    ``tick_ms``: (the task's result, {"seconds", "stall_ms"}), the longest gap between ticks
    being how long the main thread was kept from its event loop. A task error is raised."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    from certification_plugin.qgis_io.tasks import FunctionTask

    outcome: dict = {}
    loop = QEventLoop()

    def done(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    task = FunctionTask(
        title,
        work,
        on_success=lambda result: done("result", result),
        on_error=lambda error: done("error", error),
    )
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(tick_ms)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    started = time.perf_counter()
    ticks.append(started)
    QgsApplication.taskManager().addTask(task)
    loop.exec()
    elapsed = time.perf_counter() - started
    ticks.append(time.perf_counter())
    ticker.stop()
    if "error" in outcome:
        raise outcome["error"]
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    return outcome["result"], {"seconds": elapsed, "stall_ms": max(gaps) * 1000 if gaps else 0.0}


class MultipartStream:
    """Form fields and one file as a multipart body read from disk in 1 MiB chunks, the way
    a plain HTTP client streams it (``requests.post(data=stream)``); ``len()`` is its length."""

    def __init__(
        self,
        path: str,
        fields: dict | None = None,
        field: str = "file",
        filename: str | None = None,
        content_type: str = "application/octet-stream",
        chunk: int = 1 << 20,
    ) -> None:
        import uuid

        self.path = path
        self.chunk = chunk
        self.boundary = "bench-" + uuid.uuid4().hex
        parts = [
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            for name, value in (fields or {}).items()
        ]
        parts.append(
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="{field}"; '
            f'filename="{filename or os.path.basename(path)}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        )
        self.head = "".join(parts).encode()
        self.tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self.head) + os.path.getsize(self.path) + len(self.tail)

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        with open(self.path, "rb") as handle:
            while block := handle.read(self.chunk):
                yield block
        yield self.tail
