"""The Quality tab (ui/qa_view.py) over each person's own PostgreSQL login: a lead reads the QA
figures and saves the PDF, and the audit record names the lead (the database credits the login);
wellbeing staff whose window were tampered into claiming the lead role get the database's refusal,
shown without its SQL, and no figures."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.reliability.pg_logins import World, open_as
from ui.qa_view import QualityView
from ui.tasks import ImmediateRunner
from workstation import app
from workstation.models import AuditEvent, Role

pytestmark = pytest.mark.postgres


def test_a_lead_reads_and_saves_through_their_own_login(world: World, qtbot: Any, tmp_path: Path) -> None:
    leo = open_as(world, "leo")
    try:
        view = QualityView(leo.qa, world.people["leo"], ImmediateRunner(), leo.clock)
        qtbot.addWidget(view)
        view.refresh()
        assert view.summary.text() == "No QA review and no golden item yet."
        assert view.save_button.isEnabled()
        assert view.save_pdf(tmp_path / "qa.pdf") and (tmp_path / "qa.pdf").stat().st_size > 0
    finally:
        leo.close()
    owner = app.build(world.owner_url, upgrade=False, outbox_path=None)
    try:
        with owner.db.read() as session:
            saved = session.execute(
                select(AuditEvent.actor_id, AuditEvent.subject).where(AuditEvent.action == "qa report saved")
            ).all()
    finally:
        owner.close()
    assert [tuple(r) for r in saved] == [(world.people["leo"].id, "qa.pdf")]


@pytest.mark.parametrize("who", ["wendy", "ann"])
def test_a_forged_lead_role_gets_the_databases_refusal_not_figures(
    world: World, who: str, qtbot: Any
) -> None:
    services = open_as(world, who)
    try:
        forged = dataclasses.replace(world.people[who], roles=frozenset({Role.LEAD}))
        view = QualityView(services.qa, forged, ImmediateRunner(), services.clock)
        qtbot.addWidget(view)
        view.refresh()
        assert view.summary.text() == "The QA figures could not be read; the log has the details."
        assert view.rows == [] and view.table.rowCount() == 0 and not view.save_button.isEnabled()
    finally:
        services.close()
