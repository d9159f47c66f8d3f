"""Generators of small synthetic, harmless media (shapes, noise, gradients) for the media tests."""

from __future__ import annotations

import functools
import struct
import zlib
from collections.abc import Callable
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


@functools.lru_cache(maxsize=16)
def _scene_background(w: int, h: int, scene: int) -> np.ndarray:
    """Coarse random colour blocks, different per scene, so a cut is a real cut to an encoder."""
    rng = np.random.default_rng(1000 + scene)
    blocks = rng.integers(0, 256, (max(1, h // 16) + 1, max(1, w // 16) + 1, 3), dtype=np.uint8)
    big = np.repeat(np.repeat(blocks, 16, axis=0), 16, axis=1)[:h, :w]
    big.flags.writeable = False
    return big


def scene_frame(t: float, w: int, h: int, scene: int = 0) -> np.ndarray:
    """A harmless moving picture: coloured blocks per scene with a white square sliding across."""
    img = _scene_background(w, h, scene).copy()
    side = max(2, h // 4)
    x = int((t * 0.2 % 1.0) * max(1, w - side))
    y = h // 2 - side // 2
    img[y : y + side, x : x + side] = (250, 250, 250)
    return img


def write_video(
    path: Path,
    seconds: float = 2.0,
    fps: int = 25,
    size: tuple[int, int] = (160, 96),
    codec: str = "libx264",
    gop: int | None = None,
    audio: bool = False,
    scenes: int = 1,
    options: dict[str, str] | None = None,
    rotation: int = 0,
    frames: Callable[[int], np.ndarray] | None = None,
    tone_hz: float = 0.0,
) -> Path:
    """Encode a synthetic clip with PyAV. ``scenes`` hard cuts split the clip evenly; ``frames(i)``
    replaces the scene pictures (RGB, ``size``), for tests that need other content. With ``audio``
    the sound track is silence, or a sine of ``tone_hz`` (8 kHz mono AAC)."""
    import av

    w, h = size
    n = round(seconds * fps)
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream(codec, rate=fps)
        stream.width, stream.height = w, h
        stream.pix_fmt = "yuv420p"
        if gop is not None:
            stream.gop_size = gop
        if options:
            stream.options = options
        if rotation:
            stream.set_display_rotation(rotation)
        astream = out.add_stream("aac", rate=8000) if audio else None
        for i in range(n):
            scene = i * scenes // n
            picture = frames(i) if frames is not None else scene_frame(i / fps, w, h, scene)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            if i and scene != (i - 1) * scenes // n:
                # Make the cut an intra frame, as scene-cut detecting encoders do with real footage.
                frame.pict_type = av.video.frame.PictureType.I
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
        if astream is not None:
            for k in range(int(seconds * 8000 / 1024)):
                if tone_hz:
                    t = (np.arange(1024) + k * 1024) / 8000
                    samples = (0.5 * np.sin(2 * np.pi * tone_hz * t)).astype(np.float32)[None, :]
                else:
                    samples = np.zeros((1, 1024), np.float32)
                aframe = av.AudioFrame.from_ndarray(samples, format="fltp", layout="mono")
                aframe.sample_rate = 8000
                aframe.pts = k * 1024
                for packet in astream.encode(aframe):
                    out.mux(packet)
            for packet in astream.encode():
                out.mux(packet)
    return path


def animated_gif(path: Path, frames: int, size: tuple[int, int] = (8, 8)) -> Path:
    """An animated GIF whose frames all differ (Pillow merges identical consecutive frames)."""
    imgs = []
    for i in range(frames):
        a = np.full((size[1], size[0], 3), 40, np.uint8)
        a[0, 0] = (i % 256, (i // 256) % 256, 255)
        imgs.append(Image.fromarray(a))
    imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=40)
    return path
