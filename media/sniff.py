"""Identify a file's real type from its leading bytes; the extension is never trusted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from media.errors import MediaError
from media.phrases import QT_TRANSLATE_NOOP

MediaKind = Literal["image", "video", "text"]

_HEAD_BYTES = 8192


@dataclass(frozen=True)
class Sniffed:
    """What the bytes say a file is: broad kind, MIME type and a short format name."""

    kind: MediaKind
    mime: str
    format: str


_IMAGE_MIME = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
    "avif": "image/avif",
}
_VIDEO_MIME = {
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "webm": "video/webm",
    "mkv": "video/x-matroska",
    "avi": "video/x-msvideo",
}
# QuickTime files may start with any of these top-level atoms instead of 'ftyp'.
_QT_ATOMS = (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")


def _image(fmt: str) -> Sniffed:
    return Sniffed("image", _IMAGE_MIME[fmt], fmt)


def _video(fmt: str) -> Sniffed:
    return Sniffed("video", _VIDEO_MIME[fmt], fmt)


def _looks_like_text(head: bytes) -> bool:
    """Plain text has no NUL bytes and few control characters (any encoding: load_text judges UTF-8)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 BOM: text, though load_text will refuse it as not UTF-8
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls <= len(head) // 100


_AVIF_BRANDS = (b"avif", b"avis")


def _is_avif(head: bytes) -> bool:
    """An ISO-BMFF ``ftyp`` box naming AVIF as its major or a compatible brand: a still (or an
    image sequence) in the HEIF family, decoded by Pillow, not a video for FFmpeg."""
    size = int.from_bytes(head[0:4], "big")
    box = head[8 : min(max(size, 16), 256, len(head))]
    brands = [box[i : i + 4] for i in range(0, len(box) - 3, 4)]
    major, compatible = brands[0], brands[2:]  # major brand, minor version, compatible brands
    heif = major in (b"mif1", b"msf1")
    return major in _AVIF_BRANDS or (heif and any(b in _AVIF_BRANDS for b in compatible))


def sniff_bytes(head: bytes) -> Sniffed:
    """Classify by magic numbers in ``head`` (the first few KB of a file)."""
    if not head:
        raise MediaError(QT_TRANSLATE_NOOP("Media", "empty file"))
    if head.startswith(b"\xff\xd8\xff"):
        return _image("jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _image("png")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _image("gif")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _image("webp")
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return _video("avi")
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):  # TIFF, BigTIFF
        return _image("tiff")
    if head.startswith(b"BM") and len(head) >= 26 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        # BMP: 'BM' alone is too weak (plain text can start with it); check the DIB header size.
        return _image("bmp")
    if head[4:8] == b"ftyp":
        if _is_avif(head):
            return _image("avif")
        brand = head[8:12]
        return _video("mov" if brand == b"qt  " else "mp4")
    if head[4:8] in _QT_ATOMS:
        return _video("mov")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _video("webm" if b"webm" in head[:64] else "mkv")
    if _looks_like_text(head):
        return Sniffed("text", "text/plain", "text")
    raise MediaError(
        QT_TRANSLATE_NOOP("Media", "unrecognised file type (starts with {bytes})").format(
            bytes=head[:8].hex(" ")
        )
    )


def sniff(path: Path) -> Sniffed:
    """Classify a file from its first bytes. Zero-byte and unknown files raise :class:`MediaError`."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except IsADirectoryError as exc:
        raise MediaError(QT_TRANSLATE_NOOP("Media", "not a file (a folder)")) from exc
    except FileNotFoundError as exc:
        raise MediaError(QT_TRANSLATE_NOOP("Media", "file not found")) from exc
    except OSError as exc:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "cannot read file: {error}").format(error=str(exc.strerror or exc))
        ) from exc
    return sniff_bytes(head)
