"""The layers of docs/architecture.md ("Layers"), from one source of truth: the import-linter
contracts in pyproject.toml.

``lint-imports`` checks every import the source writes, lazy ones included. What static analysis
cannot see (a module imported by name through ``importlib``) is checked here at run time, with the
forbidden packages read from those same contracts, so the two checks cannot disagree.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS: list[dict[str, Any]] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "tool"
]["importlinter"]["contracts"]


def forbidden_for(package: str) -> set[str]:
    """The top-level packages ``package`` may not load: every layer above it and every sibling
    marked independent (``a | b``), and the forbidden contracts that name it."""
    banned: set[str] = set()
    for contract in CONTRACTS:
        if contract["type"] == "layers" and "containers" not in contract:
            levels = [[name.strip() for name in layer.split("|")] for layer in contract["layers"]]
            for index, level in enumerate(levels):
                if package in level:
                    banned |= {name for above in levels[:index] for name in above}
                    banned |= {name for name in level if name != package and "|" in contract["layers"][index]}
        elif contract["type"] == "forbidden" and package in contract["source_modules"]:
            banned |= set(contract["forbidden_modules"])
    return banned


_PROBE = r"""
import importlib, pkgutil, sys

package, banned = sys.argv[1], set(sys.argv[2].split(","))

class _Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in banned:
            raise ImportError(f"layering violation: {name} loaded while importing {package}")
        return None

sys.meta_path.insert(0, _Refuse())
pkg = importlib.import_module(package)
count = 0
for mod in pkgutil.walk_packages(pkg.__path__, package + "."):
    if mod.name.startswith("workstation.migrations"):
        continue  # Alembic scripts run inside Alembic's context, not as imports
    importlib.import_module(mod.name)
    count += 1
print(count)
"""


def test_the_contracts_are_the_documented_layers() -> None:
    """Guards the probe below against a contract edited into meaning nothing."""
    assert forbidden_for("workstation") >= {"ui", "PySide6", "shiboken6"}
    assert forbidden_for("media") >= {"ui", "workstation", "wellbeing", "PySide6", "sqlalchemy"}
    assert forbidden_for("wellbeing") >= {"ui", "workstation", "media", "PySide6", "sqlalchemy"}
    assert not any("ignore_imports" in contract for contract in CONTRACTS), "the layers allow no exception"


@pytest.mark.parametrize("package", ["media", "wellbeing", "workstation"])
def test_every_module_loads_without_the_packages_above_it(package: str) -> None:
    """Every module of the core and the leaves imports with what their contracts forbid made
    unimportable: a dynamic import by name of an upper layer fails here."""
    banned = forbidden_for(package)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, package, ",".join(sorted(banned))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= len(list(pkgutil.iter_modules([str(ROOT / package)]))) > 3


def test_the_import_contracts_hold() -> None:
    """``lint-imports`` (as CI runs it): the layers, Qt only in ui, no database in the leaves."""
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
