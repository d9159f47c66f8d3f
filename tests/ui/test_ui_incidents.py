"""Issue 15 in the window: E sends an item where its queue escalates (with the imminent-harm box), the
second tier opens it blurred with its history and decides it; leads on duty get the incident banner,
the notification and the sound, and ``A`` acknowledges; a reviewer's window shows none of it; an urgent
decision that cannot reach the database says so at once with the on-call contact."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from test_ui_safety_pixels import assert_filtered, grab_media, image_path, unfiltered_like

from ui.incident_alerts import IncidentBanner
from ui.main import Started, start_window
from ui.render import load_in_process
from ui.tasks import ImmediateRunner
from ui.window import ReviewerWindow, Runners
from wellbeing.exposure import ExposureMeter
from wellbeing.policy import load_policy
from workstation import taxonomy
from workstation.decisions import DecisionRequest
from workstation.incidents import ENV_INCIDENTS_CONFIG


@pytest.fixture
def tiers(world: Any) -> Any:
    d = world.services.directory
    d.add_queue("tier-2", severity_tier=4, verdicts=taxonomy.builtin("violence"), restricted=True)
    d.add_queue("self-harm", severity_tier=4, verdicts=taxonomy.builtin("self_harm"))
    world.tina = d.add_user("tina", ("reviewer",), team="blue", display_name="Tina Tier-Two")
    world.leo = d.add_user("leo", ("lead",), team="blue", display_name="Leo Lead")
    world.lea = d.add_user("lea", ("lead", "reviewer"), team="blue", display_name="Lea Lead")
    admin = d.add_user("ada", ("admin",), team="blue")
    d.grant_queue("tina", "tier-2")
    world.services.escalations.set_routes(admin, "general", ["tier-2", "leads"])
    world.services.incidents.set_duty(world.leo, ["leo", "lea"])
    return world


def _urgent_incident(world: Any) -> int:
    """rita records "Urgent: person at risk" in the self-harm queue: a P0 incident opens."""
    world.queue = "self-harm"
    world.add_image("sh-1", seed=5)
    claim = world.services.claims.claim_next(world.reviewer, "self-harm")
    record = world.services.decisions.decide(
        world.reviewer, DecisionRequest(claim.claim_id, "urgent", note="says goodbye on a live stream")
    )
    assert record.incident_id is not None
    return int(record.incident_id)


@pytest.fixture
def start(qtbot: Any, qapp: Any, world: Any, prefs: Any) -> Any:
    made: list[Started] = []

    def make(actor: Any) -> Started:
        started = start_window(
            world.services,
            actor,
            qapp,
            runner_factory=lambda _name: ImmediateRunner(),
            image_loader=load_in_process,
            prefs=prefs,
            start_jobs=False,
        )
        qtbot.addWidget(started.window)
        started.window.resize(1280, 800)
        started.window.show()
        qtbot.waitExposed(started.window)
        started.window.activateWindow()
        qtbot.waitUntil(started.window.isActiveWindow)
        made.append(started)
        return started

    yield make
    for started in made:
        started.shutdown()


def test_e_escalates_to_the_chosen_destination_and_tier_2_opens_it_blurred_with_its_history(
    tiers: Any, make_window: Any, qtbot: Any, qapp: Any, prefs: Any
) -> None:
    world = tiers
    world.add_image("img-1", seed=1)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None and window.session.item.escalate_to == ("tier-2", "leads")
    qtbot.keyClick(window, Qt.Key.Key_E)
    panel = window.panel
    assert panel.destinations.isVisible() and panel.destinations.count() == 2 and panel.imminent.isVisible()
    qtbot.keyClicks(panel.note, "caption names a school; needs a specialist")
    qtbot.keyClick(panel.note, Qt.Key.Key_Down)
    assert panel.destinations.currentItem().text() == "The leads of your team"
    qtbot.keyClick(panel.note, Qt.Key.Key_Up)
    assert panel.destinations.currentItem().text() == "tier-2"
    qtbot.keyClick(panel.note, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert panel.imminent.isChecked()
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    services = world.services
    [esc] = services.escalations.list(world.leo)
    assert (esc.to, esc.imminent, esc.note) == ("tier-2", True, "caption names a school; needs a specialist")
    [incident] = services.incidents.list(world.leo)
    assert incident.severity == "P0" and incident.item_ref == "img-1"
    assert "This affected me" in window.status_bar.currentMessage()

    # the second tier: the same window, opened by tina on tier-2
    meter = ExposureMeter(load_policy(), world.clock)
    runner = ImmediateRunner()
    services.outbox_sync.sign_in(world.tina)
    second = ReviewerWindow(
        services,
        world.tina,
        prefs,
        Runners(db=runner, media=runner, prefetch=runner, history=runner),
        meter=meter,
        app=qapp,
        min_view_seconds=0,
    )
    qtbot.addWidget(second)
    try:
        second.resize(1280, 800)
        second.show()
        qtbot.waitExposed(second)
        second.activateWindow()
        qtbot.waitUntil(second.isActiveWindow)
        second.queue_box.setCurrentIndex(second.queue_box.findData("tier-2"))
        qtbot.keyClick(second, Qt.Key.Key_N)
        assert second.session.item is not None and second.session.item.external_ref == "img-1"
        second.media_view.repaint()
        grabbed = grab_media(second)
        assert_filtered(grabbed, unfiltered_like(image_path(world, "img-1"), grabbed.shape))
        history = second.details.history
        assert history.isVisible()
        assert "Rita Reviewer, general: escalate" in history.text()
        assert "caption names a school" in history.text()
        qtbot.keyClick(second, Qt.Key.Key_1)  # Allow
        with services.db.read() as session:
            from workstation.models import Decision

            rows = session.query(Decision).order_by(Decision.id).all()
            assert [r.verdict for r in rows][-2:] == ["escalate", "allow"]
            assert rows[-1].supersedes_id == rows[-2].id
    finally:
        second.shutdown()


def test_a_lead_on_duty_gets_banner_notification_and_sound_and_a_acknowledges(
    tiers: Any, start: Any, qtbot: Any
) -> None:
    world = tiers
    incident = _urgent_incident(world)
    started = start(world.leo)  # a lead without the reviewer role: the dashboard window
    alerts = started.lead_alerts
    assert alerts is not None
    sounds: list[int] = []
    alerts._sound = lambda: sounds.append(1)
    alerts.refresh()
    assert alerts.banner.isVisible()
    assert "INCIDENT P0: Urgent: person at risk" in alerts.banner.text.text()
    assert [(a.incident.id, a.lead, a.rung) for a in alerts.mine] == [(incident, "leo", 0)]
    assert sounds == [1]
    # offscreen there is no system tray: the window asks for attention instead (documented)
    assert (alerts.tray is None) == (not QSystemTrayIcon.isSystemTrayAvailable())
    alerts.refresh()
    assert sounds == [1]  # once per incident and lead, not every refresh
    qtbot.keyClick(started.window, Qt.Key.Key_A)
    assert not alerts.banner.isVisible()
    view = world.services.incidents.show(world.leo, incident)
    assert view.acknowledged_by == "Leo Lead"


def test_not_acknowledged_in_time_the_second_lead_is_alerted(tiers: Any, start: Any) -> None:
    world = tiers
    _urgent_incident(world)
    started = start(world.lea)  # lead and reviewer: the reviewer window with the lead's banner
    assert isinstance(started.window, ReviewerWindow)
    alerts = started.lead_alerts
    sounds: list[int] = []
    alerts._sound = lambda: sounds.append(1)
    alerts.refresh()
    assert not alerts.banner.isVisible() and sounds == []  # leo is first on duty
    world.clock.advance(5 * 60 + 1)  # P0: acknowledge within 5 minutes
    alerts.refresh()
    assert alerts.banner.isVisible() and sounds == [1]
    assert [(a.lead, a.rung) for a in alerts.mine] == [("lea", 1)]


def test_a_reviewers_window_shows_none_of_the_lead_alert(
    tiers: Any, start: Any, qtbot: Any, fake_timers: Any
) -> None:
    world = tiers
    fake_timers.clock = world.clock
    _urgent_incident(world)  # rita opened it herself
    started = start(world.reviewer)
    window = started.window
    assert started.lead_alerts is None
    assert window.findChildren(IncidentBanner) == []
    assert window.findChildren(QSystemTrayIcon) == []
    from PySide6.QtWidgets import QLabel

    texts = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "INCIDENT" not in texts
    fake_timers.advance(3600 * 1000)  # an hour of every timer of the window, on the world's clock
    assert window.findChildren(IncidentBanner) == []


def test_an_urgent_decision_that_cannot_reach_the_database_says_so_with_the_on_call_contact(
    tiers: Any, make_window: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    local = tmp_path / "incidents.toml"
    local.write_text('on_call = "Safety desk +44 20 7946 0000"\n')
    monkeypatch.setenv(ENV_INCIDENTS_CONFIG, str(local))
    world = tiers
    world.queue = "self-harm"
    world.add_image("sh-2", seed=3)
    window = make_window()
    window.queue_box.setCurrentIndex(window.queue_box.findData("self-harm"))
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None
    from workstation.errors import DatabaseUnavailable

    def unreachable(*_a: object, **_k: object) -> object:
        raise DatabaseUnavailable("the database server does not answer")

    monkeypatch.setattr(world.services.decisions, "decide", unreachable)
    index = [v.key for v in window.session.item.verdicts].index("urgent") + 1
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index}"))
    qtbot.keyClicks(window.panel.note, "took pills an hour ago")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Return)
    text = window.banner.text()
    assert window.banner.isVisible()
    assert "did NOT reach the database" in text and "Safety desk +44 20 7946 0000" in text
