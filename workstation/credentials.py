"""Signing in to PostgreSQL with a person's own login: a password only when the server asks for one.

Any method libpq runs (a service file, ``PGPASSFILE``, Kerberos/GSSAPI, client certificates, peer)
works untouched: the connection is tried as configured first. Only when the server answers that it
needs a password is the person asked, by the CLI (``getpass``) or by the window (a Qt dialog the
composition root hands in; this module imports no Qt). The password goes to libpq as a connection
argument, never into the URL, a log or the screen. It is kept in the system keyring (the
``keyring`` package) only when the person agrees, and forgotten there when the server refuses it.
See docs/threat-model.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.engine import make_url

from workstation.db import Database
from workstation.errors import ConfigError, DatabaseUnavailable

log = logging.getLogger(__name__)
KEYRING_SERVICE = "reviewer-workstation"
ATTEMPTS = 3


class Keyring(Protocol):
    """What we use of the ``keyring`` package (the module itself satisfies it)."""

    def get_password(self, service_name: str, username: str) -> str | None: ...

    def set_password(self, service_name: str, username: str, password: str) -> None: ...

    def delete_password(self, service_name: str, username: str) -> None: ...


@dataclass
class Prompter:
    """How to ask the person: ``password(question)`` returns None when they cancel;
    ``remember(question)`` is their consent to keep the password in the keyring."""

    password: Callable[[str], str | None]
    remember: Callable[[str], bool]
    keyring: Keyring | None = None


def terminal_prompter() -> Prompter:
    """The CLI's prompter: ``getpass`` on the terminal (no echo), the system keyring."""
    import getpass
    import sys

    def ask(question: str) -> str | None:
        if not sys.stdin.isatty():
            return None
        try:
            return getpass.getpass(f"{question} ")
        except (EOFError, KeyboardInterrupt):
            return None

    def consent(question: str) -> bool:
        if not sys.stdin.isatty():
            return False
        try:
            return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}
        except (EOFError, KeyboardInterrupt):
            return False

    return Prompter(ask, consent, system_keyring())


def system_keyring() -> Keyring | None:
    """The ``keyring`` package, or None when it is not installed."""
    try:
        import keyring
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return keyring


def keyring_entry(url: str) -> str:
    """The keyring's user name for a database: login, server and database, never the password."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username or ''}@{parsed.host or ''}{port}/{parsed.database or ''}"


def needs_password(error: BaseException) -> bool:
    text = str(error.__cause__ or error).lower()
    return "no password supplied" in text or "password authentication failed" in text


def _refused(error: BaseException) -> bool:
    return "password authentication failed" in str(error.__cause__ or error).lower()


def open_database(url: str, prompter: Prompter | None, *, database: type[Database] = Database) -> Database:
    """A :class:`Database` for ``url`` that has authenticated once, asking for a password only
    when the server needs one (SQLite and password-less methods connect directly)."""
    db = database(url)
    if db.is_sqlite:
        return db
    try:
        db.ping()
        return db
    except DatabaseUnavailable as error:
        db.dispose()
        if "not permitted to log in" in str(error.__cause__ or error):
            login = make_url(url).username or "this login"
            raise ConfigError(
                f"the database login {login!r} is disabled: the person was deactivated (or the login "
                "was never enabled); ask an admin"
            ) from None
        if not needs_password(error):
            raise
        if prompter is None:
            raise ConfigError(
                f"the database at {db.safe_url} needs a password and nothing here can ask for one; "
                "use a terminal, or a method libpq runs itself (a service file, PGPASSFILE, Kerberos, "
                "a client certificate)"
            ) from None
    entry = keyring_entry(url)
    store = prompter.keyring
    stored = _keyring_get(store, entry)
    if stored:
        db = database(url, password=stored)
        try:
            db.ping()
            return db
        except DatabaseUnavailable as error:
            db.dispose()
            if not _refused(error):
                raise
            log.info("the password kept in the keyring for %s was refused; forgetting it", entry)
            _keyring_delete(store, entry)
    login = make_url(url).username or "your login"
    for attempt in range(ATTEMPTS):
        again = " (the server refused the last one)" if attempt else ""
        password = prompter.password(f"Password for {login} on {db.safe_url}{again}:")
        if not password:
            raise ConfigError(
                f"the database at {db.safe_url} needs a password for {login} and none was given"
            )
        db = database(url, password=password)
        try:
            db.ping()
        except DatabaseUnavailable as error:
            db.dispose()
            if _refused(error):
                continue
            raise
        if store is not None and prompter.remember("Keep this password in the system keyring?"):
            _keyring_set(store, entry, password)
        return db
    raise ConfigError(f"the database at {db.safe_url} refused the password for {login} {ATTEMPTS} times")


def _keyring_get(store: Keyring | None, entry: str) -> str | None:
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, entry)
    except Exception as error:  # no usable backend (e.g. a headless machine): just ask
        log.info("the system keyring is not available: %s", type(error).__name__)
        return None


def _keyring_set(store: Keyring, entry: str, password: str) -> None:
    try:
        store.set_password(KEYRING_SERVICE, entry, password)
    except Exception as error:
        log.warning("could not keep the password in the system keyring: %s", type(error).__name__)


def _keyring_delete(store: Keyring | None, entry: str) -> None:
    if store is None:
        return
    try:
        store.delete_password(KEYRING_SERVICE, entry)
    except Exception as error:
        log.info("could not remove the password from the keyring: %s", type(error).__name__)
