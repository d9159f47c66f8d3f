"""Hostile and unusual stills and videos (issue 13, Import): each file is synthetic, made here."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from media.errors import MediaError
from media.image import load_image
from media.probe import probe
from media.sniff import sniff_bytes
from media.video import VideoReader
from tests.media.media_samples import noise, write_video


def _png_broken_half_way(path: Path) -> Path:
    """A valid PNG header and first rows, then compressed data that stops making sense."""
    buffer = io.BytesIO()
    Image.fromarray(noise(256, 256, seed=3)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    start = data.find(b"IDAT")
    (length,) = struct.unpack(">I", data[start - 4 : start])
    middle = start + 4 + length // 2
    data[middle : middle + 64] = b"\x00" * 64
    path.write_bytes(bytes(data))
    return path


def test_a_png_whose_decoding_fails_part_way_is_unreadable(tmp_path: Path) -> None:
    # getexif() used to load the PNG and swallow the error; the later load() did nothing, and
    # the image came out "readable" with its lower rows black.
    path = _png_broken_half_way(tmp_path / "half.png")
    with pytest.raises(MediaError, match="PNG"):
        load_image(path)
    with pytest.raises(MediaError):
        probe(path)


def test_a_png_with_orientation_after_the_pixels_is_still_turned_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise on display
    path = tmp_path / "turned.png"
    Image.fromarray(noise(40, 20)).save(path, exif=exif.tobytes())
    assert load_image(path).shape == (40, 20, 3)


def test_bigtiff_is_recognised_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "big.tif"
    Image.fromarray(noise(40, 30)).save(path, big_tiff=True)
    assert path.read_bytes()[:4] == b"II+\x00"
    info = probe(path)
    assert (info.kind, info.format, info.width, info.height) == ("image", "tiff", 40, 30)
    assert sniff_bytes(b"MM\x00+\x00\x08\x00\x00" + b"\x00" * 8).format == "tiff"


def test_an_avif_still_is_an_image_not_a_video(tmp_path: Path) -> None:
    path = tmp_path / "still.avif"
    Image.fromarray(noise(40, 30)).save(path)
    info = probe(path)
    assert (info.kind, info.mime, info.width, info.height) == ("image", "image/avif", 40, 30)
    assert load_image(path).shape == (30, 40, 3)
    # an ftyp box with a HEIF major brand and AVIF among the compatible ones
    head = struct.pack(">I", 28) + b"ftypmif1" + b"\x00\x00\x00\x00" + b"mif1miafavif"
    assert sniff_bytes(head).kind == "image"
    # an MP4 stays a video
    assert sniff_bytes(struct.pack(">I", 24) + b"ftypisom\x00\x00\x02\x00isomiso2").kind == "video"


def test_a_file_named_like_an_ffmpeg_protocol_is_read_as_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FFmpeg reads "concat:inner.mp4" through its concat protocol, i.e. the file inner.mp4.
    write_video(tmp_path / "inner.mp4", seconds=0.4, size=(64, 48))
    write_video(tmp_path / "concat:inner.mp4", seconds=0.4, size=(96, 32))
    monkeypatch.chdir(tmp_path)
    with VideoReader(Path("concat:inner.mp4")) as video:
        assert (video.width, video.height) == (96, 32)
    info = probe(Path("concat:inner.mp4"))
    assert (info.width, info.height) == (96, 32)


def test_rgba_alpha_is_composited_on_mid_gray_in_bands(tmp_path: Path) -> None:
    rgba = np.zeros((700, 3, 4), np.uint8)
    rgba[:, :, 0] = 255
    rgba[:, :, 3] = np.linspace(0, 255, 700).astype(np.uint8)[:, None]
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba, "RGBA").save(path)
    out = load_image(path)
    assert tuple(out[0, 0]) == (128, 128, 128)
    assert tuple(out[-1, 0]) == (255, 0, 0)
