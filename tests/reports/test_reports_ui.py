"""The wellbeing dashboard, the report PDF and the decision export's progress dialog, offscreen."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from reports_world import World

from ui import launch
from ui.dashboard import ExposureDashboard
from ui.report_export import start_decision_export
from ui.report_pdf import distribution_chart, dose_over_time_chart
from ui.tasks import ImmediateRunner
from workstation import cli
from workstation.exports import ExportCancelled, verify_file

START, END = date(2026, 1, 5), date(2026, 1, 11)


def dashboard(qtbot: QtBot, world: World, user: str) -> ExposureDashboard:
    widget = ExposureDashboard(world.reports, world.users[user], world.clock, ImmediateRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.set_range(START, END, "day")
    return widget


def test_the_dashboard_shows_charts_and_the_people_over_budget(
    qtbot: QtBot, week: World, tmp_path: Path
) -> None:
    widget = dashboard(qtbot, week, "well")
    with qtbot.waitSignal(widget.loaded) as shown:
        widget.refresh()
    report = shown.args[0]
    assert report.individual and widget.csv_button.isEnabled()
    names = [widget.over_budget.index(r, 0).data() for r in range(widget.over_budget.rowCount())]
    assert names == ["a1", "a2", "r2"]
    model = widget.over_budget
    assert (model.index(0, model.PROMPTED).data(), model.index(0, model.TAKEN).data()) == ("2", "2")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Breaks\nsuggested" in headers and "Mood trend\n(points per week)" in headers
    lines = widget.dose_view.chart().series()
    assert [s.name() for s in lines] == ["median", "90th percentile", "maximum", "daily budget (60)"]
    assert lines[0].count() == 5  # Monday to Friday have exposure
    assert "7 people; dose per person over the range: median 50, p90 94" in widget.summary.text()
    widget.save_csv(tmp_path / "r.csv")
    widget.save_pdf(tmp_path / "r.pdf")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("period_start,period_end,level,group")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert widget.saved_label.text() == f"Saved the report as PDF to {tmp_path / 'r.pdf'}."
    assert week.audit_actions()[-2:] == [("report.saved", "r.csv"), ("report.saved", "r.pdf")]


def test_a_lead_sees_no_individual_rows_on_the_dashboard(qtbot: QtBot, week: World) -> None:
    widget = dashboard(qtbot, week, "lead")
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    assert widget.over_budget.rowCount() == 0
    assert "wellbeing staff only" in widget.over_label.text()
    lines = widget.dose_view.chart().series()
    assert [s.name() for s in lines] == ["mean", "daily budget (60)"]  # no single person's figure
    assert lines[0].count() == 0  # every day under 5 people
    categories = widget.distribution_view.chart().axes()[0].categories()  # type: ignore[attr-defined]
    assert categories == ["blue (suppressed)", "red (suppressed)"]  # blue = everyone - red
    text = widget.summary.text()
    assert "7 people; dose per person over the range: mean 51" in text
    assert "max" not in text and "median" not in text
    # 3 people reached the budget: their person-days would come from fewer than 5 people
    assert "3 people reached the daily budget of 60." in text and "None" not in text


def test_a_reviewer_is_told_why_the_dashboard_is_empty(qtbot: QtBot, week: World) -> None:
    widget = dashboard(qtbot, week, "a1")
    with qtbot.waitSignal(widget.failed) as refused:
        widget.refresh()
    assert "a1 may not run the exposure report" in refused.args[0]
    assert widget.report is None and not widget.pdf_button.isEnabled()


def test_charts_for_a_weekly_report(qapp: QApplication, week: World) -> None:
    report = week.reports.exposure(week.users["well"], START, END, period="week")
    dose = dose_over_time_chart(report)
    assert [s.count() for s in dose.series()] == [1, 1, 1]  # one week, no daily budget line
    distribution = distribution_chart(report)
    bars = distribution.series()[0].barSets()[0]  # type: ignore[attr-defined]
    assert sum(bars.at(i) for i in range(bars.count())) == 7  # everyone in one bin or another


def test_report_exposure_pdf_from_the_cli(
    qapp: QApplication, week: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r.pdf"
    argv = ["--database-url", week.db.url, "report", "exposure", "--from", "2026-01-05"]
    err = io.StringIO()
    if not week.db.is_sqlite:  # on PostgreSQL the CLI is the login it connects as: make it wellbeing staff
        week.directory.add_user(week.directory.session_login(), ["wellbeing"], team=None)
    code = launch.main(  # the program's entry point: the PDF writer is the desktop interface's
        [*argv, "--to", "2026-01-11", "--format", "pdf", "--out", str(out)],
        out=io.StringIO(),
        err=err,
        account=lambda: "well",
    )
    assert code == 0, err.getvalue()
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000
    assert (
        launch.main(
            [*argv, "--to", "2026-01-11", "--format", "pdf"],
            out=io.StringIO(),
            err=err,
            account=lambda: "well",
        )
        == 2
    )
    assert "a PDF needs --out FILE" in err.getvalue()
    # The core's command line alone (python -m workstation) has no PDF writer, and says how to get one.
    alone = tmp_path / "alone.pdf"
    err = io.StringIO()
    code = cli.main(
        [*argv, "--to", "2026-01-11", "--format", "pdf", "--out", str(alone)],
        out=io.StringIO(),
        err=err,
        account=lambda: "well",
    )
    assert code == 2 and not alone.exists()
    assert "a PDF report needs the desktop interface" in err.getvalue() and "python -m ui" in err.getvalue()


def test_the_decision_export_runs_on_a_worker_with_a_progress_dialog(
    qtbot: QtBot, logged: World, tmp_path: Path
) -> None:
    path = tmp_path / "log.jsonl"
    run = start_decision_export(None, logged.exports, logged.users["lead"], path, "jsonl", batch=2)
    with qtbot.waitSignal(run.finished, timeout=20_000) as done:
        pass
    result = done.args[0]
    assert result.rows == 9 and run.dialog.maximum() == 9 and not run.dialog.isVisible()
    assert verify_file(path, logged.trusted()).ok and not run.worker.is_running()
    assert "exported 9 decisions" in run.message


def test_a_reviewer_is_refused_in_the_dialog_too(qtbot: QtBot, logged: World, tmp_path: Path) -> None:
    run = start_decision_export(None, logged.exports, logged.users["ann"], tmp_path / "x.csv")
    with qtbot.waitSignal(run.failed, timeout=20_000) as refused:
        pass
    assert refused.args == ["ann may not export decisions: that needs the lead or admin role", False]
    assert not (tmp_path / "x.csv").exists() and logged.audit_actions()[-1] == ("refused", "export decisions")
    run.wait()


class _SlowExports:
    """Stands in for DecisionExports: works until cancelled, as a long export would."""

    def export(self, *args: Any, cancel: threading.Event, **kwargs: Any) -> None:
        kwargs["progress"](0, 1_000_000)
        if not cancel.wait(20):
            raise AssertionError("the dialog's Cancel never reached the worker")
        raise ExportCancelled("export cancelled after 0 of 1,000,000 rows")


def test_cancel_stops_the_worker(qtbot: QtBot, logged: World, tmp_path: Path) -> None:
    run = start_decision_export(None, _SlowExports(), logged.users["lead"], tmp_path / "x.csv")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: run.dialog.maximum() == 1_000_000, timeout=20_000)
    assert run.dialog.isVisible()
    cancel_button = run.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    with qtbot.waitSignal(run.failed, timeout=20_000) as stopped:
        cancel_button.click()
    assert stopped.args == ["export cancelled after 0 of 1,000,000 rows", True]
    assert not run.worker.is_running()
