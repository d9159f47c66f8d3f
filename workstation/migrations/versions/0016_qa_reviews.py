"""QA sampling and blind second review on a hash chain of its own (issue 16)

Both databases (docs/policies-and-quality.md, "QA sampling and blind second review"):
- ``qa_samples``: a decision chosen for a second look (once: a decision is sampled at most once),
  when, by whom, and why (``stratified``: the random sample stratified by verdict; ``new-reviewer-
  urgent``: every urgent decision of a reviewer in their first two weeks);
- ``qa_reviews``: the QA reviewer's own verdict on a sampled decision, the outcome (agree,
  over-enforcement, under-enforcement, other) and a note; append-only (triggers refuse UPDATE and
  DELETE) and hash-chained on the ``qa`` chain, whose head is created here. One review per sample.

PostgreSQL only: no group may write either table; the writes are ``SECURITY DEFINER`` functions:
``ws_qa_sample`` (leads and admins, audited), ``ws_qa_review`` (leads: the QA reviewers; never on
their own decision), ``ws_qa_append`` (the owner's link of the chain, callable by nobody). Row-level
security: leads and admins read every sample and review; a reviewer reads those of their own
decisions ("My QA"); the wellbeing group reads neither (QA data is never care data, and the reverse).

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

QA = "qa"
GENESIS = "0" * 64
FROZEN = "a QA review is never changed or removed; it is append-only and hash-chained"
SAMPLE = "ws_qa_sample(integer, integer[], text[], timestamp)"
REVIEW = "ws_qa_review(integer, integer, text, text, text, timestamp)"
FUNCTIONS = ("ws_qa_frozen()", "ws_qa_append(integer, integer, text, text, text, timestamp)", SAMPLE, REVIEW)


def upgrade() -> None:
    op.create_table(
        "qa_samples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("sampled_at", sa.DateTime(), nullable=False),
        sa.Column("sampled_by", sa.Integer(), nullable=False),
        sa.Column("why", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "why IN ('stratified', 'new-reviewer-urgent')", name=op.f("ck_qa_samples_known_why")
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_qa_samples_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(["sampled_by"], ["users.id"], name=op.f("fk_qa_samples_sampled_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qa_samples")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_qa_samples_decision_id")),
    )
    op.create_table(
        "qa_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=60), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('agree', 'over-enforcement', 'under-enforcement', 'other')",
            name=op.f("ck_qa_reviews_known_outcome"),
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name=op.f("fk_qa_reviews_reviewer_id_users")),
        sa.ForeignKeyConstraint(
            ["sample_id"], ["qa_samples.id"], name=op.f("fk_qa_reviews_sample_id_qa_samples")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qa_reviews")),
        sa.UniqueConstraint("hash", name=op.f("uq_qa_reviews_hash")),
        sa.UniqueConstraint("sample_id", name=op.f("uq_qa_reviews_sample_id")),
        sa.UniqueConstraint("seq", name=op.f("uq_qa_reviews_seq")),
    )
    op.execute(f"INSERT INTO ledger_heads (name, seq, hash) VALUES ('{QA}', 0, '{GENESIS}')")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trg_qa_reviews_frozen_{event.lower()} BEFORE {event} ON qa_reviews "
                f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
            )
        return
    _install_postgresql(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _run(
            bind,
            [
                "DROP TRIGGER IF EXISTS trg_qa_reviews_frozen ON qa_reviews",
                "DROP TRIGGER IF EXISTS trg_qa_reviews_no_truncate ON qa_reviews",
            ],
        )
        _run(bind, [f"DROP FUNCTION IF EXISTS {f}" for f in reversed(FUNCTIONS)])
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_qa_reviews_frozen_update")
        op.execute("DROP TRIGGER IF EXISTS trg_qa_reviews_frozen_delete")
    op.execute(f"DELETE FROM ledger_heads WHERE name = '{QA}'")
    op.drop_table("qa_reviews")
    op.drop_table("qa_samples")


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
    people = ", ".join(groups[g] for g in ("reviewer", "lead", "admin"))
    lead_or_admin = "(SELECT ws_me_has('lead')) OR (SELECT ws_me_has('admin'))"
    me = "(SELECT ws_me())"
    statements = _functions(q(schema))
    statements += [f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS]
    statements += [
        f"GRANT EXECUTE ON FUNCTION {SAMPLE} TO {groups['lead']}, {groups['admin']}",
        f"GRANT EXECUTE ON FUNCTION {REVIEW} TO {groups['lead']}",
        # the wellbeing group gets nothing: QA data is never joined with care data
        f"GRANT SELECT ON qa_samples, qa_reviews TO {people}",
        "ALTER TABLE qa_samples ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY ws_read ON qa_samples FOR SELECT TO {people} USING ({lead_or_admin} OR EXISTS "
        f"(SELECT 1 FROM decisions d WHERE d.id = decision_id AND d.user_id = {me}))",
        "ALTER TABLE qa_reviews ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY ws_read ON qa_reviews FOR SELECT TO {people} USING ({lead_or_admin} OR EXISTS "
        "(SELECT 1 FROM qa_samples s JOIN decisions d ON d.id = s.decision_id "
        f"WHERE s.id = sample_id AND d.user_id = {me}))",
    ]
    _run(bind, statements)


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_catalog, pg_temp"
    definer = f"SECURITY DEFINER {path}"
    return [
        f"""
CREATE FUNCTION ws_qa_frozen() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
BEGIN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'WSIN0';
END $$""",
        "CREATE TRIGGER trg_qa_reviews_frozen BEFORE UPDATE OR DELETE ON qa_reviews "
        "FOR EACH ROW EXECUTE FUNCTION ws_qa_frozen()",
        "CREATE TRIGGER trg_qa_reviews_no_truncate BEFORE TRUNCATE ON qa_reviews "
        "FOR EACH STATEMENT EXECUTE FUNCTION ws_qa_frozen()",
        # One link of the qa chain, hashed from what is stored (the same text as
        # workstation.qa.review_fields through ledger.digest).
        f"""
CREATE FUNCTION ws_qa_append(p_sample integer, p_reviewer integer, p_verdict text, p_outcome text,
                             p_note text, p_at timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE h record; v_hash text; v_id integer;
BEGIN
    SELECT l.seq, l.hash INTO h FROM ledger_heads l WHERE l.name = '{QA}' FOR UPDATE;
    v_hash := ws_hash(h.hash, ws_canon(jsonb_build_object(
        'decision', (SELECT d.client_id FROM qa_samples s JOIN decisions d ON d.id = s.decision_id
                     WHERE s.id = p_sample),
        'reviewer', (SELECT username FROM users WHERE id = p_reviewer), 'verdict', p_verdict,
        'outcome', p_outcome, 'note', p_note, 'at', ws_iso(p_at), 'seq', h.seq + 1)));
    UPDATE ledger_heads SET seq = h.seq + 1, prev_hash = h.hash, hash = v_hash WHERE name = '{QA}';
    INSERT INTO qa_reviews (seq, sample_id, reviewer_id, verdict, outcome, note, at, prev_hash, hash)
    VALUES (h.seq + 1, p_sample, p_reviewer, p_verdict, p_outcome, p_note, p_at, h.hash, v_hash)
    RETURNING id INTO v_id;
    RETURN v_id;
END $$""",
        f"""
CREATE FUNCTION ws_qa_sample(p_actor integer, p_decisions integer[], p_why text[], p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); n integer := 0; i integer;
BEGIN
    PERFORM ws_require(v_user, ARRAY['lead', 'admin'], 'sample decisions for QA');
    IF coalesce(array_length(p_decisions, 1), 0) <> coalesce(array_length(p_why, 1), 0) THEN
        RAISE EXCEPTION 'each sampled decision needs its reason' USING ERRCODE = 'WSIN0';
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_decisions, 1), 0) LOOP
        IF p_why[i] IS NULL OR p_why[i] NOT IN ('stratified', 'new-reviewer-urgent') THEN
            RAISE EXCEPTION 'a decision is sampled as stratified or new-reviewer-urgent, not %',
                quote_literal(coalesce(p_why[i], '')) USING ERRCODE = 'WSIN0';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = p_decisions[i]
                       AND d.verdict NOT IN ('undone', 'appealed', 'escalate')) THEN
            RAISE EXCEPTION 'no verdict % to sample', p_decisions[i] USING ERRCODE = 'WSIN0';
        END IF;
        INSERT INTO qa_samples (decision_id, sampled_at, sampled_by, why)
        VALUES (p_decisions[i], v_now, v_user, p_why[i]) ON CONFLICT (decision_id) DO NOTHING;
        IF FOUND THEN
            n := n + 1;
        END IF;
    END LOOP;
    PERFORM ws_audit(v_user, v_now, 'qa sampled', '', jsonb_build_object(
        'offered', coalesce(array_length(p_decisions, 1), 0), 'new', n));
    RETURN n;
END $$""",
        f"""
CREATE FUNCTION ws_qa_review(p_actor integer, p_sample integer, p_verdict text, p_outcome text, p_note text,
                             p_now timestamp)
RETURNS integer LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE v_user integer := ws_act(p_actor); v_now timestamp := ws_now(p_now); d record; v_outcome text;
        v_id integer;
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
