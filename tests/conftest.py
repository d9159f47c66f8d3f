"""Test-wide setup. Qt must be told to render offscreen before any Qt module loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
# Keep tests from ever touching the real user's data folder or database.
os.environ.pop("WORKSTATION_DATABASE_URL", None)
os.environ.pop("WORKSTATION_USER", None)
