"""User-facing errors of the core. Each carries a sentence that says what was wrong and what to do.

Errors of the environment (database unreachable, schema too new) are kept apart from refusals of the
domain (lease lost, permission denied) so callers can retry the first and explain the second.
"""

from __future__ import annotations


class WorkstationError(Exception):
    """Base: ``str(error)`` is shown to the user as is, never a traceback."""

    exit_code = 2


class ConfigError(WorkstationError):
    """Bad configuration or usage: a malformed URL, an unknown user, a missing file."""


class DatabaseUnavailable(WorkstationError):
    """The database could not be reached or refused the connection; the operation may be retried."""


class SchemaTooNew(WorkstationError):
    """The database was written by a newer version of the app; refusing to touch it."""


class NotFound(WorkstationError):
    """A named queue, user, item or decision does not exist."""


class InvalidInput(WorkstationError):
    """A request that breaks a rule of the domain (unknown verdict, missing reason)."""


class PermissionDenied(WorkstationError):
    """The acting user's role does not allow this. Refusals are audited."""


class LeaseLost(WorkstationError):
    """The reviewer's claim on an item expired and the item moved on; the decision was not recorded."""


class QueueLocked(WorkstationError):
    """The reviewer's daily exposure budget is spent; this queue's severity is locked for today."""


def message(error: BaseException) -> str:
    """The error's sentence, keeping it translatable: a ``wellbeing.phrases.Phrase`` given to the error
    stays one (``str(error)`` would make it plain English), so the window can show it in the reader's
    language (``ui.i18n.shown``)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
