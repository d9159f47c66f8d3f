"""The "Quality" tab of a lead's dashboard window (ui/qa_view.py), on SQLite and PostgreSQL: the QA
report's figures as the core gives them (a kappa and its interval for the queue with 30+ pairs, "not
shown below 30" for the other), golden accuracy with n, the selected queue's confusion matrix, the PDF
``qa report --format pdf`` writes (read back with pdftotext) and its audit record; by keyboard; and
nobody but leads and admins gets the tab."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget
from sqlalchemy import insert, select

import ui.qa_view
from tests.conftest import require_tool
from tests.ui.a11y import spoken, tab_cycle, unnamed_controls
from tests.ui.conftest import World
from tests.ui.ui_samples import ManualRunner
from ui.dashboard import documents_folder
from ui.locale_format import formats
from ui.main import DASHBOARD, REVIEWER, start_window, window_kind
from ui.qa_view import QualityView
from ui.render import load_in_process
from ui.role_windows import DashboardWindow
from ui.tasks import ImmediateRunner
from workstation import cli, taxonomy
from workstation.actor import Actor
from workstation.decisions import DecisionRequest
from workstation.errors import PermissionDenied
from workstation.models import AuditEvent, GoldenInstance, Item
from workstation.qa import report_html

COPIES = 4  # golden copies in "general", one decided wrongly: 75 % with n = 4


def _items(world: World, queue: str, refs: list[str]) -> dict[str, int]:
    info = world.services.directory.queue(queue)
    now = world.clock.now()
    with world.services.db.write() as session:
        rows = [
            Item(queue_id=info.id, external_ref=r, created_at=now, sla_due_at=now + timedelta(hours=1))
            for r in refs
        ]
        session.add_all(rows)
        session.flush()
        return {r.external_ref: r.id for r in rows}


def _decide_all(world: World, queue: str, people: list[Actor], verdict_of: Callable[[int, int], str]) -> None:
    n = 0
    while (claim := world.services.claims.claim_next(people[n % len(people)], queue)) is not None:
        verdict = verdict_of(n, claim.item_id)
        request = DecisionRequest(claim.claim_id, verdict, reason="spam" if verdict == "remove" else "")
        world.services.decisions.decide(people[n % len(people)], request)
        world.clock.advance(5)
        n += 1


def _review_all(world: World, lead: Actor, queue: str) -> int:
    n = 0
    while (item := world.services.qa.next_item(lead, queue)) is not None:
        world.services.qa.review(lead, item.sample_id, "remove" if n % 3 == 0 else "allow")
        n += 1
    return n


@pytest.fixture
def qa_world(world: World) -> dict[str, Actor]:
    """ "general": 37 decisions sampled and reviewed blind by Leo (a lead), plus four golden copies
    (three decided right); "spam": 10 reviewed. Wendy is wellbeing staff only; Rita reviews only."""
    s = world.services
    d = s.directory
    d.add_queue("spam", severity_tier=1, verdicts=taxonomy.builtin("general"))
    people = {
        "ann": d.add_user("ann", ("reviewer",), team="blue"),
        "bob": d.add_user("bob", ("reviewer",), team="blue"),
        "leo": d.add_user("leo", ("lead",), team="blue", display_name="Leo Lead"),
        "wendy": d.add_user("wendy", ("wellbeing",), display_name="Wendy Wellbeing"),
        "rita": world.reviewer,
    }
    _items(world, "general", [f"g-{n:02d}" for n in range(36)] + ["gold-src"])
    _items(world, "spam", [f"s-{n:02d}" for n in range(10)])
    golden = s.qa.golden.add(people["leo"], "gold-src", "remove")
    copies = _items(world, "general", [f"g-{n:02d}" for n in range(36, 36 + COPIES)])
    with s.db.write() as session:
        session.execute(
            insert(GoldenInstance),
            [{"golden_id": golden.id, "item_id": i, "mixed_at": world.clock.now()} for i in copies.values()],
        )
    wrong = min(copies.values())

    def general(n: int, item_id: int) -> str:
        if item_id in copies.values():
            return "allow" if item_id == wrong else "remove"
        return "remove" if n % 4 == 0 else "allow"

    _decide_all(world, "general", [people["ann"], people["bob"]], general)
    _decide_all(world, "spam", [people["ann"]], lambda n, _i: "remove" if n % 2 else "allow")
    for queue in ("general", "spam"):
        s.qa.sample(people["leo"], queue, rate=1.0, min_per_reviewer=0, seed=1)
    assert _review_all(world, people["leo"], "general") == 37  # the copies are never sampled
    assert _review_all(world, people["leo"], "spam") == 10
    return people


@pytest.fixture
def lead_window(qtbot: Any, world: World, qa_world: dict[str, Actor]) -> Iterator[DashboardWindow]:
    window = DashboardWindow(world.services, qa_world["leo"], ImmediateRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def _cells(view: QualityView) -> dict[str, list[str]]:
    table = view.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }


def _quality(window: DashboardWindow) -> QualityView:
    view = window.quality
    assert view is not None
    tabs = window.findChild(QTabWidget, "leadTabs")
    assert tabs is not None and [tabs.tabText(i) for i in range(tabs.count())] == ["Exposure", "Quality"]
    tabs.setCurrentWidget(view)  # shown: it reads the figures (on the runner)
    return view


def test_the_quality_tab_shows_the_reports_figures(world: World, lead_window: DashboardWindow) -> None:
    view = _quality(lead_window)
    report = {r["queue"]: r for r in world.services.qa.report(lead_window._actor, "queue")}
    fmt = formats()
    general, spam = report["general"], report["spam"]
    assert general["n"] == 37 and general["kappa_shown"] and spam["n"] == 10 and not spam["kappa_shown"]
    cells = _cells(view)
    assert view.table.horizontalHeaderItem(5).text() == "Cohen's kappa"
    # 37 pairs: the kappa and its 95 % interval, the report's own rounding in the window's digits
    assert cells["general"][1] == "37"
    assert cells["general"][2] == fmt.percent(general["agreement_pct"] / 100, 1)
    assert cells["general"][5] == fmt.number(general["kappa"], 3)
    assert (
        cells["general"][6]
        == f"{fmt.number(general['kappa_low'], 3)} to {fmt.number(general['kappa_high'], 3)}"
    )
    # 10 pairs: withheld, as the report withholds them
    assert cells["spam"][5:7] == ["not shown below 30", "not shown below 30"]
    # Fleiss: one golden item seen by four reviewers' decisions, far below 30
    assert cells["general"][7] == "not shown below 30 (1)" and cells["general"][8] == "not shown below 30"
    # golden accuracy with its n: three of four copies decided as the lead said
    assert cells["general"][9] == f"{fmt.percent(0.75, 1)} (n = 4)" and "75" in cells["general"][9]
    assert cells["spam"][9] == "–"
    # the first row (general) is selected: its confusion matrix is the report's
    confusion = general["confusion"]
    shown = view.confusion
    assert confusion["labels"] == ["allow", "remove"]  # the report keeps the keys (the command line's)
    # the window names them by their labels (in English here; docs/translations.md, verdict labels)
    assert [shown.horizontalHeaderItem(c).text() for c in range(shown.columnCount())] == ["Allow", "Remove"]
    assert [shown.verticalHeaderItem(r).text() for r in range(shown.rowCount())] == ["Allow", "Remove"]
    assert [
        [int(shown.item(r, c).text()) for c in range(shown.columnCount())] for r in range(shown.rowCount())
    ] == confusion["matrix"]
    assert sum(map(sum, confusion["matrix"])) == 37
    assert "queue general" in view.confusion_label.text()
    view.table.setCurrentCell(1, 0)  # spam
    assert sum(int(view.confusion.item(r, c).text()) for r in range(2) for c in range(2)) == 10
    assert "queue spam" in view.confusion_label.text()


def test_the_grouping_is_chosen_by_keyboard(world: World, lead_window: DashboardWindow, qtbot: Any) -> None:
    view = _quality(lead_window)
    lead_window.activateWindow()
    qtbot.waitUntil(lead_window.isActiveWindow)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # the "By" label's buddy
    assert QApplication.focusWidget() is view.by
    QTest.keyClick(view.by, Qt.Key.Key_Down)
    assert view.rows_by == "reviewer" and set(_cells(view)) == {"ann", "bob"}
    assert view.table.horizontalHeaderItem(view.table.columnCount() - 1).text() == "Golden accuracy (n)"
    assert _cells(view)["ann"][-1].endswith("(n = 2)")  # ann and bob took turns: two copies each
    assert "group by queue" in view.confusion_label.text()  # the matrix is per queue
    assert not view.confusion.isVisibleTo(view)
    QTest.keyClick(view.by, Qt.Key.Key_Down)
    assert view.rows_by == "verdict" and set(_cells(view)) == {"Allow", "Remove"}  # labels, not keys
    assert unnamed_controls(view) == []
    QTest.keyClick(view.by, Qt.Key.Key_Home)  # back to "Queue": the matrix is a stop again
    assert view.rows_by == "queue" and view.confusion.isVisibleTo(view)
    assert unnamed_controls(view) == []
    stops = tab_cycle(lead_window)
    order = [
        spoken(view.by),  # Qt names a combo box by its current choice ("First verdict")
        "Read the QA figures again",
        "QA figures",
        "Confusion matrix of the selected queue",
        "Save the QA report as PDF",
    ]
    assert view.by.accessibleName() == "Group the QA figures by"
    assert [s for s in stops if s in order] == order, stops
    assert not any(s.startswith("<trap") for s in stops), stops


def test_save_as_pdf_writes_the_clis_pdf_and_audits_it(
    world: World, lead_window: DashboardWindow, db_url: str, tmp_path: Path, monkeypatch: Any
) -> None:
    require_tool("pdftotext")
    view = _quality(lead_window)
    asked: list[str] = []
    target = tmp_path / "out" / "qa.pdf"
    target.parent.mkdir()

    def dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(ui.qa_view.QFileDialog, "getSaveFileName", staticmethod(dialog))
    QTest.keyClick(view.save_button, Qt.Key.Key_Space)
    assert asked == [str(documents_folder() / "qa-report-by-queue.pdf")]
    assert target.is_file() and view.last_saved == target
    assert view.saved_label.text() == f"Saved the QA report as PDF to {target}."
    assert lead_window.statusBar().currentMessage() == view.saved_label.text()
    with world.services.db.read() as session:
        audited = session.execute(
            select(AuditEvent.subject, AuditEvent.details).where(AuditEvent.action == "qa report saved")
        ).all()
    assert [(a[0], a[1]["by"], a[1]["format"]) for a in audited] == [("qa.pdf", "queue", "pdf")]

    def text(pdf: Path) -> list[str]:
        out = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        )
        return [line for line in out.stdout.splitlines() if not line.strip().startswith("Generated")]

    from ui.launch import frontend

    window_text = text(target)
    # the PDF the command builds (workstation/cli/qa.py: report_html through the frontend's writer)
    built = tmp_path / "built.pdf"
    rows = world.services.qa.report(lead_window._actor, "queue")
    html = report_html(rows, "queue", world.clock.now())
    frontend().write_html_pdf(html, built, title="QA report by queue", landscape=True)
    # the window's names the verdicts by their labels where the command line keeps the keys
    assert window_text != text(built)
    assert "Allow" in " ".join(window_text).split() and "allow" not in " ".join(window_text).split()
    labelled = tmp_path / "labelled.pdf"
    namer = ui.qa_view.verdict_namer(world.services.qa.verdict_labels(lead_window._actor))
    html = report_html(rows, "queue", world.clock.now(), verdict_label=namer)
    frontend().write_html_pdf(html, labelled, title="QA report", landscape=True)
    assert window_text == text(labelled)
    if db_url.startswith("sqlite"):  # on PostgreSQL the command signs in as the database login
        cli_pdf = tmp_path / "cli.pdf"
        err = io.StringIO()
        argv = [
            "--database-url",
            db_url,
            "qa",
            "report",
            "--by",
            "queue",
            "--format",
            "pdf",
            "--out",
            str(cli_pdf),
        ]
        code = cli.main(argv, out=io.StringIO(), err=err, account=lambda: "leo", frontend=frontend())
        assert code == 0, err.getvalue()
        assert text(built) == text(cli_pdf)  # the same PDF, but for the moment it was generated
    flat = " ".join(" ".join(window_text).split())
    assert "Confusion matrix, queue general" in flat and "Confusion matrix, queue spam" in flat
    assert "fewer than 30 items" in flat and "Golden accuracy %" in flat


def test_a_failed_save_says_why_and_audits_nothing(
    world: World, lead_window: DashboardWindow, tmp_path: Path
) -> None:
    view = _quality(lead_window)
    assert not view.save_pdf(tmp_path / "missing-folder" / "qa.pdf")
    assert view.saved_label.text().startswith("The QA report was not saved:")
    with world.services.db.read() as session:
        assert (
            session.execute(select(AuditEvent).where(AuditEvent.action == "qa report saved")).first() is None
        )


def test_only_leads_and_admins_get_the_quality_tab(
    world: World, qa_world: dict[str, Actor], qtbot: Any, qapp: Any, prefs: Any
) -> None:
    wendy = DashboardWindow(world.services, qa_world["wendy"], ImmediateRunner())
    qtbot.addWidget(wendy)
    assert wendy.quality is None and wendy.findChild(QualityView) is None
    assert wendy.findChild(QTabWidget, "leadTabs") is None
    rita = qa_world["rita"]
    assert window_kind(rita) == REVIEWER  # a reviewer gets the reviewer window, never the dashboard
    as_dashboard = DashboardWindow(world.services, rita, ImmediateRunner())
    qtbot.addWidget(as_dashboard)
    assert as_dashboard.quality is None  # even if one were opened for her
    started = start_window(
        world.services,
        rita,
        qapp,
        runner_factory=lambda _n: ImmediateRunner(),
        image_loader=load_in_process,
        prefs=prefs,
        start_jobs=False,
    )
    try:
        qtbot.addWidget(started.window)
        assert started.window.findChild(QualityView) is None
        assert all(w.findChild(QualityView) is None for w in started.extra_windows.values())
    finally:
        started.shutdown()
    ada = world.services.directory.add_user("ada", ("admin", "wellbeing"), display_name="Ada Admin")
    assert window_kind(ada) == DASHBOARD
    both = DashboardWindow(world.services, ada, ImmediateRunner())
    qtbot.addWidget(both)
    tabs = both.findChild(QTabWidget, "wellbeingTabs")
    assert both.quality is not None and tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Needs attention", "Exposure", "Quality"]


def test_only_leads_and_admins_may_note_a_saved_qa_report(world: World, qa_world: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        world.services.qa.note_saved(qa_world["wendy"], "queue", 2, "qa.pdf", "pdf")
    world.services.qa.note_saved(qa_world["leo"], "queue", 2, "qa.pdf", "pdf")


def test_a_refused_read_says_why_and_leaves_no_figures(
    world: World, qa_world: dict[str, Actor], qtbot: Any
) -> None:
    """Were the view ever built for someone the service refuses, it shows the refusal, no figures."""
    view = QualityView(world.services.qa, qa_world["wendy"], ImmediateRunner(), world.clock)
    qtbot.addWidget(view)
    view.refresh()
    assert "needs the lead or admin role" in view.summary.text()
    assert view.table.rowCount() == 0 and view.rows == [] and not view.save_button.isEnabled()


def test_a_queue_named_like_markup_is_shown_as_text(
    world: World, qa_world: dict[str, Actor], qtbot: Any
) -> None:
    """Attack: a queue named with HTML; the window's labels would have rendered it as rich text."""
    name = "<h1>HUGE</h1><img src=x>"
    world.services.directory.add_queue(name, severity_tier=1, verdicts=taxonomy.builtin("general"))
    _items(world, name, ["m-1"])
    _decide_all(world, name, [qa_world["ann"]], lambda _n, _i: "remove")
    world.services.qa.sample(qa_world["leo"], name, rate=1.0, min_per_reviewer=0, seed=1)
    assert _review_all(world, qa_world["leo"], name) == 1
    view = QualityView(world.services.qa, qa_world["leo"], ImmediateRunner(), world.clock)
    qtbot.addWidget(view)
    view.refresh()
    row = [r["queue"] for r in view.rows].index(name)
    view.table.setCurrentCell(row, 0)
    assert name in view.confusion_label.text()
    assert view.confusion_label.textFormat() == Qt.TextFormat.PlainText


def test_a_late_answer_for_an_earlier_grouping_is_not_shown(
    world: World, qa_world: dict[str, Actor], qtbot: Any
) -> None:
    runner = ManualRunner()
    view = QualityView(world.services.qa, qa_world["leo"], runner, world.clock)
    qtbot.addWidget(view)
    view.refresh()  # by queue: still on the worker
    assert view.summary.text() == "Reading the QA figures…" and not view.save_button.isEnabled()
    view.by.setCurrentIndex(1)  # the person chose "reviewer" before the answer came
    runner.run_all()  # the queue answer arrives first, then the reviewer one
    assert view.rows_by == "reviewer" and set(_cells(view)) == {"ann", "bob"}
    assert view.save_button.isEnabled() and view.refresh_button.isEnabled()
    view.refresh()
    view.by.setCurrentIndex(0)
    runner.queue.reverse()  # now the stale (reviewer) answer comes last: it must not replace queue's
    runner.run_all()
    assert view.rows_by == "queue" and set(_cells(view)) == {"general", "spam"}


def test_the_figures_follow_the_windows_locale(world: World, qa_world: dict[str, Actor], qtbot: Any) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = QualityView(world.services.qa, qa_world["leo"], ImmediateRunner(), world.clock)
        qtbot.addWidget(view)
        view.refresh()
        general = next(r for r in view.rows if r["queue"] == "general")
        cells = _cells(view)["general"]
        assert cells[5] == f"{general['kappa']:.3f}".replace(".", ",")  # 0,8… : the decimal comma
        assert cells[9].startswith("75,0")
    finally:
        QLocale.setDefault(before)
