"""Benchmark of the "Review applications" dock against the reference server, in real QGIS.

    .venv/bin/python bench/reviews_bench.py [--assignments 200] [--contributions 50]
        [--files 20] [--repeat 7]

A fresh reference server (gunicorn, 2 workers, loopback, SQLite) holds ``--assignments``
applications routed to the bench reviewer's user group, made through the domains
(bench/review_data.py): submitted, accepted by a manager, routed; declarations, drafts and
submitted reviews on some. One of them has ``--contributions`` contributions and ``--files``
files, and the reviewer has declared no conflict on it.

Measured, each the median of ``--repeat`` runs, on the main thread through the plugin's own
transport (QGIS's network stack, no ETag cache, so every answer is a full one):

* the queue: ``GET /api/v1/review-queue/`` parsed by ``ReviewsClient.queue`` (the request),
  then the dock's queue page filled from it (the fill); goal: both together < 500 ms;
* the application: the dock's application page opening the queue item (``load``: the
  requests it makes, the submitted round and the files, then the page filled from them,
  its task run at once on the main thread); goal: < 300 ms. The requests alone and the fill
  alone (``show_snapshot``) are printed too.

Each figure is also printed as a ratio to a reference measured in the same run: the smallest
signed-in request (``GET /api/v1/me/``) for the requests, and a plain ``QTableWidget`` given
the same rows for the queue's fill. Nothing is asserted on time: goals are reported as met or
missed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Dict, List

from benchlib import REPO, free_port, median_ms, server_env, start_gunicorn, stop, wait_until_up
from review_data import build_application, build_queue, release_database, setup_django

sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsTask

GOALS_MS = {"queue": 500.0, "application": 300.0}


def clients(base: str, token: str) -> tuple[Any, Any, Any]:
    """(ApiSession, ReviewsClient, ApplicationsClient) over the plugin's QGIS transport."""
    from certification_plugin.core.api.session import ApiSession
    from certification_plugin.core.applications import ApplicationsClient
    from certification_plugin.core.http import HttpSession
    from certification_plugin.core.reviews import ReviewsClient
    from certification_plugin.core.urls import api_url
    from certification_plugin.qgis_io.client_factory import parallel_requests_for, rate_limit_for
    from certification_plugin.qgis_io.network import QgisTransport, default_user_agent

    http = HttpSession(
        QgisTransport("", default_user_agent()),
        default_timeout_s=60.0,
        rate_limit_per_s=rate_limit_for(base),
        max_parallel=parallel_requests_for(base),
    )
    api = ApiSession(api_url(base), http)
    headers = {"Authorization": f"Token {token}"}
    return api, ReviewsClient(api, "en", headers), ApplicationsClient(api, "en", headers)


def context_for(reviews: Any, applications: Any, work: Path) -> Any:
    """A ReviewContext whose ``run`` runs the work at once (the bench times the main thread)."""
    from certification_plugin.gui.reviews.context import ReviewContext
    from certification_plugin.qgis_io.drafts import DraftStore
    from certification_plugin.qgis_io.tasks import TaskContext

    class MainThreadTask(QgsTask):
        def run(self) -> bool:
            return True

    task = MainThreadTask("reviews bench")

    def run(description: str, work_fn: Callable, done: Callable, failed: Callable, **_: Any):
        try:
            result = work_fn(TaskContext(task))
        except Exception as error:  # handed over like the task runner does
            failed(error)
        else:
            done(result)

    return ReviewContext(
        reviews=reviews,
        applications=applications,
        run=run,
        drafts=DraftStore(str(work / "drafts")),
        push_message=lambda _text, _level: None,
        username="bench-reviewer",
        is_manager=False,
        server_key="bench",
    )


def settle() -> None:
    QgsApplication.processEvents()


def plain_table_fill(items: List[Any]) -> Callable[[], None]:
    """The reference fill: a QTableWidget given the same rows' texts, nothing more."""
    from qgis.PyQt.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget()
    table.resize(460, 700)
    table.show()

    def fill() -> None:
        table.setRowCount(0)
        table.setColumnCount(6)
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            texts = (
                item.organisation,
                item.country,
                str(item.round),
                ", ".join(item.routed_groups) or item.routed_kind,
                "" if item.due_in_days is None else str(item.due_in_days),
                item.state,
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        settle()

    fill.table = table  # type: ignore[attr-defined]
    return fill


def queue_page_fill(context: Any, queue: Any) -> Callable[[], None]:
    """The dock's queue page given the parsed queue (as the dock does after its request)."""
    from certification_plugin.gui.reviews.queue_page import QueuePage

    page = QueuePage()
    page.resize(460, 700)
    page.show()

    def fill() -> None:
        page.set_items(queue.items)
        settle()

    fill.page = page  # type: ignore[attr-defined]
    return fill


def application_requests(applications: Any, application_id: int, number: int) -> Callable:
    """What the application page asks for: the submitted round and the files."""

    def fetch() -> tuple[dict, list]:
        snapshot = applications.round(application_id, number).snapshot
        return snapshot, applications.materials(application_id)

    return fetch


def application_page(context: Any) -> Any:
    from certification_plugin.gui.reviews.application_page import ApplicationPage

    page = ApplicationPage(context)
    page.resize(460, 900)
    page.show()
    return page


def measure(base: str, data: Any, application_id: int, repeat: int, work: Path) -> Dict:
    token = data.reviewer_token
    api, reviews, applications = clients(base, token)
    context = context_for(reviews, applications, work)
    out: Dict[str, Any] = {}
    signed_in = {"Authorization": f"Token {token}"}
    out["reference_me_ms"] = median_ms(lambda: api.get("me/", headers=signed_in), repeat)
    queue = reviews.queue()
    out["queue_items"] = len(queue.items)
    out["queue_request_ms"] = median_ms(reviews.queue, repeat)
    out["plain_table_fill_ms"] = median_ms(plain_table_fill(list(queue.items)), repeat)
    out["queue_fill_ms"] = median_ms(queue_page_fill(context, queue), repeat)
    out["queue_total_ms"] = out["queue_request_ms"] + out["queue_fill_ms"]
    _api, managers, _apps = clients(base, data.manager_token)
    out["manager_queue_items"] = len(managers.queue().items)
    out["manager_queue_request_ms"] = median_ms(managers.queue, repeat)

    item = next(i for i in queue.items if i.application == application_id)
    fetch = application_requests(applications, application_id, item.round)
    snapshot, materials = fetch()
    out["application_contributions"] = len(snapshot.get("contributions") or [])
    out["application_files"] = len(materials)
    out["application_requests_ms"] = median_ms(fetch, repeat)
    page = application_page(context)

    def fill() -> None:
        page.show_snapshot(snapshot, materials)
        settle()

    def open_item() -> None:
        page.load(item.data)  # the context runs its requests at once, then fills the page
        settle()

    out["application_fill_ms"] = median_ms(fill, repeat)
    out["application_open_ms"] = median_ms(open_item, repeat)
    if len(page.materials) != len(materials):
        raise RuntimeError(f"the page did not show the files: {page.status.text()}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignments", type=int, default=200)
    parser.add_argument("--contributions", type=int, default=50)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "reviews_bench.json"
    )
    args = parser.parse_args()

    app = QgsApplication([], True)
    app.initQgis()
    try:
        with tempfile.TemporaryDirectory(prefix="reviews-bench-") as data_dir:
            env = server_env(data_dir)
            print(f"Preparing {args.assignments} routed applications in {data_dir} ...", flush=True)
            setup_django(data_dir, env)
            big = build_application(contributions=args.contributions, files=args.files)
            queue = build_queue(args.assignments - 1)
            release_database()
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            process = start_gunicorn(env, port, workers=2)
            try:
                wait_until_up(base, process)
                run = measure(base, queue, big.applications[0], args.repeat, Path(data_dir))
            finally:
                stop(process)
    finally:
        app.exitQgis()

    results = {
        "assignments": args.assignments,
        "contributions": args.contributions,
        "files": args.files,
        "repeat": args.repeat,
        "goals_ms": GOALS_MS,
        **run,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    report(results)
    return 0


def report(r: Dict[str, Any]) -> None:
    me = r["reference_me_ms"]
    plain = r["plain_table_fill_ms"]
    print(f"Review dock against the reference server (gunicorn, SQLite), median of {r['repeat']}")
    print(f"  reference: GET /api/v1/me/                {me:8.1f} ms")
    print(f"  queue of {r['queue_items']} assignments")
    print(
        f"    request (GET review-queue, parsed)     {r['queue_request_ms']:8.1f} ms"
        f"  ({r['queue_request_ms'] / me:.1f} x me/)"
    )
    print(
        f"    queue page filled                      {r['queue_fill_ms']:8.1f} ms"
        f"  ({r['queue_fill_ms'] / plain:.1f} x a plain QTableWidget, {plain:.1f} ms)"
    )
    total = r["queue_total_ms"]
    goal = r["goals_ms"]["queue"]
    print(f"    goal: total < {goal:.0f} ms: {total:.1f} ms, {'met' if total < goal else 'MISSED'}")
    label = f"the manager's queue ({r['manager_queue_items']} items)"
    manager = r["manager_queue_request_ms"]
    print(f"    {label:<39}{manager:8.1f} ms  ({manager / me:.1f} x me/)")
    print(
        f"  application with {r['application_contributions']} contributions and "
        f"{r['application_files']} files"
    )
    print(
        f"    requests (round, files)                {r['application_requests_ms']:8.1f} ms"
        f"  ({r['application_requests_ms'] / me:.1f} x me/)"
    )
    print(f"    page filled from them (show_snapshot)  {r['application_fill_ms']:8.1f} ms")
    total = r["application_open_ms"]
    print(f"    page opened (load: requests and fill)  {total:8.1f} ms  ({total / me:.1f} x me/)")
    goal = r["goals_ms"]["application"]
    print(f"    goal: total < {goal:.0f} ms: {total:.1f} ms, {'met' if total < goal else 'MISSED'}")


if __name__ == "__main__":
    sys.exit(main())
