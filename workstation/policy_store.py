"""The organisation's wellbeing policy in the shared database: read, saved as a new version, listed.

Wellbeing staff change the policy without a release (docs/wellbeing.md, "Changing the policy").
Every save is a new row of ``wellbeing_policy_versions`` (who, when, why, the full text) and an audit
event naming each setting that moved; ``settings['wellbeing_policy']`` holds the newest, which every
workstation re-reads within a minute and ``ws_exposure_cells`` reads on PostgreSQL.

Only wellbeing staff may save. Not admins: the policy holds the minimum group size that keeps one
person's wellbeing data out of the leads' and admins' reports (docs/architecture.md, invariant 5), so the
people it protects the data from must not be able to lower it. An admin who must change it is given
the wellbeing role, which is itself an audited change. On PostgreSQL the database enforces this
(``ws_save_policy``, migration 0012); on SQLite the service does.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from wellbeing.phrases import QT_TRANSLATE_NOOP
from wellbeing.policy import WellbeingPolicy, load_policy, policy_changes, policy_from_toml, policy_to_toml
from workstation import audit, pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound, PermissionDenied, message
from workstation.models import Role, Setting, User, WellbeingPolicyVersion

log = logging.getLogger(__name__)

POLICY_KEY = "wellbeing_policy"
REASON_MAX = 500
TEXT_MAX = 65536

_PG_SAVE = text(
    "SELECT ws_save_policy(CAST(:p_actor AS integer), CAST(:p_text AS text), CAST(:p_reason AS text), "
    "CAST(:p_changes AS jsonb), CAST(:p_now AS timestamp))"
)


@dataclass(frozen=True)
class PolicyVersionInfo:
    """One saved version: its number, who saved it, when and why, and the text."""

    version: int
    saved_at: datetime
    saved_by: str
    reason: str
    text: str


FIRST_VERSION = "first version"
UNREADABLE = "a version no workstation can read"


def version_changes(history: list[PolicyVersionInfo]) -> list[list[str]]:
    """What each version (newest first, as ``history`` gives them) changed: against the nearest older
    version a workstation can read (the shipped defaults if none), as ``read_policy`` would have used
    it. A version that no longer passes the policy's checks says so; the one after it is not blamed
    for its predecessor."""
    parsed: list[WellbeingPolicy | None] = []
    for info in history:
        try:
            parsed.append(policy_from_toml(info.text))
        except ValueError:
            parsed.append(None)
    out: list[list[str]] = []
    for n, policy in enumerate(parsed):
        if policy is None:
            out.append([UNREADABLE])
            continue
        before = next((p for p in parsed[n + 1 :] if p is not None), None)
        if before is None and n + 1 < len(parsed):
            before = load_policy()  # only unreadable versions before it: the defaults were in force
        out.append(policy_changes(before, policy) if before is not None else [FIRST_VERSION])
    return out


def read_policy(session: Session) -> WellbeingPolicy:
    """The stored policy, else the shipped defaults. Stored text no workstation can read (written by
    hand or through psql) never stops the app: the newest readable version counts, and it is logged."""
    row = session.get(Setting, POLICY_KEY)
    if row is None:
        return load_policy()
    try:
        return policy_from_toml(row.value)
    except ValueError as error:
        log.error("the stored wellbeing policy is not valid (%s); using the newest valid version", error)
    newest_first = select(WellbeingPolicyVersion.text).order_by(WellbeingPolicyVersion.version.desc())
    for (stored,) in session.execute(newest_first):
        try:
            return policy_from_toml(stored)
        except ValueError:
            continue
    return load_policy()


def stored_policy(db: Database) -> WellbeingPolicy:
    """``read_policy`` in a read transaction of its own: what a service reads at first use."""
    with db.read() as session:
        return read_policy(session)


class WellbeingPolicyService:
    """Reading, saving and listing the policy; ``save`` checks the role and keeps every version."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def current(self) -> WellbeingPolicy:
        with self.db.read() as session:
            return read_policy(session)

    def current_version(self) -> int:
        """The number of the version in force: the newest saved version a workstation can read (as
        ``read_policy`` picks it), 0 while the shipped defaults apply. A newer version that no longer
        passes the policy's checks (saved before a check was added) is not the one in force."""
        with self.db.read() as session:
            newest_first = select(WellbeingPolicyVersion.version, WellbeingPolicyVersion.text).order_by(
                WellbeingPolicyVersion.version.desc()
            )
            for number, stored in session.execute(newest_first):
                try:
                    policy_from_toml(stored)
                except ValueError:
                    continue
                return int(number)
        return 0

    def save(self, actor: Actor, policy_text: str, reason: str) -> int:
        """Validate and store a new version; returns its number. ``InvalidInput`` names what is wrong."""
        require(self.db, self.clock, actor, "change the wellbeing policy", Role.WELLBEING)
        why = (reason or "").strip()
        if not why:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Policy", "say why the policy changes (--reason): it is kept with the version"
                )
            )
        if len(why) > REASON_MAX:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Policy", "the reason may be at most {most} characters, got {count}"
                ).format(most=REASON_MAX, count=len(why))
            )
        if len(policy_text) > TEXT_MAX:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Policy", "a policy file may be at most {most} characters, got {count}"
                ).format(most=TEXT_MAX, count=len(policy_text))
            )
        try:
            policy = policy_from_toml(policy_text)
        except ValueError as error:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Policy", "the wellbeing policy is not valid: {error}").format(
                    error=message(error)
                )
            ) from error
        stored = policy_to_toml(policy)  # one canonical form, which ws_policy_number can read
        old = self.current()
        changes = policy_changes(old, policy)
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "p_actor": actor.id,
                "p_text": stored,
                "p_reason": why,
                "p_changes": json.dumps(changes),
                "p_now": _naive_utc(now),
            }
            return self.db.run_write(
                lambda session: int(pgfunc.call(session.connection(), _PG_SAVE, params).scalar_one())
            )

        def write(session: Session) -> int:
            last = session.execute(
                select(WellbeingPolicyVersion.version)
                .order_by(WellbeingPolicyVersion.version.desc())
                .limit(1)
            ).scalar()
            version = int(last or 0) + 1
            session.add(
                WellbeingPolicyVersion(
                    version=version, text=stored, saved_at=now, saved_by=actor.id, reason=why
                )
            )
            row = session.get(Setting, POLICY_KEY)
            if row is None:
                session.add(Setting(key=POLICY_KEY, value=stored, updated_at=now, updated_by=actor.id))
            else:
                row.value, row.updated_at, row.updated_by = stored, now, actor.id
            audit.record(
                session,
                now,
                actor.id,
                "policy_change",
                POLICY_KEY,
                {"version": version, "reason": why, "changes": changes},
            )
            return version

        return self.db.run_write(write)

    def history(self, actor: Actor) -> list[PolicyVersionInfo]:
        """Every saved version, newest first: wellbeing staff and admins (who answer for the setup)."""
        require(self.db, self.clock, actor, "read the wellbeing policy's history", Role.WELLBEING, Role.ADMIN)
        with self.db.read() as session:
            rows = session.execute(
                select(WellbeingPolicyVersion, User.username)
                .outerjoin(User, User.id == WellbeingPolicyVersion.saved_by)
                .order_by(WellbeingPolicyVersion.version.desc())
            ).all()
            return [
                PolicyVersionInfo(v.version, v.saved_at, name or "(owner)", v.reason, v.text)
                for v, name in rows
            ]

    def version(self, actor: Actor, number: int) -> PolicyVersionInfo:
        for info in self.history(actor):
            if info.version == number:
                return info
        raise NotFound(f"there is no policy version {number}")


def require(db: Database, clock: Clock, actor: Actor, action: str, *roles: Role) -> None:
    """``audit.require``, with the sentence the person was shown kept in the audit event too."""
    if actor.has(*roles):
        return
    needed = " or ".join(r.value for r in roles)
    sentence = f"{actor.username} may not {action}: that needs the {needed} role"
    audit.record_refusal(db, clock, actor, action, {"needed": [r.value for r in roles], "sentence": sentence})
    raise PermissionDenied(sentence)


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


__all__ = ["POLICY_KEY", "PolicyVersionInfo", "WellbeingPolicyService", "read_policy"]
