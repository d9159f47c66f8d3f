"""One call that identifies and validates any supported file before it enters a queue."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from media.errors import MediaError
from media.image import image_frame_count, image_size, load_image
from media.limits import DEFAULT_LIMITS, Limits
from media.phrases import QT_TRANSLATE_NOOP
from media.sniff import MediaKind, sniff
from media.textmask import load_text
from media.video import VideoReader

# Validation decodes images at display-ish size: a JPEG is still fully entropy-decoded (so
# truncation is caught) but at 1/8 scale, which is far cheaper.
_VALIDATE_SIZE = (256, 256)


@dataclass(frozen=True)
class Probe:
    """What a file is and its basic properties; ``None`` where a property does not apply."""

    kind: MediaKind
    mime: str
    format: str
    width: int | None
    height: int | None
    duration_s: float | None
    fps: float | None
    frame_count: int | None
    has_audio: bool
    bytes: int


def probe(path: Path, limits: Limits = DEFAULT_LIMITS) -> Probe:
    """Sniff, check limits (image dimensions from the header first) and fully validate a file.

    Images are decoded once and videos have their first frame decoded, so a truncated or corrupt
    file fails here, at import, rather than in front of a reviewer. Raises :class:`MediaError`.
    """
    sniffed = sniff(path)
    size = os.stat(path).st_size
    if size > limits.max_file_bytes:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "file of {size} bytes exceeds the {limit} byte limit").format(
                size=size, limit=limits.max_file_bytes
            )
        )
    if sniffed.kind == "image":
        width, height = image_size(path, limits)  # header only: refuses bombs before decoding
        load_image(path, limits, max_size=_VALIDATE_SIZE)
        frames = image_frame_count(path, limits) if sniffed.format in ("gif", "webp", "tiff", "avif") else 1
        return Probe(
            sniffed.kind, sniffed.mime, sniffed.format, width, height, None, None, frames, False, size
        )
    if sniffed.kind == "video":
        with VideoReader(path, limits) as video:
            video.frame_at(0.0, size=(64, 64))
            return Probe(
                sniffed.kind,
                sniffed.mime,
                sniffed.format,
                video.width,
                video.height,
                video.duration_s,
                video.fps,
                video.frame_count,
                video.has_audio,
                size,
            )
    load_text(path, limits)
    return Probe(sniffed.kind, sniffed.mime, sniffed.format, None, None, None, None, None, False, size)
