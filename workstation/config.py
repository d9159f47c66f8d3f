"""Where the database lives (flags, environment, defaults) and which OS account runs the process.

Who is acting is never read from the environment (docs/architecture.md, invariant 7): on SQLite it is
the account of the process's real uid (:func:`os_account`); on PostgreSQL it is the login the
server authenticated (``Directory.authenticate``). See docs/threat-model.md.
"""

from __future__ import annotations

import importlib.resources
import os
import pwd
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from platformdirs import user_data_path
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from workstation.errors import ConfigError, InvalidInput

APP_NAME = "reviewer-workstation"
ENV_DATABASE_URL = "WORKSTATION_DATABASE_URL"
ENV_DATA_DIR = "WORKSTATION_DATA_DIR"
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

    Unset or empty: no restriction (the default, documented in docs/operations.md, "Media roots").
    When set, the import and the window refuse any media path that resolves (following symlinks)
    outside them.
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
    """The URL with every password hidden (``user:PASSWORD@`` and ``?password=``/``?sslpassword=``
    query parameters): secrets never reach logs or screens."""
    try:
        rendered = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparseable URL>"
    parts = urlsplit(rendered)
    if not parts.query:
        return rendered
    query = [
        (k, "***" if "password" in k.lower() else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*/")))


def os_account() -> str:
    """The account name of the process's real uid, from the system's account database.

    Never ``getpass.getuser()``: it reads ``LOGNAME``, ``USER``, ``LNAME`` and ``USERNAME`` first,
    which anyone can set (docs/threat-model.md).
    """
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        raise ConfigError(
            f"this process runs as uid {uid}, which has no account name on this system; "
            "run the workstation from a named account"
        ) from None


# PostgreSQL's longest identifier (NAMEDATALEN - 1 bytes): a user name is also a login role name.
MAX_NAME_BYTES = 63


def check_name(kind: str, value: str, *, max_bytes: int = MAX_NAME_BYTES) -> str:
    """``value`` trimmed, or one sentence saying why it cannot name a ``kind`` (a user, a team...).

    Printable characters only (no newline, ANSI escape or direction override that could disguise a
    name in a listing or the audit log), at most ``max_bytes`` UTF-8 bytes.
    """
    name = value.strip()
    if not name:
        raise InvalidInput(f"a {kind} name cannot be empty")
    if not name.isprintable():
        bad = next(c for c in name if not c.isprintable())
        raise InvalidInput(
            f"a {kind} name may contain only printable characters; {bad!r} is a control or "
            "formatting character"
        )
    size = len(name.encode())
    if size > max_bytes:
        raise InvalidInput(
            f"a {kind} name may be at most {max_bytes} bytes long (this one is {size}): {name[:20]!r}..."
        )
    return name
