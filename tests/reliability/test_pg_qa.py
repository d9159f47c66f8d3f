"""QA sampling and the blind second review on PostgreSQL through each person's own login, attacked as
psql would (migration 0016)."""

from __future__ import annotations

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.reliability.test_pg_rules import refused, rows
from workstation.checkpoints import Checkpoints

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("who", ["ann", "bob", "wendy"])
def test_only_leads_and_admins_sample_and_only_leads_review_even_with_psql(world: World, who: str) -> None:
    target = world.ids["bob_decision"]
    with world.connect(who) as conn:
        refused(conn, f"SELECT ws_qa_sample(NULL, ARRAY[{target}], ARRAY['stratified'], NULL)")
        refused(conn, "SELECT ws_qa_review(NULL, 1, 'allow', 'agree', '', NULL)")
        # nor by hand: no writing the tables, no calling the owner's chain link
        refused(
            conn,
            "INSERT INTO qa_samples (decision_id, sampled_at, sampled_by, why) "
            f"VALUES ({target}, now(), 1, 'stratified')",
        )
        refused(
            conn,
            "INSERT INTO qa_reviews (seq, sample_id, reviewer_id, verdict, outcome, note, at, "
            "prev_hash, hash) "
            "VALUES (1, 1, 1, 'allow', 'agree', '', now(), 'x', 'y')",
        )
        refused(conn, "SELECT ws_qa_append(1, 1, 'allow', 'agree', '', now()::timestamp)")


def test_a_lead_samples_and_reviews_through_their_login_and_the_reviewer_sees_only_their_own(
    world: World,
) -> None:
    target = world.ids["bob_decision"]
    with world.connect("ada") as conn:  # admins sample, but are not QA reviewers
        assert rows(conn, f"SELECT ws_qa_sample(NULL, ARRAY[{target}], ARRAY['stratified'], NULL)") == [(1,)]
        refused(
            conn, "SELECT ws_qa_review(NULL, (SELECT id FROM qa_samples LIMIT 1), 'allow', NULL, '', NULL)"
        )
    lead = open_as(world, "leo")
    try:
        leo = world.people["leo"]
        item = lead.qa.next_item(leo)
        assert item is not None and item.external_ref == "general-0"
        result = lead.qa.review(leo, item.sample_id, "remove", "under-enforcement", "missed the spam")
        assert (result.first_verdict, result.first_reviewer, result.outcome) == (
            "allow",
            "bob",
            "under-enforcement",
        )
        report = Checkpoints(lead.db, lead.clock).verify_database(leo)
        (chain,) = [c for c in report.chains if c.name == "qa"]
        assert chain.report.ok and chain.report.checked == 1 and report.ok
        (row,) = lead.qa.report(leo, "queue")
        assert row["n"] == 1 and row["kappa_shown"] is False
    finally:
        lead.close()
    with world.connect("leo") as conn:  # append-only, also for a lead with psql
        refused(conn, "UPDATE qa_reviews SET outcome = 'agree'")
        refused(conn, "DELETE FROM qa_reviews")
        refused(conn, "UPDATE ledger_heads SET seq = 0 WHERE name = 'qa'")
    bob = open_as(world, "bob")
    try:
        mine = bob.qa.mine(world.people["bob"])
        assert mine["n"] == 1 and mine["items"][0]["qa_verdict"] == "remove"
    finally:
        bob.close()
    with world.connect("ann") as conn:  # another reviewer sees nothing of bob's QA
        assert rows(conn, "SELECT * FROM qa_reviews") == []
        assert rows(conn, "SELECT * FROM qa_samples") == []
    with world.connect("wendy") as conn:  # QA data is never wellbeing data: no grant at all
        refused(conn, "SELECT * FROM qa_reviews")
        refused(conn, "SELECT * FROM qa_samples")
