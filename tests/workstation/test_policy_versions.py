"""The wellbeing policy in the shared database: saved by wellbeing staff only, validated, every version
kept with who, when and why, audited; a second process (another service object) reads the change."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from tests.workstation.conftest import Core
from wellbeing.policy import load_policy, policy_to_toml
from workstation import cli
from workstation.errors import InvalidInput, PermissionDenied
from workstation.models import AuditEvent, Setting
from workstation.policy_store import POLICY_KEY, WellbeingPolicyService
from workstation.wellbeing_records import WellbeingRecords


def _text(budget: str = "200.0") -> str:
    return policy_to_toml(load_policy()).replace("daily_budget_dose = 240.0", f"daily_budget_dose = {budget}")


def test_wellbeing_staff_save_versions_and_another_process_reads_them(core: Core) -> None:
    wendy = core.reviewer("wendy", "wellbeing")
    policies = WellbeingPolicyService(core.db, core.clock)
    assert policies.current_version() == 0
    assert policies.save(wendy, _text("200.0"), "new guidance from the clinical lead") == 1
    core.clock.advance(60)
    assert policies.save(wendy, _text("180.0"), "  pilot week  ") == 2
    # another workstation: its own service objects over the same database
    assert WellbeingRecords(core.db, core.clock).load_policy().caps.daily_budget_dose == 180.0
    history = policies.history(wendy)
    assert [(v.version, v.saved_by, v.reason) for v in history] == [
        (2, "wendy", "pilot week"),
        (1, "wendy", "new guidance from the clinical lead"),
    ]
    assert "daily_budget_dose = 200.0" in history[1].text
    with core.db.read() as session:
        events = (
            session.execute(
                select(AuditEvent).where(AuditEvent.action == "policy_change").order_by(AuditEvent.seq)
            )
            .scalars()
            .all()
        )
    assert [e.details["version"] for e in events] == [1, 2]
    assert events[1].details["changes"] == ["caps.daily_budget_dose: 200 -> 180"]
    assert events[1].details["reason"] == "pilot week" and events[1].actor_id == wendy.id


@pytest.mark.parametrize("role", ["admin", "lead", "reviewer"])
def test_nobody_else_may_change_the_policy_and_the_refusal_is_audited(core: Core, role: str) -> None:
    who = core.reviewer("someone", role)
    with pytest.raises(
        PermissionDenied, match="may not change the wellbeing policy: that needs the wellbeing"
    ):
        WellbeingPolicyService(core.db, core.clock).save(who, _text(), "because")
    with core.db.read() as session:
        refusal = session.execute(select(AuditEvent).where(AuditEvent.action == "refused")).scalar_one()
        assert refusal.subject == "change the wellbeing policy" and refusal.actor_id == who.id
        assert refusal.details["sentence"] == (
            "someone may not change the wellbeing policy: that needs the wellbeing role"
        )
        assert session.get(Setting, POLICY_KEY) is None


@pytest.mark.parametrize(
    ("text", "reason", "sentence"),
    [
        ("[caps]\ndaily_budget_dose = nan\n", "x", "caps.daily_budget_dose must be a number greater than 0"),
        ("[caps]\ndaily_budget_dose = -5\n", "x", "caps.daily_budget_dose must be a number greater than 0"),
        ("min_group_size = 10000000\n", "x", "min_group_size must be a whole number from 3 to 1000"),
        ("[breaks]\nbreak_minutes = 'ten'\n", "x", "breaks.break_minutes must be a number, got 'ten'"),
        ("[caps]\ndaily_budget_dose = 200\n", "   ", "say why the policy changes"),
        ("[caps]\ndaily_budget_dose = 200\n", "x" * 501, "at most 500 characters"),
        ("x" * 70000, "x", "at most 65536 characters"),
    ],
)
def test_bad_values_are_refused_with_a_sentence(core: Core, text: str, reason: str, sentence: str) -> None:
    wendy = core.reviewer("wendy", "wellbeing")
    with pytest.raises(InvalidInput, match=sentence.replace("(", r"\(").replace(")", r"\)")):
        WellbeingPolicyService(core.db, core.clock).save(wendy, text, reason)
    assert WellbeingPolicyService(core.db, core.clock).current_version() == 0


def test_history_is_for_wellbeing_staff_and_admins(core: Core) -> None:
    policies = WellbeingPolicyService(core.db, core.clock)
    policies.save(core.reviewer("wendy", "wellbeing"), _text(), "first")
    assert len(policies.history(core.reviewer("ada", "admin"))) == 1
    for who in (core.reviewer("leo", "lead"), core.reviewer("ann")):
        with pytest.raises(PermissionDenied, match="history"):
            policies.history(who)


def test_unreadable_stored_text_falls_back_to_the_newest_readable_version(core: Core) -> None:
    """What a psql session could store: the app keeps working on the last good version."""
    policies = WellbeingPolicyService(core.db, core.clock)
    policies.save(core.reviewer("wendy", "wellbeing"), _text("150.0"), "first")
    with core.db.write() as session:
        row = session.get(Setting, POLICY_KEY)
        assert row is not None
        row.value = "[caps]\ndaily_budget_dose = 'lots'\n"
    assert WellbeingRecords(core.db, core.clock).load_policy().caps.daily_budget_dose == 150.0


# -- the command line (SQLite: the OS account is the identity, which a test stands in for) -----------


@pytest.fixture
def db_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'ws.db'}"


def run(db: str, who: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--database-url", db, *argv], out=out, err=err, account=lambda: who)
    assert "Traceback" not in err.getvalue() and "This is a bug" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_policy_show_set_history_from_the_command_line(core: Core, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, role in (("wendy", "wellbeing"), ("ada", "admin"), ("ann", "reviewer"), ("leo", "lead")):
        core.reviewer(name, role)
    db = core.db.url
    code, out, _ = run(db, "ann", "policy", "show")
    assert code == 0 and "# the shipped defaults" in out and "daily_budget_dose = 240.0" in out
    code, out, err = run(
        db,
        "wendy",
        "policy",
        "set",
        "--set",
        "caps.daily_budget_dose=200",
        "--set",
        "support_contact=Dr. Rivera, ext. 4411",
        "--set",
        "screening.enabled=true",
        "--reason",
        "new guidance",
    )
    assert code == 0, err
    assert "saved wellbeing policy version 1" in err
    assert (
        "caps.daily_budget_dose: 240 -> 200" in out
        and "support_contact: '' -> 'Dr. Rivera, ext. 4411'" in out
    )
    file = tmp_path / "p.toml"
    file.write_text(_text("210.0"), encoding="utf-8")
    code, out, err = run(db, "wendy", "policy", "set", str(file), "--reason", "from a file")
    assert code == 0 and "caps.daily_budget_dose: 200 -> 210" in out
    code, out, _ = run(db, "ann", "policy", "show")
    assert code == 0 and "# version 2 (in force)" in out and "daily_budget_dose = 210.0" in out
    code, out, _ = run(db, "ada", "policy", "history")
    assert code == 0 and "from a file" in out and "new guidance" in out and "(first version)" in out
    code, out, _ = run(db, "wendy", "policy", "show", "--version", "1")
    assert code == 0 and "# version 1, saved" in out and "by wendy: new guidance" in out
    # refusals: a sentence, exit 2, audited
    code, _, err = run(db, "ada", "policy", "set", "--set", "caps.daily_budget_dose=1", "--reason", "x")
    assert code == 2 and "ada may not change the wellbeing policy: that needs the wellbeing role" in err
    code, _, err = run(db, "leo", "policy", "history")
    assert code == 2 and "leo may not read the wellbeing policy's history" in err
    with core.db.read() as session:
        subjects = session.execute(select(AuditEvent.subject).where(AuditEvent.action == "refused")).scalars()
        assert sorted(subjects) == ["change the wellbeing policy", "read the wellbeing policy's history"]
    # bad input: sentences, nothing saved
    for argv, sentence in (
        (("--set", "caps.daily_budget_dose=nan"), "caps.daily_budget_dose must be a number greater than 0"),
        (("--set", "caps.daily_budget_dose=-1"), "caps.daily_budget_dose must be a number greater than 0"),
        (("--set", "min_group_size=99999999"), "min_group_size must be a whole number from 3 to 1000"),
        (("--set", "min_group_size=1"), "min_group_size must be a whole number from 3 to 1000"),
        (("--set", "visibility.revealed=0"), "visibility.revealed must be greater than 0"),
        (("--set", "breaks.break_minutes=ten"), "breaks.break_minutes must be a number, got 'ten'"),
        (("--set", "colour=3"), "unknown key colour"),
        (("--set", "nonsense"), "--set takes KEY=VALUE"),
        (("--set", "nope.x=1"), "unknown policy setting 'nope.x'"),
        ((str(tmp_path / "missing.toml"),), "no such file"),
        (("/dev/urandom",), "is not UTF-8 text"),
        (("/dev/zero",), "a policy file may be at most 65536 characters"),
        ((str(tmp_path),), "is a folder"),
    ):
        code, _, err = run(db, "wendy", "policy", "set", *argv, "--reason", "test")
        assert code == 2 and sentence in err, (argv, err)
    assert WellbeingPolicyService(core.db, core.clock).current_version() == 2


def test_the_version_in_force_is_the_newest_one_a_workstation_can_read(core: Core) -> None:
    """A version saved before a check existed (min_group_size = 1, allowed until issue 14's attack)
    is not in force: the workstations use the newest readable one, and 'policy show' says which."""
    from workstation.models import WellbeingPolicyVersion

    wendy = core.reviewer("wendy", "wellbeing")
    policies = WellbeingPolicyService(core.db, core.clock)
    assert policies.save(wendy, _text("200.0"), "new guidance") == 1
    old_rule = _text("180.0").replace("min_group_size = 5", "min_group_size = 1")
    with core.db.write() as session:  # as the old code stored it
        session.add(
            WellbeingPolicyVersion(
                version=2, text=old_rule, saved_at=core.clock.now(), saved_by=wendy.id, reason="x"
            )
        )
        session.get(Setting, POLICY_KEY).value = old_rule  # type: ignore[union-attr]
    assert policies.current().caps.daily_budget_dose == 200.0
    assert policies.current_version() == 1
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["--database-url", core.db.url, "policy", "show"], out=out, err=err, account=lambda: "wendy"
    )
    assert code == 0 and out.getvalue().startswith("# version 1 (in force)"), err.getvalue()


def test_history_blames_no_version_for_an_unreadable_predecessor(core: Core) -> None:
    """Found in the demo (issue 14): after version 4 became unreadable, version 5 (readable, it set
    the support contact) was listed as "a version no workstation can read" too."""
    from workstation.models import WellbeingPolicyVersion
    from workstation.policy_store import version_changes

    wendy = core.reviewer("wendy", "wellbeing")
    policies = WellbeingPolicyService(core.db, core.clock)
    old_rule = _text().replace("min_group_size = 5", "min_group_size = 1")
    with core.db.write() as session:
        session.add(
            WellbeingPolicyVersion(
                version=1, text=old_rule, saved_at=core.clock.now(), saved_by=wendy.id, reason="x"
            )
        )
    assert policies.save(wendy, _text("200.0"), "lower budget") == 2
    assert policies.save(wendy, _text("180.0"), "lower still") == 3
    assert version_changes(policies.history(wendy)) == [
        ["caps.daily_budget_dose: 200 -> 180"],
        ["caps.daily_budget_dose: 240 -> 200"],  # against the defaults that were in force
        ["a version no workstation can read"],
    ]
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["--database-url", core.db.url, "policy", "history"], out=out, err=err, account=lambda: "wendy"
    )
    lines = out.getvalue().splitlines()
    assert code == 0 and "240 -> 200" in lines[2] and "(a version no workstation can read)" in lines[3], (
        err.getvalue()
    )
