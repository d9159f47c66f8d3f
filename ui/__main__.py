"""``python -m ui`` runs the ``workstation`` program with its window (``ui/launch.py``)."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
