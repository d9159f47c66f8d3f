"""A committed QA verdict binds the review on PostgreSQL (migration 0019), attacked through each
person's own login as psql would: ``ws_qa_commit`` is a lead's only way to write ``qa_commitments``;
``ws_qa_review`` then records only the committer's review with the committed verdict, and records
its refusal in the audit log; a reviewer or wellbeing login can neither commit nor read commitments."""

from __future__ import annotations

import pytest

from tests.reliability.pg_logins import World, open_as, recorded_refusal, refusals
from tests.reliability.test_pg_rules import refused, rows
from wellbeing.clock import SystemClock
from workstation import app, pg_roles
from workstation.errors import InvalidInput

pytestmark = pytest.mark.postgres


def _sample(world: World) -> int:
    """bob's decision, sampled by leo through his login."""
    target = world.ids["bob_decision"]
    with world.connect("leo") as conn:
        assert rows(conn, f"SELECT ws_qa_sample(NULL, ARRAY[{target}], ARRAY['stratified'], NULL)") == [(1,)]
        ((sample,),) = rows(conn, "SELECT id FROM qa_samples")
    return int(sample)


def _second_lead(world: World) -> None:
    """lia, a second lead with a login of her own."""
    services = app.build(world.owner_url, clock=SystemClock(), outbox_path=None)
    try:
        world.people["lia"] = services.directory.add_user("lia", ["lead"], team="blue")
        with services.db.write() as session:
            world.logins["lia"] = pg_roles.create_login(session.connection(), world.people["lia"].id)
    finally:
        services.close()


def test_a_different_verdict_after_the_commitment_is_refused_recorded_and_not_stored(world: World) -> None:
    sample = _sample(world)
    with world.connect("leo") as conn:
        assert rows(conn, f"SELECT ws_qa_commit(NULL, {sample}, 'remove', NULL)") == [(sample,)]
        assert rows(conn, "SELECT sample_id, verdict FROM qa_commitments") == [(sample, "remove")]
        got = recorded_refusal(
            conn, f"SELECT ws_qa_review(NULL, {sample}, 'allow', 'agree', 'changed', NULL)", state="WSIN0"
        )
        assert "is 'remove'; the review records it, not 'allow'" in got.message
        assert rows(conn, "SELECT count(*) FROM qa_reviews") == [(0,)]
    ((actor, subject, login, function, why),) = refusals(world, "leo")
    assert (actor, subject, login, function) == (
        world.people["leo"].id,
        "record a QA review",
        world.logins["leo"],
        "ws_qa_review",
    )
    assert "'remove'" in str(why)
    with world.connect("leo") as conn:  # the committed verdict is recorded
        assert rows(conn, f"SELECT ws_qa_review(NULL, {sample}, 'remove', NULL, '', NULL) IS NOT NULL") == [
            (True,)
        ]
        assert rows(conn, "SELECT verdict FROM qa_reviews") == [("remove",)]
        # and the commitment is append-only, also for the lead who made it
        refused(conn, "UPDATE qa_commitments SET verdict = 'allow'")
        refused(conn, "DELETE FROM qa_commitments")


def test_the_app_through_the_lead_login_commits_then_reviews_and_is_refused_otherwise(world: World) -> None:
    sample = _sample(world)
    lead = open_as(world, "leo")
    try:
        leo = world.people["leo"]
        lead.qa.commit_verdict(leo, sample, "remove")
        with pytest.raises(InvalidInput, match="the review records it"):
            lead.qa.review(leo, sample, "allow", "over-enforcement", "")
        result = lead.qa.review(leo, sample, "remove", "under-enforcement", "")
        assert result.qa_verdict == "remove"
    finally:
        lead.close()
    # the app's refusal is audited too (its own transaction rolled back; audit.record_refusal)
    # (written through ws_audit under leo's login, so without the database's "login" detail)
    assert [r[1] for r in refusals(world) if r[0] == world.people["leo"].id] == ["record a QA review"]


def test_another_lead_cannot_review_a_sample_someone_committed(world: World) -> None:
    sample = _sample(world)
    _second_lead(world)
    with world.connect("leo") as conn:
        # leo's login acts only as leo: no committing in lia's name
        refused(conn, f"SELECT ws_qa_commit({world.people['lia'].id}, {sample}, 'allow', NULL)")
        rows(conn, f"SELECT ws_qa_commit(NULL, {sample}, 'remove', NULL)")
    with world.connect("lia") as conn:
        for verdict in ("remove", "allow"):
            got = recorded_refusal(
                conn, f"SELECT ws_qa_review(NULL, {sample}, '{verdict}', NULL, '', NULL)", state="WSIN0"
            )
            assert "another lead committed the QA verdict" in got.message
            assert "remove" not in got.message  # nothing of leo's verdict
        assert rows(conn, "SELECT count(*) FROM qa_reviews") == [(0,)]
        # nor may she commit over him, nor write the table herself
        with pytest.raises(Exception, match="already committed") as info:
            conn.execute(f"SELECT ws_qa_commit(NULL, {sample}, 'allow', NULL)")
        assert getattr(info.value, "sqlstate", None) == "WSIN0"
        refused(
            conn,
            "INSERT INTO qa_commitments (sample_id, user_id, verdict, at) "
            f"VALUES ({sample}, {world.people['lia'].id}, 'allow', now())",
        )
    assert len(refusals(world, "lia")) == 2


def test_committing_twice_is_refused(world: World) -> None:
    sample = _sample(world)
    with world.connect("leo") as conn:
        rows(conn, f"SELECT ws_qa_commit(NULL, {sample}, 'remove', NULL)")
        for verdict in ("remove", "allow"):
            with pytest.raises(Exception, match="already committed; it cannot be committed again") as info:
                conn.execute(f"SELECT ws_qa_commit(NULL, {sample}, '{verdict}', NULL)")
            assert getattr(info.value, "sqlstate", None) == "WSIN0"
        assert rows(conn, "SELECT verdict FROM qa_commitments") == [("remove",)]
        assert rows(conn, "SELECT count(*) FROM audit_events WHERE action = 'qa verdict committed'") == [(1,)]


@pytest.mark.parametrize("who", ["ann", "bob", "wendy", "ada"])
def test_no_one_but_a_lead_commits_nor_writes_the_table(world: World, who: str) -> None:
    sample = _sample(world)
    with world.connect(who) as conn:
        refused(conn, f"SELECT ws_qa_commit(NULL, {sample}, 'remove', NULL)")
        refused(
            conn,
            "INSERT INTO qa_commitments (sample_id, user_id, verdict, at) "
            f"VALUES ({sample}, {world.people[who].id}, 'remove', now())",
        )
        if who != "ada":  # reviewers and wellbeing staff do not even read it; admins do
            refused(conn, "SELECT * FROM qa_commitments")
    with world.connect("leo") as conn:
        assert rows(conn, "SELECT count(*) FROM qa_commitments") == [(0,)]


def test_leads_and_admins_read_commitments(world: World) -> None:
    sample = _sample(world)
    with world.connect("leo") as conn:
        rows(conn, f"SELECT ws_qa_commit(NULL, {sample}, 'remove', NULL)")
    for who in ("leo", "ada"):
        with world.connect(who) as conn:
            assert rows(conn, "SELECT sample_id, verdict FROM qa_commitments") == [(sample, "remove")]


def test_the_cli_as_each_lead_login_keeps_to_the_commitment(world: World) -> None:
    """The attack from a terminal: after committing in the window, leo tries ``qa review`` with another
    verdict, and lia tries to review leo's sample; both get a sentence, no traceback, nothing stored."""
    from tests.reliability.test_cli_qa import _capture

    sample = _sample(world)
    _second_lead(world)
    lead = open_as(world, "leo")
    try:
        lead.qa.commit_verdict(world.people["leo"], sample, "remove")
    finally:
        lead.close()

    def cli(who: str, verdict: str) -> tuple[int, str, str]:
        return _capture(
            ["--database-url", world.url(who), "qa", "review", str(sample), "--verdict", verdict], None
        )

    for who, verdict, says in (
        ("leo", "allow", "the review records it, not 'allow'"),
        ("lia", "remove", "another lead committed the QA verdict"),
    ):
        code, out, err = cli(who, verdict)
        assert code != 0 and says in err and "Traceback" not in err, (code, out, err)
    with world.connect("leo") as conn:
        assert rows(conn, "SELECT count(*) FROM qa_reviews") == [(0,)]
    code, out, err = cli("leo", "remove")
    assert code == 0, (out, err)
    with world.connect("leo") as conn:
        assert rows(conn, "SELECT verdict FROM qa_reviews") == [("remove",)]
