"""`make package` builds a zip that QGIS installs and runs: built, installed, loaded, unloaded.

The zip is built with the real command, extracted with the QGIS plugin installer's own unzip
routine into a fresh profile's python/plugins folder, and the plugin is loaded, started and
unloaded through qgis.utils exactly as the Plugin Manager does after "Install from ZIP".
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "certification_plugin"


def changelog_release() -> str:
    """The version CHANGELOG.md releases: newest `## [x.y.z] - date` heading."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", text, re.MULTILINE)
    if released:
        return released[0]
    base = re.search(r"^version=(\S+)", (ROOT / PLUGIN / "metadata.txt").read_text(), re.M)
    assert base is not None
    return base.group(1).split("-")[0] + "-dev"


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    tree_metadata = (ROOT / PLUGIN / "metadata.txt").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "tools.package", "--output-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (ROOT / PLUGIN / "metadata.txt").read_bytes() == tree_metadata, "tree modified"
    zips = list(out.glob("*.zip"))
    assert [z.name for z in zips] == [f"{PLUGIN}-{changelog_release()}.zip"]
    return zips[0]


def zip_metadata(archive: zipfile.ZipFile) -> configparser.ConfigParser:
    parser = configparser.ConfigParser()  # interpolating, like qgis.utils.findPlugins
    parser.read_string(archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8"))
    return parser


def test_zip_layout(plugin_zip: Path) -> None:
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    assert all(name.startswith(f"{PLUGIN}/") for name in names)
    assert f"{PLUGIN}/__init__.py" in names
    assert f"{PLUGIN}/metadata.txt" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts", ".pro"))]
    assert not [n for n in names if "/tests/" in n or Path(n).name.startswith("test_")]
    for ts in sorted((ROOT / PLUGIN / "i18n").glob("*.ts")):
        assert f"{PLUGIN}/i18n/{ts.stem}.qm" in names
    # Every source module ships, so nothing the plugin imports is left out.
    for source in (ROOT / PLUGIN).rglob("*.py"):
        if "__pycache__" not in source.parts:
            assert f"{PLUGIN}/{source.relative_to(ROOT / PLUGIN).as_posix()}" in names


def test_zip_metadata_comes_from_changelog(plugin_zip: Path) -> None:
    with zipfile.ZipFile(plugin_zip) as archive:
        general = zip_metadata(archive)["general"]
    assert general["version"] == changelog_release()
    assert general["changelog"].startswith(changelog_release())
    assert len(general["changelog"].splitlines()) > 1
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"


def _qgis_installer_unzip() -> ModuleType:
    """QGIS's own pyplugin_installer/unzip.py, loaded by path (its package needs a GUI)."""
    from qgis.core import QgsApplication

    path = Path(QgsApplication.pkgDataPath()) / "python" / "pyplugin_installer" / "unzip.py"
    spec = importlib.util.spec_from_file_location("qgis_installer_unzip", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_profile(tmp_path: Path) -> Iterator[Path]:
    """A profile folder whose plugins are the only ones qgis.utils knows, restored afterwards."""
    import qgis.utils

    plugins_dir = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    # The repository's copy of the plugin may already be imported by other tests: hide it so
    # the import below really comes from the installed zip.
    hidden = {n: m for n, m in sys.modules.items() if n == PLUGIN or n.startswith(PLUGIN + ".")}
    for name in hidden:
        del sys.modules[name]
    saved_paths = list(qgis.utils.plugin_paths)
    saved_available = list(qgis.utils.available_plugins)
    saved_parsers = dict(qgis.utils.plugins_metadata_parser)
    sys.path.insert(0, str(plugins_dir))
    qgis.utils.plugin_paths[:] = [str(plugins_dir)]
    try:
        yield plugins_dir
    finally:
        if qgis.utils.isPluginLoaded(PLUGIN):
            qgis.utils.unloadPlugin(PLUGIN)
        for name in [n for n in sys.modules if n == PLUGIN or n.startswith(PLUGIN + ".")]:
            del sys.modules[name]
        sys.modules.update(hidden)
        sys.path.remove(str(plugins_dir))
        qgis.utils.plugin_paths[:] = saved_paths
        qgis.utils.available_plugins[:] = saved_available
        qgis.utils.plugins_metadata_parser = saved_parsers


def test_install_from_zip_load_and_unload(
    plugin_zip: Path, fresh_profile: Path, qgis_iface: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import traceback

    import qgis.utils
    from qgis.core import QgsApplication

    # qgis.utils reports plugin errors to the message log; keep them for the assertion message.
    errors: list[str] = []

    def record(type_, value, tb, msg, *args: object, **kwargs: object) -> None:
        errors.append(msg + "\n" + "".join(traceback.format_exception(type_, value, tb)))

    monkeypatch.setattr(qgis.utils, "showException", record)

    _qgis_installer_unzip().unzip(str(plugin_zip), str(fresh_profile))
    installed = fresh_profile / PLUGIN
    assert (installed / "metadata.txt").is_file()

    qgis.utils.updateAvailablePlugins()
    assert PLUGIN in qgis.utils.available_plugins
    assert qgis.utils.pluginMetadata(PLUGIN, "name") == "QGIS Certification"
    assert qgis.utils.pluginMetadata(PLUGIN, "version") == changelog_release()
    assert qgis.utils.pluginMetadata(PLUGIN, "qgisMinimumVersion") == "3.22"
    assert qgis.utils.pluginMetadata(PLUGIN, "qgisMaximumVersion") == "4.99"
    assert qgis.utils.pluginMetadata(PLUGIN, "hasProcessingProvider") == "yes"

    assert qgis.utils.loadPlugin(PLUGIN), errors
    module_file = Path(sys.modules[PLUGIN].__file__ or "")
    assert module_file.resolve().parent == installed.resolve()
    assert qgis.utils.startPlugin(PLUGIN), "\n".join(errors)
    assert qgis.utils.isPluginLoaded(PLUGIN)
    assert PLUGIN in qgis.utils.active_plugins
    # hasProcessingProvider=yes: the installed plugin registers its Processing provider.
    registry = QgsApplication.processingRegistry()
    provider_ids = {provider.id() for provider in registry.providers()}
    assert "certification" in provider_ids

    assert qgis.utils.unloadPlugin(PLUGIN), "\n".join(errors)
    assert not qgis.utils.isPluginLoaded(PLUGIN)
    assert PLUGIN not in sys.modules
    assert registry.providerById("certification") is None
