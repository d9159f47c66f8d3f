"""Perceptual hashes (PDQ) and text: strict UTF-8 loading and term masking."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from media_samples import write_video

from media.errors import MediaError
from media.limits import Limits
from media.phash import MATCH_THRESHOLD, PerceptualHash, distance, hash_image, hash_video, matches
from media.textmask import DEFAULT_TERMS_PATH, Segment, load_terms, load_text, mask_text


def shapes(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    img = np.full((240, 320, 3), 90, np.uint8)
    for _ in range(8):
        c = tuple(int(v) for v in rng.integers(0, 256, 3))
        x, y = (int(v) for v in rng.integers(0, 300, 2))
        cv2.circle(img, (x, y % 240), int(rng.integers(10, 60)), c, -1)
    return img


def test_pdq_hash_shape_and_kind() -> None:
    h = hash_image(shapes(1))
    assert h.kind == "pdq" and len(h.hex) == 64 and h.bits == 256
    int(h.hex, 16)
    assert h.quality is not None and h.reliable


def test_pdq_survives_benign_edits_and_separates_different_images() -> None:
    img = shapes(1)
    h = hash_image(img)
    resized = cv2.resize(img, (160, 120), interpolation=cv2.INTER_AREA)
    ok, jpeg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 60])
    assert ok
    recompressed = cv2.imdecode(jpeg, cv2.IMREAD_COLOR)
    brighter = np.clip(img.astype(int) + 15, 0, 255).astype(np.uint8)
    for edited in (resized, recompressed, brighter):
        assert matches(h, hash_image(edited)), distance(h, hash_image(edited))
    others = [hash_image(shapes(s)) for s in range(2, 7)]
    assert all(not matches(h, o) for o in others)
    assert all(distance(h, o) > 2 * MATCH_THRESHOLD for o in others)


def test_distance_rules() -> None:
    a = PerceptualHash("pdq", "0" * 64, 100)
    b = PerceptualHash("pdq", "f" + "0" * 63, 100)
    assert distance(a, b) == 4 and distance(a, a) == 0
    assert matches(a, b)
    with pytest.raises(ValueError, match="cannot compare"):
        distance(a, PerceptualHash("phash", "0" * 16, None))
    with pytest.raises(ValueError):
        hash_image(np.zeros((4, 4), np.uint8))


def test_flat_image_has_low_quality() -> None:
    assert not hash_image(np.full((64, 64, 3), 128, np.uint8)).reliable


def test_big_images_hash_like_their_downscale() -> None:
    img = cv2.resize(shapes(3), (3200, 2400), interpolation=cv2.INTER_LINEAR)
    assert distance(hash_image(img), hash_image(shapes(3))) <= 16


def test_hash_video_keyframes(tmp_path: Path) -> None:
    path = write_video(tmp_path / "v.mp4", seconds=3.0, fps=10, size=(160, 96), gop=10, scenes=3)
    hashes = hash_video(path)
    assert len(hashes) == 3 and all(h.kind == "pdq" for h in hashes)
    assert not matches(hashes[0], hashes[1])  # a different scene
    with pytest.raises(MediaError):
        hash_video(path, Limits(max_pixels=100))


# ---- text -----------------------------------------------------------------------------------


def test_load_text_utf8_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes("\ufeffhéllo ✓\n".encode())
    assert load_text(path) == "héllo ✓\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\xe9def", "not UTF-8 text: invalid byte 0xe9 at offset 3"),
        (b"\xef\xbb\xbfab\xff", "not UTF-8 text: invalid byte 0xff at offset 5"),
        ("hi".encode("utf-16"), "not UTF-8 text: invalid byte 0xff at offset 0 (looks like UTF-16)"),
        ("naïve".encode("cp1252"), "not UTF-8 text: invalid byte 0xef at offset 2"),
    ],
)
def test_load_text_rejects_other_encodings(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    with pytest.raises(MediaError) as info:
        load_text(path)
    assert info.value.reason == reason


def test_load_text_limits_and_kinds(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("x" * 100)
    with pytest.raises(MediaError, match="exceeds the 10 byte limit"):
        load_text(path, Limits(max_text_bytes=10))
    img = tmp_path / "i.txt"
    img.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 30)
    with pytest.raises(MediaError, match="not text"):
        load_text(img)


def test_default_term_list_is_present_and_tame() -> None:
    assert DEFAULT_TERMS_PATH.is_file()
    terms = load_terms()
    assert "kill" in terms and "suicide" in terms
    assert all(not t.startswith("#") and t == t.strip() and t for t in terms)


def test_load_terms_format(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("# comment\n\nFoo\n  bar baz  # trailing comment\nfoo\n", encoding="utf-8")
    assert load_terms(path) == ("Foo", "bar baz")
    with pytest.raises(MediaError):
        load_terms(tmp_path / "missing.txt")


def test_mask_text_whole_words_case_insensitive() -> None:
    segs = mask_text("Skill is not KILL; kill-switch, killed.", ["kill"])
    assert segs == [
        Segment("Skill is not ", False),
        Segment("KILL", True),
        Segment("; ", False),
        Segment("kill", True),
        Segment("-switch, killed.", False),
    ]


def test_mask_text_phrases_and_longest_match() -> None:
    segs = mask_text("no self  harm here, harm there", ["harm", "self harm"])
    assert [s for s in segs if s.masked] == [Segment("self  harm", True), Segment("harm", True)]
    assert mask_text("", ["x"]) == []
    assert mask_text("abc", []) == [Segment("abc", False)]


@settings(max_examples=30, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab kil.\n-ÉéK")), max_size=60),
    terms=st.lists(st.sampled_from(["kill", "ab", "é", "a b"]), max_size=3),
)
def test_mask_text_round_trips(text: str, terms: list[str]) -> None:
    segs = mask_text(text, terms)
    assert "".join(s.text for s in segs) == text
    assert all(s.text for s in segs)
    folded = {t.casefold() for t in terms}
    for s in segs:
        if s.masked:
            assert " ".join(s.text.split()).casefold() in folded
