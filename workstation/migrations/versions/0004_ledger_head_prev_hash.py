"""ledger head keeps the previous hash

On PostgreSQL a decision is chained by one statement: ``UPDATE ledger_heads SET prev_hash = hash,
hash = sha256(...), seq = seq + 1 ... RETURNING`` feeding the decision's INSERT. RETURNING gives the
new row only, so the head keeps the hash it replaced. The head is then locked for one statement and
the commit, not for three round trips, which is what every concurrent decision waits on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ledger_heads", sa.Column("prev_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ledger_heads") as batch:
        batch.drop_column("prev_hash")
