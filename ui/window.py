"""The reviewer window: queue, media, details, decision panel and status bar, all by keyboard.

The window wires widgets to the session (service calls), the media pipeline (workers) and the
exposure meter. It holds no rule of its own: filters come from ``media``, verdict rules from
``workstation.taxonomy``, exposure from ``wellbeing``.

Public hooks for the wellbeing features (issue 5): ``hide_all_media``, ``restore_media``,
``set_decisions_blocked``, ``status_bar_add``, ``notice_add`` (the notification area), and the
signals ``itemChanged`` and ``viewStateChanged``.

Layout rules (docs/reviewer-keys.md): the window never needs more height than the screen has (the
side panel scrolls), notices share one strip of fixed height, and the status message keeps its key
hint readable. Key rules: decision keys never auto-repeat and count only as a considered press
(``workstation.considered``; docs/architecture.md, invariant 2).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from media.playback import VideoSource
from media.reveal import Peek, ScreenState, describe_filter
from ui.audio import PcmSink, QtPcmSink
from ui.correction_notice import CorrectionNotice
from ui.decision_panel import DecisionPanel
from ui.details import DetailsPanel
from ui.i18n import QT_TRANSLATE_NOOP, shown
from ui.locale_format import formats, person_zone, taxonomy_labels
from ui.media_view import MediaView, Reveal, unreadable_text
from ui.meter_feed import MeterFeed
from ui.notices import (
    PRIORITY_HISTORY,
    PRIORITY_PROBLEM,
    FittingLabel,
    NotificationArea,
    ReviewerStatusBar,
    sentence,
)
from ui.outbox_status import conflicts_text, outbox_label, outbox_short, queued_text
from ui.prefetch import PreviewCache
from ui.prefs import Preferences
from ui.qa_review import OUTCOME_SHORT, MyQADialog, OutcomePanel, QAQueue, qa_text, screen_item
from ui.queue_box import QueueBox
from ui.render import ImageLoader, load_in_process
from ui.reveal_audit import RevealAudit
from ui.session import Decided, ReviewSession, affected_offer, urgent_offline_text
from ui.shortcuts import KEYS, Key, ShortcutSheet
from ui.sop_panel import SopPanel
from ui.tasks import Runner, timers
from ui.text_view import TextView
from ui.theme import apply_theme, next_theme, theme_for
from ui.video import VideoController
from wellbeing.exposure import ExposureMeter, ViewState
from workstation import taxonomy
from workstation.actor import Actor
from workstation.app import Services
from workstation.claims import ClaimedItem, MediaInfo
from workstation.considered import ConsideredPress
from workstation.errors import WorkstationError
from workstation.formats import local_time
from workstation.media_roots import MediaPathRefused, confine
from workstation.qa import BlindScreenItem, FirstVerdict, ReviewResult

if TYPE_CHECKING:
    from workstation.history import EarlierDecision

log = logging.getLogger(__name__)
PEEK_KEY = Qt.Key.Key_P
PANIC_KEY = Qt.Key.Key_Escape
DEFAULT_IDLE_SECONDS = 60.0
REPEAT_PAIR_MS = 2  # a release and a press this close together are one held key repeating
# How the sheet describes the wellbeing features' actions (ui/wellbeing_ui.py binds them).
# Keys that decide, skip, escalate, claim or undo: a held key's auto-repeat never triggers them.
DECISION_ACTIONS = ("claim", "confirm", "escalate", "skip", "undo")
UNDO_HINT = QT_TRANSLATE_NOOP("ReviewerWindow", "Ctrl+Z undoes it for 10 s")
# The queue chooser keeps each entry's own text here, so marks put in front of it (the wellbeing
# features' "Locked today · ") survive a refresh of the counts.
QUEUE_BASE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 41
# The shortcut sheet's words for the wellbeing actions (translated when the sheet shows them).
# Keyed by the actions' object names (ui/wellbeing_ui.py, ui/main.py), never by their translated text.
WELLBEING_ACTIONS = {
    "affectedAction": QT_TRANSLATE_NOOP("Shortcuts", "This affected me: a break and a check-in now"),
    "breakNowAction": QT_TRANSLATE_NOOP(
        "Shortcuts", "Take a break now (your own; a prompted break is taken instead)"
    ),
    "ownWellbeingAction": QT_TRANSLATE_NOOP("Shortcuts", "My wellbeing: today and the last seven days"),
}


class SideScroll(QScrollArea):
    """The side panel's scroll area. It never scrolls sideways, so it must never be narrower than what it
    holds: content wider than the viewport is cut off, on the left in a right-to-left language (found
    on Xvfb in Arabic, and in Malay: "Ctrl+Z   Buat asal keputusan terakhir"). Its minimum width follows
    its content's, from 300 px up to its maximum."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        want = 300
        if inner is not None:
            chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
            want = max(want, inner.minimumSizeHint().width() + chrome)
        hint.setWidth(min(self.maximumWidth(), max(hint.width(), want)))
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The content asked for a new layout (the SLA countdown's text grew): the splitter asks again."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


@dataclass
class Runners:
    """Where work runs: ``db`` one worker in order, ``media`` decode and filter, ``history`` lookups."""

    db: Runner
    media: Runner
    prefetch: Runner
    history: Runner | None = None


class InputWatcher(QObject):
    """App-wide: any input is presence (for the meter and the idle timer); P held peeks; Esc hides."""

    def __init__(self, window: ReviewerWindow) -> None:
        super().__init__(window)
        self._window = window
        self._released: dict[int, int] = {}  # key -> timestamp (ms) of its last release

    def _ours(self, watched: QObject) -> bool:
        """Whether an event's receiver belongs to the reviewer window (or a popup/dialog it owns)."""
        if not isinstance(watched, QWidget):
            return False
        top: QWidget | None = watched.window()
        while top is not None:
            if top is self._window:
                return True
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return False

    def _repeated(self, event: QKeyEvent) -> bool:
        """A decision key's press that is a held key's repeat. Qt flags most (``isAutoRepeat``), but an
        X server that repeats with release/press pairs gets some through unflagged (seen on Xvfb: 13
        of 23 repeats of a held key); the pair's release and press then share one timestamp, which a
        finger lifting and pressing again never does."""
        if not self._window.is_decision_key(event):
            return False
        if event.isAutoRepeat():
            return True
        released = self._released.get(event.key())
        if not released or not event.timestamp():  # 0: no time known (synthetic events)
            return False
        return 0 <= event.timestamp() - released <= REPEAT_PAIR_MS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            # The shortcut machinery asks first: a repeat is claimed here, so no action fires.
            assert isinstance(event, QKeyEvent)
            if self._ours(watched) and not _typing(watched) and self._repeated(event):
                event.accept()
                return True
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if not self._ours(watched):
                return False
            if kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():
                self._released[event.key()] = event.timestamp()
            elif kind == QEvent.Type.KeyPress and not _typing(watched) and self._repeated(event):
                self._window.note_input()
                return True  # a held key's repeat: never a decision
            if kind == QEvent.Type.KeyPress:
                self._window.note_input()
            if event.key() == PANIC_KEY:
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    popup = QApplication.activePopupWidget()
                    if popup is not None:
                        popup.close()  # a combo box list must not keep the panic key for itself
                    self._window.toggle_panic()
                return True
            if event.key() == PEEK_KEY and not event.isAutoRepeat() and not _typing(watched):
                self._window.set_peek(kind == QEvent.Type.KeyPress)
                return True
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel) and self._ours(
            watched
        ):
            self._window.note_input()
        return False


def _typing(widget: QObject) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)


class ReviewerWindow(QMainWindow):
    itemChanged = Signal(object)  # ClaimedItem | None
    viewStateChanged = Signal(object)  # ViewState
    panicChanged = Signal(bool)
    activeChanged = Signal(bool)  # the window became active (True) or lost focus (False)
    inputSeen = Signal()  # keyboard or pointer input: the reviewer is at the desk
    prefetchReady = Signal()
    queuesRefreshed = Signal()  # the chooser's counts were read again (after a decision)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        prefs: Preferences,
        runners: Runners,
        *,
        meter: ExposureMeter | None = None,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        cache: PreviewCache | None = None,
        app: QApplication | None = None,
        prefetch: bool = True,
        image_loader: ImageLoader | None = None,
        video_source: VideoSource | None = None,
        sound_sink: Callable[[], PcmSink] = QtPcmSink,
        min_view_seconds: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``image_loader`` decodes still images on the media workers and ``video_source`` reads
        videos and their sound: the app passes ones that decode in ``DecoderPool`` processes
        (``ui.main``); without them media decodes in this process (tests). ``sound_sink`` makes the
        sound output (the sound card; a recorder in tests). ``min_view_seconds`` is how long an
        item must be on screen before a decision key counts (default: the organisation's wellbeing
        policy, ``decision_min_view_seconds``)."""
        super().__init__(parent)
        self.setObjectName("reviewerWindow")
        self.setWindowTitle(self.tr("Reviewer Workstation"))
        self.setAccessibleName(self.tr("Reviewer Workstation"))
        self.services = services
        self.actor = actor
        self.prefs = prefs
        self.meter = meter
        self.runners = runners
        self.image_loader: ImageLoader = image_loader or load_in_process
        self.cache = cache if cache is not None else PreviewCache(loader=self.image_loader)
        self.prefetch_enabled = prefetch
        self._app = app
        self._panic = False
        self._hidden_reasons: set[str] = set()
        self._item: ClaimedItem | None = None
        self._peeked: ClaimedItem | None = None
        self._prefetching = False
        self._theme = theme_for(prefs.chosen_theme, app) if app is not None else prefs.theme
        self._sheet: ShortcutSheet | None = None
        self._sop: SopPanel | None = None
        self._outbox_pending = 0
        self._queues_loading = False

        # The policy's wait is read on the database lane, ahead of the queues: no item can be
        # claimed (so no decision pressed) before it is set; until then the shipped default holds.
        self.considered = ConsideredPress(services.clock)
        if min_view_seconds is None:
            self._load_min_view_seconds(runners.db)
        else:
            self.considered.min_view_seconds = float(min_view_seconds)
        self.session = ReviewSession(services, actor, runners.db, self, live_dose=self._live_dose)
        # The blind second review (leads): the same screen, media pipeline and meter; the QA service's
        # steps on the same database lane (ui/qa_review.py, docs/policies-and-quality.md).
        self.qa = QAQueue(
            services.qa,
            actor,
            runners.db,
            gate=services.wellbeing.gate,
            live_dose=self._live_dose,
            parent=self,
        )
        self.outcome_panel = OutcomePanel()
        self._qa_label = ""  # the label of the QA verdict being committed
        self._my_qa: MyQADialog | None = None
        self.media_view = MediaView(
            runners.media, reveal_seconds=prefs.reveal_seconds, loader=self.image_loader
        )
        self.text_view = TextView()
        self.video = VideoController(
            self.media_view, runners.media, source=video_source, sound_sink=sound_sink
        )
        self.details = DetailsPanel(services.clock)
        self.panel = DecisionPanel()
        self.reveal_audit = RevealAudit(services.audit_service(), actor, runners.db, services.clock)
        self._history_text = ""
        self._build()
        self._bind_keys()
        self._connect()
        # The meter is fed from this window's signals only, never called from here (ui.meter_feed).
        self._meter_feed = MeterFeed(self, meter, self) if meter is not None else None

        self._idle = timers().timer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, round(idle_seconds * 1000)))
        self._idle.timeout.connect(self.on_idle)
        self._idle.start()
        self._watcher = InputWatcher(self)
        if app is not None:
            app.installEventFilter(self._watcher)
        self._load_queues()
        self.load_policy()
        self.correction_notice.refresh()
        self._show_empty(self.tr("Choose a queue and press N to claim the next item."))

    def _load_min_view_seconds(self, db: Runner) -> None:
        """The organisation's ``decision_min_view_seconds`` (docs/reviewer-keys.md), read on ``db``."""
        care, considered = self.services.wellbeing, self.considered

        def use(seconds: float) -> None:
            considered.min_view_seconds = float(seconds)

        db.submit(
            lambda: care.policy.decision_min_view_seconds,
            use,
            lambda error: log.info("policy not read, the default decision wait holds: %s", error),
        )

    def _live_dose(self) -> float | None:
        """Today's dose as the meter has it now, unsaved spans included (for the claim gate)."""
        return self.meter.dose_today if self.meter is not None else None

    # ---------------------------------------------------------------------------------- layout

    def _build(self) -> None:
        top = QFrame()
        top.setObjectName("topBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(12, 6, 12, 6)
        queue_label = QLabel(self.tr("Q&ueue"))
        self.queue_box = QueueBox()  # as wide as its longest entry; elided with a tooltip if not
        # The queue's name keeps its room before the hints do (they shrink first).
        self.queue_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.queue_box.setAccessibleName(self.tr("Queue"))
        queue_label.setBuddy(self.queue_box)
        bar.addWidget(queue_label)
        bar.addWidget(self.queue_box)
        self.claim_hint = QLabel(self.tr("N  claim next"))
        self.claim_hint.setObjectName("hint")
        bar.addWidget(self.claim_hint)
        bar.addStretch(1)
        self.filter_label = QLabel()
        self.filter_label.setObjectName("filterLabel")
        self.filter_label.setAccessibleName(self.tr("Current filter"))
        bar.addWidget(self.filter_label)
        self.qa_mode_label = QLabel(self.tr("QA: blind second review"))
        self.qa_mode_label.setObjectName("qaModeLabel")
        self.qa_mode_label.setAccessibleName(self.tr("QA mode"))
        self.qa_mode_label.hide()
        bar.addWidget(self.qa_mode_label)
        # In a crowded bar (150 % font in a long language) the hint gives up its room before the queue's
        # name does: its short form, then elided; the whole hint stays its tooltip (docs/accessibility.md).
        help_hint = FittingLabel()
        help_hint.set_texts(self.tr("?  shortcuts    Esc  hide all media"), self.tr("?  shortcuts"))
        help_hint.setObjectName("hint")
        bar.addWidget(help_hint)

        # One strip of fixed height for every notice (the window's own and the wellbeing ones).
        self.notices = NotificationArea()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.hide()
        self.history_banner = QLabel()
        self.history_banner.setObjectName("historyBanner")
        self.history_banner.setWordWrap(True)
        self.history_banner.setAccessibleName(self.tr("Decided before"))
        self.history_banner.hide()
        self.notices.add_notice(self.banner, PRIORITY_PROBLEM)
        self.notices.add_notice(self.history_banner, PRIORITY_HISTORY)
        self.correction_notice = CorrectionNotice(
            self.services.corrections, self.actor, self.prefs, self.runners.db, self.services.clock.now
        )
        self.notices.add_notice(self.correction_notice, PRIORITY_PROBLEM)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.media_view)
        self.stack.addWidget(self.text_view)
        self.video_bar = QLabel()
        self.video_bar.setObjectName("videoBar")
        self.video_bar.setAccessibleName(self.tr("Video controls"))
        self.video_bar.hide()

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.notices)
        cl.addWidget(self.stack, 1)
        cl.addWidget(self.video_bar)

        side_inner = QWidget()
        side_inner.setObjectName("sidePanel")
        sl = QVBoxLayout(side_inner)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.details)
        sl.addWidget(self.panel, 1)
        sl.addWidget(self.outcome_panel)
        # The side panel scrolls rather than growing the window past the screen (a long taxonomy,
        # the reason list and the escalate note together are taller than a 800 px screen allows).
        side = SideScroll()
        side.setObjectName("sideScroll")
        side.setWidget(side_inner)
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.setMaximumWidth(420)  # at least 300 px, and as wide as its content needs (SideScroll)
        self.side_scroll = side

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(centre)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)

        root = QWidget()
        rl = QVBoxLayout(root)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(0)
        rl.addWidget(top)
        rl.addWidget(split, 1)
        self.setCentralWidget(root)

        status = ReviewerStatusBar()
        self.status_bar = status
        self.setStatusBar(status)
        # Gives up its room first in a crowded status bar (150 % font, a long language): the name
        # alone, then the name elided; the full sentence stays in the tooltip (docs/accessibility.md).
        self.user_label = FittingLabel()
        self.user_label.set_texts(
            self.tr("Signed in as {name}").format(name=self.actor.display_name), self.actor.display_name
        )
        self.user_label.setAccessibleName(self.tr("Signed in user"))
        self.connection_label = QLabel(self.tr("● connected"))
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        self.outbox_label = QLabel()
        self.outbox_label.setAccessibleName(self.tr("Decisions waiting to sync"))
        self.outbox_label.setToolTip(self.tr("Every decision is recorded."))
        for w in (self.user_label, self.connection_label, self.outbox_label):
            status.addPermanentWidget(w)
        self.set_outbox_count(0)
        self.resize(1280, 800)

    def _bind_keys(self) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "claim": self.claim_next,
            "queue": self._focus_queue,
            "confirm": self._confirm,
            "cancel": self.panel.cancel,
            "escalate": self._escalate,
            "skip": self.skip,
            "undo": self.undo,
            "key_ticket": self._key_ticket_key,
            "reveal": self.toggle_reveal,
            "blur_more": self.media_view.blur_more,
            "blur_less": self.media_view.blur_less,
            "grayscale": self.media_view.toggle_grayscale,
            "stylise": self.media_view.toggle_stylise,
            "save_default": self.save_default_filter,
            "zoom_in": self.media_view.zoom_in,
            "zoom_out": self.media_view.zoom_out,
            "zoom_fit": self.media_view.zoom_fit,
            "theme": self.toggle_theme,
            "play": self.video.toggle_play,
            "back": lambda: self.video.seek_relative(-5.0),
            "forward": lambda: self.video.seek_relative(5.0),
            "frame_back": lambda: self.video.step(-1),
            "frame_forward": lambda: self.video.step(1),
            "slower": self.video.slower,
            "faster": self.video.faster,
            "mute": self.video.toggle_mute,
            "help": self.show_shortcuts,
            "policies": self.show_policies,
        }
        self.actions_by_name: dict[str, QAction] = {}
        self._decision_sequences: set[str] = set()
        for key in KEYS:
            if key.name == "verdict":
                for n, seq in enumerate(key.keys, 1):
                    action = QAction(self.tr("Verdict {n}").format(n=n), self)
                    action.setShortcut(QKeySequence(seq))
                    action.setAutoRepeat(False)  # a held key never decides
                    self._decision_sequences.add(QKeySequence(seq).toString())
                    action.triggered.connect(lambda _=False, n=n: self._number_key(n))
                    self.addAction(action)
                    self.actions_by_name[f"verdict{n}"] = action
                continue
            handler = handlers.get(key.name)
            sequences = [QKeySequence(k) for k in key.keys if k]
            if handler is None or not sequences:
                continue
            action = QAction(QCoreApplication.translate("Shortcuts", key.text), self)
            action.setShortcuts(sequences)
            action.setAutoRepeat(key.name not in DECISION_ACTIONS)  # a held key never decides
            if key.name in DECISION_ACTIONS:
                self._decision_sequences.update(k.toString() for k in sequences)
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[key.name] = action
        self._build_qa_menu()

    def _build_qa_menu(self) -> None:
        """The QA menu: the QA queue (leads: QA reviewers are leads) and My QA (everyone)."""
        menu = self.menuBar().addMenu(self.tr("&QA"))
        self.qa_action: QAction | None = None
        if self.qa.allowed:
            self.qa_action = QAction(self.tr("QA queue (blind second review)"), self)
            self.qa_action.setObjectName("qaQueueAction")
            self.qa_action.setShortcut(QKeySequence("F3"))
            self.qa_action.setCheckable(True)
            self.qa_action.triggered.connect(lambda _=False: self.toggle_qa())
            menu.addAction(self.qa_action)
        my_qa = QAction(self.tr("My QA: how my sampled decisions fared"), self)
        my_qa.setObjectName("myQaAction")
        my_qa.setShortcut(QKeySequence("F4"))
        my_qa.triggered.connect(self.show_my_qa)
        menu.addAction(my_qa)
        self.my_qa_action = my_qa

    def _connect(self) -> None:
        s = self.session
        s.itemClaimed.connect(self._on_item)
        s.queueEmpty.connect(self._on_empty)
        s.decided.connect(self._on_decided)
        s.undone.connect(
            lambda item: self.show_banner(
                self.tr("Decision undone: {ref} is yours again.").format(ref=item.external_ref)
            )
        )
        s.skipped.connect(
            lambda _n: self.say(self.tr("Skipped; it will not come back to you."), timeout_ms=5000)
        )
        s.claimRefused.connect(self._on_claim_refused)
        s.leaseLost.connect(self._on_lease_lost)
        s.failed.connect(lambda text: self.show_banner(text))
        s.connectionChanged.connect(self._on_connection)
        s.peeked.connect(self._on_peeked)
        s.waitingToSend.connect(self._on_waiting_to_send)
        s.conflictsFound.connect(self.show_offline_conflicts)
        s.pendingChanged.connect(lambda n: self.set_outbox_state(n, not self.session.connected))
        self.panel.set_guard(self._decision_allowed)
        # Once laid out, scroll the side panel so the question and its Enter / Cancel are in view.
        self.panel.askShown.connect(lambda: QTimer.singleShot(0, self._show_question))
        # and the hint under it, once it says something (a reason's policy, why Enter was refused)
        self.panel.hintShown.connect(lambda: QTimer.singleShot(0, self._show_hint))
        self.panel.decisionRequested.connect(self._on_decision)
        # The considered-press clock starts when the item's filtered frame (or the sentence saying
        # why there is none) reaches the screen.
        self.media_view.framePainted.connect(self._on_frame_painted)
        self.media_view.loadFailed.connect(lambda _reason: self.considered.item_shown())
        self.text_view.viewStateChanged.connect(
            lambda state: self.considered.item_shown() if state.media_visible else None
        )
        self.panel.skipRequested.connect(self.skip)
        self.panel.undoRequested.connect(self.undo)
        self.media_view.viewStateChanged.connect(
            lambda state: (
                self._on_view_state(state) if self.stack.currentWidget() is self.media_view else None
            )
        )
        self.media_view.screenStateChanged.connect(self._on_screen_state)
        self.text_view.topBarText.connect(self._on_text_reveal)
        self.media_view.wheelScrub.connect(self.video.scrub)
        self.text_view.viewStateChanged.connect(
            lambda state: self._on_view_state(state) if self.stack.currentWidget() is self.text_view else None
        )
        self.video.statusChanged.connect(self._on_video_status)
        self.queue_box.currentIndexChanged.connect(self._on_queue_changed)
        self.qa.opened.connect(self._on_qa_opened)
        self.qa.empty.connect(self._on_qa_empty)
        self.qa.unblinded.connect(self._on_unblinded)
        self.qa.recorded.connect(self._on_qa_recorded)
        self.qa.failed.connect(self.show_banner)
        self.outcome_panel.recordRequested.connect(self.qa.record)

    # ---------------------------------------------------------------------------------- queues

    def _load_queues(self) -> None:
        """Read the queues open to the reviewer on the database worker (never the GUI thread)."""
        directory, actor = self.services.directory, self.actor
        self._queues_loading = True

        def failed(error: BaseException) -> None:
            self._queues_loading = False
            log.warning("queues not loaded: %s", error)
            self.show_banner(self.tr("The queues could not be read: {error}").format(error=shown(error)))

        self.runners.db.submit(lambda: directory.list_queues(for_actor=actor), self._fill_queues, failed)

    def _fill_queues(self, queues: list[Any]) -> None:
        self._queues_loading = False
        self.queue_box.blockSignals(True)
        self.queue_box.clear()
        for q in queues:
            self.queue_box.addItem(queue_text(q.name, q.severity_tier, q.counts, q.restricted), q.name)
        self.queue_box.blockSignals(False)
        if queues:
            self.session.set_queue(queues[0].name)
            self.panel.set_verdicts(queues[0].verdicts)

    def refresh_queue_counts(self) -> None:
        """Read the queues' counts again on the database worker (never the GUI thread) and rewrite
        the chooser's entries in place: the selection stays, and so does any mark the wellbeing
        features put in front of an entry ("Locked today · ")."""
        directory, actor = self.services.directory, self.actor

        def done(queues: list[Any]) -> None:
            box = self.queue_box
            for q in queues:
                index = box.findData(q.name)
                if index < 0:
                    continue
                old_base = box.itemData(index, QUEUE_BASE_TEXT_ROLE) or box.itemText(index)
                new_base = queue_text(q.name, q.severity_tier, q.counts, q.restricted)
                current = box.itemText(index)
                prefix = current[: len(current) - len(old_base)] if current.endswith(old_base) else ""
                box.setItemData(index, new_base, QUEUE_BASE_TEXT_ROLE)
                box.setItemText(index, prefix + new_base)
            self.queuesRefreshed.emit()

        self.runners.db.submit(
            lambda: directory.list_queues(for_actor=actor),
            done,
            lambda error: log.info("queue counts not refreshed: %s", error),
        )

    def _on_queue_changed(self, index: int) -> None:
        name = self.queue_box.itemData(index)
        if not name or name == self.session.queue:
            return
        if self._item is not None:
            self.session.release()
            self._close_item()
        # Whatever the previous queue's view said ("Queue X has nothing waiting") goes with it.
        self._show_empty(self.tr("Queue {name}: press N to claim the next item.").format(name=name))
        self.claim_hint.setText(self.tr("N  claim next"))
        self.session.set_queue(str(name))
        self._peeked = None

    def _focus_queue(self) -> None:
        self.queue_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.queue_box.showPopup()

    # ---------------------------------------------------------------------------------- commands

    def say(self, text: str, keys: str = "", timeout_ms: int = 0) -> None:
        """A message in the status bar; ``keys`` (a key hint) stays readable however long it is."""
        self.status_bar.say(sentence(text) if text else "", keys, timeout_ms)

    def _decision_allowed(self) -> bool:
        """Whether a decision press counts now (a considered press); if not, say why, quietly."""
        refusal = self.considered.decision_refusal()
        if refusal is not None:
            self.say(refusal, timeout_ms=3000)
            return False
        return True

    def is_decision_key(self, event: QKeyEvent) -> bool:
        """Whether ``event`` is bound to an action that decides, skips, escalates, claims or undoes."""
        pressed = QKeySequence(event.keyCombination()).toString()
        return pressed in self._decision_sequences

    def _show_question(self) -> None:
        self._scroll_side_to(self.panel.cancel_button)

    def _show_hint(self) -> None:
        if self.panel.isVisible() and self.panel.hint.text():
            self._scroll_side_to(self.panel.hint)

    def _scroll_side_to(self, widget: QWidget) -> None:
        """Scroll the side panel so ``widget`` is whole in view, at its new size: the layouts
        between it and the scroll area settle first, each asking its parent in turn (scrolling by
        the hint's old, one-line height left its new lines below the fold on a real screen)."""
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        inner = self.side_scroll.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()  # the question's new height, before scrolling to it
        if inner is not None:
            QApplication.sendPostedEvents(self.side_scroll, QEvent.Type.LayoutRequest)
        self.side_scroll.ensureWidgetVisible(widget)

    def _on_frame_painted(self, key: str) -> None:
        if self._item is not None and key == str(self._item.claim_id):
            self.considered.item_shown()

    def claim_next(self) -> None:
        if self.outcome_panel.first is not None:
            self.say(self.tr("Record the outcome of the QA review first (Enter)."), timeout_ms=4000)
            return
        if self.panel.blocked:  # an enforced break: no new item until it ends
            self.say(self.tr("Decisions are paused; the next item comes after the break."), timeout_ms=4000)
            return
        if self._item is not None:
            self.say(self.tr("Decide or skip the open item first."), timeout_ms=4000)
            return
        refusal = self.considered.claim_refusal()
        if refusal is not None:
            self.say(refusal, timeout_ms=3000)
            return
        if self._queues_loading:
            self.say(self.tr("The queues are still loading; press N again in a moment."), timeout_ms=3000)
            return
        self.banner.hide()
        if self.qa.active:
            self.qa.next()
            return
        self.session.claim_next()

    def skip(self) -> None:
        if self._item is not None and not self.panel.blocked and self._decision_allowed():
            self.considered.decided()
            self._close_item()
            if self.qa.active:
                self.qa.skip()
                self.say(self.tr("Skipped; another lead reviews it."), timeout_ms=5000)
                return
            self.session.skip()

    def _key_ticket_key(self) -> None:
        self.flag_key_ticket()

    def flag_key_ticket(self, summary: str | None = None) -> bool:
        """Flag the open item (else the one just decided) for the lead's daily report with a one-line
        summary (``Shift+K``; docs/operations-sla.md). ``summary`` skips the dialog (tests). The
        flag is written on the database lane; True means it was asked for, and the status bar says
        when it is saved or why it was refused."""
        item_id, ref = None, ""
        if self._item is not None:
            item_id, ref = self._item.item_id, self._item.external_ref
        elif self.session.last_decision is not None:
            item_id, ref = self.session.last_decision.item_id, self.session.last_decision.external_ref
        if item_id is None:
            self.say(
                self.tr("Open an item first: a key ticket flags the item in front of you."), timeout_ms=5000
            )
            return False
        if summary is None:
            summary, ok = QInputDialog.getText(
                self,
                self.tr("Key ticket"),
                self.tr("One-line summary of {ref} for the lead's daily report:").format(ref=ref),
            )
            if not ok:
                return False
        tickets, actor, text = self.services.key_tickets(), self.actor, summary

        def flagged(_result: object) -> None:
            done = self.tr("{ref} flagged as a key ticket for the daily report.")
            self.say(done.format(ref=ref), timeout_ms=5000)

        def refused(error: BaseException) -> None:
            if isinstance(error, WorkstationError):
                self.say(shown(error), timeout_ms=8000)
            else:
                log.error("key ticket not flagged", exc_info=error)
                self.say(self.tr("The key ticket could not be saved. This is a bug."), timeout_ms=8000)

        self.say(self.tr("Flagging {ref} as a key ticket…").format(ref=ref), timeout_ms=5000)
        self.runners.db.submit(lambda: tickets.flag(actor, item_id, text), flagged, refused)
        return True

    def undo(self) -> None:
        if self.panel.blocked:
            return
        if self.qa.active:
            self.say(self.tr("A QA review is final: it cannot be undone."), timeout_ms=4000)
            return
        if self.session.last_decision is None:
            self.say(self.tr("There is no decision to undo."), timeout_ms=4000)
            return
        self._close_item()
        self.session.undo()

    def _on_decision(self, verdict: str, label: str, reason: str, note: str) -> None:
        if self._item is None:
            return
        state = self._reveal_state()
        self.considered.decided()
        self._close_item()
        if self.qa.active:  # the QA verdict is final now; the first verdict comes back (_on_unblinded)
            self._qa_label = label
            self._show_empty(self.tr("Your verdict is recorded as final. The first verdict follows."))
            self.qa.commit(verdict)
            return
        # Closing the item told the wellbeing features (itemChanged): an enforced break that is due
        # now blocks decisions, and then no next item is claimed behind it.
        destination, imminent = self.panel.escalation_choice if verdict == taxonomy.ESCALATE else ("", False)
        self.session.decide(
            verdict,
            label,
            reason,
            note,
            reveal_state=state,
            claim_next=not self.panel.blocked,
            escalate_to=destination,
            imminent=imminent,
        )

    def _reveal_state(self) -> str:
        if self._item is not None and self.stack.currentWidget() is self.text_view:
            return "revealed" if self.text_view.revealed_any else "filtered"
        return self.media_view.peak_reveal

    def toggle_reveal(self) -> None:
        if self._panic:
            return
        if self.stack.currentWidget() is self.text_view:
            self.text_view.toggle_reveal()
        else:
            self.media_view.toggle_reveal()

    def set_peek(self, held: bool) -> None:
        if self._panic or self._item is None:
            held = False
        self.media_view.set_peek(held)

    def save_default_filter(self) -> None:
        kept = self.prefs.save_default_filter(self.media_view.settings)
        self.media_view.set_defaults(kept)
        self.say(
            self.tr("New items will open with {filter}.").format(filter=shown(describe_filter(kept))),
            timeout_ms=5000,
        )

    def toggle_theme(self) -> None:
        self._theme = next_theme(self._theme)
        self.prefs.theme = self._theme
        if self._app is not None:
            apply_theme(self._app, self._theme)

    @property
    def theme(self) -> str:
        return self._theme

    def show_shortcuts(self) -> None:
        if self._sheet is not None and self._sheet.isVisible():
            self._sheet.accept()
            return
        self._sheet = ShortcutSheet(self, extra=self.extra_keys())
        self._sheet.setModal(True)
        self._sheet.show()

    def load_policy(self) -> None:
        """Read the policy in force on the database worker; the panel shows its summaries."""
        policies = self.services.policies
        self.runners.db.submit(
            policies.current,
            self.panel.set_policy,
            lambda error: log.info("policy not loaded: %s", error),
        )

    def show_policies(self) -> None:
        """F2: the SOP panel, at the section of the verdict in progress; F2 again closes it."""
        if self._sop is not None and self._sop.isVisible():
            self._sop.accept()
            return
        pending = self.panel.pending
        focus = self.panel.section_for(pending, self.panel.chosen_reason()) if pending else ""
        self._sop = SopPanel(self.panel.policy, self.services.clock.now().date(), focus=focus, parent=self)
        self._sop.setModal(True)
        self._sop.show()
        self.load_policy()  # a version that took effect since the window opened shows next time

    @property
    def sop_panel(self) -> SopPanel | None:
        return self._sop

    @property
    def shortcut_sheet(self) -> ShortcutSheet | None:
        return self._sheet

    def bound_shortcuts(self) -> list[tuple[str, list[QKeySequence]]]:
        """Every (text, key sequences) the window answers to: its actions (also those other parts
        added, like the wellbeing keys, and menu entries) and any ``QShortcut`` it owns."""
        found: list[tuple[str, list[QKeySequence]]] = []
        seen: set[int] = set()
        actions = [*self.actions(), *self.findChildren(QAction)]
        menu_bar = self.menuBar() if self.menuWidget() is not None else None
        if menu_bar is not None:
            stack = list(menu_bar.actions())
            while stack:
                action = stack.pop()
                actions.append(action)
                sub = action.menu()
                if isinstance(sub, QMenu):
                    stack.extend(sub.actions())
        for action in actions:
            if id(action) in seen:
                continue
            seen.add(id(action))
            sequences = [k for k in action.shortcuts() if not k.isEmpty()]
            if sequences:
                # The wellbeing actions go by their object name: their text is translated.
                name = action.objectName()
                found.append(
                    (name if name in WELLBEING_ACTIONS else action.text().replace("&", ""), sequences)
                )
        for shortcut in self.findChildren(QShortcut):
            keys = [k for k in shortcut.keys() if not k.isEmpty()]  # noqa: SIM118 (a Qt method)
            if keys:
                found.append((shortcut.whatsThis() or shortcut.objectName() or "Shortcut", keys))
        return found

    def extra_keys(self) -> list[Key]:
        """Bound keys the key table does not list (the wellbeing features', menu entries')."""
        listed = {QKeySequence(k).toString() for key in KEYS for k in key.keys if k}
        extra: list[Key] = []
        for text, sequences in self.bound_shortcuts():
            keys = tuple(k.toString() for k in sequences if k.toString() not in listed)
            if not keys:
                continue
            listed.update(keys)
            group = "Wellbeing" if text in WELLBEING_ACTIONS else "More"
            label = " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences)
            extra.append(Key(f"extra:{text}", keys, WELLBEING_ACTIONS.get(text, text), group, label))
        return sorted(extra, key=lambda k: (k.group != "Wellbeing", k.text))

    # ---------------------------------------------------------------------------------- safety

    def toggle_panic(self) -> None:
        if self._sheet is not None and self._sheet.isVisible():
            self._sheet.reject()
        if self._panic:
            self._panic = False
            self.restore_media("panic")
        else:
            self._panic = True
            self.hide_all_media("panic")
        self.panicChanged.emit(self._panic)

    @property
    def panic_active(self) -> bool:
        """Whether Esc (the panic key) hid the media; it stays hidden until Esc again."""
        return self._panic

    def hide_all_media(self, reason: str) -> None:
        """Hide every piece of media now (panic key, a break); it stays hidden until restored.
        Hidden media is care time: the open claim's handling clock pauses (``ReviewLoop``)."""
        self._hidden_reasons.add(reason)
        self.session.care_paused(reason)
        self.video.pause()
        self.media_view.set_hidden(True)
        self.text_view.set_hidden(True)

    def restore_media(self, reason: str = "") -> None:
        """Bring media back, filtered at the defaults, once no reason to hide remains.

        A break that ends with no item open leaves nothing hidden: Esc pressed on the break screen
        hid no media, and "Media hidden" about media that is not there would be wrong; the view
        says how to go on instead."""
        back_from_break = reason == "break" and self._item is None
        if back_from_break and self._panic:
            self._panic = False
            self.panicChanged.emit(False)
            reason = ""  # every reason goes
        for gone in [reason] if reason else list(self._hidden_reasons):
            self._hidden_reasons.discard(gone)
            self.session.care_resumed(gone)
        if not reason:
            self._panic = False
        if self._hidden_reasons:
            return
        self.media_view.set_hidden(False)
        self.text_view.set_hidden(False)
        if back_from_break:
            self._show_empty(self.tr("Welcome back. Press N to claim the next item."))

    def set_decisions_blocked(self, blocked: bool, reason: str) -> None:
        self.panel.set_blocked(blocked, reason)

    def status_bar_add(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def notice_add(self, notice: QWidget, priority: int) -> None:
        """Put a notice (a banner with its own show/hide) in the notification area, by priority
        (``ui.notices.PRIORITY_*``, lower first)."""
        self.notices.add_notice(notice, priority)

    def set_outbox_count(self, n: int) -> None:
        """How many decisions wait to sync; nothing at all when none do (the status bar needs the
        room for its message and key hint)."""
        waiting = (
            self.tr("1 decision waiting to sync") if n == 1 else self.tr("{n} decisions waiting to sync")
        )
        self.outbox_label.setText(waiting.format(n=formats().count(n)) if n else "")
        self.outbox_label.setVisible(bool(n))

    def set_outbox_state(self, pending: int, offline: bool) -> None:
        """How many decisions wait in the outbox and whether the database answers
        (``ui.outbox_status``). The status bar says it briefly (it must fit at 1280 px beside the
        wellbeing meter); the tooltip says it in full."""
        was = self._outbox_pending
        self._outbox_pending = pending
        self.outbox_label.setText(outbox_short(pending, offline))
        self.outbox_label.setVisible(bool(pending))
        self.outbox_label.setToolTip(outbox_label(pending, offline) or self.tr("Every decision is recorded."))
        self._on_connection(not offline)
        if was and not pending and not offline:
            self.say(self.tr("Offline decisions sent."), timeout_ms=10000)
            if self.banner.isVisible() and queued_text() in self.banner.text():
                self.banner.hide()
            if self._item is None and queued_text() in self.media_view.message:
                self._show_empty(self.tr("Sent: your decision is recorded. Press N to claim the next item."))

    @property
    def outbox_pending(self) -> int:
        return self._outbox_pending

    def show_offline_conflicts(self, conflicts: list[tuple[str, str]]) -> None:
        """Decisions saved offline that the database refused when they were sent: say which and why."""
        if conflicts:
            self.show_banner(conflicts_text(conflicts))

    def note_input(self) -> None:
        self._idle.start()
        self.inputSeen.emit()

    def on_idle(self) -> None:
        self.reblur_all("idle")

    def reblur_all(self, reason: str) -> None:
        self.media_view.reblur(reason)
        self.text_view.remask()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            active = self.isActiveWindow()
            if not active:
                self.reblur_all("focus lost")
            self.activeChanged.emit(active)
        super().changeEvent(event)

    def focus_lost(self) -> None:
        """What losing window focus does (also called by tests and by the idle machinery)."""
        self.reblur_all("focus lost")
        self.activeChanged.emit(False)

    # ---------------------------------------------------------------------------------- items

    def _on_item(self, item: ClaimedItem) -> None:
        self._item = item
        self.considered.item_opened()
        self.banner.hide()
        self.history_banner.hide()
        self._history_text = ""
        self.details.show_item(item)
        self.panel.set_destinations(item.escalate_to)
        self.panel.set_verdicts(item.verdicts)
        self.panel.set_item_open(True)
        self.claim_hint.setText("")
        self.reveal_audit.item_opened(f"{item.claim_id}", item.item_id)
        self.itemChanged.emit(item)  # before the media: the meter knows the item its view belongs to
        self._show_media(item)
        if self.qa.active:  # blind: no "decided before" (it could name this item's first verdict)
            return
        self._look_up_history(item)
        if self.prefetch_enabled:
            self._prefetching = True
            self.session.peek()

    def _show_media(self, item: ClaimedItem) -> None:
        defaults = self.prefs.default_filter()
        key = f"{item.claim_id}"
        media = next((m for m in item.media if m.readable), None)
        if media is None:
            reason = next((m.unreadable_reason for m in item.media if m.unreadable_reason), None)
            self.stack.setCurrentWidget(self.media_view)
            self.media_view.begin_item(
                key,
                defaults,
                (
                    self.tr("This item has no viewable media ({reason}). Decide from the details.").format(
                        reason=shown(reason) if reason else self.tr("none attached")
                    )
                ),
            )
            self.considered.item_shown()  # the sentence is all there is to see
            return
        try:
            path = str(confine(Path(media.path), self.services.media_roots))
        except MediaPathRefused as refusal:
            # Outside the media folders (or gone): the media is unreadable here; the item can still
            # be decided from its details (escalate) or skipped.
            self.stack.setCurrentWidget(self.media_view)
            self.media_view.begin_item(key, defaults, unreadable_text(str(refusal)))
            self.considered.item_shown()
            return
        if path != media.path:
            media = replace(media, path=path)
        if media.kind == "text":
            self.media_view.clear()
            self.stack.setCurrentWidget(self.text_view)
            self.text_view.show_text(media.path, self.runners.media, language=item.language)
            return
        self.stack.setCurrentWidget(self.media_view)
        if media.kind == "video":
            self.video.open(key, media, defaults)
            return
        cached = self.cache.get(media.sha256, self.media_view.view_wh(), defaults)
        self.media_view.show_image(key, media.path, defaults, cached=cached)

    def _close_item(self) -> None:
        """The item leaves the screen: nothing of it stays painted."""
        if self._item is None:
            return
        self._item = None
        self.considered.item_closed()
        self.video.close()
        self.media_view.clear()
        self.text_view.clear()
        self.panel.set_item_open(False)
        self.details.show_item(None)
        self.history_banner.hide()
        self.itemChanged.emit(None)

    def _show_empty(self, text: str) -> None:
        self.stack.setCurrentWidget(self.media_view)
        self.media_view.clear(text)
        self.panel.set_item_open(False)

    def _on_empty(self, queue: str) -> None:
        self._close_item()
        self._show_empty(
            self.tr("Queue {queue} has nothing waiting for you. Press N to check again.").format(queue=queue)
        )
        self.claim_hint.setText(self.tr("N  claim next"))

    def _on_decided(self, result: Decided) -> None:
        rec = result.record
        if rec is None and result.urgent:  # never silent: nobody has been alerted yet
            self.show_banner(urgent_offline_text(result.label, result.external_ref, self.session.on_call))
            self._show_empty(queued_text() + "\n" + self.tr("Press N to claim the next item."))
            return
        if result.urgent:
            self.say(affected_offer(), keys=self.tr("Ctrl+Shift+A  This affected me"), timeout_ms=30000)
        if rec is None:  # the database is away: the decision waits in the outbox
            self.show_banner(
                self.tr(
                    "“{label}” for {ref}: {queued} You can go on once the database answers (press N)."
                ).format(label=result.label, ref=result.external_ref, queued=queued_text())
            )
            self._show_empty(queued_text() + "\n" + self.tr("Press N to claim the next item."))
            return
        if not result.urgent:
            self.say(
                self.tr("Recorded “{label}” for {ref}.").format(label=result.label, ref=rec.external_ref),
                keys=QCoreApplication.translate("ReviewerWindow", UNDO_HINT),
                timeout_ms=10000,
            )
        self.refresh_queue_counts()
        self.correction_notice.refresh()
        if result.claimed is None and self._item is None:
            self._show_empty(self.tr("Your decision is recorded. The next item comes after the break."))
        if result.claimed is not None and result.claimed.offline:
            self.show_banner(
                self.tr("The next item could not be claimed: {reason}").format(
                    reason=shown(result.claimed.offline)
                )
            )
            self._show_empty(self.tr("The database cannot be reached right now. Press N to try again."))

    def _on_waiting_to_send(self, item: ClaimedItem) -> None:
        self._close_item()
        self._show_empty(
            self.tr(
                "Your decision for {ref} is saved on this workstation and waits to be sent. "
                "The next item comes once it is sent; press N to try again."
            ).format(ref=item.external_ref)
        )

    def _on_claim_refused(self, text: str) -> None:
        self._close_item()
        self.show_banner(shown(text))
        self._show_empty(self.tr("The next item could not be claimed; the notice above says why."))
        self.claim_hint.setText(self.tr("N  claim next"))

    def _on_lease_lost(self, text: str) -> None:
        self._close_item()
        self._show_empty(self.tr("This item is no longer yours. Press N to claim the next item."))
        self.show_banner(self.tr("Your claim ran out: {reason}").format(reason=shown(text)))

    def _on_connection(self, connected: bool) -> None:
        self.connection_label.setText(
            self.tr("● connected") if connected else self.tr("○ database unreachable")
        )
        self.connection_label.setProperty("offline", not connected)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)

    def show_banner(self, text: str) -> None:
        self.banner.setText(sentence(shown(text)))
        self.banner.show()

    def _on_view_state(self, state: ViewState) -> None:
        self.viewStateChanged.emit(state)

    def _on_screen_state(self, state: ScreenState) -> None:
        """The top bar, the "Decided before" banner and the reveal audit follow the media view's
        one screen state (docs/architecture.md, invariant 6)."""
        self.filter_label.setText(shown(state.top_bar_text()))
        # A screen reader on the media view hears what the top bar says (revealed, how, for how long),
        # not only a static "blurred until you reveal it": the state is never in the picture alone.
        self.media_view.setAccessibleDescription(self.filter_label.text())
        if self.filter_label.property("revealed") != state.revealed:
            self.filter_label.setProperty("revealed", state.revealed)
            self.filter_label.style().unpolish(self.filter_label)
            self.filter_label.style().polish(self.filter_label)
        self._show_history_text()
        self.reveal_audit.observe(state)

    def _on_text_reveal(self, top_bar: str) -> None:
        """Masked words shown ("REVEALED …") or masked again (""): the top bar and the audit say so."""
        self.filter_label.setText(shown(top_bar) or shown(self.media_view.screen_state().top_bar_text()))
        self.media_view.setAccessibleDescription(self.filter_label.text())
        item = self._item
        key = f"{item.claim_id}" if item is not None and top_bar else ""
        self.reveal_audit.observe(ScreenState(item=key, peek=Peek.REVEALED), view="text")

    def _show_history_text(self) -> None:
        if self._history_text:
            tail = (
                self.tr("Shown revealed now; it re-blurs by itself.")
                if self.media_view.revealed
                else self.tr("The media stays filtered.")
            )
            self.history_banner.setText(f"{self._history_text} {tail}")

    def _on_video_status(self, text: str) -> None:
        self.video_bar.setText(text)
        self.video_bar.setVisible(bool(text))

    # ---------------------------------------------------------------------------------- history

    def _look_up_history(self, item: ClaimedItem) -> None:
        runner = self.runners.history
        if runner is None or not any(m.phash for m in item.media):
            return
        services = self.services

        def work() -> list[EarlierDecision]:
            return services.earlier_decisions(item)

        def done(found: list[EarlierDecision]) -> None:
            if self._item is None or self._item.item_id != item.item_id or not found:
                return
            first = found[0]
            fmt = formats()
            more = ""
            if len(found) > 1:
                more = self.tr(" (and {count} more)").format(count=fmt.count(len(found) - 1))
            self._history_text = self.tr(
                "Decided before as “{verdict}” on {date} ({ref}, {queue}){more}."
            ).format(
                verdict=taxonomy_labels().label(first.verdict),
                date=fmt.day(local_time(first.decided_at, person_zone()).date()),
                ref=first.external_ref,
                queue=first.queue,
                more=more,
            )
            self._show_history_text()
            self.history_banner.show()

        runner.submit(work, done, lambda e: log.warning("history lookup failed: %s", e))

    # ---------------------------------------------------------------------------------- prefetch

    def _on_peeked(self, item: ClaimedItem | None) -> None:
        self._peeked = item
        media = (
            None if item is None else next((m for m in item.media if m.readable and m.kind == "image"), None)
        )
        if media is None:
            self._prefetch_done()
            return
        self.prefetch_media(media)

    def prefetch_media(self, media: MediaInfo) -> None:
        try:
            path = str(confine(Path(media.path), self.services.media_roots))
        except MediaPathRefused:
            self._prefetch_done()  # the item itself will show why it cannot be opened
            return
        media = replace(media, path=path)
        defaults = self.prefs.default_filter()
        view_wh = self.media_view.view_wh()
        self.cache.prefetch(
            self.runners.prefetch, media.sha256, media.path, defaults, view_wh, on_ready=self._prefetch_done
        )

    def _prefetch_done(self) -> None:
        self._prefetching = False
        self.prefetchReady.emit()

    @property
    def prefetching(self) -> bool:
        """True from asking which item comes next until its filtered preview is cached."""
        return self._prefetching

    # ---------------------------------------------------------------------------------- QA

    def toggle_qa(self) -> None:
        """F3: into the QA queue (blind second review of sampled decisions) and back to review."""
        if not self.qa.allowed:
            self.say(
                self.tr("The QA queue is for leads, who review sampled decisions blind."), timeout_ms=5000
            )
        elif self.qa.active:
            if self.outcome_panel.first is not None:
                self.say(self.tr("Record the outcome of the QA review first (Enter)."), timeout_ms=4000)
            elif not self.qa.busy:
                self.qa.active = False
                self._close_item()  # an unreviewed sampled item leaves the screen; nothing is recorded
                self.qa.close()
                self._show_empty(self.tr("Back to review: choose a queue and press N."))
        elif self._item is not None:
            self.say(self.tr("Decide or skip the open item first."), timeout_ms=4000)
        elif not self.session.busy:
            self.qa.active = True
            self.banner.hide()
            self._show_empty(
                self.tr(
                    "QA queue: press N for the next sampled decision. You decide blind: the first verdict "
                    "shows only once yours is final."
                )
            )
        qa = self.qa.active
        if self.qa_action is not None:
            self.qa_action.setChecked(qa)
        self.qa_mode_label.setVisible(qa)
        self.queue_box.setEnabled(not qa)
        self.panel.escalate_button.setVisible(not qa)
        self.panel.undo_button.setVisible(not qa)
        self.claim_hint.setText(self.tr("N  next QA item") if qa else self.tr("N  claim next"))

    def _number_key(self, n: int) -> None:
        """1-9: the outcome while it is asked (after a QA verdict), else a verdict or reason."""
        if self.outcome_panel.first is not None:
            self.outcome_panel.choose(n)
        else:
            self.panel.number_key(n)

    def _confirm(self) -> None:
        if self.outcome_panel.first is not None:
            self.outcome_panel.confirm()
        else:
            self.panel.confirm()

    def _escalate(self) -> None:
        if self.qa.active:
            self.say(self.tr("A sampled item is not escalated in QA; decide it with 1-9."), timeout_ms=4000)
            return
        self.panel.begin_escalate()

    def _on_qa_opened(self, item: BlindScreenItem) -> None:
        if not self.qa.active:
            return
        self._on_item(screen_item(item, self.services.clock.now()))

    def _on_qa_empty(self) -> None:
        self._close_item()
        self._show_empty(self.tr("No sampled decision waits for your review. Press N to check again."))

    def _on_unblinded(self, first: FirstVerdict) -> None:
        self.panel.hide()  # the verdict is final: the outcome takes the decision panel's place
        ref = self.qa.item.blind.external_ref if self.qa.item is not None else ""
        self.outcome_panel.show_first(first, self._qa_label or first.qa_verdict, ref)
        self._show_empty(
            self.tr(
                "Your verdict is final. The first verdict is beside it: choose how it compares, add a note "
                "if you like, and press Enter."
            )
        )
        QTimer.singleShot(0, lambda: self.side_scroll.ensureWidgetVisible(self.outcome_panel.record_button))

    def _on_qa_recorded(self, result: ReviewResult) -> None:
        self.outcome_panel.clear()
        self.panel.show()
        self.say(
            self.tr("QA review recorded for {ref}: {outcome}.").format(
                ref=result.external_ref, outcome=qa_text(OUTCOME_SHORT.get(result.outcome, result.outcome))
            ),
            keys=self.tr("N  next QA item"),
            timeout_ms=10000,
        )
        self._show_empty(self.tr("Recorded. Press N for the next sampled decision."))

    def finish_qa(self) -> None:
        """The window closes after a QA verdict was made final: record it (the outcome chosen so far,
        else as the verdicts settle it, and the note typed), so a sampled decision whose first verdict
        was shown never goes back to the queue."""
        if self.outcome_panel.first is not None:
            outcome = "agree" if self.outcome_panel.first.settled == "agree" else self.outcome_panel.outcome
            self.qa.record(outcome, self.outcome_panel.note.text().strip())

    def show_my_qa(self) -> MyQADialog:
        """F4: My QA, read on the database lane; F4 again (or Enter) closes it."""
        if self._my_qa is not None and self._my_qa.isVisible():
            self._my_qa.accept()
            return self._my_qa
        self._my_qa = MyQADialog(self.services.qa, self.actor, self.runners.db, self)
        self._my_qa.setModal(True)
        self._my_qa.show()
        self._my_qa.refresh()
        return self._my_qa

    @property
    def my_qa(self) -> MyQADialog | None:
        return self._my_qa

    # ---------------------------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_qa()
        self.reveal_audit.close()
        self.video.close()
        self.session.release()
        if self._app is not None:
            self._app.removeEventFilter(self._watcher)
        self._close_item()  # nothing of it stays painted, and the meter stops counting it
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and workers (tests and the app call this before the window goes away)."""
        self.finish_qa()
        self.video.close()
        self._idle.stop()
        self.session.stop()
        if self._app is not None:
            self._app.removeEventFilter(self._watcher)


def queue_text(name: str, tier: int, counts: dict[str, int], restricted: bool) -> str:
    """A queue chooser entry: "general  (tier 2, 14 pending · restricted)"."""
    lock = QCoreApplication.translate("ReviewerWindow", " · restricted") if restricted else ""
    return QCoreApplication.translate(
        "ReviewerWindow", "{name}  (tier {tier}, {pending} pending{lock})"
    ).format(name=name, tier=tier, pending=counts.get("pending", 0), lock=lock)


__all__ = ["QUEUE_BASE_TEXT_ROLE", "Reveal", "ReviewerWindow", "Runners", "describe_filter", "queue_text"]
