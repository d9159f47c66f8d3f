"""Benchmark of the media display pipeline against its memory floor and classic full-size blurs.

One run measures, at 1920x1080 and 3840x2160: the display pipeline (fit to a 1600x900 view,
default blur level, grayscale), a numpy copy of the source frame (the memory floor), OpenCV
GaussianBlur sigma 25 and Pillow GaussianBlur(25) at full size, plus the reveal resize, a 12 MP
JPEG decoded for display, and a storyboard of a generated 60 s 1080p H.264 clip.

    .venv/bin/python benchmarks/media.py [--quick] [--json]

Targets (docs/benchmarks.md; issue 3): 4K pipeline <= 2x the floor and >= 30x faster than
Pillow; 1080p pipeline < 2 ms median; storyboard of the 60 s 1080p clip well under 1 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its own name ("media") would
# shadow the media package: put the repository root there instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import av  # noqa: E402
import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402

from media.filters import DEFAULT_FILTER, prepare, render  # noqa: E402
from media.image import load_image  # noqa: E402
from media.storyboard import storyboard  # noqa: E402

VIEW = (1600, 900)
SIZES = [(1920, 1080), (3840, 2160)]


def median_ms(fn: Callable[[], object], reps: int, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def interleaved_median_ms(
    fns: dict[str, Callable[[], object]], reps: int, warmup: int = 2
) -> dict[str, float]:
    """Median ms of each function, calling them in turn so all see the same machine load.

    On a shared 2-core machine the load changes from second to second; timing the floor and the
    pipeline in separate blocks would compare different machines.
    """
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(reps):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) * 1000 for name, t in times.items()}


def test_frame(w: int, h: int, grain: bool = True) -> np.ndarray:
    """Synthetic, harmless: gradient, shapes and (with ``grain``) fine noise for blurs to remove."""
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:h, 0:w]
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0] = (x * 255 // (w - 1)).astype(np.uint8)
    img[..., 1] = (y * 255 // (h - 1)).astype(np.uint8)
    img[..., 2] = 128
    for _ in range(12):
        cx, cy = int(rng.integers(0, w)), int(rng.integers(0, h))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        cv2.circle(img, (cx, cy), int(rng.integers(h // 20, h // 5)), colour, -1)
    if grain:
        img ^= rng.integers(0, 32, img.shape, dtype=np.uint8)
    return img


def make_clip(path: Path, seconds: int, fps: int, size: tuple[int, int]) -> Path:
    """A 1080p H.264 clip (2 s GOP, as streaming encoders use) with a sliding square and 3 scenes.

    Without per-pixel grain: full-frame noise makes 1+ MB intra frames (~250 Mbit/s at 25 fps),
    far beyond real footage, and intra decoding time grows with frame size.
    """
    w, h = size
    backgrounds = [test_frame(w, h, grain=False) // (k + 1) for k in range(3)]
    n = seconds * fps
    side = h // 4
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height = w, h
        stream.pix_fmt = "yuv420p"
        stream.gop_size = 2 * fps
        stream.options = {"preset": "ultrafast"}
        for i in range(n):
            img = backgrounds[i * 3 // n].copy()
            x = (i * 7) % (w - side)
            img[h // 2 - side // 2 : h // 2 + side // 2, x : x + side] = 250
            for packet in stream.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def frame_timings(src: np.ndarray, reps_fast: int, reps_slow: int) -> dict[str, float]:
    """Median ms of the floor, pipeline and reveal (interleaved) and of the two full-size blurs."""
    pil = Image.fromarray(src)
    timings = interleaved_median_ms(
        {
            "floor": lambda: src.copy(),
            "pipeline": lambda: render(src, DEFAULT_FILTER, VIEW),
            "reveal": lambda: prepare(src, VIEW),
        },
        reps_fast,
    )
    timings["gauss"] = median_ms(lambda: cv2.GaussianBlur(src, (0, 0), 25), reps_slow, warmup=1)
    timings["pillow"] = median_ms(lambda: pil.filter(ImageFilter.GaussianBlur(25)), reps_slow, warmup=1)
    return timings


def run(quick: bool) -> list[dict[str, object]]:
    reps_fast = 50 if quick else 300
    reps_slow = 3 if quick else 11
    rows: list[dict[str, object]] = []

    def add(case: str, size: str, ms: float, floor: float | None, pillow: float | None, reps: int) -> None:
        rows.append({
            "case": case,
            "size": size,
            "median_ms": round(ms, 3),
            "ratio_to_floor": round(ms / floor, 2) if floor else None,
            "ratio_to_pillow": round(ms / pillow, 4) if pillow else None,
            "reps": reps,
        })

    for w, h in SIZES:
        size = f"{w}x{h}"
        t = frame_timings(test_frame(w, h), reps_fast, reps_slow)
        floor, pillow = t["floor"], t["pillow"]
        add("numpy copy (floor)", size, floor, floor, pillow, reps_fast)
        add("display pipeline (render)", size, t["pipeline"], floor, pillow, reps_fast)
        add("reveal resize (prepare)", size, t["reveal"], floor, pillow, reps_fast)
        add("OpenCV GaussianBlur s=25", size, t["gauss"], floor, pillow, reps_slow)
        add("Pillow GaussianBlur(25)", size, pillow, floor, pillow, reps_slow)

    with tempfile.TemporaryDirectory() as tmp:
        jpeg = Path(tmp) / "12mp.jpg"
        Image.fromarray(test_frame(4000, 3000)).save(jpeg, quality=90)
        load = median_ms(lambda: render(load_image(jpeg, max_size=VIEW), DEFAULT_FILTER, VIEW), reps_slow * 3)
        add("12 MP JPEG load + render", "4000x3000", load, None, None, reps_slow * 3)

        fps = 5 if quick else 25
        clip = make_clip(Path(tmp) / "minute.mp4", 60, fps, (1920, 1080))
        board = median_ms(lambda: storyboard(clip, DEFAULT_FILTER), reps_slow, warmup=1)
        mbit = clip.stat().st_size * 8 / 60 / 1e6
        add(f"storyboard 12 tiles, 60 s {fps} fps {mbit:.1f} Mb/s", "1920x1080", board, None, None, reps_slow)
    return rows


def targets(rows: list[dict[str, object]]) -> list[str]:
    def ms(case: str, size: str) -> float:
        return float(next(r["median_ms"] for r in rows if r["case"] == case and r["size"] == size))  # type: ignore[arg-type]

    p4k = ms("display pipeline (render)", "3840x2160")
    f4k = ms("numpy copy (floor)", "3840x2160")
    pil4k = ms("Pillow GaussianBlur(25)", "3840x2160")
    p1080 = ms("display pipeline (render)", "1920x1080")
    board = float(next(r["median_ms"] for r in rows if str(r["case"]).startswith("storyboard")))  # type: ignore[arg-type]
    checks = [
        (p4k <= 2 * f4k, f"4K pipeline {p4k:.2f} ms <= 2x floor {f4k:.2f} ms (x{p4k / f4k:.2f})"),
        (pil4k / p4k >= 30, f"4K pipeline {pil4k / p4k:.0f}x faster than Pillow (>= 30x)"),
        (p1080 < 2, f"1080p pipeline {p1080:.2f} ms < 2 ms"),
        (board < 1000, f"storyboard of 60 s 1080p {board:.0f} ms < 1000 ms"),
    ]
    return [("PASS " if ok else "MISS ") + text for ok, text in checks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 5 fps clip")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    args = parser.parse_args(argv)
    rows = run(args.quick)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"OpenCV {cv2.__version__} ({cv2.getNumThreads()} threads), view {VIEW[0]}x{VIEW[1]}, "
          f"{'quick' if args.quick else 'full'} run; median ms")
    print(f"{'case':<40} {'size':>10} {'median ms':>10} {'x floor':>8} {'x Pillow':>9}")
    for r in rows:
        rf = "" if r["ratio_to_floor"] is None else f"{r['ratio_to_floor']:.2f}"
        rp = "" if r["ratio_to_pillow"] is None else f"{r['ratio_to_pillow']:.4f}"
        print(f"{r['case']:<40} {r['size']:>10} {r['median_ms']:>10.2f} {rf:>8} {rp:>9}")
    print()
    for line in targets(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
