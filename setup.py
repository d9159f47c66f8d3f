"""Compiles the translation catalogues when the package is built (docs/translations.md).

Everything else about the package lives in pyproject.toml. The ``.ts`` sources are kept in git; the
``.qm`` files Qt loads are built here by ``lrelease`` (from PySide6-Essentials, a build requirement)
into the build folder of a wheel, or beside the sources for an editable install, so a checkout never
carries stale compiled catalogues.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "resources" / "translations"


def lrelease() -> str:
    """The lrelease executable shipped inside the PySide6 package of the build environment."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("building Reviewer Workstation needs PySide6-Essentials (it carries lrelease)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return str(folder / name)
    raise SystemExit(f"no lrelease in {folder}; reinstall PySide6-Essentials")


def compile_catalogues(target: Path) -> list[Path]:
    """Compile every ``resources/translations/*.ts`` into ``target``; fail the build on any error."""
    target.mkdir(parents=True, exist_ok=True)
    built = []
    tool = lrelease()
    for source in sorted(SOURCES.glob("*.ts")):
        out = target / (source.stem + ".qm")
        command = [tool, "-silent", str(source), "-qm", str(out)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0 or not out.exists():
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"lrelease failed on {source.name}")
        built.append(out)
    return built


class BuildWithCatalogues(build_py):
    """``build_py`` that also compiles the ``.qm`` catalogues into the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_catalogues(SOURCES)
        else:
            compile_catalogues(Path(self.build_lib) / "resources" / "translations")


setup(cmdclass={"build_py": BuildWithCatalogues})
