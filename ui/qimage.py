"""numpy RGB frames to QImage: the one conversion, always a deep copy Qt owns."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def to_qimage(rgb: np.ndarray) -> QImage:
    """An HxWx3 uint8 RGB array as an RGB888 QImage that owns its pixels (the array may be reused)."""
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"expected HxWx3 uint8, got {rgb.shape} {rgb.dtype}")
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return image.copy()  # detach from the numpy buffer


def to_array(image: QImage) -> np.ndarray:
    """A QImage (e.g. ``widget.grab().toImage()``) as an HxWx3 uint8 RGB array (for tests and tools)."""
    converted = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = converted.width(), converted.height()
    ptr = converted.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8, count=converted.bytesPerLine() * h)
    return arr.reshape(h, converted.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()
