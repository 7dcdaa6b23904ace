"""The device sign-in client (core.api.device_flow) against the real reference server.

The server's own rules decide: its interval, its slow_down for polls that come too fast,
the token given once. The driver's clock and sleep are fakes (time advances only when the
driver sleeps), so the waits it chooses are measured without waiting them; the server sees
the polls at real speed, which is why the second one answers slow_down.
"""

from __future__ import annotations

import base64
import threading
from typing import Any, Callable, List

import pytest
import requests

from certification_plugin.core.api import ApiSession
from certification_plugin.core.api import device_flow as flow
from certification_plugin.core.errors import AuthenticationError, CancelledError, NetworkError
from certification_plugin.core.http import HttpSession, RateLimiter
from certification_plugin.core.urllib_transport import UrllibTransport
from tests.fixtures.device_signin import WebPerson
from tests.fixtures.reference_server import free_port


class FakeTime:
    """A clock that moves only when ``sleep`` is called; ``waits`` adds up each wait."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: List[float] = []
        self.on_sleep: Callable[[], None] = lambda: None

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        self.on_sleep()


def api_session(base_url: str) -> ApiSession:
    http = HttpSession(
        UrllibTransport(use_environment_proxies=False),
        default_timeout_s=30,
        rate_limiter=RateLimiter(0),
    )
    return ApiSession(base_url + "api/v1/", http)


@pytest.fixture(scope="module")
def person(reference_server: Any) -> WebPerson:
    return WebPerson(reference_server)


@pytest.fixture
def api(reference_server: Any) -> ApiSession:
    return api_session(reference_server.base_url)


def me(reference_server: Any, username: str, token: str) -> requests.Response:
    auth = base64.b64encode(f"{username}:{token}".encode()).decode()
    return requests.get(
        reference_server.base_url + "api/v1/me/",
        headers={"Authorization": f"Basic {auth}", "Accept": "application/json"},
        timeout=30,
    )


def test_start_gives_the_code_and_the_pages(api: ApiSession, reference_server: Any) -> None:
    started = flow.start(api, "QGIS on test-host")
    assert len(started.device_code) >= 40
    assert len(started.user_code) == 9 and started.user_code[4] == "-"
    assert started.verification_uri == reference_server.base_url + "accounts/connect/"
    assert started.verification_uri_complete == (
        f"{started.verification_uri}?code={started.user_code}"
    )
    assert (started.expires_in, started.interval) == (600, 5)


def test_poll_answers_pending_then_slow_down(api: ApiSession) -> None:
    started = flow.start(api)
    assert isinstance(flow.poll(api, started.device_code), flow.Pending)
    assert isinstance(flow.poll(api, started.device_code), flow.SlowDown)
    assert isinstance(flow.poll(api, "no-such-device-code"), flow.Expired)


def test_the_driver_waits_slows_down_and_gets_the_token_once(
    api: ApiSession, person: WebPerson, reference_server: Any
) -> None:
    started = flow.start(api, "QGIS on driver-test")
    time = FakeTime()
    seen: List[Any] = []
    waits_before_poll: List[float] = []
    mark = [0]

    def on_poll(result: Any) -> None:
        waits_before_poll.append(sum(time.slept[mark[0] :]))
        mark[0] = len(time.slept)
        seen.append(type(result).__name__)
        if isinstance(result, flow.SlowDown):
            person.approve(started.user_code)  # approved in the browser meanwhile

    outcome = flow.wait_for_token(api, started, clock=time.clock, sleep=time.sleep, on_poll=on_poll)
    assert isinstance(outcome, flow.Granted)
    # First poll after the interval; the second came at real speed (slow_down); then 5 s more.
    assert seen == ["Pending", "SlowDown", "Granted"]
    assert waits_before_poll == [5.0, 5.0, 10.0]
    assert max(time.slept) <= flow.TICK_S
    assert outcome.username == person.username
    assert outcome.token_name == "QGIS on driver-test"
    assert outcome.token.startswith("qct_") and outcome.expires_at
    assert outcome.token not in repr(outcome)
    answer = me(reference_server, person.username, outcome.token)
    assert answer.status_code == 200 and answer.json()["username"] == person.username
    # Given once: the next poll finds the request ended.
    assert isinstance(flow.poll(api, started.device_code), flow.Expired)

    # Signing out revokes exactly that token.
    flow.revoke(api, headers={"Authorization": f"Token {outcome.token}"})
    assert me(reference_server, person.username, outcome.token).status_code == 401
    with pytest.raises(AuthenticationError):
        flow.revoke(api, headers={"Authorization": f"Token {outcome.token}"})


def test_the_driver_reports_a_denial(api: ApiSession, person: WebPerson) -> None:
    started = flow.start(api)
    time = FakeTime()
    person.deny(started.user_code)
    outcome = flow.wait_for_token(api, started, clock=time.clock, sleep=time.sleep)
    assert isinstance(outcome, flow.Denied) and outcome.detail


def test_the_driver_stops_when_the_request_runs_out(api: ApiSession) -> None:
    started = flow.start(api)
    short = flow.DeviceAuthorization(**{**started.__dict__, "expires_in": 12.0})
    time = FakeTime()
    polls: List[str] = []
    outcome = flow.wait_for_token(
        api,
        short,
        clock=time.clock,
        sleep=time.sleep,
        on_poll=lambda r: polls.append(type(r).__name__),
    )
    assert isinstance(outcome, flow.Expired)
    assert polls == ["Pending", "SlowDown"]  # the third poll would come after the end
    assert time.now - 1000.0 == pytest.approx(20.0)


def test_cancelling_stops_the_wait(api: ApiSession) -> None:
    started = flow.start(api)
    time = FakeTime()
    polls: List[str] = []
    with pytest.raises(CancelledError):
        flow.wait_for_token(
            api,
            started,
            clock=time.clock,
            sleep=time.sleep,
            is_cancelled=lambda: bool(polls),
            on_poll=lambda r: polls.append(type(r).__name__),
        )
    assert polls == ["Pending"]


def test_a_server_out_of_reach_backs_off_then_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    api = api_session(f"http://127.0.0.1:{free_port()}/")
    gone = flow.DeviceAuthorization("d" * 43, "BCDF-GHJK", "http://x/", "http://x/", 30.0, 5.0)
    time = FakeTime()
    polled_at: List[float] = []
    original = flow.poll

    def counting_poll(*args: Any, **kwargs: Any) -> Any:
        polled_at.append(time.now - 1000.0)
        return original(*args, **kwargs)

    monkeypatch.setattr(flow, "poll", counting_poll)
    with pytest.raises(NetworkError):
        flow.wait_for_token(api, gone, clock=time.clock, sleep=time.sleep)
    assert polled_at == [5.0, 15.0]  # 5 s, then twice as long; the next would be past the end


def test_racing_polls_get_the_token_once(
    api: ApiSession, person: WebPerson, reference_server: Any
) -> None:
    """Eight polls at once after approval (two server processes): one token, seven ends."""
    started = flow.start(api)
    person.approve(started.user_code)
    barrier = threading.Barrier(8)
    results: List[Any] = []

    def race() -> None:
        session = api_session(reference_server.base_url)
        barrier.wait()
        results.append(flow.poll(session, started.device_code))

    threads = [threading.Thread(target=race) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    kinds = sorted(type(result).__name__ for result in results)
    assert kinds == ["Expired"] * 7 + ["Granted"]
