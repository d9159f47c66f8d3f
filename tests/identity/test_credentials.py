"""Passwords: asked for only when the server needs one, kept in the keyring only with consent,
never in a URL, a log or an error message (docs/threat-model.md)."""

from __future__ import annotations

import io
import logging
from typing import Any, ClassVar

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from workstation import cli, config, credentials
from workstation.db import Database
from workstation.directory import scram_verifier
from workstation.errors import ConfigError, DatabaseUnavailable

URL = "postgresql+psycopg://kim@db.example:5432/review"


class MemoryKeyring(KeyringBackend):
    """keyring's backend interface over a dict: the system keyring is never touched by tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not there")
        del self.items[(service, username)]


class FakeServer:
    """Stands in for Database: accepts ``good`` as the password and says what libpq would say."""

    good = "s3cret"
    seen: ClassVar[list[str | None]] = []

    def __init__(self, url: str, *, password: str | None = None) -> None:
        self.url, self.password = url, password
        self.is_sqlite = False
        self.safe_url = config.redact(url)

    def ping(self) -> None:
        FakeServer.seen.append(self.password)
        if self.password == self.good:
            return
        reason = (
            "fe_sendauth: no password supplied"
            if self.password is None
            else ('password authentication failed for user "kim"')
        )
        raise DatabaseUnavailable(
            f"cannot reach the database at {self.safe_url}: {reason}"
        ) from RuntimeError(reason)

    def dispose(self) -> None:
        pass


@pytest.fixture(autouse=True)
def _fresh() -> None:
    FakeServer.seen = []


def prompter(answers: list[str | None], remember: bool, store: Any) -> credentials.Prompter:
    asked = iter(answers)
    return credentials.Prompter(lambda _q: next(asked), lambda _q: remember, store)


def test_a_password_is_asked_once_and_kept_only_with_consent() -> None:
    store = MemoryKeyring()
    db = credentials.open_database(URL, prompter([FakeServer.good], False, store), database=FakeServer)  # type: ignore[arg-type]
    assert db.password == FakeServer.good  # type: ignore[attr-defined]
    assert store.items == {}  # the person said no
    db = credentials.open_database(URL, prompter([FakeServer.good], True, store), database=FakeServer)  # type: ignore[arg-type]
    assert store.items == {(credentials.KEYRING_SERVICE, "kim@db.example:5432/review"): FakeServer.good}
    # next time the keyring answers and nobody is asked
    db = credentials.open_database(URL, prompter([], True, store), database=FakeServer)  # type: ignore[arg-type]
    assert FakeServer.seen[-1] == FakeServer.good


def test_a_refused_kept_password_is_forgotten_and_asked_again() -> None:
    store = MemoryKeyring()
    store.set_password(credentials.KEYRING_SERVICE, "kim@db.example:5432/review", "old one")
    credentials.open_database(URL, prompter(["typo", FakeServer.good], False, store), database=FakeServer)  # type: ignore[arg-type]
    assert store.items == {}
    assert FakeServer.seen == [None, "old one", "typo", FakeServer.good]


def test_three_refusals_or_a_cancel_end_with_one_sentence() -> None:
    with pytest.raises(ConfigError, match="refused the password for kim 3 times"):
        credentials.open_database(URL, prompter(["a", "b", "c"], False, None), database=FakeServer)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="needs a password for kim and none was given"):
        credentials.open_database(URL, prompter([None], False, None), database=FakeServer)  # type: ignore[arg-type]


def test_a_keyring_without_a_backend_just_asks() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    db = credentials.open_database(URL, prompter([FakeServer.good], True, FailKeyring()), database=FakeServer)  # type: ignore[arg-type]
    assert db.password == FakeServer.good  # type: ignore[attr-defined]


def test_passwords_never_reach_the_screen_or_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for url in (
        "postgresql+psycopg://u:hunter2@127.0.0.1:1/x",
        "postgresql+psycopg://u@127.0.0.1:1/x?password=hunter2",
        "postgresql+psycopg://u@127.0.0.1:1/x?sslpassword=hunter2&sslmode=require",
    ):
        assert "hunter2" not in config.redact(url)
        out, err = io.StringIO(), io.StringIO()
        assert cli.main(["-v", "--database-url", url, "queues", "list"], out=out, err=err) == 2
        assert "hunter2" not in out.getvalue() + err.getvalue()
    assert "hunter2" not in caplog.text


def test_the_password_goes_to_libpq_not_into_the_url() -> None:
    db = Database("postgresql+psycopg://kim@127.0.0.1:1/x", password="hunter2")
    try:
        assert "hunter2" not in db.url and "hunter2" not in db.safe_url
        assert "hunter2" not in repr(db.engine.url)
    finally:
        db.dispose()


def test_a_scram_verifier_has_postgresqls_form_and_hides_the_password() -> None:
    verifier = scram_verifier("correct horse")
    head, keys = verifier.split("$", 1)[1].split("$")
    iterations, _salt = head.split(":")
    assert verifier.startswith("SCRAM-SHA-256$4096:") and iterations == "4096" and len(keys.split(":")) == 2
    assert "correct horse" not in verifier and scram_verifier("correct horse") != verifier  # salted
