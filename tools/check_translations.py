"""Translation gate: every string of the plugin is translated into every shipped language.

Fails when
* a .ts file or its compiled .qm is missing;
* a message is unfinished or empty (in any plural form) in ro, sv or zh_TW;
* a translation loses or invents a placeholder ({0}, {name}, %n, %1) or an HTML tag, which
  would break ``.format()`` or the markup at run time;
* the .ts files are stale: the strings pylupdate5 extracts from the code now (into a temporary
  folder) are not exactly the strings in the .ts files;
* a .qm file is not what lrelease makes from its .ts today.

Usage: python -m tools.check_translations [--i18n-dir DIR] [--plugin-dir DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import xml.etree.ElementTree as ET  # reads this repository's own .ts files
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tools import i18n

_BRACE_FIELD = re.compile(r"(?<!\{)\{([A-Za-z0-9_]*)(?:[:!][^{}]*)?\}(?!\})")
_PERCENT_ARG = re.compile(r"%(?:n|L?[1-9][0-9]?)")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_SKIPPED_TYPES = frozenset({"obsolete", "vanished"})


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.problems.append(text)


def read_ts(path: Path) -> list[Message]:
    """The live messages of a .ts file (obsolete and vanished entries are ignored)."""
    root = ET.parse(path).getroot()  # noqa: S314 - a file of this repository
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in _SKIPPED_TYPES:
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", default=""),
                    numerus=numerus,
                    translations=texts,
                    finished=kind != "unfinished",
                )
            )
    return messages


def _placeholders(text: str) -> list[str]:
    """Placeholders with repeats: "{} of {}" needs two, so a lost one is noticed."""
    fields = [f"{{{m.group(1)}}}" for m in _BRACE_FIELD.finditer(text)]
    return sorted(fields + _PERCENT_ARG.findall(text))


def _tags(text: str) -> list[str]:
    return sorted(match.group(0).split()[0].rstrip(">").lower() for match in _TAG.finditer(text))


def check_messages(language: str, messages: Sequence[Message], report: Report) -> None:
    for message in messages:
        where = f"[{language}] {message.context}: {message.source!r}"
        if not message.finished or not message.translations:
            report.add(f"{where} is not translated")
            continue
        if any(not text.strip() for text in message.translations):
            report.add(f"{where} has an empty translation")
            continue
        expected = _placeholders(message.source)
        tags = _tags(message.source)
        for text in message.translations:
            found = _placeholders(text)
            if message.numerus:
                # A singular form may spell the number out ("un curs"): %n is optional there.
                expected_here = [p for p in expected if p != "%n"]
                found_here = [p for p in found if p != "%n"]
            else:
                expected_here, found_here = expected, found
            if expected_here != found_here:
                report.add(
                    f"{where}: placeholders {found_here} in {text!r}, expected {expected_here}"
                )
            if _tags(text) != tags:
                report.add(f"{where}: markup {_tags(text)} in {text!r}, expected {tags}")
        if (
            message.numerus
            and "%n" in expected
            and not any("%n" in text for text in message.translations)
        ):
            report.add(f"{where}: no plural form uses %n")


def check(i18n_dir: Path, plugin_dir: Path) -> Report:
    report = Report()
    committed: dict[str, set[tuple[str, str]]] = {}
    for language in i18n.LANGUAGES:
        ts = i18n.ts_path(language, i18n_dir)
        if not ts.is_file():
            report.add(f"{ts} is missing: run `make translations`")
            continue
        messages = read_ts(ts)
        committed[language] = {m.key for m in messages}
        check_messages(language, messages, report)
        if not i18n.qm_path(language, i18n_dir).is_file():
            report.add(f"{i18n.qm_path(language, i18n_dir)} is missing: run `make translations`")
    if not committed:
        return report

    with tempfile.TemporaryDirectory(prefix="i18n-check-") as tmp:
        fresh_ts = Path(tmp) / f"{i18n.TS_PREFIX}ro.ts"
        i18n.extract([fresh_ts], plugin_dir)
        in_code = {m.key for m in read_ts(fresh_ts)}
        for language, keys in committed.items():
            for context, source in sorted(in_code - keys):
                report.add(
                    f"[{language}] stale .ts: {context}: {source!r} is in the code but not in "
                    "the .ts file: run `make translations` and translate it"
                )
            for context, source in sorted(keys - in_code):
                report.add(
                    f"[{language}] stale .ts: {context}: {source!r} is no longer in the code: "
                    "run `make translations`"
                )
            qm = i18n.qm_path(language, i18n_dir)
            if qm.is_file():
                rebuilt = Path(tmp) / qm.name
                i18n.compile_ts(i18n.ts_path(language, i18n_dir), rebuilt)
                if rebuilt.read_bytes() != qm.read_bytes():
                    report.add(f"{qm} is older than its .ts: run `make translations`")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--i18n-dir", type=Path, default=i18n.I18N_DIR)
    parser.add_argument("--plugin-dir", type=Path, default=i18n.PLUGIN_DIR)
    args = parser.parse_args(argv)
    try:
        report = check(args.i18n_dir, args.plugin_dir)
    except i18n.ToolMissing as error:
        print(f"check_translations: {error}", file=sys.stderr)
        return 1
    for problem in report.problems:
        print(problem)
    languages = ", ".join(i18n.LANGUAGES)
    if report.problems:
        print(f"check_translations: {len(report.problems)} problem(s) ({languages})")
        return 1
    print(f"check_translations: all strings translated and up to date ({languages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
