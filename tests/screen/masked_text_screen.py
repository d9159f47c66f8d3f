"""Child process of test_masked_text_screen.py: a Chinese post masked on a real X server.

Run with DISPLAY set to a private Xvfb. A text item "他昨天杀人了。Then: kill." is shown in the real
text view with every shipped term list (the default) and with English only
(``WORKSTATION_MASKED_TERM_LANGUAGES=en``); the X screen is captured (``QScreen.grabWindow(0)``, the
display itself) and the solid mask bars (#555 on #555) are counted: two with every list (杀人 and
kill), one with English only, none once revealed; then as an item in Indonesian (its list and English:
one bar, 杀人 shows), in Chinese (two) and of no language (two). Exits 0 on success, else prints what
failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from ui.qimage import to_array
from ui.tasks import ImmediateRunner
from ui.text_view import TERM_LANGUAGES_VARIABLE, TextView

POST = "他昨天杀人了。Then: kill."
BAR = np.array((0x55, 0x55, 0x55), np.int16)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="masked-text-screen-"))
    post = folder / "post.txt"
    post.write_text(POST, encoding="utf-8")
    app = QApplication(sys.argv[:1])

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    view = TextView()
    view.resize(700, 220)
    view.move(0, 0)
    view.show()
    settle(1.0)

    def bars() -> int:
        """Solid mask bars on the X screen where the view is (connected areas of the bar colour)."""
        shot = to_array(app.primaryScreen().grabWindow(0).toImage())
        origin = view.viewport().mapToGlobal(QPoint(0, 0))
        area = shot[
            origin.y() : origin.y() + view.viewport().height(),
            origin.x() : origin.x() + view.viewport().width(),
        ]
        solid = np.all(np.abs(area.astype(np.int16) - BAR) <= 3, axis=2).astype(np.uint8)
        count, _labels, stats, _c = cv2.connectedComponentsWithStats(solid)
        return sum(
            1
            for i in range(1, count)
            if stats[i, cv2.CC_STAT_WIDTH] >= 20 and stats[i, cv2.CC_STAT_HEIGHT] >= 8
        )

    os.environ.pop(TERM_LANGUAGES_VARIABLE, None)
    view.show_text(str(post), ImmediateRunner())
    settle()
    every = bars()
    if every != 2 or "杀人" in view.toPlainText():
        print(f"FAIL: with every list the screen shows {every} mask bars, not 2 (杀人 and kill)")
        return 1
    view.toggle_reveal()
    settle()
    if bars() != 0:
        print("FAIL: revealed, the screen still shows mask bars")
        return 1
    view.remask()
    os.environ[TERM_LANGUAGES_VARIABLE] = "en"
    view.show_text(str(post), ImmediateRunner())
    settle()
    english = bars()
    if english != 1:
        print(f"FAIL: with the English list only the screen shows {english} mask bars, not 1")
        return 1
    # An item's language (issue 17): its list and English. The Chinese term of an Indonesian post shows
    # on the screen; in a Chinese post, and in a post of no language, it is a bar.
    os.environ.pop(TERM_LANGUAGES_VARIABLE, None)
    for language, wanted, chinese_shown in (("id", 1, True), ("zh-CN", 2, False), (None, 2, False)):
        view.show_text(str(post), ImmediateRunner(), language=language)
        settle()
        got = bars()
        if got != wanted or ("杀人" in view.toPlainText()) != chinese_shown:
            print(f"FAIL: an item in {language!r} shows {got} mask bars on the screen, not {wanted}")
            return 1
        if language == "id" and (shot := os.environ.get("MASKED_TEXT_SCREENSHOT")):
            app.primaryScreen().grabWindow(0).save(shot)  # for a person to look at
    view.close()
    print("masked text screen: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
