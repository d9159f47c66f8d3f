"""Print a window's accessibility tree as a screen reader meets it, and its Tab order.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/a11y_tree.py --user wendy \
        [--database-url URL]

Opens the start window of ``--user`` on the demo database (default: the data folder's demo.db;
run ``workstation demo --seed-only`` first), without its timers, and prints each accessible object
(role: name - description = value [focusable]) through Qt Accessibility (QAccessible), then the
stops of a Tab walk (tests/ui/a11y.py). Read it as a person who cannot see the screen would:
every stop should say what it is and, where a name is not enough, what it holds
(docs/accessibility.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
os.environ.setdefault("QT_ACCESSIBILITY", "1")


def _dump(interface: object, depth: int, seen: list[int]) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleInterface

    assert isinstance(interface, QAccessibleInterface)
    if not interface.isValid() or seen[0] > 2000:
        return
    seen[0] += 1
    state = interface.state()
    if not state.invisible:
        role = QAccessible.Role(interface.role()).name
        name = interface.text(QAccessible.Text.Name)
        description = interface.text(QAccessible.Text.Description)
        value = interface.text(QAccessible.Text.Value)
        line = "  " * depth + f"{role}: {name!r}"
        line += f" - {description!r}" if description else ""
        line += f" = {value!r}" if value else ""
        line += " [focusable]" if state.focusable else ""
        print(line)
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            _dump(child, depth + 1, seen)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--user", default="alex", help="the demo user whose start window to open")
    parser.add_argument("--database-url", help="default: the demo database in the data folder")
    args = parser.parse_args()

    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    from tests.ui.a11y import tab_cycle
    from ui.main import start_window
    from workstation import config
    from workstation.app import build

    app = QApplication(sys.argv[:1])
    services = build(args.database_url or config.default_database_url("demo.db"))
    started = start_window(services, services.directory.sign_in(args.user), app, start_jobs=False)
    window = started.window
    window.show()
    for _ in range(5):
        app.processEvents()
    interface = QAccessible.queryAccessibleInterface(window)
    if interface is not None:
        _dump(interface, 0, [0])
    print("\nTab order:")
    for n, stop in enumerate(tab_cycle(window), 1):
        print(f"  {n:2}. {stop}")
    window.close()
    started.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
