"""People administration on PostgreSQL: who acts is the login, and people change only through the
audited definer functions of migration 0006 (docs/threat-model.md; docs/architecture.md, invariant 7).

Each test connects as real login roles (an admin, a lead, a reviewer), through psycopg as psql would
and through the real command line.
"""

from __future__ import annotations

import io
import secrets
from typing import Any

import pytest

from tests.reliability.pg_logins import (  # noqa: F401  (world: fixture)
    PEOPLE,
    World,
    open_as,
    recorded_refusal,
    refusals,
    world,
)
from workstation import cli, credentials
from workstation.checkpoints import Checkpoints

pytestmark = pytest.mark.postgres


def refused(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> str:
    from psycopg import errors

    with pytest.raises(errors.InsufficientPrivilege) as info:
        conn.execute(sql, params or None)
    return str(info.value)


def run(world: World, who: str, *argv: str, prompter: credentials.Prompter | None = None) -> tuple[int, str]:  # noqa: F811
    """The command line connected as ``who``'s own login."""
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", world.url(who), *argv], out=out, err=err, prompter=prompter)
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text and "This is a bug" not in text, text
    return code, text


def audit_rows(world: World, action: str) -> list[tuple[Any, ...]]:  # noqa: F811
    with world.connect("ada") as conn:  # the admin may read the audit log
        return list(
            conn.execute(
                "SELECT actor_id, subject, details::text FROM audit_events WHERE action = %s ORDER BY seq",
                (action,),
            ).fetchall()
        )


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_nobody_writes_people_teams_or_queues_directly(world: World, who: str) -> None:  # noqa: F811
    """Not even the admin: 0005 let the admin group INSERT and UPDATE these with no audit event."""
    me = world.people[who].id
    with world.connect(who) as conn:
        refused(
            conn,
            "INSERT INTO users (username, display_name, active, created_at) VALUES ('m', 'm', true, now())",
        )
        refused(conn, "UPDATE users SET active = false WHERE id <> %s", (me,))
        refused(conn, "UPDATE users SET username = 'leo2' WHERE username = 'leo'")
        refused(conn, "INSERT INTO teams (name) VALUES ('shadow')")
        refused(conn, "UPDATE teams SET name = 'renamed'")
        refused(
            conn,
            "INSERT INTO queues (name, description, severity_tier, taxonomy, restricted, created_at) "
            "VALUES ('q2', '', 1, '[]', false, now())",
        )
        refused(conn, "UPDATE queues SET restricted = false")
        refused(conn, "INSERT INTO user_roles (user_id, role) VALUES (%s, 'admin')", (me,))
        refused(
            conn, "INSERT INTO queue_grants (user_id, queue_id) VALUES (%s, %s)", (me, world.ids["secret"])
        )


@pytest.mark.parametrize("who", ["ann", "wendy", "leo"])
def test_only_admins_may_call_the_people_functions(world: World, who: str) -> None:  # noqa: F811
    """Refused, and each refusal is on the audit chain naming the login (migration 0010), although the
    psql session committed nothing else: a function's error would have rolled its audit event back."""
    me = world.people[who].id
    calls = (
        ("SELECT ws_set_roles(%s, %s, ARRAY['admin'], NULL)", (me, who), "change roles"),
        ("SELECT ws_add_user(%s, 'mallory', 'M', NULL, ARRAY['admin'], NULL)", (me,), "add users"),
        ("SELECT ws_set_team(%s, 'ann', 'red', NULL)", (me,), "change teams"),
        ("SELECT ws_deactivate(%s, 'ada', NULL)", (me,), "deactivate users"),
        ("SELECT ws_grant_queue(%s, %s, 'secret', NULL)", (me, who), "grant restricted queues"),
        ("SELECT ws_add_queue(%s, 'q9', '', 1, '[]', false, NULL)", (me,), "add queues"),
        ("SELECT ws_create_login(%s, 'ann', NULL, NULL)", (me,), "create logins"),
    )
    with world.connect(who) as conn:
        for sql, params, what in calls:
            assert f"may not {what}" in recorded_refusal(conn, sql, params).message
        assert conn.execute("SELECT count(*) FROM users WHERE username = 'mallory'").fetchone() == (0,)
    logged = refusals(world, who)
    assert [(actor, subject) for actor, subject, *_ in logged] == [(me, what) for _s, _p, what in calls]
    with world.connect("leo") as conn:  # the leads read the audit log: the chain still verifies
        assert conn.execute("SELECT count(*) FROM audit_events WHERE action = 'refused'").fetchone()[0] >= 7
    services = open_as(world, "leo")
    try:  # the database chained the refusals exactly as the workstation verifies them
        report = Checkpoints(services.db, services.clock).verify_database(world.people["leo"])
        assert report.ok, report
    finally:
        services.close()


def test_an_admin_function_acts_only_as_the_calling_login(world: World) -> None:  # noqa: F811
    """ada's login naming leo as the actor is refused: the actor is session_user's person."""
    with world.connect("ada") as conn:
        text = recorded_refusal(
            conn,
            "SELECT ws_add_user(%s, 'mallory', 'M', NULL, ARRAY['admin'], NULL)",
            (world.people["leo"].id,),
        ).message
        assert "acts only as itself" in text
    [(actor, subject, login, function, _why)] = refusals(world, "ada")
    assert (actor, subject, login, function) == (
        world.people["ada"].id,
        "add users",
        world.logins["ada"],
        "ws_add_user",
    )


def test_a_login_cannot_act_as_another_person_from_the_cli(
    world: World,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOGNAME", "leo")
    monkeypatch.setenv("WORKSTATION_USER", "leo")
    monkeypatch.setenv("WORKSTATION_ALLOW_USER_OVERRIDE", "1")
    code, text = run(world, "ann", "--user", "leo", "export", "decisions", "--out", "/dev/null")
    assert code == 2 and "--user 'leo' is refused" in text
    code, text = run(world, "ann", "export", "decisions", "--out", "/dev/null")
    assert code == 2 and "ann may not export decisions" in text
    code, text = run(world, "ann", "users", "add", "mallory", "--role", "admin")
    assert code == 2 and "ann may not add users" in text
    assert [s for _a, s, _d in audit_rows(world, "refused")].count("add users") == 1


def test_people_administration_over_the_admins_own_login(world: World) -> None:  # noqa: F811
    code, text = run(world, "ada", "users", "add", "zed", "--role", "reviewer", "--team", "red")
    assert code == 0, text
    code, text = run(world, "ada", "users", "set-roles", "zed", "--role", "reviewer", "--role", "lead")
    assert code == 0 and "zed now has: lead, reviewer" in text, text
    code, text = run(world, "ada", "users", "set-team", "zed", "blue")
    assert code == 0, text
    code, text = run(world, "ada", "users", "grant", "zed", "secret")
    assert code == 0, text
    code, text = run(world, "ada", "users", "list", "--format", "json")
    assert code == 0 and '"name": "zed"' in text and '"roles": "lead,reviewer"' in text
    ada = world.people["ada"].id
    assert [(a, s) for a, s, _ in audit_rows(world, "role_change") if s == "zed"] == [
        (ada, "zed"),
        (ada, "zed"),
    ]
    assert [(a, s) for a, s, _ in audit_rows(world, "team_change")] == [(ada, "zed")]
    # a lead is refused, and the refusal is audited with the lead as the actor
    code, text = run(world, "leo", "users", "set-roles", "zed", "--role", "admin")
    assert code == 2 and "leo may not change roles" in text
    refusals = [(a, s) for a, s, _ in audit_rows(world, "refused")]
    assert (world.people["leo"].id, "change roles") in refusals


def test_a_reviewer_lists_only_themself_and_their_queues(world: World) -> None:  # noqa: F811
    code, text = run(world, "ann", "users", "list", "--format", "json")
    assert code == 0 and '"name": "ann"' in text and "leo" not in text and "ada" not in text
    code, text = run(world, "ann", "queues", "list")
    assert code == 0 and "general" in text and "secret" not in text
    code, text = run(world, "bob", "queues", "list")  # bob was granted it
    assert code == 0 and "secret" in text


def test_offboarding_disables_the_login_releases_claims_and_keeps_history(world: World) -> None:  # noqa: F811
    import psycopg

    with world.connect("ann") as conn:  # ann holds an item
        conn.execute("SELECT * FROM ws_claim_next(%s, 'general', NULL, 60, false)", (world.people["ann"].id,))
        assert conn.execute("SELECT count(*) FROM claims WHERE released_at IS NULL").fetchone()[0] >= 1
    code, text = run(world, "ada", "users", "deactivate", "ann")
    assert code == 0 and "1 open claim(s) released" in text, text
    with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
        login = world.logins["ann"]
        can_login, groups = su.execute(
            "SELECT r.rolcanlogin, (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid) "
            "FROM pg_roles r WHERE r.rolname = %s",
            (login,),
        ).fetchone()
        assert (can_login, groups) == (False, 0)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        world.connect("ann")
    code, text = run(world, "ann", "queues", "list")
    assert code == 2 and "deactivated" in text
    with world.connect("leo") as conn:  # her decisions stay for the lead
        assert (
            conn.execute("SELECT count(*) FROM users WHERE username = 'ann' AND NOT active").fetchone()[0]
            == 1
        )
    [(actor, subject, details)] = audit_rows(world, "deactivate")
    assert (actor, subject) == (world.people["ada"].id, "ann") and '"released_claims": 1' in details


def test_users_add_login_creates_a_member_of_the_right_groups(world: World) -> None:  # noqa: F811
    import psycopg

    kim = f"wsid_kim_{secrets.token_hex(3)}"  # roles are cluster-wide: a name nobody else uses
    answers = iter(["correct horse", "correct horse"])
    prompter = credentials.Prompter(lambda _q: next(answers), lambda _q: False, None)
    code, text = run(
        world, "ada", "users", "add", kim, "--role", "lead", "--login", "--password", prompter=prompter
    )
    try:
        assert code == 0 and "with a database login" in text, text
        with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
            password, groups = su.execute(
                "SELECT a.rolpassword, array(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g "
                "ON g.oid = m.roleid WHERE m.member = a.oid) FROM pg_authid a WHERE a.rolname = %s",
                (kim,),
            ).fetchone()
        assert password.startswith("SCRAM-SHA-256$4096:") and "correct horse" not in password
        assert [g.rsplit("_", 1)[1] for g in groups] == ["lead"]
        assert not any("correct horse" in d for _a, _s, d in audit_rows(world, "login_create"))
        # the new login signs in as kim's person at once
        world.logins[kim] = kim
        code, text = run(world, kim, "users", "list")
        assert code == 0 and kim in text
    finally:
        with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
            su.execute(f'DROP OWNED BY "{kim}"')
            su.execute(f'DROP ROLE IF EXISTS "{kim}"')


def test_a_login_with_no_person_gets_a_clear_sentence(world: World) -> None:  # noqa: F811
    import psycopg

    stranger = f"wsid_stranger_{secrets.token_hex(3)}"
    with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
        su.execute(f'CREATE ROLE "{stranger}" LOGIN')
        su.execute(f'GRANT USAGE ON SCHEMA "{world.schema}" TO "{stranger}"')
        su.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{world.schema}" TO "{stranger}"')
    try:
        world.logins["stranger"] = stranger
        code, text = run(world, "stranger", "queues", "list")
        assert code == 2 and f"{stranger!r} is not a user of this database" in text, text
    finally:
        with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
            su.execute(f'DROP OWNED BY "{stranger}"')
            su.execute(f'DROP ROLE IF EXISTS "{stranger}"')


def test_the_functions_check_names_too(world: World) -> None:  # noqa: F811
    """psql bypasses the app's checks: the functions refuse control characters and long names."""
    import psycopg

    ada = world.people["ada"].id
    with world.connect("ada") as conn:
        for name in ("evil\x1b[31m", "a\nb", "x" * 64, "   "):
            with pytest.raises(psycopg.DatabaseError, match="name"):
                conn.execute("SELECT ws_add_user(%s, %s, 'M', NULL, ARRAY['reviewer'], NULL)", (ada, name))
            if name.strip():  # a blank team is "no team", as --none
                with pytest.raises(psycopg.DatabaseError, match="name"):
                    conn.execute("SELECT ws_set_team(%s, 'ann', %s, NULL)", (ada, name))


def test_a_quoting_name_becomes_exactly_that_login(world: World) -> None:  # noqa: F811
    import psycopg

    name = f"wsid_o'b\"{secrets.token_hex(2)}; DROP TABLE users; --"[:63]
    try:
        code, text = run(world, "ada", "users", "add", name, "--role", "reviewer", "--login")
        assert code == 0, text
        with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
            assert su.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,)).fetchone()[0] == 1
        with world.connect("ada") as conn:
            assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == len(PEOPLE) + 1
    finally:
        with psycopg.connect(world.server.url().replace("+psycopg", ""), autocommit=True) as su:
            if su.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                quoted = name.replace('"', '""')
                su.execute(f'DROP OWNED BY "{quoted}"'.encode())
                su.execute(f'DROP ROLE "{quoted}"'.encode())


def test_a_libpq_service_file_keeps_working(
    world: World,  # noqa: F811
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The connection is tried as configured first: a service file names the login, nobody is asked."""
    host = world.url("ann").split("@", 1)[1].split("/", 1)[0]
    services = tmp_path / "pg_service.conf"
    services.write_text(
        "[wsid]\n"
        f"host={host.split(':')[0]}\nport={host.split(':')[1] if ':' in host else 5432}\n"
        f"user={world.logins['ann']}\ndbname={world.server.dbname}\n"
        f"options=-csearch_path={world.schema}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))

    def never(_question: str) -> str | None:
        raise AssertionError("no password should be asked for")

    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["--database-url", "postgresql+psycopg:///?service=wsid", "users", "list"],
        out=out,
        err=err,
        prompter=credentials.Prompter(never, lambda _q: False, None),
    )
    assert code == 0 and "ann" in out.getvalue() and "leo" not in out.getvalue(), err.getvalue()
