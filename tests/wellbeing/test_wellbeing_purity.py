"""wellbeing is a pure leaf (docs/architecture.md, "Layers"): no Qt, no database, none of the
other packages."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

WELLBEING = Path(__file__).resolve().parents[2] / "wellbeing"
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "workstation", "ui", "media")

_PROBE = f"""
import importlib, pkgutil, sys
import wellbeing
for mod in pkgutil.walk_packages(wellbeing.__path__, "wellbeing."):
    importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {FORBIDDEN!r})
print(",".join(bad) or "clean")
"""


def test_importing_every_wellbeing_module_loads_nothing_forbidden() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=WELLBEING.parent, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def test_no_wellbeing_source_imports_a_forbidden_package_even_lazily() -> None:
    modules = sorted(WELLBEING.glob("*.py"))
    assert len(modules) >= 7  # guards against a vacuous pass
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
