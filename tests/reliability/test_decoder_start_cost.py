"""A decoder process started by the ``workstation`` program imports no more than decoding needs.

``spawn`` runs the program's script again in each child (``from ui.launch import main``, as the
console script pip writes does), so what ``ui.launch`` imports at its top, each of the window's four
decoder processes imported too: the core, SQLAlchemy, Alembic and OpenCV, 1.5 s of CPU per process
beside the window's own start (docs/install.md, "First run").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "PySide6", "cv2", "workstation.cli", "workstation.db", "workstation.app")

# What pip's console script for ``workstation = ui.launch:main`` holds, plus a decoder pool asked
# which heavy modules its worker has loaded.
SCRIPT = textwrap.dedent(
    """
    import sys
    from ui.launch import main

    if __name__ == "__main__":
        import json
        from tests.reliability.test_decoder_start_cost import loaded_heavy
        from workstation.decode_sandbox import DecoderPool

        with DecoderPool(size=1) as pool:
            print(json.dumps(pool.run(loaded_heavy)))
    """
)


def loaded_heavy() -> list[str]:
    """Run inside the decoder process."""
    return [name for name in HEAVY if name in sys.modules]


def test_a_decoder_started_from_the_program_script_loads_no_core(tmp_path: Path) -> None:
    script = tmp_path / "workstation"
    script.write_text(SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_program_module_imports_nothing_heavy() -> None:
    code = f"import sys, ui.launch; print([m for m in {HEAVY!r} if m in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
