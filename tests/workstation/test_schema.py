"""The schema: migrations match the models, upgrades are idempotent, a newer schema is refused."""

from __future__ import annotations

import warnings

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from workstation.db import Database
from workstation.errors import DatabaseUnavailable, SchemaTooNew
from workstation.models import Base


def test_migrations_produce_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect the DESC column of ix_items_claim_order, so Alembic skips comparing
        # that one index there (with a warning); PostgreSQL compares it.
        warnings.filterwarnings(
            "ignore", message=".*expression-based index 'ix_items_claim_order'.*", category=UserWarning
        )
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    if database.is_sqlite:  # ...and then sees the reflected copy as extra; check it by its DDL instead.
        with database.read() as session:
            ddl = session.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'ix_items_claim_order'")
            ).scalar_one()
        assert "priority DESC" in ddl and "status = 'pending'" in ddl
        diff = [
            d
            for d in diff
            if not (d[0] in {"add_index", "remove_index"} and d[1].name == "ix_items_claim_order")
        ]
    assert diff == []


def test_upgrade_twice_is_a_no_op(database: Database) -> None:
    assert database.upgrade() == database.head_revision()
    assert database.current_revision() == database.head_revision()


def test_a_newer_schema_is_refused_and_left_alone(database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(SchemaTooNew, match="newer version of Reviewer Workstation"):
        database.upgrade()
    assert database.current_revision() == "ffff_from_the_future"


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    db.upgrade()
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    db.dispose()


def test_unreachable_server_is_a_clear_error_without_the_password() -> None:
    db = Database("postgresql+psycopg://ws:s3cret@127.0.0.1:1/nowhere")
    with pytest.raises(DatabaseUnavailable) as info:
        db.upgrade()
    assert "s3cret" not in str(info.value)
    assert "cannot" in str(info.value) and "127.0.0.1:1" in str(info.value)


def test_an_older_database_is_upgraded_with_its_data(db_url: str) -> None:
    """A database left at the first revision, with wellbeing data in it, upgrades and keeps everything."""
    from alembic import command

    from workstation.db import Database

    db = Database(db_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(db._alembic(conn), "0001")
            conn.execute(
                text(
                    "INSERT INTO users (username, display_name, active, created_at) "
                    "VALUES ('ann', 'Ann', true, '2026-01-05 09:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO exposure_spans (client_id, user_id, started_at, ended_at, seconds, "
                    "revealed_seconds, visibility_weight, severity_weight, dose) "
                    "VALUES ('c1', 1, '2026-01-05 09:00:00', '2026-01-05 09:01:00', 60, 0, 0.1, 1, 0.1)"
                )
            )
        assert db.current_revision() == "0001"
        assert db.upgrade() == db.head_revision() != "0001"
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM exposure_spans")).scalar() == 1
            assert session.execute(text("SELECT username FROM users")).scalar() == "ann"
    finally:
        db.dispose()
