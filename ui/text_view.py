"""Text items: listed terms masked until the reviewer reveals them (R), re-masked after a while.

While the terms are shown the view is marked as the media view marks a revealed state
(docs/reviewer-safety.md): a dashed border in the revealed colour and a first line in words with a
countdown; ``topBarText`` says it for the window's top bar ("" when masked again).
"""

from __future__ import annotations

import html
import math
import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.locale_format import formats
from ui.tasks import Runner, timers
from wellbeing.exposure import ViewState

MASK_CHAR = "█"
# The revealed state's mark (as ui/media_view.py paints it): dashed, in the colour used for nothing else.
REVEALED_STYLE = "QTextBrowser#textView { border: 6px dashed #ff00cc; }"


TERM_LANGUAGES_VARIABLE = "WORKSTATION_MASKED_TERM_LANGUAGES"


def masked_term_languages() -> list[str] | None:
    """The term lists a team loads (``WORKSTATION_MASKED_TERM_LANGUAGES=en,id``); unset: every shipped
    list, so a post in any of the team's languages is masked (docs/translations.md)."""
    raw = os.environ.get(TERM_LANGUAGES_VARIABLE, "")
    chosen = [part.strip() for part in raw.split(",") if part.strip()]
    return chosen or None


class TextView(QTextBrowser):
    viewStateChanged = Signal(object)  # ViewState
    topBarText = Signal(str)  # what the top bar says while the terms are shown ("" when masked)

    def __init__(self, *, reveal_seconds: float = 8.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setAccessibleName(self.tr("Text of the item, with listed terms masked"))
        self.setOpenLinks(False)
        self._segments: list[tuple[str, bool]] = []
        self._revealed = False
        self._hidden = False
        self._generation = 0
        self.revealed_any = False
        self._timer = timers().timer(self, precise=True)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.remask)
        self._tick = timers().timer(self)  # moves the countdown once a second
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._render)
        self.reveal_seconds = reveal_seconds

    @property
    def revealed(self) -> bool:
        return self._revealed

    @property
    def masked_count(self) -> int:
        return sum(1 for _t, m in self._segments if m)

    def show_text(self, path: str, runner: Runner, *, language: str | None = None) -> None:
        """Load and mask the text on ``runner``: with the list of the item's ``language`` and English
        when a list of that language is loaded, else with every loaded list (``terms_for``)."""
        self.clear()
        generation = self._generation
        self.setPlainText(self.tr("Loading text (listed terms masked)…"))

        languages = masked_term_languages()

        def work() -> list[tuple[str, bool]]:
            from media.textmask import load_term_lists, load_text, mask_text, terms_for

            # The item's language and English; every loaded list when it has none (docs/translations.md).
            terms = terms_for(load_term_lists(languages), language)
            return [(s.text, s.masked) for s in mask_text(load_text(Path(path)), terms)]

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.setPlainText(self.tr("This text cannot be shown: {error}").format(error=error))

        runner.submit(work, lambda segs: self._loaded(generation, segs), failed)

    def _loaded(self, generation: int, segments: list[tuple[str, bool]]) -> None:
        if generation != self._generation:
            return
        self._segments = segments
        self._render()
        self._emit()

    def clear(self) -> None:
        self._generation += 1
        self._segments = []
        self._revealed = False
        self.revealed_any = False
        self._timer.stop()
        self._tick.stop()
        self._mark(False)
        super().clear()
        self.viewport().repaint()  # nothing of the closed item stays on screen
        self._emit()

    def toggle_reveal(self) -> None:
        if self._revealed:
            self.remask()
            return
        if self._hidden or not self.masked_count:
            return
        self._revealed = True
        self.revealed_any = True
        self._timer.start(max(1, round(self.reveal_seconds * 1000)))
        self._tick.start()
        self._render()
        self._emit()

    def remask(self) -> None:
        self._timer.stop()
        self._tick.stop()
        if self._revealed:
            self._revealed = False
            self._render()
            self._emit()

    def set_hidden(self, hidden: bool) -> None:
        self._hidden = hidden
        if hidden:
            self._revealed = False
            self._timer.stop()
            self._tick.stop()
        self._render()
        self._emit()

    def visible_text(self) -> str:
        return self.toPlainText()

    def seconds_left(self) -> int:
        left = math.ceil(self._timer.remainingTime() / 1000) if self._timer.isActive() else 0
        return max(1, min(left, math.ceil(self.reveal_seconds)))

    def _mark(self, revealed: bool) -> None:
        if self.property("revealed") != revealed:
            self.setProperty("revealed", revealed)
            # On the widget itself, not in the theme: the mark must not depend on a theme being loaded.
            self.setStyleSheet(REVEALED_STYLE if revealed else "")
        top = self.tr("REVEALED (masked words shown): re-masks in {seconds} s")
        self.topBarText.emit(top.format(seconds=formats().count(self.seconds_left())) if revealed else "")

    def _render(self) -> None:
        marked = self._revealed and not self._hidden
        self._mark(marked)
        scroll = self.verticalScrollBar().value()
        if self._hidden:
            hidden = html.escape(self.tr("Text hidden. Press Esc to bring it back, masked."))
            self.setHtml(f"<p class='hidden'>{hidden}</p>")
            self.viewport().repaint()
            return
        parts = []
        for text, masked in self._segments:
            if masked and not self._revealed:
                shown = MASK_CHAR * max(3, min(12, len(text)))
                parts.append(f"<span style='background:#555;color:#555'>{shown}</span>")
            elif masked:
                parts.append(f"<u>{html.escape(text)}</u>")
            else:
                parts.append(html.escape(text))
        body = "".join(parts).replace("\n", "<br>")
        n = self.masked_count
        if n and not self._revealed:
            if n == 1:
                note = self.tr("1 listed term masked · R shows it for {seconds} s")
            else:
                note = self.tr("{count} listed terms masked · R shows them for {seconds} s")
            note = note.format(count=formats().count(n), seconds=formats().shortest(self.reveal_seconds))
            body += f"<p style='color:#8a949b; font-size:13px'>{html.escape(note)}</p>"
        if marked:
            banner = self.tr("Revealed: masked words shown; re-masks in {seconds} s (R re-masks now)").format(
                seconds=formats().count(self.seconds_left())
            )
            body = (
                "<p style='background:#ff00cc; color:#000000; font-weight:bold'>&nbsp;"
                f"{html.escape(banner)}&nbsp;</p>" + body
            )
        self.setHtml(f"<div style='font-size:15px; line-height:150%'>{body}</div>")
        self.verticalScrollBar().setValue(scroll)
        self.viewport().repaint()

    def _emit(self) -> None:
        visible = bool(self._segments) and not self._hidden
        self.viewStateChanged.emit(ViewState(media_visible=visible, revealed=visible and self._revealed))
