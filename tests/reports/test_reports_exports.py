"""Decision-log export and the audit trail: files and database verify, and any tampering is named."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from reports_world import World
from sqlalchemy import delete, select, update

from workstation import ledger
from workstation.decisions import decision_fields
from workstation.errors import InvalidInput, PermissionDenied
from workstation.exports import COLUMNS, DecisionFilter, ExportCancelled, verify_file
from workstation.models import AuditEvent, Decision


def chain_of(world: World, queue: str) -> str:
    """The hash chain of a queue's decisions (one per queue)."""
    return ledger.decision_chain(world.directory.queue(queue).id)


def read_rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_full_export_has_the_documented_columns_and_verifies(
    logged: World, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"log.{fmt}"
    result = logged.exports.export(logged.users["lead"], path, fmt)
    # one chain after another: general's 5 decisions, then gore's 4
    assert (result.rows, result.complete, result.first_seq, result.last_seq) == (9, True, 1, 4)
    rows = read_rows(path)
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 9
    assert [r["chain"] for r in rows] == [chain_of(logged, "general")] * 5 + [chain_of(logged, "gore")] * 4
    with logged.db.read() as session:
        stored = session.execute(select(Decision).order_by(Decision.chain, Decision.seq)).scalars().all()
    assert [r["hash"] for r in rows] == [d.hash for d in stored]
    assert rows[1]["note"] == "note 1, with a comma and\na newline"  # survives CSV quoting
    assert rows[2]["reveal_state"] == "revealed" and rows[0]["handling_seconds"] == "12.346"
    assert rows[4]["verdict"] == "undone" and rows[4]["supersedes"] == rows[3]["decision_id"]
    check = verify_file(path)
    assert check.ok and check.report.checked == 9 and check.last_hash == stored[-1].hash
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
    rows = read_rows(path)

    edited = [dict(r) for r in rows]
    edited[3]["verdict"] = "remove_violence"
    write_rows(path, edited)
    general = chain_of(logged, "general")
    assert (
        verify_file(path).report.problem
        == f"chain {general}: record 4 (seq 4) was altered: its hash does not match its content"
    )

    write_rows(path, rows[:2] + rows[3:])
    assert verify_file(path).report.problem == f"chain {general}: record 3 (seq 4): records 3..3 are missing"

    write_rows(path, [*rows[:2], rows[3], rows[2], *rows[4:]])
    assert not verify_file(path).ok and "record 3 (seq 4)" in verify_file(path).report.problem

    write_rows(path, rows[1:])  # the first record removed
    assert "records 1..1 are missing" in verify_file(path).report.problem

    # a forger who recomputes the edited row's hash still breaks the next link
    from workstation import ledger

    forged = [dict(r) for r in rows]
    forged[3]["note"] = "nothing to see"
    check_fields = verify_fields(forged[3])
    forged[3]["hash"] = ledger.digest(forged[3]["prev_hash"], check_fields)
    write_rows(path, forged)
    assert verify_file(path).report.problem.endswith("record 5 (seq 5) does not link to the record before it")


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


def test_a_file_that_is_not_an_export_is_named_malformed(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert "missing columns" in verify_file(path).report.problem
    path.write_text('{"seq": "x"}\n', encoding="utf-8")
    assert "record 1 is malformed" in verify_file(path).report.problem


def test_filtered_exports_verify_as_partial(logged: World, tmp_path: Path) -> None:
    path = tmp_path / "ann.jsonl"
    result = logged.exports.export(
        logged.users["lead"], path, "jsonl", DecisionFilter(reviewer="ann", queue="gore")
    )
    assert result.rows == 2 and not result.complete
    rows = read_rows(path)
    assert {(r["reviewer"], r["queue"]) for r in rows} == {("ann", "gore")}
    assert verify_file(path, partial=True).ok
    assert "missing" in verify_file(path).report.problem  # not the whole chain
    write_rows(path, rows[::-1])
    assert "out of order" in verify_file(path, partial=True).report.problem
    edited = [dict(r) for r in rows]
    edited[1]["handling_seconds"] = "1.000"
    write_rows(path, edited)
    assert "record 2 (seq 4) was altered" in verify_file(path, partial=True).report.problem
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


def test_the_database_chains_verify_and_tampering_is_named(logged: World) -> None:
    lead = logged.users["lead"]
    assert [(c.name, c.ok) for c in logged.exports.verify_database(lead)] == [
        ("decisions", True),
        ("audit events", True),
    ]
    general = chain_of(logged, "general")
    with logged.db.write() as session:
        session.execute(
            update(Decision).where(Decision.chain == general, Decision.seq == 4).values(note="edited")
        )
    checks = logged.exports.verify_database(lead)
    assert (
        checks[0].report.problem
        == f"chain {general}: record 4 (seq 4) was altered: its hash does not match its content"
    )
    assert checks[1].ok and logged.audit_actions()[-1] == ("audit.verify", "database")
    with pytest.raises(PermissionDenied):
        logged.exports.verify_database(logged.users["ann"])


def test_a_removed_or_reordered_decision_is_found(logged: World) -> None:
    lead = logged.users["lead"]
    general = chain_of(logged, "general")
    in_general = Decision.chain == general
    with logged.db.write() as session:
        a, b = (
            session.execute(select(Decision).where(in_general, Decision.seq == s)).scalar_one()
            for s in (2, 3)
        )
        a.seq, b.seq = 1000, 1001
        session.flush()
        a.seq, b.seq = 3, 2
    assert "record 2 (seq 2)" in logged.exports.verify_database(lead)[0].report.problem
    with logged.db.write() as session:  # put them back, then remove one
        a.seq, b.seq = 1000, 1001
        session.add_all([a, b])
        session.flush()
        a.seq, b.seq = 2, 3
    assert logged.exports.verify_database(lead)[0].ok
    with logged.db.write() as session:
        session.execute(delete(Decision).where(in_general, Decision.seq == 3))
    assert (
        logged.exports.verify_database(lead)[0].report.problem
        == f"chain {general}: record 3 (seq 4): records 3..3 are missing"
    )
    with logged.db.write() as session:  # the last record of a chain cut off: its head says so
        session.execute(delete(Decision).where(Decision.chain == chain_of(logged, "gore"), Decision.seq == 4))
        session.execute(delete(Decision).where(in_general))
    assert (
        "the chain head does not match its last record"
        in logged.exports.verify_database(lead)[0].report.problem
    )


def test_a_tampered_audit_event_is_found(logged: World) -> None:
    with logged.db.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(subject="someone else"))
    checks = logged.exports.verify_database(logged.users["admin"])
    assert checks[0].ok and checks[1].report.problem.startswith("record 2 (seq 2) was altered")
    with logged.db.write() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    checks = logged.exports.verify_database(logged.users["admin"])
    assert "records 2..2 are missing" in checks[1].report.problem


def test_reveals_are_audit_events_in_the_chain(logged: World) -> None:
    logged.audit.record_reveal(logged.users["ann"], 7, "click")
    assert logged.audit_actions()[-1] == ("reveal", "item 7")
    with pytest.raises(InvalidInput):
        logged.audit.record_reveal(logged.users["ann"], 7, "")
    assert all(c.ok for c in logged.exports.verify_database(logged.users["lead"]))


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
    general = chain_of(logged, "general")  # the notes are the last rows of general's chain
    in_csv = [r["note"] for r in read_rows(csv_path) if r["chain"] == general][-len(notes) :]
    assert in_csv == ["'" + note for note in notes[:-1]] + ["plain"]  # a spreadsheet shows text
    in_jsonl = [r["note"] for r in read_rows(jsonl_path) if r["chain"] == general][-len(notes) :]
    assert in_jsonl == notes  # as typed
    assert verify_file(csv_path).ok and verify_file(jsonl_path).ok
    rows = read_rows(csv_path)
    last = max(n for n, r in enumerate(rows) if r["chain"] == general)
    rows[last - 1]["note"] = '=HYPERLINK("http://evil")'  # an edit of an escaped cell is still found
    write_rows(csv_path, rows)
    check = verify_file(csv_path)
    assert not check.ok and f"seq {rows[last - 1]['seq']}" in check.report.problem
