"""The window's QA steps (``open_next``, ``commit_verdict``, ``my_reviews``) through each person's own
PostgreSQL login (migration 0016's grants and row-level security, no new ones): a lead opens and
commits blind, the audit event is written through ws_audit under the lead's login, a reviewer reads
their own My QA and nobody else's, and a reviewer cannot open or commit."""

from __future__ import annotations

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.reliability.test_pg_rules import rows
from workstation.errors import PermissionDenied

pytestmark = pytest.mark.postgres


def test_the_window_steps_through_the_real_logins(world: World) -> None:
    target = world.ids["bob_decision"]
    with world.connect("leo") as conn:
        assert rows(conn, f"SELECT ws_qa_sample(NULL, ARRAY[{target}], ARRAY['stratified'], NULL)") == [(1,)]
    ann = open_as(world, "ann")
    try:
        with pytest.raises(PermissionDenied):
            ann.qa.open_next(world.people["ann"])
        with pytest.raises(PermissionDenied):
            ann.qa.commit_verdict(world.people["ann"], 1, "allow")
    finally:
        ann.close()
    lead = open_as(world, "leo")
    try:
        leo = world.people["leo"]
        item = lead.qa.open_next(leo, gate=lead.wellbeing.gate)
        assert item is not None and item.blind.external_ref == "general-0" and item.verdicts
        first = lead.qa.commit_verdict(leo, item.blind.sample_id, "remove")
        assert (first.first_verdict, first.settled) == ("allow", "")
        lead.qa.review(leo, item.blind.sample_id, "remove", "under-enforcement", "missed the spam")
    finally:
        lead.close()
    with world.connect("leo") as conn:
        assert rows(
            conn,
            "SELECT details->>'verdict' FROM audit_events WHERE action = 'qa verdict committed' "
            f"AND actor_id = {world.people['leo'].id}",
        ) == [("remove",)]
    bob = open_as(world, "bob")
    try:
        mine = bob.qa.my_reviews(world.people["bob"])
        assert mine["n"] == 1
        (entry,) = mine["items"]
        assert (entry["item"], entry["outcome"], entry["note"]) == (
            "general-0",
            "under-enforcement",
            "missed the spam",
        )
    finally:
        bob.close()
    other = open_as(world, "ann")
    try:
        assert other.qa.my_reviews(world.people["ann"])["n"] == 0
    finally:
        other.close()
