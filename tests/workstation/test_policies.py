"""Policies (SOPs): publishing, immutability, the version every decision records inside its hash.

On both databases; on PostgreSQL the hash is computed by the database (``ws_chain_decision`` of
migration 0015) and ``verify()`` recomputes it in Python, so a passing verify proves the two agree.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from tests.workstation.conftest import Core
from workstation import exports, ledger, policies
from workstation.actor import Actor
from workstation.config import RESOURCES
from workstation.decisions import DecisionRequest, decision_fields
from workstation.errors import InvalidInput, NotFound, PermissionDenied
from workstation.models import AuditEvent, Decision, PolicyVersion

SOP_NOV = RESOURCES / "policies" / "sop-2026-11.toml"
SOP_DEC = RESOURCES / "policies" / "sop-2026-12.toml"


@pytest.fixture
def svc(core: Core) -> policies.PolicyService:
    return policies.PolicyService(core.db, core.clock)


def _decide(core: Core, actor: Actor, verdict: str = "allow", reason: str = "") -> Decision:
    claim = core.claims.claim_next(actor, "general")
    assert claim is not None
    record = core.decisions.decide(actor, DecisionRequest(claim.claim_id, verdict, reason=reason))
    with core.db.read() as session:
        return session.get_one(Decision, record.id)


def test_the_shipped_taxonomies_link_every_verdict_and_reason_to_a_published_section() -> None:
    from workstation import taxonomy

    sop = policies.read_file(SOP_DEC)
    for name in ("general", "violence", "self_harm"):
        for verdict in taxonomy.builtin(name):
            assert verdict.policy and sop.section(verdict.policy) is not None, (name, verdict.key)
            for reason in verdict.reasons:
                assert sop.section(verdict.policy_of(reason)) is not None
    assert all(len(s.summary) <= policies.SUMMARY_MAX for s in sop.sections)


def test_publish_then_read_and_a_version_never_changes(core: Core, svc: policies.PolicyService) -> None:
    lead = core.reviewer("leo", "lead")
    today = core.clock.now().date()
    nov = svc.publish(lead, policies.read_file(SOP_NOV), today)
    assert nov.version == "2026-11" and len(nov.sections) == 15
    assert svc.current() is not None and svc.current().version == "2026-11"  # type: ignore[union-attr]
    assert all(s.changed_on == today for s in nov.sections)
    with pytest.raises(InvalidInput, match="already published and never changes"):
        svc.publish(lead, policies.read_file(SOP_NOV), today + timedelta(days=1))
    with pytest.raises(InvalidInput, match="in the past"):
        svc.publish(lead, policies.read_file(SOP_DEC), today - timedelta(days=1))
    with pytest.raises(InvalidInput, match="more than 366 days ahead"):  # it would block every later one
        svc.publish(lead, policies.read_file(SOP_DEC), today + timedelta(days=367))
    # Only what changed gets a new "changed on" day (the SOP panel's badge reads it).
    core.clock.advance(3 * 86400)
    dec = svc.publish(lead, policies.read_file(SOP_DEC), today + timedelta(days=3))
    changed = {s.id for s in dec.sections if s.changed_on == today + timedelta(days=3)}
    assert changed == {"graphic-violence", "person-at-risk"}
    assert dec.section("allow").changed_on == today  # type: ignore[union-attr]
    assert not dec.section("allow").changed_recently(today + timedelta(days=14))  # type: ignore[union-attr]
    assert dec.section("person-at-risk").changed_recently(today + timedelta(days=16))  # type: ignore[union-attr]
    # Stored rows refuse to change, whoever asks (the owner's connection here): a trigger.
    for statement in (
        update(PolicyVersion).where(PolicyVersion.version == "2026-11").values(title="rewritten"),
        delete(PolicyVersion).where(PolicyVersion.version == "2026-11"),
    ):
        with pytest.raises(DBAPIError, match="never changes"), core.db.write() as session:
            session.execute(statement)
    assert svc.get("2026-11").title == nov.title
    with core.db.read() as session:
        actions = session.execute(select(AuditEvent.action, AuditEvent.subject)).all()
    assert ("policy published", "2026-11") in actions and ("policy published", "2026-12") in actions


def test_only_leads_and_admins_publish_and_diff(core: Core, svc: policies.PolicyService) -> None:
    ann, lead = core.reviewer("ann"), core.reviewer("leo", "lead")
    today = core.clock.now().date()
    with pytest.raises(PermissionDenied):
        svc.publish(ann, policies.read_file(SOP_NOV), today)
    svc.publish(lead, policies.read_file(SOP_NOV), today)
    svc.publish(lead, policies.read_file(SOP_DEC), today + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        svc.diff(ann, "2026-11", "2026-12")
    text = svc.diff(lead, "2026-11", "2026-12")
    assert "== section graphic-violence: changed" in text and "== section allow" not in text
    assert "+- **New in 2026-12:**" in text
    with pytest.raises(NotFound, match="no published policy version 'nope'"):
        svc.diff(lead, "2026-11", "nope")
    with core.db.read() as session:
        assert session.execute(
            select(AuditEvent.subject).where(AuditEvent.action == "policy diff")
        ).scalars().all() == ["2026-11..2026-12"]


def test_each_decision_records_the_version_in_force_inside_its_hash(
    core: Core, svc: policies.PolicyService
) -> None:
    q = core.queue()
    core.items(q, 3)
    ann = core.reviewer("ann")
    lead = core.reviewer("leo", "lead")
    before = _decide(core, ann)
    assert before.policy_version is None  # nothing published yet: hashed as before migration 0015
    svc.publish(lead, policies.read_file(SOP_NOV), core.clock.now().date())
    after = _decide(core, ann, "remove", "spam")
    assert after.policy_version == "2026-11"
    assert svc.version_in_force(after.decided_at) == "2026-11"
    # The hash covers the version: Python's fields hash to what the database stored (on PostgreSQL
    # the database computed it in SQL).
    fields = decision_fields(
        client_id=after.client_id,
        external_ref="ref-1",
        queue=q,
        reviewer="ann",
        verdict="remove",
        reason="spam",
        note="",
        decided_at=after.decided_at,
        handling_seconds=after.handling_seconds,
        reveal_state=after.reveal_state,
        supersedes=None,
        policy_version="2026-11",
    )
    assert ledger.digest(after.prev_hash, {**fields, "seq": after.seq}) == after.hash
    without = {k: v for k, v in fields.items() if k != "policy_version"}
    assert ledger.digest(after.prev_hash, {**without, "seq": after.seq}) != after.hash
    report = core.decisions.verify()
    assert report.ok and report.checked == 2, report.problem
    # Changing the recorded version breaks the chain (the owner can write; verify names it).
    with core.db.write() as session:
        session.execute(update(Decision).where(Decision.id == after.id).values(policy_version="2026-12"))
    broken = core.decisions.verify()
    assert not broken.ok and "altered" in (broken.problem or "")


def test_a_published_future_version_applies_from_its_day(core: Core, svc: policies.PolicyService) -> None:
    lead = core.reviewer("leo", "lead")
    today = core.clock.now().date()
    svc.publish(lead, policies.read_file(SOP_NOV), today)
    svc.publish(lead, policies.read_file(SOP_DEC), today + timedelta(days=2))
    assert svc.current().version == "2026-11"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match="in order"):
        other = policies.parse({**_raw(SOP_NOV), "version": "2026-11b"}, source="x")
        svc.publish(lead, other, today + timedelta(days=1))
    core.clock.advance(2 * 86400)
    assert svc.current().version == "2026-12"  # type: ignore[union-attr]


def _raw(path: Path) -> dict[str, object]:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": "../etc"}, "'version' must be"),
        ({"title": ""}, "'title' is missing"),
        ({"sections": []}, "at least one"),
        ({"extra": 1}, "unknown keys extra"),
    ],
)
def test_bad_policy_files_are_refused_in_one_sentence(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        policies.parse({**_raw(SOP_NOV), **change}, source="f.toml")


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"summary": "x" * 301}, "has 301 characters; at most 300"),
        ({"text": "see ![the clip](file:///media/x.png)"}, "embeds an image"),
        ({"examples": ["<img src=x>"]}, "embeds an image"),
        ({"examples": "one"}, "list of text"),
        ({"id": "a b"}, "needs an 'id'"),
        ({"text": "bell \x07"}, "control characters"),
    ],
)
def test_bad_sections_are_refused(section: dict[str, object], message: str) -> None:
    raw = _raw(SOP_NOV)
    first = {**raw["sections"][0], **section}  # type: ignore[index]
    with pytest.raises(InvalidInput, match=message):
        policies.parse({**raw, "sections": [first]}, source="f.toml")


def test_a_missing_or_broken_file_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="cannot read the policy file"):
        policies.read_file(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("version = ", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is not valid TOML"):
        policies.read_file(bad)


def test_export_rows_carry_the_version_and_old_rows_without_it_verify(
    core: Core, svc: policies.PolicyService
) -> None:
    q = core.queue()
    core.items(q, 2)
    ann = core.reviewer("ann")
    lead = core.reviewer("leo", "lead")
    _decide(core, ann)
    svc.publish(lead, policies.read_file(SOP_NOV), core.clock.now().date())
    _decide(core, ann)
    with core.db.read() as session:
        query = exports.with_sla_columns(exports.decision_rows(Decision.chain))
        rows = session.execute(query.order_by(Decision.seq)).all()
    cells = [dict(zip(exports.FILE_COLUMNS, exports._cells(r), strict=True)) for r in rows]
    assert [c["policy_version"] for c in cells] == ["", "2026-11"]
    count, _ = exports._check_records(iter(cells), complete=True)
    assert count == 2
    # A file written before the column existed (its decisions had no version) still verifies.
    old = [{k: v for k, v in c.items() if k != "policy_version"} for c in cells[:1]]
    assert exports._check_records(iter(old), complete=True)[0] == 1
    # Dropping the column from a decision that has a version is caught.
    forged = [{k: v for k, v in c.items() if k != "policy_version"} for c in cells]
    with pytest.raises(exports._Refused, match="altered"):
        exports._check_records(iter(forged), complete=True)


def test_the_migration_downgrades_cleanly_and_refuses_when_versions_are_hashed(
    core: Core, svc: policies.PolicyService
) -> None:
    from alembic import command
    from sqlalchemy import inspect

    db = core.db

    def downgrade() -> None:
        with db.engine.begin() as conn:
            command.downgrade(db._alembic(conn), "0009")

    q = core.queue()
    core.items(q, 2)
    ann = core.reviewer("ann")
    before = _decide(core, ann)  # no policy: nothing hashed that 0009 cannot hold
    downgrade()
    assert "policy_versions" not in inspect(db.engine).get_table_names()
    assert "policy_version" not in {c["name"] for c in inspect(db.engine).get_columns("decisions")}
    db.upgrade()
    assert core.decisions.verify().ok
    svc.publish(core.reviewer("leo", "lead"), policies.read_file(SOP_NOV), core.clock.now().date())
    after = _decide(core, ann)
    assert before.policy_version is None and after.policy_version == "2026-11"
    with pytest.raises(RuntimeError, match="record a policy version inside their hash"):
        downgrade()
    assert core.decisions.verify().ok
