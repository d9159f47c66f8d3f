"""signing keys and signed checkpoints

Trusted Ed25519 public keys (listed by admins; private keys never enter the database) and signed
checkpoints of every hash chain's head (docs/signed-log.md).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 18:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("public_key", sa.String(length=80), nullable=False),
        sa.Column("fingerprint", sa.String(length=16), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["added_by"], ["users.id"], name=op.f("fk_signing_keys_added_by_users")),
        sa.ForeignKeyConstraint(["revoked_by"], ["users.id"], name=op.f("fk_signing_keys_revoked_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_keys")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_signing_keys_fingerprint")),
        sa.UniqueConstraint("public_key", name=op.f("uq_signing_keys_public_key")),
    )
    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("signer_id", sa.Integer(), nullable=True),
        sa.Column("key_fingerprint", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["signer_id"], ["users.id"], name=op.f("fk_checkpoints_signer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkpoints")),
    )
    with op.batch_alter_table("checkpoints") as batch:
        batch.create_index("ix_checkpoints_at", ["at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _grant(bind)


def _grant(bind: sa.engine.Connection) -> None:
    """PostgreSQL (migration 0005's group roles): leads and admins append checkpoints and read keys;
    admins list and revoke keys. Direct writes are safe to allow here: a checkpoint or a key proves
    nothing by being in the database, only by a signature a verifier checks against keys it trusts
    (docs/signed-log.md), and a verifier that must not trust the database passes --trust-key."""
    groups = {str(n): str(r) for n, r in bind.execute(sa.text("SELECT name, role_name FROM db_roles")).all()}
    lead, admin = (bind.dialect.identifier_preparer.quote(groups[g]) for g in ("lead", "admin"))
    for statement in (
        f"GRANT SELECT, INSERT ON checkpoints TO {lead}, {admin}",
        f"GRANT SELECT ON signing_keys TO {lead}, {admin}",
        f"GRANT INSERT, UPDATE ON signing_keys TO {admin}",
        f"GRANT USAGE ON SEQUENCE checkpoints_id_seq TO {lead}, {admin}",
        f"GRANT USAGE ON SEQUENCE signing_keys_id_seq TO {admin}",
    ):
        bind.execute(sa.text(statement))


def downgrade() -> None:
    with op.batch_alter_table("checkpoints") as batch:
        batch.drop_index("ix_checkpoints_at")
    op.drop_table("checkpoints")
    op.drop_table("signing_keys")
