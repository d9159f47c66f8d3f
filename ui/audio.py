"""Sound of a video item: PCM from the isolated decoder, played through a Qt audio sink.

Qt never opens the untrusted file: a fetch thread (a ``ui.tasks.StreamWorker``) asks the window's
``VideoSource`` for blocks of 16-bit PCM (decoded, resampled and tempo-adjusted in the decoder
process) and a GUI-thread timer writes them into a ``QAudioSink`` as it drains. The track exists
only while the item is unmuted and playing; muting stops it and drops what was buffered, so nothing
is heard after the key is pressed.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from media.audio import PcmFormat
from media.errors import MediaError
from media.playback import VideoSource
from ui.i18n import shown
from ui.tasks import StreamWorker, timers

log = logging.getLogger(__name__)

PUMP_MS = 20  # how often the sink is topped up; its own buffer covers far more than this
QUEUE_BLOCKS = 8  # blocks fetched ahead (about 2 s at the worker's quarter-second blocks)


class PcmSink(Protocol):
    """Where the samples go: the sound card in the app, a recorder in tests."""

    def open(self, fmt: PcmFormat) -> str | None:
        """Start playing ``fmt``; the reason there is no sound (no output device...), else None."""
        ...

    def free_bytes(self) -> int: ...

    def write(self, data: bytes) -> int: ...

    def played_s(self) -> float:
        """Seconds of output consumed since ``open``."""
        ...

    def close(self) -> None: ...


class QtPcmSink:
    """The default sound output through ``QAudioSink`` in push mode."""

    def __init__(self) -> None:
        self._sink: object | None = None
        self._device: object | None = None

    def open(self, fmt: PcmFormat) -> str | None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        self.close()
        output = QMediaDevices.defaultAudioOutput()
        if output.isNull():
            return QCoreApplication.translate("SoundTrack", "no sound output device")
        qfmt = QAudioFormat()
        qfmt.setSampleRate(fmt.sample_rate)
        qfmt.setChannelCount(fmt.channels)
        qfmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not output.isFormatSupported(qfmt):
            return QCoreApplication.translate(
                "SoundTrack", "the sound output cannot play {rate} Hz, {channels} channels"
            ).format(rate=fmt.sample_rate, channels=fmt.channels)
        sink = QAudioSink(output, qfmt)
        device = sink.start()
        if device is None:
            sink.deleteLater()
            return QCoreApplication.translate(
                "SoundTrack", "the sound output could not be opened ({error})"
            ).format(error=sink.error().name)
        self._sink, self._device = sink, device
        return None

    def free_bytes(self) -> int:
        from PySide6.QtMultimedia import QAudioSink

        if not isinstance(self._sink, QAudioSink):
            return 0
        return int(self._sink.bytesFree())

    def write(self, data: bytes) -> int:
        from PySide6.QtCore import QIODevice

        if not isinstance(self._device, QIODevice):
            return 0
        return int(self._device.write(data))

    def played_s(self) -> float:
        from PySide6.QtMultimedia import QAudioSink

        if not isinstance(self._sink, QAudioSink):
            return 0.0
        return float(self._sink.processedUSecs()) / 1e6

    def close(self) -> None:
        from PySide6.QtMultimedia import QAudioSink

        sink, self._sink, self._device = self._sink, None, None
        if isinstance(sink, QAudioSink):
            sink.stop()
            sink.deleteLater()


_END = object()


class SoundTrack(QObject):
    """Plays one item's sound from a position at a speed; ``stop`` silences it at once."""

    failed = Signal(str)  # why there is no sound (decoder failure, no device); shown in the status

    def __init__(
        self,
        source: VideoSource,
        sink_factory: Callable[[], PcmSink] = QtPcmSink,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._sink_factory = sink_factory
        self._sink: PcmSink | None = None
        self._queue: queue.Queue[object] = queue.Queue(maxsize=QUEUE_BLOCKS)
        self._worker: StreamWorker | None = None
        self._pending = b""
        self._start_s = 0.0
        self._speed = 1.0
        self._timer = timers().timer(self)
        self._timer.setInterval(PUMP_MS)
        self._timer.timeout.connect(self._pump)

    @property
    def active(self) -> bool:
        return self._worker is not None

    @property
    def started_at(self) -> float:
        """The media time the current sound started from."""
        return self._start_s

    def start(self, path: str, at_s: float, speed: float) -> None:
        self.stop()
        self._start_s, self._speed = at_s, speed
        self._queue = queue.Queue(maxsize=QUEUE_BLOCKS)
        self._pending = b""
        out = self._queue
        worker = StreamWorker(
            lambda stopping: self._fetch(path, at_s, speed, out, stopping), name="sound-fetch"
        )
        self._worker = worker
        worker.start()
        self._timer.start()

    def stop(self) -> None:
        """Silence now. The GUI thread never waits for the decoder: the fetch thread sees the stop
        within 0.1 s, or when a decoder call in flight returns, and its blocks are dropped with
        its queue."""
        self._timer.stop()
        if self._worker is not None:
            self._worker.stop()
        self._worker = None
        if self._sink is not None:
            self._sink.close()
            self._sink = None
        self._pending = b""

    def position_s(self) -> float | None:
        """Where in the media the listener is (None before the first block plays)."""
        if self._sink is None:
            return None
        return self._start_s + self._sink.played_s() * self._speed

    # ---------------------------------------------------------------------------------- threads

    def _fetch(
        self, path: str, at_s: float, speed: float, out: queue.Queue[object], stop: threading.Event
    ) -> None:
        def put(item: object) -> bool:
            while not stop.is_set():
                try:
                    out.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        blocks = self._source.audio(path, at_s, speed)
        try:
            for fmt, pcm in blocks:  # bytes made here, off the GUI thread
                if not put((fmt, np.ascontiguousarray(pcm, dtype=np.int16).tobytes())):
                    return
            put(_END)
        except MediaError as error:
            put(error)
        except Exception as error:  # a bug must not kill the thread silently, nor the app
            log.exception("sound fetch failed")
            put(
                MediaError(
                    QCoreApplication.translate(
                        "SoundTrack", "the sound could not be decoded ({kind})"
                    ).format(kind=type(error).__name__)
                )
            )
        finally:
            close = getattr(blocks, "close", None)
            if close is not None:
                close()

    def _pump(self) -> None:
        """GUI thread: move blocks into the sink as far as it has room."""
        while True:
            if self._pending:
                if self._sink is None:
                    return
                free = self._sink.free_bytes()
                if free <= 0:
                    return
                written = self._sink.write(self._pending[:free])
                self._pending = self._pending[max(0, written) :]
                if written <= 0 or self._pending:
                    return
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is _END:
                return  # the sink plays out what it holds
            if isinstance(item, MediaError):
                log.warning("sound stopped: %s", item.reason)
                self.stop()
                self.failed.emit(shown(item))  # the reason in the window's language
                return
            assert isinstance(item, tuple)
            fmt, data = item
            if self._sink is None and not self._open_sink(fmt):
                return
            self._pending = data

    def _open_sink(self, fmt: PcmFormat) -> bool:
        sink = self._sink_factory()
        reason = sink.open(fmt)
        if reason is not None:
            self.stop()
            self.failed.emit(reason)
            return False
        self._sink = sink
        return True
