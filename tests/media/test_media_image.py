"""Loading every supported image format, colour mode and failure into RGB arrays."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from media_samples import noise, pattern, png_with_header, save
from PIL import Image

from media.errors import MediaError
from media.image import image_frame_count, image_size, load_image
from media.limits import Limits


def assert_rgb(arr: np.ndarray, w: int, h: int) -> None:
    assert arr.shape == (h, w, 3)
    assert arr.dtype == np.uint8
    assert arr.flags.c_contiguous


@pytest.mark.parametrize(
    ("ext", "kwargs", "lossless"),
    [
        ("jpg", {"quality": 95}, False),
        ("png", {}, True),
        ("webp", {"lossless": True}, True),
        ("gif", {}, False),
        ("bmp", {}, True),
        ("tiff", {}, True),
        ("tiff", {"compression": "tiff_lzw"}, True),
    ],
)
def test_formats_load_as_rgb(tmp_path: Path, ext: str, kwargs: dict[str, object], lossless: bool) -> None:
    src = pattern(64, 48)
    path = save(src, tmp_path / f"card.{ext}", **kwargs)
    out = load_image(path)
    assert_rgb(out, 64, 48)
    if lossless:
        np.testing.assert_array_equal(out, src)
    else:
        assert np.abs(out.astype(int) - src.astype(int)).mean() < 12
        assert out[2, 2].min() > 200  # the white corner block


def test_extension_is_ignored(tmp_path: Path) -> None:
    """A PNG named .jpg (or with no extension) loads as the PNG it is."""
    src = pattern(40, 30)
    buf = io.BytesIO()
    Image.fromarray(src).save(buf, format="PNG")
    for name in ("lies.jpg", "noext", "x.txt"):
        (tmp_path / name).write_bytes(buf.getvalue())
        np.testing.assert_array_equal(load_image(tmp_path / name), src)


@pytest.mark.parametrize(
    ("orientation", "upright_corner"),
    [(1, "tl"), (2, "tr"), (3, "br"), (4, "bl"), (5, "tl"), (6, "tr"), (7, "br"), (8, "bl")],
)
def test_exif_orientation_is_applied(tmp_path: Path, orientation: int, upright_corner: str) -> None:
    stored = pattern(80, 40)  # white block in the stored top-left corner
    img = Image.fromarray(stored)
    exif = img.getexif()
    exif[0x0112] = orientation
    path = tmp_path / "o.jpg"
    img.save(path, quality=95, exif=exif)
    out = load_image(path)
    w, h = (40, 80) if orientation >= 5 else (80, 40)
    assert_rgb(out, w, h)
    assert image_size(path) == (w, h)
    corners = {"tl": out[2, 2], "tr": out[2, -3], "bl": out[-3, 2], "br": out[-3, -3]}
    assert corners[upright_corner].min() > 200
    bright = [k for k, v in corners.items() if v.min() > 200]
    assert bright == [upright_corner]


def test_cmyk_jpeg(tmp_path: Path) -> None:
    cmyk = Image.fromarray(pattern(32, 32)).convert("CMYK")
    path = tmp_path / "cmyk.jpg"
    cmyk.save(path, quality=95)
    out = load_image(path)
    assert_rgb(out, 32, 32)
    assert out[2, 2].min() > 200


def test_cmyk_tiff(tmp_path: Path) -> None:
    path = save(Image.fromarray(pattern(32, 32)).convert("CMYK"), tmp_path / "cmyk.tif")
    out = load_image(path)
    np.testing.assert_allclose(out.astype(int), pattern(32, 32).astype(int), atol=2)


def test_16bit_gray_png(tmp_path: Path) -> None:
    ramp = (np.arange(64 * 16, dtype=np.uint32).reshape(16, 64) * 64).astype(np.uint16)
    path = tmp_path / "g16.png"
    Image.fromarray(ramp).save(path)
    out = load_image(path)
    assert_rgb(out, 64, 16)
    expected = np.round(ramp / 257).astype(np.uint8)
    np.testing.assert_allclose(out[..., 0].astype(int), expected.astype(int), atol=1)
    assert np.array_equal(out[..., 0], out[..., 2])


def test_16bit_rgb_png(tmp_path: Path) -> None:
    """16-bit RGB PNG written by OpenCV (Pillow cannot write it) is reduced to 8 bits."""
    import cv2

    rgb16 = pattern(20, 10).astype(np.uint16) * 257
    path = tmp_path / "rgb16.png"
    assert cv2.imwrite(str(path), cv2.cvtColor(rgb16, cv2.COLOR_RGB2BGR))
    out = load_image(path)
    np.testing.assert_allclose(out.astype(int), pattern(20, 10).astype(int), atol=1)


def test_palette_gray_and_la(tmp_path: Path) -> None:
    src = pattern(30, 20)
    pal = save(Image.fromarray(src).convert("P", palette=Image.Palette.ADAPTIVE), tmp_path / "p.png")
    assert_rgb(load_image(pal), 30, 20)
    gray = save(Image.fromarray(src).convert("L"), tmp_path / "l.png")
    g = load_image(gray)
    assert np.array_equal(g[..., 0], g[..., 1])
    la = Image.fromarray(src).convert("LA")
    la.putalpha(0)
    la_out = load_image(save(la, tmp_path / "la.png"))
    assert np.all(la_out == 128)  # fully transparent -> mid-gray
    bw = save(Image.fromarray(src).convert("1"), tmp_path / "1.bmp")
    assert set(np.unique(load_image(bw)).tolist()) <= {0, 255}


def test_alpha_is_composited_on_mid_gray(tmp_path: Path) -> None:
    rgba = np.zeros((10, 10, 4), np.uint8)
    rgba[..., 0] = 255
    rgba[:, :5, 3] = 255  # left half opaque red
    rgba[:, 5:, 3] = 0  # right half transparent
    out = load_image(save(rgba, tmp_path / "a.png"))
    assert out[5, 0].tolist() == [255, 0, 0]
    assert out[5, 9].tolist() == [128, 128, 128]
    # Transparent palette entry in a GIF
    pal = Image.new("P", (4, 4), 1)
    pal.putpalette([0, 0, 0, 255, 255, 255] + [0] * 762)
    pal.info["transparency"] = 1
    path = tmp_path / "t.gif"
    pal.save(path, transparency=1)
    assert load_image(path)[0, 0].tolist() == [128, 128, 128]


def animated(path: Path, frames: int, size: tuple[int, int] = (8, 8), **kwargs: object) -> Path:
    imgs = []
    for i in range(frames):
        a = np.zeros((size[1], size[0], 3), np.uint8)
        a[0, 0] = (i % 256, (i // 256) % 256, 255)  # every frame differs, so none are merged
        a[1:, :] = 40
        imgs.append(Image.fromarray(a))
    imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=40, **kwargs)
    return path


def test_animated_gif_first_frame_and_count(tmp_path: Path) -> None:
    path = animated(tmp_path / "a.gif", 5)
    assert image_frame_count(path) == 5
    first = load_image(path)
    assert_rgb(first, 8, 8)
    assert first[0, 0, 2] == 255 and first[0, 0, 0] == 0


def test_animated_webp(tmp_path: Path) -> None:
    path = animated(tmp_path / "a.webp", 4, lossless=True)
    assert image_frame_count(path) == 4
    assert load_image(path)[0, 0].tolist() == [0, 0, 255]


def test_thousands_of_gif_frames(tmp_path: Path) -> None:
    path = animated(tmp_path / "many.gif", 3000, size=(4, 4))
    assert_rgb(load_image(path), 4, 4)
    assert image_frame_count(path) == 3000
    with pytest.raises(MediaError, match="3000 frames exceeds the 1000 frame limit"):
        image_frame_count(path, Limits(max_frames=1000))


def test_still_image_has_one_frame(png_file: Path) -> None:
    assert image_frame_count(png_file) == 1


# ---- failures -------------------------------------------------------------------------------


def test_zero_byte_file(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(MediaError, match="empty file"):
        load_image(tmp_path / "empty.jpg")


@pytest.mark.parametrize(("ext", "name"), [("jpg", "JPEG"), ("png", "PNG"), ("gif", "GIF"), ("webp", "WEBP")])
def test_truncated_images(tmp_path: Path, ext: str, name: str) -> None:
    path = save(noise(200, 150), tmp_path / f"n.{ext}")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(MediaError, match=f"(truncated|corrupt) {name}") as info:
        load_image(path)
    assert str(info.value) == info.value.reason


def test_truncated_jpeg_says_truncated(tmp_path: Path) -> None:
    path = save(noise(200, 150), tmp_path / "n.jpg")
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(MediaError, match=r"^truncated JPEG$"):
        load_image(path)


def test_decompression_bomb_header_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(png_with_header(40000, 40000))
    assert path.stat().st_size < 200

    def no_decoding(self: Image.Image) -> None:
        raise AssertionError("pixels were decoded before the size was checked")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    with pytest.raises(MediaError, match="image of 40000x40000 pixels exceeds the 100 MP limit"):
        load_image(path)
    with pytest.raises(MediaError, match="exceeds"):
        image_size(path)


def test_pixel_limit_is_configurable(tmp_path: Path) -> None:
    path = save(pattern(100, 100), tmp_path / "p.png")
    with pytest.raises(MediaError, match=r"100x100 pixels exceeds the 0\.0 MP limit"):
        load_image(path, Limits(max_pixels=9_999))
    assert_rgb(load_image(path, Limits(max_pixels=10_000)), 100, 100)


def test_zero_size_png(tmp_path: Path) -> None:
    path = tmp_path / "zero.png"
    path.write_bytes(png_with_header(0, 0))
    with pytest.raises(MediaError, match=r"^image has no pixels \(0x0\)$"):
        load_image(path)
    path.write_bytes(png_with_header(0, 10))
    with pytest.raises(MediaError, match=r"^image has no pixels \(0x10\)$"):
        load_image(path)


def test_16bit_tiff(tmp_path: Path) -> None:
    import cv2

    rgb16 = pattern(20, 10).astype(np.uint16) * 257
    path = tmp_path / "rgb16.tif"
    assert cv2.imwrite(str(path), cv2.cvtColor(rgb16, cv2.COLOR_RGB2BGR))
    np.testing.assert_array_equal(load_image(path), pattern(20, 10))
    gray16 = (np.arange(200, dtype=np.uint16).reshape(10, 20) * 300)
    path = tmp_path / "gray16.tif"
    assert cv2.imwrite(str(path), gray16)
    out = load_image(path)
    np.testing.assert_allclose(out[..., 0].astype(int), np.round(gray16 / 257).astype(int), atol=1)


def test_file_size_limit(png_file: Path) -> None:
    with pytest.raises(MediaError, match="byte limit"):
        load_image(png_file, Limits(max_file_bytes=10))


def test_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("just some words\n")
    with pytest.raises(MediaError, match="not an image"):
        load_image(path)
    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(MediaError, match="unrecognised file type"):
        load_image(garbage)


def test_polyglot_magic_with_garbage_body(tmp_path: Path) -> None:
    """Bytes that start like a GIF but are something else fail cleanly, not with a crash."""
    path = tmp_path / "poly.gif"
    path.write_bytes(b"GIF89a" + b"<script>alert(1)</script>" * 20)
    with pytest.raises(MediaError, match="GIF"):
        load_image(path)


def test_polyglot_png_with_appended_archive_loads_the_image(tmp_path: Path) -> None:
    src = pattern(16, 16)
    path = save(src, tmp_path / "poly.png")
    path.write_bytes(path.read_bytes() + b"PK\x03\x04" + b"\x00" * 100)
    np.testing.assert_array_equal(load_image(path), src)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="not found"):
        load_image(tmp_path / "nope.png")


def test_bad_png_crc(tmp_path: Path) -> None:
    path = save(noise(50, 50), tmp_path / "crc.png")
    data = bytearray(path.read_bytes())
    data[20] ^= 0x01  # inside IHDR: its checksum no longer matches
    path.write_bytes(bytes(data))
    with pytest.raises(MediaError, match="PNG"):
        load_image(path)


# ---- reduced-scale decoding ------------------------------------------------------------------


def test_reduced_jpeg_decode_never_smaller_than_needed(tmp_path: Path) -> None:
    path = save(pattern(4000, 3000), tmp_path / "big.jpg", quality=90)
    full = load_image(path)
    assert_rgb(full, 4000, 3000)
    small = load_image(path, max_size=(800, 450))
    # fit of 4000x3000 into 800x450 is 600x450; a 1/4 decode (1000x750) is the smallest >= that.
    assert_rgb(small, 1000, 750)
    tiny = load_image(path, max_size=(100, 100))
    assert_rgb(tiny, 500, 375)  # 1/8 is the smallest DCT scale
    same = load_image(path, max_size=(4000, 3000))
    assert_rgb(same, 4000, 3000)


def test_reduced_decode_respects_rotation(tmp_path: Path) -> None:
    img = Image.fromarray(pattern(2000, 1000))
    exif = img.getexif()
    exif[0x0112] = 6  # rotate 90: upright 1000x2000
    path = tmp_path / "rot.jpg"
    img.save(path, quality=90, exif=exif)
    out = load_image(path, max_size=(250, 500))
    assert out.shape[0] >= 500 and out.shape[1] >= 250
    assert out.shape[0] < 2000
    assert out.shape[0] > out.shape[1]


def test_12mp_jpeg_decodes_at_reduced_scale_for_the_view(tmp_path: Path) -> None:
    """The cost is measured in benchmarks/media.py; here, that the cheap path is taken at all."""
    path = save(pattern(4000, 3000), tmp_path / "12mp.jpg", quality=90)
    out = load_image(path, max_size=(1600, 900))
    assert out.shape[1] < 4000  # decoded at 1/2 scale, not full resolution
    assert out.shape[1] >= 1600 and out.shape[0] >= 900  # still enough to fill the view
