"""Urgent incidents: the policy (targets per severity, on-call contact, webhook), the alert ladder,
the webhook, and the incident record with its hash-chained timeline (docs/escalations-and-incidents.md).

An incident opens with the decision that makes it (an urgent verdict of the taxonomy, or an escalation
with the imminent-harm box), in the same transaction. Everything after the opening is an event
(acknowledged, action, closed) on the ``incidents`` hash chain; nothing is ever updated. The ladder and
the watcher are pure logic over an injected time, so tests run them with a fake clock.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Integer, delete, insert, select, text
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from workstation import audit, config, ledger, pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import ConfigError, InvalidInput, NotFound
from workstation.models import Incident, IncidentDuty, IncidentEvent, Item, Role, User, UserRole

log = logging.getLogger(__name__)

INCIDENTS = "incidents"  # the hash chain of incident events (migration 0013)
SEVERITIES = ("P0", "P1", "P2")
KINDS = ("opened", "acknowledged", "action", "closed")
ENV_INCIDENTS_CONFIG = "WORKSTATION_INCIDENTS_CONFIG"


# -- policy -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentPolicy:
    """Targets per severity and the local settings of this workstation.

    ``on_call`` and ``webhook_url`` are read from a file on the workstation, not the database: an
    urgent decision that cannot reach the database must still show whom to call.
    """

    acknowledge: Mapping[str, timedelta]
    act: Mapping[str, timedelta]
    on_call: str = ""
    webhook_url: str = ""
    webhook_attempts: int = 4
    webhook_backoff_seconds: float = 1.0


DEFAULT_ACK = {"P0": timedelta(minutes=5), "P1": timedelta(minutes=15), "P2": timedelta(hours=1)}
DEFAULT_ACT = {"P0": timedelta(minutes=30), "P1": timedelta(hours=2), "P2": timedelta(hours=24)}


def _minutes(value: Any, where: str) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 7 * 24 * 60:
        raise ConfigError(f"{where} is a number of minutes between 0 and 10080, not {value!r}")
    return timedelta(minutes=float(value))


def policy_from_toml(text_: str, *, source: str, base: IncidentPolicy | None = None) -> IncidentPolicy:
    """``[targets.P0] acknowledge_minutes = 5, act_minutes = 30`` per severity, and ``on_call``,
    ``webhook_url``, ``webhook_attempts``, ``webhook_backoff_seconds`` at the top level."""
    try:
        data = tomllib.loads(text_)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: not valid TOML ({error})") from None
    ack = dict(base.acknowledge if base else DEFAULT_ACK)
    act = dict(base.act if base else DEFAULT_ACT)
    targets = data.get("targets", {})
    if not isinstance(targets, dict):
        raise ConfigError(f"{source}: [targets] is a table of P0, P1, P2")
    for severity, entry in targets.items():
        if severity not in SEVERITIES or not isinstance(entry, dict):
            raise ConfigError(f"{source}: targets are given for P0, P1 or P2, not {severity!r}")
        if "acknowledge_minutes" in entry:
            ack[severity] = _minutes(
                entry["acknowledge_minutes"], f"{source}: targets.{severity}.acknowledge_minutes"
            )
        if "act_minutes" in entry:
            act[severity] = _minutes(entry["act_minutes"], f"{source}: targets.{severity}.act_minutes")
    url = str(data.get("webhook_url", base.webhook_url if base else ""))
    if url and not url.startswith(("http://", "https://")):
        raise ConfigError(f"{source}: webhook_url must be an http:// or https:// URL")
    attempts = data.get("webhook_attempts", base.webhook_attempts if base else 4)
    if isinstance(attempts, bool) or not isinstance(attempts, int) or not 1 <= attempts <= 20:
        raise ConfigError(f"{source}: webhook_attempts is 1 to 20")
    backoff = data.get("webhook_backoff_seconds", base.webhook_backoff_seconds if base else 1.0)
    if isinstance(backoff, bool) or not isinstance(backoff, int | float) or not 0 <= backoff <= 60:
        raise ConfigError(f"{source}: webhook_backoff_seconds is 0 to 60")
    return IncidentPolicy(
        acknowledge=ack,
        act=act,
        on_call=str(data.get("on_call", base.on_call if base else "")).strip(),
        webhook_url=url,
        webhook_attempts=attempts,
        webhook_backoff_seconds=float(backoff),
    )


def load_policy(path: Path | None = None) -> IncidentPolicy:
    """The shipped targets (resources/incident_policy.toml), overridden by this workstation's file:
    ``path``, else ``$WORKSTATION_INCIDENTS_CONFIG``, else ``incidents.toml`` in the data folder."""
    shipped = (config.RESOURCES / "incident_policy.toml").read_text(encoding="utf-8")
    policy = policy_from_toml(shipped, source="resources/incident_policy.toml")
    if path is None:
        named = os.environ.get(ENV_INCIDENTS_CONFIG)
        path = Path(named) if named else config.data_dir() / "incidents.toml"
        if not named and not path.exists():
            return policy
    try:
        local = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"the incidents configuration {path} cannot be read: {error.strerror}") from None
    return policy_from_toml(local, source=str(path), base=policy)


# -- the ladder (pure) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LadderStep:
    """Who has been alerted about one incident at ``now``: ``alerted`` is a prefix of the duty list."""

    alerted: tuple[str, ...]
    ack_overdue: bool
    act_overdue: bool
    next_at: datetime | None  # when the next lead is alerted if nobody acknowledges


def ladder(
    *,
    severity: str,
    opened_at: datetime,
    duty: Sequence[str],
    policy: IncidentPolicy,
    now: datetime,
    acknowledged_at: datetime | None = None,
    acted_at: datetime | None = None,
) -> LadderStep:
    """The first lead on duty is alerted at once; each acknowledge target that passes without an
    acknowledgement alerts the next one too (all stay alerted), until the list is exhausted."""
    ack = policy.acknowledge[severity]
    act = policy.act[severity]
    until = min(now, acknowledged_at) if acknowledged_at is not None else now
    periods = max(0, int((until - opened_at) / ack))
    level = min(periods, max(len(duty) - 1, 0))
    alerted = tuple(duty[: level + 1]) if duty else ()
    ack_overdue = (acknowledged_at or now) > opened_at + ack
    act_overdue = (acted_at or now) > opened_at + act
    pending = acknowledged_at is None and level < len(duty) - 1
    return LadderStep(alerted, ack_overdue, act_overdue, opened_at + ack * (level + 1) if pending else None)


@dataclass(frozen=True)
class Alert:
    incident: IncidentView
    lead: str
    rung: int  # 0: the first lead on duty; 1: the second, because the first did not acknowledge...

    def payload(self) -> dict[str, Any]:
        i = self.incident
        return {
            "type": "incident.alert",
            "incident": i.id,
            "severity": i.severity,
            "category": i.category,
            "item": i.item_ref,
            "opened_at": i.opened_at.isoformat(),
            "lead": self.lead,
            "rung": self.rung,
            "escalated": self.rung > 0,
        }


class IncidentWatch:
    """Runs the ladder over the open incidents and tells ``notify`` once per (incident, lead).

    The leads' windows run it (each shows its own banner), and so does ``workstation incidents
    watch`` for the webhook; ``notify`` decides what an alert does."""

    def __init__(self, policy: IncidentPolicy, notify: Callable[[Alert], None]) -> None:
        self.policy = policy
        self._notify = notify
        self._sent: set[tuple[int, str]] = set()

    def tick(self, incidents: Sequence[IncidentView], duty: Sequence[str], now: datetime) -> list[Alert]:
        out: list[Alert] = []
        for incident in incidents:
            if incident.closed_at is not None or incident.acknowledged_at is not None:
                continue
            step = ladder(
                severity=incident.severity,
                opened_at=incident.opened_at,
                duty=duty,
                policy=self.policy,
                now=now,
            )
            for rung, lead in enumerate(step.alerted):
                if (incident.id, lead) in self._sent:
                    continue
                self._sent.add((incident.id, lead))
                alert = Alert(incident, lead, rung)
                out.append(alert)
                self._notify(alert)
        return out


# -- webhook ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WebhookResult:
    ok: bool
    attempts: int
    status: int | None = None
    error: str = ""


def post_webhook(
    url: str,
    payload: Mapping[str, Any],
    *,
    attempts: int = 4,
    backoff_seconds: float = 1.0,
    timeout: float = 5.0,
    sleep: Callable[[float], None] = time.sleep,
) -> WebhookResult:
    """POST ``payload`` as JSON; retry a refused connection, a timeout, a 429 or a 5xx answer after
    ``backoff_seconds``, doubling each time. Another 4xx is not retried: the paging system said no."""
    body = json.dumps(payload).encode()
    last_error = ""
    status: int | None = None
    for attempt in range(1, attempts + 1):
        request = urllib.request.Request(
            url, data=body, method="POST", headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return WebhookResult(True, attempt, response.status)
        except urllib.error.HTTPError as error:
            status = error.code
            last_error = f"HTTP {error.code} {error.reason}"
            if error.code != 429 and error.code < 500:
                return WebhookResult(False, attempt, status, last_error)
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            last_error = str(reason)
        log.warning("incident webhook attempt %d/%d failed: %s", attempt, attempts, last_error)
        if attempt < attempts:
            sleep(backoff_seconds * 2 ** (attempt - 1))
    return WebhookResult(False, attempts, status, last_error)


# -- records ----------------------------------------------------------------------------------------


def event_fields(
    *,
    incident: int,
    kind: str,
    actor: str,
    at: datetime,
    severity: str,
    category: str,
    item: str,
    note: str,
    outcome: str,
    external_ref: str,
) -> dict[str, Any]:
    """The fields an incident event's hash covers (``ws_incident_append`` builds the same)."""
    return {
        "incident": incident,
        "kind": kind,
        "actor": actor,
        "at": at,
        "severity": severity,
        "category": category,
        "item": item,
        "note": note,
        "outcome": outcome,
        "external_ref": external_ref,
    }


def append_event_sqlite(
    conn: Connection,
    incident_id: int,
    kind: str,
    actor_id: int,
    at: datetime,
    note: str = "",
    outcome: str = "",
    external_ref: str = "",
) -> int:
    """SQLite: chain and insert one event (PostgreSQL: ``ws_incident_append``)."""
    row = conn.execute(
        select(Incident.severity, Incident.category, Item.external_ref, User.username)
        .select_from(Incident)
        .outerjoin(Item, Item.id == Incident.item_id)
        .join(User, User.id == actor_id)
        .where(Incident.id == incident_id)
    ).one()
    fields = event_fields(
        incident=incident_id,
        kind=kind,
        actor=row.username,
        at=at,
        severity=row.severity,
        category=row.category,
        item=row.external_ref or "",
        note=note,
        outcome=outcome,
        external_ref=external_ref,
    )
    link = ledger.append(conn, INCIDENTS, fields)
    return int(
        conn.execute(
            insert(IncidentEvent).returning(IncidentEvent.id),
            {
                "seq": link.seq,
                "incident_id": incident_id,
                "kind": kind,
                "actor_id": actor_id,
                "at": at,
                "note": note,
                "outcome": outcome,
                "external_ref": external_ref,
                "prev_hash": link.prev_hash,
                "hash": link.hash,
            },
        ).scalar_one()
    )


def open_incident_sqlite(
    conn: Connection,
    *,
    user_id: int,
    item_id: int | None,
    decision_id: int | None,
    severity: str,
    category: str,
    at: datetime,
) -> int:
    """SQLite: open an incident with its ``opened`` event (PostgreSQL: ``ws_open_incident``)."""
    if decision_id is not None:
        found = conn.execute(select(Incident.id).where(Incident.decision_id == decision_id)).scalar()
        if found is not None:
            return int(found)  # a replayed decision opens its incident once
    incident_id = int(
        conn.execute(
            insert(Incident).returning(Incident.id),
            {
                "severity": severity,
                "category": category[:200],
                "item_id": item_id,
                "decision_id": decision_id,
                "opened_by": user_id,
                "opened_at": at,
            },
        ).scalar_one()
    )
    append_event_sqlite(conn, incident_id, "opened", user_id, at)
    return incident_id


def incident_records(session: Session) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Every incident event as ``(hashed fields + seq, prev_hash, hash)`` in chain order (audit verify)."""
    actor = aliased(User)
    rows = session.execute(
        select(IncidentEvent, Incident.severity, Incident.category, Item.external_ref, actor.username)
        .join(Incident, Incident.id == IncidentEvent.incident_id)
        .outerjoin(Item, Item.id == Incident.item_id)
        .join(actor, actor.id == IncidentEvent.actor_id)
        .order_by(IncidentEvent.seq)
        .execution_options(yield_per=2000)
    )
    try:
        for e, severity, category, item, username in rows:
            fields = event_fields(
                incident=e.incident_id,
                kind=e.kind,
                actor=username,
                at=e.at,
                severity=severity,
                category=category,
                item=item or "",
                note=e.note,
                outcome=e.outcome,
                external_ref=e.external_ref,
            )
            yield {**fields, "seq": e.seq}, e.prev_hash, e.hash
    finally:
        rows.close()


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    who: str
    at: datetime
    note: str = ""
    outcome: str = ""
    external_ref: str = ""


@dataclass(frozen=True)
class IncidentView:
    id: int
    severity: str
    category: str
    item_ref: str
    queue: str
    opened_by: str
    opened_at: datetime
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None
    acted_at: datetime | None = None
    closed_by: str = ""
    closed_at: datetime | None = None
    outcome: str = ""
    external_ref: str = ""
    timeline: tuple[TimelineEntry, ...] = field(default_factory=tuple)

    @property
    def state(self) -> str:
        if self.closed_at is not None:
            return "closed"
        return "acknowledged" if self.acknowledged_at is not None else "open"


_PG_EVENT = text(
    "SELECT ws_incident_event(CAST(:a AS integer), CAST(:i AS integer), CAST(:k AS text), CAST(:n AS text), "
    "CAST(:o AS text), CAST(:r AS text), CAST(:now AS timestamp))"
).columns(ws_incident_event=Integer)
_PG_DUTY = text("SELECT ws_set_duty(CAST(:a AS integer), CAST(:names AS text[]), CAST(:now AS timestamp))")


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


class IncidentService:
    """Lists, shows and acts on incidents; the duty list. Leads and admins act; a reviewer sees the
    incidents they opened (row-level security on PostgreSQL, a filter here on SQLite)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def list(self, actor: Actor, *, open_only: bool = False) -> builtins.list[IncidentView]:
        with self.db.read() as session:
            query = select(Incident.id).order_by(Incident.opened_at.desc(), Incident.id.desc())
            if not actor.has(Role.LEAD, Role.ADMIN):
                query = query.where(Incident.opened_by == actor.id)
            ids = list(session.execute(query).scalars())
            views = self._views(session, ids)
        return [v for v in views if not open_only or v.closed_at is None]

    def show(self, actor: Actor, incident_id: int) -> IncidentView:
        for view in self.list(actor):
            if view.id == incident_id:
                return view
        raise NotFound(f"no incident {incident_id} that you may see")

    def _views(self, session: Session, ids: Sequence[int]) -> builtins.list[IncidentView]:
        if not ids:
            return []
        opener = aliased(User)
        from workstation.models import Queue

        heads = session.execute(
            select(Incident, Item.external_ref, Queue.name, opener.display_name)
            .outerjoin(Item, Item.id == Incident.item_id)
            .outerjoin(Queue, Queue.id == Item.queue_id)
            .join(opener, opener.id == Incident.opened_by)
            .where(Incident.id.in_(ids))
        ).all()
        events: dict[int, builtins.list[TimelineEntry]] = {}
        for e, who in session.execute(
            select(IncidentEvent, User.display_name)
            .join(User, User.id == IncidentEvent.actor_id)
            .where(IncidentEvent.incident_id.in_(ids))
            .order_by(IncidentEvent.seq)
        ):
            events.setdefault(e.incident_id, []).append(
                TimelineEntry(e.kind, who, e.at, e.note, e.outcome, e.external_ref)
            )
        by_id = {}
        for inc, ref, queue, opener_name in heads:
            timeline = tuple(events.get(inc.id, ()))
            ack = next((t for t in timeline if t.kind == "acknowledged"), None)
            acted = next((t for t in timeline if t.kind in ("action", "closed")), None)
            closed = next((t for t in timeline if t.kind == "closed"), None)
            by_id[inc.id] = IncidentView(
                id=inc.id,
                severity=inc.severity,
                category=inc.category,
                item_ref=ref or "",
                queue=queue or "",
                opened_by=opener_name,
                opened_at=inc.opened_at,
                acknowledged_by=ack.who if ack else "",
                acknowledged_at=ack.at if ack else None,
                acted_at=acted.at if acted else None,
                closed_by=closed.who if closed else "",
                closed_at=closed.at if closed else None,
                outcome=closed.outcome if closed else "",
                external_ref=closed.external_ref if closed else "",
                timeline=timeline,
            )
        return [by_id[i] for i in ids if i in by_id]

    def record(
        self,
        actor: Actor,
        incident_id: int,
        kind: str,
        *,
        note: str = "",
        outcome: str = "",
        external_ref: str = "",
    ) -> IncidentView:
        """Acknowledge, record an action, or close (with an outcome and the external reference)."""
        audit.require(self.db, self.clock, actor, "act on incidents", Role.LEAD, Role.ADMIN)
        note, outcome, external_ref = note.strip(), outcome.strip(), external_ref.strip()
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {
                "a": actor.id,
                "i": incident_id,
                "k": kind,
                "n": note,
                "o": outcome,
                "r": external_ref,
                "now": _naive(now),
            }
            self.db.run_write(lambda s: pgfunc.call(s.connection(), _PG_EVENT, params).scalar_one())
            return self.show(actor, incident_id)

        def work(session: Session) -> None:
            conn = session.connection()
            if conn.execute(select(Incident.id).where(Incident.id == incident_id)).first() is None:
                raise NotFound(f"no incident {incident_id}")
            if kind not in ("acknowledged", "action", "closed"):
                raise InvalidInput(f"an incident event is acknowledged, action or closed, not {kind}")
            kinds = dict(
                conn.execute(
                    select(IncidentEvent.kind, User.display_name)
                    .join(User, User.id == IncidentEvent.actor_id)
                    .where(IncidentEvent.incident_id == incident_id)
                ).all()
            )
            if "closed" in kinds:
                raise InvalidInput(f"incident {incident_id} is closed")
            if kind == "acknowledged" and "acknowledged" in kinds:
                raise InvalidInput(
                    f"incident {incident_id} was already acknowledged by {kinds['acknowledged']}"
                )
            if kind == "action" and not note:
                raise InvalidInput("an action needs a note saying what was done")
            if kind == "closed" and not outcome:
                raise InvalidInput("closing an incident needs an outcome")
            if len(note) > 4000 or len(outcome) > 4000 or len(external_ref) > 200:
                raise InvalidInput("a note or outcome has at most 4000 characters, a reference 200")
            append_event_sqlite(conn, incident_id, kind, actor.id, now, note, outcome, external_ref)

        self.db.run_write(work)
        return self.show(actor, incident_id)

    def duty(self) -> builtins.list[str]:
        """The usernames on incident duty, in ladder order."""
        with self.db.read() as session:
            return list(
                session.execute(
                    select(User.username)
                    .join(IncidentDuty, IncidentDuty.user_id == User.id)
                    .order_by(IncidentDuty.position)
                ).scalars()
            )

    def set_duty(self, actor: Actor, usernames: Sequence[str]) -> builtins.list[str]:
        audit.require(self.db, self.clock, actor, "set the incident duty list", Role.LEAD, Role.ADMIN)
        names = [n.strip() for n in usernames if n.strip()]
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {"a": actor.id, "names": names, "now": _naive(now)}
            self.db.run_write(lambda s: pgfunc.call(s.connection(), _PG_DUTY, params).scalar_one())
            return self.duty()

        def work(session: Session) -> None:
            session.execute(delete(IncidentDuty))
            seen: set[int] = set()
            for position, name in enumerate(names, 1):
                user_id = session.execute(
                    select(User.id)
                    .join(UserRole, (UserRole.user_id == User.id) & (UserRole.role == Role.LEAD.value))
                    .where(User.username == name, User.active)
                ).scalar()
                if user_id is None:
                    raise InvalidInput(f"{name} is not an active lead; only leads can be on incident duty")
                if user_id in seen:
                    raise InvalidInput(f"{name} is named twice in the duty list")
                seen.add(user_id)
                session.add(IncidentDuty(position=position, user_id=user_id))
            session.flush()
            audit.record(session, now, actor.id, "incidents.duty", "", {"duty": names})

        self.db.run_write(work)
        return self.duty()
