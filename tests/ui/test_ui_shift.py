"""A whole shift by keyboard only: claim, inspect, reveal, decide (with a reason), undo, skip,
escalate with a note, next; then the database holds exactly what the reviewer did."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from ui.media_view import Reveal
from workstation import history
from workstation.models import Claim, Decision


def test_a_shift_by_keyboard_only(world, make_window, qtbot) -> None:
    for n in range(4):
        world.add_image(f"img-{n}", seed=n, priority=10 - n)
    window = make_window()
    key = lambda k, mod=Qt.KeyboardModifier.NoModifier: qtbot.keyClick(window, k, mod)  # noqa: E731

    key(Qt.Key.Key_N)  # claim
    assert window.session.item.external_ref == "img-0"
    assert window.details.ref.text() == "img-0" and "due in" in window.details.sla.text()
    key(Qt.Key.Key_R)  # inspect: reveal, then re-blur
    assert window.media_view.reveal is Reveal.REVEALED
    key(Qt.Key.Key_R)
    assert window.media_view.reveal is Reveal.FILTERED
    key(Qt.Key.Key_2)  # Age-restrict needs a reason
    assert window.panel.pending is not None and window.panel.pending.key == "restrict"
    key(Qt.Key.Key_Return)  # refused: no reason yet
    assert window.panel.pending is not None and "needs a reason" in window.panel.hint.text()
    key(Qt.Key.Key_1)
    key(Qt.Key.Key_Return)
    assert window.session.item.external_ref == "img-1"  # moved on to the next item

    world.clock.advance(3)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: img-0 is mine again
    assert window.session.item.external_ref == "img-0"
    key(Qt.Key.Key_1)  # Allow
    assert window.session.item.external_ref == "img-1"
    key(Qt.Key.Key_S)  # skip img-1
    assert window.session.item.external_ref == "img-2"
    key(Qt.Key.Key_E)  # escalate needs a note
    qtbot.keyClicks(window.panel.note, "needs a second opinion")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Return)
    assert window.session.item.external_ref == "img-3"
    key(Qt.Key.Key_3)  # Remove, with a reason chosen by number
    key(Qt.Key.Key_2)
    key(Qt.Key.Key_Return)
    assert window.session.item is None
    assert "nothing waiting" in window.media_view._message
    world.clock.advance(30)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # too late: explained, nothing changes
    assert "Undo is possible for 10 s" in window.banner.text()  # a sentence: capital first

    with world.services.db.read() as session:
        rows = session.execute(
            select(Decision.verdict, Decision.reason, Decision.note).order_by(Decision.seq)
        ).all()
        skipped = session.execute(select(Claim.outcome).where(Claim.outcome == "skipped")).scalars().all()
    assert [tuple(r) for r in rows] == [
        ("restrict", "graphic but newsworthy", ""),
        ("undone", "", ""),
        ("allow", "", ""),
        ("escalate", "", "needs a second opinion"),
        ("remove", "hateful conduct", ""),
    ]
    assert skipped == ["skipped"]
    assert world.services.decisions.verify().ok


def test_shortcut_sheet_and_theme_by_keyboard(world, make_window, qtbot, app_looks) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    qtbot.keyClick(sheet, Qt.Key.Key_Return)
    assert not sheet.isVisible()
    before = window.theme
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.theme != before and window.prefs.theme == window.theme


def test_lost_lease_is_explained_in_plain_words(world, make_window, qtbot) -> None:
    world.add_image("img-0")
    other = world.services.directory.add_user("omar", ("reviewer",), display_name="Omar")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    world.clock.advance(world.services.claims.lease.total_seconds() + 5)
    assert world.services.claims.claim_next(other, "general") is not None  # the item moved on
    window.session.heartbeat()
    assert window.session.item is None and window.media_view.image_rect() is None
    assert "expired" in window.banner.text() and "Omar has it now" in window.banner.text()


def test_restricted_queues_only_for_granted_reviewers(world, make_window) -> None:
    from workstation import taxonomy

    world.services.directory.add_queue(
        "csam-triage", severity_tier=4, verdicts=taxonomy.builtin("general"), restricted=True
    )
    window = make_window()
    names = [window.queue_box.itemData(i) for i in range(window.queue_box.count())]
    assert names == ["general"]
    world.services.directory.grant_queue("rita", "csam-triage")
    window._load_queues()
    assert "csam-triage" in [window.queue_box.itemData(i) for i in range(window.queue_box.count())]


def test_peek_next_does_not_claim_and_prefetch_fills_the_cache(world, make_window, qtbot) -> None:
    world.add_image("img-0", priority=5)
    world.add_image("img-1", priority=1)
    claims, rita = world.services.claims, world.reviewer
    peeked = claims.peek_next(rita, "general")
    assert peeked is not None and peeked.external_ref == "img-0" and peeked.claim_id == 0
    assert claims.open_claims(rita) == []
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    # while img-0 is open, the peek is img-1, and its filtered preview is cached
    assert window._peeked is not None and window._peeked.external_ref == "img-1"
    assert len(window.cache) == 1
    hits = window.cache.hits
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.session.item.external_ref == "img-1" and window.cache.hits == hits + 1


def test_history_banner_for_media_decided_before(world, make_window, qtbot) -> None:
    phash = "f" * 64
    near = "f" * 63 + "0"  # 4 bits away
    world.add_image("old", phash_kind="pdq", phash=phash)
    world.add_image("new", phash_kind="pdq", phash=near)
    world.add_image("unrelated", phash_kind="pdq", phash="0" * 64)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.session.item.external_ref == "old"
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.session.item.external_ref == "new"
    assert window.history_banner.isVisible()
    assert "Decided before as “Allow”" in window.history_banner.text()
    assert window.media_view.reveal is Reveal.FILTERED
    item = window.session.item
    found = history.earlier_decisions(world.services.db, item.media[0], exclude_item_id=item.item_id)
    assert [f.external_ref for f in found] == ["old"] and found[0].distance == 4
    world.clock.advance(1)
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.session.item.external_ref == "unrelated" and not window.history_banner.isVisible()
    assert world.clock.now() - found[0].decided_at < timedelta(minutes=1)


def test_text_item_masks_terms_until_revealed(world, make_window, qtbot, tmp_path, fake_timers) -> None:
    from media.textmask import load_terms

    term = load_terms()[0]
    path = tmp_path / "post.txt"
    path.write_text(f"The post says {term} twice: {term}.\nNothing else.", encoding="utf-8")
    world.add_item("txt-1", [("text", path, {"mime": "text/plain"})])
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N)
    view = window.text_view
    assert view.masked_count == 2 and term not in view.visible_text()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert term in view.visible_text()
    window.focus_lost()
    assert term not in view.visible_text()
    view.reveal_seconds = 0.05
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert term in view.visible_text()
    fake_timers.advance(49)
    assert term in view.visible_text()
    with qtbot.waitSignal(view.viewStateChanged, timeout=0):
        fake_timers.advance(1)  # the reveal timer re-masks by itself
    assert term not in view.visible_text()
