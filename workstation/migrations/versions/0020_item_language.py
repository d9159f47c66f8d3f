"""An item's language (issue 17): ``items.language``, a BCP 47 tag or NULL

The text view masks an item with the list of its language (and English) instead of every loaded list,
and the details panel names the language (docs/import-and-media.md, "The manifest"; docs/translations.md,
"Masked terms per language"). The column is nullable: items imported before, and items whose language
nobody knows, keep NULL, which masks with every list as before.

Both databases refuse a value that is not a tag in the stored spelling (``workstation.languages``): the
importer normalises and checks first, with a sentence naming the manifest line; the CHECK keeps a lead's
own INSERT through psql (leads and admins may insert items, migration 0005) from storing anything else.
PostgreSQL checks the whole grammar (``languages.PG_PATTERN``); SQLite, without regular expressions, the
length, the alphabet and the language subtag.

PostgreSQL privileges are unchanged: every group reads ``items`` (row-level security, migration 0005),
so reviewers read the language wherever they read the item; leads and admins insert it with the item;
nobody may UPDATE items, so nobody gains a write. No function lists item columns by name in a way this
changes (``ws_claim_next`` returns its own columns; the workstation reads the language beside it).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 03:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# Written out rather than imported: a migration must keep meaning what it meant when it ran.
MAX_CHARS = 35
PG_PATTERN = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"
# SQLite has GLOB but no regular expressions: the length, the alphabet, a lower-case language of two or
# three letters first, and hyphens only between subtags.
SQLITE_CHECK = (
    f"language IS NULL OR (length(language) BETWEEN 2 AND {MAX_CHARS} "
    "AND language NOT GLOB '*[^A-Za-z0-9-]*' AND language NOT GLOB '*-' AND language NOT GLOB '*--*' "
    "AND (language GLOB '[a-z][a-z]' OR language GLOB '[a-z][a-z][a-z]' "
    "OR language GLOB '[a-z][a-z]-*' OR language GLOB '[a-z][a-z][a-z]-*'))"
)
CONSTRAINT = "ck_items_language_tag"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # (a column's own CHECK: SQLite's ALTER TABLE adds it and DROP COLUMN removes it with the column)
        op.execute(
            f"ALTER TABLE items ADD COLUMN language VARCHAR({MAX_CHARS}) "
            f"CONSTRAINT {CONSTRAINT} CHECK ({SQLITE_CHECK})"
        )
        return
    op.add_column("items", sa.Column("language", sa.String(length=MAX_CHARS), nullable=True))
    op.create_check_constraint(op.f(CONSTRAINT), "items", f"language IS NULL OR language ~ '{PG_PATTERN}'")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE items DROP COLUMN language")
        return
    op.drop_constraint(op.f(CONSTRAINT), "items", type_="check")
    op.drop_column("items", "language")
