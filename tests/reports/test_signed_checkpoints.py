"""Signing keys and signed checkpoints: an insider who writes the database cannot rewrite what a lead
signed without ``audit verify`` refusing "ok" (issue 11). Both databases, the real CLI in-process."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from reports_world import World
from sqlalchemy import delete, select, update

from workstation import cli, ledger, signing
from workstation.checkpoints import PAYLOAD_KIND, ChainStatus, DatabaseReport, decision_records, walk
from workstation.errors import ConfigError, InvalidInput, NotFound, PermissionDenied
from workstation.models import AuditEvent, Checkpoint, Decision, LedgerHead, SigningKey, User


def sign_in_as(world: World, user: str) -> None:
    """PostgreSQL: identity is the connection's login (docs/threat-model.md), so the test's login is
    mapped to ``user`` (``users.db_login``, migration 0005) as an admin maps a person's own login."""
    if world.db.is_sqlite:
        return
    login = world.directory.session_login()
    with world.db.write() as session:
        session.execute(update(User).where(User.db_login == login).values(db_login=None))
        session.execute(update(User).where(User.username == user).values(db_login=login))


def run(world: World, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    # Signed in as ``user`` through main()'s Python argument on SQLite, the mapped login on
    # PostgreSQL: identity is never a flag or an environment variable outside the demo
    # (docs/threat-model.md).
    sign_in_as(world, user)
    code = cli.main(["--database-url", world.db.url, *argv], out=out, err=err, account=lambda: user)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def chain(report: DatabaseReport, name: str) -> ChainStatus:
    return next(c for c in report.chains if c.name == name)


def signed(world: World) -> DatabaseReport:
    """A checkpoint by the lead over the seeded log, then the verdict on the database."""
    world.checkpoints.checkpoint(world.users["lead"], world.signers["lead"])
    return world.checkpoints.verify_database(world.users["lead"])


def queue_chain(world: World, queue: str) -> str:
    """The name of ``queue``'s decision chain (one chain per queue since migration 0005)."""
    return f"decisions/{world.queues[queue]}"


def rewrite_decisions_from(world: World, name: str, seq: int, **changes: object) -> None:
    """What an insider with write access does: change decision ``seq`` of chain ``name``, recompute
    every later hash of that chain and its head, so the hash chain alone verifies."""
    in_chain = Decision.chain == name
    with world.db.write() as session:
        session.execute(update(Decision).where(in_chain, Decision.seq == seq).values(**changes))
    with world.db.read() as session:
        records = list(decision_records(session, name))
    prev = ledger.GENESIS
    with world.db.write() as session:
        for fields, _, _ in records:
            digest = ledger.digest(prev, fields)
            if fields["seq"] >= seq:
                session.execute(
                    update(Decision)
                    .where(in_chain, Decision.seq == fields["seq"])
                    .values(prev_hash=prev, hash=digest)
                )
            prev = digest
        session.execute(
            update(LedgerHead)
            .where(LedgerHead.name == name)
            .values(hash=prev, seq=records[-1][0]["seq"], prev_hash=None)
        )


# -- keys ------------------------------------------------------------------------------------------


def test_keygen_writes_a_private_key_only_its_owner_can_read_and_prints_the_public_key(
    logged: World, tmp_path: Path
) -> None:
    path = tmp_path / "me" / "signing-key.pem"
    code, out, err = run(logged, "lead", "audit", "keygen", "--key", str(path))
    assert code == 0 and out.startswith("ed25519:") and "workstation audit keys add" in err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert signing.public_path(path).read_text().strip() == out.strip()
    private = path.read_bytes()
    assert b"PRIVATE KEY" in private and b"ENCRYPTED" not in private
    code, _, err = run(logged, "lead", "audit", "keygen", "--key", str(path))
    assert code == 2 and "a signing key already exists" in err and path.read_bytes() == private
    # never in the database, never in the log
    code, _, _ = run(logged, "admin", "audit", "keys", "add", "lead2", str(signing.public_path(path)))
    assert code == 0
    body = private.split(b"\n")[1]
    log = Path(os.environ["WORKSTATION_DATA_DIR"]) / "workstation.log"
    assert body not in (log.read_bytes() if log.exists() else b"")
    if logged.db.is_sqlite:
        assert body not in Path(logged.db.engine.url.database or "").read_bytes()


def test_a_passphrase_protects_the_key_and_a_readable_key_is_refused(logged: World, tmp_path: Path) -> None:
    secret = tmp_path / "pass"
    secret.write_text("correct horse\n")
    path = tmp_path / "enc.pem"
    assert (
        run(logged, "lead", "audit", "keygen", "--key", str(path), "--passphrase-file", str(secret))[0] == 0
    )
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    with pytest.raises(signing.PassphraseNeeded):
        signing.load(path)
    with pytest.raises(ConfigError, match="wrong passphrase"):
        signing.load(path, b"wrong")
    signer = signing.load(path, b"correct horse")
    logged.checkpoints.add_key(logged.users["admin"], "lead-enc", signer.public)
    # without a terminal and without --passphrase-file: one clear sentence
    code, _, err = run(logged, "lead", "audit", "checkpoint", "--key", str(path))
    assert code == 2 and "protected by a passphrase: run this in a terminal, or give --passphrase-file" in err
    code, out, _ = run(
        logged, "lead", "audit", "checkpoint", "--key", str(path), "--passphrase-file", str(secret)
    )
    assert code == 0 and f"with key {signer.fingerprint}" in out
    path.chmod(0o644)
    code, _, err = run(
        logged, "lead", "audit", "checkpoint", "--key", str(path), "--passphrase-file", str(secret)
    )
    assert code == 2 and "is readable by other accounts (mode 644)" in err
    code, _, err = run(logged, "lead", "audit", "checkpoint", "--key", str(tmp_path / "none.pem"))
    assert code == 2 and "no signing key at" in err and "audit keygen" in err


def test_only_admins_list_and_revoke_keys_and_every_change_is_audited(logged: World, tmp_path: Path) -> None:
    other = signing.generate(tmp_path / "other.pem")
    text = signing.public_text(other.public)
    code, _, err = run(logged, "lead", "audit", "keys", "add", "other", text)
    assert code == 2 and "lead may not list a trusted signing key: that needs the admin role" in err
    assert logged.audit_actions()[-1] == ("refused", "list a trusted signing key")
    assert run(logged, "admin", "audit", "keys", "add", "other", text)[0] == 0
    assert logged.audit_actions()[-1] == ("audit.keys.add", "other")
    code, _, err = run(logged, "admin", "audit", "keys", "add", "again", text)
    assert code == 2 and f"that key ({other.fingerprint}) is already listed as other" in err
    for junk in ("ed25519:AAAA", "not-a-key", str(tmp_path / "missing.pub")):
        code, _, err = run(logged, "admin", "audit", "keys", "add", "x", junk)
        assert code == 2 and err.count("\n") == 1, err
    code, out, _ = run(logged, "lead", "audit", "keys", "list")
    assert code == 0 and other.fingerprint in out and "trusted" in out
    assert run(logged, "ann", "audit", "keys", "list")[0] == 2
    assert run(logged, "lead", "audit", "keys", "revoke", "other")[0] == 2
    code, out, _ = run(logged, "admin", "audit", "keys", "revoke", other.fingerprint)
    assert code == 0 and "revoked key" in out
    assert logged.audit_actions()[-1] == ("audit.keys.revoke", "other")
    assert other.fingerprint not in logged.trusted()
    with pytest.raises(NotFound):
        logged.checkpoints.revoke_key(logged.users["admin"], "other")


# -- checkpoints -----------------------------------------------------------------------------------


def test_a_checkpoint_signs_every_chain_head_and_verify_reports_the_unsigned_tail(logged: World) -> None:
    lead = logged.users["lead"]
    info = logged.checkpoints.checkpoint(lead, logged.signers["lead"])
    with logged.db.read() as session:
        heads = {
            n: (s, h) for n, s, h in session.execute(select(LedgerHead.name, LedgerHead.seq, LedgerHead.hash))
        }
        row = session.execute(select(Checkpoint)).scalar_one()
        event = session.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
    signed_heads = {h.name: (h.seq, h.hash) for h in info.heads}
    # the checkpoint's own audit event comes right after the audit head it signed
    assert signed_heads == heads | {"audit": (event.seq - 1, event.prev_hash)}
    assert (event.action, event.details["signature"]) == ("audit.checkpoint", row.signature)
    general, gore = queue_chain(logged, "general"), queue_chain(logged, "gore")
    assert {general, gore} <= set(signed_heads)
    logged.decide("ann", "general", 2)
    report = logged.checkpoints.verify_database(lead)
    assert report.ok and report.checkpoints_valid == 1
    decisions = chain(report, general)
    assert (decisions.signed_seq, decisions.last_seq, decisions.unsigned_tail) == (5, 7, 2)
    decisions = chain(report, gore)
    assert (decisions.signed_seq, decisions.last_seq, decisions.unsigned_tail) == (4, 4, 0)
    code, out, _ = run(logged, "lead", "audit", "verify")
    assert code == 0
    assert f"{general}: ok (7 records; signed up to seq 5 by checkpoint 1 (lead, key" in out
    assert f"{gore}: ok (4 records; signed up to seq 4 by checkpoint 1 (lead, key" in out
    assert "2 records after it are only hash-chained" in out
    assert "1 valid signed checkpoint(s), trusting the keys listed in the database" in out


def test_only_a_lead_or_admin_with_a_trusted_key_signs(logged: World, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        logged.checkpoints.checkpoint(logged.users["ann"], logged.signers["lead"])
    stranger = signing.generate(tmp_path / "stranger.pem")
    with pytest.raises(InvalidInput, match=f"your key {stranger.fingerprint} is not among the trusted keys"):
        logged.checkpoints.checkpoint(logged.users["lead"], stranger)


def test_a_rewritten_decision_below_a_checkpoint_is_caught_though_every_hash_was_recomputed(
    logged: World,
) -> None:
    assert signed(logged).ok
    gore = queue_chain(logged, "gore")  # bob's first removal in gore turned into an allow
    rewrite_decisions_from(logged, gore, 1, verdict="allow", reason="")
    report = logged.checkpoints.verify_database(logged.users["lead"])
    assert not report.ok and chain(report, queue_chain(logged, "general")).report.ok
    assert chain(report, gore).report.problem.startswith("seq 4 is not the record checkpoint 1 (lead, key")
    code, out, _ = run(logged, "lead", "audit", "verify")
    assert code == 1 and f"{gore}: BROKEN: seq 4 is not the record checkpoint 1" in out
    with pytest.raises(InvalidInput, match="refusing to sign a checkpoint over a broken log"):
        logged.checkpoints.checkpoint(logged.users["lead"], logged.signers["lead"])


def test_a_forged_decision_after_the_checkpoint_is_only_hash_chained_and_said_so(logged: World) -> None:
    """The limit of what a checkpoint proves: a re-hashed record after it verifies, in the tail."""
    assert signed(logged).ok
    logged.decide("ann", "general", 1)
    general = queue_chain(logged, "general")
    rewrite_decisions_from(logged, general, 6, note="forged after the checkpoint")
    report = logged.checkpoints.verify_database(logged.users["lead"])
    assert report.ok and chain(report, general).unsigned_tail == 1


def test_truncation_below_a_checkpoint_is_caught(logged: World) -> None:
    assert signed(logged).ok
    gore = queue_chain(logged, "gore")
    with logged.db.write() as session:
        row = session.execute(select(Decision).where(Decision.chain == gore, Decision.seq == 2)).scalar_one()
        session.execute(delete(Decision).where(Decision.chain == gore, Decision.seq > 2))
        session.execute(update(LedgerHead).where(LedgerHead.name == gore).values(seq=2, hash=row.hash))
    report = logged.checkpoints.verify_database(logged.users["lead"])
    assert chain(report, gore).report.problem.startswith("checkpoint 1 (lead, key")
    assert "signed up to seq 4 but the chain ends at seq 2: signed records were removed" in (
        chain(report, gore).report.problem
    )


def test_a_zeroed_head_is_caught_and_never_signed(logged: World) -> None:
    general = queue_chain(logged, "general")
    with logged.db.write() as session:
        session.execute(update(LedgerHead).where(LedgerHead.name == general).values(hash=ledger.GENESIS))
    report = logged.checkpoints.verify_database(logged.users["lead"])
    assert "does not match record 5: the head was overwritten" in (chain(report, general).report.problem)
    with pytest.raises(InvalidInput, match="refusing to sign a checkpoint over a broken log"):
        logged.checkpoints.checkpoint(logged.users["lead"], logged.signers["lead"])


def test_an_edited_or_removed_checkpoint_is_caught(logged: World) -> None:
    assert signed(logged).ok
    general = queue_chain(logged, "general")
    with logged.db.write() as session:
        row = session.execute(select(Checkpoint)).scalar_one()
        data = json.loads(row.payload)
        for head in data["chains"]:
            if head["name"] == general:
                head["seq"] = 4
        forged = signing.canonical_bytes(data).decode()
        assert forged != row.payload
        session.execute(update(Checkpoint).values(payload=forged))
    report = logged.checkpoints.verify_database(logged.users["lead"])
    assert not report.ok and any("the signature does not match its content" in p for p in report.problems)
    with logged.db.write() as session:  # the row removed: its audit event still carries it
        session.execute(delete(Checkpoint))
    report = logged.checkpoints.verify_database(logged.users["lead"])
    assert report.ok and report.checkpoints_valid == 1 and chain(report, general).signed_seq == 5


def test_a_key_listed_by_whoever_writes_the_database_counts_only_without_trust_key(
    logged: World, tmp_path: Path
) -> None:
    """The insider lists their own key with SQL and signs a checkpoint with it: the database's key list
    trusts it; a verifier given the lead's public key out of band ignores it and says so."""
    assert signed(logged).ok
    mallory = signing.generate(tmp_path / "mallory.pem")
    payload = {
        "kind": PAYLOAD_KIND,
        "at": "2026-01-19T00:00:00+00:00",
        "signer": "mallory",
        "key": mallory.fingerprint,
        "chains": [],
    }
    text = signing.canonical_bytes(payload).decode()
    with logged.db.write() as session:
        session.add(
            SigningKey(
                name="lead",
                public_key=signing.public_text(mallory.public),
                fingerprint=mallory.fingerprint,
                added_at=logged.clock.now(),
            )
        )
        session.add(
            Checkpoint(
                at=logged.clock.now(),
                key_fingerprint=mallory.fingerprint,
                payload=text,
                signature=mallory.sign(text.encode()),
            )
        )
    code, out, _ = run(logged, "lead", "audit", "verify")
    assert code == 0 and "2 valid signed checkpoint(s), trusting the keys listed in the database" in out
    lead_pub = signing.public_path(logged.keys_dir / "lead.pem")
    code, out, _ = run(logged, "lead", "audit", "verify", "--trust-key", str(lead_pub))
    assert code == 0 and "1 valid signed checkpoint(s), trusting the keys given with --trust-key" in out
    assert f"note: checkpoint 2 (mallory, key {mallory.fingerprint}, " in out and "is ignored" in out


def test_records_appended_after_the_head_was_read_are_not_a_clobbered_head(logged: World) -> None:
    """On PostgreSQL decisions commit while a verify walks: the head read first may lag the walk."""
    with logged.db.read() as session:
        records = list(decision_records(session, queue_chain(logged, "general")))
    (_, _, h4), (_, _, h5) = records[3], records[4]
    assert walk(records, {}, (4, h4))[0].ok
    assert walk(records, {}, (5, h5))[0].ok
    assert "does not match record 4: the head was overwritten" in walk(records, {}, (4, h5))[0].problem
    assert "the head is at seq 6 but the chain ends at seq 5" in walk(records, {}, (6, h5))[0].problem


def test_absurd_key_input_gets_one_sentence(logged: World, tmp_path: Path) -> None:
    """Found by running the real commands with the wrong files: each is one clear sentence."""
    lead_key = logged.keys_dir / "lead.pem"
    cases = [
        (
            ("admin", "audit", "keys", "add", "x", str(lead_key)),
            "that is a private key, which stays with its owner",
        ),
        (("lead", "audit", "verify", str(tmp_path), "--trust-key", str(lead_key)), "that is a private key"),
        (("lead", "audit", "verify", "/dev/null"), "/dev/null is not a regular file"),
        (("lead", "audit", "keygen", "--key", str(tmp_path)), f"{tmp_path} is a folder"),
        (
            ("lead", "audit", "keygen", "--key", "/proc/none/k.pem"),
            "cannot write the signing key at /proc/none/k.pem",
        ),
        (("ann", "audit", "checkpoint"), "ann may not sign a checkpoint: that needs the lead or admin role"),
        (
            ("lead", "audit", "checkpoint", "--key", str(signing.public_path(lead_key))),
            "is not a private key (a .pub file holds only the public half)",
        ),
    ]
    for (user, *argv), expected in cases:
        code, _, err = run(logged, user, *argv)
        assert code == 2 and expected in err and err.count("\n") == 1, (argv, err)
