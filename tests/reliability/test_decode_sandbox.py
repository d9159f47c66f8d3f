"""Untrusted media is decoded in limited worker processes: a decoder that crashes, spins, hangs or
meets a bomb costs one item (marked unreadable with the reason) and the app and the import go on."""

from __future__ import annotations

import functools
import os
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from media.errors import MediaError
from media.image import load_image
from media.limits import Limits
from tests.leaks import lasting_children
from tests.reliability import decoders
from wellbeing.clock import FakeClock
from workstation import taxonomy
from workstation.db import Database
from workstation.decode_sandbox import DecoderPool, IsolationLimits
from workstation.directory import Directory
from workstation.importer import Importer

MB = 1024**2


def _has_rlimits() -> bool:
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return True


#: The processor and memory limits are ``resource``'s: where it is missing (Windows, and the CI step
#: that blocks it) only the wall clock holds, which tests/reliability/test_decode_sandbox_portability.py
#: checks (docs/import-and-media.md, "Decoding isolation on each system").
needs_rlimits = pytest.mark.skipif(not _has_rlimits(), reason="no resource module: no RLIMIT_*")


@pytest.fixture(scope="module")
def pool() -> Iterator[DecoderPool]:
    """Two workers; a 3 s wall-clock limit so hangs end quickly, generous processor time."""
    # Its workers start (and restart after a kill) during the tests, and belong to the module.
    shared = DecoderPool(2, IsolationLimits(wall_seconds=3.0, cpu_seconds=60))
    with shared, lasting_children(lambda: {w.process.pid for w in list(shared._workers)}):
        yield shared


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("media") / "photo.jpg"
    rng = np.random.default_rng(7)
    Image.fromarray(rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)).save(path, quality=90)
    return path


def _marked(folder: Path, name: str, marker: bytes) -> Path:
    path = folder / name
    path.write_bytes(marker + b"\x00" * 64)
    return path


def _png_bomb(path: Path, width: int, height: int) -> Path:
    """A small PNG (a few hundred KB) whose RGB pixels need ``width * height * 4`` bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    packer = zlib.compressobj(9)
    rows = (b"\x00" * (3 * width + 1)) * 500
    body = b"".join(packer.compress(rows) for _ in range(height // 500)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    path.write_bytes(png)
    return path


def test_a_good_image_comes_back_pixel_identical_through_the_pipe(pool: DecoderPool, photo: Path) -> None:
    here = load_image(photo, max_size=(400, 300))
    there = pool.load_image(photo, max_size=(400, 300))
    assert there.shape == here.shape and there.dtype == np.uint8 and there.flags.c_contiguous
    assert np.array_equal(there, here)
    info = pool.probe(photo)
    assert (info.kind, info.width, info.height) == ("image", 800, 600)


@needs_rlimits
def test_workers_run_with_memory_core_and_processor_limits(pool: DecoderPool) -> None:
    limits = pool.run(decoders.rlimits)
    assert limits["as"][0] == 2 * 1024**3  # the default memory limit
    assert limits["core"] == (0, 0)  # a crash never writes decoded pixels to a core file
    assert 0 < limits["cpu"][0] <= 60 + 60  # the per-task processor budget is set
    assert pool.run(decoders.worker_pid) != os.getpid()


def test_a_segfaulting_decoder_marks_the_item_and_the_next_file_decodes(
    pool: DecoderPool, photo: Path, tmp_path: Path
) -> None:
    crash = _marked(tmp_path, "crash.jpg", decoders.CRASH)
    with pytest.raises(MediaError) as caught:
        pool.probe(crash, target=decoders.hostile_probe)
    assert caught.value.reason == "the decoder crashed (signal 11)"
    with pytest.raises(MediaError, match=r"crashed \(signal 11\)"):
        pool.load_image(crash, target=decoders.hostile_load_image)
    assert pool.probe(photo, target=decoders.hostile_probe).kind == "image"  # a fresh worker took over


@needs_rlimits
def test_a_decoder_that_spins_is_stopped_by_the_processor_limit(photo: Path, tmp_path: Path) -> None:
    spin = _marked(tmp_path, "spin.png", decoders.SPIN)
    with DecoderPool(1, IsolationLimits(cpu_seconds=1, wall_seconds=60)) as strict:
        with pytest.raises(MediaError) as caught:
            strict.probe(spin, target=decoders.hostile_probe)
        assert caught.value.reason == "decoding took longer than 1 s"
        assert strict.probe(photo).kind == "image"


def test_a_hanging_decoder_times_out_while_the_parent_keeps_working(
    pool: DecoderPool, photo: Path, tmp_path: Path
) -> None:
    hang = _marked(tmp_path, "hang.gif", decoders.HANG)
    outcome: dict[str, object] = {}

    def open_hostile_file() -> None:
        try:
            pool.probe(hang, target=decoders.hostile_probe)
        except MediaError as error:
            outcome["reason"] = error.reason

    hung = threading.Thread(target=open_hostile_file)
    hung.start()
    # While one worker hangs, the app goes on: the other worker decodes a good image meanwhile.
    image = pool.load_image(photo, max_size=(200, 150))
    assert image.shape[2] == 3
    assert hung.is_alive(), "the hang should still be waiting for its timeout"
    hung.join(timeout=60)
    assert outcome == {"reason": "decoding took longer than 3 s"}
    assert pool.probe(photo).kind == "image"


@needs_rlimits
def test_a_decompression_bomb_is_stopped_by_the_memory_limit(photo: Path, tmp_path: Path) -> None:
    bomb = _png_bomb(tmp_path / "bomb.png", 12000, 12000)  # 400 KB on disk, 576 MB decoded
    assert bomb.stat().st_size < 2 * MB
    generous = Limits(max_pixels=10**9)  # past the header check, to reach the decoder itself
    with DecoderPool(1, IsolationLimits(memory_bytes=768 * MB)) as small:
        with pytest.raises(MediaError) as caught:
            small.probe(bomb, generous)
        assert caught.value.reason == "decoding needed more than 768 MB"
        assert small.probe(photo).kind == "image"  # the worker survived its MemoryError


def test_an_import_goes_on_past_crashing_and_hanging_decoders(
    pool: DecoderPool, photo: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a-good.jpg").write_bytes(photo.read_bytes())
    _marked(folder, "b-crash.jpg", decoders.CRASH)
    _marked(folder, "c-hang.mp4", decoders.HANG)
    db = Database(f"sqlite:///{tmp_path / 'ws.db'}")
    try:
        db.upgrade()
        clock = FakeClock()
        Directory(db, clock).add_queue("q", severity_tier=2, verdicts=taxonomy.builtin("general"))
        importer = Importer(
            db,
            clock,
            prober=functools.partial(pool.probe, target=decoders.hostile_probe),
            hasher=pool.perceptual_hash,
        )
        report = importer.run(None, "q", [folder])
    finally:
        db.dispose()
    assert report.items == 3 and not report.rejected
    reasons = {Path(p.source).name: p.reason for p in report.unreadable}
    assert reasons == {
        "b-crash.jpg": "the decoder crashed (signal 11)",
        "c-hang.mp4": "decoding took longer than 3 s",
    }


def test_fork_is_refused() -> None:
    with pytest.raises(ValueError, match="never forked"):
        DecoderPool(context="fork")
