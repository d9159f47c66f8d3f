"""WHO-5 screenings are wellbeing data: the person and wellbeing staff read them, nobody else."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.workstation.conftest import Core
from wellbeing.policy import ScreeningPolicy, WellbeingPolicy
from workstation.errors import InvalidInput, PermissionDenied
from workstation.models import AuditEvent
from workstation.screening import ScreeningService


def test_the_person_and_wellbeing_staff_read_the_score_leads_and_admins_do_not(core: Core) -> None:
    ann, wendy = core.reviewer("ann"), core.reviewer("wendy", "wellbeing")
    service = ScreeningService(core.db, core.clock)
    assert service.record(ann, [3, 2, 4, 1, 2]) == 48
    assert [r.score for r in service.results(ann)] == [48]
    assert service.results(wendy, "ann")[0].answers == (3, 2, 4, 1, 2)
    for name, role in (("leo", "lead"), ("ada", "admin"), ("bob", "reviewer")):
        with pytest.raises(PermissionDenied, match="may not read ann's screening results"):
            service.results(core.reviewer(name, role), "ann")
    with core.db.read() as session:
        refused = session.execute(select(AuditEvent.subject).where(AuditEvent.action == "refused")).scalars()
        assert list(refused) == ["read ann's screening results"] * 3


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [([1, 2, 3], "WHO-5 has 5 questions; got 3 answers"), ([1, 2, 3, 4, 6], "question 5 is answered with 0")],
)
def test_bad_answers_are_refused_with_a_sentence(core: Core, answers: list[int], sentence: str) -> None:
    with pytest.raises(InvalidInput, match=sentence):
        ScreeningService(core.db, core.clock).record(core.reviewer("ann"), answers)


def test_offered_only_when_switched_on_and_not_answered_lately(core: Core) -> None:
    ann = core.reviewer("ann")
    service = ScreeningService(core.db, core.clock)
    off, on = WellbeingPolicy(), WellbeingPolicy(screening=ScreeningPolicy(enabled=True, interval_days=14))
    assert not service.due(ann, off)
    assert service.due(ann, on)
    service.record(ann, [5, 5, 5, 5, 5])
    assert not service.due(ann, on)
    core.clock.advance(13 * 86400)
    assert not service.due(ann, on)
    core.clock.advance(86400)
    assert service.due(ann, on)


def test_results_from_the_command_line_for_the_person_and_wellbeing_only(core: Core) -> None:
    import io

    from workstation import cli

    ann = core.reviewer("ann")
    core.reviewer("wendy", "wellbeing"), core.reviewer("leo", "lead"), core.reviewer("ada", "admin")
    ScreeningService(core.db, core.clock).record(ann, [1, 1, 1, 1, 1])
    if not core.db.is_sqlite:
        return  # the command line signs in as the database login there (tests/identity covers it)

    def run(who: str, *argv: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["--database-url", core.db.url, *argv], out=out, err=err, account=lambda: who)
        return code, out.getvalue() + err.getvalue()

    assert run("ann", "screening", "results")[1].splitlines()[1].split()[-1] == "20"
    code, text = run("wendy", "screening", "results", "ann")
    assert code == 0 and "WHO-5" in text and "1 1 1 1 1" in text
    for who in ("leo", "ada"):
        code, text = run(who, "screening", "results", "ann")
        assert code == 2 and f"{who} may not read ann's screening results" in text and "WHO-5" not in text
