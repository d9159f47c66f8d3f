"""The notice that tells a reviewer what happened to their decisions: corrected by a lead, under
appeal, or decided again on appeal ("your decision on X was corrected to Y: reason").

It reads ``CorrectionService.notices_for`` on the database worker (at start and after each decision)
since the last time the reviewer dismissed it (kept in their preferences), and sits in the window's
notice strip until "Got it" is pressed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.locale_format import formats
from ui.notices import sentence
from ui.prefs import Preferences
from ui.tasks import Runner
from workstation.actor import Actor
from workstation.corrections import CorrectionService, Notice

log = logging.getLogger(__name__)
FIRST_LOOK_BACK = timedelta(days=14)  # a reviewer who never dismissed one sees the last two weeks


class CorrectionNotice(QFrame):
    def __init__(
        self,
        corrections: CorrectionService,
        actor: Actor,
        prefs: Preferences,
        runner: Runner,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionNotice")
        self.setAccessibleName(self.tr("Your decisions"))
        self._corrections, self._actor, self._prefs, self._runner, self._now = (
            corrections,
            actor,
            prefs,
            runner,
            now,
        )
        self._latest: datetime | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("banner")
        self.label.setWordWrap(True)
        # A lead's reason is shown as typed: never as rich text (an <img> in it must not load a picture).
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.dismiss = QPushButton(self.tr("Got it"))
        self.dismiss.setAccessibleName(self.tr("Dismiss the notice about your decisions"))
        self.dismiss.clicked.connect(self.acknowledge)
        row.addWidget(self.dismiss)
        self.notices: list[Notice] = []
        self.hide()

    def _since(self) -> datetime:
        raw = self._prefs.notices_seen_at
        try:
            return datetime.fromisoformat(str(raw)) if raw else self._now() - FIRST_LOOK_BACK
        except ValueError:
            return self._now() - FIRST_LOOK_BACK

    def refresh(self) -> None:
        corrections, actor, since = self._corrections, self._actor, self._since()
        self._runner.submit(
            lambda: corrections.notices_for(actor, since),
            self._show,
            lambda error: log.info("notices about decisions not read: %s", error),
        )

    def _show(self, notices: Any) -> None:
        self.notices = list(notices)
        if not self.notices:
            self.hide()
            return
        self._latest = max(n.at for n in self.notices)
        lines = [sentence(n.text()) for n in self.notices[-3:]]
        more = len(self.notices) - len(lines)
        # Each notice is the core's sentence (workstation.corrections), still English (docs/translations.md).
        if more == 1:
            lines.insert(0, self.tr("1 earlier notice about your decisions (workstation decisions notices)."))
        elif more > 1:
            earlier = self.tr("{count} earlier notices about your decisions (workstation decisions notices).")
            lines.insert(0, earlier.format(count=formats().count(more)))
        self.label.setText("\n".join(lines))
        self.show()

    def acknowledge(self) -> None:
        if self._latest is not None:
            self._prefs.notices_seen_at = self._latest.astimezone(UTC).isoformat()
        self.notices = []
        self.hide()
