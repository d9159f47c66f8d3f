"""Decoding isolation where the ``resource`` module does not exist (Windows; issue 17, Portability).

A child Python gets a ``sitecustomize`` (tools/no_resource, also used by ``.ci/run``) that makes
``resource`` unimportable, for itself and for
the decoder workers it spawns (they inherit ``PYTHONPATH``). There every module still imports,
a worker still decodes and a hang is still ended by the wall clock. The media, wellbeing and
decoding-sandbox suites themselves run that way in CI (``.ci/run``), once: re-running them from
here too cost the suite 26 s of every run for what CI already proves.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

NO_RESOURCE = REPO / "tools" / "no_resource"  # its sitecustomize blocks ``resource``

CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    from pathlib import Path

    try:
        import resource  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("resource is importable: the blocker did not work")

    names = []
    for package in ("media", "wellbeing", "workstation", "ui"):
        module = importlib.import_module(package)
        names.append(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            if ".migrations." in info.name or info.name.endswith(".__main__"):
                continue
            importlib.import_module(info.name)
            names.append(info.name)
    assert "resource" not in sys.modules, "something imported resource"

    from PIL import Image
    from tests.reliability import decoders
    from workstation.decode_sandbox import DecoderPool, IsolationLimits
    from media.errors import MediaError

    image = Path(sys.argv[1]) / "still.png"
    Image.new("RGB", (64, 48), (40, 90, 200)).save(image)
    with DecoderPool(1, IsolationLimits(wall_seconds=3.0)) as pool:
        protections = pool.protections()
        shape = pool.load_image(image).shape
        hanging = Path(sys.argv[1]) / "hang.bin"
        hanging.write_bytes(decoders.HANG)
        try:
            pool.probe(hanging, target=decoders.hostile_probe)
        except MediaError as error:
            hang = error.reason
        else:
            raise SystemExit("a hanging decoder was not stopped")
    print(f"modules={len(names)} protections={protections!r} shape={shape} hang={hang!r}")
    """
)


@pytest.fixture
def blocked_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(NO_RESOURCE), str(REPO), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow  # docs/development.md, "Slow tests"
def test_every_module_imports_and_workers_decode_without_resource(
    blocked_env: dict[str, str], tmp_path: Path
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path)],
        cwd=REPO,
        env=blocked_env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "protections=()" in run.stdout  # no platform limit here: only the wall clock
    assert "shape=(48, 64, 3)" in run.stdout
    assert "decoding took longer than 3 s" in run.stdout


def test_the_blocker_really_blocks(blocked_env: dict[str, str]) -> None:
    run = subprocess.run(
        [sys.executable, "-c", "import resource"], env=blocked_env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode != 0 and "blocked" in run.stderr
