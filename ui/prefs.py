"""The reviewer's own preferences, kept per user in QSettings (until they move to the database).

The filter a new item opens with is the organisation's default (``media.filters.DEFAULT_FILTER``)
adjusted by the reviewer's override. The override may choose how strong the blur is and whether the
stylised mode is on, never less than blurred and gray: that floor is invariant 1 of docs/architecture.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from media.filters import DEFAULT_FILTER, MAX_BLUR_LEVEL, FilterSettings

MIN_DEFAULT_BLUR = 1


def safe_default(org: FilterSettings, blur_level: int | None, stylise: bool | None) -> FilterSettings:
    """The org default with a reviewer's override applied, clamped to blurred and gray."""
    level = org.blur_level if blur_level is None else blur_level
    level = max(MIN_DEFAULT_BLUR, min(MAX_BLUR_LEVEL, int(level)))
    return org.with_(
        blur_level=level,
        grayscale=True,
        stylise=org.stylise if stylise is None else bool(stylise),
    )


@dataclass
class Preferences:
    """Reviewer preferences; ``store`` is a QSettings (tests pass one in a temporary folder)."""

    store: QSettings
    username: str
    org_default: FilterSettings = DEFAULT_FILTER

    def _key(self, name: str) -> str:
        return f"users/{self.username}/{name}"

    def _get(self, name: str, default: object) -> object:
        return self.store.value(self._key(name), default)

    def default_filter(self) -> FilterSettings:
        raw_level = self._get("blur_level", None)
        raw_stylise = self._get("stylise", None)
        level = int(str(raw_level)) if raw_level not in (None, "") else None
        stylise = None if raw_stylise in (None, "") else str(raw_stylise).lower() in ("1", "true")
        return safe_default(self.org_default, level, stylise)

    def save_default_filter(self, settings: FilterSettings) -> FilterSettings:
        """Keep ``settings`` as the reviewer's default (clamped); returns what was kept."""
        kept = safe_default(self.org_default, settings.blur_level, settings.stylise)
        self.store.setValue(self._key("blur_level"), kept.blur_level)
        self.store.setValue(self._key("stylise"), kept.stylise)
        self.store.sync()
        return kept

    @property
    def theme(self) -> str:
        """The kept theme, or "dark" (see :attr:`chosen_theme` for whether one was chosen)."""
        return self.chosen_theme or "dark"

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue(self._key("theme"), value)

    @property
    def chosen_theme(self) -> str | None:
        """The theme the person chose, None when they never chose (the system may decide then)."""
        value = str(self._get("theme", ""))
        return value if value in ("dark", "light", "high-contrast") else None

    @property
    def reveal_seconds(self) -> float:
        return float(str(self._get("reveal_seconds", 8.0)))

    @reveal_seconds.setter
    def reveal_seconds(self, value: float) -> None:
        self.store.setValue(self._key("reveal_seconds"), float(value))

    @property
    def notices_seen_at(self) -> str:
        """When the reviewer last dismissed the notice about their decisions (ISO text, "" never)."""
        return str(self._get("notices_seen_at", "") or "")

    @notices_seen_at.setter
    def notices_seen_at(self, value: str) -> None:
        self.store.setValue(self._key("notices_seen_at"), value)
        self.store.sync()
