"""One QSS theme (``resources/theme/base.qss``) in two palettes, dark and light."""

from __future__ import annotations

import importlib.resources

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Shipped in the package ``resources`` (found wherever it is installed, docs/install.md).
THEME_DIR = importlib.resources.files("resources") / "theme"
THEMES = ("dark", "light")


def tokens(name: str) -> dict[str, str]:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; themes are {', '.join(THEMES)}")
    pairs = {}
    for line in (THEME_DIR / f"{name}.qss").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "/*")) and "=" in line:
            key, value = line.split("=", 1)
            pairs[key.strip()] = value.strip()
    return pairs


def stylesheet(name: str) -> str:
    text = (THEME_DIR / "base.qss").read_text(encoding="utf-8")
    for key, value in tokens(name).items():
        text = text.replace(f"@{key}@", value)
    return text


def apply_theme(app: QApplication, name: str) -> None:
    t = tokens(name)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(t["window"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(t["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(t["field"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(t["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(t["button"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(t["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(t["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(t["accent_text"]))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(name))
