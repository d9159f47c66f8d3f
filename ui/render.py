"""Off-GUI-thread rendering jobs: decoded source -> filtered display frames (+ QImages).

These functions run on worker threads (``ui.tasks``). They only call ``media`` for pixel work and
``ui.qimage`` for the conversion, so the GUI thread receives display-ready QImages. The unfiltered
display frame (``prepare``) lives in memory only, for a deliberate reveal, and is never written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtGui import QImage

from media.filters import FilterSettings, prepare, render
from media.image import load_image
from ui.qimage import to_qimage

if TYPE_CHECKING:
    from workstation.decode_sandbox import DecoderPool

ImageLoader = Callable[[Path, tuple[int, int]], np.ndarray]
"""Decodes an untrusted still image to RGB, reduced to about ``max_size``; raises ``MediaError``."""


def load_in_process(path: Path, max_size: tuple[int, int]) -> np.ndarray:
    """Decode in this process (tests, benchmarks). The app decodes through a ``DecoderPool``."""
    return load_image(path, max_size=max_size)


def pool_loader(pool: DecoderPool) -> ImageLoader:
    """Decode in one of ``pool``'s worker processes: a decoder that crashes, hangs or runs out of
    memory costs the item (a ``MediaError`` with the reason), never the window."""

    def load(path: Path, max_size: tuple[int, int]) -> np.ndarray:
        return pool.load_image(path, max_size=max_size)

    return load


@dataclass(frozen=True)
class Rendered:
    """One still, rendered for one view size. ``source`` is the decoded (possibly reduced) frame."""

    key: str
    view_wh: tuple[int, int]
    settings: FilterSettings
    defaults: FilterSettings
    filtered: np.ndarray
    image: QImage
    safe_image: QImage  # at the reviewer's defaults: what a re-blur shows at once
    source: np.ndarray
    unfiltered: np.ndarray  # prepared at display size, in memory only
    prefiltered: bool = False  # filtered upstream (a storyboard): no reveal, no re-render

    @property
    def display_wh(self) -> tuple[int, int]:
        return (self.filtered.shape[1], self.filtered.shape[0])


class VideoFrameLike(Protocol):
    """What a video worker hands the view (``ui.video.VideoFrame``)."""

    @property
    def generation(self) -> int: ...

    @property
    def filtered(self) -> np.ndarray: ...

    @property
    def image(self) -> QImage: ...

    @property
    def unfiltered(self) -> np.ndarray | None: ...

    @property
    def source(self) -> np.ndarray: ...

    @property
    def settings(self) -> FilterSettings: ...

    @property
    def view_wh(self) -> tuple[int, int]: ...


def render_still(
    key: str,
    source: np.ndarray,
    settings: FilterSettings,
    defaults: FilterSettings,
    view_wh: tuple[int, int],
) -> Rendered:
    filtered = render(source, settings, view_wh)
    image = to_qimage(filtered)
    safe = image if settings == defaults else to_qimage(render(source, defaults, view_wh))
    return Rendered(
        key=key,
        view_wh=view_wh,
        settings=settings,
        defaults=defaults,
        filtered=filtered,
        image=image,
        safe_image=safe,
        source=source,
        unfiltered=prepare(source, view_wh),
    )


def load_and_render(
    key: str,
    path: str,
    settings: FilterSettings,
    defaults: FilterSettings,
    view_wh: tuple[int, int],
    loader: ImageLoader = load_in_process,
) -> Rendered:
    """Decode an image (a large JPEG at reduced scale, never below the view size) and render it."""
    source = loader(Path(path), view_wh)
    return render_still(key, source, settings, defaults, view_wh)
