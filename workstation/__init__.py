"""The application core: shared database, services, CLI and composition root. Never imports Qt."""
