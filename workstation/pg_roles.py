"""PostgreSQL roles of one workstation database: the owner, a group role per product role, logins.

Migration 0005 creates the group roles ``<prefix>_reviewer``, ``_wellbeing``, ``_lead`` and ``_admin``
(the prefix comes from the database and schema names, so databases on one cluster never share a
role) and records them, the prefix and the owner in ``db_roles``. A person's login role is a member
of the group roles of their product roles; the database maps ``session_user`` to the person whose
``coalesce(users.db_login, users.username)`` it is (``ws_me()``), and every write function takes the
actor from there (``ws_act``). See docs/postgresql.md and docs/architecture.md, invariant 7.

Everything here runs as the owner or a superuser (creating roles needs CREATEROLE).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from workstation.models import Role

#: The names under which ``db_roles`` records the owner and the prefix.
OWNER = "owner"
PREFIX = "prefix"


def group_roles(conn: Connection) -> dict[Role, str]:
    """The PostgreSQL group role of each product role in this database."""
    rows = {str(n): str(r) for n, r in conn.execute(text("SELECT name, role_name FROM db_roles")).all()}
    return {role: rows[role.value] for role in Role if role.value in rows}


def owner_role(conn: Connection) -> str:
    """The role that ran migration 0005 and owns the tables and functions."""
    return str(conn.execute(text("SELECT role_name FROM db_roles WHERE name = 'owner'")).scalar_one())


def role_prefix(conn: Connection) -> str:
    return str(conn.execute(text("SELECT role_name FROM db_roles WHERE name = 'prefix'")).scalar_one())


def is_owner(conn: Connection) -> bool:
    """Whether this connection's ``session_user`` may act on behalf of others (owner, superuser)."""
    return bool(conn.execute(text("SELECT ws_is_owner()")).scalar_one())


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def grant_groups(conn: Connection, login: str, roles: Iterable[Role]) -> None:
    """Make ``login`` a member of exactly the group roles of ``roles`` (others are revoked)."""
    groups = group_roles(conn)
    wanted = set(roles)
    for role, group in groups.items():
        verb = "GRANT {g} TO {l}" if role in wanted else "REVOKE {g} FROM {l}"
        conn.exec_driver_sql(verb.format(g=_quote(conn, group), l=_quote(conn, login)))


def create_login(
    conn: Connection, user_id: int, *, login: str | None = None, password: str | None = None
) -> str:
    """Create a LOGIN role for user ``user_id``, a member of the group roles of their product roles, and
    map it to them (``users.db_login``). Returns the login's name.

    ``login`` defaults to ``<prefix>_u<id>``, unique on the cluster (what tests and the harness use);
    a team names it after the person (``users.username``). Without ``password`` the login
    authenticates however ``pg_hba.conf`` says (Kerberos, certificates, trust in tests).
    """
    name = login or f"{role_prefix(conn)}_u{user_id}"
    roles = (
        conn.execute(text("SELECT role FROM user_roles WHERE user_id = :u"), {"u": user_id}).scalars().all()
    )
    conn.exec_driver_sql(f"CREATE ROLE {_quote(conn, name)} LOGIN")
    if password is not None:
        from psycopg import sql  # ALTER ROLE takes no bind parameters: psycopg quotes the literal

        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), sql.Literal(password)))
    grant_groups(conn, name, (Role(r) for r in roles))
    conn.execute(text("UPDATE users SET db_login = :l WHERE id = :u"), {"l": name, "u": user_id})
    return name
