"""Golden items on PostgreSQL through each person's own login, attacked as psql would (migration 0018):
a reviewer cannot read which items are golden nor their answer, cannot add, retire or mark copies,
and the rows a reviewer can read do not pair a copy with its source."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability.pg_logins import World, open_as
from tests.reliability.test_pg_rules import refused, rows
from tests.workstation.test_golden import batch
from workstation.decisions import DecisionRequest
from workstation.golden import GoldenService
from workstation.importer import Importer
from workstation.sla import OperationsSettings

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("who", ["ann", "bob", "wendy"])
def test_only_leads_and_admins_read_or_write_golden_items_even_with_psql(world: World, who: str) -> None:
    item = world.ids["decided_item"]
    with world.connect(who) as conn:
        refused(conn, "SELECT * FROM golden_items")
        refused(conn, "SELECT * FROM golden_instances")
        refused(conn, "SELECT count(*) FROM golden_instances gi JOIN items i ON i.id = gi.item_id")
        refused(conn, f"SELECT ws_golden_add(NULL, {item}, 'remove', NULL)")
        refused(conn, "SELECT ws_golden_retire(NULL, 1, NULL)")
        refused(conn, f"SELECT ws_golden_mixed(NULL, ARRAY[{item}], ARRAY[1], NULL)")
        refused(
            conn,
            f"INSERT INTO golden_items (item_id, queue_id, expected, added_at, added_by) "
            f"VALUES ({item}, {world.ids['general']}, 'remove', now(), 1)",
        )
        refused(conn, "INSERT INTO golden_instances (golden_id, item_id, mixed_at) VALUES (1, 1, now())")
        refused(conn, "UPDATE settings SET value = '0.2' WHERE key = 'operations.qa.golden_rate'")
        refused(conn, "SELECT ws_set_operations_setting(NULL, 'operations.qa.golden_rate', '0.2', NULL)")


def test_a_lead_adds_through_the_function_only_and_nobody_speaks_for_someone_else(world: World) -> None:
    item = world.ids["decided_item"]
    ann = world.people["ann"].id
    with world.connect("leo") as conn:
        refused(
            conn,
            f"INSERT INTO golden_items (item_id, queue_id, expected, added_at, added_by) "
            f"VALUES ({item}, {world.ids['general']}, 'remove', now(), 1)",
        )
        (golden,) = rows(conn, f"SELECT ws_golden_add(NULL, {item}, 'remove', NULL)")[0]
        assert rows(conn, "SELECT expected FROM golden_items") == [("remove",)]
        refused(conn, "UPDATE golden_items SET expected = 'allow'")
        refused(conn, "DELETE FROM golden_items")
        # a copy is only ever a new pending item: not a decided one, not the source itself
        with pytest.raises(Exception, match="not a new copy"):
            conn.execute(f"SELECT ws_golden_mixed(NULL, ARRAY[{item}], ARRAY[{golden}], NULL)".encode())
    with world.connect("ann") as conn:
        refused(conn, f"SELECT * FROM ws_my_golden({world.people['bob'].id}, NULL)")  # not bob's figures
        assert rows(conn, "SELECT * FROM ws_my_golden(NULL, '2100-01-01')") == [(0, 0)]
        assert rows(conn, f"SELECT * FROM ws_my_golden({ann}, NULL)") == [(0, 0)]


def test_through_logins_copies_reach_a_reviewer_as_ordinary_items(world: World, tmp_path: Path) -> None:
    """ada sets the rate, leo adds a golden item and imports, ann claims and decides as herself:
    her claims and every row she can read look alike; leo's report has her accuracy; her own
    figure waits for tomorrow."""
    ada, leo, ann = (open_as(world, n) for n in ("ada", "leo", "ann"))
    try:
        OperationsSettings(ada.db, ada.clock).set_golden_rate(world.people["ada"], 0.2)
        golden = GoldenService(leo.db, leo.clock, random.Random(11))
        importer = Importer(leo.db, leo.clock, golden=golden)
        lead = world.people["leo"]
        assert importer.run(lead, "general", [batch(tmp_path / "b0", 0, 1)]).items == 1
        g = golden.add(lead, "img-0000.png", "remove")
        assert importer.run(lead, "general", [batch(tmp_path / "b1", 100, 40)]).items == 40
        with world.connect("leo") as conn:
            copies = {i for (i,) in rows(conn, "SELECT item_id FROM golden_instances")}
        assert 3 <= len(copies) <= 20
        me = world.people["ann"]
        claims = []
        while (claim := ann.claims.claim_next(me, "general")) is not None:
            verdict = "remove" if claim.item_id in copies else "allow"
            reason = "spam" if verdict == "remove" else ""
            ann.decisions.decide(me, DecisionRequest(claim.claim_id, verdict, reason=reason))
            claims.append(claim)
        assert copies <= {c.item_id for c in claims}
        media_fields = {tuple(sorted(vars(m))) for c in claims for m in c.media}
        assert len(media_fields) == 1
        assert all(c.media and c.media[0].phash for c in claims if c.external_ref.startswith("img-0"))
        with world.connect("ann") as conn:  # what psql shows ann pairs no copy with the source
            assert rows(
                conn, "SELECT count(*) FROM media_assets WHERE content_key IS NULL OR content_key <> sha256"
            ) == [(0,)]
            assert rows(conn, "SELECT sha256 FROM media_assets GROUP BY sha256 HAVING count(*) > 1") == []
            assert rows(conn, "SELECT phash FROM media_assets GROUP BY phash HAVING count(*) > 1") == []
            assert rows(
                conn,
                "SELECT created_at, count(*) FROM items WHERE id IN ("
                + ",".join(map(str, copies))
                + ") GROUP BY created_at",
            )[0][1] == len(copies)  # imported at the batch's moment
        report = {r["reviewer"]: r for r in leo.qa.report(lead, "reviewer")}
        assert (report["ann"]["golden_n"], report["ann"]["golden_correct"]) == (len(copies), len(copies))
        assert ann.qa.mine(me)["golden"]["n"] == 0  # decided today: not counted yet
        assert golden.listing(lead)[0].id == g.id and golden.retire(lead, g.id).retired_at is not None
    finally:
        for s in (ada, leo, ann):
            s.close()
