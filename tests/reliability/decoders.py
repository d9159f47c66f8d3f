"""Test-only decoders run inside the isolation workers (passed as ``target``; never in production).

Each behaves like ``media.probe.probe`` / ``media.image.load_image`` unless the file starts with a
marker, then misbehaves the way a broken or hostile decoder would.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

from media.image import load_image
from media.limits import Limits
from media.probe import Probe, probe

CRASH = b"CRASH-THE-DECODER"
SPIN = b"SPIN-FOREVER"
HANG = b"HANG-FOREVER"


def _marker(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(32)


def misbehave(path: Path) -> None:
    head = _marker(path)
    if head.startswith(CRASH):
        os.kill(os.getpid(), signal.SIGSEGV)  # what a decoder's wild pointer does
    if head.startswith(SPIN):
        while True:  # burns processor time until RLIMIT_CPU or the parent's timeout
            pass
    if head.startswith(HANG):
        threading.Event().wait()  # blocks without using the processor: only the wall clock sees it


def hostile_probe(path: Path, limits: Limits) -> Probe:
    misbehave(path)
    return probe(path, limits)


def hostile_load_image(path: Path, limits: Limits, max_size: Any = None) -> Any:
    misbehave(path)
    return load_image(path, limits, max_size=max_size)


def worker_pid(*_args: Any) -> int:
    return os.getpid()


def rlimits(*_args: Any) -> dict[str, tuple[int, int]]:
    import resource

    return {
        "as": resource.getrlimit(resource.RLIMIT_AS),
        "core": resource.getrlimit(resource.RLIMIT_CORE),
        "cpu": resource.getrlimit(resource.RLIMIT_CPU),
    }
