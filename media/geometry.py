"""Size arithmetic shared by loading and filtering (kept separate to avoid import cycles)."""

from __future__ import annotations


def fit_size(src_wh: tuple[int, int], view_wh: tuple[int, int]) -> tuple[int, int]:
    """Largest size with the source's aspect ratio that fits inside the view.

    Small sources are scaled *up* to fill the view (a blurred 200 px thumbnail shown at 200 px in a
    1600 px view would be hard to judge); large ones are scaled down. Each side is at least 1 px.
    """
    sw, sh = src_wh
    vw, vh = view_wh
    if sw <= 0 or sh <= 0:
        raise ValueError(f"source size must be positive, got {sw}x{sh}")
    if vw <= 0 or vh <= 0:
        raise ValueError(f"view size must be positive, got {vw}x{vh}")
    scale = min(vw / sw, vh / sh)
    w = min(vw, max(1, round(sw * scale)))
    h = min(vh, max(1, round(sh * scale)))
    return w, h
