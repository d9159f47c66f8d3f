"""QA commitments: the database binds the recorded QA verdict to the one committed blind (issue 16)

Both databases (docs/policies-and-quality.md, "QA in the reviewer window"):
- ``qa_commitments``: the QA reviewer's verdict made final before the first verdict is shown (one per
  sample: who, which verdict, when); append-only (triggers refuse UPDATE and DELETE).
- A review of a sample with a commitment must be recorded by the lead who committed and with the
  committed verdict; anything else is refused and the refusal audited. A review without a commitment
  (the CLI's ``qa review``, which decides and records in one blind step) works as before.

PostgreSQL only: no group may write ``qa_commitments``; the write is the ``SECURITY DEFINER``
function ``ws_qa_commit`` (leads: the login is who acts, never on their own decision nor on a sample
already reviewed or committed; audited ``qa verdict committed``). ``ws_qa_review`` is replaced by the
same function with the commitment check; its refusal is recorded like migration 0010's
(``ws_refused``, then a WARNING with ``REFUSAL_DETAIL``). Leads and admins read the table (row-level
security); reviewers and the wellbeing group have no grant. The downgrade restores 0016's
``ws_qa_review`` from that module.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 02:10:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

FROZEN = "a QA commitment is never changed or removed; it is append-only"
#: What the workstation sends with a refusal it recorded (migration 0010, ``pgfunc.REFUSAL_DETAIL``).
REFUSAL_DETAIL = "refused by the database; recorded in the audit log"
COMMIT = "ws_qa_commit(integer, integer, text, timestamp)"
FUNCTIONS = ("ws_qa_commit_frozen()", COMMIT)


def _m0016() -> ModuleType:
    """Migration 0016's module (its file name is no Python identifier), for ws_qa_review's old body."""
    path = Path(__file__).with_name("0016_qa_reviews.py")
    spec = importlib.util.spec_from_file_location("_ws_migration_0016", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    op.create_table(
        "qa_commitments",
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=60), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sample_id"], ["qa_samples.id"], name=op.f("fk_qa_commitments_sample_id_qa_samples")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_qa_commitments_user_id_users")),
        sa.PrimaryKeyConstraint("sample_id", name=op.f("pk_qa_commitments")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trg_qa_commitments_frozen_{event.lower()} BEFORE {event} ON qa_commitments "
                f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
            )
        return
    _install_postgresql(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        old = _m0016()
        (body,) = [
            f for f in old._functions(bind.dialect.identifier_preparer.quote(schema)) if "ws_qa_review(" in f
        ]
        _run(
            bind,
            [
                body.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1),
                "DROP TRIGGER IF EXISTS trg_qa_commitments_frozen ON qa_commitments",
                "DROP TRIGGER IF EXISTS trg_qa_commitments_no_truncate ON qa_commitments",
            ]
            + [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)],
        )
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_qa_commitments_frozen_update")
        op.execute("DROP TRIGGER IF EXISTS trg_qa_commitments_frozen_delete")
    op.drop_table("qa_commitments")


def _run(bind: sa.Connection, statements: list[str]) -> None:
    raw = bind.connection.driver_connection
    assert raw is not None
    for statement in statements:
        raw.execute(statement.encode())


def _install_postgresql(bind: sa.Connection) -> None:
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    q = bind.dialect.identifier_preparer.quote
    groups = {
        str(n): q(str(r)) for n, r in bind.exec_driver_sql("SELECT name, role_name FROM db_roles").all()
    }
    lead_or_admin = "(SELECT ws_me_has('lead')) OR (SELECT ws_me_has('admin'))"
    statements = _functions(q(schema))
    statements += [f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS]
    statements += [
        f"GRANT EXECUTE ON FUNCTION {COMMIT} TO {groups['lead']}",
        # reading only, and only leads and admins: a reviewer's login must not learn a QA verdict
        # before the review is recorded; the wellbeing group gets nothing (QA data is never care data)
        f"GRANT SELECT ON qa_commitments TO {groups['lead']}, {groups['admin']}",
        "ALTER TABLE qa_commitments ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY ws_read ON qa_commitments FOR SELECT TO {groups['lead']}, {groups['admin']} "
        f"USING ({lead_or_admin})",
    ]
    _run(bind, statements)


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    return [
        f"""
CREATE FUNCTION ws_qa_commit_frozen() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'WSIN0';
END $$""",
        "CREATE TRIGGER trg_qa_commitments_frozen BEFORE UPDATE OR DELETE ON qa_commitments "
        "FOR EACH ROW EXECUTE FUNCTION ws_qa_commit_frozen()",
        "CREATE TRIGGER trg_qa_commitments_no_truncate BEFORE TRUNCATE ON qa_commitments "
        "FOR EACH STATEMENT EXECUTE FUNCTION ws_qa_commit_frozen()",
        # The same checks as ws_qa_review (0016) before anything is written, then the commitment and
        # its audit event in one transaction. Its refusals say nothing of the first verdict.
        f"""
CREATE FUNCTION ws_qa_commit(p_actor integer, p_sample integer, p_verdict text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); d record;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead'], 'review sampled decisions (QA)');
    SELECT s.id, dd.user_id, q.taxonomy, i.external_ref INTO d
    FROM qa_samples s JOIN decisions dd ON dd.id = s.decision_id JOIN items i ON i.id = dd.item_id
    JOIN queues q ON q.id = dd.queue_id WHERE s.id = p_sample FOR UPDATE OF s;
    IF d.id IS NULL THEN
        RAISE EXCEPTION 'no QA sample %', p_sample USING ERRCODE = 'WSNF0';
    END IF;
    IF d.user_id = v_user THEN
        RAISE EXCEPTION 'QA sample % is your own decision; another lead reviews it', p_sample
            USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM qa_reviews WHERE sample_id = p_sample) THEN
        RAISE EXCEPTION 'QA sample % was already reviewed', p_sample USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM qa_commitments WHERE sample_id = p_sample) THEN
        RAISE EXCEPTION 'a QA verdict on sample % was already committed; it cannot be committed again',
            p_sample USING ERRCODE = 'WSIN0';
    END IF;
    IF p_verdict IS NULL OR p_verdict IN ('escalate', 'undone', 'appealed', 'skip')
       OR NOT EXISTS (SELECT 1 FROM json_array_elements(d.taxonomy) e WHERE e->>'key' = p_verdict) THEN
        RAISE EXCEPTION '% is not a verdict of this item''s queue', quote_literal(coalesce(p_verdict, ''))
            USING ERRCODE = 'WSIN0';
    END IF;
    INSERT INTO qa_commitments (sample_id, user_id, verdict, at) VALUES (p_sample, v_user, p_verdict, v_now);
    PERFORM ws_audit(v_user, v_now, 'qa verdict committed', d.external_ref, jsonb_build_object(
        'sample', p_sample, 'verdict', p_verdict));
    RETURN p_sample;
END $$""",
        # 0016's ws_qa_review with one more rule: a committed sample is reviewed by the lead who
        # committed, with the committed verdict. That refusal is recorded (ws_refused, migration 0010)
        # and reported as a WARNING, the function returning NULL: an error would roll the record back.
        f"""
CREATE OR REPLACE FUNCTION ws_qa_review(p_actor integer, p_sample integer, p_verdict text, p_outcome text,
                             p_note text, p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} SET client_min_messages = warning AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); d record; v_outcome text;
        v_id integer; c record; v_msg text;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead'], 'review sampled decisions (QA)');
    SELECT s.id, dd.user_id, dd.verdict, q.taxonomy, i.external_ref INTO d
    FROM qa_samples s JOIN decisions dd ON dd.id = s.decision_id JOIN items i ON i.id = dd.item_id
    JOIN queues q ON q.id = dd.queue_id WHERE s.id = p_sample FOR UPDATE OF s;
    IF d.id IS NULL THEN
        RAISE EXCEPTION 'no QA sample %', p_sample USING ERRCODE = 'WSNF0';
    END IF;
    IF d.user_id = v_user THEN
        RAISE EXCEPTION 'QA sample % is your own decision; another lead reviews it', p_sample
            USING ERRCODE = 'WSIN0';
    END IF;
    IF EXISTS (SELECT 1 FROM qa_reviews WHERE sample_id = p_sample) THEN
        RAISE EXCEPTION 'QA sample % was already reviewed', p_sample USING ERRCODE = 'WSIN0';
    END IF;
    SELECT k.user_id, k.verdict INTO c FROM qa_commitments k WHERE k.sample_id = p_sample;
    IF c.user_id IS NOT NULL AND c.user_id <> v_user THEN
        v_msg := format('another lead committed the QA verdict on sample %s; only they record its review',
                        p_sample);
    ELSIF c.user_id IS NOT NULL AND c.verdict IS DISTINCT FROM p_verdict THEN
        v_msg := format('your committed QA verdict on sample %s is %s; the review records it, not %s',
                        p_sample, quote_literal(c.verdict), quote_literal(coalesce(p_verdict, '')));
    END IF;
    IF v_msg IS NOT NULL THEN
        PERFORM ws_refused(p_actor, 'record a QA review', v_msg, 'WSIN0', 'ws_qa_review');
        RAISE WARNING '%', v_msg USING ERRCODE = 'WSIN0', DETAIL = '{REFUSAL_DETAIL}';
        RETURN NULL;
    END IF;
    IF p_verdict IS NULL OR p_verdict IN ('escalate', 'undone', 'appealed', 'skip')
       OR NOT EXISTS (SELECT 1 FROM json_array_elements(d.taxonomy) e WHERE e->>'key' = p_verdict) THEN
        RAISE EXCEPTION '% is not a verdict of this item''s queue', quote_literal(coalesce(p_verdict, ''))
            USING ERRCODE = 'WSIN0';
    END IF;
    IF p_outcome IS NOT NULL AND p_outcome NOT IN ('agree', 'over-enforcement', 'under-enforcement', 'other') THEN
        RAISE EXCEPTION 'the outcome is agree, over-enforcement, under-enforcement or other, not %',
            quote_literal(p_outcome) USING ERRCODE = 'WSIN0';
    END IF;
    IF length(coalesce(p_note, '')) > 2000 THEN
        RAISE EXCEPTION 'the note has % characters; at most 2000', length(p_note) USING ERRCODE = 'WSIN0';
    END IF;
    -- the outcome follows the verdicts (workstation.qa.settle_outcome): never refused, so a refusal
    -- cannot tell a blind reviewer the first verdict
    v_outcome := CASE WHEN p_verdict = d.verdict THEN 'agree'
                      WHEN p_outcome IS NULL OR p_outcome = 'agree' THEN 'other' ELSE p_outcome END;
    v_id := ws_qa_append(p_sample, v_user, p_verdict, v_outcome, btrim(coalesce(p_note, '')), v_now);
    PERFORM ws_audit(v_user, v_now, 'qa reviewed', d.external_ref, jsonb_build_object(
        'sample', p_sample, 'outcome', v_outcome));
    RETURN v_id;
END $$""",
    ]
