"""Policies on PostgreSQL, attacked as psql would with each person's own login: only leads and admins
publish (through ``ws_publish_policy``), nobody changes a published version, nobody chooses the
policy version a decision records (the database stamps and hashes it)."""

from __future__ import annotations

import json

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.reliability.test_pg_rules import EVERYONE, refused, rows
from workstation import policies
from workstation.config import RESOURCES
from workstation.decisions import DecisionRequest
from workstation.errors import PermissionDenied

pytestmark = pytest.mark.postgres

SOP = RESOURCES / "policies" / "sop-2026-11.toml"


def _publish_as(world: World, who: str) -> policies.Policy:
    services = open_as(world, who)
    try:
        return services.policies.publish(
            world.people[who], policies.read_file(SOP), services.clock.now().date()
        )
    finally:
        services.close()


@pytest.mark.parametrize("who", EVERYONE)
def test_nobody_writes_policy_versions_directly(world: World, who: str) -> None:
    with world.connect(who) as conn:
        refused(
            conn,
            "INSERT INTO policy_versions (version, title, effective_at, published_at, content, sha256) "
            "VALUES ('x', 'x', now(), now(), '{}', '')",
        )
        refused(conn, "UPDATE policy_versions SET title = 'x'")
        refused(conn, "DELETE FROM policy_versions")


@pytest.mark.parametrize("who", ["ann", "wendy"])
def test_reviewers_and_wellbeing_cannot_publish_even_through_the_function(world: World, who: str) -> None:
    with world.connect(who) as conn:
        message = refused(
            conn,
            "SELECT ws_publish_policy(NULL, 'v9', 't', now()::timestamp, %s::jsonb, NULL)",
            (json.dumps({"title": "t", "sections": [{"id": "a"}]}),),
        )
    assert "may not publish policies" in message or "permission denied" in message


def test_a_lead_publishes_everyone_reads_and_nobody_changes_it(world: World) -> None:
    published = _publish_as(world, "leo")
    assert published.version == "2026-11"
    for who in EVERYONE:
        with world.connect(who) as conn:
            assert rows(conn, "SELECT version, sha256 FROM policy_versions") == [
                ("2026-11", published.sha256)
            ]
    # The database's hash of the content is the workstation's (the same canonical JSON).
    content = policies.content_of(policies.read_file(SOP), None, published.effective_at.date())  # type: ignore[union-attr]
    import hashlib

    assert published.sha256 == hashlib.sha256(policies.canonical_json(content).encode()).hexdigest()
    with world.connect("leo") as conn:
        # a second publication of the same version, a backdated one: refused by the function
        import psycopg

        for version, day in (
            ("2026-11", "now()"),
            ("v2", "now() - interval '3 days'"),
            ("v3", "now() + interval '400 days'"),
        ):
            with pytest.raises(
                psycopg.DatabaseError, match=r"never changes|takes effect (today or later|within)"
            ):
                conn.execute(
                    f"SELECT ws_publish_policy(NULL, '{version}', 't', ({day})::timestamp, %s::jsonb, NULL)",
                    (json.dumps({"title": "t", "sections": [{"id": "a"}]}),),
                )
    # Not even the owner changes a published row: the trigger refuses.
    import psycopg

    with psycopg.connect(world.owner_url.replace("+psycopg", ""), autocommit=True) as owner:
        for statement in ("UPDATE policy_versions SET title = 'x'", "DELETE FROM policy_versions"):
            with pytest.raises(psycopg.DatabaseError, match="never changes"):
                owner.execute(statement.encode())
        with pytest.raises(psycopg.DatabaseError, match="never changes"):
            owner.execute(b"TRUNCATE policy_versions")
    services = open_as(world, "ann")
    try:
        with pytest.raises(PermissionDenied):
            services.policies.publish(
                world.people["ann"], policies.read_file(SOP), services.clock.now().date()
            )
    finally:
        services.close()


def test_a_reviewers_decision_is_stamped_by_the_database_and_verifies(world: World) -> None:
    _publish_as(world, "leo")
    services = open_as(world, "ann")
    try:
        ann = world.people["ann"]
        claim = services.claims.claim_next(ann, "general")
        assert claim is not None
        record = services.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow"))
        assert record.policy_version == "2026-11"
    finally:
        services.close()
    owner = open_as(world, "leo")
    try:
        report = owner.decisions.verify()
        assert report.ok, report.problem
    finally:
        owner.close()
