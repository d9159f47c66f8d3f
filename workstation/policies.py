"""Policies (standard operating procedures) beside verdicts: published versions that never change.

A policy file (TOML) holds a version, a title and sections: an id, a title, a summary of at most
300 characters (shown under the verdict in the decision panel), the full text in Markdown and
text-only examples. A taxonomy's verdicts and reasons name the section that explains them
(``policy`` and ``reason_policies`` in resources/taxonomies.toml).

``publish`` stores a version with the date it takes effect (leads and admins, audited); a version
is never changed afterwards (a trigger refuses UPDATE and DELETE on both databases; on PostgreSQL
only the ``SECURITY DEFINER`` function ``ws_publish_policy`` inserts, and no group may UPDATE).
Each decision records the version in force when it was decided (``version_at``), inside its hashed
fields. docs/policies-and-quality.md explains it for leads.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Integer, String, select, text
from sqlalchemy.orm import Session

from wellbeing.clock import Clock
from workstation import audit, pgfunc
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.models import PolicyVersion, Role

SUMMARY_MAX = 300
RECENT_DAYS = 14  # a section changed this recently carries a badge in the SOP panel
MAX_AHEAD_DAYS = 366  # a version takes effect within a year of publishing
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
# SOP text is words only: a Markdown or HTML image would put media (possibly harmful, never
# filtered) in front of a reviewer, so a file that embeds one is refused.
_EMBED = re.compile(r"!\[|<\s*img\b|<\s*video\b|<\s*iframe\b|<\s*object\b|<\s*embed\b", re.IGNORECASE)
_TEXT_MAX = 50_000
_SECTIONS_MAX = 200


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    summary: str
    text: str  # Markdown
    examples: tuple[str, ...] = ()
    changed_on: date | None = None  # the day this section's content last changed (set when published)

    def changed_recently(self, today: date) -> bool:
        return self.changed_on is not None and today - self.changed_on < timedelta(days=RECENT_DAYS)

    def matches(self, words: str) -> bool:
        """Every word of ``words`` occurs (case-insensitive) in the id, title, summary, text or examples."""
        hay = " ".join((self.id, self.title, self.summary, self.text, *self.examples)).casefold()
        return all(w in hay for w in words.casefold().split())

    def body(self) -> dict[str, Any]:
        """The content that decides whether a section changed between versions."""
        return {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "text": self.text,
            "examples": list(self.examples),
        }


@dataclass(frozen=True)
class Policy:
    version: str
    title: str
    sections: tuple[Section, ...]
    effective_at: datetime | None = None
    published_at: datetime | None = None
    published_by: str = ""
    sha256: str = ""

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def search(self, words: str) -> list[Section]:
        return [s for s in self.sections if s.matches(words)] if words.strip() else list(self.sections)


# -- reading a policy file ----------------------------------------------------------------------------


def _text(
    entry: Mapping[str, Any], key: str, where: str, *, required: bool = True, limit: int = _TEXT_MAX
) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: '{key}' must be text")
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{where}: '{key}' is missing or empty")
    if len(value) > limit:
        raise InvalidInput(f"{where}: '{key}' has {len(value)} characters; at most {limit}")
    if _EMBED.search(value):
        raise InvalidInput(f"{where}: '{key}' embeds an image or other media; policy text is words only")
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise InvalidInput(f"{where}: '{key}' holds control characters")
    return value


def parse(data: Mapping[str, Any], *, source: str) -> Policy:
    """A policy from its TOML table; every problem is one sentence naming the file and section."""
    version = data.get("version")
    if not isinstance(version, str) or not _NAME.match(version):
        raise InvalidInput(
            f"{source}: 'version' must be 1-40 letters, digits, '.', '_' or '-' (e.g. \"2026-12\")"
        )
    title = _text(data, "title", source, limit=200)
    entries = data.get("sections")
    if not isinstance(entries, list) or not entries:
        raise InvalidInput(f"{source}: needs at least one [[sections]] entry")
    if len(entries) > _SECTIONS_MAX:
        raise InvalidInput(f"{source}: at most {_SECTIONS_MAX} sections, found {len(entries)}")
    sections: list[Section] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise InvalidInput(f"{source}: section {n} is not a table")
        sid = entry.get("id")
        if not isinstance(sid, str) or not _NAME.match(sid):
            raise InvalidInput(
                f"{source}: section {n} needs an 'id' of 1-40 letters, digits, '.', '_' or '-'"
            )
        if sid in seen:
            raise InvalidInput(f"{source}: section id {sid!r} appears twice")
        seen.add(sid)
        where = f"{source}, section {sid}"
        examples = entry.get("examples", [])
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise InvalidInput(f"{where}: 'examples' must be a list of text")
        sections.append(
            Section(
                id=sid,
                title=_text(entry, "title", where, limit=200),
                summary=_text(entry, "summary", where, limit=SUMMARY_MAX),
                text=_text(entry, "text", where),
                examples=tuple(_text({"example": e}, "example", where, limit=2000) for e in examples),
            )
        )
    unknown = set(data) - {"version", "title", "sections"}
    if unknown:
        raise InvalidInput(f"{source}: unknown keys {', '.join(sorted(unknown))}")
    return Policy(version=version, title=title, sections=tuple(sections))


def read_file(path: Path | Traversable) -> Policy:
    """A policy file (a path, or a file shipped in resources/policies/)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidInput(f"cannot read the policy file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"the policy file {path} is not UTF-8 text") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(f"the policy file {path} is not valid TOML: {error}") from None
    return parse(data, source=str(path))


# -- stored form ----------------------------------------------------------------------------------------


def canonical_json(content: Mapping[str, Any]) -> str:
    """The text the stored ``sha256`` is of (the same canonical JSON as the hash chains)."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_of(policy: Policy, previous: Policy | None, effective: date) -> dict[str, Any]:
    """What is stored: each section with the day it last changed (kept from ``previous`` when its
    content is the same there, else the day this version takes effect)."""
    sections = []
    for s in policy.sections:
        before = previous.section(s.id) if previous is not None else None
        unchanged = before is not None and before.body() == s.body() and before.changed_on is not None
        changed = before.changed_on if unchanged and before is not None else effective
        sections.append({**s.body(), "changed_on": (changed or effective).isoformat()})
    return {"title": policy.title, "sections": sections}


def _policy_of(row: PolicyVersion, publisher: str = "") -> Policy:
    content = row.content or {}
    sections = tuple(
        Section(
            id=str(s["id"]),
            title=str(s.get("title", "")),
            summary=str(s.get("summary", "")),
            text=str(s.get("text", "")),
            examples=tuple(str(e) for e in s.get("examples", [])),
            changed_on=date.fromisoformat(s["changed_on"]) if s.get("changed_on") else None,
        )
        for s in content.get("sections", [])
    )
    return Policy(
        version=row.version,
        title=row.title,
        sections=sections,
        effective_at=row.effective_at,
        published_at=row.published_at,
        published_by=publisher,
        sha256=row.sha256,
    )


def version_at(conn: Connection, at: datetime) -> str | None:
    """The version in force at ``at`` (the latest effective on or before it), as ``ws_policy_at`` in
    SQL: the rule both databases use to stamp a decision."""
    stmt = (
        select(PolicyVersion.version)
        .where(PolicyVersion.effective_at <= at)
        .order_by(PolicyVersion.effective_at.desc(), PolicyVersion.id.desc())
        .limit(1)
    )
    return conn.execute(stmt).scalar_one_or_none()


def versions_in_force(conn: Connection) -> Callable[[datetime], str | None]:
    """``version_at`` for many moments from one read: the same rule (latest ``effective_at`` on or
    before the moment, the later published on a tie), for stamping a batch of decisions."""
    rows = conn.execute(
        select(PolicyVersion.effective_at, PolicyVersion.version).order_by(
            PolicyVersion.effective_at, PolicyVersion.id
        )
    ).all()
    starts = [effective for effective, _version in rows]
    names = [version for _effective, version in rows]

    def at(moment: datetime) -> str | None:
        index = bisect.bisect_right(starts, moment)
        return names[index - 1] if index else None

    return at


_PG_PUBLISH = text(
    "SELECT ws_publish_policy(CAST(:p_actor AS integer), CAST(:p_version AS text), CAST(:p_title AS text), "
    "CAST(:p_effective AS timestamp), CAST(:p_content AS jsonb), CAST(:p_now AS timestamp))"
).columns(ws_publish_policy=Integer)
_PG_POLICY_AT = text("SELECT ws_policy_at(CAST(:p_at AS timestamp))").columns(ws_policy_at=String)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


class PolicyService:
    """Publishing, reading and comparing policy versions."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def publish(self, actor: Actor | None, policy: Policy, effective: date) -> Policy:
        """Store ``policy`` to take effect at 00:00 UTC of ``effective``. Refused: a version already
        published (it never changes), a day before today, or before the latest published version's.
        ``actor`` None only for the owner's seeding (the demo), which may date versions in the past."""
        if actor is not None:
            audit.require(self.db, self.clock, actor, "publish policies", Role.LEAD, Role.ADMIN)
        now = self.clock.now()
        at = _midnight(effective)

        def work(session: Session) -> Policy:
            if session.execute(
                select(PolicyVersion.id).where(PolicyVersion.version == policy.version)
            ).first():
                raise InvalidInput(
                    f"policy version {policy.version} is already published and never changes; "
                    "publish the new text under a new version"
                )
            latest = session.execute(
                select(PolicyVersion)
                .order_by(PolicyVersion.effective_at.desc(), PolicyVersion.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if actor is not None:
                if effective < now.date():
                    raise InvalidInput(
                        f"--effective {effective} is in the past; a policy takes effect today or later"
                    )
                if effective > now.date() + timedelta(days=MAX_AHEAD_DAYS):
                    raise InvalidInput(
                        f"--effective {effective} is more than {MAX_AHEAD_DAYS} days ahead; versions take "
                        "effect in order and a published one never goes away, so a far date would block "
                        "every later one"
                    )
                if latest is not None and at < latest.effective_at:
                    raise InvalidInput(
                        f"--effective {effective} is before version {latest.version} "
                        f"({latest.effective_at:%Y-%m-%d}); versions take effect in order"
                    )
            previous = _policy_of(latest) if latest is not None else None
            content = content_of(policy, previous, effective)
            digest = hashlib.sha256(canonical_json(content).encode()).hexdigest()
            if session.get_bind().dialect.name == "postgresql":
                pgfunc.call(
                    session.connection(),
                    _PG_PUBLISH,
                    {
                        "p_actor": actor.id if actor else None,
                        "p_version": policy.version,
                        "p_title": policy.title,
                        "p_effective": at.replace(tzinfo=None),
                        "p_content": json.dumps(content),
                        "p_now": now.astimezone(UTC).replace(tzinfo=None),
                    },
                ).scalar_one()
            else:
                session.add(
                    PolicyVersion(
                        version=policy.version,
                        title=policy.title,
                        effective_at=at,
                        published_at=now,
                        published_by=actor.id if actor else None,
                        content=content,
                        sha256=digest,
                    )
                )
                session.flush()
                audit.record(
                    session,
                    now,
                    actor.id if actor else None,
                    "policy published",
                    policy.version,
                    {"effective": effective.isoformat(), "sha256": digest, "sections": len(policy.sections)},
                )
            row = session.execute(
                select(PolicyVersion).where(PolicyVersion.version == policy.version)
            ).scalar_one()
            return _policy_of(row, actor.username if actor else "")

        return self.db.run_write(work)

    def versions(self) -> list[Policy]:
        """Every published version, oldest effective first."""
        with self.db.read() as session:
            rows = session.execute(
                select(PolicyVersion).order_by(PolicyVersion.effective_at, PolicyVersion.id)
            ).scalars()
            return [_policy_of(r) for r in rows]

    def get(self, version: str) -> Policy:
        with self.db.read() as session:
            row = session.execute(
                select(PolicyVersion).where(PolicyVersion.version == version)
            ).scalar_one_or_none()
            if row is None:
                known = ", ".join(p.version for p in self.versions()) or "none yet"
                raise NotFound(f"no published policy version {version!r} (published: {known})")
            return _policy_of(row)

    def current(self, at: datetime | None = None) -> Policy | None:
        """The version in force now (or at ``at``), None before any was published."""
        moment = at or self.clock.now()
        with self.db.read() as session:
            row = session.execute(
                select(PolicyVersion)
                .where(PolicyVersion.effective_at <= moment)
                .order_by(PolicyVersion.effective_at.desc(), PolicyVersion.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            return _policy_of(row) if row is not None else None

    def version_in_force(self, at: datetime) -> str | None:
        """As the database stamps a decision made at ``at`` (PostgreSQL asks ``ws_policy_at``)."""
        with self.db.read() as session:
            conn = session.connection()
            if conn.dialect.name == "postgresql":
                return conn.execute(_PG_POLICY_AT, {"p_at": at.astimezone(UTC).replace(tzinfo=None)}).scalar()
            return version_at(conn, at)

    def diff(self, actor: Actor, a: str, b: str) -> str:
        """What changed from version ``a`` to ``b``, section by section (leads and admins; audited)."""
        audit.require(self.db, self.clock, actor, "compare policies", Role.LEAD, Role.ADMIN)
        old, new = self.get(a), self.get(b)
        text_out = diff_text(old, new)
        self.db.run_write(
            lambda session: audit.record(session, self.clock.now(), actor.id, "policy diff", f"{a}..{b}", {})
        )
        return text_out


def _lines(section: Section) -> list[str]:
    out = [f"# {section.title}", "", f"Summary: {section.summary}", "", *section.text.splitlines()]
    if section.examples:
        out += ["", "Examples:", *(f"- {e}" for e in section.examples)]
    return [line + "\n" for line in out]


def diff_text(old: Policy, new: Policy) -> str:
    """A unified diff per section, with a heading line saying added, removed or changed."""
    parts = [f"policy {old.version} -> {new.version}\n"]
    ids = [s.id for s in old.sections] + [s.id for s in new.sections if old.section(s.id) is None]
    changed = 0
    for sid in ids:
        before, after = old.section(sid), new.section(sid)
        if before is not None and after is not None and before.body() == after.body():
            continue
        changed += 1
        kind = "added" if before is None else "removed" if after is None else "changed"
        parts.append(f"\n== section {sid}: {kind}\n")
        parts.extend(
            difflib.unified_diff(
                _lines(before) if before else [],
                _lines(after) if after else [],
                fromfile=f"{old.version}/{sid}",
                tofile=f"{new.version}/{sid}",
            )
        )
    if not changed:
        parts.append("no section changed\n")
    return "".join(parts)
