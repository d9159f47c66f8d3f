"""The blind second review on a real X server with real key presses (xdotool): the sampled item is
filtered on the screen and metered, nothing names the first verdict until the QA verdict is final,
the outcome is recorded by keyboard, and the reviewer sees it in My QA (docs/policies-and-quality.md).
Like the screen harness, the window runs in a child process (tests/screen/qa_screen.py) on a private
Xvfb; without Xvfb or xdotool this skips on a developer's machine and fails in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import require_tool
from tests.screen.test_screen import ROOT, xvfb  # noqa: F401  (the private X server fixture)


def test_blind_qa_review_and_my_qa_on_the_real_screen(xvfb: str, tmp_path: Path) -> None:  # noqa: F811
    require_tool("import")
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "QT_XCB_GL_INTEGRATION": "none"}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-m", "tests.screen.qa_screen", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    report = run.stdout[-4000:] + run.stderr[-4000:]
    assert run.returncode == 0, report
    assert "qa screen: passed" in run.stdout, report
    assert all(
        (tmp_path / name).stat().st_size > 0 for name in ("qa-blind.png", "qa-outcome.png", "my-qa.png")
    )
