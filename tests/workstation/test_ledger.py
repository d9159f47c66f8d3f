"""The chain link PostgreSQL computes in one statement is the one Python verifies."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.workstation.conftest import Core
from workstation import ledger
from workstation.models import LedgerHead

texts = st.text(max_size=40)  # any Unicode, quotes and a literal '"seq":-1' included


@given(note=texts, ref=texts, seq=st.integers(min_value=1, max_value=10**15))
def test_the_body_split_around_seq_rebuilds_the_hashed_body(note: str, ref: str, seq: int) -> None:
    fields = {"note": note, "external_ref": ref, "decided_at": datetime(2026, 1, 2, tzinfo=UTC), "h": 1.25}
    prefix, suffix = ledger.body_around_seq(fields)
    prev = "ab" * 32
    rebuilt = hashlib.sha256(f"{prev}\n".encode() + prefix + str(seq).encode() + suffix).hexdigest()
    assert rebuilt == ledger.digest(prev, {**fields, "seq": seq})


def test_fields_that_carry_their_own_seq_are_refused() -> None:
    with pytest.raises(ValueError, match="own seq"):
        ledger.body_around_seq({"verdict": "allow", "seq": 7})


# ADVANCE_HEAD is the PostgreSQL statement (SQLite chains in Python): this runs on PostgreSQL only.
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_database_hashes_a_link_as_python_does(core: Core) -> None:
    fields = {"note": 'a "quoted" note, ünïcødé and "seq":-1 inside', "n": 3}
    with core.db.write() as session:
        before = session.execute(select(LedgerHead).where(LedgerHead.name == ledger.AUDIT)).scalar_one()
        prev, seq = before.hash, before.seq
        row = session.execute(ledger.ADVANCE_HEAD, ledger.head_params(ledger.AUDIT, fields)).one()
    assert (row.seq, row.prev_hash) == (seq + 1, prev)
    assert row.hash == ledger.digest(prev, {**fields, "seq": seq + 1})
