"""Fixtures for the media tests; the generators live in media_samples (a uniquely named module)."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_samples import pattern, save


@pytest.fixture
def jpeg_file(tmp_path: Path) -> Path:
    return save(pattern(64, 48), tmp_path / "card.jpg", quality=95)


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    return save(pattern(64, 48), tmp_path / "card.png")
