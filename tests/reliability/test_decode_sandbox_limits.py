"""One pixel limit and one memory limit that agree (issue 13): an image under the documented
100 MP limit decodes within the decoder's 2 GB, at display size and at full size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from media.limits import DEFAULT_LIMITS
from workstation.decode_sandbox import DecoderPool, IsolationLimits


@pytest.mark.slow
def test_a_998_megapixel_rgba_png_under_the_limit_loads_in_the_worker(tmp_path: Path) -> None:
    side = 9_990  # 99.8 MP, just under Limits.max_pixels
    assert side * side < DEFAULT_LIMITS.max_pixels
    path = tmp_path / "huge.png"
    Image.new("RGBA", (side, side), (10, 20, 30, 128)).save(path, compress_level=1)
    with DecoderPool(1, IsolationLimits(wall_seconds=120, cpu_seconds=120)) as pool:
        info = pool.probe(path)  # used to be "decoding needed more than 2 GB"
        assert (info.width, info.height) == (side, side)
        view = pool.load_image(path, max_size=(1600, 900))
        assert view.shape[0] >= 900 and view.shape[0] < side
        full = pool.load_image(path)
        assert full.shape == (side, side, 3)
        assert tuple(full[0, 0]) == (
            (10 * 128 + 128 * 127 + 127) // 255,
            (20 * 128 + 128 * 127 + 127) // 255,
            (30 * 128 + 128 * 127 + 127) // 255,
        )
