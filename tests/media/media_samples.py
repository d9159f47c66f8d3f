"""Generators of small synthetic, harmless media (shapes, noise, gradients) for the media tests."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image


def pattern(w: int, h: int, seed: int = 0) -> np.ndarray:
    """An RGB test card: a colour gradient with a few solid shapes, asymmetric so rotations show."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = (x * 255 // max(1, w - 1)).astype(np.uint8)
    img[..., 1] = (y * 255 // max(1, h - 1)).astype(np.uint8)
    img[..., 2] = rng.integers(0, 64)
    img[: h // 4, : w // 4] = (255, 255, 255)  # white block in the top-left corner marks orientation
    return img


def noise(w: int, h: int, seed: int = 0) -> np.ndarray:
    """Pure high-frequency RGB noise: all detail, no structure."""
    return np.random.default_rng(seed).integers(0, 256, (h, w, 3), dtype=np.uint8)


def save(img: np.ndarray | Image.Image, path: Path, **kwargs: object) -> Path:
    pil = Image.fromarray(img) if isinstance(img, np.ndarray) else img
    pil.save(path, **kwargs)
    return path


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_header(width: int, height: int, body: bytes = b"\x00" * 16) -> bytes:
    """A PNG whose IHDR claims any size, with a tiny (wrong) body: a decompression-bomb header."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(body))
        + png_chunk(b"IEND", b"")
    )
