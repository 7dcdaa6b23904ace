"""Paying on the sandbox card page as a person does in the browser (tests and the
screenshot script): open the page, press "Pay" (its form posted with its CSRF token)."""

from __future__ import annotations

import urllib.parse
import urllib.request
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from typing import Any, Dict, List, Optional, Tuple


class FormReader(HTMLParser):
    """The sandbox page's forms: action, hidden fields and submit buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: List[Dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append({"action": found.get("action", ""), "fields": {}, "buttons": []})
        elif self.forms and tag == "input" and found.get("type", "text") != "submit":
            if found.get("name"):
                self.forms[-1]["fields"][found["name"]] = found.get("value", "")
        elif self.forms and tag in ("button", "input"):
            self.forms[-1]["buttons"].append(found)
            self.forms[-1]["_open"] = found

    def handle_data(self, data: str) -> None:
        if self.forms and "_open" in self.forms[-1] and data.strip():
            self.forms[-1]["_open"].setdefault("text", data.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag == "button" and self.forms:
            self.forms[-1].pop("_open", None)


def pay_on_sandbox(checkout_url: str) -> str:
    """What a person does in the browser: open the sandbox page and press "Pay"."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(checkout_url, timeout=30) as response:
        page = response.read().decode("utf-8")
    assert "TEST PAYMENT" in page.upper()
    reader = FormReader()
    reader.feed(page)

    def is_pay(button: Dict[str, str]) -> bool:
        words = " ".join(button.get(k, "") for k in ("value", "text", "name")).lower()
        return "pay" in words and "decline" not in words

    form = next(f for f in reader.forms if any(is_pay(b) for b in f["buttons"]))
    button = next(b for b in form["buttons"] if is_pay(b))
    fields = dict(form["fields"])
    if button.get("name"):
        fields[button["name"]] = button.get("value", "")
    target = urllib.parse.urljoin(checkout_url, form["action"] or checkout_url)
    request = urllib.request.Request(
        target,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Referer": checkout_url},
        method="POST",
    )
    with opener.open(request, timeout=30) as response:
        assert response.status == 200
        return response.read().decode("utf-8")
