"""The break screen, and the calm banners (soft prompt, rotation, locked queues, check-in).

The break screen covers the window's working area, hides *all* media through the window's hook
(``hide_all_media("break")``) and blocks decisions (``set_decisions_blocked``) until the break ends.
It shows a countdown, when work may resume, and a breathing guide (a circle that grows for 4 s and
shrinks for 4 s). For an enforced break that may still be postponed it first offers "Finish this item
first" (one postponement, per policy). The soft prompt is a non-modal banner: "Take a 5-minute
break?" with "Take break" and "Not now". Nothing here decides when: the controller does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPointF,
    QSequentialAnimationGroup,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import shown
from ui.locale_format import formats, person_zone
from ui.support_contact import SupportLabel
from ui.wellbeing_checkin import CheckInPanel
from ui.wellbeing_controller import BreakSession
from wellbeing.breaks import BreakAdvice

BREATH_MS = 4000


class BreakHost(Protocol):
    """The window hooks the break screen uses (``ui.window.ReviewerWindow`` has them)."""

    def hide_all_media(self, reason: str) -> None: ...

    def restore_media(self, reason: str = "") -> None: ...

    def set_decisions_blocked(self, blocked: bool, reason: str) -> None: ...


def local_hhmm(moment: datetime) -> str:
    return formats().time(moment, person_zone())


def mm_ss(seconds: float) -> str:
    """``4:59`` in the locale's digits (``٤:٥٩`` in Arabic), as every other figure of the break screen."""
    whole = max(0, int(seconds + 0.999))
    fmt = formats()
    return f"{fmt.number(whole // 60)}:{fmt.two_digits(whole % 60)}"


# ---------------------------------------------------------------------------------- banners


class CalmBanner(QFrame):
    """A quiet, non-modal strip: a sentence and up to a few buttons; never steals focus or makes a sound."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wellbeingBanner")
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(
            "#wellbeingBanner { background: palette(button); border-bottom: 1px solid palette(highlight); }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("{name} text").format(name=name))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(14, 8, 10, 8)
        self._row.setSpacing(10)
        self._row.addWidget(self.text, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def add_button(
        self, key: str, text: str, slot: Callable[[], None], *, secondary: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never steal the reviewer's keyboard focus
        if secondary:
            button.setProperty("secondary", True)
        button.clicked.connect(slot)
        self._row.addWidget(button)
        self.buttons[key] = button
        return button

    def add_widget(self, widget: QWidget) -> None:
        self._row.insertWidget(self._row.count() - len(self.buttons), widget)

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()


class SoftPromptBanner(CalmBanner):
    """ "Take a 5-minute break?" — Take break / Not now."""

    takeBreak = Signal()
    notNow = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Break suggestion"), parent)
        self.add_button("take", self.tr("Take break"), self.takeBreak.emit)
        self.add_button("later", self.tr("Not now"), self.notNow.emit, secondary=True)

    def offer(self, advice: BreakAdvice) -> None:
        said = shown(advice.reason)  # the core's sentence (wellbeing.breaks), translated here
        reason = said[:1].upper() + said[1:]
        self.say(
            self.tr("Take a {minutes}-minute break? {reason}.").format(
                minutes=formats().number(advice.break_minutes), reason=reason
            )
        )


# ---------------------------------------------------------------------------------- breathing


class BreathingGuide(QWidget):
    """A circle that grows for 4 s (breathe in) and shrinks for 4 s (breathe out), in calm colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Breathing guide: breathe in as the circle grows, out as it shrinks"))
        # Scales to the space left: with the check-in and the support contact on a 1280x800 screen the
        # page has about 150 px for it (checked on Xvfb, docs/wellbeing.md).
        self.setMinimumSize(140, 140)
        self._scale = 0.45
        self._inhaling = True
        self._in = QVariantAnimation(self)
        self._out = QVariantAnimation(self)
        for anim, start, end in ((self._in, 0.45, 1.0), (self._out, 1.0, 0.45)):
            anim.setStartValue(start)
            anim.setEndValue(end)
            anim.setDuration(BREATH_MS)
            anim.setEasingCurve(QEasingCurve.Type.InOutSine)
            anim.valueChanged.connect(self._set_scale)
        self._cycle = QSequentialAnimationGroup(self)
        self._cycle.currentAnimationChanged.connect(lambda anim: self._set_phase(anim is self._in))
        self._cycle.addAnimation(self._in)
        self._cycle.addAnimation(self._out)
        self._cycle.setLoopCount(-1)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def running(self) -> bool:
        return self._cycle.state() == QSequentialAnimationGroup.State.Running

    def start(self) -> None:
        self._cycle.start()

    def stop(self) -> None:
        self._cycle.stop()

    def set_still(self, scale: float, inhaling: bool) -> None:
        """Show one moment of the cycle without animating (screenshots, tests)."""
        self.stop()
        self._inhaling = inhaling
        self._set_scale(scale)

    def _set_phase(self, inhaling: bool) -> None:
        self._inhaling = inhaling
        self.update()

    def _set_scale(self, value: object) -> None:
        self._scale = float(value)  # type: ignore[arg-type]
        self.update()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = pal.color(pal.ColorRole.Highlight)
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = min(self.width(), self.height()) / 2 - 6
        guide = QColor(accent)
        guide.setAlpha(70)
        painter.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)
        fill = QColor(accent)
        fill.setAlpha(110)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        radius = full * self._scale
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(pal.color(pal.ColorRole.WindowText))
        painter.drawText(
            self.rect(),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Breathe in") if self._inhaling else self.tr("Breathe out"),
        )
        painter.end()


# ---------------------------------------------------------------------------------- break screen


class BreakScreen(QFrame):
    """Covers the window's working area during a break; the status bar (and its meter) stays visible.

    Signals are the reviewer's answers; the owner passes them to the controller:
    ``startRequested`` (start the break now), ``postponeRequested`` ("finish this item first"),
    ``resumeRequested`` (back to work), ``checkin(mood, note)``.
    """

    startRequested = Signal()
    postponeRequested = Signal()
    resumeRequested = Signal()
    checkin = Signal(int, str)

    def __init__(self, window: QMainWindow, hooks: BreakHost) -> None:
        super().__init__(window)
        self._window = window
        self._hooks = hooks
        self.setObjectName("breakScreen")
        self.setAccessibleName(self.tr("Break"))
        self.setAutoFillBackground(True)
        self.setStyleSheet("#breakScreen { background: palette(window); }")
        self._session: BreakSession | None = None
        self._state = "closed"  # closed | due | running | done

        self.title = QLabel()
        self.title.setObjectName("breakTitle")
        self.title.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setAccessibleName(self.tr("Break title"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setAccessibleName(self.tr("Break details"))
        self.countdown = QLabel()
        self.countdown.setObjectName("breakCountdown")
        self.countdown.setStyleSheet("font-size: 34px; font-weight: 300;")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left of the break"))
        self.resume_at = QLabel()
        self.resume_at.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume_at.setAccessibleName(self.tr("When work may resume"))
        self.breathing = BreathingGuide()
        self.checkin_panel = CheckInPanel()
        self.checkin_panel.submitted.connect(self._on_checkin)
        self.checkin_panel.skipped.connect(self.checkin_panel.hide)
        self.checkin_panel.setMaximumWidth(560)

        self.start_button = QPushButton(self.tr("Start my break now"))
        self.start_button.setAccessibleName(self.tr("Start the break now"))
        self.start_button.clicked.connect(self.startRequested.emit)
        self.postpone_button = QPushButton(self.tr("Finish this item first"))
        self.postpone_button.setProperty("secondary", True)
        self.postpone_button.setAccessibleName(self.tr("Finish this item first (postpone the break once)"))
        self.postpone_button.clicked.connect(self.postponeRequested.emit)
        self.resume_button = QPushButton(self.tr("Back to work"))
        self.resume_button.setAccessibleName(self.tr("Back to work"))
        self.resume_button.clicked.connect(self.resumeRequested.emit)
        self.affected_note = QLabel(
            self.tr(
                "Thank you for saying so. Take the time you need; "
                "talking to wellbeing staff is always an option."
            )
        )
        self.affected_note.setWordWrap(True)
        self.affected_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.affected_note.hide()
        self.support = SupportLabel()
        self.support.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.start_button, self.postpone_button, self.resume_button):
            b.setMinimumWidth(200)
            b.setStyleSheet("text-align: center; padding: 8px 18px;")
            buttons.addWidget(b)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addWidget(self.affected_note)
        column.addWidget(self.support)
        column.addWidget(self.breathing, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.countdown)
        column.addWidget(self.resume_at)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(self.checkin_panel, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 12, 32, 12)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        # Tab follows the break: start it (or finish the item first); during it the check-in, then
        # back to work (the check-in sits under the buttons, and came after them).
        QWidget.setTabOrder(self.checkin_panel.skip_button, self.resume_button)
        window.installEventFilter(self)
        central = window.centralWidget()
        self._central = central
        if central is not None:
            central.installEventFilter(self)  # follows the work area when banners or docks come and go
        self.hide()

    # ---------------------------------------------------------------------------------- states

    @property
    def state(self) -> str:
        return self._state

    @property
    def checked_in(self) -> bool:
        return not self.checkin_panel.thanks.isHidden()

    def offer_enforced(self, advice: BreakAdvice) -> None:
        """An enforced break is due and may be postponed once: media hidden, decisions paused, a choice."""
        self._state = "due"
        said = shown(advice.reason)
        self._cover(self.tr("Break required: {reason}").format(reason=said))
        minutes = formats().number(advice.break_minutes)
        self.title.setText(self.tr("Time for a {minutes}-minute break").format(minutes=minutes))
        self.detail.setText(
            self.tr(
                "{reason}. Media is hidden and decisions are paused. "
                "If you are in the middle of an item you may finish it first, once."
            ).format(reason=f"{said[:1].upper()}{said[1:]}")
        )
        self.countdown.hide()
        self.resume_at.hide()
        self.breathing.hide()
        self.checkin_panel.hide()
        self.affected_note.hide()
        self.start_button.show()
        self.postpone_button.setVisible(advice.postponable)
        self.resume_button.hide()
        self.start_button.setFocus()

    def begin(self, session: BreakSession) -> None:
        """The break runs: countdown, breathing, and (for "this affected me") the check-in at once."""
        self._session = session
        self._state = "running"
        until = local_hhmm(session.may_resume_at())
        self._cover(self.tr("On a break until {time}").format(time=until))
        titles = {
            "enforced": self.tr("Break time"),
            "soft": self.tr("A short break"),
            "affected": self.tr("Take a moment"),
            "self": self.tr("A short break"),
        }
        self.title.setText(titles.get(session.kind, self.tr("A break")))
        self.detail.setText(
            self.tr(
                "All media is hidden. Look away from the screen, stretch, get some water — "
                "or follow the circle for a few breaths."
            )
        )
        self.affected_note.setVisible(session.kind == "affected")
        self.start_button.hide()
        self.postpone_button.hide()
        self.countdown.show()
        self.resume_at.show()
        self.breathing.show()
        self.breathing.start()
        self.resume_button.show()
        self.checkin_panel.reset()
        self.checkin_panel.setVisible(session.kind == "affected")
        if session.kind == "affected":
            self.checkin_panel.focus_faces()  # keys 1-5 answer at once
        self.progress(session.required_seconds)

    def progress(self, remaining: float) -> None:
        session = self._session
        if session is None or self._state not in ("running", "done"):
            return
        until = local_hhmm(session.may_resume_at())
        if remaining > 0:
            self.countdown.setText(self.tr("{time} left").format(time=mm_ss(remaining)))
            if session.enforced:
                self.resume_at.setText(self.tr("Work resumes at {time}.").format(time=until))
                self.resume_button.setEnabled(False)
                self.resume_button.setText(self.tr("Back to work at {time}").format(time=until))
            else:
                self.resume_at.setText(
                    self.tr("Suggested until {time}. You can come back earlier.").format(time=until)
                )
                self.resume_button.setEnabled(True)
                self.resume_button.setText(self.tr("Back to work"))
        else:
            if self._state != "done":
                self._state = "done"
                if not self.checked_in:
                    self.checkin_panel.show()
                    self.checkin_panel.focus_faces()
            self.countdown.setText(self.tr("Break complete"))
            self.resume_at.setText(self.tr("You may resume work now (since {time}).").format(time=until))
            self.resume_button.setEnabled(True)
            self.resume_button.setText(self.tr("Back to work"))
        self.countdown.setAccessibleDescription(self.countdown.text())

    def finish(self) -> None:
        """The break is over (or the enforced offer was postponed): media and decisions come back."""
        self._state = "closed"
        self._session = None
        self.breathing.stop()
        self.hide()
        self._cover_work(False)
        self._hooks.restore_media("break")
        self._hooks.set_decisions_blocked(False, "")

    def _cover(self, reason: str) -> None:
        self._hooks.hide_all_media("break")
        self._hooks.set_decisions_blocked(True, reason)
        self._fit()
        self.show()
        self.raise_()
        self._cover_work(True)

    def _cover_work(self, covered: bool) -> None:
        """The work area under the screen takes no focus while covered: Tab went on behind the
        break to the queue chooser and the media view, where a keyboard or screen-reader user
        was lost. Its own disabled controls stay disabled when it comes back (Qt keeps them)."""
        if self._central is not None:
            self._central.setEnabled(not covered)

    def set_support(self, contact: str) -> None:
        """The policy's support contact, here and on the check-in."""
        self.support.set_contact(contact)
        self.checkin_panel.support.hide()  # said once on this screen, above

    def _on_checkin(self, mood: int, note: str) -> None:
        self.checkin.emit(mood, note)

    # ---------------------------------------------------------------------------------- geometry

    def _fit(self) -> None:
        central = self._window.centralWidget()
        self.setGeometry(central.geometry() if central is not None else self._window.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest)
        ours = watched is self._window or watched is self._central
        if moved and ours and self.isVisible():
            self._fit()
        return False


__all__ = ["BreakScreen", "BreathingGuide", "CalmBanner", "SoftPromptBanner", "local_hhmm", "mm_ss"]
