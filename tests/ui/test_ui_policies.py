"""The policy beside the verdict: summaries under the verdicts, F2's searchable SOP panel, its badge."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from ui.sop_panel import BADGE, BADGE_ROLE, SECTION_ROLE, SopPanel
from workstation import policies
from workstation.config import RESOURCES

SOP = RESOURCES / "policies"


def publish_two(world: Any) -> None:
    """2026-11 in force 30 days ago, 2026-12 since 3 days ago: two sections changed recently."""
    svc = world.services.policies
    today = world.clock.now().date()
    svc.publish(None, policies.read_file(SOP / "sop-2026-11.toml"), today - timedelta(days=30))
    svc.publish(None, policies.read_file(SOP / "sop-2026-12.toml"), today - timedelta(days=3))


def listed(panel: SopPanel) -> list[tuple[str, bool, str]]:
    return [
        (
            str(panel.sections.item(n).data(SECTION_ROLE)),
            bool(panel.sections.item(n).data(BADGE_ROLE)),
            panel.sections.item(n).text(),
        )
        for n in range(panel.sections.count())
    ]


def test_each_verdict_shows_its_section_summary(world, make_window) -> None:
    publish_two(world)
    window = make_window()
    sop = policies.read_file(SOP / "sop-2026-12.toml")
    expected = [sop.section(s).summary for s in ("allow", "age-restrict", "remove")]  # type: ignore[union-attr]
    assert window.panel.summary_texts() == expected
    assert all(len(t) <= policies.SUMMARY_MAX for t in expected)


def test_no_policy_published_shows_no_summaries_and_says_so(world, make_window, qtbot) -> None:
    window = make_window()
    assert window.panel.summary_texts() == ["", "", ""]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.sop_panel
    assert panel is not None and panel.isVisible()
    assert "No policy has been published yet" in panel.heading.text()
    assert panel.sections.count() == 0


def test_f2_opens_a_searchable_panel_with_badges_and_f2_closes_it(world, make_window, qtbot) -> None:
    publish_two(world)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.sop_panel
    assert panel is not None and panel.isVisible()
    assert "version 2026-12" in panel.heading.text()
    rows = listed(panel)
    assert len(rows) == 15
    badged = {sid for sid, badge, _ in rows if badge}
    assert badged == {"graphic-violence", "person-at-risk"}
    assert all(text.startswith(BADGE) == badge for _, badge, text in rows)
    assert "2 changed in the last 14 days" in panel.count.text()
    qtbot.keyClicks(panel.search, "discount code")  # words of an example only
    assert [sid for sid, _, _ in listed(panel)] == ["spam"]
    assert "Remove repetitive or deceptive" in panel.text.toPlainText()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nothing matches this")
    assert panel.sections.count() == 0 and "No section matches" in panel.text.toPlainText()
    qtbot.keyClick(panel, Qt.Key.Key_F2)
    assert not panel.isVisible()


def test_f2_opens_at_the_section_of_the_verdict_and_reason_in_progress(world, make_window, qtbot) -> None:
    publish_two(world)
    world.add_image("ref-1")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item is not None
    qtbot.keyClick(window, Qt.Key.Key_3)  # Remove: asks for a reason
    assert window.panel.pending is not None and window.panel.pending.key == "remove"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.sop_panel
    assert panel is not None and panel.current_id() == "remove"
    qtbot.keyClick(panel, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_1)  # reason 1: graphic violence, which has its own section
    assert "Remove real, graphic injury" in window.panel.hint.text()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.sop_panel is not None and window.sop_panel.current_id() == "graphic-violence"


def test_the_policy_text_loads_no_resource(qapp) -> None:
    today = policies.read_file(SOP / "sop-2026-11.toml")
    panel = SopPanel(today, __import__("datetime").date(2026, 12, 1))
    assert (
        panel.text.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl("file:///etc/hosts"))
        is None
    )
    assert not panel.text.openLinks() and not panel.text.openExternalLinks()
    panel.deleteLater()


def test_in_arabic_the_policys_english_words_are_isolated_from_the_sentence(
    world: Any, make_window: Any, qtbot: Any, qapp: Any
) -> None:
    """In Arabic the hint "السبب: <reason> — <English summary>." put the summary's final "." at the
    wrong end: the English words are now first-strong isolates (U+2068 … U+2069), in the hint and
    under each verdict (docs/accessibility.md, "Text in two directions")."""
    from PySide6.QtCore import QLocale

    from ui import i18n
    from ui.locale_format import FSI, PDI

    arabic = i18n.install(qapp, QLocale("ar"))
    try:
        publish_two(world)
        world.add_image("ref-1")
        window = make_window()
        assert window.isRightToLeft()
        qtbot.keyClick(window, Qt.Key.Key_N)
        qtbot.keyClick(window, Qt.Key.Key_3)  # Remove: asks for a reason
        qtbot.keyClick(window, Qt.Key.Key_1)  # graphic violence, which has its own section
        sop = policies.read_file(SOP / "sop-2026-12.toml")
        summary = sop.section("graphic-violence").summary  # type: ignore[union-attr]
        hint = window.panel.hint.text()
        assert f"{FSI}{summary}{PDI}" in hint, hint
        assert hint.count(FSI) == hint.count(PDI) == 2  # the reason too
        shown = [label.text() for label in window.panel._summaries if label.text()]
        assert shown and all(t.startswith(FSI) and t.endswith(PDI) for t in shown), shown
    finally:
        i18n.uninstall(qapp, arabic)
