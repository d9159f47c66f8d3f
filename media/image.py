"""Safe decoding of untrusted still images into RGB arrays.

Pillow parses the header lazily, so the pixel limit is checked from the header before any pixel
is decoded; only the format the bytes claim is allowed to parse the file, which keeps Pillow's
many exotic format plugins out of reach of hostile input.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from media.errors import MediaError
from media.geometry import fit_size
from media.limits import DEFAULT_LIMITS, Limits, megapixels
from media.phrases import QT_TRANSLATE_NOOP
from media.sniff import sniff

# media enforces Limits.max_pixels itself, from the header, before decoding every image. Pillow's
# own global check would otherwise warn (a test error under filterwarnings=error) or refuse images
# below a configured limit, and toggling it per call is not thread-safe for prefetch workers.
Image.MAX_IMAGE_PIXELS = None

_PIL_FORMATS: dict[str, list[str]] = {
    "jpeg": ["JPEG", "MPO"],
    "png": ["PNG"],
    "gif": ["GIF"],
    "webp": ["WEBP"],
    "bmp": ["BMP", "DIB"],
    "tiff": ["TIFF"],
    "avif": ["AVIF"],
}
_MID_GRAY = 128
_BAND_ROWS = 256
_NO_REDUCE = {"1", "P", "I;16", "I;16B", "I;16L", "I;16N"}  # modes Image.reduce refuses
# EXIF orientations 5..8 rotate by 90 degrees, so width and height swap on display.
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}


def _check_file(path: Path, limits: Limits) -> str:
    """Sniff the bytes and check size; returns the image format name."""
    sniffed = sniff(path)
    if sniffed.kind != "image":
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "not an image (the bytes are {format} {kind})").format(
                format=sniffed.format, kind=sniffed.kind
            )
        )
    size = os.stat(path).st_size
    if size > limits.max_file_bytes:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "file of {size} bytes exceeds the {limit} byte limit").format(
                size=size, limit=limits.max_file_bytes
            )
        )
    return sniffed.format


def _peek_dims(path: Path, fmt: str) -> tuple[int, int] | None:
    """Width and height straight from a PNG/GIF header, to explain headers Pillow refuses."""
    with open(path, "rb") as fh:
        head = fh.read(32)
    if fmt == "png" and len(head) >= 24 and head[12:16] == b"IHDR":
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if fmt == "gif" and len(head) >= 10:
        return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
    return None


def _open(path: Path, fmt: str) -> Image.Image:
    try:
        return Image.open(path, formats=_PIL_FORMATS[fmt])
    except UnidentifiedImageError as exc:
        dims = _peek_dims(path, fmt)
        if dims is not None and (dims[0] == 0 or dims[1] == 0):
            raise MediaError(
                QT_TRANSLATE_NOOP("Media", "image has no pixels ({width}x{height})").format(
                    width=dims[0], height=dims[1]
                )
            ) from exc
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "corrupt {format} image: header not readable").format(
                format=fmt.upper()
            )
        ) from exc
    except Exception as exc:  # Pillow raises many types for bad headers
        raise _decode_error(fmt, exc) from exc


def _decode_error(fmt: str, exc: BaseException) -> MediaError:
    """Map Pillow's assorted exceptions to one human reason."""
    name = fmt.upper()
    msg = str(exc)
    if isinstance(exc, MediaError):
        return exc
    if isinstance(exc, EOFError) or "truncated" in msg.lower() or "premature end" in msg.lower():
        return MediaError(QT_TRANSLATE_NOOP("Media", "truncated {format}").format(format=name))
    if isinstance(exc, MemoryError):
        return MediaError(
            QT_TRANSLATE_NOOP("Media", "{format} image too large to decode").format(format=name)
        )
    if isinstance(exc, zlib.error):
        return MediaError(
            QT_TRANSLATE_NOOP("Media", "corrupt {format} image: bad compressed data").format(format=name)
        )
    if msg:  # Pillow's own words (English, a library's): whole sentences with and without them
        return MediaError(
            QT_TRANSLATE_NOOP("Media", "corrupt {format} image: {detail}").format(format=name, detail=msg)
        )
    return MediaError(QT_TRANSLATE_NOOP("Media", "corrupt {format} image").format(format=name))


def _check_dimensions(img: Image.Image, limits: Limits) -> None:
    w, h = img.size
    if w <= 0 or h <= 0:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "image has no pixels ({width}x{height})").format(width=w, height=h)
        )
    if w * h > limits.max_pixels:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "image of {width}x{height} pixels exceeds the {limit} limit").format(
                width=w, height=h, limit=megapixels(limits.max_pixels)
            )
        )


def _orientation(img: Image.Image) -> int:
    """EXIF orientation, read without decoding pixels.

    Pillow's ``getexif()`` on a PNG whose eXIf chunk was not met before the image data *loads the
    whole image* to find it, and a decoding error there would be swallowed here and never raised
    again (the later ``load()`` finds nothing left to do): the image would pass as readable with
    its lower rows black. So a PNG's orientation comes only from a chunk already read; call this
    after ``load()`` to see one placed after the pixels.
    """
    if img.format == "PNG" and "exif" not in img.info and getattr(img, "tile", None):
        return 1
    try:
        return int(img.getexif().get(0x0112, 1))
    except Exception:  # a broken EXIF block must not make the image unreadable
        return 1


def _to_rgb(img: Image.Image) -> np.ndarray:
    """Any Pillow mode to HxWx3 uint8 RGB; alpha is composited on mid-gray (neutral under blur)."""
    mode = img.mode
    if mode == "RGB":
        arr = np.asarray(img)
    elif mode.startswith("I;16") or mode in ("I", "F"):
        raw = np.asarray(img)
        if mode == "F" or (mode == "I" and raw.size and int(raw.max()) <= 255):
            gray = np.clip(raw, 0, 255).astype(np.uint8)
        else:  # 16-bit samples: scale 0..65535 to 0..255
            gray = ((np.clip(raw.astype(np.uint32), 0, 65535) + 128) // 257).astype(np.uint8)
        arr = np.repeat(gray[:, :, None], 3, axis=2)
    elif mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in img.info):
        rgba = np.asarray(img if mode == "RGBA" else img.convert("RGBA"))
        arr = np.empty((*rgba.shape[:2], 3), dtype=np.uint8)
        # In bands of rows: the uint16 arithmetic over a whole 100 MP image would need 2 GB more.
        for top in range(0, rgba.shape[0], _BAND_ROWS):
            band = rgba[top : top + _BAND_ROWS].astype(np.uint16)
            alpha = band[:, :, 3:4]
            arr[top : top + _BAND_ROWS] = (band[:, :, :3] * alpha + _MID_GRAY * (255 - alpha) + 127) // 255
    else:  # L, 1, P, CMYK, YCbCr, LAB, HSV ...
        arr = np.asarray(img.convert("RGB"))
    return np.ascontiguousarray(arr, dtype=np.uint8)


def load_image(
    path: Path, limits: Limits = DEFAULT_LIMITS, max_size: tuple[int, int] | None = None
) -> np.ndarray:
    """Decode an image file to an HxWx3 uint8 RGB, C-contiguous array, upright per EXIF.

    ``max_size=(w, h)`` is the largest display size the caller will need: a JPEG much larger than
    that is decoded at 1/2, 1/4 or 1/8 scale in the DCT (far cheaper), never below the size needed
    to fill ``max_size``. Animated GIF/WebP give their first frame. Raises :class:`MediaError`.
    """
    fmt = _check_file(path, limits)
    img = _open(path, fmt)
    try:
        _check_dimensions(img, limits)
        need: tuple[int, int] | None = None
        if fmt == "jpeg":  # JPEG's EXIF is in a header segment: known before decoding
            orientation = _orientation(img)
            need = _needed(img.size, orientation, max_size)
            if need is not None:
                img.draft("RGB", need)
        img.load()  # every decoding error surfaces here, before anything else reads the file
        if fmt != "jpeg":
            orientation = _orientation(img)
            need = _needed(img.size, orientation, max_size)
            factor = min(img.size[0] // need[0], img.size[1] // need[1]) if need else 1
            # shrink before converting: a 100 MP RGBA then costs its 400 MB, not 2 GB more
            if factor >= 2 and img.mode not in _NO_REDUCE:
                img = img.reduce(factor)
        if orientation != 1:
            img = ImageOps.exif_transpose(img)
        return _to_rgb(img)
    except MediaError:
        raise
    except Exception as exc:
        raise _decode_error(fmt, exc) from exc
    finally:
        img.close()


def _needed(
    size: tuple[int, int], orientation: int, max_size: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The stored-orientation size that still fills ``max_size``, when at least half of ``size``."""
    if max_size is None:
        return None
    w, h = size
    upright = (h, w) if orientation in _SWAPPING_ORIENTATIONS else (w, h)
    need_w, need_h = fit_size(upright, max_size)
    if orientation in _SWAPPING_ORIENTATIONS:
        need_w, need_h = need_h, need_w
    return (need_w, need_h) if need_w * 2 <= w and need_h * 2 <= h else None


def image_size(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[int, int]:
    """Upright (EXIF-applied) width and height from the header, without decoding pixels."""
    fmt = _check_file(path, limits)
    with _open(path, fmt) as img:
        _check_dimensions(img, limits)
        w, h = img.size
        return (h, w) if _orientation(img) in _SWAPPING_ORIENTATIONS else (w, h)


def image_frame_count(path: Path, limits: Limits = DEFAULT_LIMITS) -> int:
    """Number of frames (1 for still images; animated GIF/WebP and multi-page TIFF count each)."""
    fmt = _check_file(path, limits)
    img = _open(path, fmt)
    try:
        _check_dimensions(img, limits)
        count = int(getattr(img, "n_frames", 1))
    except MediaError:
        raise
    except Exception as exc:
        raise _decode_error(fmt, exc) from exc
    finally:
        img.close()
    if count > limits.max_frames:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "animation of {count} frames exceeds the {limit} frame limit").format(
                count=count, limit=limits.max_frames
            )
        )
    return count
