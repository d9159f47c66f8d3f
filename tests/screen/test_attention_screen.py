"""Wellbeing staff's attention view on a real X server: a real Return opens a person's page and the
screen shows it; a lead's window has neither the view nor a way to a person.

Like the screen harness, the test process renders offscreen, so the windows run in a child process
(tests/screen/attention_screen.py) on a private Xvfb; without Xvfb or xdotool this skips on a
developer's machine and fails in CI.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.screen.test_screen import ROOT, xvfb  # noqa: F401  (the private X server fixture)


@pytest.mark.slow  # docs/development.md, "Slow tests"
def test_attention_view_and_person_page_on_the_real_screen(xvfb: str) -> None:  # noqa: F811
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "QT_XCB_GL_INTEGRATION": "none"}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-m", "tests.screen.attention_screen"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    report = run.stdout[-4000:] + run.stderr[-4000:]
    assert run.returncode == 0, report
    assert "attention screen: passed" in run.stdout, report
