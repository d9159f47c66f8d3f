"""The installed program finds everything it ships (docs/install.md).

The slow test builds a real wheel from a clean copy of the source (a stale ``build/`` folder can hide a
file the configuration leaves out) and checks its RECORD lists every resource, every migration and
every module, so a resource missing from the wheel fails the ordinary suite, not only CI's wheel step.
"""

from __future__ import annotations

import configparser
import csv
import importlib.metadata
import importlib.resources
import io
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation import cli
from workstation.cli import desktop as cli_desktop

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("workstation", "ui", "media", "wellbeing", "resources")
# What a build needs besides the packages (pyproject's readme is README.md).
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md")


def _source_files() -> list[str]:
    """Every file the wheel must carry, as its RECORD names them: the packages' files, with each
    translation source (``.ts``) replaced by the catalogue the build compiles from it (``.qm``)."""
    found = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                shipped = path.with_suffix(".qm") if path.suffix == ".ts" else path
                found.add(shipped.relative_to(ROOT).as_posix())
    return sorted(found)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A wheel built once per session by pip, as CI's wheel step builds it."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        shutil.copy2(ROOT / name, source / name)
    for package in PACKAGES:
        skip = shutil.ignore_patterns("__pycache__", "*.qm")  # the build compiles the catalogues
        shutil.copytree(ROOT / package, source / package, ignore=skip)
    out = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("reviewer_workstation-*.whl")
    yield built


def _record(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        (record,) = [n for n in archive.namelist() if n.endswith(".dist-info/RECORD")]
        rows = csv.reader(io.TextIOWrapper(archive.open(record), encoding="utf-8"))
        return {row[0] for row in rows if row}


@pytest.mark.slow
def test_the_wheel_carries_every_resource_migration_and_module(wheel: Path) -> None:
    listed = _record(wheel)
    expected = _source_files()
    assert any(p.startswith("resources/theme/") for p in expected), "the source tree looks wrong"
    assert "workstation/migrations/script.py.mako" in expected
    assert "resources/translations/workstation_zh_CN.qm" in expected
    missing = [p for p in expected if p not in listed]
    assert not missing, f"left out of the wheel (pyproject.toml [tool.setuptools.package-data]): {missing}"
    stray = sorted(p for p in listed if p.split("/")[0] not in PACKAGES and ".dist-info/" not in p)
    assert not stray, f"the wheel installs files outside the packages: {stray}"


@pytest.mark.slow
def test_the_wheel_declares_the_console_command_and_version(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points).decode()
    assert "workstation = ui.launch:main" in text
    version = importlib.metadata.version("reviewer-workstation")
    assert wheel.name.startswith(f"reviewer_workstation-{version}-")


def test_every_shipped_resource_is_read_through_the_package() -> None:
    """The code's data paths resolve inside the package ``resources``, not beside the source tree."""
    from media.textmask import DEFAULT_TERMS_PATH
    from wellbeing.policy import DEFAULT_POLICY_PATH
    from workstation.config import RESOURCES

    root = importlib.resources.files("resources")
    for traversable in (DEFAULT_TERMS_PATH, DEFAULT_POLICY_PATH, RESOURCES / "taxonomies.toml"):
        assert traversable.is_file()
        assert str(traversable).startswith(str(root))


def test_version_prints_the_installed_distribution_version() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["--version"], out=out, err=err) == 0, err.getvalue()
    assert out.getvalue() == f"workstation {importlib.metadata.version('reviewer-workstation')}\n"


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_desktop_entry_starts_this_installation_by_absolute_path() -> None:
    entry = _entry(cli_desktop.entry_text(["/opt/rw venv/bin/workstation"]))
    assert entry["Type"] == "Application" and entry["Name"] == "Reviewer Workstation"
    assert entry["Exec"] == '"/opt/rw venv/bin/workstation"'  # quoted: the path has a space
    assert entry["TryExec"] == "/opt/rw venv/bin/workstation"
    assert entry["Icon"] == cli_desktop.DESKTOP_ID
    entry = _entry(cli_desktop.entry_text(["/usr/bin/python3", "-m", "ui"]))
    assert entry["Exec"] == "/usr/bin/python3 -m ui"


def test_desktop_entry_install_writes_the_entry_and_icons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["desktop-entry", "--install"], out=out, err=err) == 0, err.getvalue()
    desktop = tmp_path / "applications" / "reviewer-workstation.desktop"
    svg = tmp_path / "icons/hicolor/scalable/apps/reviewer-workstation.svg"
    png = tmp_path / "icons/hicolor/256x256/apps/reviewer-workstation.png"
    for path in (desktop, svg, png):
        assert f"wrote {path}" in out.getvalue()
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert Path(_entry(desktop.read_text(encoding="utf-8"))["TryExec"]).is_absolute()


def test_desktop_entry_install_where_nothing_can_be_written_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["desktop-entry", "--install"], out=out, err=err) == 2
    message = err.getvalue()
    assert message.startswith(f"workstation: cannot write {blocker}/applications/")
    assert "XDG_DATA_HOME" in message
    assert "bug" not in message and "Traceback" not in message
