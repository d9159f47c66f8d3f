"""Untrusted media is decoded in worker processes with memory and time limits.

Decoders (Pillow, FFmpeg through PyAV, OpenCV) are large C libraries fed hostile files. A decoder
that crashes, hangs or is fed a decompression bomb must cost one item, never the app or an import:

- each worker is a separate process started with ``spawn`` (never ``fork``: the app has threads
  and Qt), under the platform's own limits where it has them: on Unix ``RLIMIT_AS`` (address
  space; enforced by Linux, not by macOS), ``RLIMIT_CPU`` (processor time, per task) and
  ``RLIMIT_CORE`` 0 (a crash never writes a core file, which would hold decoded pixels); on
  Windows (no ``resource`` module) a Job Object memory limit; ``DecoderPool.protections()`` says
  which hold (docs/import-and-media.md has the table);
- on every system the parent waits for an answer with a wall-clock timeout and kills a worker that overruns;
- a worker that died is replaced on the next call; the failure becomes a :class:`MediaError`
  whose reason the item shows: "the decoder crashed (signal 11)", "decoding took longer than
  20 s", "decoding needed more than 2 GB".

Decoded pixels come back through the pipe into an array of the parent (never a file), so unfiltered
pixels never touch disk. Callers confine paths to the configured media roots first
(:func:`workstation.media_roots.confine`).

Qt-free. The importer probes and hashes through a :class:`DecoderPool` (``pool.probe`` fits
``Importer(prober=...)``); the window decodes through a pool it owns.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from media.errors import MediaError
from media.limits import DEFAULT_LIMITS, Limits
from media.phrases import QT_TRANSLATE_NOOP, Figure

if TYPE_CHECKING:
    import numpy as np

    from media.audio import PcmFormat
    from media.filters import FilterSettings
    from media.phash import HashResult
    from media.probe import Probe

log = logging.getLogger(__name__)

_GB = 1024**3


# -- limits and reasons -------------------------------------------------------------------------


@dataclass(frozen=True)
class IsolationLimits:
    """Per decode: address space of the worker, processor time, and wall-clock time."""

    memory_bytes: int = 2 * _GB
    cpu_seconds: int = 20
    wall_seconds: float = 20.0
    startup_seconds: float = 60.0  # a worker importing the decoders on a loaded machine


def _size(n: int) -> str:
    if n % _GB == 0:
        return QT_TRANSLATE_NOOP("Media", "{count} GB").format(count=n // _GB)
    if n >= _GB:
        return QT_TRANSLATE_NOOP("Media", "{count} GB").format(count=Figure(n / _GB, ".1f"))
    return QT_TRANSLATE_NOOP("Media", "{count} MB").format(count=n // 1024**2)


# Phrases (media.phrases): the media view shows them in the reviewer's language, the log in English.
def memory_reason(limits: IsolationLimits) -> str:
    return QT_TRANSLATE_NOOP("Media", "decoding needed more than {size}").format(
        size=_size(limits.memory_bytes)
    )


def time_reason(seconds: float) -> str:
    return QT_TRANSLATE_NOOP("Media", "decoding took longer than {seconds} s").format(
        seconds=Figure(seconds, "g")
    )


def death_reason(exitcode: int | None, limits: IsolationLimits) -> str:
    if exitcode is None:
        return QT_TRANSLATE_NOOP("Media", "the decoder stopped answering")
    if exitcode < 0:
        sig = -exitcode
        if sig == signal.SIGXCPU:
            return time_reason(limits.cpu_seconds)
        return QT_TRANSLATE_NOOP("Media", "the decoder crashed (signal {signal})").format(signal=str(sig))
    return QT_TRANSLATE_NOOP("Media", "the decoder exited unexpectedly (status {status})").format(
        status=str(exitcode)
    )


# -- the worker process -------------------------------------------------------------------------


def _apply_limits(memory_bytes: int) -> tuple[str, ...]:
    """The platform's own limits on this (worker) process; returns the names of those applied.

    Unix: ``RLIMIT_CORE`` 0, ``RLIMIT_AS`` (Linux enforces it; macOS accepts it but does not) and,
    per task, ``RLIMIT_CPU``. Windows: a Job Object with a process memory limit. Elsewhere, or where
    a call is refused, nothing: the parent's wall-clock limit holds on every system.
    """
    try:
        import resource
    except ImportError:  # not Unix (Windows, or a Python built without it)
        return ("job-memory",) if _windows_job_limit(memory_bytes) else ()
    applied = []
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied.append("no-core")
    except (OSError, ValueError):
        pass
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        applied.append("address-space")
    except (OSError, ValueError, AttributeError):
        pass
    if hasattr(resource, "RLIMIT_CPU"):
        applied.append("cpu")
    return tuple(applied)


def _windows_job_limit(memory_bytes: int) -> bool:
    """Put this process in a Job Object limited to ``memory_bytes`` of committed memory (Windows).

    Not exercised by this project's tests (they run on Linux); a failure only means no limit.
    """
    if os.name != "nt":
        return False
    try:
        import ctypes
        from ctypes import wintypes

        class _Basic(ctypes.Structure):
            _fields_ = [
                ("PerProcessUserTimeLimit", ctypes.c_int64),
                ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", wintypes.DWORD),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", wintypes.DWORD),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", wintypes.DWORD),
                ("SchedulingClass", wintypes.DWORD),
            ]

        class _Io(ctypes.Structure):
            _fields_ = [(name, ctypes.c_uint64) for name in ("r", "w", "o", "rb", "wb", "ob")]

        class _Extended(ctypes.Structure):
            _fields_ = [
                ("BasicLimitInformation", _Basic),
                ("IoInfo", _Io),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t),
            ]

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        info = _Extended()
        info.BasicLimitInformation.LimitFlags = 0x100  # JOB_OBJECT_LIMIT_PROCESS_MEMORY
        info.ProcessMemoryLimit = memory_bytes
        extended_limit_information = 9
        if not kernel32.SetInformationJobObject(
            job, extended_limit_information, ctypes.byref(info), ctypes.sizeof(info)
        ):
            return False
        return bool(kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()))
    except Exception:  # any failure: no platform memory limit, the wall clock still holds
        return False


def _cpu_budget(cpu_seconds: int) -> None:
    """RLIMIT_CPU counts the process's whole life: move the soft limit to 'now + budget'.

    Without ``resource`` (Windows) there is no processor-time limit; the wall clock still holds.
    """
    import math

    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = math.ceil(usage.ru_utime + usage.ru_stime)
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = used + cpu_seconds
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


_applied_here: tuple[str, ...] = ()  # in a worker: the limits _apply_limits could set


def _worker_protections() -> tuple[str, ...]:
    return _applied_here


def _worker_main(conn: Connection, memory_bytes: int, cpu_seconds: int, preload: Sequence[str]) -> None:
    """Runs in the child: preload decoders, apply limits, then serve ``(function, args)`` tasks."""
    import importlib

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is the parent's business
    for name in preload:
        importlib.import_module(name)
    global _applied_here
    applied = _applied_here = _apply_limits(memory_bytes)
    conn.send(("ready", (os.getpid(), applied)))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        fn, args, kwargs = task
        _cpu_budget(cpu_seconds)
        try:
            result = fn(*args, **kwargs)
        except MediaError as error:
            if isinstance(error.__cause__, MemoryError):  # media names it; the limit explains it
                conn.send(("memory", None))
            else:
                conn.send(("media_error", error.reason))
            continue
        except MemoryError:
            conn.send(("memory", None))
            continue
        except Exception as error:  # a decoder bug: the item is unreadable, the worker lives on
            conn.send(("error", f"{type(error).__name__}: {error}"))
            continue
        _send_result(conn, result)


def _send_result(conn: Connection, result: Any) -> None:
    import numpy as np

    if isinstance(result, np.ndarray):
        array = np.ascontiguousarray(result)
        conn.send(("array", (array.shape, array.dtype.str)))
        conn.send_bytes(array.data.cast("B"))
    elif isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], np.ndarray):
        # (metadata, pixels): a video still or a chunk of frames, the pixels unpickled
        array = np.ascontiguousarray(result[1])
        conn.send(("meta_array", (result[0], array.shape, array.dtype.str)))
        conn.send_bytes(array.data.cast("B"))
    else:
        conn.send(("ok", result))


# -- the pool in the parent ---------------------------------------------------------------------


class _Worker:
    def __init__(self, ctx: Any, limits: IsolationLimits, preload: Sequence[str]) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.conn: Connection = parent
        self.dead = False
        self.process = ctx.Process(
            target=_worker_main,
            args=(child, limits.memory_bytes, limits.cpu_seconds, tuple(preload)),
            name="media-decoder",
            daemon=True,
        )
        try:
            self.process.start()
        finally:
            child.close()
        if not self.conn.poll(limits.startup_seconds):
            self.kill()
            raise MediaError(QT_TRANSLATE_NOOP("Media", "the decoder could not start in time; try again"))
        try:
            self.conn.recv()
        except EOFError:
            code = self.process.exitcode
            self.kill()
            raise MediaError(
                QT_TRANSLATE_NOOP("Media", "the decoder could not start (status {status})").format(
                    status=str(code)
                )
            ) from None

    def kill(self) -> None:
        if self.dead:
            return
        self.dead = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        self.process.close()

    def stop(self) -> None:
        if self.dead:
            return
        self.dead = True
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join(5)
        self.conn.close()
        self.process.close()


_PRELOAD = ("numpy", "PIL.Image", "media.probe", "media.image")


class DecoderPool:
    """A few decoder processes, started on demand, shared by threads; thread-safe.

    ``run(fn, *args)`` calls a module-level ``fn`` in a worker and returns its result (a numpy
    array comes back through the pipe). Every failure of the worker is a :class:`MediaError`.
    """

    def __init__(
        self,
        size: int = 2,
        limits: IsolationLimits | None = None,
        *,
        context: str = "spawn",
        preload: Sequence[str] = _PRELOAD,
    ) -> None:
        if context == "fork":
            raise ValueError("decoder workers are never forked: the app has threads and Qt")
        import multiprocessing

        self.limits = limits or IsolationLimits()
        self.size = size
        self._ctx = multiprocessing.get_context(context)
        self._preload = tuple(preload)
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(size):
            self._idle.put(None)  # a slot; its worker starts on first use
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def __enter__(self) -> DecoderPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()

    def protections(self) -> tuple[str, ...]:
        """The platform limits a worker of this pool runs under, besides the wall clock
        (``no-core``, ``address-space``, ``cpu`` on Linux; ``job-memory`` on Windows)."""
        result: tuple[str, ...] = self.run(_worker_protections)
        return result

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self._closed:
            raise RuntimeError("the decoder pool is closed")
        worker = self._idle.get()
        try:
            if worker is None:
                worker = _Worker(self._ctx, self.limits, self._preload)
                with self._lock:
                    self._workers.add(worker)
            return self._call(worker, fn, args, kwargs)
        finally:
            if worker is not None and worker.dead:
                with self._lock:
                    self._workers.discard(worker)
                worker = None  # the slot starts a fresh worker on its next use
            self._idle.put(worker)

    def _call(self, worker: _Worker, fn: Callable[..., Any], args: Any, kwargs: Any) -> Any:
        limits = self.limits
        try:
            worker.conn.send((fn, args, kwargs))
            answered = worker.conn.poll(limits.wall_seconds)
        except (OSError, ValueError):
            answered = True  # the pipe broke: read the death below
        if not answered:
            log.warning("decoder %s overran %s s; killed", worker.process.pid, limits.wall_seconds)
            worker.kill()
            raise MediaError(time_reason(limits.wall_seconds))
        try:
            status, value = worker.conn.recv()
            if status == "array":
                return self._receive_array(worker, value)
            if status == "meta_array":
                meta, shape, dtype = value
                return meta, self._receive_array(worker, (shape, dtype))
        except (EOFError, OSError):
            worker.process.join(5)
            code = worker.process.exitcode
            worker.kill()
            reason = death_reason(code, limits)
            log.warning("decoder died (%s): %s", code, reason)
            raise MediaError(reason) from None
        if status == "ok":
            return value
        if status == "media_error":
            raise MediaError(value)
        if status == "memory":
            raise MediaError(memory_reason(limits))
        raise MediaError(QT_TRANSLATE_NOOP("Media", "the decoder failed ({error})").format(error=str(value)))

    @staticmethod
    def _receive_array(worker: _Worker, header: tuple[tuple[int, ...], str]) -> np.ndarray:
        import numpy as np

        shape, dtype = header
        array = np.empty(shape, dtype=np.dtype(dtype))
        worker.conn.recv_bytes_into(array.data.cast("B"))
        return array

    # -- the calls the app makes ----------------------------------------------------------------

    def probe(
        self, path: Path, limits: Limits = DEFAULT_LIMITS, *, target: Callable[..., Any] | None = None
    ) -> Probe:
        """``media.probe.probe`` in a worker (``target`` replaces it, for tests)."""
        from media.probe import probe

        result: Probe = self.run(target or probe, Path(path), limits)
        return result

    def load_image(
        self,
        path: Path,
        limits: Limits = DEFAULT_LIMITS,
        max_size: tuple[int, int] | None = None,
        *,
        target: Callable[..., Any] | None = None,
    ) -> np.ndarray:
        """``media.image.load_image`` in a worker; the pixels come back through the pipe."""
        from media.image import load_image

        result: np.ndarray = self.run(target or load_image, Path(path), limits, max_size)
        return result

    def perceptual_hash(self, path: Path, info: Probe, limits: Limits) -> HashResult | None:
        """The importer's perceptual hashes (decodes the image or video keyframes) in a worker."""
        from media.phash import perceptual_hash

        result: HashResult | None = self.run(perceptual_hash, Path(path), info, limits)
        return result


_VIDEO_PRELOAD = (*_PRELOAD, "av", "media.video", "media.storyboard", "media.playback")
_AUDIO_PRELOAD = ("numpy", "av", "media.audio", "media.playback")


class IsolatedVideo:
    """The window's ``media.playback.VideoSource``: every video decode runs in a worker process.

    One worker (its own pool) serves storyboards, stills and playback; playback comes in chunks of a
    few frames, scaled to the view in the worker, so a 1080p clip crosses the pipe at view size.
    A worker that crashes, spins, hangs or runs out of memory raises ``MediaError`` with the reason
    and is replaced on the next call; the window shows the reason and goes on.
    """

    def __init__(self, pool: DecoderPool | None = None, audio_pool: DecoderPool | None = None) -> None:
        self.pool = pool or DecoderPool(size=1, preload=_VIDEO_PRELOAD)
        self._owned = pool is None
        # Sound decodes in a second worker (the window starts it as it opens): a sound track that kills
        # its decoder silences the item but leaves the picture playing, and the reverse.
        self.audio_pool = audio_pool or DecoderPool(size=1, preload=_AUDIO_PRELOAD)
        self._audio_owned = audio_pool is None

    def close(self) -> None:
        if self._owned:
            self.pool.close()
        if self._audio_owned:
            self.audio_pool.close()

    def storyboard(
        self, path: str, settings: FilterSettings, count: int, tile_wh: tuple[int, int], columns: int
    ) -> np.ndarray:
        from media.playback import storyboard_image

        result: np.ndarray = self.pool.run(storyboard_image, path, settings, count, tile_wh, columns)
        return result

    def still(self, path: str, at_s: float, view_wh: tuple[int, int]) -> tuple[float, np.ndarray]:
        from media.playback import still_frame

        fps, frame = self.pool.run(still_frame, path, at_s, view_wh)
        return float(fps), frame

    def frames(
        self, path: str, start_s: float, view_wh: tuple[int, int], *, chunk: int = 0
    ) -> Iterator[tuple[float, np.ndarray]]:
        from media.playback import CHUNK_FRAMES, new_playback_id, next_chunk

        count = chunk or CHUNK_FRAMES
        playback = new_playback_id()
        while True:
            times, frames = self.pool.run(next_chunk, playback, path, start_s, view_wh, count)
            yield from zip(times, frames, strict=True)
            if len(times) < count:
                return

    def audio(self, path: str, start_s: float, speed: float) -> Iterator[tuple[PcmFormat, np.ndarray]]:
        from media.audio import PcmFormat
        from media.playback import audio_chunk, new_playback_id

        playback = new_playback_id()
        while True:
            (rate, channels, ended), pcm = self.audio_pool.run(audio_chunk, playback, path, start_s, speed)
            if len(pcm):
                yield PcmFormat(rate, channels), pcm
            if ended:
                return
