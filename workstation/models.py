"""The schema of the shared database, as typed SQLAlchemy 2 models.

One schema serves SQLite (embedded) and PostgreSQL (shared); Alembic migrations under
``workstation/migrations`` are generated from it and a test checks they agree. Times are stored as
naive UTC and handed back timezone-aware, so SQLite and PostgreSQL behave the same.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    desc,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: one meaning of time on both databases."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use timezone-aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Role(enum.StrEnum):
    REVIEWER = "reviewer"
    WELLBEING = "wellbeing"
    LEAD = "lead"
    ADMIN = "admin"


class ItemStatus(enum.StrEnum):
    PENDING = "pending"
    DECIDED = "decided"
    ESCALATED = "escalated"


class ClaimOutcome(enum.StrEnum):
    OPEN = "open"
    DECIDED = "decided"
    SKIPPED = "skipped"
    EXPIRED = "expired"
    RELEASED = "released"


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class User(Base):
    """Anyone who signs in: reviewers, wellbeing staff, leads and admins (roles in ``user_roles``)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    # PostgreSQL: the person's login role when it is not their username (migration 0005); the database
    # maps ``session_user`` to ``coalesce(db_login, username)``.
    db_login: Mapped[str | None] = mapped_column(String(63), unique=True, index=True)
    team: Mapped[Team | None] = relationship(lazy="joined")
    roles: Mapped[list[UserRole]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", back_populates="user"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(Role(r.role) for r in self.roles)


class UserRole(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    user: Mapped[User] = relationship(back_populates="roles")
    __table_args__ = (
        CheckConstraint("role IN ('reviewer', 'wellbeing', 'lead', 'admin')", name="known_role"),
    )


class Queue(Base):
    __tablename__ = "queues"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    severity_tier: Mapped[int] = mapped_column(Integer)
    # [{"key": "remove", "label": "Remove", "requires_reason": true, "reasons": [...]}, ...]
    taxonomy: Mapped[list[Any]]
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    # The SLA target (migration 0014): an item imported without its own ``sla`` is due this many
    # minutes after its import (``items.sla_due_at``); NULL: the queue has no target.
    sla_minutes: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("severity_tier BETWEEN 1 AND 4", name="tier_range"),
        CheckConstraint("sla_minutes IS NULL OR sla_minutes BETWEEN 1 AND 527040", name="sla_range"),
    )


class QueueGrant(Base):
    """A reviewer's access to a restricted queue."""

    __tablename__ = "queue_grants"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True)


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"))
    external_ref: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    sla_due_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default=ItemStatus.PENDING.value)
    created_at: Mapped[datetime]
    # A BCP 47 tag in workstation.languages' spelling (``zh-CN``), or None when nobody said (migration
    # 0020): the text view masks with this language's list and English, or with every list when None.
    language: Mapped[str | None] = mapped_column(String(35))
    queue: Mapped[Queue] = relationship(lazy="joined")
    media: Mapped[list[MediaAsset]] = relationship(
        lazy="selectin", order_by="MediaAsset.position", back_populates="item"
    )
    __table_args__ = (
        UniqueConstraint("queue_id", "external_ref"),
        CheckConstraint("status IN ('pending', 'decided', 'escalated')", name="known_status"),
        Index("ix_items_next", "queue_id", "status", "priority", "sla_due_at"),
        # The claim order (priority DESC, SLA, id) over pending items only, so claiming walks the
        # index and stops at the first free item instead of anti-joining and sorting every pending
        # one (40 ms -> 0.6 ms with 3,000 pending on PostgreSQL).
        Index(
            "ix_items_claim_order",
            "queue_id",
            desc("priority"),
            "sla_due_at",
            "id",
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
        # The SLA and daily reports (migration 0014): items imported in a day, and per queue the
        # pending items by due time and by age, read from the index alone however many are decided.
        Index("ix_items_created_at", "created_at"),
        Index(
            "ix_items_pending_due",
            "queue_id",
            "sla_due_at",
            "created_at",
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )


class MediaAsset(Base):
    __tablename__ = "media_assets"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # image | video | text | unknown
    mime: Mapped[str] = mapped_column(String(100), default="")
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    width: Mapped[int | None]
    height: Mapped[int | None]
    duration_s: Mapped[float | None]
    fps: Mapped[float | None]
    frame_count: Mapped[int | None]
    has_audio: Mapped[bool] = mapped_column(Boolean, default=False)
    readable: Mapped[bool] = mapped_column(Boolean, default=True)
    unreadable_reason: Mapped[str | None] = mapped_column(Text)
    phash_kind: Mapped[str | None] = mapped_column(String(16))
    # The best reliable hash (PDQ quality >= 50) in ``phash``, its quality, and for a video every
    # reliable keyframe hash as [[hex, quality], ...], so "decided before" matches on the best pair.
    phash: Mapped[str | None] = mapped_column(String(128), index=True)
    phash_quality: Mapped[int | None]
    phashes: Mapped[list[Any] | None]
    # sha256 again, under a unique index: the import's "same bytes are never stored twice" is kept
    # by the database itself, even for two imports at once. NULL for rows not made by an import
    # (and for files a database older than migration 0005 already held twice).
    content_key: Mapped[str | None] = mapped_column(String(64))
    item: Mapped[Item] = relationship(back_populates="media")
    __table_args__ = (Index("uq_media_assets_content_key", "content_key", unique=True),)


class Claim(Base):
    """A lease on an item. At most one open claim per item (a partial unique index guards it)."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[datetime]
    lease_expires_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(20), default=ClaimOutcome.OPEN.value)
    __table_args__ = (
        Index(
            "uq_claims_one_open_per_item",
            "item_id",
            unique=True,
            sqlite_where=text("released_at IS NULL"),
            postgresql_where=text("released_at IS NULL"),
        ),
        Index("ix_claims_item_user_outcome", "item_id", "user_id", "outcome"),
        # "a skipped item never comes back to the same reviewer": an exact probe, however long the
        # reviewer's claim history grows.
        Index(
            "ix_claims_skipped",
            "item_id",
            "user_id",
            sqlite_where=text("outcome = 'skipped'"),
            postgresql_where=text("outcome = 'skipped'"),
        ),
        Index("ix_claims_user_open", "user_id", "released_at"),
        # Claims closed in a period (skips) and leases run out in one (expiries), for the SLA and
        # daily reports (migration 0014).
        Index("ix_claims_released_at", "released_at"),
        Index("ix_claims_lease_expires_at", "lease_expires_at"),
    )


class Decision(Base):
    """Append-only. A correction or undo is a new row that ``supersedes`` the old one."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The hash chain: ``decisions/<queue id>`` (``ledger.decision_chain``), or the legacy ``decisions``
    # chain of the decisions recorded before migration 0005.
    chain: Mapped[str] = mapped_column(String(80))
    seq: Mapped[int] = mapped_column(BigInteger)  # position in its chain
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    verdict: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(index=True)
    handling_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    # How revealed the media was when decided: "filtered", "spotlight", "revealed"; and the peak
    # visibility weight, so quality review can see decisions taken without looking.
    reveal_state: Mapped[str] = mapped_column(String(20), default="filtered")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The published policy (SOP) version in force when it was decided (migration 0015): hashed when
    # set; NULL for decisions recorded before, or while no policy was published.
    policy_version: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("chain", "seq"),)


class KeyTicket(Base):
    """An item a reviewer flagged for the lead's daily report (``Shift+K``), with a one-line summary.

    One flag per person and item (flagging again replaces the summary). On PostgreSQL written only
    through ``ws_flag_key_ticket`` and read by its author, leads and admins (migration 0014).
    """

    __tablename__ = "key_tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    summary: Mapped[str] = mapped_column(String(200))
    flagged_at: Mapped[datetime] = mapped_column(index=True)
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)


class LedgerHead(Base):
    """The tip of each hash chain (``audit``, one per queue's decisions, the legacy ``decisions``);
    locked while appending so concurrent writers chain in order."""

    __tablename__ = "ledger_heads"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64))
    # The hash ``hash`` replaced, so one UPDATE .. RETURNING yields a whole link (migration 0004).
    prev_hash: Mapped[str | None] = mapped_column(String(64))


class ExposureSpanRow(Base):
    __tablename__ = "exposure_spans"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    seconds: Mapped[float] = mapped_column(Float)
    revealed_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    visibility_weight: Mapped[float] = mapped_column(Float)
    severity_weight: Mapped[float] = mapped_column(Float)
    dose: Mapped[float] = mapped_column(Float)  # weighted minutes
    __table_args__ = (
        Index("ix_exposure_spans_user_started", "user_id", "started_at"),
        Index("ix_exposure_spans_user_item", "user_id", "item_id"),
    )


class ExposureDaily(Base):
    """Daily rollup of ``exposure_spans`` per user, UTC day and queue (``queue_id`` 0: no queue).

    Kept by a database trigger on every insert into ``exposure_spans`` (migration 0002), whoever
    writes the spans, so reports over a year read a few hundred thousand rows, not ten million.
    ``items`` counts distinct items per user and day (the first span of an item that day).
    """

    __tablename__ = "exposure_daily"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    queue_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dose: Mapped[float] = mapped_column(Float, default=0.0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    revealed_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    spans: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (Index("ix_exposure_daily_day", "day"),)


class BreakRow(Base):
    __tablename__ = "breaks"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))  # soft | enforced | affected | self
    prompted_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    postponed: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20), default="prompted")  # prompted|taken|dismissed
    __table_args__ = (Index("ix_breaks_user_prompted", "user_id", "prompted_at"),)


class CheckIn(Base):
    __tablename__ = "checkins"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    mood: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        CheckConstraint("mood BETWEEN 1 AND 5", name="mood_range"),
        Index("ix_checkins_user_at", "user_id", "at"),
    )


class CareLogRow(Base):
    """Wellbeing staff's own record about a person: "contacted on ..." with a private note, and who
    opened whose page. Wellbeing data of the staff, for the staff only: on PostgreSQL only the wellbeing
    group may read it (row-level security) and it is written only by ``ws_care_log`` (migration 0011);
    append-only, so it is its own audit trail (docs/wellbeing.md)."""

    __tablename__ = "care_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # the person cared for
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # the wellbeing staff member
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(20))  # acknowledged | viewed
    contacted_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        CheckConstraint("kind IN ('acknowledged', 'viewed')", name="kind"),
        Index("ix_care_log_user_at", "user_id", "at"),
    )


class AuditEvent(Base):
    """Reveals, exports, report runs, role changes and refusals; hash-chained like decisions."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(40), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Setting(Base):
    """Organisation-wide settings shared by every workstation (the wellbeing policy, filter defaults)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WellbeingPolicyVersion(Base):
    """Every saved version of the wellbeing policy, with who saved it, when and why (migration 0012).
    ``settings['wellbeing_policy']`` holds the newest, which every workstation reads. (The SOPs'
    published versions are :class:`PolicyVersion`.)"""

    __tablename__ = "wellbeing_policy_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]
    saved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)


class Screening(Base):
    """A periodic wellbeing questionnaire (WHO-5): wellbeing data, readable by its person and wellbeing
    staff only (docs/wellbeing.md; docs/architecture.md, invariant 5)."""

    __tablename__ = "screenings"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    instrument: Mapped[str] = mapped_column(String(20))
    answers: Mapped[list[Any]]
    score: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),
        Index("ix_screenings_user_at", "user_id", "at"),
    )


class DbRole(Base):
    """PostgreSQL: the group role of each product role in this database, the owner and the role-name
    prefix (migration 0005; ``workstation.pg_roles``). Empty on SQLite."""

    __tablename__ = "db_roles"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63))


class SigningKey(Base):
    """A public key an admin listed as trusted to sign checkpoints and exports (docs/signed-log.md).

    Only public halves live here. Whoever can write the database can add a row, so a verifier that
    must not trust the database is given its keys out of band (``audit verify --trust-key FILE``).
    """

    __tablename__ = "signing_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[str] = mapped_column(String(80), unique=True)  # ed25519:BASE64
    fingerprint: Mapped[str] = mapped_column(String(16), unique=True)
    added_at: Mapped[datetime]
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Checkpoint(Base):
    """A signed statement of every chain's head (name, seq, hash) at one moment.

    ``payload`` is the exact signed text; the columns beside it are for listing and are never trusted
    by the verifier, which reads everything from the payload.
    """

    __tablename__ = "checkpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    key_fingerprint: Mapped[str] = mapped_column(String(16))
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(100))


class PolicyVersion(Base):
    """One published version of the organisation's policies (SOPs): never changed once published
    (a trigger refuses UPDATE and DELETE; on PostgreSQL only ``ws_publish_policy`` inserts).

    ``content`` holds the sections (id, title, summary, Markdown text, text-only examples, the day
    the section last changed); ``sha256`` is of its canonical JSON, so ``policies diff`` and an
    auditor can tell two versions apart without trusting labels.
    """

    __tablename__ = "policy_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    effective_at: Mapped[datetime] = mapped_column(index=True)
    published_at: Mapped[datetime]
    published_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    content: Mapped[dict[str, Any]]
    sha256: Mapped[str] = mapped_column(String(64))


class EscalationRoute(Base):
    """Where a queue's escalations go, in the order the E dialog offers them (issue 15): another queue
    (``to_queue_id``), or the leads of the escalating reviewer's team (``to_queue_id`` NULL)."""

    __tablename__ = "escalation_routes"
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    to_queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"))


class Escalation(Base):
    """One escalation of an item: the ``escalate`` decision that made it, where it went, and how it
    ended (decided by the second tier, whose decision supersedes ``decision_id``, or taken back by
    its author). Written only with the decisions that open and close it
    (docs/escalations-and-incidents.md)."""

    __tablename__ = "escalations"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    from_queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"))
    to_queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"))  # NULL: the team's leads
    to_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    by_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    imminent: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(20))  # decided | taken_back
    closing_decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    __table_args__ = (
        CheckConstraint("outcome IS NULL OR outcome IN ('decided', 'taken_back')", name="known_outcome"),
        Index("ix_escalations_open", "to_queue_id", "closed_at"),
    )


class Incident(Base):
    """An urgent case (imminent harm): what was opened, by whom, for which item. Everything after the
    opening (acknowledged, actions, closed) is an :class:`IncidentEvent`; this row never changes."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    severity: Mapped[str] = mapped_column(String(2))
    category: Mapped[str] = mapped_column(String(200))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), unique=True)
    opened_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(index=True)
    __table_args__ = (CheckConstraint("severity IN ('P0', 'P1', 'P2')", name="known_severity"),)


class IncidentEvent(Base):
    """The timeline of incidents, append-only and hash-chained on the ``incidents`` chain."""

    __tablename__ = "incident_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    __table_args__ = (
        CheckConstraint("kind IN ('opened', 'acknowledged', 'action', 'closed')", name="known_kind"),
    )


class IncidentDuty(Base):
    """The leads on incident duty, in the order the alert ladder reaches them."""

    __tablename__ = "incident_duty"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)


class QASample(Base):
    """A decision chosen for a blind second review (migration 0016); a decision is sampled once."""

    __tablename__ = "qa_samples"
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    sampled_at: Mapped[datetime]
    sampled_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    why: Mapped[str] = mapped_column(String(30))  # "stratified" | "new-reviewer-urgent"
    __table_args__ = (CheckConstraint("why IN ('stratified', 'new-reviewer-urgent')", name="known_why"),)


class QAReview(Base):
    """A QA reviewer's own verdict on a sampled decision: append-only, hash-chained on ``qa``."""

    __tablename__ = "qa_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("qa_samples.id"), unique=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    verdict: Mapped[str] = mapped_column(String(60))
    outcome: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    __table_args__ = (
        CheckConstraint(
            "outcome IN ('agree', 'over-enforcement', 'under-enforcement', 'other')", name="known_outcome"
        ),
    )


class QACommitment(Base):
    """A QA reviewer's verdict made final before the first verdict is shown (migration 0019): the
    review of the sample must be recorded by them, with this verdict. Append-only."""

    __tablename__ = "qa_commitments"
    sample_id: Mapped[int] = mapped_column(ForeignKey("qa_samples.id"), primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    verdict: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime]


class GoldenItem(Base):
    """An item whose right verdict is known, mixed into its queue as look-alike copies (migration 0018).

    Readable by leads and admins only: a reviewer's login cannot tell a copy from a real item."""

    __tablename__ = "golden_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), unique=True)  # the source item
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"))
    expected: Mapped[str] = mapped_column(String(60))
    added_at: Mapped[datetime]
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    retired_at: Mapped[datetime | None]
    retired_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class GoldenInstance(Base):
    """One copy of a golden item mixed into its queue: an ordinary pending item to everyone but leads."""

    __tablename__ = "golden_instances"
    id: Mapped[int] = mapped_column(primary_key=True)
    golden_id: Mapped[int] = mapped_column(ForeignKey("golden_items.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), unique=True)
    mixed_at: Mapped[datetime]
