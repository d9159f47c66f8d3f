"""One QSS theme (``resources/theme/base.qss``) in three palettes: dark, light and high contrast
(docs/accessibility.md). The person's choice is kept; without one, a system asking for more contrast
gets high contrast, else dark."""

from __future__ import annotations

import importlib.resources

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Shipped in the package ``resources`` (found wherever it is installed, docs/install.md).
THEME_DIR = importlib.resources.files("resources") / "theme"
THEMES = ("dark", "light", "high-contrast")
HIGH_CONTRAST = "high-contrast"


def system_wants_high_contrast(app: QApplication) -> bool:
    """The platform's contrast preference (Qt 6.10+; older Qt cannot tell, so False)."""
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    try:
        preference = accessibility().contrastPreference()
    except AttributeError:
        return False
    return bool(preference.name == "HighContrast")


def theme_for(chosen: str | None, app: QApplication) -> str:
    """The person's theme when they chose one, else high contrast if the system asks for it, else dark."""
    if chosen in THEMES:
        return str(chosen)
    return HIGH_CONTRAST if system_wants_high_contrast(app) else "dark"


def next_theme(name: str) -> str:
    """Ctrl+T cycles dark → light → high contrast → dark."""
    return THEMES[(THEMES.index(name) + 1) % len(THEMES)] if name in THEMES else THEMES[0]


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


# The sizes the theme was drawn at: 14 px and 13 px at 96 dpi (10.5 pt, 9.75 pt) for a 10 pt system font;
# never smaller than that, larger as the system font grows.
_BODY_PT, _SMALL_PT = 10.5, 9.75


def stylesheet(name: str, system_pt: float = 10.0) -> str:
    """The theme's QSS, with font sizes that follow the system font (a person who set their font to
    150 % gets 150 % text everywhere: docs/accessibility.md), never fixed pixels."""
    text = (THEME_DIR / "base.qss").read_text(encoding="utf-8")
    scale = max(1.0, system_pt / 10.0)
    sizes = {"font_pt": f"{_BODY_PT * scale:.2f}", "small_pt": f"{_SMALL_PT * scale:.2f}"}
    for key, value in {**tokens(name), **sizes}.items():
        text = text.replace(f"@{key}@", value)
    return text


def apply_theme(app: QApplication, name: str) -> None:
    t = tokens(name)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(t["window"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(t["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(t["field"]))
    # Tables with alternating rows (the dashboard, operations): without this the second row is Qt's
    # default light grey under the theme's text colour, unreadable in the dark themes.
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(t["panel"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(t["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(t["button"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(t["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(t["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(t["accent_text"]))
    app.setPalette(palette)
    size = app.font().pointSizeF()
    app.setStyleSheet(stylesheet(name, size if size > 0 else 10.0))
