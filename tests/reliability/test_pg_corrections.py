"""Corrections and appeals on PostgreSQL through each person's own login, attacked as psql would."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.reliability.test_pg_rules import refused, rows
from workstation.decisions import DecisionRequest
from workstation.errors import InvalidInput, PermissionDenied

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("who", ["ann", "bob", "wendy"])
def test_only_leads_and_admins_correct_or_appeal_even_with_psql(world: World, who: str) -> None:
    target = world.ids["bob_decision"]
    with world.connect(who) as conn:
        refused(conn, f"SELECT ws_correct(NULL, {target}, 'x1', 'remove', 'spam', '', NULL)")
        refused(conn, f"SELECT ws_appeal(NULL, {target}, 'x2', 'because', NULL)")
        # nor by hand: no INSERT on decisions, no calling the owner's chain function
        refused(
            conn,
            f"SELECT ws_chain_decision({world.people[who].id}, 1, NULL, 'x3', 'remove', 'r', '', "
            "now()::timestamp, 0, 'filtered', " + str(target) + ")",
        )


def test_a_lead_corrects_through_their_login_and_the_reviewer_reads_only_their_own_notices(
    world: World,
) -> None:
    target = world.ids["bob_decision"]
    lead = open_as(world, "leo")
    try:
        since = lead.clock.now() - timedelta(hours=1)
        with pytest.raises(InvalidInput, match="needs a reason"):
            lead.corrections.correct(world.people["leo"], target, "remove", " ")
        fixed = lead.corrections.correct(world.people["leo"], target, "remove", "spam")
        assert fixed.reviewer == "leo" and fixed.supersedes_client_id is not None
        # a login names only itself as the actor
        with pytest.raises(PermissionDenied, match="acts only as itself"):
            lead.corrections.correct(world.people["ada"], fixed.id, "allow", "x")
        assert lead.decisions.verify().ok
    finally:
        lead.close()
    bob = open_as(world, "bob")
    try:
        notices = bob.corrections.notices_for(world.people["bob"], since)
        assert [n.text() for n in notices] == ["your decision on general-0 was corrected to Remove: spam"]
    finally:
        bob.close()
    with world.connect("ann") as conn:
        # ann has no decision: nothing; and she cannot read bob's notices by naming him
        assert rows(conn, "SELECT * FROM ws_my_notices(NULL, now()::timestamp - interval '1 day')") == []
        refused(
            conn,
            f"SELECT * FROM ws_my_notices({world.people['bob'].id}, now()::timestamp - interval '1 day')",
        )
        # nor the lead's correcting decision itself (row-level security)
        assert rows(conn, "SELECT id FROM decisions WHERE verdict = 'remove'") == []


def test_an_appeal_through_logins_goes_to_another_reviewer(world: World) -> None:
    target = world.ids["bob_decision"]
    lead = open_as(world, "leo")
    try:
        appeal = lead.corrections.appeal(world.people["leo"], target, "the uploader disputes it")
        assert appeal.verdict == "appealed"
    finally:
        lead.close()
    bob = open_as(world, "bob")
    try:
        while (claim := bob.claims.claim_next(world.people["bob"], "general")) is not None:
            assert claim.item_id != world.ids["decided_item"]  # never bob's own appealed item
            bob.claims.skip(world.people["bob"], claim.claim_id)
    finally:
        bob.close()
    ann = open_as(world, "ann")
    try:
        claim = ann.claims.claim_next(world.people["ann"], "general")
        # equal priority and SLA: the lowest id first, which is the appealed item
        assert claim is not None and claim.item_id == world.ids["decided_item"]
        outcome = ann.decisions.decide(world.people["ann"], DecisionRequest(claim.claim_id, "allow"))
        assert outcome.supersedes_client_id == appeal.client_id
    finally:
        ann.close()
    owner = open_as(world, "leo")
    try:
        assert owner.decisions.verify().ok
    finally:
        owner.close()
