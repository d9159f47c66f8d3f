"""Users, teams, roles and queues: administration, and establishing who is signed in.

Who is acting comes from authentication, never from the environment (docs/architecture.md,
invariant 7; docs/threat-model.md): on PostgreSQL the login the server authenticated
(``session_user``), on SQLite the account of the process's real uid. Acting as another user is
possible only in the demo database, which ``workstation demo`` marks when it creates it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from workstation import audit, config, pgfunc, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import ConfigError, InvalidInput, NotFound, PermissionDenied
from workstation.models import (
    Claim,
    ClaimOutcome,
    Item,
    ItemStatus,
    Queue,
    QueueGrant,
    Role,
    Setting,
    Team,
    User,
    UserRole,
)

DEMO_KEY = "demo_seeded"
"""The setting ``workstation demo`` writes last when it fills an empty database: only a database
holding it lets ``--user`` act as someone else. No environment variable can set it."""
# Whom ``workstation demo`` acts as when no --user is given (a reviewer; workstation/demo.py).
DEFAULT_DEMO_USER = "alex"


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    team: str | None
    roles: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class QueueInfo:
    id: int
    name: str
    description: str
    severity_tier: int
    restricted: bool
    verdicts: tuple[taxonomy.Verdict, ...]
    counts: dict[str, int]


def actor_of(user: User) -> Actor:
    return Actor(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=user.role_set,
        team_id=user.team_id,
    )


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677), computed here
    so the clear password never reaches the server, its logs or ``pg_stat_activity``."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def parse_roles(names: Iterable[str]) -> frozenset[Role]:
    roles = set()
    for name in names:
        try:
            roles.add(Role(name.strip().lower()))
        except ValueError:
            raise InvalidInput(
                f"unknown role {name!r}; roles are: {', '.join(r.value for r in Role)}"
            ) from None
    if not roles:
        raise InvalidInput("a user needs at least one role")
    return frozenset(roles)


class Directory:
    """Administration of users and queues. Admin-only writes are checked by the caller's actor."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- users ----------------------------------------------------------------------------------

    def is_demo(self) -> bool:
        """Whether this is a database ``workstation demo`` created (see ``DEMO_KEY``)."""
        with self.db.read() as session:
            return session.get(Setting, DEMO_KEY) is not None

    def session_login(self) -> str:
        """PostgreSQL: the login role the server authenticated for this connection."""
        with self.db.read() as session:
            return str(session.execute(text("SELECT session_user")).scalar_one())

    def is_owner_login(self) -> bool:
        """PostgreSQL: whether the login owns the schema (the owner, a member of it, or a superuser):
        the operator who sets the database up, before any admin exists (``ws_is_owner``, 0005)."""
        if self.db.is_sqlite:
            return False
        with self.db.read() as session:
            return bool(session.execute(text("SELECT ws_is_owner()")).scalar())

    def who(self, requested: str | None, account: Callable[[], str] = config.os_account) -> str:
        """The user name of the person running this process, proven by authentication.

        PostgreSQL: the login of the connection; ``requested`` (``--user``) must be that login.
        SQLite: the OS account of the real uid (``account``); ``requested`` may name another user
        only in the demo database.
        """
        if not self.db.is_sqlite:
            login = self.session_login()
            with self.db.read() as session:  # users.db_login maps a login named otherwise (0005)
                mapped = session.execute(
                    select(User.username)
                    .where(func.coalesce(User.db_login, User.username) == login)
                    .order_by(User.db_login.is_(None), User.id)
                    .limit(1)
                ).scalar()
            person = mapped or login
            if requested:
                requested = config.check_name("user", requested)
            if requested and requested != person:
                raise PermissionDenied(
                    f"on PostgreSQL you act as the login you connected with ({login!r}), so --user "
                    f"{requested!r} is refused; connect with that person's own login instead"
                )
            return person
        me = account()
        if requested:
            requested = config.check_name("user", requested)
        if requested and requested != me:
            if not self.is_demo():
                raise PermissionDenied(
                    f"acting as another user (--user {requested!r}) is possible only in the demo "
                    f"database; on this one you are your operating-system account, {me!r}"
                )
            return requested
        return me

    def authenticate(
        self, requested: str | None = None, account: Callable[[], str] = config.os_account
    ) -> Actor:
        """Sign in the person running this process (see :meth:`who`)."""
        return self.sign_in(self.who(requested, account))

    def sign_in(self, username: str) -> Actor:
        """The actor of ``username``, who must exist and be active (callers prove who it is)."""
        postgres = not self.db.is_sqlite
        with self.db.read() as session:
            user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None and not self._has_users(session):
                raise ConfigError(
                    f"this database has no users yet. Create the first one (it needs no admin): "
                    f"'workstation users add {username if username.isprintable() else 'NAME'} --role admin "
                    "--role reviewer', then add queues and import escalations; or try 'workstation demo'."
                )
            if user is None:
                what = "database login" if postgres else "user"
                hint = (
                    f"; ask an admin to run 'workstation users add {username} --role reviewer'"
                    if username.isprintable() and " " not in username
                    else ""
                )
                raise ConfigError(f"the {what} {username!r} is not a user of this database{hint}")
            if not user.active:
                raise ConfigError(f"the user {username!r} was deactivated; ask an admin to restore access")
            return actor_of(user)

    def add_user(
        self,
        username: str,
        roles: Iterable[str],
        *,
        display_name: str | None = None,
        team: str | None = None,
        by: Actor | None = None,
        login: bool = False,
        password: str | None = None,
    ) -> Actor:
        """Create a user. ``by`` None: the first user of an empty database, the schema owner on
        PostgreSQL, or the app's own seeding (the CLI never passes None otherwise).

        ``login`` (PostgreSQL): also create the person's login role, member of the group roles of
        their roles; ``password`` its initial password (sent as a SCRAM verifier, never in clear),
        else the organisation's authentication method applies."""
        if by is not None:
            audit.require(self.db, self.clock, by, "add users", Role.ADMIN)
        username = config.check_name("user", username)
        role_set = parse_roles(roles)
        if login and self.db.is_sqlite:
            raise InvalidInput("a database login exists only on PostgreSQL")
        shown = config.check_name("display", display_name, max_bytes=200) if display_name else username
        team = config.check_name("team", team) if team else None
        if not self.db.is_sqlite:
            return self._pg_add_user(username, role_set, shown, team, by, login, password)
        with self.db.write() as session:
            if session.execute(select(User.id).where(User.username == username)).first():
                raise InvalidInput(f"a user named {username!r} already exists")
            user = User(
                username=username,
                display_name=shown,
                team_id=self._team_id(session, team),
                created_at=self.clock.now(),
                roles=[UserRole(role=r.value) for r in sorted(role_set)],
            )
            session.add(user)
            session.flush()
            details: dict[str, Any] = {"roles": sorted(r.value for r in role_set), "created": True}
            if team:
                details["team"] = team
            audit.record(session, self.clock.now(), by.id if by else None, "role_change", username, details)
            return actor_of(user)

    def set_roles(self, username: str, roles: Iterable[str], *, by: Actor | None) -> Actor:
        """Replace a user's roles. An admin cannot remove their own admin role (someone must
        remain able to administer)."""
        if by is not None:
            audit.require(self.db, self.clock, by, "change roles", Role.ADMIN)
        role_set = parse_roles(roles)
        username = config.check_name("user", username)
        if not self.db.is_sqlite:
            self._pg_call(
                "SELECT ws_set_roles(:a, :u, CAST(:r AS text[]), :now)",
                a=by.id if by else None,
                u=username,
                r=sorted(r.value for r in role_set),
            )
            return self.sign_in_any(username)
        with self.db.write() as session:
            user = self._user(session, username)
            before = sorted(r.role for r in user.roles)
            if by is not None and user.id == by.id and Role.ADMIN not in role_set:
                raise InvalidInput("you cannot remove your own admin role; ask another admin")
            user.roles = [UserRole(role=r.value) for r in sorted(role_set)]
            session.flush()
            audit.record(
                session,
                self.clock.now(),
                by.id if by else None,
                "role_change",
                user.username,
                {"roles": sorted(r.value for r in role_set), "before": before},
            )
            return actor_of(user)

    def set_team(self, username: str, team: str | None, *, by: Actor | None) -> None:
        """Move a user to ``team`` (created when new), or out of any team with None."""
        if by is not None:
            audit.require(self.db, self.clock, by, "change teams", Role.ADMIN)
        team = config.check_name("team", team) if team else None
        username = config.check_name("user", username)
        if not self.db.is_sqlite:
            self._pg_call("SELECT ws_set_team(:a, :u, :t, :now)", a=by.id if by else None, u=username, t=team)
            return
        with self.db.write() as session:
            user = self._user(session, username)
            before = user.team.name if user.team else None
            user.team_id = self._team_id(session, team)
            audit.record(
                session,
                self.clock.now(),
                by.id if by else None,
                "team_change",
                user.username,
                {"team": team, "before": before},
            )

    def deactivate(self, username: str, *, by: Actor | None) -> int:
        """Offboard a user: they can no longer sign in, their open claims are released (the items
        go back to the queue) and their history (decisions, audit, wellbeing data) stays. Returns how
        many claims were released."""
        if by is not None:
            audit.require(self.db, self.clock, by, "deactivate users", Role.ADMIN)
        username = config.check_name("user", username)
        if not self.db.is_sqlite:
            released = self._pg_call(
                "SELECT ws_deactivate(:a, :u, :now)", a=by.id if by else None, u=username
            )
            return int(released or 0)
        with self.db.write() as session:
            user = self._user(session, username)
            if by is not None and user.id == by.id:
                raise InvalidInput("you cannot deactivate yourself; ask another admin")
            now = self.clock.now()
            claims = (
                session.execute(
                    select(Claim)
                    .where(Claim.user_id == user.id, Claim.released_at.is_(None))
                    .with_for_update()
                )
                .scalars()
                .all()
            )
            for claim in claims:
                claim.released_at = now
                claim.outcome = ClaimOutcome.RELEASED.value
            was_active = user.active
            user.active = False
            audit.record(
                session,
                now,
                by.id if by else None,
                "deactivate",
                user.username,
                {"released_claims": len(claims), "was_active": was_active},
            )
            return len(claims)

    def grant_queue(self, username: str, queue_name: str, *, by: Actor | None = None) -> None:
        if by is not None:
            audit.require(self.db, self.clock, by, "grant restricted queues", Role.ADMIN)
        username = config.check_name("user", username)
        queue_name = config.check_name("queue", queue_name)
        if not self.db.is_sqlite:
            self._pg_call(
                "SELECT ws_grant_queue(:a, :u, :q, :now)", a=by.id if by else None, u=username, q=queue_name
            )
            return
        with self.db.write() as session:
            user = self._user(session, username)
            queue = self._queue(session, queue_name)
            if session.get(QueueGrant, (user.id, queue.id)) is None:
                session.add(QueueGrant(user_id=user.id, queue_id=queue.id))
                audit.record(
                    session,
                    self.clock.now(),
                    by.id if by else None,
                    "grant",
                    username,
                    {"queue": queue_name},
                )

    def list_users(self, *, for_actor: Actor | None = None) -> list[UserInfo]:
        """Users by name. A reader who is only a reviewer sees themselves alone; admins, leads and
        wellbeing staff see everyone (``for_actor`` None: the app itself, e.g. seeding)."""
        with self.db.read() as session:
            query = select(User).order_by(User.username)
            if for_actor is not None and not for_actor.has(Role.ADMIN, Role.LEAD, Role.WELLBEING):
                query = query.where(User.id == for_actor.id)
            users = session.execute(query).scalars().all()
            return [
                UserInfo(
                    u.username,
                    u.display_name,
                    u.team.name if u.team else None,
                    tuple(sorted(r.role for r in u.roles)),
                    u.active,
                )
                for u in users
            ]

    def has_users(self) -> bool:
        with self.db.read() as session:
            return self._has_users(session)

    @staticmethod
    def _has_users(session: Session) -> bool:
        """Whether anyone is set up. On PostgreSQL a login reads only its own person (row-level
        security, migration 0010), so when it sees nobody the database answers (``ws_has_people``);
        a login that may not ask is in no group of this database, so someone else set it up."""
        if session.execute(select(User.id).limit(1)).first() is not None:
            return True
        if session.get_bind().dialect.name != "postgresql":
            return False
        allowed = session.execute(
            text("SELECT has_function_privilege(to_regprocedure('ws_has_people()'), 'EXECUTE')")
        ).scalar()
        if allowed is None:  # a schema before migration 0010: every login read every person
            return False
        return bool(session.execute(text("SELECT ws_has_people()")).scalar()) if allowed else True

    # -- queues ---------------------------------------------------------------------------------

    def add_queue(
        self,
        name: str,
        *,
        severity_tier: int,
        verdicts: tuple[taxonomy.Verdict, ...],
        restricted: bool = False,
        description: str = "",
        by: Actor | None = None,
    ) -> QueueInfo:
        if by is not None:
            audit.require(self.db, self.clock, by, "add queues", Role.ADMIN)
        if not 1 <= severity_tier <= 4:
            raise InvalidInput(f"severity tier must be 1 to 4, not {severity_tier}")
        name = config.check_name("queue", name)
        if not self.db.is_sqlite:
            self._pg_call(
                "SELECT ws_add_queue(:a, :n, :d, :t, :x, :r, :now)",
                a=by.id if by else None,
                n=name,
                d=description,
                t=severity_tier,
                x=json.dumps(taxonomy.to_json(verdicts)),
                r=restricted,
            )
            return self.queue(name)
        with self.db.write() as session:
            if session.execute(select(Queue.id).where(Queue.name == name)).first():
                raise InvalidInput(f"a queue named {name!r} already exists")
            queue = Queue(
                name=name,
                description=description,
                severity_tier=severity_tier,
                taxonomy=taxonomy.to_json(verdicts),
                restricted=restricted,
                created_at=self.clock.now(),
            )
            session.add(queue)
            session.flush()
            audit.record(
                session,
                self.clock.now(),
                by.id if by else None,
                "queue_add",
                name,
                {"tier": severity_tier, "restricted": restricted},
            )
            return self._info(queue, {})

    def queue(self, name: str) -> QueueInfo:
        with self.db.read() as session:
            return self._info(self._queue(session, name), self._counts(session, name))

    def list_queues(self, *, for_actor: Actor | None = None) -> list[QueueInfo]:
        """Queues with item counts by status. ``for_actor`` sees a restricted queue, and its counts,
        only when granted it (the queues they may open); None: every queue (administration)."""
        with self.db.read() as session:
            queues = session.execute(select(Queue).order_by(Queue.severity_tier, Queue.name)).scalars()
            counts: dict[int, dict[str, int]] = {}
            for queue_id, status, n in session.execute(
                select(Item.queue_id, Item.status, func.count()).group_by(Item.queue_id, Item.status)
            ):
                counts.setdefault(queue_id, {})[status] = n
            granted = set()
            if for_actor is not None:
                granted = set(
                    session.execute(
                        select(QueueGrant.queue_id).where(QueueGrant.user_id == for_actor.id)
                    ).scalars()
                )
            return [
                self._info(q, counts.get(q.id, {}))
                for q in queues
                if for_actor is None or not q.restricted or q.id in granted
            ]

    # -- PostgreSQL: the audited definer functions of migration 0006 ---------------------------------

    def _pg_call(self, sql: str, **params: Any) -> Any:
        """Run one admin function in its own transaction; its refusals become domain errors. The
        function checks the caller's admin role from ``session_user`` and audits in the same
        transaction (docs/threat-model.md)."""
        now = self.clock.now().astimezone(UTC).replace(tzinfo=None)
        with self.db.write() as session:
            return pgfunc.call(session.connection(), text(sql), {**params, "now": now}).scalar()

    def _pg_add_user(
        self,
        username: str,
        roles: frozenset[Role],
        display_name: str,
        team: str | None,
        by: Actor | None,
        login: bool,
        password: str | None,
    ) -> Actor:
        actor_id = by.id if by else None
        now = self.clock.now().astimezone(UTC).replace(tzinfo=None)
        with self.db.write() as session:  # the user and their login: both or neither
            conn = session.connection()
            params = {
                "a": actor_id,
                "u": username,
                "d": display_name,
                "t": team,
                "r": sorted(r.value for r in roles),
                "now": now,
            }
            pgfunc.call(conn, text("SELECT ws_add_user(:a, :u, :d, :t, CAST(:r AS text[]), :now)"), params)
            if login:
                verifier = scram_verifier(password) if password else None
                pgfunc.call(
                    conn,
                    text("SELECT ws_create_login(:a, :u, :v, :now)"),
                    {"a": actor_id, "u": username, "v": verifier, "now": now},
                )
        return self.sign_in_any(username)

    def sign_in_any(self, username: str) -> Actor:
        """The actor of ``username``, active or not (what an admin command just changed)."""
        with self.db.read() as session:
            return actor_of(self._user(session, username))

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _info(queue: Queue, counts: dict[str, int]) -> QueueInfo:
        full = {s.value: counts.get(s.value, 0) for s in ItemStatus}
        return QueueInfo(
            id=queue.id,
            name=queue.name,
            description=queue.description,
            severity_tier=queue.severity_tier,
            restricted=queue.restricted,
            verdicts=taxonomy.parse(queue.taxonomy, source=queue.name),
            counts=full,
        )

    @staticmethod
    def _counts(session: Session, name: str) -> dict[str, int]:
        rows: Any = session.execute(
            select(Item.status, func.count()).join(Queue).where(Queue.name == name).group_by(Item.status)
        )
        return {status: n for status, n in rows}

    @staticmethod
    def _team_id(session: Session, team: str | None) -> int | None:
        if not team:
            return None
        found = session.execute(select(Team).where(Team.name == team)).scalar_one_or_none()
        if found is None:
            found = Team(name=team)
            session.add(found)
            session.flush()
        return found.id

    @staticmethod
    def _user(session: Session, username: str) -> User:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(f"no user named {username!r}")
        return user

    @staticmethod
    def _queue(session: Session, name: str) -> Queue:
        queue = session.execute(select(Queue).where(Queue.name == name)).scalar_one_or_none()
        if queue is None:
            known = ", ".join(session.execute(select(Queue.name).order_by(Queue.name)).scalars())
            raise NotFound(f"no queue named {name!r}" + (f"; queues are: {known}" if known else ""))
        return queue
