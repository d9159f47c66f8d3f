"""An item's language on PostgreSQL (migration 0020), through each person's own login as psql would: every
group reads the language exactly where it reads the item (row-level security unchanged), nobody can change
it, a lead's own INSERT still goes through the CHECK, and the app's claim through a reviewer's login
returns it. The column's privileges equal those of ``items.reason``: nobody gained or lost a right."""

from __future__ import annotations

import pytest

from tests.reliability.pg_logins import PEOPLE, World, open_as
from tests.reliability.test_pg_rules import refused, rows

pytestmark = pytest.mark.postgres

PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "REFERENCES")


def _set_languages(world: World) -> None:
    import psycopg

    with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
        su.execute(f"SET search_path = {world.schema}")
        su.execute("UPDATE items SET language = 'id' WHERE external_ref LIKE 'general-%'")
        su.execute("UPDATE items SET language = 'ar' WHERE external_ref = 'secret-1'")


@pytest.mark.parametrize("who", list(PEOPLE))
def test_the_language_is_read_where_the_item_is_and_written_by_nobody(world: World, who: str) -> None:
    _set_languages(world)
    with world.connect(who) as conn:
        items = rows(conn, "SELECT external_ref FROM items ORDER BY id")
        with_language = rows(conn, "SELECT external_ref, language FROM items ORDER BY id")
        assert [r for (r, _l) in with_language] == [r for (r,) in items]
        seen = dict(with_language)
        assert seen["general-2"] == "id"
        if who == "ann":  # the restricted queue she was not granted: neither its items nor their language
            assert "secret-1" not in seen
        if who == "bob":  # granted
            assert seen["secret-1"] == "ar"
        refused(conn, "UPDATE items SET language = 'en'")
        refused(conn, "UPDATE items SET language = NULL WHERE external_ref = 'general-2'")
        login = world.logins[who]
        for privilege in PRIVILEGES:
            ((language, reason),) = rows(
                conn,
                "SELECT has_column_privilege(%s, 'items', 'language', %s), "
                "has_column_privilege(%s, 'items', 'reason', %s)",
                (login, privilege, login, privilege),
            )
            assert language == reason, (who, privilege)
            if privilege in ("UPDATE", "REFERENCES"):
                assert not language, (who, privilege)


def test_a_lead_inserts_a_language_only_in_the_stored_spelling(world: World) -> None:
    from psycopg import errors

    queue = world.ids["general"]
    insert = (
        "INSERT INTO items (queue_id, external_ref, reason, priority, status, created_at, language) "
        "VALUES (%s, %s, '', 0, 'pending', now(), %s)"
    )
    with world.connect("leo") as conn:
        conn.execute(insert, (queue, "lead-zh", "zh-CN"))
        for n, garbage in enumerate(["zh_CN", "english", "en'); DROP TABLE items; --", "en-x-private"]):
            with pytest.raises(errors.CheckViolation):
                conn.execute(insert, (queue, f"lead-bad-{n}", garbage))
        assert rows(conn, "SELECT language FROM items WHERE external_ref LIKE 'lead-%'") == [("zh-CN",)]
    with world.connect("ann") as conn:  # a reviewer inserts no item, with or without a language
        refused(conn, insert, (queue, "ann-item", "en"))


def test_the_apps_claim_through_a_reviewers_login_returns_the_language(world: World) -> None:
    _set_languages(world)
    ann = open_as(world, "ann")
    try:
        item = ann.claims.claim_next(world.people["ann"], "general")
        assert item is not None and item.language == "id"
        peeked = ann.claims.peek_next(world.people["ann"], "general")
        assert peeked is not None and peeked.language == "id"
    finally:
        ann.close()
