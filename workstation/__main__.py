"""``python -m workstation`` runs the command line."""

import sys

from workstation.cli import main

if __name__ == "__main__":
    sys.exit(main())
