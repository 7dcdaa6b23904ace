"""tools/package.py: version and notes from CHANGELOG.md, metadata.txt rewriting."""

from __future__ import annotations

import configparser
import textwrap

import pytest

from tools.package import PackagingError, read_release, render_metadata

CHANGELOG = textwrap.dedent(
    """\
    # Changelog

    ## [Unreleased]

    ### Added
    - Something not released yet.

    ## [1.2.0] - 2026-10-01

    ### Added
    - Course finder dock, with a long line that wraps
      onto a second line.
    - 100% of strings translated.

    ### Fixed
    - `refresh` no longer blocks.

    ## [1.1.0] - 2026-09-01

    - Older.

    [1.2.0]: https://example.org/compare/1.1.0...1.2.0
    """
)

METADATA = textwrap.dedent(
    """\
    [general]
    name=QGIS Certification
    version=0.0.1
    changelog=old
        old line
    qgisMinimumVersion=3.22
    """
)


def test_newest_released_section_wins_over_unreleased() -> None:
    release = read_release(CHANGELOG, "0.0.1")
    assert (release.version, release.date) == ("1.2.0", "2026-10-01")
    assert release.notes == [
        "Added:",
        "- Course finder dock, with a long line that wraps onto a second line.",
        "- 100% of strings translated.",
        "Fixed:",
        "- refresh no longer blocks.",
    ]


def test_unreleased_only_gives_dev_version() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n### Added\n- First cut.\n"
    release = read_release(text, "0.3.0")
    assert (release.version, release.date) == ("0.3.0-dev", None)
    assert release.notes == ["Added:", "- First cut."]


@pytest.mark.parametrize("text", ["# Changelog\n\nNothing here.\n", "## [one.two] - 2026-01-01\n"])
def test_unusable_changelog_is_an_error(text: str) -> None:
    with pytest.raises(PackagingError):
        read_release(text, "0.1.0")


def test_metadata_gets_version_and_changelog_and_keeps_the_rest() -> None:
    rendered = render_metadata(METADATA, read_release(CHANGELOG, "0.0.1"))
    parser = configparser.ConfigParser()  # with interpolation, as QGIS reads metadata.txt
    parser.read_string(rendered)
    general = parser["general"]
    assert general["version"] == "1.2.0"
    assert general["name"] == "QGIS Certification"
    assert general["qgisMinimumVersion"] == "3.22"
    lines = general["changelog"].splitlines()
    assert lines[0] == "1.2.0 (2026-10-01)"
    assert "- 100% of strings translated." in lines
    assert "old line" not in general["changelog"]
    assert rendered.count("version=") == 1
