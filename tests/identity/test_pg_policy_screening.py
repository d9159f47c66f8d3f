"""The policy and screenings at the PostgreSQL role level, as each person's own login with psql:
only wellbeing staff change the policy (ws_save_policy), nobody writes ``settings`` directly, and a
screening row is visible to its person and wellbeing staff only (migration 0012)."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.reliability.pg_logins import World, world  # noqa: F401  (fixture)
from wellbeing.policy import load_policy, policy_to_toml
from workstation import cli

pytestmark = pytest.mark.postgres

TEXT = policy_to_toml(load_policy()).replace("daily_budget_dose = 240.0", "daily_budget_dose = 200.0")


def refused(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> str:
    from psycopg import errors

    with pytest.raises(errors.InsufficientPrivilege) as info:
        conn.execute(sql, params or None)
    return str(info.value)


def run(w: World, who: str, *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", w.url(who), *argv], out=out, err=err)
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text and "This is a bug" not in text, text
    return code, text


@pytest.mark.parametrize("who", ["ann", "leo", "ada", "wendy"])
def test_nobody_writes_the_settings_table_directly(world: World, who: str) -> None:  # noqa: F811
    with world.connect(who) as conn:
        refused(
            conn,
            "INSERT INTO settings (key, value, updated_at) "
            "VALUES ('wellbeing_policy', 'min_group_size = 1', now()) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        )
        refused(conn, "UPDATE settings SET value = 'min_group_size = 1'")
        refused(
            conn,
            "INSERT INTO wellbeing_policy_versions (version, text, saved_at, reason) "
            "VALUES (9, 'x', now(), 'x')",
        )


@pytest.mark.parametrize("who", ["ann", "leo", "ada"])
def test_only_wellbeing_staff_may_call_ws_save_policy(world: World, who: str) -> None:  # noqa: F811
    me = world.people[who].id
    with world.connect(who) as conn:
        refused(conn, "SELECT ws_save_policy(%s, %s, 'lower the minimum', '[]', NULL)", (me, TEXT))
        refused(conn, "SELECT ws_save_policy(NULL, %s, 'x', NULL, NULL)", (TEXT,))


def test_wellbeing_saves_through_the_function_as_itself_and_it_is_audited(world: World) -> None:  # noqa: F811
    wendy = world.people["wendy"].id
    with world.connect("wendy") as conn:
        # acting as another person is refused
        text = refused(conn, "SELECT ws_save_policy(%s, %s, 'x', NULL, NULL)", (world.people["ada"].id, TEXT))
        assert "acts only as itself" in text
        # a forged clock is ignored for a person's login (ws_now), the reason is required
        import psycopg

        with pytest.raises(psycopg.DatabaseError, match="say why"):
            conn.execute("SELECT ws_save_policy(%s, %s, '   ', NULL, NULL)", (wendy, TEXT))
        version = conn.execute(
            "SELECT ws_save_policy(%s, %s, 'psql test', '[\"x\"]', '2001-01-01')", (wendy, TEXT)
        ).fetchone()
        assert version == (1,)
        saved = conn.execute(
            "SELECT saved_by, saved_at > now() - interval '1 hour' FROM wellbeing_policy_versions"
        ).fetchall()
        assert saved == [(wendy, True)]
    with world.connect("ada") as conn:  # admins read the audit trail
        rows = conn.execute(
            "SELECT actor_id, details->>'reason' FROM audit_events WHERE action = 'policy_change'"
        ).fetchall()
    assert rows == [(wendy, "psql test")]


def test_the_cli_as_each_login(world: World) -> None:  # noqa: F811
    code, text = run(world, "wendy", "policy", "set", "--set", "caps.daily_budget_dose=190", "--reason", "pg")
    assert code == 0 and "saved wellbeing policy version 1" in text
    code, text = run(world, "ada", "policy", "set", "--set", "min_group_size=3", "--reason", "peek")
    assert code == 2 and "ada may not change the wellbeing policy: that needs the wellbeing role" in text
    code, text = run(world, "leo", "policy", "set", "--set", "min_group_size=3", "--reason", "peek")
    assert code == 2 and "leo may not change the wellbeing policy" in text
    code, text = run(world, "ann", "policy", "show")
    assert code == 0 and "daily_budget_dose = 190.0" in text and "# version 1 (in force)" in text
    with world.connect("ada") as conn:
        refusals = conn.execute(
            "SELECT count(*) FROM audit_events "
            "WHERE action = 'refused' AND subject = 'change the wellbeing policy'"
        ).fetchone()
    assert refusals == (2,)


def test_a_screening_is_read_by_its_person_and_wellbeing_staff_only(world: World) -> None:  # noqa: F811
    ann = world.people["ann"].id
    with world.connect("ann") as conn:
        assert conn.execute(
            "SELECT ws_record_screening(%s, 'c1', NULL, ARRAY[3,3,3,3,3])", (ann,)
        ).fetchone() == (60,)
        refused(
            conn, "SELECT ws_record_screening(%s, 'c2', NULL, ARRAY[1,1,1,1,1])", (world.people["bob"].id,)
        )
        refused(
            conn,
            "INSERT INTO screenings (client_id, user_id, at, instrument, answers, score) "
            "VALUES ('x', %s, now(), 'WHO-5', '[]', 100)",
            (ann,),
        )
        refused(conn, "UPDATE screenings SET score = 100")
        assert conn.execute("SELECT score FROM screenings").fetchall() == [(60,)]
    with world.connect("wendy") as conn:
        assert conn.execute("SELECT user_id, score FROM screenings").fetchall() == [(ann, 60)]
    for who in ("leo", "ada", "bob"):
        with world.connect(who) as conn:
            assert conn.execute("SELECT count(*) FROM screenings").fetchone() == (0,), who
    # through the app as the lead's own login: refused by the service, and nothing to read anyway
    code, _ = run(world, "leo", "policy", "show")
    assert code == 0


def test_a_support_contact_cannot_smuggle_settings_past_the_databases_reader(world: World) -> None:  # noqa: F811
    """ws_policy_number reads the stored TOML line by line: a contact with line breaks and TOML in it
    must not lower the minimum group size the database applies to leads' reports."""
    sneaky = "Ana\n[caps]\ndaily_budget_dose = 1.0\n\nmin_group_size = 1\n[x]"
    code, text = run(
        world,
        "wendy",
        "policy",
        "set",
        "--set",
        f"support_contact={sneaky!r}".replace("'", '"'),
        "--reason",
        "contact",
    )
    assert code == 0, text
    with world.connect("wendy") as conn:
        stored = conn.execute("SELECT value FROM settings WHERE key = 'wellbeing_policy'").fetchone()[0]
        assert "\\u000A[caps]" in stored  # kept inside one TOML string, escaped
    import psycopg

    # ws_policy_number is the owner's (it runs inside ws_exposure_cells for a lead's login)
    with psycopg.connect(
        world.owner_url.replace("postgresql+psycopg", "postgresql"), autocommit=True
    ) as owner:
        values = owner.execute(
            "SELECT ws_policy_number('', 'min_group_size', 5), "
            "ws_policy_number('caps', 'daily_budget_dose', 240)"
        ).fetchone()
    assert values == (5.0, 240.0)
