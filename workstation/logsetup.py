"""Where the program's log goes, and how much of it (docs/import-and-media.md, "Logging").

- ``workstation.log`` in the data folder, rotated at 2 MB with 3 old files kept (8 MB at most);
- WARNING and above by default; ``-v`` adds INFO, and writes the same lines to stderr;
- the scheduler's own INFO lines ("Running job …" every few seconds) are never written, even
  with ``-v``: they told nothing and filled 13 MB a day;
- a log write that fails (a full disk, ``/dev/full``, a closed pipe) is dropped without a word:
  logging must never put a ``--- Logging error ---`` traceback on the user's terminal. The error
  paths that matter tell the user in a sentence of their own.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

LOG_BYTES = 2_000_000
LOG_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Chatty at INFO on every run of a periodic job.
_QUIET_LOGGERS = ("apscheduler",)


class _Quiet:
    """Mixin: a failed write counts as dropped instead of printing a traceback to stderr."""

    dropped = 0

    def handleError(self, record: logging.LogRecord) -> None:
        self.dropped += 1

    def flush(self) -> None:
        try:
            super().flush()  # type: ignore[misc]
        except (OSError, ValueError):
            self.dropped += 1

    def close(self) -> None:
        try:
            super().close()  # type: ignore[misc]
        except (OSError, ValueError):  # the buffered lines could not be written: dropped
            setattr(self, "stream", None)  # noqa: B010 (the mixin does not declare it)


class QuietRotatingFileHandler(_Quiet, logging.handlers.RotatingFileHandler):
    pass


class QuietStreamHandler(_Quiet, logging.StreamHandler):
    pass


def configure(path: Path, verbose: bool, *, stream: TextIO | None = None) -> str:
    """Install the program's handlers on the root logger (replacing any this function installed
    before, so calling it again does not pile them up); returns the log file's path."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _Quiet):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    file_handler = QuietRotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file_handler)
    if verbose:
        console = QuietStreamHandler(stream or sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    return str(path)
