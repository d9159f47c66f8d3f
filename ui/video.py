"""Video: a filtered storyboard first, playback only on request, every frame filtered off the GUI thread.

A decoder thread reads frames from a ``media.playback.VideoSource`` (in the app an
``IsolatedVideo``: PyAV decodes in a limited worker process and frames come back scaled to the
view), filters each with ``media.filters.render`` at the view size, converts
it to a QImage and posts it to the GUI thread, paced to the source frame rate times the speed. A
frame that is already too late (``LATE_DROP_S``) is dropped before it is filtered, so playback
keeps time on a slow machine. Sound is decoded by the same kind of isolated worker and played as
PCM (``ui.audio.SoundTrack``), only while the item is unmuted and playing; every new item starts
muted, and the sound is pulled back into step with the video clock.

What a video shows (the rule; docs/reviewer-safety.md says it for reviewers):

* It opens on a storyboard filtered at the reviewer's defaults, paused and muted.
* ``R`` (or ``P``, or a filter step below the defaults) on the storyboard reveals the storyboard
  itself: an unfiltered storyboard is made on a worker (in memory only) and shown under the
  revealed border and countdown; until it arrives the filtered one stays up, already marked.
* Playback shows exactly what the view's state says: while a reveal lasts, frames are shown
  revealed (and marked); when it ends (its time runs out, ``R`` again, focus loss, idle, ``Esc``),
  the next frames are filtered at the defaults again. Without a reveal, playback is filtered at
  the current filter (marked when that is below the defaults).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from media.filters import FilterSettings, prepare, render
from media.playback import LocalVideo, VideoSource
from media.reveal import ScreenState
from ui.audio import PcmSink, QtPcmSink, SoundTrack
from ui.i18n import shown
from ui.locale_format import formats
from ui.media_view import MediaView, Reveal
from ui.qimage import to_qimage
from ui.tasks import Runner, StreamWorker, timers
from workstation.claims import MediaInfo

log = logging.getLogger(__name__)
SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
JUMP_SECONDS = 5.0
AUDIO_DRIFT_MS = 150
# A frame later than this is dropped (unfiltered, unconverted) so video keeps time with the audio;
# a shorter hiccup (another process taking the CPU) is absorbed: the frame is shown a little late
# and the next ones, which cost ~1-2 ms each, catch up. 100 ms is within what viewers accept as
# in sync (ITU-R BT.1359: detectable at about +45/-125 ms).
LATE_DROP_S = 0.1


@dataclass
class _Shared:
    """State the GUI thread writes and the decoder thread reads (under ``lock``)."""

    settings: FilterSettings
    view_wh: tuple[int, int]
    speed: float
    want_unfiltered: bool
    stop: bool = False


@dataclass(frozen=True)
class VideoFrame:
    generation: int
    pts: float
    filtered: np.ndarray
    image: QImage
    unfiltered: np.ndarray | None
    source: np.ndarray
    settings: FilterSettings
    view_wh: tuple[int, int]
    late_ms: float


class Decoder(StreamWorker):
    """Plays from ``start_s`` until stopped or the end; posts filtered frames (a stream worker of
    ``ui/tasks.py``: one thread per playback, stopped and waited for by the controller)."""

    frameReady = Signal(object)  # VideoFrame
    finishedAt = Signal(int, float)  # generation, last pts
    failed = Signal(int, str)

    def __init__(
        self,
        path: str,
        generation: int,
        start_s: float,
        shared: _Shared,
        lock: threading.Lock,
        source: VideoSource | None = None,
    ) -> None:
        super().__init__(name="video-decoder")
        self._source: VideoSource = source or LocalVideo()
        self._path = path
        self._generation = generation
        self._start = start_s
        self._shared = shared
        self._lock = lock
        self.dropped = 0
        self.shown = 0
        self.filter_ms: list[float] = []

    def stop(self) -> None:
        with self._lock:
            self._shared.stop = True
        super().stop()

    def run(self, stopping: threading.Event) -> None:
        from media.errors import MediaError

        last = self._start
        with self._lock:
            view_wh = self._shared.view_wh
        frames = self._source.frames(self._path, self._start, view_wh)
        try:
            origin_wall = time.monotonic()
            origin_pts = self._start
            speed_seen = None
            for pts, frame in frames:
                with self._lock:
                    shared = _Shared(**vars(self._shared))
                if shared.stop:
                    break
                if speed_seen is not None and shared.speed != speed_seen:
                    origin_wall, origin_pts = time.monotonic(), last  # rebase the clock on a speed change
                speed_seen = shared.speed
                due = origin_wall + (pts - origin_pts) / shared.speed
                now = time.monotonic()
                last = pts
                if now - due > LATE_DROP_S and self.shown > 0:
                    self.dropped += 1  # already late: drop before spending time on it
                    continue
                t0 = time.perf_counter()
                filtered = render(frame, shared.settings, shared.view_wh)
                image = to_qimage(filtered)
                unfiltered = prepare(frame, shared.view_wh) if shared.want_unfiltered else None
                self.filter_ms.append((time.perf_counter() - t0) * 1000)
                wait = due - time.monotonic()
                if wait > 0 and stopping.wait(wait):
                    break  # stopped while pacing: this frame is never shown
                late = (time.monotonic() - due) * 1000
                self.shown += 1
                self.frameReady.emit(
                    VideoFrame(
                        self._generation,
                        pts,
                        filtered,
                        image,
                        unfiltered,
                        frame,
                        shared.settings,
                        shared.view_wh,
                        late,
                    )
                )
        except MediaError as error:
            # In the window's language (a phrase of media/): a signal's str would keep the English only.
            self.failed.emit(self._generation, shown(error))  # then finished: the controller stops
        finally:
            close = getattr(frames, "close", None)
            if close is not None:
                close()
        self.finishedAt.emit(self._generation, last)


class VideoController(QObject):
    """Playback commands of the window; a no-op unless the current item is a video."""

    statusChanged = Signal(str)
    positionChanged = Signal(float)

    def __init__(
        self,
        view: MediaView,
        runner: Runner,
        *,
        audio: bool = True,
        source: VideoSource | None = None,
        sound_sink: Callable[[], PcmSink] = QtPcmSink,
        parent: QObject | None = None,
    ) -> None:
        """``source`` decodes the videos and their sound: the app passes an ``IsolatedVideo`` (worker
        processes); without one they decode in this process (tests). ``sound_sink`` makes the
        output the sound is written to (the sound card; a recorder in tests)."""
        super().__init__(parent)
        self._source: VideoSource = source or LocalVideo()
        self._view = view
        self._runner = runner
        self._media: MediaInfo | None = None
        self._key = ""
        self._generation = -1
        self._position = 0.0
        self._speed_index = SPEEDS.index(1.0)
        self._muted = True
        self._decoder: Decoder | None = None
        self._lock = threading.Lock()
        self._shared: _Shared | None = None
        self._fps = 30.0
        self._duration = 0.0
        self._audio_enabled = audio
        self._sound_sink = sound_sink
        self._sound: SoundTrack | None = None
        self._sound_problem = ""
        self._storyboard = True
        self._tile = (160, 90)
        self._unfiltered_asked = -1  # the generation whose unfiltered storyboard was asked for
        self.frames_shown = 0
        self.frames_dropped = 0
        self.gui_ms: list[float] = []
        self._sync = timers().timer(self)
        self._sync.setInterval(1000)
        self._sync.timeout.connect(self._sync_audio)
        view.settingsChanged.connect(self._settings_changed)
        view.revealChanged.connect(self._reveal_changed)
        view.screenStateChanged.connect(self._screen_changed)

    # ---------------------------------------------------------------------------------- queries

    @property
    def active(self) -> bool:
        return self._media is not None

    @property
    def playing(self) -> bool:
        return self._decoder is not None

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def speed(self) -> float:
        return SPEEDS[self._speed_index]

    @property
    def position(self) -> float:
        return self._position

    @property
    def showing_storyboard(self) -> bool:
        return self._storyboard

    @property
    def sound(self) -> SoundTrack | None:
        """The sound player, made when unmuted sound first plays (None until then)."""
        return self._sound

    @property
    def sound_playing(self) -> bool:
        return self._sound is not None and self._sound.active

    # ---------------------------------------------------------------------------------- items

    def open(self, key: str, media: MediaInfo, defaults: FilterSettings) -> None:
        """A new video item: a filtered storyboard, paused, muted."""
        self.close()
        self._media = media
        self._key = key
        self._position = 0.0
        self._speed_index = SPEEDS.index(1.0)
        self._muted = True
        self._sound_problem = ""
        self._storyboard = True
        self._duration = media.duration_s or 0.0
        self._generation = self._view.begin_item(key, defaults, self.tr("Preparing a filtered storyboard…"))
        self._view.set_playback(playing=False, audio_unmuted=False)
        generation, path = self._generation, media.path
        view_wh = self._view.view_wh()
        src = (media.width, media.height) if media.width and media.height else None
        tile = self.storyboard_tile(view_wh, src)
        self._tile = tile

        source = self._source

        def work() -> np.ndarray:
            return source.storyboard(path, defaults, 12, tile, 4)

        self._runner.submit(
            work,
            lambda img: self._show_storyboard(generation, img),
            lambda e: self._failed(generation, str(e)),
        )
        self._emit_status()

    @staticmethod
    def storyboard_tile(view_wh: tuple[int, int], src_wh: tuple[int, int] | None = None) -> tuple[int, int]:
        """Tile size of a 4-column, 3-row storyboard that fits the view, in the video's aspect."""
        w = max(160, view_wh[0] // 4)
        aspect = (src_wh[1] / src_wh[0]) if src_wh and src_wh[0] > 0 and src_wh[1] > 0 else 9 / 16
        h = max(90, min(view_wh[1] // 3, round(w * aspect)))
        return (w, h)

    def _show_storyboard(self, generation: int, image: np.ndarray) -> None:
        if generation == self._generation and self._storyboard:
            self._view.show_prefiltered(generation, image)

    def _screen_changed(self, _state: ScreenState) -> None:
        """The reviewer asked for less than the defaults on the storyboard: make its unfiltered twin
        (once per item), so the reveal shows what it says."""
        media = self._media
        if media is None or not self._view.needs_unfiltered or self._unfiltered_asked == self._generation:
            return
        self._unfiltered_asked = generation = self._generation
        path, tile, source = media.path, self._tile, self._source
        plain = FilterSettings(blur_level=0, grayscale=False)
        self._runner.submit(
            lambda: source.storyboard(path, plain, 12, tile, 4),
            lambda grid: self._view.attach_unfiltered(generation, grid),
            lambda e: log.warning("unfiltered storyboard failed: %s", e),
        )

    def _failed(self, generation: int, reason: str) -> None:
        if generation == self._generation:
            self._view.show_error(generation, reason)

    def close(self) -> None:
        self._stop_decoder()
        self._audio_pause()
        self._media = None
        self._emit_status()

    # ---------------------------------------------------------------------------------- commands

    def toggle_play(self) -> None:
        if self._media is None:
            return
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        media = self._media
        if media is None or self.playing or self._view.hidden:
            return
        if self._duration and self._position >= self._duration - 0.05:
            self._position = 0.0
        self._storyboard = False
        self._shared = _Shared(
            settings=self._view.settings,
            view_wh=self._view.view_wh(),
            speed=self.speed,
            want_unfiltered=self._view.reveal is not Reveal.FILTERED,
        )
        decoder = Decoder(
            media.path, self._generation, self._position, self._shared, self._lock, self._source
        )
        decoder.frameReady.connect(self._on_frame)
        decoder.finishedAt.connect(self._on_finished)
        decoder.failed.connect(self._failed)
        self._decoder = decoder
        decoder.start()
        self._view.set_playback(playing=True)
        self._audio_play()
        self._emit_status()

    def pause(self) -> None:
        if not self.playing:
            return
        self._stop_decoder()
        self._view.set_playback(playing=False)
        self._show_position()
        self._emit_status()

    def _stop_decoder(self) -> None:
        decoder, self._decoder = self._decoder, None
        if decoder is not None:
            decoder.stop()
            decoder.frameReady.disconnect(self._on_frame)
            decoder.wait()
            self.frames_dropped += decoder.dropped
            decoder.deleteLater()
        self._audio_pause()

    def seek_relative(self, seconds: float) -> None:
        if self._media is None:
            return
        self.seek(self._position + seconds)

    def seek(self, seconds: float) -> None:
        if self._media is None:
            return
        limit = self._duration if self._duration else max(0.0, seconds)
        self._position = max(0.0, min(seconds, limit))
        self._storyboard = False
        if self.playing:
            self._stop_decoder()
            self.play()
        else:
            self._show_position()
        self._emit_status()

    def step(self, frames: int) -> None:
        if self._media is None:
            return
        if self.playing:
            self.pause()
        self.seek(self._position + frames / self._fps)

    def scrub(self, steps: int) -> None:
        if self._media is not None:
            self.seek_relative(steps * 1.0)

    def slower(self) -> None:
        self._set_speed(self._speed_index - 1)

    def faster(self) -> None:
        self._set_speed(self._speed_index + 1)

    def _set_speed(self, index: int) -> None:
        if self._media is None:
            return
        self._speed_index = max(0, min(len(SPEEDS) - 1, index))
        with self._lock:
            if self._shared is not None:
                self._shared.speed = self.speed
        if self.playing:
            self._audio_play()  # the worker changes the tempo: start the sound again at this speed
        self._emit_status()

    def toggle_mute(self) -> None:
        if self._media is None:
            return
        self._muted = not self._muted
        if self._muted:
            self._audio_pause()  # silent now, and nothing more is decoded
        elif self.playing:
            self._audio_play()
        self._view.set_playback(audio_unmuted=not self._muted)
        self._emit_status()

    # ---------------------------------------------------------------------------------- frames

    def _show_position(self) -> None:
        media = self._media
        if media is None:
            return
        generation, path, at = self._generation, media.path, self._position
        view_wh = self._view.view_wh()

        source = self._source

        def work() -> np.ndarray:
            self._fps, frame = source.still(path, at, view_wh)
            return frame

        def done(frame: np.ndarray) -> None:
            if generation == self._generation and not self.playing:
                self._view.show_source(generation, frame)

        self._runner.submit(work, done, lambda e: self._failed(generation, str(e)))

    def _on_frame(self, frame: VideoFrame) -> None:
        t0 = time.perf_counter()
        if frame.generation != self._generation or not self.playing:
            return
        self._position = frame.pts
        self._view.present_frame(frame)
        self.frames_shown += 1
        self.gui_ms.append((time.perf_counter() - t0) * 1000)
        if self.frames_shown % 6 == 0:
            self._emit_status()

    def _on_finished(self, generation: int, last: float) -> None:
        if generation != self._generation or self._decoder is None:
            return
        self._position = last
        self._stop_decoder()
        self._view.set_playback(playing=False)
        self._emit_status()

    def _settings_changed(self, settings: FilterSettings) -> None:
        with self._lock:
            if self._shared is not None:
                self._shared.settings = settings

    def _reveal_changed(self, value: str) -> None:
        with self._lock:
            if self._shared is not None:
                self._shared.want_unfiltered = value != Reveal.FILTERED.value

    # ---------------------------------------------------------------------------------- audio

    def _audio_play(self) -> None:
        """Sound from the video's position, if this item has sound and the reviewer unmuted it."""
        media = self._media
        if media is None or self._muted or not media.has_audio or not self._audio_enabled:
            return
        if self._sound is None:
            self._sound = SoundTrack(self._source, self._sound_sink, self)
            self._sound.failed.connect(self._sound_failed)
        self._sound_problem = ""
        self._sound.start(media.path, self._position, self.speed)
        self._view.set_playback(audio_unmuted=True)
        self._sync.start()

    def _audio_pause(self) -> None:
        self._sync.stop()
        if self._sound is not None:
            self._sound.stop()

    def _sound_failed(self, reason: str) -> None:
        """The item stays unmuted (M twice tries again) but no sound plays, so the exposure meter
        stops counting sound."""
        self._sync.stop()
        self._sound_problem = reason
        self._view.set_playback(audio_unmuted=False)
        self._emit_status()

    def _sync_audio(self) -> None:
        """Keep the sound on the video clock (the video decides; sound follows)."""
        if self._sound is None or not self._sound.active or not self.playing:
            return
        heard = self._sound.position_s()
        if heard is not None and abs(heard - self._position) * 1000 > AUDIO_DRIFT_MS:
            self._audio_play()

    def _emit_status(self) -> None:
        if self._media is None:
            self.statusChanged.emit("")
            return
        state = (
            self.tr("▶ playing")
            if self.playing
            else (self.tr("storyboard") if self._storyboard else self.tr("❚❚ paused"))
        )
        if not self._media.has_audio:
            sound = self.tr("no audio")
        elif self._muted:
            sound = self.tr("muted (M)")
        elif self._sound_problem:
            sound = self.tr("no sound: {problem} (M)").format(problem=shown(self._sound_problem))
        else:
            sound = self.tr("sound on (M)")
        fmt = formats()  # the position and speed in the person's digits
        where = (
            self.tr("{position} s / {duration} s").format(
                position=fmt.number(self._position, 1), duration=fmt.number(self._duration, 1)
            )
            if self._duration
            else self.tr("{position} s").format(position=fmt.number(self._position, 1))
        )
        speed = self.tr("{speed}x").format(speed=fmt.shortest(self.speed))
        self.statusChanged.emit(
            f"{state}   {where}   {speed}   {sound}   "
            + self.tr("Space play · ←/→ 5 s · ,/. frame · J/L speed · wheel scrub")
        )
        self.positionChanged.emit(self._position)
