"""The decision panel: the queue's taxonomy as numbered actions, with reason and note where required.

Keys (wired by the window): 1-9 choose a verdict, or a reason while one is asked for; Enter
records; Ctrl+Backspace cancels a verdict in progress; E escalates; S skips; Ctrl+Z undoes. Whether
a reason or note is missing is asked of ``workstation.taxonomy.check_decision``, the same rule the
service applies, so the panel never disagrees with the database.

Every press that starts or records a decision (a verdict, E, Enter) first asks the window's guard
(``set_guard``): a decision needs a considered press (docs/architecture.md, invariant 2). The
verdict in progress is highlighted; long verdict labels wrap, so the "…" that marks a verdict
needing a reason or note is never cut off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.locale_format import FSI, PDI, isolated, taxonomy_labels
from ui.notices import sentence
from workstation import taxonomy
from workstation.errors import InvalidInput
from workstation.policies import Policy
from workstation.taxonomy import Verdict

ESCALATE_LABEL = "Escalate"


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines instead of being cut off at the panel's edge."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setObjectName("wrapLabel")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 7, 10, 7)
        row.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # the label holds the text (QPushButton's own text stays empty)
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return QSize(min(hint.width(), 360), hint.height())

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


class DecisionPanel(QFrame):
    decisionRequested = Signal(str, str, str, str)  # verdict key, label, reason, note
    skipRequested = Signal()
    undoRequested = Signal()
    askShown = Signal()  # the reason list / note opened (the window scrolls it into view)
    hintShown = Signal()  # the hint under the question has new words (the window scrolls to them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionPanel")
        self.setAccessibleName(self.tr("Decision panel"))
        self._verdicts: tuple[Verdict, ...] = ()
        self._pending: Verdict | None = None
        self._blocked_reason = ""
        self._has_item = False
        self._guard: Callable[[], bool] = lambda: True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        title = QLabel(self.tr("Decision"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self._verdict_box = QVBoxLayout()
        self._verdict_box.setSpacing(4)
        layout.addLayout(self._verdict_box)
        self._buttons: list[WrapButton] = []
        # Under each verdict, the summary of its policy section (docs/policies-and-quality.md).
        self._summaries: list[QLabel] = []
        self._policy: Policy | None = None

        # The key before each word is the same physical key in every language (docs/translations.md).
        self.escalate_button = self._button(
            "E   " + self.tr("Escalate"), self.tr("Escalate this item"), self.begin_escalate
        )
        self.skip_button = self._button(
            "S   " + self.tr("Skip (give it back)"), self.tr("Skip this item"), self.skipRequested.emit
        )
        self.undo_button = self._button(
            "Ctrl+Z   " + self.tr("Undo last decision"),
            self.tr("Undo the last decision"),
            self.undoRequested.emit,
        )
        for b in (self.escalate_button, self.skip_button, self.undo_button):
            b.setProperty("secondary", True)
            layout.addWidget(b)

        self._ask = QFrame()
        self._ask.setObjectName("askFrame")
        ask = QVBoxLayout(self._ask)
        ask.setContentsMargins(0, 8, 0, 0)
        self._ask_title = QLabel()
        self._ask_title.setWordWrap(True)
        self._ask_title.setObjectName("askTitle")
        ask.addWidget(self._ask_title)
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.reasons.setMaximumHeight(150)
        ask.addWidget(self.reasons)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.returnPressed.connect(self.confirm)
        self.note.installEventFilter(self)
        ask.addWidget(self.note)
        # The escalation form (E): where to (Up/Down, when the queue offers several) and the
        # imminent-harm box (Alt+I), which opens a P0 incident (docs/escalations-and-incidents.md).
        self.destinations = QListWidget()
        self.destinations.setAccessibleName(self.tr("Escalate to"))
        self.destinations.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.destinations.setMaximumHeight(90)
        ask.addWidget(self.destinations)
        self.imminent = QCheckBox(self.tr("Imminent harm (Alt+I)"))
        self.imminent.setToolTip(
            self.tr("A person is at risk now: opens a P0 incident that alerts the leads on duty")
        )
        self.imminent.setObjectName("imminentBox")
        self.imminent.setAccessibleName(self.tr("Imminent harm"))
        self.imminent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ask.addWidget(self.imminent)
        self._routes: tuple[str, ...] = ()
        self.escalation_choice: tuple[str, bool] = ("", False)  # (destination, imminent) of the last E
        self.confirm_button = self._button(
            "Enter   " + self.tr("Record decision"), self.tr("Record the decision"), self.confirm
        )
        ask.addWidget(self.confirm_button)
        self.cancel_button = self._button(
            "Ctrl+Backspace   " + self.tr("Cancel"), self.tr("Cancel this verdict"), self.cancel
        )
        self.cancel_button.setProperty("secondary", True)
        ask.addWidget(self.cancel_button)
        layout.addWidget(self._ask)
        self._ask.hide()

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # reasons and summaries as written
        self.hint.setAccessibleName(self.tr("Decision hint"))
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._update_enabled()

    def _say(self, text: str) -> None:
        """The hint's words: a reason's policy, why a decision cannot be recorded, why decisions are
        paused. The hint sits under the question, at the foot of a side panel that scrolls; a reason
        picked with a key grew it below the fold, cut off mid-sentence, so its owner is told to
        bring it into view."""
        self.hint.setText(text)
        if text:
            self.hintShown.emit()

    def _button(self, text: str, accessible: str, slot: object, *, wrap: bool = False) -> QPushButton:
        button = WrapButton(text) if wrap else QPushButton(text)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    # ---------------------------------------------------------------------------------- state

    @property
    def pending(self) -> Verdict | None:
        return self._pending

    @property
    def blocked(self) -> bool:
        return bool(self._blocked_reason)

    @property
    def verdict_buttons(self) -> tuple[WrapButton, ...]:
        return tuple(self._buttons)

    def set_guard(self, guard: Callable[[], bool]) -> None:
        """``guard()`` is asked before a press starts or records a decision; False ignores the press
        (the window says why)."""
        self._guard = guard

    def set_verdicts(self, verdicts: tuple[Verdict, ...]) -> None:
        if verdicts == self._verdicts:
            return
        self._verdicts = verdicts
        for widget in (*self._buttons, *self._summaries):
            self._verdict_box.removeWidget(widget)
            widget.deleteLater()
        self._buttons = []
        self._summaries = []
        words = taxonomy_labels()  # the reviewer's language; the decision keeps key and English reason
        for n, verdict in enumerate(verdicts, 1):
            needs = " …" if verdict.requires_reason or verdict.requires_note else ""
            shown = words.label(verdict.label)
            made = self._button(
                f"{n}   {shown}{needs}",
                self.tr("Verdict {number}: {label}").format(number=n, label=shown),
                lambda _=False, n=n: self.number_key(n),
                wrap=True,
            )
            assert isinstance(made, WrapButton)
            button = made
            button.setProperty("verdict", True)
            self._verdict_box.addWidget(button)
            self._buttons.append(button)
            summary = QLabel()
            summary.setObjectName("verdictSummary")
            summary.setWordWrap(True)
            summary.setTextFormat(Qt.TextFormat.PlainText)  # policy text as written, never rich text
            summary.setAccessibleName(self.tr("Policy for verdict {number}").format(number=n))
            summary.setContentsMargins(10, 0, 4, 4)
            self._verdict_box.addWidget(summary)
            self._summaries.append(summary)
        self._show_summaries()
        self._update_enabled()

    def set_policy(self, policy: Policy | None) -> None:
        """The policy in force: each verdict shows its section's summary (at most 300 characters)."""
        self._policy = policy
        self._show_summaries()

    @property
    def policy(self) -> Policy | None:
        return self._policy

    def section_for(self, verdict: Verdict | None, reason: str = "") -> str:
        """The section id of ``verdict`` (and ``reason``), "" when there is none."""
        return verdict.policy_of(reason) if verdict is not None else ""

    def summary_texts(self) -> list[str]:
        """The summaries as written, without the bidi isolates they are shown in."""
        return [label.text().removeprefix(FSI).removesuffix(PDI) for label in self._summaries]

    def _show_summaries(self) -> None:
        for label, verdict in zip(self._summaries, self._verdicts, strict=False):
            section = self._policy.section(verdict.policy) if self._policy and verdict.policy else None
            label.setText(isolated(section.summary) if section is not None else "")
            label.setToolTip(
                self.tr("{title} (policy {version}); F2: full text").format(
                    title=section.title, version=self._policy.version
                )
                if section and self._policy
                else ""
            )
            label.setVisible(section is not None)

    def _highlight(self, verdict: Verdict | None) -> None:
        """Mark the verdict in progress (property ``chosen`` for the theme) and no other."""
        for button, candidate in zip(self._buttons, self._verdicts, strict=False):
            chosen = verdict is not None and candidate.key == verdict.key
            if bool(button.property("chosen")) != chosen:
                button.setProperty("chosen", chosen)
                button.style().unpolish(button)
                button.style().polish(button)
        escalating = verdict is not None and verdict.key == taxonomy.ESCALATE
        if bool(self.escalate_button.property("chosen")) != escalating:
            self.escalate_button.setProperty("chosen", escalating)
            self.escalate_button.style().unpolish(self.escalate_button)
            self.escalate_button.style().polish(self.escalate_button)

    def set_destinations(self, routes: tuple[str, ...]) -> None:
        """Where the open item's queue escalates, in order ("leads": its team's leads)."""
        self._routes = routes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While escalating, Up and Down in the note choose the destination; Alt+I ticks the box."""
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and self._pending is not None
            and self._pending.key == taxonomy.ESCALATE
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_I
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.imminent.toggle()
            return True
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and self._pending is not None
            and self._pending.key == taxonomy.ESCALATE
            and self.destinations.isVisible()
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.destinations.currentRow() + step, 0), self.destinations.count() - 1)
            self.destinations.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def set_item_open(self, has_item: bool) -> None:
        self._has_item = has_item
        self.cancel()
        self._update_enabled()

    def set_blocked(self, blocked: bool, reason: str = "") -> None:
        self._blocked_reason = (reason or self.tr("Decisions are paused.")) if blocked else ""
        if blocked:
            self.cancel()
        self._say(self._blocked_reason)
        self._update_enabled()

    def _update_enabled(self) -> None:
        active = self._has_item and not self._blocked_reason
        for w in (*self._buttons, self.escalate_button, self.skip_button):
            w.setEnabled(active)
        self.undo_button.setEnabled(not self._blocked_reason)

    # ---------------------------------------------------------------------------------- keys

    def number_key(self, n: int) -> None:
        if not self._has_item or self._blocked_reason:
            return
        if self._pending is not None:
            if 1 <= n <= self.reasons.count():
                self.reasons.setCurrentRow(n - 1)
                self._refresh_hint()
            return
        if not 1 <= n <= len(self._verdicts) or not self._guard():
            return
        verdict = self._verdicts[n - 1]
        if verdict.requires_reason or verdict.requires_note:
            self._begin(verdict)
        else:
            self.decisionRequested.emit(verdict.key, taxonomy_labels().label(verdict.label), "", "")

    def begin_escalate(self) -> None:
        if not self._has_item or self._blocked_reason or not self._guard():
            return
        self._begin(Verdict(key=taxonomy.ESCALATE, label=ESCALATE_LABEL))

    def _begin(self, verdict: Verdict) -> None:
        self._pending = verdict
        self._highlight(verdict)
        self.reasons.clear()
        words = taxonomy_labels()
        for n, reason in enumerate(verdict.reasons, 1):
            # shown in the reviewer's language; the English reason is what the decision records
            shown = words.reason(reason)
            QListWidgetItem(f"{n}   {shown}", self.reasons).setData(Qt.ItemDataRole.UserRole, reason)
        self.reasons.setVisible(bool(verdict.reasons))
        escalating = verdict.key == taxonomy.ESCALATE
        self.destinations.clear()
        for route in self._routes:
            text = self.tr("The leads of your team") if route == "leads" else route
            QListWidgetItem(text, self.destinations).setData(Qt.ItemDataRole.UserRole, route)
        self.destinations.setCurrentRow(0)
        self.destinations.setVisible(escalating and len(self._routes) > 1)
        self.imminent.setChecked(False)
        self.imminent.setVisible(escalating)
        if escalating:
            self._ask_title.setText(self._escalate_title())
            self.note.setPlaceholderText(self.tr("Why escalate? (required)"))
        else:
            self._ask_title.setText(self._ask_text(verdict))
            self.note.setPlaceholderText(
                self.tr("Note (required)") if verdict.requires_note else self.tr("Note (optional)")
            )
        self.note.clear()
        self._ask.show()
        needs_typing = (
            verdict.key == taxonomy.ESCALATE
            or verdict.requires_note
            or (verdict.requires_reason and not verdict.reasons)
        )
        if needs_typing:
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._refresh_hint()
        self.askShown.emit()

    def _escalate_title(self) -> str:
        """What E asks, as one whole sentence per case (translators see each sentence entire)."""
        if len(self._routes) > 1:
            return self.tr(
                "Escalate: Say why, for whoever picks it up, then press Enter. "
                "Up/Down chooses where it goes. Alt+I if a person is at risk now."
            )
        only = self._routes[0] if self._routes else "leads"
        if only == "leads":
            return self.tr(
                "Escalate: Say why, for whoever picks it up, then press Enter. It goes to your team leads. "
                "Alt+I if a person is at risk now."
            )
        return self.tr(
            "Escalate: Say why, for whoever picks it up, then press Enter. It goes to {destination}. "
            "Alt+I if a person is at risk now."
        ).format(destination=only)

    def _ask_text(self, verdict: Verdict) -> str:
        """What a verdict still needs, as one whole sentence per case (the verdict's label is the
        organisation's taxonomy text, shown as written)."""
        if verdict.requires_reason and verdict.reasons:
            text = (
                self.tr("{verdict}: Pick a reason (1-9) and write a note, then press Enter.")
                if verdict.requires_note
                else self.tr("{verdict}: Pick a reason (1-9), then press Enter.")
            )
        elif verdict.requires_reason:
            text = (
                self.tr("{verdict}: Type a reason and write a note, then press Enter.")
                if verdict.requires_note
                else self.tr("{verdict}: Type a reason, then press Enter.")
            )
        else:
            text = self.tr("{verdict}: Write a note, then press Enter.")
        return text.format(verdict=taxonomy_labels().label(verdict.label))

    def chosen_reason(self) -> str:
        """The reason picked for the verdict in progress ("" when none)."""
        return self._chosen_reason()

    def _chosen_reason(self) -> str:
        verdict = self._pending
        if verdict is None:
            return ""
        if verdict.reasons:
            current = self.reasons.currentItem()
            return str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else ""
        return self.note.text().strip() if verdict.requires_reason and not verdict.requires_note else ""

    def _refresh_hint(self) -> None:
        reason = self._chosen_reason()
        own = dict(self._pending.reason_policies).get(reason, "") if self._pending is not None else ""
        section = self._policy.section(own) if self._policy is not None and own else None
        if not reason:
            text = ""
        elif section is not None:
            shown = taxonomy_labels().reason(reason)
            # The reason and the policy's words are the organisation's, often in another direction
            # than the sentence around them (docs/accessibility.md, "Text in two directions").
            text = self.tr("Reason: {reason} — {summary}").format(
                reason=isolated(shown), summary=isolated(section.summary)
            )
        else:
            text = self.tr("Reason: {reason}").format(reason=isolated(taxonomy_labels().reason(reason)))
        self._say(text)

    def confirm(self) -> None:
        verdict = self._pending
        if verdict is None or self._blocked_reason or not self._guard():
            return
        reason = self._chosen_reason()
        note = self.note.text().strip()
        if verdict.key == taxonomy.ESCALATE:
            reason = ""
            current = self.destinations.currentItem()
            route = str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else ""
            self.escalation_choice = (route, self.imminent.isChecked())
        try:
            taxonomy.check_decision(self._verdicts, verdict.key, reason, note)
        except InvalidInput as error:
            self._say(sentence(str(error)))
            return
        self.cancel()
        self.decisionRequested.emit(verdict.key, taxonomy_labels().label(verdict.label), reason, note)

    def cancel(self) -> None:
        self._pending = None
        self._highlight(None)
        self._ask.hide()
        self.note.clear()
        self.reasons.clear()
        if not self._blocked_reason:
            self._say("")
        if self.note.hasFocus() and self.window() is not None:
            self.window().setFocus()
