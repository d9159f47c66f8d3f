"""The layers of docs/architecture.md ("Layers"), enforced: the core and the leaves must load without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import importlib, pkgutil, sys

class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "ui" or name.startswith("ui."):
            raise ImportError(f"layering violation: {name} imported")
        return None

sys.meta_path.insert(0, _NoQt())
failed = []
for pkg_name in ("media", "wellbeing", "workstation"):
    pkg = importlib.import_module(pkg_name)
    for mod in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
        if mod.name.startswith("workstation.migrations"):
            continue  # Alembic scripts run inside Alembic's context, not as imports
        importlib.import_module(mod.name)
print("ok")
"""


def test_core_and_leaves_import_without_qt() -> None:
    """Every module of media, wellbeing and workstation imports with PySide6 and ui made unimportable."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_leaves_do_not_import_the_database_or_the_core() -> None:
    """media and wellbeing stay pure: the import-linter contracts in pyproject.toml hold."""
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_has_modules() -> None:
    """Guards the probe above against passing vacuously on empty packages."""
    for name in ("media", "wellbeing", "workstation"):
        assert list(pkgutil.iter_modules([str(ROOT / name)])), f"{name} has no modules"
