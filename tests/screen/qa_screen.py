"""Child process of test_qa_screen.py: the blind second review on a real X server, by real key
presses (xdotool), captured from the X server with ImageMagick's ``import``.

Rita decides two colourful synthetic images (one removed, with a note); Lena, a lead who reviews,
samples them, presses F3 (the QA queue) and N: the sampled item opens blurred and gray, the exposure
meter counts it, and nothing on the screen or in the window's state names the first verdict. She
presses 1 (Allow): the first verdict shows beside an empty media area; 1 chooses the outcome, she
types a note and Return records it. Rita's window then shows it under F4 (My QA).

    python -m tests.screen.qa_screen OUT_DIR     (DISPLAY: a private Xvfb at 1280x800)

Writes qa-blind.png, qa-outcome.png and my-qa.png to OUT_DIR; exits 0 and prints "qa screen: passed"
when every check holds, else prints what failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.screen import screen_checks as checks
from tests.screen.screen_world import QUEUE, make_media, make_world
from ui.prefs import Preferences
from ui.tasks import TaskRunner
from ui.window import ReviewerWindow, Runners
from wellbeing.exposure import ExposureMeter
from wellbeing.policy import load_policy
from workstation.decisions import DecisionRequest
from workstation.models import QAReview

NOTE = "rita-note-checked-the-thread"


class Failed(Exception):
    pass


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    world = make_world(out, make_media(out / "media", images=3))
    services = world.services
    rita = world.reviewer
    lena = services.directory.add_user("lena", ("lead", "reviewer"), team="blue", display_name="Lena Lead")
    decided = 0
    while decided < 2:  # rita removes the first image and allows the second; the video is skipped
        claim = services.claims.claim_next(rita, QUEUE)
        assert claim is not None
        if not (claim.media and claim.media[0].kind == "image" and claim.media[0].readable):
            services.claims.skip(rita, claim.claim_id)
            continue
        verdict, reason = ("remove", "spam") if decided == 0 else ("allow", "")
        services.decisions.decide(rita, DecisionRequest(claim.claim_id, verdict, reason=reason, note=NOTE))
        decided += 1
    services.qa.sample(lena, QUEUE, rate=1.0, min_per_reviewer=1, seed=1)

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def until(condition: Callable[[], bool], what: str, seconds: float = 20.0) -> None:
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise Failed(what)
            app.processEvents()
            time.sleep(0.02)

    def key(*keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "120", *keys], check=True, timeout=20)

    def shot(name: str) -> np.ndarray:
        path = out / name
        subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=30)
        image = cv2.imread(str(path))
        if image is None:
            raise Failed(f"import wrote no picture at {path}")
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))

    def open_window(who: object, name: str) -> tuple[ReviewerWindow, Runners, ExposureMeter]:
        services.outbox_sync.sign_in(who)  # type: ignore[arg-type]
        prefs = Preferences(QSettings(str(out / f"{name}.ini"), QSettings.Format.IniFormat), name)
        runners = Runners(
            db=TaskRunner(1), media=TaskRunner(1), prefetch=TaskRunner(1), history=TaskRunner(1)
        )
        meter = ExposureMeter(load_policy(), services.clock)
        window = ReviewerWindow(services, who, prefs, runners, app=app, meter=meter, idle_seconds=600)  # type: ignore[arg-type]
        window.resize(1280, 800)
        window.move(0, 0)
        window.show()
        window.activateWindow()
        until(window.isActiveWindow, "the window did not become active")
        until(lambda: window.queue_box.count() > 0, "the queues did not load")
        return window, runners, meter

    def close(window: ReviewerWindow, runners: Runners) -> None:
        window.shutdown()
        window.close()
        for r in (runners.db, runners.media, runners.prefetch, runners.history):
            if r is not None:
                r.wait(5000)

    try:
        window, runners, meter = open_window(lena, "lena")
        key("F3")
        until(lambda: window.qa.active and window.qa_mode_label.isVisible(), "F3 did not open the QA queue")
        key("n")
        until(
            lambda: window.qa.item is not None and window.media_view.has_frame,
            "N did not open a sampled item",
        )
        settle(1.0)  # what was painted reaches the X server; the considered-press wait passes
        item = window.qa.item
        assert item is not None
        if item.blind.external_ref != "img-0":
            raise Failed(f"the oldest sample is img-0 (removed by rita), not {item.blind.external_ref}")
        screen = shot("qa-blind.png")
        rect = window.media_view.image_rect()
        if rect is None:
            raise Failed("no media rectangle")
        origin = window.media_view.mapToGlobal(window.media_view.rect().topLeft())
        x, y = int(origin.x() + rect.left()), int(origin.y() + rect.top())
        w, h = int(rect.width()), int(rect.height())
        area = screen[y + 2 : y + h - 2, x + 2 : x + w - 2]
        if area.size < 100 * 100 * 3 or (problem := checks.filtered_problem(area)) is not None:
            raise Failed(f"the sampled item is not filtered on the X screen: {area.shape} {problem}")
        if not meter.current_weight > 0 or "no item open" in meter.explain():
            raise Failed(f"the exposure meter does not count the QA item: {meter.explain()}")
        shown = " ".join(
            [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
            + [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
        )
        if NOTE in shown or "Rita" in shown or "first verdict" in shown.lower() or "spam" in shown:
            raise Failed(f"the screen names the first decision before the QA verdict: {shown[:400]}")
        key("1")  # Allow: final, blind
        until(lambda: window.outcome_panel.isVisible(), "1 did not make the QA verdict final")
        verdicts = window.outcome_panel.verdicts.text()
        if "Your verdict: Allow" not in verdicts or "The first verdict: Remove" not in verdicts:
            raise Failed(f"after the verdict the panel says {verdicts!r}")
        if window.media_view.has_frame or "no item open" not in meter.explain():
            raise Failed("the sampled item stayed on the screen after the QA verdict")
        key("1")  # over-enforcement; the note takes the focus
        subprocess.run(
            ["xdotool", "type", "--delay", "40", "Satire; allowed with context"], check=True, timeout=20
        )
        settle(0.8)
        shot("qa-outcome.png")
        key("Return")
        until(lambda: not window.outcome_panel.isVisible(), "Return did not record the QA review")
        with services.db.read() as session:
            review = session.query(QAReview).one()
        if (review.verdict, review.outcome, review.note) != (
            "allow",
            "over-enforcement",
            "Satire; allowed with context",
        ):
            raise Failed(f"recorded {review.verdict} {review.outcome} {review.note!r}")
        close(window, runners)

        window, runners, _meter = open_window(rita, "rita")
        key("F4")
        until(lambda: window.my_qa is not None and window.my_qa.data is not None, "F4 did not show My QA")
        settle(1.0)
        shot("my-qa.png")
        dialog = window.my_qa
        assert dialog is not None
        rows = dialog.rows()
        if (
            len(rows) != 1
            or rows[0][3:6] != ["Remove", "Allow", "over-enforcement"]
            or rows[0][6] != "Satire; allowed with context"
        ):
            raise Failed(f"My QA shows {rows}")
        key("F4")
        until(lambda: not dialog.isVisible(), "F4 did not close My QA")
        close(window, runners)
    except Failed as failure:
        print(f"FAIL: {failure}")
        return 1
    finally:
        world.close()
    print("qa screen: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
