"""Errors of the environment in one sentence each, for the CLI and the window alike.

The program meets full disks, missing folders, files that are not databases, values a database
refuses and closed pipes. None of these is a bug, so none may end in "This is a bug" or a
traceback: :func:`explain` names what failed and what to do, and returns None only for what really
is unexpected (the caller then logs it and says it is a bug). Messages never carry SQL statements or
their parameters: a database's own text is cut to its first line.
"""

from __future__ import annotations

import errno

from sqlalchemy import exc as sa_exc

_OS_SENTENCES: dict[int, str] = {
    errno.ENOSPC: "the disk is full{where}; free some space and try again",
    errno.EDQUOT: "your disk quota is used up{where}; free some space and try again",
    errno.ENOENT: "{what} does not exist{where}; check the name",
    errno.ENOTDIR: "a part of the path{where} is not a folder; check the name",
    errno.EISDIR: "{what} is a folder{where}; name a file instead",
    errno.EACCES: "permission denied{where}; choose a place you may write to, or ask an administrator",
    errno.EPERM: "the operation was not permitted{where}",
    errno.EROFS: "the file system is read-only{where}; choose another place",
    errno.ENAMETOOLONG: "the file name is too long{where}",
    errno.EMFILE: "too many files are open; close other programs and try again",
}


def _first_line(text: object) -> str:
    return str(text).strip().splitlines()[0] if str(text).strip() else ""


def explain_os_error(error: OSError) -> str:
    """One sentence for an ``OSError``, naming the file where there is one."""
    name = error.filename
    where = f" ({name})" if name else ""
    what = f"{name}" if name else "the file or folder"
    template = _OS_SENTENCES.get(error.errno or 0)
    if template is None:
        reason = error.strerror or _first_line(error) or type(error).__name__
        return f"{reason.rstrip('.')}{where}"
    return template.format(where=where, what=what)


def explain_database_error(error: sa_exc.DBAPIError | sa_exc.StatementError) -> str:
    """The database's own first line, without the statement or its parameters."""
    original = getattr(error, "orig", None)
    text = _first_line(original if original is not None else error)
    lowered = text.lower()
    if "file is not a database" in lowered or "file is encrypted" in lowered:
        return (
            "the database file is not a Reviewer Workstation database (SQLite cannot read it); "
            "check --database-url"
        )
    if "database disk image is malformed" in lowered:
        return (
            "the database file is damaged (SQLite: disk image is malformed); restore it from a backup "
            "or ask an administrator"
        )
    if "value too long" in lowered:
        return f"a value is longer than the database allows ({text}); shorten it"
    if "readonly database" in lowered or "read-only" in lowered:
        return "the database is read-only here; check the file's permissions or --database-url"
    if isinstance(error, sa_exc.DataError | sa_exc.IntegrityError):
        return f"the database refused the data: {text}"
    if isinstance(error, sa_exc.OperationalError):
        return f"the database could not do it: {text}"
    return f"the database reported an error: {text}"


def explain(error: BaseException) -> str | None:
    """A sentence for an error of the environment or the data; None for a real bug."""
    if isinstance(error, OSError):
        return explain_os_error(error)
    if isinstance(error, sa_exc.DBAPIError | sa_exc.StatementError):
        return explain_database_error(error)
    if isinstance(error, OverflowError):
        return f"a number or date is out of range ({_first_line(error)}); use a smaller value"
    if isinstance(error, MemoryError):
        return "the computer ran out of memory; close other programs or use a smaller input"
    return None
