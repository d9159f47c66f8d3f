"""``python -m workstation`` runs the command line of the core alone: every command but those that
open a window or draw a PDF, which say to run ``workstation`` or ``python -m ui`` (ui/launch.py)."""

import sys

from workstation.cli import main

if __name__ == "__main__":
    sys.exit(main())
