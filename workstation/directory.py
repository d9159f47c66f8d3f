"""Users, teams, roles and queues: administration, and resolving who is signed in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from workstation import audit, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import ConfigError, InvalidInput, NotFound
from workstation.models import Item, ItemStatus, Queue, QueueGrant, Role, Team, User, UserRole


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

    def sign_in(self, username: str) -> Actor:
        with self.db.read() as session:
            user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None and session.execute(select(User.id).limit(1)).first() is None:
                raise ConfigError(
                    f"this database has no users yet. Create the first one (it needs no admin): "
                    f"'workstation users add {username} --role admin --role reviewer', then add "
                    "queues and import escalations; or try 'workstation demo'."
                )
            if user is None:
                raise ConfigError(
                    f"no user named {username!r} in this database. Ask an admin to run "
                    f"'workstation users add {username} --role reviewer', or pass --user NAME "
                    "where acting as another user is allowed."
                )
            if not user.active:
                raise ConfigError(f"the user {username!r} is deactivated; ask an admin")
            return actor_of(user)

    def add_user(
        self,
        username: str,
        roles: Iterable[str],
        *,
        display_name: str | None = None,
        team: str | None = None,
        by: Actor | None = None,
    ) -> Actor:
        """Create a user (the first user of an empty database may be created without an actor)."""
        role_set = parse_roles(roles)
        if not username.strip():
            raise InvalidInput("a user needs a name")
        if by is not None:
            audit.require(self.db, self.clock, by, "add users", Role.ADMIN)
        with self.db.write() as session:
            if session.execute(select(User.id).where(User.username == username)).first():
                raise InvalidInput(f"a user named {username!r} already exists")
            user = User(
                username=username,
                display_name=display_name or username,
                team_id=self._team_id(session, team),
                created_at=self.clock.now(),
                roles=[UserRole(role=r.value) for r in sorted(role_set)],
            )
            session.add(user)
            session.flush()
            audit.record(
                session,
                self.clock.now(),
                by.id if by else None,
                "role_change",
                username,
                {"roles": sorted(r.value for r in role_set), "created": True},
            )
            return actor_of(user)

    def set_roles(self, username: str, roles: Iterable[str], *, by: Actor) -> None:
        role_set = parse_roles(roles)
        audit.require(self.db, self.clock, by, "change roles", Role.ADMIN)
        with self.db.write() as session:
            user = self._user(session, username)
            user.roles = [UserRole(role=r.value) for r in sorted(role_set)]
            audit.record(
                session,
                self.clock.now(),
                by.id,
                "role_change",
                username,
                {"roles": sorted(r.value for r in role_set)},
            )

    def grant_queue(self, username: str, queue_name: str, *, by: Actor | None = None) -> None:
        if by is not None:
            audit.require(self.db, self.clock, by, "grant restricted queues", Role.ADMIN)
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

    def list_users(self) -> list[UserInfo]:
        with self.db.read() as session:
            users = session.execute(select(User).order_by(User.username)).scalars().all()
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
        if not 1 <= severity_tier <= 4:
            raise InvalidInput(f"severity tier must be 1 to 4, not {severity_tier}")
        if not name.strip():
            raise InvalidInput("a queue needs a name")
        if by is not None:
            audit.require(self.db, self.clock, by, "add queues", Role.ADMIN)
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
            return self._info(queue, {})

    def queue(self, name: str) -> QueueInfo:
        with self.db.read() as session:
            return self._info(self._queue(session, name), self._counts(session, name))

    def list_queues(self, *, for_actor: Actor | None = None) -> list[QueueInfo]:
        """All queues with item counts by status; for a reviewer, only those they may open."""
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
