"""media assets: a unique content key, PDQ quality and every keyframe hash

The import's duplicate check ("these bytes are already in the database") ran outside the write
transaction with nothing in the schema to back it: two imports of one folder at once stored every
file twice. ``content_key`` (the sha256 again) under a unique index makes the database refuse the
second copy. Files an older database already holds twice keep NULL on their later copies.

PDQ quality is kept (``phash_quality``) so hashes of near-featureless frames (quality under 50, as
ThreatExchange does) never match, and ``phashes`` holds every reliable keyframe hash of a video.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("media_assets", sa.Column("phash_quality", sa.Integer(), nullable=True))
    op.add_column("media_assets", sa.Column("phashes", sa.JSON(), nullable=True))
    op.add_column("media_assets", sa.Column("content_key", sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE media_assets SET content_key = sha256 "
        "WHERE id IN (SELECT MIN(id) FROM media_assets GROUP BY sha256)"
    )
    op.create_index("uq_media_assets_content_key", "media_assets", ["content_key"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_media_assets_content_key", table_name="media_assets")
    with op.batch_alter_table("media_assets") as batch:
        batch.drop_column("content_key")
        batch.drop_column("phashes")
        batch.drop_column("phash_quality")
