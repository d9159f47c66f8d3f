"""Calling the PostgreSQL write functions of migration 0005, and their refusals as domain errors.

On PostgreSQL every write of the review and care paths goes through a ``SECURITY DEFINER`` function
that takes the acting person from ``session_user`` (docs/postgresql.md; docs/architecture.md,
invariant 7). The functions refuse with their own SQLSTATEs, which become the errors the services
raise on SQLite, with the database's sentence as the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, CursorResult, Executable
from sqlalchemy.exc import DBAPIError

from workstation.errors import InvalidInput, LeaseLost, NotFound, PermissionDenied, WorkstationError

# The SQLSTATEs the functions raise (class "WS" is the workstation's own) and PostgreSQL's
# insufficient_privilege, which is also what a direct write refused by a grant or a policy raises.
_ERRORS: dict[str, type[WorkstationError]] = {
    "WSNF0": NotFound,
    "WSLL0": LeaseLost,
    "WSIN0": InvalidInput,
    "42501": PermissionDenied,
}


def translate(error: DBAPIError) -> WorkstationError | None:
    """The domain error a function's refusal stands for, or None for any other database error."""
    orig = error.orig
    kind = _ERRORS.get(getattr(orig, "sqlstate", None) or "")
    if kind is None:
        return None
    diag = getattr(orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(orig).splitlines()[0]
    return kind(message)


def call(conn: Connection, statement: Executable, params: Mapping[str, Any]) -> CursorResult[Any]:
    """Run a function call; its refusals raise NotFound, LeaseLost, InvalidInput or PermissionDenied
    (the transaction is then aborted and rolls back as the exception leaves it)."""
    try:
        return conn.execute(statement, dict(params))
    except DBAPIError as error:
        domain = translate(error)
        if domain is None:
            raise
        raise domain from error
