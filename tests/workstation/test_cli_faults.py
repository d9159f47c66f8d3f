"""Hostile input for the command line: every case ends in one sentence and a known exit status.

Each case here once ended in "This is a bug" with a Python exception name, or worse, succeeded:
an export run as root replaced ``/dev/full`` with a CSV, a PDF written to a missing folder printed
"wrote ...", and a mistyped SQLite URL created folders and an empty database.
"""

from __future__ import annotations

import io
import os
import pwd
import stat
from pathlib import Path

import pytest

from ui import launch
from workstation import cli

ME = pwd.getpwuid(os.getuid()).pw_name


def run(*argv: str) -> tuple[int, str, str]:
    """The program as installed (ui/launch.py: the core's CLI with the desktop interface)."""
    out, err = io.StringIO(), io.StringIO()
    code = launch.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def one_sentence(err: str) -> str:
    """The error output is one line that names no Python exception and calls nothing a bug."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "no message at all"
    message = lines[0]
    assert "Traceback" not in err and "This is a bug" not in err and "Error:" not in err, err
    assert not message.startswith("usage:"), err
    return message


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    assert run("--database-url", url, "users", "add", ME, "--role", "admin", "--role", "lead")[0] == 0
    # Exports are signed: a key of our own in our own data folder, listed by the admin we are
    # (docs/signed-log.md).
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data").mkdir()
    assert run("audit", "keygen")[0] == 0
    assert (
        run(
            "--database-url", url, "audit", "keys", "add", ME, str(tmp_path / "data" / "signing-key.pem.pub")
        )[0]
        == 0
    )
    return ("--database-url", url)


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        ("/nonexistent-folder/x.csv", "does not exist"),
        ("{tmp}", "is a folder"),
        ("/dev/null", "device or special file"),
        ("{tmp}/link.csv", "symbolic link"),
        ("{tmp}/file.txt/x.csv", "is not a folder"),
        ("", "is a folder"),  # Path("") is the working folder
    ],
)
def test_export_refuses_outputs_that_are_not_plain_files(
    db: tuple[str, ...], tmp_path: Path, out: str, expected: str
) -> None:
    (tmp_path / "target").write_text("keep me")
    (tmp_path / "link.csv").symlink_to(tmp_path / "target")
    (tmp_path / "file.txt").write_text("x")
    for fmt in ("csv", "jsonl"):
        code, _, err = run(*db, "export", "decisions", "--format", fmt, "--out", out.format(tmp=tmp_path))
        assert code == 2 and expected in one_sentence(err)
    assert (tmp_path / "target").read_text() == "keep me"
    assert (tmp_path / "link.csv").is_symlink()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_device_is_never_replaced_even_by_root(db: tuple[str, ...], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = run(*db, "export", "decisions", "--out", str(fifo))
    assert code == 2 and "special file" in one_sentence(err)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("fmt", ["csv", "json", "pdf"])
def test_a_report_to_a_missing_folder_says_so_and_writes_nothing(db: tuple[str, ...], fmt: str) -> None:
    code, _, err = run(
        *db, "report", "exposure", "--from", "2026-01-01", "--to", "2026-01-31",
        "--format", fmt, "--out", f"/nonexistent-folder/r.{fmt}",
    )  # fmt: skip
    assert code == 2 and "does not exist" in one_sentence(err)


def test_a_pdf_report_is_there_when_the_command_says_so(db: tuple[str, ...], tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    code, _, err = run(
        *db, "report", "exposure", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "pdf",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0 and "wrote" in err
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("day", ["9999-12-25", "0001-01-01", "2999-13-01"])
def test_absurd_dates_are_refused_with_the_range(db: tuple[str, ...], day: str) -> None:
    for command in (("report", "exposure"), ("export", "decisions", "--out", "-")):
        code, _, err = run(*db, *command, "--from", day, "--to", day)
        assert code == 2 and "Traceback" not in err and "This is a bug" not in err
        assert "outside the dates" in err or "not a date" in err


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://x@127.0.0.1:abc/db",
        "postgresql+psycopg://x@[::1/db",
        "postgresql+psycopg://x@127.0.0.1:99999999999999999999/db",
    ],
)
def test_a_bad_port_is_named(url: str) -> None:
    code, _, err = run("--database-url", url, "users", "list")
    assert code == 2 and "port" in one_sentence(err)


def test_a_sqlite_url_whose_folder_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}"
    code, _, err = run("--database-url", url, "users", "list")
    assert code == 2 and "does not exist" in one_sentence(err)
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 300, os.urandom(8192)])
def test_a_file_that_is_not_a_database_is_named_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    code, _, err = run("--database-url", f"sqlite:///{path}", "users", "list")
    if content:
        assert code == 2 and "not a Reviewer Workstation database" in one_sentence(err)
    else:
        # An empty file is a new SQLite database: upgraded, and it says how to start.
        assert code == 2 and "no users yet" in one_sentence(err)


def test_output_piped_into_head_ends_quietly(db: tuple[str, ...]) -> None:
    """``workstation users list | head -1``: the reader left; no message, no traceback, exit 0."""
    read_end, write_end = os.pipe()
    os.close(read_end)

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return write_end

    err = io.StringIO()
    try:
        code = cli.main([*db, "users", "list"], out=ClosedPipe(), err=err)
    finally:
        os.close(write_end)
    assert code == 0 and err.getvalue() == ""


def test_a_full_disk_is_a_sentence(
    db: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import workstation.outpaths as outpaths

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outpaths.os, "fsync", full)
    code, _, err = run(*db, "export", "decisions", "--out", str(tmp_path / "full-disk.csv"))
    monkeypatch.setattr(outpaths.os, "fsync", real_fsync)
    assert code == 2 and "disk is full" in one_sentence(err)
    assert not (tmp_path / "full-disk.csv").exists()


def test_a_database_refusal_never_dumps_sql() -> None:
    from sqlalchemy.exc import DataError

    from workstation.failures import explain

    class Orig(Exception):
        pass

    error = DataError("INSERT INTO users (username) VALUES (%(u)s)", {"u": "x" * 200},
                      Orig("value too long for type character varying(120)\nCONTEXT: ..."))  # fmt: skip
    text = explain(error)
    assert text is not None and "INSERT" not in text and "x" * 50 not in text and "CONTEXT" not in text
