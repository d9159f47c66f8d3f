"""Every export forgery of issue 11, on files written by ``workstation export decisions`` in its own
process and judged by ``workstation audit verify FILE``: in another process for the genuine files
(the verifier has nothing but the file and the public key), in this one for the forgeries (a
refusal cannot come from anything this process holds: the world here has no key of the lead's and
each forgery's refusal names its own reason), which saves a Python start-up (seconds) per forgery.

Before signed trailers each of these verified "ok": the chain has no key, so whoever edits a file
can recompute every hash. The forger here has everything but the lead's private key, and knows the
layout: one hash chain per queue, rows in (chain, seq) order, so a rewrite recomputes hashes and
renumbers within the one chain it edits. ``verify_file`` checks every record before the body digest,
so a refusal that names the trailer proves the forged records themselves chained correctly.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from reports_world import World, make_world, seed_log

from workstation import ledger, signing
from workstation.db import Database
from workstation.decisions import DecisionRequest, decision_fields
from workstation.exports import COLUMNS, csv_cell

FORMULA = '=HYPERLINK("http://evil.example","click")'


@dataclass
class Exported:
    world: World
    files: dict[str, Path]  # format -> a file the real export command wrote
    trust: Path  # the lead's public key file, given out of band
    env: dict[str, str]


def workstation(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    """The real command line in its own process. ``--user NAME`` stands for signing in as NAME: it
    is passed as main()'s ``account`` argument, which no flag or environment variable can reach
    (identity is the OS account; docs/threat-model.md)."""
    args = list(argv)
    command = [sys.executable, "-m", "workstation", *args]
    if "--user" in args:
        at = args.index("--user")
        account = args[at + 1]
        del args[at : at + 2]
        probe = (
            "import sys; from workstation.cli import main; "
            f"sys.exit(main({args!r}, account=lambda: {account!r}))"
        )
        command = [sys.executable, "-c", probe]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def verify(path: Path, trust: Path) -> subprocess.CompletedProcess[str]:
    """``workstation audit verify PATH --trust-key TRUST`` through the command line's own ``main``."""
    from workstation.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = ["audit", "verify", str(path), "--trust-key", str(trust)]
    code = main(argv, out=out, err=err)
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    root = tmp_path_factory.mktemp("forgeries")
    (root / "keys").mkdir()
    db = Database(f"sqlite:///{root / 'ws.db'}")
    db.upgrade()
    world = seed_log(make_world(db, root / "keys"))
    world.decide("ann", "general", 110)  # enough to cut the last 100 rows
    world.item("general", "formula")
    claim = world.claims.claim_next(world.users["ann"], "general")
    assert claim is not None
    world.decisions.decide(world.users["ann"], DecisionRequest(claim.claim_id, "allow", note=FORMULA))
    world.decide("bob", "gore", 3)
    env = {
        **os.environ,
        "WORKSTATION_DATA_DIR": str(root / "data"),
    }
    files = {}
    for fmt in ("csv", "jsonl"):
        path = root / f"export.{fmt}"
        done = workstation(
            env,
            "--database-url",
            db.url,
            "--user",
            "lead",
            "export",
            "decisions",
            "--format",
            fmt,
            "--out",
            str(path),
            "--key",
            str(root / "keys" / "lead.pem"),
        )
        assert done.returncode == 0, done.stderr
        files[fmt] = path
    yield Exported(world, files, signing.public_path(root / "keys" / "lead.pem"), env)
    db.dispose()


# -- reading and rewriting a file as a forger would -------------------------------------------------


@dataclass
class Parsed:
    fmt: str
    header: list[str]
    rows: list[dict[str, str]]
    trailer: str  # the last line, kept verbatim


def parse(path: Path) -> Parsed:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    trailer, body = lines[-1], "".join(lines[:-1])
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in body.splitlines()]
        return Parsed("jsonl", list(COLUMNS), rows, trailer)
    reader = csv.reader(io.StringIO(body, newline=""))
    header = next(reader)
    rows = [{k: (v[1:] if v.startswith("'") else v) for k, v in zip(header, r, strict=True)} for r in reader]
    return Parsed("csv", header, rows, trailer)


def render(parsed: Parsed, *, trailer: bool = True) -> str:
    """The body exactly as the exporter writes it (guard quotes, compact JSON), then the trailer."""
    out = io.StringIO(newline="")
    if parsed.fmt == "jsonl":
        for row in parsed.rows:
            out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(parsed.header)
        for row in parsed.rows:
            writer.writerow([csv_cell(row[c]) for c in parsed.header])
    return out.getvalue() + (parsed.trailer if trailer else "")


def rehash(rows: list[dict[str, str]], start: int) -> None:
    """Recompute every hash of ``rows[start]``'s chain from it on, each linking to the record before
    it in that chain: a valid chain, as an insider who knows the per-queue layout would write it.
    Rows are in (chain, seq) order, so one chain's records are contiguous."""
    chain = rows[start]["chain"]
    for n in range(start, len(rows)):
        row = rows[n]
        if row["chain"] != chain:
            break
        first = n == 0 or rows[n - 1]["chain"] != chain
        row["prev_hash"] = ledger.GENESIS if first else rows[n - 1]["hash"]
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
        row["hash"] = ledger.digest(row["prev_hash"], {**fields, "seq": int(row["seq"])})


def chain_rows(p: Parsed, chain: str) -> list[dict[str, str]]:
    return [row for row in p.rows if row["chain"] == chain]


# -- the forgeries ---------------------------------------------------------------------------------


def appended_row(p: Parsed) -> str:
    forged = dict(p.rows[-1], decision_id="forged-1", item_ref="never-seen", verdict="allow", note="")
    forged["seq"] = str(int(p.rows[-1]["seq"]) + 1)
    p.rows.append(forged)
    rehash(p.rows, len(p.rows) - 1)
    return render(p)


def edited_row_rehashed(p: Parsed) -> str:
    """Row 6 of the file is edited and every later hash of its chain recomputed."""
    assert p.rows[6]["chain"] == p.rows[5]["chain"], "the edit must have later rows in its chain"
    p.rows[5]["verdict"] = "remove" if p.rows[5]["verdict"] != "remove" else "allow"
    p.rows[5]["reason"] = "spam"
    rehash(p.rows, 5)
    return render(p)


def deleted_row_renumbered(p: Parsed) -> str:
    """Row 5 is deleted; the rest of its chain renumbered from its seq on and rehashed."""
    gone = p.rows.pop(4)
    for seq, row in enumerate(chain_rows(p, gone["chain"]), start=1):
        row["seq"] = str(seq)
    rehash(p.rows, 4)
    return render(p)


def last_100_cut(p: Parsed) -> str:
    p.rows = p.rows[:-100]
    return render(p, trailer=False)


def last_100_cut_trailer_kept(p: Parsed) -> str:
    p.rows = p.rows[:-100]
    return render(p)


def header_only(p: Parsed) -> str:
    p.rows = []
    return render(p, trailer=False)


def duplicated_json_key(p: Parsed) -> str:
    lines = render(p).splitlines(keepends=True)
    line = lines[7]
    lines[7] = line[: line.index('"note":')] + '"note":"looks fine",' + line[line.index('"note":') :]
    return "".join(lines)


def duplicated_csv_column(p: Parsed) -> str:
    """A second verdict column: a spreadsheet shows the first, a DictReader keeps the last."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["verdict", *p.header])
    for row in p.rows:
        writer.writerow(["allow", *(csv_cell(row[c]) for c in p.header)])
    return out.getvalue() + p.trailer


def removed_formula_quote(p: Parsed) -> str:
    text = render(p)
    quoted = csv_cell(FORMULA).replace('"', '""')
    assert f'"{quoted}"' in text
    return text.replace(f'"{quoted}"', '"' + FORMULA.replace('"', '""') + '"', 1)


FORGERIES: list[tuple[str, Callable[[Parsed], str], str]] = [
    ("csv", appended_row, "the file's content is not what its trailer signed"),
    ("jsonl", appended_row, "the file's content is not what its trailer signed"),
    ("csv", edited_row_rehashed, "the file's content is not what its trailer signed"),
    ("jsonl", edited_row_rehashed, "the file's content is not what its trailer signed"),
    ("csv", deleted_row_renumbered, "the file's content is not what its trailer signed"),
    ("jsonl", deleted_row_renumbered, "the file's content is not what its trailer signed"),
    ("csv", last_100_cut, "has no signed trailer"),
    ("jsonl", last_100_cut, "has no signed trailer"),
    ("csv", last_100_cut_trailer_kept, "the file's content is not what its trailer signed"),
    ("csv", header_only, "has no signed trailer"),
    ("jsonl", duplicated_json_key, "the key 'note' appears twice in one JSON record"),
    ("csv", duplicated_csv_column, "the column 'verdict' appears twice in the header"),
    ("csv", removed_formula_quote, "the note cell starts with '=' without the guard quote"),
]


@pytest.mark.parametrize(
    ("fmt", "forge", "expected"), FORGERIES, ids=[f"{fmt}-{forge.__name__}" for fmt, forge, _ in FORGERIES]
)
def test_each_forgery_is_refused(
    exported: Exported, tmp_path: Path, fmt: str, forge: Callable[[Parsed], str], expected: str
) -> None:
    original = exported.files[fmt]
    forged = tmp_path / original.name
    forged.write_text(forge(parse(original)), encoding="utf-8", newline="")
    assert forged.read_bytes() != original.read_bytes()
    done = verify(forged, exported.trust)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.startswith(f"{forged}: REFUSED: ") and expected in done.stdout, done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_the_untouched_export_verifies_and_a_faithful_rewrite_too(
    exported: Exported, tmp_path: Path, fmt: str
) -> None:
    """The forgeries' helpers are honest: re-rendering a file unchanged yields the same bytes."""
    original = exported.files[fmt]
    parsed = parse(original)
    assert render(parsed) == original.read_text(encoding="utf-8")
    done = workstation(exported.env, "audit", "verify", str(original), "--trust-key", str(exported.trust))
    assert done.returncode == 0
    assert f": ok ({len(parsed.rows)} records, the whole log; signed by lead" in done.stdout
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    assert verify(copy, exported.trust).returncode == 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_trailer_rewritten_for_a_forged_body_is_refused(
    exported: Exported, tmp_path: Path, fmt: str
) -> None:
    """The forger rewrites the trailer's digest, count and last hash: the signature no longer holds;
    signing it again with their own key makes a signature nobody trusts."""
    original = exported.files[fmt]
    parsed = parse(original)
    body = appended_row(parsed)
    body = body[: len(body) - len(parsed.trailer)]
    trailer_text = parsed.trailer.rstrip("\n")
    if fmt == "csv":
        trailer_text = next(csv.reader([trailer_text]))[1]
    trailer = json.loads(trailer_text)
    last = parsed.rows[-1]
    trailer.update(
        body_sha256=hashlib.sha256(body.encode()).hexdigest(),
        body_bytes=len(body.encode()),
        rows=trailer["rows"] + 1,
        chains=[
            (
                {**c, "last_seq": int(last["seq"]), "last_hash": last["hash"], "rows": c["rows"] + 1}
                if c["chain"] == last["chain"]
                else c
            )
            for c in trailer["chains"]
        ],
    )

    def line(record: dict[str, object]) -> str:
        text = json.dumps(record, separators=(",", ":"))
        if fmt == "jsonl":
            return text + "\n"
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(["#signed-trailer", text])
        return out.getvalue()

    forged = tmp_path / original.name
    forged.write_text(body + line(trailer), encoding="utf-8", newline="")
    done = verify(forged, exported.trust)
    assert done.returncode == 1 and "the trailer's signature is not valid" in done.stdout, done.stdout

    mallory = signing.generate(tmp_path / "mallory.pem")
    payload = {k: v for k, v in trailer.items() if k != "signature"} | {"key": mallory.fingerprint}
    resigned = payload | {"signature": mallory.sign(signing.canonical_bytes(payload))}
    forged.write_text(body + line(resigned), encoding="utf-8", newline="")
    done = verify(forged, exported.trust)
    assert (
        done.returncode == 1 and f"signed with key {mallory.fingerprint}, which is not among" in done.stdout
    )
