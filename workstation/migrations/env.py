"""Alembic environment: runs on the connection the app hands in (see ``Database.upgrade``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from workstation.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # command-line use: alembic -x url=... (development only)
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass -x url=DATABASE_URL")
    with create_engine(url).begin() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
