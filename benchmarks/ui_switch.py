"""Benchmark of the reviewer window: item-switch latency and blurred 1080p30 playback, in one run.

Item switch: the real window (offscreen unless a display is set) on a SQLite database of generated
12-megapixel JPEGs; each sample is one decision key press ("1", Allow) until the next item's
filtered pixels are painted (the media view's ``framePainted``). Measured with prefetch (the next
item's filtered preview prepared while the reviewer looks at the current one) and without it.

Playback: a generated 30 s 1080p30 H.264 clip played blurred in the window for its whole length:
frames dropped (late frames skipped by the decoder thread, plus frames never delivered) and the
GUI thread's milliseconds per frame (the frame slot plus painting). Then the same clip with a sound
track, unmuted: the sound decodes in its own worker and goes to a stand-in sound card that consumes
it in real time; it reports the seconds of sound delivered, restarts (drift corrections) and
underruns.

    .venv/bin/python benchmarks/ui_switch.py [--items 20] [--seconds 30] [--json]

Targets (issue 4): p95 switch under 50 ms with prefetch; no dropped frames at 1080p30.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.prefs import Preferences  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.window import ReviewerWindow, Runners  # noqa: E402
from workstation import taxonomy  # noqa: E402
from workstation.app import build  # noqa: E402
from workstation.models import Item, MediaAsset  # noqa: E402

TARGET_P95_MS = 50.0


def detailed(w: int, h: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0] = (x * 255 // (w - 1)).astype(np.uint8)
    img[..., 1] = (y * 255 // (h - 1)).astype(np.uint8)
    img[..., 2] = (((x // 6 + y // 6 + seed) % 2) * 180).astype(np.uint8)
    img[rng.integers(0, h, 20000), rng.integers(0, w, 20000)] = 255
    return img


def make_images(folder: Path, count: int) -> list[Path]:
    base = detailed(4000, 3000, 0)
    paths = []
    for n in range(count):
        img = base.copy()
        img[:40, n * 40 : n * 40 + 40] = (n * 37) % 256  # a distinct file (and SHA-256) per item
        path = folder / f"photo-{n:02d}.jpg"
        Image.fromarray(img).save(path, quality=90)
        paths.append(path)
    return paths


def make_clip(path: Path, seconds: float, fps: int = 30, *, sound: bool = False) -> Path:
    """1080p H.264 of moving detail; with ``sound``, a 48 kHz stereo AAC tone as well."""
    import av

    w, h = 1920, 1080
    base = detailed(w, h, 1)
    with av.open(str(path), mode="w") as out:
        stream: Any = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": "28"}
        audio: Any = out.add_stream("aac", rate=48_000, layout="stereo") if sound else None
        for i in range(round(seconds * fps)):
            frame = np.roll(base, i * 8, axis=1)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
        if audio is not None:
            for k in range(int(seconds * 48_000 / 1024)):
                t = (np.arange(1024) + k * 1024) / 48_000
                wave = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
                block = av.AudioFrame.from_ndarray(np.stack([wave, wave]), format="fltp", layout="stereo")
                block.sample_rate, block.pts = 48_000, k * 1024
                for packet in audio.encode(block):
                    out.mux(packet)
            for packet in audio.encode():
                out.mux(packet)
    return path


class RealTimeSoundCard:
    """A ``ui.audio.PcmSink`` that consumes samples at the real rate with a 200 ms buffer, as a
    sound card does, and counts underruns: times it ran dry while the sound was still coming."""

    BUFFER_S = 0.2
    made: ClassVar[list[RealTimeSoundCard]] = []

    def __init__(self) -> None:
        self.rate_bytes = 1.0
        self.written = 0
        self.started = 0.0
        self.underruns = 0
        self._dry = False
        RealTimeSoundCard.made.append(self)

    def open(self, fmt: Any) -> str | None:
        self.rate_bytes = fmt.sample_rate * fmt.channels * 2
        self.started = time.perf_counter()
        return None

    def _consumed(self) -> float:
        wanted = (time.perf_counter() - self.started) * self.rate_bytes
        dry = wanted > self.written + self.rate_bytes * 0.005 and self.written > 0
        if dry and not self._dry:
            self.underruns += 1
            self.started = time.perf_counter() - self.written / self.rate_bytes  # resumes on new data
        self._dry = dry
        return min(wanted, self.written)

    def free_bytes(self) -> int:
        return max(0, int(self.BUFFER_S * self.rate_bytes - (self.written - self._consumed())))

    def write(self, data: bytes) -> int:
        self._consumed()
        self.written += len(data)
        return len(data)

    def played_s(self) -> float:
        return self._consumed() / self.rate_bytes

    def close(self) -> None:
        pass

    def seconds(self) -> float:
        return self.written / self.rate_bytes


def seed(
    services: Any, queue: str, images: list[Path], *, video: Path | None = None, sound: bool = False
) -> None:
    import hashlib

    services.directory.add_queue(queue, severity_tier=2, verdicts=taxonomy.builtin("general"))
    info = services.directory.queue(queue)
    now = services.clock.now()
    with services.db.write() as session:
        media = [(p, "image") for p in images] + ([(video, "video")] if video else [])
        for n, (path, kind) in enumerate(media):
            item = Item(
                queue_id=info.id,
                external_ref=f"{queue}-{n}",
                reason="benchmark",
                priority=100 - n,
                created_at=now,
            )
            session.add(item)
            session.flush()
            session.add(
                MediaAsset(
                    item_id=item.id,
                    path=str(path),
                    sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                    kind=kind,
                    duration_s=None,
                    has_audio=sound and kind == "video",
                )
            )


def wait(app: QApplication, condition: Any, timeout_s: float = 20.0) -> bool:
    """Run the event loop until ``condition()`` holds; sleeps between events (no busy polling, which
    would take the GIL and a core from the workers being measured)."""
    end = time.perf_counter() + timeout_s
    tick = QTimer()
    tick.start(100)  # wakes the loop now and then to check the clock
    try:
        while not condition():
            if time.perf_counter() > end:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        tick.stop()


def switch_latencies(
    app: QApplication, window: ReviewerWindow, count: int, *, prefetch: bool, warmup: int = 0
) -> list[float]:
    """``warmup`` switches first (first decisions, first prefetch, lazy imports), then ``count`` measured."""
    painted: list[tuple[str, float]] = []
    window.media_view.framePainted.connect(lambda key: painted.append((key, time.perf_counter())))
    QTest.keyClick(window, Qt.Key.Key_N)
    assert wait(app, lambda: window.session.item is not None and painted, 30), "first item never painted"
    samples = []
    for _ in range(count + warmup):
        if prefetch:  # the reviewer looks at the item; meanwhile the next preview is prepared
            assert wait(app, lambda: not window.prefetching, 10)
        else:
            wait(app, lambda: False, 0.05)
        current = window.session.item
        assert current is not None
        painted.clear()
        started = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_1)

        def arrived(previous: int = current.claim_id) -> bool:
            item = window.session.item
            return (
                item is not None
                and item.claim_id != previous
                and any(k == str(item.claim_id) for k, _ in painted)
            )

        ok = wait(app, arrived, 30)
        if not ok:
            break
        key = str(window.session.item.claim_id) if window.session.item else ""
        done = next(t for k, t in painted if k == key)
        samples.append((done - started) * 1000)
    return samples[warmup:]


def playback(
    app: QApplication, window: ReviewerWindow, seconds: float, *, sound: bool = False
) -> dict[str, float]:
    QTest.keyClick(window, Qt.Key.Key_N)
    assert wait(app, lambda: window.session.item is not None and window.media_view.has_frame, 60)
    video = window.video
    window.media_view.paint_ms = []
    RealTimeSoundCard.made.clear()
    if sound:
        QTest.keyClick(window, Qt.Key.Key_M)
    QTest.keyClick(window, Qt.Key.Key_Space)
    decoder = video._decoder
    assert decoder is not None
    started = time.perf_counter()
    wait(app, lambda: not video.playing, seconds + 15)
    elapsed = time.perf_counter() - started
    expected = round(seconds * 30)
    shown = video.frames_shown
    paint = window.media_view.paint_ms or [0.0]
    slot = video.gui_ms or [0.0]
    cards = RealTimeSoundCard.made
    heard = (
        {
            "sound_s_delivered": round(sum(c.seconds() for c in cards), 2),
            "sound_restarts": max(0, len(cards) - 1),
            "sound_underruns": sum(c.underruns for c in cards),
        }
        if sound
        else {}
    )
    return {
        "expected_frames": expected,
        "frames_shown": shown,
        "dropped": video.frames_dropped + decoder.dropped if video.playing else video.frames_dropped,
        "not_delivered": max(0, expected - shown),
        "wall_s": round(elapsed, 2),
        "gui_ms_per_frame_median": round(statistics.median(slot) + statistics.median(paint), 3),
        "gui_ms_per_frame_p95": round(pct(slot, 95) + pct(paint, 95), 3),
        "worker_filter_ms_median": round(statistics.median(decoder.filter_ms or [0.0]), 2),
        **heard,
    }


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def make_window(
    app: QApplication, services: Any, actor: Any, tmp: Path, *, prefetch: bool, decoders: Decoders
) -> ReviewerWindow:
    prefs = Preferences(
        QSettings(str(tmp / f"prefs-{prefetch}.ini"), QSettings.Format.IniFormat), actor.username
    )
    runners = Runners(db=TaskRunner(1), media=TaskRunner(1), prefetch=TaskRunner(1), history=TaskRunner(1))
    window = ReviewerWindow(
        services,
        actor,
        prefs,
        runners,
        app=app,
        prefetch=prefetch,
        image_loader=decoders.image_loader,
        video_source=decoders.video,
        sound_sink=RealTimeSoundCard,
        # The time measured starts at an accepted decision key; a reviewer's considered-press wait
        # (docs/reviewer-keys.md) comes before it and is not part of the switch.
        min_view_seconds=0,
    )
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    wait(app, window.isActiveWindow, 5)
    return window


class Decoders:
    """As the app decodes (``ui.main``): stills in a two-worker ``DecoderPool``, videos in an
    ``IsolatedVideo``; or, with ``--in-process``, in the window's own process for comparison."""

    def __init__(self, isolated: bool) -> None:
        from ui.render import pool_loader
        from workstation.decode_sandbox import DecoderPool, IsolatedVideo

        self.pool = DecoderPool(size=2) if isolated else None
        self.video = IsolatedVideo() if isolated else None
        self.image_loader = pool_loader(self.pool) if self.pool else None
        if self.pool is not None:
            self.pool.run(os.getpid)  # started before the clock runs, as the app warms them
            self.pool.run(os.getpid)
        if self.video is not None:
            self.video.pool.run(os.getpid)
            self.video.audio_pool.run(os.getpid)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        if self.video is not None:
            self.video.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=20, help="item switches per mode (default 20)")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured switches first (default 2)")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the 1080p30 clip (default 30)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--in-process", action="store_true", help="decode in the window's process, not in workers"
    )
    args = parser.parse_args()
    decoders = Decoders(isolated=not args.in_process)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="ui-bench-") as folder:
        tmp = Path(folder)
        images = make_images(tmp, args.items + args.warmup + 1)
        clip = make_clip(tmp / "clip-1080p30.mp4", args.seconds)
        with_sound = make_clip(tmp / "clip-1080p30-sound.mp4", args.seconds, sound=True)
        services = build(f"sqlite:///{tmp / 'bench.db'}")
        actor = services.directory.add_user("bench", ("reviewer",), display_name="Bench Reviewer")
        results: dict[str, Any] = {
            "platform": app.platformName(),
            "items": args.items,
            "warmup": args.warmup,
            "decoding": "in process" if args.in_process else "isolated workers (as the app)",
        }
        for mode, prefetch in (("with_prefetch", True), ("without_prefetch", False)):
            queue = f"q-{mode}"
            seed(services, queue, images)
            window = make_window(app, services, actor, tmp, prefetch=prefetch, decoders=decoders)
            window.queue_box.setCurrentIndex(window.queue_box.findData(queue))
            window.session.set_queue(queue)
            samples = switch_latencies(app, window, args.items, prefetch=prefetch, warmup=args.warmup)
            results[mode] = {
                "n": len(samples),
                "median_ms": round(statistics.median(samples), 1),
                "p95_ms": round(pct(samples, 95), 1),
                "max_ms": round(max(samples), 1),
                "cache_hits": window.cache.hits,
            }
            window.shutdown()
            window.close()
            window.deleteLater()
        seed(services, "q-video", [], video=clip)
        window = make_window(app, services, actor, tmp, prefetch=False, decoders=decoders)
        window.session.set_queue("q-video")
        results["playback_1080p30"] = playback(app, window, args.seconds)
        window.shutdown()
        window.close()
        seed(services, "q-sound", [], video=with_sound, sound=True)
        window = make_window(app, services, actor, tmp, prefetch=False, decoders=decoders)
        window.session.set_queue("q-sound")
        results["playback_1080p30_sound_on"] = playback(app, window, args.seconds, sound=True)
        window.shutdown()
        window.close()
        services.close()
        decoders.close()
    w = results["with_prefetch"]
    results["target_met"] = {
        "p95_switch_under_50ms_with_prefetch": w["p95_ms"] < TARGET_P95_MS,
        "no_dropped_frames_1080p30": all(
            results[k]["dropped"] == 0 and results[k]["not_delivered"] <= 1
            for k in ("playback_1080p30", "playback_1080p30_sound_on")
        ),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Reviewer window benchmark ({results['platform']}, 12 MP JPEGs, 1280x800 window)\n")
    print(
        f"{'item switch (key -> filtered pixels)':40} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}"
    )
    for mode in ("with_prefetch", "without_prefetch"):
        r = results[mode]
        print(
            f"{mode.replace('_', ' '):40} {r['n']:>4} {r['median_ms']:>10} {r['p95_ms']:>8} {r['max_ms']:>8}"
        )
    for key_, title in (("playback_1080p30", "muted"), ("playback_1080p30_sound_on", "sound on")):
        p = results[key_]
        print(f"\nblurred 1080p30 playback, {title}, {args.seconds:g} s; decoding {results['decoding']}")
        for key, value in p.items():
            print(f"  {key:28} {value}")
    print(
        "\ntargets:", ", ".join(f"{k}: {'met' if v else 'NOT met'}" for k, v in results["target_met"].items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
