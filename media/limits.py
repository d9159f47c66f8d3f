"""Resource limits applied to untrusted media before anything expensive is decoded."""

from __future__ import annotations

from dataclasses import dataclass

from media.phrases import QT_TRANSLATE_NOOP, Figure


@dataclass(frozen=True)
class Limits:
    """Upper bounds checked from headers first, so a hostile file is refused before it costs memory.

    ``max_pixels`` guards against decompression bombs (a tiny file claiming huge dimensions);
    the others bound file size, frame counts, text size and video length.
    """

    max_pixels: int = 100_000_000
    max_file_bytes: int = 2 * 1024**3
    max_frames: int = 100_000
    max_text_bytes: int = 5_000_000
    max_duration_s: float = 6 * 3600.0


DEFAULT_LIMITS = Limits()


def megapixels(pixels: int) -> str:
    """Human form of a pixel count for error messages ("100 MP")."""
    mp = pixels / 1_000_000
    return QT_TRANSLATE_NOOP("Media", "{megapixels} MP").format(
        megapixels=Figure(mp, ".0f" if mp >= 10 else ".1f")
    )
