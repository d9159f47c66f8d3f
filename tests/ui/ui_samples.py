"""Harmless synthetic media and helpers for the UI tests: detailed images, short clips, pixels."""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from tests.media.media_samples import write_video
from ui.tasks import running_task


def detailed_image(w: int, h: int, seed: int = 0) -> np.ndarray:
    """Colourful, full of fine detail (checker + noise + shapes): blur must visibly remove it. A copy
    the caller may change."""
    return _detailed(w, h, seed).copy()


@functools.lru_cache(maxsize=32)
def _detailed(w: int, h: int, seed: int) -> np.ndarray:
    """Made once per size and seed (a 1200x900 one took 0.1 s; the UI tests ask for hundreds)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = (x * 255 // max(1, w - 1)).astype(np.uint8)
    img[..., 1] = (y * 255 // max(1, h - 1)).astype(np.uint8)
    img[..., 2] = (((x // 4 + y // 4) % 2) * 200).astype(np.uint8)
    img = np.clip(img.astype(np.int16) + rng.integers(-40, 40, img.shape), 0, 255).astype(np.uint8)
    cv2.circle(img, (w // 3, h // 2), min(w, h) // 6, (255, 40, 40), -1)
    img.setflags(write=False)
    return img


def save_detailed_jpeg(path: Path, w: int, h: int, seed: int = 0) -> Path:
    """``detailed_image(w, h, seed)`` saved as a JPEG at ``path``, encoded once per size and seed."""
    path.write_bytes(_detailed_jpeg(w, h, seed))
    return path


@functools.lru_cache(maxsize=32)
def _detailed_jpeg(w: int, h: int, seed: int) -> bytes:
    out = io.BytesIO()
    Image.fromarray(_detailed(w, h, seed)).save(out, format="JPEG", quality=92)
    return out.getvalue()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_clip(
    path: Path,
    seconds: float = 2.0,
    fps: int = 30,
    size: tuple[int, int] = (320, 240),
    audio: bool = True,
    tone_hz: float = 0.0,
) -> Path:
    """A short H.264 clip of moving detail (and an AAC track: silence, or a tone of ``tone_hz``)."""
    picture = detailed_image(*size, seed=1)
    return write_video(
        path,
        seconds=seconds,
        fps=fps,
        size=size,
        audio=audio,
        tone_hz=tone_hz,
        options={"preset": "ultrafast"},
        frames=lambda i: np.roll(picture, i * 4, axis=1),
    )


def detail_energy(rgb: np.ndarray) -> float:
    """Fine-detail energy: mean squared Laplacian of the luminance."""
    gray = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY).astype(np.float32)
    return float(np.mean(cv2.Laplacian(gray, cv2.CV_32F) ** 2))


def channel_spread(rgb: np.ndarray) -> int:
    """Largest difference between colour channels of any pixel (0 for perfectly gray pixels)."""
    a = rgb.astype(np.int16)
    return int(max(np.abs(a[..., 0] - a[..., 1]).max(), np.abs(a[..., 1] - a[..., 2]).max()))


class ManualRunner:
    """Queues work until the test runs it: shows what is painted before a worker answers."""

    def __init__(self) -> None:
        self.queue: list[
            tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None] | None]
        ] = []

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.queue.append((work, on_done, on_error))

    def run_all(self) -> int:
        n = 0
        while self.queue:
            work, done, error = self.queue.pop(0)
            try:
                with running_task():
                    result = work()
            except Exception as exc:
                if error is None:
                    raise
                error(exc)
            else:
                done(result)
            n += 1
        return n

    def wait(self, msecs: int = -1) -> bool:
        return True
