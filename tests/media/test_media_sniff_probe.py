"""Type sniffing from bytes, probing, file hashing and the purity of the media package."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from media_samples import animated_gif, pattern, png_with_header, save, write_video

from media.errors import MediaError
from media.hashing import sha256_file
from media.limits import Limits
from media.probe import probe
from media.sniff import sniff, sniff_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("ext", "fmt", "mime"),
    [
        ("jpg", "jpeg", "image/jpeg"),
        ("png", "png", "image/png"),
        ("webp", "webp", "image/webp"),
        ("gif", "gif", "image/gif"),
        ("bmp", "bmp", "image/bmp"),
        ("tif", "tiff", "image/tiff"),
    ],
)
def test_sniff_images_ignores_the_extension(tmp_path: Path, ext: str, fmt: str, mime: str) -> None:
    path = save(pattern(8, 8), tmp_path / f"x.{ext}")
    renamed = path.rename(tmp_path / "misleading.mp4")
    sniffed = sniff(renamed)
    assert (sniffed.kind, sniffed.format, sniffed.mime) == ("image", fmt, mime)


@pytest.mark.parametrize(
    ("name", "codec", "fmt"),
    [("a.mp4", "libx264", "mp4"), ("a.mov", "libx264", "mov"), ("a.webm", "libvpx", "webm"),
     ("a.mkv", "libx264", "mkv"), ("a.avi", "mpeg4", "avi")],
)
def test_sniff_videos(tmp_path: Path, name: str, codec: str, fmt: str) -> None:
    path = write_video(tmp_path / name, seconds=0.2, fps=10, size=(32, 32), codec=codec)
    moved = path.rename(tmp_path / "clip.txt")
    assert sniff(moved).kind == "video" and sniff(moved).format == fmt


def test_sniff_text_and_failures(tmp_path: Path) -> None:
    text = tmp_path / "note.png"
    text.write_text("Plain words, café.\n", encoding="utf-8")
    assert sniff(text).kind == "text"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    assert sniff(latin).kind == "text"  # load_text then explains the encoding
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(MediaError, match=r"^empty file$"):
        sniff(empty)
    binary = tmp_path / "blob.jpg"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(MediaError, match="unrecognised file type"):
        sniff(binary)
    with pytest.raises(MediaError, match="not found"):
        sniff(tmp_path / "missing")
    with pytest.raises(MediaError, match="folder"):
        sniff(tmp_path)


def test_sniff_polyglots_go_by_the_leading_magic() -> None:
    # A GIF header followed by script text is a (broken) GIF, not text.
    assert sniff_bytes(b"GIF89a/*<script>*/").format == "gif"
    # 'BM' at the start of prose is not a bitmap.
    assert sniff_bytes(b"BM is an abbreviation used in this note.\n").kind == "text"
    # A JPEG with a ZIP appended is a JPEG.
    assert sniff_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20 + b"PK\x03\x04").format == "jpeg"
    assert sniff_bytes(b"RIFF\x00\x00\x00\x00AVI LIST").format == "avi"
    assert sniff_bytes(b"\x00\x00\x00\x14ftypqt  \x00\x00").format == "mov"


def test_probe_image(tmp_path: Path) -> None:
    path = save(pattern(40, 30), tmp_path / "p.png")
    p = probe(path)
    assert (p.kind, p.format, p.mime) == ("image", "png", "image/png")
    assert (p.width, p.height, p.frame_count) == (40, 30, 1)
    assert p.duration_s is None and p.fps is None and not p.has_audio
    assert p.bytes == path.stat().st_size


def test_probe_animated_gif(tmp_path: Path) -> None:
    p = probe(animated_gif(tmp_path / "a.gif", 7))
    assert p.frame_count == 7 and p.format == "gif"


def test_probe_video(tmp_path: Path) -> None:
    path = write_video(tmp_path / "v.mov", seconds=1.0, fps=10, size=(64, 48), audio=True)
    p = probe(path)
    assert (p.kind, p.format, p.mime) == ("video", "mov", "video/quicktime")
    assert (p.width, p.height, p.frame_count, p.has_audio) == (64, 48, 10, True)
    assert p.fps == pytest.approx(10)
    assert p.duration_s == pytest.approx(1.0, abs=0.15)


def test_probe_text(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("hello\n", encoding="utf-8")
    p = probe(path)
    assert (p.kind, p.mime, p.width, p.frame_count) == ("text", "text/plain", None, None)


def test_probe_catches_what_headers_hide(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_with_header(40000, 40000))
    with pytest.raises(MediaError, match=r"40000x40000 pixels exceeds the 100 MP limit"):
        probe(bomb)
    truncated = save(pattern(300, 200), tmp_path / "t.jpg", quality=90)
    truncated.write_bytes(truncated.read_bytes()[:-2000])
    with pytest.raises(MediaError, match="truncated JPEG"):
        probe(truncated)
    latin = tmp_path / "l.txt"
    latin.write_bytes(b"abc\xe9")
    with pytest.raises(MediaError, match="not UTF-8"):
        probe(latin)
    big = save(pattern(40, 30), tmp_path / "big.png")
    with pytest.raises(MediaError, match="byte limit"):
        probe(big, Limits(max_file_bytes=10))
    broken = write_video(tmp_path / "b.mp4", seconds=1.0)
    broken.write_bytes(broken.read_bytes()[:300])
    with pytest.raises(MediaError):
        probe(broken)


def test_sha256_file_streams(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    data = bytes(range(256)) * 10_000  # > one chunk
    path.write_bytes(data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()
    with pytest.raises(MediaError):
        sha256_file(tmp_path / "missing")
