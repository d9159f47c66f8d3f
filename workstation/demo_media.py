"""Harmless generated media for the demo: shapes, patterns and text, short clips, text items.

Nothing real, nothing harmful, ever. Images carry fine detail (text, stripes, noise) so the blur has
something to hide and the reviewer can see the filters work.
"""

from __future__ import annotations

import math
import random
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import Any

import cv2
import numpy as np

IMAGE_SIZES = [(640, 480), (1024, 768), (1280, 720), (1920, 1080), (3000, 4000), (3840, 2160)]
FONT = cv2.FONT_HERSHEY_SIMPLEX

TEXTS = [
    "Comment thread flagged by three users. Quoted text: 'this film has so much blood, the ending "
    "will kill you' - reported as a threat, appears to be a movie review.",
    "Forum post: 'I want to hurt myself less this year; therapy is helping.' Flagged by keyword filter.",
    "Direct message: 'Meet me after school or I will fight you, I am not joking.' Reported by recipient.",
    "Product review: 'The knife set is sharp enough to cut through anything. Gore-level sharp, lol.'",
    "Post caption: 'Our history class covered the war today; the photos of the violence were hard to "
    "look at.' Flagged by image classifier on the attached media.",
    "Chat excerpt: 'if you post that again I will find where you live' - harassment report, second "
    "report against this account this week.",
    "Status update: 'Feeling hopeless, nobody would notice if I was gone.' Flagged by a friend.",
    "Video title and description: 'Extreme stunts gone wrong compilation - blood warning'.",
    # In the team's other languages (issue 17), each a harmless film or drama comment holding words of
    # its language's masked-term list, and an English one the English list masks in every item:
    "Komentar di forum film: 'Adegan pembunuhan di akhir film ini terlalu banyak darah untuk anak-anak, "
    "the ending will kill you.' Dilaporkan sebagai ancaman; tampaknya ulasan film.",
    "论坛帖子：'这部电影的结局太血腥了，主角被谋杀的那一幕我不敢看。' 被关键词过滤器标记，看起来是影评。",
    "تعليق على مقطع فيديو: 'مشهد القتل في نهاية المسلسل كان فيه دم كثير.' أُبلغ عنه كتهديد، ويبدو أنه "
    "مراجعة لمسلسل.",
    "Mesej kumpulan: 'Drama semalam memaparkan adegan bunuh diri, tolong beri amaran dahulu.' "
    "Dilaporkan oleh ahli kumpulan sebagai kandungan sensitif.",
]
# Each text's language as its manifest line gives it (None: the line has no language). ``zh_CN`` is
# written as teams write it; the import stores it as ``zh-CN`` (workstation.languages).
TEXT_LANGUAGES: tuple[str | None, ...] = (
    "en",
    None,
    "en",
    None,
    "en",
    "en",
    None,
    "en",
    "id",
    "zh_CN",
    "ar",
    "ms",
)


def _pattern_image(rng: random.Random, size: tuple[int, int], index: int) -> np.ndarray:
    w, h = size
    img = np.empty((h, w, 3), np.uint8)
    base = np.array([rng.randrange(40, 200) for _ in range(3)], np.uint8)
    # Every full-frame step works on whole rows or planes: filling with a 3-vector or a boolean mask
    # broadcasts per pixel and made these images most of the demo's first run (12 MP ones above all).
    img[:] = np.tile(base, (w, 1))
    yy, xx = np.ogrid[0:h, 0:w]
    kind = index % 4
    if kind == 0:  # stripes and checks: fine detail the blur must remove
        period = max(4, w // 120)
        cell = (np.arange(2 * period) // period) % 2
        tile = np.where(((cell[:, None] + cell[None, :]) % 2 == 0)[..., None], 255 - base, base)
        img[:] = np.tile(tile, (h // (2 * period) + 1, w // (2 * period) + 1, 1))[:h, :w]
    elif kind == 1:  # concentric rings
        cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.3, 0.7)
        width = np.float32(max(3, w / 150))
        dx = ((xx - cx) / width).astype(np.float32) ** 2
        dy = ((yy - cy) / width).astype(np.float32) ** 2
        ring = np.sqrt(dx + dy).astype(np.int32) % 2 == 1
        np.copyto(img, base[::-1].astype(np.uint8), where=ring[..., None])
    elif kind == 2:  # gradient with noise
        img[..., 0] = (xx * 255 // max(1, w - 1)).astype(np.uint8)
        img[..., 1] = (yy * 255 // max(1, h - 1)).astype(np.uint8)
        noise = np.random.default_rng(index).integers(0, 60, (h, w), dtype=np.uint8)
        img[..., 2] = noise
    else:  # flat colour with grid lines
        step = max(8, w // 40)
        img[(yy % step == 0)[:, 0]] = 0
        img[:, (xx % step == 0)[0]] = 0
    scale = max(w, h) / 800
    for _ in range(rng.randrange(4, 9)):  # shapes in strong colours (red tests the grayscale)
        colour = tuple(int(c) for c in (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        x, y = rng.randrange(w), rng.randrange(h)
        r = int(rng.uniform(20, 120) * scale)
        if rng.random() < 0.5:
            cv2.circle(img, (x, y), r, colour, -1, cv2.LINE_AA)
        else:
            cv2.rectangle(img, (x - r, y - r // 2), (x + r, y + r // 2), colour, -1)
    cv2.circle(img, (w // 2, h // 2), int(60 * scale), (220, 30, 30), -1, cv2.LINE_AA)
    label = f"DEMO IMAGE {index + 1}  {w}x{h}"
    cv2.putText(
        img,
        label,
        (int(20 * scale), int(60 * scale)),
        FONT,
        1.4 * scale,
        (255, 255, 255),
        max(1, int(3 * scale)),
        cv2.LINE_AA,
    )
    cv2.putText(
        img,
        "synthetic test pattern - not real content",
        (int(20 * scale), h - int(30 * scale)),
        FONT,
        0.9 * scale,
        (255, 255, 0),
        max(1, int(2 * scale)),
        cv2.LINE_AA,
    )
    return img


def write_images(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        size = IMAGE_SIZES[n % len(IMAGE_SIZES)]
        rgb = _pattern_image(rng, size, n)
        ext = (".jpg", ".png", ".webp")[n % 3] if size[0] * size[1] < 3_000_000 else ".jpg"
        path = folder / f"image-{n + 1:02d}{ext}"
        # Lossy WebP (OpenCV's default is lossless, ten times slower to write and no more useful here).
        params = {".jpg": [cv2.IMWRITE_JPEG_QUALITY, 88], ".webp": [cv2.IMWRITE_WEBP_QUALITY, 90]}
        cv2.imwrite(str(path), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), params.get(ext, []))
        paths.append(path)
    return paths


def _yuv(rgb: tuple[int, ...]) -> tuple[int, int, int]:
    """An RGB colour in limited-range BT.601 Y'CbCr, what an H.264 decoder assumes when unsaid."""
    r, g, b = rgb
    y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255
    u = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
    v = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
    return round(y), round(u), round(v)


def _frame_planes(frame: Any) -> list[np.ndarray]:
    """Writable views of a PyAV ``VideoFrame``'s Y, U and V planes (rows padded to ``line_size``)."""
    return [
        np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)[:, : plane.width]
        for plane in frame.planes
    ]


def write_video(
    path: Path,
    *,
    seconds: float,
    size: tuple[int, int],
    fps: int,
    seed: int,
    audio: bool = False,
    scene_change: bool = True,
    threads: int = 0,
) -> Path:
    """An H.264 clip of moving shapes (PyAV bundles libx264), with an optional quiet tone.

    ``threads``: libx264's encoder threads (0: as many as it likes)."""
    import av

    rng = random.Random(seed)
    w, h = size
    frames = int(seconds * fps)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        # ultrafast: flat shapes compress well at any preset, and it halves the demo's first run
        stream.options = {"preset": "ultrafast", "qp": "26", "threads": str(threads)}
        astream = container.add_stream("aac", rate=44100) if audio else None
        if astream is not None:
            astream.options = {"aac_coder": "fast"}
        colours = [_yuv(tuple(rng.randrange(256) for _ in range(3))) for _ in range(4)]
        # Frames are drawn straight into the encoder's YUV 4:2:0 planes: converting RGB frames cost
        # more than encoding them, and copying a drawn array into a frame a tenth of the encoding
        # (the demo's first run, docs/install.md).
        backgrounds = [_yuv(bg) for bg in ((30, 30, 60), (70, 50, 20))]
        white = _yuv((255, 255, 255))
        for n in range(frames):
            second_scene = scene_change and n >= frames // 2
            frame = av.VideoFrame(w, h, "yuv420p")
            planes = _frame_planes(frame)
            for plane, value in zip(planes, backgrounds[1 if second_scene else 0], strict=True):
                plane[:] = value
            t = n / fps
            for k, colour in enumerate(colours):
                x = int((0.5 + 0.4 * math.sin(t * (k + 1) + k)) * w)
                y = int((0.5 + 0.35 * math.cos(t * (k + 2) * 0.7 + k)) * h)
                for scale, plane, value in zip((1, 2, 2), planes, colour, strict=True):
                    r = (h // 10 + 8 * k) // scale
                    cv2.circle(plane, (x // scale, y // scale), r, value, -1, cv2.LINE_AA)
            for scale, plane, value in zip((1, 2, 2), planes, white, strict=True):
                cv2.putText(
                    plane,
                    f"DEMO CLIP  {t:5.2f}s",
                    (20 // scale, 50 // scale),
                    FONT,
                    1.2 * h / 720 / scale,
                    value,
                    2 if scale == 1 else 1,
                    cv2.LINE_AA,
                )
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
        if astream is not None:
            samples_total = int(seconds * 44100)
            tone = (0.05 * np.sin(2 * np.pi * 330 * np.arange(samples_total) / 44100)).astype(np.float32)
            chunk = 1024
            for start in range(0, samples_total - chunk, chunk):
                aframe = av.AudioFrame.from_ndarray(
                    tone[None, start : start + chunk], format="fltp", layout="mono"
                )
                aframe.sample_rate = 44100
                aframe.pts = start
                aframe.time_base = Fraction(1, 44100)
                for packet in astream.encode(aframe):
                    container.mux(packet)
            for packet in astream.encode():
                container.mux(packet)
    return path


def write_videos(folder: Path, count: int, workers: int = 2) -> list[Path]:
    """``count`` clips of 4-6 s, 360p to 1080p, every other one with sound, encoded ``workers`` at a
    time (libx264 runs outside the GIL; one encoder thread each, the largest clips first so the last
    one does not run alone): the demo's first run, docs/install.md."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [(640, 360), (1280, 720), (854, 480), (1920, 1080)]

    def clip(n: int) -> Path:
        return write_video(
            folder / f"clip-{n + 1:02d}.mp4",
            seconds=4 + n % 3,
            size=sizes[n % len(sizes)],
            fps=30 if n % 2 == 0 else 25,
            seed=n,
            audio=n % 2 == 0,
            threads=1,
        )

    def cost(n: int) -> int:
        w, h = sizes[n % len(sizes)]
        return w * h * (4 + n % 3) * (30 if n % 2 == 0 else 25)

    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="demo-video") as pool:
        done = {n: pool.submit(clip, n) for n in sorted(range(count), key=cost, reverse=True)}
        return [done[n].result() for n in range(count)]


def write_texts(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, text in enumerate(TEXTS):
        path = folder / f"text-{n + 1:02d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_broken(folder: Path) -> list[Path]:
    """Two files the import must mark unreadable without stopping: a truncated JPEG, a fake video."""
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "_whole.jpg"
    cv2.imwrite(str(good), np.full((400, 400, 3), 128, np.uint8))
    data = good.read_bytes()
    good.unlink()
    truncated = folder / "broken-truncated.jpg"
    truncated.write_bytes(data[: len(data) // 3])
    fake = folder / "broken-not-a-video.mp4"
    fake.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    return [truncated, fake]
