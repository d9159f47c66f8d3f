"""The screen harness (issue 10; docs/architecture.md, invariant 6): the real reviewer window on a
real X server, real key presses, the X screen captured after every step.

The test process itself renders offscreen (tests/conftest.py), so the harness starts its own Xvfb
and runs ``tests/screen/machine_screen.py`` in a child process on it. Without Xvfb or xdotool the
harness is skipped on a developer's machine and FAILS in CI (``CI=true``): ``tools/bootstrap``
installs both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from media.filters import DEFAULT_FILTER, FilterSettings, render
from tests.conftest import require_tool
from tests.screen import screen_checks as checks
from tests.screen.screen_world import colourful

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI") == "true"
HARNESS_TIMEOUT_S = 300


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """A private X server at 1280x800x24; yields its DISPLAY (":N", chosen by the server)."""
    binary = require_tool("Xvfb")
    require_tool("xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-ac"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start (it printed no display number)")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_bounds_tell_unfiltered_synthetic_media_from_filtered() -> None:
    """The harness's thresholds are violated by the synthetic media unfiltered, met at the defaults,
    and met by a dark area with a line of words (the view's messages)."""
    source = colourful(800, 600, seed=1)
    view = (976, 700)
    plain = render(source, FilterSettings(blur_level=0, grayscale=False), view)
    assert checks.colour_share(plain) > 0.6 and checks.detail_share(plain) > 0.2
    assert checks.filtered_problem(plain) is not None
    gray_sharp = render(source, FilterSettings(blur_level=0, grayscale=True), view)
    assert checks.filtered_problem(gray_sharp) is not None, "sharp gray detail must count"
    colour_blurred = render(source, FilterSettings(blur_level=3, grayscale=False), view)
    assert checks.filtered_problem(colour_blurred) is not None, "blurred colour must count"
    for level in (3, 4, 5):
        assert checks.filtered_problem(render(source, DEFAULT_FILTER.with_(blur_level=level), view)) is None
    assert checks.filtered_problem(render(source, DEFAULT_FILTER.with_(stylise=True), view)) is None
    words = np.full((700, 976, 3), 27, np.uint8)
    cv2.putText(words, "This item has no viewable media (truncated JPEG).", (60, 350),
                cv2.FONT_HERSHEY_SIMPLEX, 0.6, (170, 170, 170), 1, cv2.LINE_AA)
    assert checks.filtered_problem(words) is None
    assert checks.media_share(words, (27, 27, 27)) < checks.NO_MEDIA_SHARE_MAX


def test_the_fast_measures_give_the_plain_numpy_definitions() -> None:
    """``screen_checks`` measures with OpenCV for speed; each gives exactly what its plain NumPy
    definition gives, on the synthetic media, filtered renders, a flat area and random pixels."""
    rng = np.random.default_rng(7)
    source = colourful(320, 240, seed=3)
    areas = [
        source,
        render(source, DEFAULT_FILTER, (300, 200)),
        np.full((50, 60, 3), 27, np.uint8),
        rng.integers(0, 256, (97, 131, 3), dtype=np.uint8),
        rng.integers(0, 256, (1, 1, 3), dtype=np.uint8),
    ]
    for area in areas:
        a = area.astype(np.int16)
        spread = a.max(axis=2) - a.min(axis=2)
        assert checks.colour_share(area) == float(np.mean(spread > checks.COLOUR_SPREAD))
        gray = cv2.cvtColor(np.ascontiguousarray(area), cv2.COLOR_RGB2GRAY).astype(np.float32)
        lap = np.abs(cv2.Laplacian(gray, cv2.CV_32F))
        assert checks.detail_share(area) == float(np.mean(lap > checks.DETAIL_LAPLACIAN))
        for rgb in ((27, 27, 27), (255, 0, 255), (0, 0, 0)):
            distance = np.abs(a - np.array(rgb, np.int16)).max(axis=2)
            assert checks.media_share(area, rgb) == float(np.mean(distance > checks.BACKGROUND_TOLERANCE))
            assert np.array_equal(checks._is(area, rgb, 20), distance <= 20)


@pytest.mark.slow
def test_screen_harness_under_xvfb(xvfb: str) -> None:
    env = {
        **os.environ,
        "DISPLAY": xvfb,
        "QT_QPA_PLATFORM": "xcb",
        "QT_XCB_GL_INTEGRATION": "none",
        "WORKSTATION_SCREEN_HARNESS": "1",
    }
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
         "tests/screen/machine_screen.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=HARNESS_TIMEOUT_S,
    )
    report = run.stdout[-12000:] + run.stderr[-4000:]
    assert run.returncode == 0, f"the screen harness failed:\n{report}"
    assert " passed" in run.stdout and "skipped" not in run.stdout.split("passed")[-1], report
    print(next((line for line in run.stdout.splitlines() if line.startswith("screen harness:")), ""))
