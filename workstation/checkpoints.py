"""Trusted signing keys, signed checkpoints of every hash chain, and the database's verification.

A checkpoint is a lead's or admin's Ed25519 signature over the head (name, seq, hash) of every chain in
``ledger_heads`` at one moment. Whoever can write the database can recompute every hash of a chain, but
not this signature: a record at or below a signed head that was altered, removed or re-hashed no longer
matches the checkpoint, and ``verify_database`` refuses "ok". Records after the latest checkpoint are
only hash-chained (docs/signed-log.md says what that does and does not prove; docs/architecture.md,
invariant 7: who acted is proven, here by a signature).

Decision chains: today one chain named ``decisions``; when decisions carry a ``chain`` column (one chain
per queue, ``decisions/<queue_id>``), each ``ledger_heads`` row other than ``audit`` is walked over the
decisions of that chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import false, select
from sqlalchemy.orm import Session, aliased

from wellbeing.clock import Clock
from workstation import audit, incidents, ledger, qa, signing
from workstation.actor import Actor
from workstation.db import Database
from workstation.decisions import decision_fields
from workstation.errors import InvalidInput, NotFound
from workstation.exports import decision_rows
from workstation.models import (
    AuditEvent,
    Checkpoint,
    Decision,
    IncidentEvent,
    LedgerHead,
    QAReview,
    Role,
    SigningKey,
    User,
)

CHECKPOINT_ACTION = "audit.checkpoint"
PAYLOAD_KIND = "reviewer-workstation checkpoint"
Trusted = Mapping[str, Ed25519PublicKey]  # fingerprint -> public key


@dataclass(frozen=True)
class KeyInfo:
    name: str
    fingerprint: str
    public_key: str
    added_at: datetime
    added_by: str
    revoked_at: datetime | None


@dataclass(frozen=True)
class Head:
    name: str
    seq: int
    hash: str


@dataclass(frozen=True)
class CheckpointInfo:
    id: int
    at: str
    signer: str
    key: str
    heads: tuple[Head, ...]


@dataclass(frozen=True)
class ChainStatus:
    """The verdict on one chain of the database, and how much of it a trusted signature covers."""

    name: str
    report: ledger.ChainReport
    last_seq: int = 0
    last_hash: str = ledger.GENESIS
    signed_seq: int | None = None  # the highest seq a valid trusted checkpoint covers
    signed_by: str = ""  # "checkpoint 3 (leo, key 0123abcd..., 2026-11-30T18:00:00+00:00)"

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def unsigned_tail(self) -> int:
        """Records after the latest checkpoint: hash-chained only."""
        return self.last_seq - (self.signed_seq or 0)


@dataclass(frozen=True)
class DatabaseReport:
    chains: list[ChainStatus]
    checkpoints_valid: int
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # not tied to one chain (a forged checkpoint)

    @property
    def ok(self) -> bool:
        return not self.problems and all(c.ok for c in self.chains)


# -- reading chains --------------------------------------------------------------------------------


def _decision_chain_filter(name: str) -> Any:
    """The decisions on chain ``name``: by their ``chain`` column where decisions have one."""
    column = getattr(Decision, "chain", None)
    if column is None:
        return None if name == ledger.DECISIONS else false()
    return column == name


def decision_records(session: Session, name: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    """The decisions of one chain as ``(hashed fields, prev_hash, hash)`` in seq order, streamed.

    Core rows, not ORM objects: this walks a million decisions.
    """
    stmt = decision_rows().order_by(Decision.seq)
    where = _decision_chain_filter(name)
    if where is not None:
        stmt = stmt.where(where)
    result = session.connection().execution_options(yield_per=10_000).execute(stmt)
    try:
        for (
            seq,
            cid,
            ref,
            queue,
            who,
            verdict,
            reason,
            note,
            at,
            secs,
            reveal,
            sup,
            pol,
            prev,
            digest,
        ) in result:
            fields = decision_fields(
                client_id=cid,
                external_ref=ref,
                queue=queue,
                reviewer=who,
                verdict=verdict,
                reason=reason,
                note=note,
                decided_at=_aware(at),
                handling_seconds=secs,
                reveal_state=reveal,
                supersedes=sup,
                policy_version=pol,
            )
            fields["seq"] = seq
            yield fields, prev, digest
    finally:
        result.close()


def _aware(value: Any) -> datetime:
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def audit_records(session: Session) -> Iterator[tuple[dict[str, Any], str, str]]:
    result = (
        session.connection()
        .execution_options(yield_per=5000)
        .execute(
            select(
                AuditEvent.seq,
                AuditEvent.at,
                AuditEvent.actor_id,
                AuditEvent.action,
                AuditEvent.subject,
                AuditEvent.details,
                AuditEvent.prev_hash,
                AuditEvent.hash,
            ).order_by(AuditEvent.seq)
        )
    )
    try:
        for seq, at, actor_id, action, subject, details, prev, digest in result:
            yield {**audit.audit_fields(at, actor_id, action, subject, details), "seq": seq}, prev, digest
    finally:
        result.close()


def chain_records(session: Session, name: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    if name == incidents.INCIDENTS:
        return incidents.incident_records(session)
    if name == qa.QA:
        return qa.qa_records(session)
    return audit_records(session) if name == ledger.AUDIT else decision_records(session, name)


def _record_hash(session: Session, name: str, seq: int) -> str | None:
    if name == ledger.AUDIT:
        return session.execute(select(AuditEvent.hash).where(AuditEvent.seq == seq)).scalar_one_or_none()
    if name == incidents.INCIDENTS:
        found = select(IncidentEvent.hash).where(IncidentEvent.seq == seq)
        return session.execute(found).scalar_one_or_none()
    if name == qa.QA:
        return session.execute(select(QAReview.hash).where(QAReview.seq == seq)).scalar_one_or_none()
    stmt = select(Decision.hash).where(Decision.seq == seq)
    where = _decision_chain_filter(name)
    if where is not None:
        stmt = stmt.where(where)
    return session.execute(stmt).scalar_one_or_none()


def _heads(session: Session) -> list[Head]:
    rows = session.execute(select(LedgerHead.name, LedgerHead.seq, LedgerHead.hash).order_by(LedgerHead.name))
    return [Head(n, s, h) for n, s, h in rows]


def walk(
    records: Iterable[tuple[Mapping[str, Any], str, str]],
    expected: Mapping[int, tuple[str, str]],
    head: tuple[int, str] | None = None,
) -> tuple[ledger.ChainReport, int, str]:
    """Check a whole chain from its genesis, that each ``expected[seq] = (hash, by)`` holds, and that
    the chain's ``head`` (read before the walk: records appended since then may follow it) is a
    record of the chain.

    Returns the report and the last (seq, hash) seen. The first problem ends the walk.
    """
    if head is not None and head[0] == 0 and head[1] != ledger.GENESIS:
        return (
            ledger.ChainReport(0, False, "the head of an empty chain is not the genesis: it was overwritten"),
            0,
            "",
        )
    last_seq, last_hash, count = 0, ledger.GENESIS, 0
    for fields, prev_hash, stored in records:
        count += 1
        seq = int(fields["seq"])
        label = f"record {count} (seq {seq})"
        if seq <= last_seq:
            return (
                ledger.ChainReport(count, False, f"{label} is out of order: seq {seq} after {last_seq}"),
                0,
                "",
            )
        if seq != last_seq + 1:
            return (
                ledger.ChainReport(count, False, f"{label}: records {last_seq + 1}..{seq - 1} are missing"),
                0,
                "",
            )
        if prev_hash != last_hash:
            return ledger.ChainReport(count, False, f"{label} does not link to the record before it"), 0, ""
        if ledger.digest(prev_hash, fields) != stored:
            return (
                ledger.ChainReport(count, False, f"{label} was altered: its hash does not match its content"),
                0,
                "",
            )
        signed = expected.get(seq)
        if signed is not None and signed[0] != stored:
            return (
                ledger.ChainReport(
                    count,
                    False,
                    f"seq {seq} is not the record {signed[1]} signed: the chain was rewritten below a "
                    "signed checkpoint",
                ),
                0,
                "",
            )
        if head is not None and seq == head[0] and stored != head[1]:
            return (
                ledger.ChainReport(
                    count,
                    False,
                    f"the head (seq {head[0]}, hash {head[1][:16]}…) does not match record {seq}: "
                    "the head was overwritten",
                ),
                0,
                "",
            )
        last_seq, last_hash = seq, stored
    if head is not None and head[0] > last_seq:
        return (
            ledger.ChainReport(
                count,
                False,
                f"the head is at seq {head[0]} but the chain ends at seq {last_seq}: records were removed",
            ),
            0,
            "",
        )
    return ledger.ChainReport(count, True), last_seq, last_hash


# -- checkpoints as stored -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Signed:
    id: int | None
    payload: str
    signature: str


def _parse(payload: str) -> dict[str, Any] | None:
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if (
        not isinstance(data, dict)
        or data.get("kind") != PAYLOAD_KIND
        or not isinstance(data.get("chains"), list)
    ):
        return None
    return data


def _stored_checkpoints(session: Session) -> list[_Signed]:
    """Checkpoints from their table and from their audit events (removing the rows alone hides none)."""
    found: dict[str, _Signed] = {}
    for cid, payload, signature in session.execute(
        select(Checkpoint.id, Checkpoint.payload, Checkpoint.signature).order_by(Checkpoint.id)
    ):
        found.setdefault(signature, _Signed(cid, payload, signature))
    for (details,) in session.execute(
        select(AuditEvent.details).where(AuditEvent.action == CHECKPOINT_ACTION).order_by(AuditEvent.seq)
    ):
        payload, signature = details.get("payload"), details.get("signature")
        if isinstance(payload, str) and isinstance(signature, str):
            found.setdefault(signature, _Signed(details.get("checkpoint_id"), payload, signature))
    return list(found.values())


def _describe(cp: _Signed, data: Mapping[str, Any]) -> str:
    name = f"checkpoint {cp.id}" if cp.id is not None else "a checkpoint"
    return f"{name} ({data.get('signer')}, key {data.get('key')}, {data.get('at')})"


class Checkpoints:
    """Trusted keys (admins), signed checkpoints (leads and admins) and verification of the database."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- keys -----------------------------------------------------------------------------------

    def add_key(self, actor: Actor, name: str, public: Ed25519PublicKey) -> KeyInfo:
        audit.require(self.db, self.clock, actor, "list a trusted signing key", Role.ADMIN)
        name = name.strip()
        if not name or len(name) > 120:
            raise InvalidInput("a key's name is a short non-empty label, such as the person's username")
        text, print_ = signing.public_text(public), signing.fingerprint(public)

        def work(session: Session) -> KeyInfo:
            existing = session.execute(select(SigningKey).where(SigningKey.fingerprint == print_)).scalar()
            if existing is not None:
                raise InvalidInput(f"that key ({print_}) is already listed as {existing.name}")
            now = self.clock.now()
            session.add(
                SigningKey(name=name, public_key=text, fingerprint=print_, added_at=now, added_by=actor.id)
            )
            audit.record(
                session, now, actor.id, "audit.keys.add", name, {"fingerprint": print_, "public_key": text}
            )
            return KeyInfo(name, print_, text, now, actor.username, None)

        return self.db.run_write(work)

    def list_keys(self, actor: Actor) -> list[KeyInfo]:
        audit.require(self.db, self.clock, actor, "list signing keys", Role.LEAD, Role.ADMIN)
        adder = aliased(User)
        with self.db.read() as session:
            rows = session.execute(
                select(SigningKey, adder.username)
                .outerjoin(adder, adder.id == SigningKey.added_by)
                .order_by(SigningKey.id)
            )
            return [
                KeyInfo(k.name, k.fingerprint, k.public_key, k.added_at, who or "", k.revoked_at)
                for k, who in rows
            ]

    def revoke_key(self, actor: Actor, which: str) -> KeyInfo:
        """Revoke by name or fingerprint: no signature by that key is trusted any more, old ones neither
        (a stolen key can sign with any date)."""
        audit.require(self.db, self.clock, actor, "revoke a signing key", Role.ADMIN)

        def work(session: Session) -> KeyInfo:
            keys = (
                session.execute(
                    select(SigningKey).where(
                        (SigningKey.fingerprint == which) | (SigningKey.name == which),
                        SigningKey.revoked_at.is_(None),
                    )
                )
                .scalars()
                .all()
            )
            if not keys:
                raise NotFound(
                    f"no trusted key is named or has the fingerprint {which!r} ('audit keys list')"
                )
            if len(keys) > 1:
                raise InvalidInput(
                    f"{len(keys)} trusted keys are named {which!r}: revoke one by its fingerprint"
                )
            key = keys[0]
            now = self.clock.now()
            key.revoked_at, key.revoked_by = now, actor.id
            audit.record(
                session, now, actor.id, "audit.keys.revoke", key.name, {"fingerprint": key.fingerprint}
            )
            return KeyInfo(key.name, key.fingerprint, key.public_key, key.added_at, "", now)

        return self.db.run_write(work)

    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        """The keys admins listed and nobody revoked (whoever writes the database can add one)."""
        with self.db.read() as session:
            rows = session.execute(select(SigningKey.public_key).where(SigningKey.revoked_at.is_(None)))
            keys = [signing.parse_public(text) for (text,) in rows]
        return {signing.fingerprint(k): k for k in keys}

    # -- checkpoints ----------------------------------------------------------------------------

    def checkpoint(self, actor: Actor, signer: signing.Signer) -> CheckpointInfo:
        """Sign the head of every chain, after checking each chain verifies since the latest trusted
        checkpoint (a lead never signs over a tail that is already broken or a clobbered head)."""
        audit.require(self.db, self.clock, actor, "sign a checkpoint", Role.LEAD, Role.ADMIN)
        trusted = self.trusted_keys()
        if signer.fingerprint not in trusted:
            raise InvalidInput(
                f"your key {signer.fingerprint} is not among the trusted keys: ask an admin to add it "
                "('workstation audit keys add NAME PUBKEY') before signing with it"
            )
        report = self._verify(trusted)
        if not report.ok:
            broken = report.problems + [f"{c.name}: {c.report.problem}" for c in report.chains if not c.ok]
            raise InvalidInput(f"refusing to sign a checkpoint over a broken log: {broken[0]}")

        def work(session: Session) -> CheckpointInfo:
            heads = _heads(session)
            for head in heads:  # the heads may have moved since the walk: they must still be real
                stored = _record_hash(session, head.name, head.seq) if head.seq else ledger.GENESIS
                if stored != head.hash:
                    raise InvalidInput(
                        f"refusing to sign: the head of chain {head.name} (seq {head.seq}) does not match "
                        "its record; run 'workstation audit verify'"
                    )
            now = self.clock.now()
            at = now.isoformat(timespec="seconds")
            payload = {
                "kind": PAYLOAD_KIND,
                "at": at,
                "signer": actor.username,
                "key": signer.fingerprint,
                "chains": [{"name": h.name, "seq": h.seq, "hash": h.hash} for h in heads],
            }
            text = signing.canonical_bytes(payload).decode("utf-8")
            signature = signer.sign(text.encode("utf-8"))
            row = Checkpoint(
                at=now,
                signer_id=actor.id,
                key_fingerprint=signer.fingerprint,
                payload=text,
                signature=signature,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                now,
                actor.id,
                CHECKPOINT_ACTION,
                f"checkpoint {row.id}",
                {"checkpoint_id": row.id, "payload": text, "signature": signature},
            )
            return CheckpointInfo(row.id, at, actor.username, signer.fingerprint, tuple(heads))

        return self.db.run_write(work)

    # -- verification ---------------------------------------------------------------------------

    def verify_database(self, actor: Actor, trusted: Trusted | None = None) -> DatabaseReport:
        """Every chain from its genesis, against every checkpoint signed by a trusted key.

        ``trusted``: keys given out of band (``--trust-key``); otherwise the keys listed in the database.
        The run is audited.
        """
        audit.require(self.db, self.clock, actor, "verify the audit trail", Role.LEAD, Role.ADMIN)
        report = self._verify(self.trusted_keys() if trusted is None else trusted)
        with self.db.write() as session:
            audit.record(
                session,
                self.clock.now(),
                actor.id,
                "audit.verify",
                "database",
                {
                    "ok": report.ok,
                    "checkpoints": report.checkpoints_valid,
                    "problems": report.problems,
                    "chains": {
                        c.name: {
                            "ok": c.ok,
                            "checked": c.report.checked,
                            "problem": c.report.problem,
                            "signed_seq": c.signed_seq,
                        }
                        for c in report.chains
                    },
                },
            )
        return report

    def _verify(self, trusted: Trusted) -> DatabaseReport:
        notes: list[str] = []
        problems: list[str] = []
        # chain -> seq -> (hash, who signed it); chain -> (highest signed seq, who)
        expected: dict[str, dict[int, tuple[str, str]]] = {}
        latest: dict[str, tuple[int, str]] = {}
        valid = 0
        with self.db.read() as session:
            heads = _heads(session)
            stored = _stored_checkpoints(session)
        for cp in stored:
            data = _parse(cp.payload)
            if data is None:
                problems.append(f"checkpoint {cp.id} is not a checkpoint this version can read")
                continue
            who = _describe(cp, data)
            key = trusted.get(str(data.get("key")))
            if key is None:
                notes.append(f"{who} is ignored: its key is not trusted")
                continue
            if not signing.verify(key, cp.payload.encode("utf-8"), cp.signature):
                problems.append(f"{who}: the signature does not match its content, so it was altered")
                continue
            valid += 1
            for chain in data["chains"]:
                name, seq, digest = str(chain["name"]), int(chain["seq"]), str(chain["hash"])
                seen = expected.setdefault(name, {}).get(seq)
                if seen is not None and seen[0] != digest:
                    problems.append(f"{who} and {seen[1]} signed different records at seq {seq} of {name}")
                expected[name].setdefault(seq, (digest, who))
                if seq >= latest.get(name, (-1, ""))[0]:
                    latest[name] = (seq, who)
        # decision chains first, then the audit chain
        names = sorted({h.name for h in heads} | set(expected), key=lambda n: (n == ledger.AUDIT, n))
        chains = []
        for name in names:
            with self.db.read() as session:  # the head first, then the walk: appends may follow it
                row = session.execute(
                    select(LedgerHead.seq, LedgerHead.hash).where(LedgerHead.name == name)
                ).first()
                head = (row.seq, row.hash) if row is not None else None
                report, last_seq, last_hash = walk(chain_records(session, name), expected.get(name, {}), head)
            signed_seq, signed_by = latest.get(name, (None, ""))
            if report.ok and head is None:
                report = ledger.ChainReport(
                    report.checked, False, f"{signed_by} signed this chain but its head row is gone"
                )
            elif report.ok and signed_seq is not None and signed_seq > last_seq:
                report = ledger.ChainReport(
                    report.checked,
                    False,
                    f"{signed_by} signed up to seq {signed_seq} but the chain ends at seq {last_seq}: "
                    "signed records were removed",
                )
            chains.append(ChainStatus(name, report, last_seq, last_hash, signed_seq, signed_by))
        return DatabaseReport(chains, valid, notes, problems)
