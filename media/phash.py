"""Perceptual hashes: PDQ for images and video keyframes, with the kind stored beside the bits.

PDQ is the interchange format of Meta's ThreatExchange / Hasher-Matcher-Actioner, so hashes can
be compared with industry hash lists. The hex form is the reference implementation's (64 hex
digits, most significant bit first).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pdqhash

from media.errors import MediaError
from media.image import load_image
from media.limits import DEFAULT_LIMITS, Limits
from media.matching import MATCH_THRESHOLD, MIN_QUALITY
from media.phrases import QT_TRANSLATE_NOOP
from media.probe import Probe
from media.video import VideoReader

# PDQ's own first step shrinks to 64x64; feeding it more than ~512 px only costs time.
_HASH_INPUT_MAX = 512
# Keyframes hashed at most per video (evenly chosen when there are more).
MAX_VIDEO_HASHES = 64
#: What the importer stores for a file: (kind, best hex), or (kind, best hex, its quality,
#: [[hex, quality], ...] of every reliable hash).
HashResult = tuple[str, str] | tuple[str, str, int | None, list[list[Any]]]


@dataclass(frozen=True)
class PerceptualHash:
    """A perceptual hash: ``kind`` ("pdq" or "phash"), hex bits, and quality when known."""

    kind: str
    hex: str
    quality: int | None

    @property
    def bits(self) -> int:
        return len(self.hex) * 4

    @property
    def reliable(self) -> bool:
        """False for PDQ hashes of near-featureless frames, which match too much."""
        return self.quality is None or self.quality >= MIN_QUALITY


def _shrink(rgb: np.ndarray) -> np.ndarray:
    h, w = rgb.shape[:2]
    scale = _HASH_INPUT_MAX / max(h, w)
    if scale >= 1:
        return np.ascontiguousarray(rgb)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def hash_image(rgb: np.ndarray) -> PerceptualHash:
    """PDQ hash of an RGB uint8 image (unfiltered pixels; nothing is stored but the hash)."""
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.shape[0] < 1 or rgb.shape[1] < 1:
        raise ValueError(f"expected an HxWx3 uint8 RGB image, got {rgb.shape} {rgb.dtype}")
    vector, quality = pdqhash.compute(_shrink(rgb))
    bits = np.asarray(vector, dtype=np.uint8)
    return PerceptualHash("pdq", np.packbits(bits).tobytes().hex(), int(quality))


def hash_video(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[PerceptualHash]:
    """PDQ hashes of the video's keyframes in time order (at most :data:`MAX_VIDEO_HASHES`)."""
    frames: list[np.ndarray] = []
    with VideoReader(path, limits) as video:
        w, h = video.width, video.height
        scale = min(1.0, _HASH_INPUT_MAX / max(w, h))
        size = (max(2, round(w * scale) // 2 * 2), max(2, round(h * scale) // 2 * 2))
        for _t, frame in video.keyframes(size):
            frames.append(frame)
            if len(frames) >= limits.max_frames:
                break
    if not frames:
        raise MediaError(QT_TRANSLATE_NOOP("Media", "no decodable keyframes in video"))
    if len(frames) > MAX_VIDEO_HASHES:
        picks = np.linspace(0, len(frames) - 1, MAX_VIDEO_HASHES).round().astype(int)
        frames = [frames[i] for i in picks]
    return [hash_image(f) for f in frames]


def distance(a: PerceptualHash, b: PerceptualHash) -> int:
    """Hamming distance in bits. Hashes of different kinds or lengths cannot be compared."""
    if a.kind != b.kind:
        raise ValueError(f"cannot compare a {a.kind} hash with a {b.kind} hash")
    if len(a.hex) != len(b.hex):
        raise ValueError("hashes differ in length")
    return (int(a.hex, 16) ^ int(b.hex, 16)).bit_count()


def matches(a: PerceptualHash, b: PerceptualHash, threshold: int = MATCH_THRESHOLD) -> bool:
    """True when two hashes of the same kind are within the match threshold."""
    return distance(a, b) <= threshold


def perceptual_hash(path: Path, info: Probe, limits: Limits) -> HashResult | None:
    """PDQ of an image, or of several keyframes of a video; None for text or when no frame has a
    reliable hash (quality under ``MIN_QUALITY``: near-featureless, e.g. all black).

    Returns ``(kind, best hex, its quality, [[hex, quality], ...])``: the best-quality hash and
    every reliable one, so "decided before" can match a video on its best keyframe.
    """
    if info.kind == "image":
        hashes = [hash_image(load_image(path, limits, max_size=(512, 512)))]
    elif info.kind == "video":
        hashes = hash_video(path, limits)
    else:
        return None
    reliable = [h for h in hashes if h.reliable]
    if not reliable:
        return None
    best = max(reliable, key=lambda h: h.quality or 0)
    unique = list(dict.fromkeys((h.hex, h.quality) for h in reliable))
    return best.kind, best.hex, best.quality, [[hex_, quality] for hex_, quality in unique]
