"""Calling the PostgreSQL write functions of migrations 0005-0010, and their refusals as domain errors.

On PostgreSQL every write of the review and care paths goes through a ``SECURITY DEFINER`` function
that takes the acting person from ``session_user`` (docs/postgresql.md; docs/architecture.md,
invariant 7). The functions refuse in one of two ways, which become the errors the services raise on
SQLite, with the database's sentence as the message:

- an error with one of their own SQLSTATEs (bad input, a lost lease, ...): nothing was written;
- for a refusal of the caller's rights in the functions an insider would try (claim, decide, undo,
  people and queue administration; migration 0010), a WARNING with the refusal's SQLSTATE and
  ``REFUSAL_DETAIL``, the function returning no row: the refusal was written to the audit log in the
  caller's transaction, which an error would have rolled back. Raising the domain error here rolls
  the workstation's own transaction back (it audits refusals itself, ``audit.record_refusal``); from
  psql, the audit event stays.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, CursorResult, Executable
from sqlalchemy.exc import DBAPIError

from workstation.errors import (
    InvalidInput,
    LeaseLost,
    NotFound,
    PermissionDenied,
    QueueLocked,
    WorkstationError,
)

# The SQLSTATEs the functions raise (class "WS" is the workstation's own) and PostgreSQL's
# insufficient_privilege, which is also what a direct write refused by a grant or a policy raises.
_ERRORS: dict[str, type[WorkstationError]] = {
    "WSNF0": NotFound,
    "WSLL0": LeaseLost,
    "WSIN0": InvalidInput,
    "WSCP0": QueueLocked,
    "42501": PermissionDenied,
}
#: The DETAIL of a refusal the database recorded before reporting it (migration 0010).
REFUSAL_DETAIL = "refused by the database; recorded in the audit log"


def translate(error: DBAPIError) -> WorkstationError | None:
    """The domain error a function's refusal stands for, or None for any other database error."""
    orig = error.orig
    kind = _ERRORS.get(getattr(orig, "sqlstate", None) or "")
    if kind is None:
        return None
    diag = getattr(orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(orig).splitlines()[0]
    return kind(message)


def notice_fields(diag: Any) -> tuple[str | None, str | None, str | None, str | None]:
    """What a notice says (psycopg's Diagnostic of a notice is valid only inside its handler)."""
    return (
        getattr(diag, "severity_nonlocalized", None),
        getattr(diag, "sqlstate", None),
        getattr(diag, "message_primary", None),
        getattr(diag, "message_detail", None),
    )


def refusal(
    severity: str | None, sqlstate: str | None, message: str | None, detail: str | None
) -> WorkstationError | None:
    """The domain error of a recorded refusal (a notice of migration 0010's wrappers), else None."""
    if detail != REFUSAL_DETAIL or severity != "WARNING":
        return None
    kind = _ERRORS.get(sqlstate or "")
    if kind is None:
        return None
    return kind(message or "refused by the database")


def call(conn: Connection, statement: Executable, params: Mapping[str, Any]) -> CursorResult[Any]:
    """Run a function call; its refusals raise NotFound, LeaseLost, InvalidInput, QueueLocked or
    PermissionDenied (the transaction then rolls back as the exception leaves it)."""
    raw = conn.connection.driver_connection
    notices: list[tuple[str | None, str | None, str | None, str | None]] = []

    def handler(diag: Any) -> None:
        notices.append(notice_fields(diag))

    watch = hasattr(raw, "add_notice_handler")
    if watch:
        raw.add_notice_handler(handler)  # type: ignore[union-attr]
    try:
        result = conn.execute(statement, dict(params))
    except DBAPIError as error:
        domain = translate(error)
        if domain is None:
            raise
        raise domain from error
    finally:
        if watch:
            raw.remove_notice_handler(handler)  # type: ignore[union-attr]
    for notice in notices:
        refused = refusal(*notice)
        if refused is not None:
            raise refused
    return result
