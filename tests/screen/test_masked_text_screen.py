"""A Chinese harmful term masked on a real X screen, not only in the widget's text (docs/translations.md,
"Masked terms per language"). The window runs in a child process (tests/screen/masked_text_screen.py)
on a private Xvfb; without Xvfb this skips on a developer's machine and fails in CI."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.screen.test_screen import ROOT, xvfb  # noqa: F401  (the private X server fixture)


def test_a_chinese_term_is_a_mask_bar_on_the_real_screen(xvfb: str) -> None:  # noqa: F811
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "QT_XCB_GL_INTEGRATION": "none"}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-m", "tests.screen.masked_text_screen"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    report = run.stdout[-4000:] + run.stderr[-4000:]
    assert run.returncode == 0, report
    assert "masked text screen: passed" in run.stdout, report
