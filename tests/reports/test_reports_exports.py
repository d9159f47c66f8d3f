"""Decision-log export and the audit trail: files and database verify, and any tampering is named."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from reports_world import World
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from workstation.checkpoints import ChainStatus
from workstation.decisions import decision_fields
from workstation.errors import InvalidInput, PermissionDenied
from workstation.exports import COLUMNS, FILE_COLUMNS, DecisionFilter, ExportCancelled, verify_file
from workstation.models import AuditEvent, Decision


def trailer_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)[-1]


def read_rows(path: Path) -> list[dict[str, str]]:
    """The records of an export, without its signed trailer (the last line)."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:-1]]
    with path.open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["chain"] != "#signed-trailer"]


def write_rows(path: Path, rows: list[dict[str, str]], trailer: str = "") -> None:
    """Rewrite ``path`` with ``rows`` and, as a forger would keep it, the original ``trailer`` line."""
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows) + trailer, encoding="utf-8")
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        handle.write(trailer)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_full_export_has_the_documented_columns_and_verifies(
    logged: World, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"log.{fmt}"
    general, gore = chain(logged, "general"), chain(logged, "gore")
    result = logged.exports.export(logged.users["lead"], path, fmt)
    # general holds 5 decisions (seq 1..5 of its chain), gore 4: the longest chain ends at seq 5
    assert (result.rows, result.complete, result.first_seq, result.last_seq) == (9, True, 1, 5)
    rows = read_rows(path)
    assert list(rows[0]) == list(FILE_COLUMNS) and len(rows) == 9
    with logged.db.read() as session:
        stored = session.execute(select(Decision).order_by(Decision.chain, Decision.seq)).scalars().all()
    assert [r["hash"] for r in rows] == [d.hash for d in stored]
    assert [(r["chain"], str(r["seq"])) for r in rows] == [(general, str(n)) for n in range(1, 6)] + [
        (gore, str(n)) for n in range(1, 5)
    ]
    assert rows[1]["note"] == "note 1, with a comma and\na newline"  # survives CSV quoting
    assert rows[2]["reveal_state"] == "revealed" and rows[0]["handling_seconds"] == "12.346"
    assert rows[4]["verdict"] == "undone" and rows[4]["supersedes"] == rows[3]["decision_id"]
    assert result.last_hash == stored[4].hash
    check = verify_file(path, logged.trusted())
    assert check.ok, check.report.problem
    assert check.report.checked == 9
    assert [(c["chain"], c["first_seq"], c["last_seq"], c["last_hash"], c["rows"]) for c in check.chains] == [
        (general, 1, 5, stored[4].hash, 5),
        (gore, 1, 4, stored[8].hash, 4),
    ]
    assert not path.with_name(path.name + ".part").exists()


def test_each_row_hashes_exactly_the_decision_fields_and_seq(logged: World, tmp_path: Path) -> None:
    from datetime import datetime

    from workstation import ledger

    path = tmp_path / "log.csv"
    logged.exports.export(logged.users["admin"], path, "csv")
    row = read_rows(path)[3]
    fields = decision_fields(
        client_id=row["decision_id"],
        external_ref=row["item_ref"],
        queue=row["queue"],
        reviewer=row["reviewer"],
        verdict=row["verdict"],
        reason=row["reason"],
        note=row["note"],
        decided_at=datetime.fromisoformat(row["decided_at"]),
        handling_seconds=float(row["handling_seconds"]),
        reveal_state=row["reveal_state"],
        supersedes=row["supersedes"] or None,
    )
    assert ledger.digest(row["prev_hash"], {**fields, "seq": int(row["seq"])}) == row["hash"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_tampered_files_name_the_first_broken_link(logged: World, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"log.{fmt}"
    logged.exports.export(logged.users["lead"], path, fmt)
    rows, trailer, trusted = read_rows(path), trailer_line(path), logged.trusted()

    def problem() -> str:
        return verify_file(path, trusted).report.problem

    general, gore = chain(logged, "general"), chain(logged, "gore")
    edited = [dict(r) for r in rows]
    edited[3]["verdict"] = "remove_violence"
    write_rows(path, edited, trailer)
    assert problem() == f"record 4 (seq 4 of {general}) was altered: its hash does not match its content"

    write_rows(path, rows[:2] + rows[3:], trailer)
    assert problem() == f"record 3 (seq 4 of {general}): records 3..3 are missing"

    write_rows(path, [*rows[:2], rows[3], rows[2], *rows[4:]], trailer)
    assert f"record 3 (seq 4 of {general})" in problem()

    write_rows(path, rows[1:], trailer)  # the first record removed
    assert f"record 1 (seq 2 of {general}): records 1..1 are missing" == problem()

    write_rows(path, rows[:5] + rows[6:], trailer)  # the first record of the second chain removed
    assert f"record 6 (seq 2 of {gore}): records 1..1 are missing" == problem()

    # a forger who recomputes the edited row's hash still breaks the next link
    from workstation import ledger

    forged = [dict(r) for r in rows]
    forged[3]["note"] = "nothing to see"
    check_fields = verify_fields(forged[3])
    forged[3]["hash"] = ledger.digest(forged[3]["prev_hash"], check_fields)
    write_rows(path, forged, trailer)
    assert problem() == f"record 5 (seq 5 of {general}) does not link to the record before it"

    # the last record of a chain has no successor to break: only the signed trailer catches it
    forged = [dict(r) for r in rows]
    forged[4]["note"] = "nothing to see"
    forged[4]["hash"] = ledger.digest(forged[4]["prev_hash"], verify_fields(forged[4]))
    write_rows(path, forged, trailer)
    assert problem().startswith("the file's content is not what its trailer signed")


def chain(world: World, queue: str) -> str:
    """The name of ``queue``'s decision chain (one chain per queue since migration 0005)."""
    return f"decisions/{world.queues[queue]}"


def verify_fields(row: dict[str, str]) -> dict[str, object]:
    from datetime import datetime

    fields = decision_fields(
        client_id=row["decision_id"],
        external_ref=row["item_ref"],
        queue=row["queue"],
        reviewer=row["reviewer"],
        verdict=row["verdict"],
        reason=row["reason"],
        note=row["note"],
        decided_at=datetime.fromisoformat(row["decided_at"]),
        handling_seconds=float(row["handling_seconds"]),
        reveal_state=row["reveal_state"],
        supersedes=row["supersedes"] or None,
    )
    return {**fields, "seq": int(row["seq"])}


def test_a_file_that_is_not_an_export_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    for text in ("a,b\n1,2\n", '{"seq": "x"}\n'):
        path.write_text(text, encoding="utf-8")
        assert verify_file(path, {}).report.problem == (
            "x.csv has no signed trailer (its last line is not one): it was cut short, or not written "
            "by 'workstation export decisions'"
        )
    path.write_text("", encoding="utf-8")
    assert verify_file(path, {}).report.problem == "x.csv is empty"
    path.write_bytes(b"seq\n\xff\xfe\n")
    assert not verify_file(path, {}).ok


def test_filtered_exports_verify_as_partial(logged: World, tmp_path: Path) -> None:
    path = tmp_path / "ann.jsonl"
    result = logged.exports.export(
        logged.users["lead"], path, "jsonl", DecisionFilter(reviewer="ann", queue="gore")
    )
    assert result.rows == 2 and not result.complete
    rows, trailer, trusted = read_rows(path), trailer_line(path), logged.trusted()
    assert {(r["reviewer"], r["queue"]) for r in rows} == {("ann", "gore")}
    check = verify_file(path, trusted)  # the signed trailer says it is filtered: checked as such
    assert check.ok and check.trailer is not None
    assert check.trailer["filters"] == {"queue": "gore", "reviewer": "ann"}
    write_rows(path, rows[::-1], trailer)
    assert "out of order" in verify_file(path, trusted).report.problem
    edited = [dict(r) for r in rows]
    edited[1]["handling_seconds"] = "1.000"
    write_rows(path, edited, trailer)
    problem = verify_file(path, trusted).report.problem
    assert f"record 2 (seq 4 of {chain(logged, 'gore')}) was altered" in problem
    verdict = logged.exports.export(
        logged.users["lead"], tmp_path / "v.csv", "csv", DecisionFilter(verdict="remove")
    )
    assert verdict.rows == 2
    with pytest.raises(InvalidInput, match="format"):
        logged.exports.export(logged.users["lead"], tmp_path / "x.xml", "xml")


def test_date_filters_take_whole_utc_days(logged: World, tmp_path: Path) -> None:
    day = logged.clock.now().date()
    assert (
        logged.exports.export(
            logged.users["lead"], tmp_path / "a.csv", "csv", DecisionFilter(start=day, end=day)
        ).rows
        == 9
    )
    before = day.replace(day=day.day - 1)
    assert (
        logged.exports.export(
            logged.users["lead"], tmp_path / "b.csv", "csv", DecisionFilter(end=before)
        ).rows
        == 0
    )


def test_only_leads_and_admins_export_and_each_export_is_audited(logged: World, tmp_path: Path) -> None:
    for name in ("ann", "well"):
        with pytest.raises(PermissionDenied, match=f"{name} may not export decisions"):
            logged.exports.export(logged.users[name], tmp_path / "x.csv", "csv")
    assert not (tmp_path / "x.csv").exists()
    assert logged.audit_actions()[-2:] == [("refused", "export decisions")] * 2
    result = logged.exports.export(
        logged.users["lead"], tmp_path / "ok.csv", "csv", DecisionFilter(queue="gore")
    )
    with logged.db.read() as session:
        event = session.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
    assert (event.action, event.subject, event.actor_id) == (
        "export.decisions",
        "ok.csv",
        logged.users["lead"].id,
    )
    assert event.details["rows"] == 4 and event.details["filters"] == {"queue": "gore"}
    assert event.details["last_hash"] == result.last_hash


def test_progress_is_reported_and_a_cancelled_export_leaves_no_file(logged: World, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    logged.exports.export(
        logged.users["lead"], tmp_path / "p.csv", "csv", progress=lambda d, t: seen.append((d, t)), batch=4
    )
    assert seen == [(0, 9), (4, 9), (8, 9), (9, 9)]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled, match="after 4 of 9"):
        logged.exports.export(logged.users["lead"], tmp_path / "c.csv", "csv", cancel=cancel, batch=4)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".part")) == ["p.csv"]


def verify_db(world: World, who: str = "lead") -> dict[str, ChainStatus]:
    """The database's chains as ``audit verify`` checks them, by name: the legacy ``decisions``
    chain (empty here), one per queue and the audit events."""
    return {c.name: c for c in world.checkpoints.verify_database(world.users[who]).chains}


def test_the_database_chains_verify_and_tampering_is_named(logged: World) -> None:
    lead = logged.users["lead"]
    general, gore = chain(logged, "general"), chain(logged, "gore")
    checks = verify_db(logged)
    assert {n: (c.ok, c.report.checked) for n, c in checks.items()} == {
        "decisions": (True, 0),
        general: (True, 5),
        gore: (True, 4),
        "incidents": (True, 0),  # docs/escalations-and-incidents.md
        "qa": (True, 0),  # docs/policies-and-quality.md
        "audit": (True, checks["audit"].report.checked),
    }
    with logged.db.write() as session:
        session.execute(
            update(Decision).where(Decision.chain == general, Decision.seq == 4).values(note="edited")
        )
    checks = verify_db(logged)
    assert (
        checks[general].report.problem == "record 4 (seq 4) was altered: its hash does not match its content"
    )
    assert checks[gore].ok and checks["audit"].ok  # seq 4 of gore's chain is untouched
    assert logged.audit_actions()[-1] == ("audit.verify", "database")
    with pytest.raises(PermissionDenied):
        logged.checkpoints.verify_database(logged.users["ann"])
    assert not logged.checkpoints.verify_database(lead).ok


def test_a_removed_or_reordered_decision_is_found(logged: World) -> None:
    general = chain(logged, "general")

    def at(session: Session, seq: int) -> Decision:
        return session.execute(
            select(Decision).where(Decision.chain == general, Decision.seq == seq)
        ).scalar_one()

    with logged.db.write() as session:
        a, b = at(session, 2), at(session, 3)
        a.seq, b.seq = 1000, 1001
        session.flush()
        a.seq, b.seq = 3, 2
    assert "record 2 (seq 2)" in verify_db(logged)[general].report.problem
    with logged.db.write() as session:  # put them back, then remove one
        a.seq, b.seq = 1000, 1001
        session.add_all([a, b])
        session.flush()
        a.seq, b.seq = 2, 3
    assert all(c.ok for c in verify_db(logged).values())
    with logged.db.write() as session:
        session.execute(delete(Decision).where(Decision.chain == general, Decision.seq == 3))
    checks = verify_db(logged)
    assert checks[general].report.problem == "record 3 (seq 4): records 3..3 are missing"
    gore = chain(logged, "gore")
    assert checks[gore].ok
    with logged.db.write() as session:  # the last record of a chain: its head still names it
        session.execute(delete(Decision).where(Decision.chain == gore, Decision.seq == 4))
    problem = verify_db(logged)[gore].report.problem
    assert "the head is at seq 4 but the chain ends at seq 3" in problem, problem


def test_a_tampered_audit_event_is_found(logged: World) -> None:
    with logged.db.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(subject="someone else"))
    checks = verify_db(logged, "admin")
    assert all(c.ok for n, c in checks.items() if n != "audit") and len(checks) == 6
    assert checks["audit"].report.problem.startswith("record 2 (seq 2) was altered")
    with logged.db.write() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    checks = verify_db(logged, "admin")
    assert "records 2..2 are missing" in checks["audit"].report.problem


def test_reveals_are_audit_events_in_the_chain(logged: World) -> None:
    logged.audit.record_reveal(logged.users["ann"], 7, "click")
    assert logged.audit_actions()[-1] == ("reveal", "item 7")
    with pytest.raises(InvalidInput):
        logged.audit.record_reveal(logged.users["ann"], 7, "")
    assert all(c.ok for c in verify_db(logged).values())


def test_formula_like_text_stays_text_in_csv_and_the_file_still_verifies(
    logged: World, tmp_path: Path
) -> None:
    from workstation.decisions import DecisionRequest

    notes = ['=HYPERLINK("http://x","click")', "+1 second look", "-5 points", "@SUM(A1)", "'quoted", "plain"]
    ann = logged.users["ann"]
    for n, note in enumerate(notes):
        logged.item("general", f"formula-{n}")
        claim = logged.claims.claim_next(ann, "general")
        assert claim is not None
        logged.decisions.decide(ann, DecisionRequest(claim.claim_id, "allow", note=note))
    csv_path, jsonl_path = tmp_path / "log.csv", tmp_path / "log.jsonl"
    logged.exports.export(logged.users["lead"], csv_path, "csv")
    logged.exports.export(logged.users["lead"], jsonl_path, "jsonl")

    def formula_notes(path: Path) -> list[str]:  # general's chain comes first, then gore's
        return [r["note"] for r in read_rows(path) if r["item_ref"].startswith("formula-")]

    assert formula_notes(csv_path) == ["'" + note for note in notes[:-1]] + ["plain"]  # text in a sheet
    assert formula_notes(jsonl_path) == notes  # as typed
    trusted = logged.trusted()
    assert verify_file(csv_path, trusted).ok and verify_file(jsonl_path, trusted).ok
    rows, trailer = read_rows(csv_path), trailer_line(csv_path)
    edit = next(r for r in rows if r["item_ref"] == "formula-4")
    edit["note"] = '\'=HYPERLINK("http://evil")'  # an edit of an escaped cell is still found
    write_rows(csv_path, rows, trailer)
    check = verify_file(csv_path, trusted)
    assert not check.ok, "the edited note verified"
    assert f"seq {edit['seq']} of {chain(logged, 'general')}) was altered" in check.report.problem


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_note_with_carriage_returns_newlines_and_quotes_round_trips_and_verifies(
    logged: World, tmp_path: Path, fmt: str
) -> None:
    """A reviewer's note may hold a lone CR, a lone LF, CRLF and quotes: the file keeps each byte of
    it inside one quoted cell (CSV) or one escaped string (JSON Lines) and still verifies."""
    from workstation.decisions import DecisionRequest

    note = 'line one\rafter a CR\nafter an LF\r\nafter CRLF, "quoted", and a trailing CR\r'
    logged.item("gore", "crlf-note")
    claim = logged.claims.claim_next(logged.users["ann"], "gore")
    assert claim is not None
    logged.decisions.decide(logged.users["ann"], DecisionRequest(claim.claim_id, "allow", note=note))
    path = tmp_path / f"log.{fmt}"
    logged.exports.export(logged.users["lead"], path, fmt)
    check = verify_file(path, logged.trusted())
    assert check.ok, check.report.problem
    assert check.report.checked == 10
    assert [r["note"] for r in read_rows(path) if r["item_ref"] == "crlf-note"] == [note]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_sla_columns_are_exported_outside_the_chain_and_covered_by_the_trailer(
    logged: World, tmp_path: Path, fmt: str
) -> None:
    """imported_at, sla_due_at and sla_met follow the hashed columns; no decision hash covers them,
    the signed trailer does: an edited SLA cell fails verification, an old file without them passes."""
    from datetime import timedelta

    from workstation.models import Item

    with logged.db.write() as session:
        decisions = session.execute(select(Decision).order_by(Decision.chain, Decision.seq)).scalars().all()
        first, second = (session.get(Item, d.item_id) for d in decisions[:2])
        assert first is not None and second is not None and first.id != second.id
        first.sla_due_at = decisions[0].decided_at + timedelta(minutes=5)  # met
        second.sla_due_at = decisions[1].decided_at - timedelta(minutes=5)  # missed
    path = tmp_path / f"log.{fmt}"
    logged.exports.export(logged.users["lead"], path, fmt)
    rows, trailer, trusted = read_rows(path), trailer_line(path), logged.trusted()
    assert [rows[0]["sla_met"], rows[1]["sla_met"], rows[2]["sla_met"]] == ["true", "false", ""]
    assert rows[0]["sla_due_at"].endswith("+00:00") and rows[2]["sla_due_at"] == ""
    assert rows[0]["imported_at"] <= rows[0]["decided_at"]
    assert verify_file(path, trusted).ok

    edited = [dict(r) for r in rows]
    edited[1]["sla_met"] = "true"
    write_rows(path, edited, trailer)
    assert verify_file(path, trusted).report.problem.startswith("the file's content is not what its trailer")

    # a file written before these columns existed (only the hashed ones) still verifies its chains
    old = [{k: v for k, v in r.items() if k in COLUMNS} for r in rows]
    write_rows(path, old, "")
    assert "missing columns" not in (verify_file(path, trusted).report.problem or "")
