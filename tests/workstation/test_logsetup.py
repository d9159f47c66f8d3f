"""Logging (issue 13, Noise): WARNING by default, -v for more, rotation, no scheduler chatter and
never a "--- Logging error ---" traceback on the terminal, even on a full disk."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation import cli, logsetup


@pytest.fixture
def root_logging() -> Iterator[None]:
    """Leave the root logger as the test found it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _lines(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_warning_by_default_and_info_with_v_but_never_the_scheduler(
    root_logging: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path))
    path = Path(cli._setup_logging(False))
    logging.getLogger("workstation.x").info("an info line")
    logging.getLogger("workstation.x").warning("a warning line")
    logging.getLogger("apscheduler.executors.default").info('Running job "sync" (scheduled at …)')
    text = _lines(path)
    assert "a warning line" in text and "an info line" not in text and "Running job" not in text
    err = io.StringIO()
    logsetup.configure(path, True, stream=err)
    logging.getLogger("workstation.x").info("now an info line")
    logging.getLogger("apscheduler.executors.default").info('Running job "sync" (scheduled at …)')
    assert "now an info line" in _lines(path) and "now an info line" in err.getvalue()
    assert "Running job" not in _lines(path) + err.getvalue()
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logsetup.QuietRotatingFileHandler)]
    assert len(ours) == 1  # configuring again replaced the handler, it did not add one
    assert ours[0].maxBytes == 2_000_000 and ours[0].backupCount == 3


def test_the_log_rotates(root_logging: None, tmp_path: Path) -> None:
    path = tmp_path / "workstation.log"
    logsetup.configure(path, False)
    for n in range(3_000):
        logging.getLogger("workstation.x").warning("line %d %s", n, "x" * 1_000)
    assert (tmp_path / "workstation.log.1").exists()
    assert path.stat().st_size <= logsetup.LOG_BYTES + 2_000


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_puts_no_logging_traceback_on_the_terminal(
    root_logging: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path))
    (tmp_path / "workstation.log").symlink_to("/dev/full")  # every write fails with ENOSPC
    cli._setup_logging(False)
    for _ in range(5):
        logging.getLogger("workstation.db").error("the database is unreachable")
    logging.getLogger("workstation").exception("unexpected error")
    captured = capfd.readouterr()
    assert "Logging error" not in captured.err and "Traceback" not in captured.err
    dropped = [
        h.dropped for h in logging.getLogger().handlers if isinstance(h, logsetup.QuietRotatingFileHandler)
    ]
    assert dropped == [6]
