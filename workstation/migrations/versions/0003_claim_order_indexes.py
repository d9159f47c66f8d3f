"""claim order indexes

Claiming walks items in claim order (priority DESC, SLA, id) over pending items only and stops at
the first free one; without a matching index PostgreSQL anti-joined and sorted every pending item
(40 ms with 3,000 pending; 0.6 ms with it). Skips get an exact partial index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 07:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_items_claim_order",
        "items",
        ["queue_id", sa.text("priority DESC"), "sla_due_at", "id"],
        unique=False,
        sqlite_where=sa.text("status = 'pending'"),
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        "ix_claims_skipped",
        "claims",
        ["item_id", "user_id"],
        unique=False,
        sqlite_where=sa.text("outcome = 'skipped'"),
        postgresql_where=sa.text("outcome = 'skipped'"),
    )


def downgrade() -> None:
    op.drop_index("ix_claims_skipped", table_name="claims")
    op.drop_index("ix_items_claim_order", table_name="items")
