"""The media view: shows one item's media filtered, and reveals only deliberately, locally, briefly.

Safety rules this widget keeps (docs/architecture.md, "Safety and privacy invariants"):

* A new item starts with no pixels: nothing is painted until its frame rendered at the reviewer's
  defaults arrives from a worker (or the prefetch cache). Results of an older item are dropped.
* Reveal is deliberate: the spotlight shows an unfiltered disc only while the peek key is held and
  the pointer is over the media; a full reveal re-blurs itself after ``reveal_seconds``.
* ``reblur()`` (focus loss, idle) swaps back to the frame already rendered at the defaults in the
  same call, so the next paint is filtered; ``set_hidden(True)`` (panic key, breaks) paints no
  media at all until ``set_hidden(False)``.

One model of what is on screen (docs/architecture.md, invariant 6): every change of item, filter,
reveal, spotlight, hidden or message makes a new ``media.reveal.ScreenState``; the view repaints at
once (``repaint()``: old pixels of a closed or re-blurred item are unsafe, so they never wait for the
next event loop turn) and announces it through ``screenStateChanged`` (the top bar, the "Decided
before" banner and the reveal audit follow it) and ``viewStateChanged`` (the exposure meter,
invariant 4).

Anything below the reviewer's defaults (a full reveal, a spotlight, a filter lowered with
``[``/``G``/``Y``) is marked on the media itself, in the same paint: a dashed border in
:data:`REVEAL_COLOUR` (used nowhere else) and a label with a countdown ("Revealed: re-blurs in 6 s").
It is also time-limited: ``reveal_seconds`` after the last deliberate step below the defaults (R, P
pressed, a filter step down) the view returns to the defaults by itself.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from media.filters import DEFAULT_FILTER, MAX_BLUR_LEVEL, FilterSettings
from media.reveal import (
    Peek,
    ScreenState,
    below_defaults,
    full_reveal,
    spotlight,
    spotlight_area_fraction,
)
from ui.i18n import shown
from ui.qimage import to_qimage
from ui.render import ImageLoader, Rendered, VideoFrameLike, load_and_render, load_in_process, render_still
from ui.tasks import Runner, timers
from wellbeing.exposure import ViewState

ZOOM_STEPS = (1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def unreadable_text(reason: str) -> str:
    """What the view says when an item's media cannot be opened; the decision keys still work."""
    return QCoreApplication.translate(
        "MediaView",
        "This media could not be opened: {reason}.\n"
        "You can still decide from the details (E escalates with a note) or skip (S).",
    ).format(reason=reason.rstrip("."))


SPOTLIGHT_RADIUS = 0.12  # of the shorter side of the displayed media
Reveal = Peek  # the name the window and older tests use

# The revealed state's colour: used nowhere else in the app (resources/theme has no magenta), and
# never alone: the border is dashed (magenta and black) and the label says it in words.
REVEAL_COLOUR = QColor("#ff00cc")
REVEAL_DARK = QColor("#000000")
REVEAL_BORDER_PX = 6
REVEAL_DASH_PX = 18  # length of each magenta and each black dash
COUNTDOWN_TICK_MS = 200


class MediaView(QWidget):
    """Paints a still or the current video frame; owns filter settings and reveal state."""

    viewStateChanged = Signal(object)  # ViewState
    screenStateChanged = Signal(object)  # media.reveal.ScreenState
    framePainted = Signal(str)  # the item key whose media frame was just painted
    settingsChanged = Signal(object)  # FilterSettings
    revealChanged = Signal(str)  # Reveal value
    wheelScrub = Signal(int)  # wheel steps (+ forward), for the video controls
    loadFailed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        *,
        reveal_seconds: float = 8.0,
        loader: ImageLoader = load_in_process,
        parent: QWidget | None = None,
    ) -> None:
        """``loader`` decodes a still image on the worker (in a ``DecoderPool`` process in the app)."""
        super().__init__(parent)
        self._loader = loader
        self.setObjectName("mediaView")
        self.setAccessibleName(self.tr("Media view"))
        self.setAccessibleDescription(self.tr("The item's media, blurred and gray until you reveal it"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._runner = runner
        self._key = ""
        self._generation = 0
        self._defaults = DEFAULT_FILTER
        self._settings = DEFAULT_FILTER
        self._rendered: Rendered | None = None
        self._shown: QImage | None = None  # exactly what paintEvent draws
        self._message = ""
        self._hidden = False
        self._reveal = Reveal.FILTERED
        self._peek_held = False
        self._pointer: QPointF | None = None
        self._spot_fraction = 0.0
        self._zoom_index = 0
        self._audio_unmuted = False
        self._playing = False
        self._last_state: ViewState | None = None
        self._last_screen: ScreenState | None = None
        self._peak = Reveal.FILTERED
        self.paint_ms: list[float] | None = None  # set to a list to measure painting (benchmarks)
        self._reveal_timer = timers().timer(self, precise=True)  # coarse timers may fire 5 % late
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(lambda: self.reblur("reveal timed out"))
        self._tick = timers().timer(self)  # moves the countdown of the label and the top bar
        self._tick.setInterval(COUNTDOWN_TICK_MS)
        self._tick.timeout.connect(self._changed)
        self.reveal_seconds = reveal_seconds
        self._resize_timer = timers().timer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._rerender)

    # ---------------------------------------------------------------------------------- queries

    @property
    def key(self) -> str:
        return self._key

    @property
    def settings(self) -> FilterSettings:
        return self._settings

    @property
    def defaults(self) -> FilterSettings:
        return self._defaults

    @property
    def reveal(self) -> Reveal:
        return self._reveal

    @property
    def hidden(self) -> bool:
        return self._hidden

    @property
    def message(self) -> str:
        """The sentence shown instead of media (empty while media is shown)."""
        return self._message

    @property
    def has_frame(self) -> bool:
        return self._shown is not None

    @property
    def zoom(self) -> float:
        return ZOOM_STEPS[self._zoom_index]

    def view_wh(self) -> tuple[int, int]:
        """The view's size in device pixels: the size frames are rendered at."""
        dpr = self.devicePixelRatioF()
        return (max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))

    def sizeHint(self) -> QSize:
        return QSize(960, 600)

    def screen_state(self) -> ScreenState:
        """What the media area shows now: the one state the paint, top bar, meter and audit follow."""
        countdown = None
        if self._reveal_timer.isActive():
            left = math.ceil(self._reveal_timer.remainingTime() / 1000)
            countdown = max(1, min(left, math.ceil(self.reveal_seconds)))
        return ScreenState(
            item=self._key,
            settings=self._settings,
            defaults=self._defaults,
            peek=self._reveal,
            spotlight_fraction=self._spot_fraction,
            frame_shown=self._shown is not None,
            hidden=self._hidden,
            message=self._message,
            reblur_in_s=countdown,
            playing=self._playing,
            audio_unmuted=self._audio_unmuted,
        )

    @property
    def revealed(self) -> bool:
        """Whether anything is shown below the defaults now (the banner asks this)."""
        return self.screen_state().revealed

    def view_state(self) -> ViewState:
        return exposure_view(self.screen_state())

    # ---------------------------------------------------------------------------------- items

    def begin_item(self, key: str, defaults: FilterSettings, message: str | None = None) -> int:
        """Forget everything shown so far; nothing is painted until a filtered frame of ``key`` arrives."""
        self._generation += 1
        self._key = key
        self._defaults = defaults
        self._settings = defaults
        self._rendered = None
        self._shown = None
        self._message = self.tr("Preparing a filtered preview…") if message is None else message
        self._end_reveal()
        self._zoom_index = 0
        self._audio_unmuted = False
        self._playing = False
        self._peak = Reveal.FILTERED
        self.settingsChanged.emit(self._settings)
        self._changed()
        return self._generation

    def clear(self, message: str = "") -> None:
        """No item: nothing of the last one stays painted (repainted before this returns)."""
        self.begin_item("", self._defaults, message)

    def set_defaults(self, defaults: FilterSettings) -> None:
        """The reviewer kept new defaults (Ctrl+D): the current filter is measured against them."""
        self._defaults = defaults
        if self._rendered is not None and self._settings == defaults:
            self._rendered = replace(self._rendered, defaults=defaults, safe_image=self._rendered.image)
        self._changed()

    def show_image(
        self, key: str, path: str, defaults: FilterSettings, cached: Rendered | None = None
    ) -> None:
        """A new image item: instantly from a prefetched render of the same view size, else decoded
        and filtered on a worker."""
        generation = self.begin_item(key, defaults)
        if cached is not None and cached.view_wh == self.view_wh() and cached.settings == defaults:
            self._accept(generation, replace(cached, key=key))
            return
        view_wh, loader = self.view_wh(), self._loader
        self._runner.submit(
            lambda: load_and_render(key, path, defaults, defaults, view_wh, loader),
            lambda result: self._accept(generation, result),
            lambda error: self._failed(generation, error),
        )

    def show_still(self, key: str, source: np.ndarray) -> None:
        """Render a decoded frame (a storyboard, a paused video frame) for the current item."""
        generation = self._generation
        settings, defaults, view_wh = self._settings, self._defaults, self.view_wh()
        self._runner.submit(
            lambda: render_still(key, source, settings, defaults, view_wh),
            lambda result: self._accept(generation, result),
            lambda error: self._failed(generation, error),
        )

    def present_frame(self, frame: VideoFrameLike) -> None:
        """A video frame filtered by a worker; dropped if stale or filtered with other settings."""
        if frame.generation != self._generation or frame.settings != self._settings:
            return
        safe = frame.image if frame.settings == self._defaults else QImage()
        self._rendered = Rendered(
            key=self._key,
            view_wh=frame.view_wh,
            settings=frame.settings,
            defaults=self._defaults,
            filtered=frame.filtered,
            image=frame.image,
            safe_image=safe,
            source=frame.source,
            unfiltered=frame.unfiltered if frame.unfiltered is not None else frame.filtered,
        )
        self._message = ""
        self._compose()

    def show_prefiltered(self, generation: int, filtered: np.ndarray) -> None:
        """An image filtered upstream at the defaults (a video's storyboard): nothing to reveal."""
        if generation != self._generation or self._settings != self._defaults:
            return
        image = to_qimage(filtered)
        self._rendered = Rendered(
            key=self._key,
            view_wh=self.view_wh(),
            settings=self._settings,
            defaults=self._defaults,
            filtered=filtered,
            image=image,
            safe_image=image,
            source=filtered,
            unfiltered=filtered,
            prefiltered=True,
        )
        self._message = ""
        self._compose()

    def attach_unfiltered(self, generation: int, unfiltered: np.ndarray) -> None:
        """The unfiltered twin of a prefiltered image (a storyboard made without filter, in memory
        only): from now on the storyboard can be revealed, spotlit and re-filtered like a still."""
        rendered = self._rendered
        if generation != self._generation or rendered is None or not rendered.prefiltered:
            return
        if unfiltered.shape != rendered.filtered.shape:
            return
        self._rendered = replace(rendered, source=unfiltered, unfiltered=unfiltered, prefiltered=False)
        if self._settings != rendered.settings:
            self._rerender()
        self._compose()

    @property
    def needs_unfiltered(self) -> bool:
        """A prefiltered image is shown and the reviewer asked for less than the defaults."""
        rendered = self._rendered
        return rendered is not None and rendered.prefiltered and self.screen_state().revealed

    def show_source(self, generation: int, source: np.ndarray) -> None:
        """A decoded frame of the current item (a paused video), rendered on a worker."""
        if generation == self._generation:
            self.show_still(self._key, source)

    def show_error(self, generation: int, reason: str) -> None:
        self._failed(generation, Exception(reason))

    @property
    def peak_reveal(self) -> str:
        """The most revealed state this item reached: filtered, spotlight or revealed."""
        return self._peak.value

    @property
    def generation(self) -> int:
        return self._generation

    def set_playback(self, *, playing: bool | None = None, audio_unmuted: bool | None = None) -> None:
        if playing is not None:
            self._playing = playing
        if audio_unmuted is not None:
            self._audio_unmuted = audio_unmuted
        self._changed()

    def _accept(self, generation: int, result: Rendered) -> None:
        if generation != self._generation or result.settings != self._settings:
            return  # an older item, or settings changed while it rendered
        self._rendered = result
        self._message = ""
        self._compose()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        reason = str(error) or type(error).__name__
        self._message = unreadable_text(shown(error) or reason)  # media/'s reasons are phrases
        self._shown = None
        self._rendered = None
        self.loadFailed.emit(reason)
        self._changed()

    # ---------------------------------------------------------------------------------- filters

    def set_settings(self, settings: FilterSettings) -> None:
        if settings == self._settings:
            return
        lowered = below_defaults(settings, self._defaults) and below_defaults(settings, self._settings)
        self._settings = settings
        if lowered:
            self._arm_reblur()  # a deliberate step down: the reveal time starts again
        self.settingsChanged.emit(settings)
        self._rerender()
        # Until the render for the new settings arrives, show the defaults frame or nothing, never
        # the previous render: raising the filter back while a video played left a colour frame on
        # screen, already unmarked, until the next frame came (docs/architecture.md, invariant 6).
        self._compose()

    def blur_more(self) -> None:
        self.set_settings(self._settings.with_(blur_level=min(MAX_BLUR_LEVEL, self._settings.blur_level + 1)))

    def blur_less(self) -> None:
        self.set_settings(self._settings.with_(blur_level=max(0, self._settings.blur_level - 1)))

    def toggle_grayscale(self) -> None:
        self.set_settings(self._settings.with_(grayscale=not self._settings.grayscale))

    def toggle_stylise(self) -> None:
        self.set_settings(self._settings.with_(stylise=not self._settings.stylise))

    def _rerender(self) -> None:
        if self._rendered is None or self._rendered.prefiltered or self._playing:
            return
        source = self._rendered.source
        self.show_still(self._key, source)

    # ---------------------------------------------------------------------------------- reveal

    def set_peek(self, held: bool) -> None:
        """The peek key went down or up: a spotlight under the pointer, only while held."""
        if self._peek_held == held:
            return
        self._peek_held = held
        if held and self._pointer is None and self.underMouse():
            self._pointer = QPointF(self.mapFromGlobal(QCursor.pos()))
        if held and self._reveal is Reveal.FILTERED and self._key and not self._hidden:
            self._reveal = Reveal.SPOTLIGHT
            self._arm_reblur()
            self.revealChanged.emit(self._reveal.value)
        elif not held and self._reveal is Reveal.SPOTLIGHT:
            self._reveal = Reveal.FILTERED
            self.revealChanged.emit(self._reveal.value)
        self._compose()

    def toggle_reveal(self) -> None:
        """Reveal the whole item (re-blurs itself after ``reveal_seconds``), or re-blur at once."""
        if self._reveal is Reveal.REVEALED:
            self.reblur("reveal ended by the reviewer")
            return
        if self._hidden or self._rendered is None:
            return
        self._reveal = Reveal.REVEALED
        self._arm_reblur()
        self.revealChanged.emit(self._reveal.value)
        self._compose()

    def _arm_reblur(self) -> None:
        """(Re)start the time after which everything below the defaults ends by itself."""
        self._reveal_timer.start(max(1, round(self.reveal_seconds * 1000)))
        self._tick.start()

    def reblur(self, reason: str = "") -> None:
        """Back to the reviewer's defaults now: no spotlight, no reveal, default filter."""
        del reason  # kept for logs by callers; the view itself never logs pixels or items
        was = self._reveal
        self._end_reveal()
        if self._settings != self._defaults:
            self._settings = self._defaults
            self.settingsChanged.emit(self._settings)
            if self._rendered is not None:
                self._rerender()
        if was is not Reveal.FILTERED:
            self.revealChanged.emit(self._reveal.value)
        self._compose()

    def _end_reveal(self) -> None:
        self._reveal_timer.stop()
        self._tick.stop()
        self._peek_held = False
        self._reveal = Reveal.FILTERED
        self._spot_fraction = 0.0

    def set_hidden(self, hidden: bool) -> None:
        """Hide every pixel of media (panic key, breaks) until shown again, then filtered."""
        if hidden:
            self.reblur("hidden")
        self._hidden = hidden
        self._changed(repaint=True)  # now, not at the next event loop turn: the panic key must not wait

    # ---------------------------------------------------------------------------------- zoom

    def zoom_in(self) -> None:
        self._zoom_index = min(len(ZOOM_STEPS) - 1, self._zoom_index + 1)
        self._compose()

    def zoom_out(self) -> None:
        self._zoom_index = max(0, self._zoom_index - 1)
        self._compose()

    def zoom_fit(self) -> None:
        self._zoom_index = 0
        self._compose()

    # ---------------------------------------------------------------------------------- composing

    def _compose(self) -> None:
        """Choose the image to paint from the render and the reveal state."""
        rendered = self._rendered
        self._spot_fraction = 0.0
        if rendered is None:
            self._shown = None
        elif rendered.settings != self._settings:
            # The render for new settings is on its way: show the defaults frame (or nothing).
            self._shown = None if rendered.safe_image.isNull() else rendered.safe_image
        elif self._reveal is Reveal.REVEALED and not rendered.prefiltered:
            self._shown = to_qimage(full_reveal(rendered.unfiltered))
            self._peak = Reveal.REVEALED
        elif self._reveal is Reveal.SPOTLIGHT and self._pointer is not None and not rendered.prefiltered:
            centre = self._image_point(self._pointer, rendered.display_wh)
            radius = SPOTLIGHT_RADIUS * min(rendered.display_wh)
            if centre is not None:
                mixed = spotlight(rendered.filtered, rendered.unfiltered, centre, radius)
                self._shown = to_qimage(mixed)
                fraction = spotlight_area_fraction(rendered.filtered.shape, centre, radius)
                self._spot_fraction = round(fraction, 3)
                if self._peak is Reveal.FILTERED:
                    self._peak = Reveal.SPOTLIGHT
            else:
                self._shown = rendered.image
        else:
            self._shown = rendered.image
        self._changed(repaint=True)

    def image_rect(self) -> QRectF | None:
        """Where the current frame is painted, in widget coordinates (None when nothing is)."""
        if self._shown is None or self._hidden:
            return None
        return self._target_rect((self._shown.width(), self._shown.height()))

    @property
    def shown_image(self) -> QImage | None:
        """The image the next paint draws (tests compare it with the grabbed widget)."""
        return None if self._hidden else self._shown

    def _target_rect(self, display_wh: tuple[int, int]) -> QRectF:
        dpr = self.devicePixelRatioF()
        w = display_wh[0] / dpr * self.zoom
        h = display_wh[1] / dpr * self.zoom
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _image_point(self, pos: QPointF, display_wh: tuple[int, int]) -> tuple[float, float] | None:
        rect = self._target_rect(display_wh)
        if not rect.contains(pos):
            return None
        sx = display_wh[0] / rect.width()
        sy = display_wh[1] / rect.height()
        return ((pos.x() - rect.left()) * sx, (pos.y() - rect.top()) * sy)

    def _changed(self, repaint: bool = False) -> None:
        """Publish the screen state; repaint now when it (or, with ``repaint``, the image) changed.

        Also keeps the rule that nothing stays below the defaults untimed: a state below them
        starts the re-blur timer if no deliberate action did; a state at the defaults stops it.
        """
        revealed = self.screen_state().revealed
        if revealed and not self._reveal_timer.isActive():
            self._arm_reblur()
        elif not revealed and self._reveal_timer.isActive():
            self._reveal_timer.stop()
            self._tick.stop()
        screen = self.screen_state()
        changed = screen != self._last_screen
        self._last_screen = screen
        if changed or repaint:
            self.repaint()
        if changed:
            self.screenStateChanged.emit(screen)
        state = exposure_view(screen)
        if state != self._last_state:
            self._last_state = state
            self.viewStateChanged.emit(state)

    # ---------------------------------------------------------------------------------- Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        painted = False
        if self._hidden:
            self._draw_message(
                painter, self.tr("Media hidden.\nPress Esc to bring it back — it returns blurred and gray.")
            )
        elif self._shown is not None:
            image = self._shown
            rect = self._target_rect((image.width(), image.height()))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom != 1.0)
            painter.drawImage(rect, image)
            painted = True
        elif self._message:
            self._draw_message(painter, self._message)
        screen = self._last_screen
        if screen is not None and screen.revealed:
            self._draw_revealed(painter, shown(screen.label_text()))
        painter.end()
        if self.paint_ms is not None:
            self.paint_ms.append((time.perf_counter() - started) * 1000)
        if painted:
            self.framePainted.emit(self._key)

    def _draw_revealed(self, painter: QPainter, text: str) -> None:
        """The revealed state's mark: a dashed magenta-and-black border round the media area and a
        label in words at its top left, painted over the media in the same paint."""
        w = REVEAL_BORDER_PX
        rect = QRectF(self.rect()).adjusted(w / 2, w / 2, -w / 2, -w / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(REVEAL_DARK, w))
        painter.drawRect(rect)
        dashed = QPen(REVEAL_COLOUR, w, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap)
        dashed.setDashPattern([REVEAL_DASH_PX / w, REVEAL_DASH_PX / w])
        painter.setPen(dashed)
        painter.drawRect(rect)
        painter.setFont(self.label_font())
        box = self.label_rect(text)
        painter.fillRect(box, REVEAL_COLOUR)
        painter.setPen(REVEAL_DARK)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def label_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(15)
        return font

    def label_rect(self, text: str = "") -> QRect:
        """Where the revealed label is painted (widget coordinates)."""
        width = (
            QFontMetrics(self.label_font()).horizontalAdvance(text or self.tr("Revealed: re-blurs in 8 s"))
            + 24
        )
        inset = REVEAL_BORDER_PX + 6
        return QRect(inset, inset, min(width, max(40, self.width() - 2 * inset)), 28)

    def _draw_message(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.rect().adjusted(24, 24, -24, -24),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            text,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._rendered is not None and self._rendered.view_wh != self.view_wh():
            self._resize_timer.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position()
        if self._reveal is Reveal.SPOTLIGHT:
            self._compose()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._pointer = None
        if self._reveal is Reveal.SPOTLIGHT:
            self._compose()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._reveal is not Reveal.REVEALED:
            self.toggle_reveal()  # click-to-reveal; the timer re-blurs
        elif event.button() == Qt.MouseButton.LeftButton:
            self.reblur("clicked")
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.wheelScrub.emit(int(math.copysign(max(1, abs(round(steps))), steps)))
        event.accept()


def exposure_view(screen: ScreenState) -> ViewState:
    """The exposure meter's view of a screen state (invariant 4: what was actually visible)."""
    visible = screen.media_visible
    return ViewState(
        media_visible=visible,
        blur_level=screen.settings.blur_level,
        grayscale=screen.settings.grayscale,
        stylised=screen.settings.stylise,
        spotlight_fraction=screen.spotlight_fraction if visible else 0.0,
        revealed=visible and screen.peek is Peek.REVEALED,
        audio_unmuted=screen.audio_unmuted,
        playing=screen.playing,
    )
