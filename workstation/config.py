"""Where the database lives and who is acting, from flags, environment and defaults."""

from __future__ import annotations

import getpass
import importlib.resources
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from workstation.errors import ConfigError

APP_NAME = "reviewer-workstation"
ENV_DATABASE_URL = "WORKSTATION_DATABASE_URL"
ENV_USER = "WORKSTATION_USER"
ENV_DATA_DIR = "WORKSTATION_DATA_DIR"
ENV_ALLOW_USER_OVERRIDE = "WORKSTATION_ALLOW_USER_OVERRIDE"
ENV_MEDIA_ROOTS = "WORKSTATION_MEDIA_ROOTS"
# The shipped data files (taxonomies, policy, terms, themes), from the installed package: docs/install.md.
RESOURCES = importlib.resources.files("resources")


def data_dir() -> Path:
    """The user's data folder (``WORKSTATION_DATA_DIR`` overrides it, for tests and kiosks)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def media_roots() -> tuple[Path, ...]:
    """The folders media files must live in (``WORKSTATION_MEDIA_ROOTS``, separated by ``os.pathsep``).

    Unset or empty: no restriction (the default, documented in the README). When set, the
    import and the window refuse any media path that resolves (following symlinks) outside them.
    """
    raw = os.environ.get(ENV_MEDIA_ROOTS, "")
    roots = []
    for part in raw.split(os.pathsep):
        if not part.strip():
            continue
        root = Path(part.strip()).expanduser()
        if not root.is_absolute():
            raise ConfigError(f"{ENV_MEDIA_ROOTS}: {part!r} is not an absolute path")
        roots.append(root.resolve())
    return tuple(roots)


def default_database_url(name: str = "workstation.db") -> str:
    return f"sqlite:///{data_dir() / name}"


def resolve_database_url(flag: str | None, *, demo: bool = False) -> str:
    """The flag wins, then the environment, then a SQLite file in the data folder.

    The demo gets a database of its own unless one is named, so it never mixes with real work.
    """
    url = flag or os.environ.get(ENV_DATABASE_URL)
    if not url:
        return default_database_url("demo.db" if demo else "workstation.db")
    check_database_url(url)
    return url


def check_database_url(url: str) -> None:
    try:
        parsed = make_url(url)
    except ValueError:
        # SQLAlchemy parses the port with int(): ":abc" and a bracket left open ("[::1") end here.
        raise ConfigError(
            f"the database URL {redact(url)!r} has a port that is not a number; write HOST:PORT, "
            "e.g. 127.0.0.1:5432, or [::1]:5432 for an IPv6 address"
        ) from None
    except ArgumentError as error:
        raise ConfigError(
            f"the database URL {redact(url)!r} is not a URL; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/DB"
        ) from error
    if parsed.drivername == "postgresql" or parsed.drivername.startswith("postgresql+"):
        if parsed.drivername != "postgresql+psycopg":
            raise ConfigError(
                f"PostgreSQL URLs must use the psycopg 3 driver: write postgresql+psycopg:// "
                f"instead of {parsed.drivername}://"
            )
    elif parsed.drivername != "sqlite":
        raise ConfigError(
            f"unsupported database {parsed.drivername!r}: use sqlite:///PATH or postgresql+psycopg://..."
        )
    elif parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().absolute().parent
        if not folder.is_dir():
            # A mistyped URL used to create folders and an empty database silently.
            raise ConfigError(
                f"the folder of the SQLite database {parsed.database!r} does not exist ({folder}); "
                "check the URL (sqlite:///relative/path or sqlite:////absolute/path) or create the folder"
            )


def redact(url: str) -> str:
    """The URL with its password hidden: secrets never reach logs or screens."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparseable URL>"


@dataclass(frozen=True)
class Identity:
    username: str
    overridden: bool


def resolve_identity(flag: str | None, *, allow_override: bool) -> Identity:
    """The operating-system account, unless ``--user``/``WORKSTATION_USER`` names another where allowed."""
    named = flag or os.environ.get(ENV_USER)
    if named:
        allowed = allow_override or os.environ.get(ENV_ALLOW_USER_OVERRIDE, "") in {"1", "true", "yes"}
        if not allowed:
            raise ConfigError(
                f"acting as another user ({named!r}) is not allowed on this workstation; "
                f"set {ENV_ALLOW_USER_OVERRIDE}=1 where the organisation permits it"
            )
        return Identity(named, overridden=True)
    return Identity(getpass.getuser(), overridden=False)
