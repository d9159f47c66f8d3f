"""Golden items: items whose right verdict a lead knows, mixed into their queue as look-alike copies.

docs/policies-and-quality.md ("Golden items") says how leads use them. The rules kept here:

- ``add``: a lead or admin names an item of a queue (by its reference) and the verdict it should get,
  a verdict of that queue's taxonomy; ``retire`` stops it being mixed in (its results stay). Audited.
- ``mix``: the importer calls it inside each batch's write transaction. At the organisation's rate
  (``operations.qa.golden_rate``, an admin's operations setting; 0, off, by default) a copy of an active
  golden item goes in *before* a real item of the batch, so it gets an id among the batch's, the
  batch's import time, the neighbour's priority and due time (the claim order puts it among them), a
  reference of the same shape as the neighbour's (numbered ones below the batch's), and the source's
  media rows with a derived digest (not the file's, which would pair it with the source) and its
  perceptual hash scrambled beyond the match threshold ("decided before" never points a reviewer at
  the source and its verdict). The file itself is the source's: its path is the one thing a reviewer
  listing media rows could pair. Nothing a reviewer's claim returns says it is a test; only
  ``golden_instances`` does, and on PostgreSQL a reviewer's login cannot read it (migration 0018).
- A reviewer's verdict on a copy is an ordinary decision in the queue's chain. The SLA and daily figures
  leave out decisions on copies and copies falling due (``is_copy``): a test is not enforcement.
- ``accuracy``: per reviewer and per queue, the share of copies whose current decision is the expected
  verdict. A person's own figure (``mine``) counts only decisions made before today (UTC), so watching
  it cannot tell which item just decided was a test.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import ARRAY, Integer, bindparam, exists, func, insert, select, text
from sqlalchemy.orm import Session, aliased

from media.matching import MATCH_THRESHOLD
from wellbeing.clock import Clock
from workstation import audit, pgfunc, taxonomy
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import InvalidInput, NotFound
from workstation.models import (
    Decision,
    GoldenInstance,
    GoldenItem,
    Item,
    MediaAsset,
    Queue,
    Role,
    Setting,
    User,
)

RATE_KEY = "operations.qa.golden_rate"
MAX_RATE = 0.2  # above a fifth of a reviewer's day spent on tests, the tests are the work

_PG_ADD = text(
    "SELECT ws_golden_add(CAST(:a AS integer), CAST(:i AS integer), CAST(:e AS text), "
    "CAST(:now AS timestamp))"
)
_PG_RETIRE = text(
    "SELECT ws_golden_retire(CAST(:a AS integer), CAST(:g AS integer), CAST(:now AS timestamp))"
)
_PG_MIXED = text(
    "SELECT ws_golden_mixed(CAST(:a AS integer), :items, :goldens, CAST(:now AS timestamp))"
).bindparams(bindparam("items", type_=ARRAY(Integer)), bindparam("goldens", type_=ARRAY(Integer)))
_PG_MINE = text("SELECT o_n, o_correct FROM ws_my_golden(CAST(:a AS integer), CAST(:now AS timestamp))")


def _short(text: str, limit: int = 80) -> str:
    """``text`` quoted for a message, cut to ``limit`` characters (a pasted page is not echoed back)."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def check_rate(value: float) -> float:
    """The golden rate: a share from 0 (off) to ``MAX_RATE``; anything else is refused in a sentence."""
    if not value == value or not 0 <= value <= MAX_RATE:  # NaN too
        raise InvalidInput(
            f"the golden-item rate is a share from 0 (off) to {MAX_RATE} (0.02 is 2 % of imported items), "
            f"not {value}"
        )
    return value


def stored_rate(session: Session) -> float:
    """The organisation's golden rate; 0 when unset or unreadable (never mixes by mistake)."""
    value = session.execute(select(Setting.value).where(Setting.key == RATE_KEY)).scalar()
    try:
        return check_rate(float(value)) if value is not None else 0.0
    except (ValueError, InvalidInput):
        return 0.0


def is_copy(item_id: Any) -> Any:
    """A clause: the item (a column or value) is a golden copy. For the SLA and daily figures."""
    return exists().where(GoldenInstance.item_id == item_id)


def _kind(ch: str) -> str | None:
    if ch.isascii() and ch.isdigit():
        return string.digits
    if ch.isascii() and ch.islower():
        return string.ascii_lowercase
    if ch.isascii() and ch.isupper():
        return string.ascii_uppercase
    return None


def _space(model: str, chosen: set[int]) -> int:
    space = 1
    for i in chosen:
        space *= len(_kind(model[i]) or " ")
    return space


def lookalike_ref(model: str, batch: Iterable[str], rng: random.Random) -> str:
    """A reference of the same shape as ``model``: the characters that vary between the batch's
    references of its length are replaced by random ones of their kind (digit, lower, upper), the
    template they share is kept (``img-0042.png`` -> ``img-0017.png``). With too little variation
    to hide among (under 10,000 shapes), more digits vary, rightmost first, then letters. When only
    digits vary, the number is drawn below the batch's lowest (see the comment)."""
    peers = [r for r in batch if len(r) == len(model)]
    chosen = {i for i in range(len(model)) if any(r[i] != model[i] for r in peers) and _kind(model[i])}
    more = [i for i in reversed(range(len(model))) if model[i].isdigit() and model[i].isascii()]
    more += [i for i in reversed(range(len(model))) if _kind(model[i]) and not model[i].isdigit()]
    for i in more:
        if _space(model, chosen) >= 10_000:
            break
        chosen.add(i)
    digits = sorted(chosen)
    if digits and all(model[i].isdigit() for i in digits):
        # A numbered reference: a number below every one of the batch, one the source system has
        # already handed out, so a later real item never finds its reference taken by a copy.
        floor = min(int("".join(r[i] for i in digits)) for r in [*peers, model] if _numeric(r, digits))
        if floor > 0:
            number = f"{rng.randrange(floor):0{len(digits)}d}"
            out = list(model)
            for i, ch in zip(digits, number, strict=True):
                out[i] = ch
            return "".join(out)
    return "".join(
        rng.choice(kind) if i in chosen and (kind := _kind(ch)) else ch for i, ch in enumerate(model)
    )


def _numeric(ref: str, positions: list[int]) -> bool:
    return all(ref[i].isascii() and ref[i].isdigit() for i in positions)


_HEX = re.compile(r"^[0-9a-fA-F]+$")


def scramble_hash(value: str | None, rng: random.Random) -> str | None:
    """A perceptual hash moved far beyond the match threshold (a quarter of its bits, at least twice
    the threshold, flipped), so the copy never matches its source."""
    if not value or not _HEX.match(value):
        return value
    bits = len(value) * 4
    flips = rng.sample(range(bits), min(bits, max(bits // 4, 2 * MATCH_THRESHOLD + 2)))
    number = int(value, 16)
    for b in flips:
        number ^= 1 << b
    return format(number, f"0{len(value)}x")


@dataclass(frozen=True)
class GoldenRow:
    id: int
    external_ref: str
    queue: str
    expected: str
    added_at: datetime
    added_by: str
    retired_at: datetime | None
    copies: int  # mixed in so far
    decided: int  # copies with a current decision
    correct: int  # of which with the expected verdict


@dataclass(frozen=True)
class Accuracy:
    key: str
    n: int
    correct: int

    @property
    def pct(self) -> float | None:
        return round(100 * self.correct / self.n, 1) if self.n else None


class GoldenService:
    def __init__(self, db: Database, clock: Clock, rng: random.Random | None = None) -> None:
        self.db = db
        self.clock = clock
        # Unpredictable by default: nobody should be able to work out which imported items are tests.
        self.rng = rng or random.SystemRandom()

    # -- a lead's commands ------------------------------------------------------------------------------

    def add(self, actor: Actor, ref: str, expected: str, queue: str | None = None) -> GoldenRow:
        """Make the item ``ref`` (of ``queue`` when the reference is in several) golden (leads, admins)."""
        audit.require(self.db, self.clock, actor, "add golden items", Role.LEAD, Role.ADMIN)
        now = self.clock.now()
        with self.db.read() as session:
            stmt = select(Item.id, Queue.name, Queue.taxonomy).join(Queue, Queue.id == Item.queue_id)
            stmt = stmt.where(Item.external_ref == ref)
            if queue is not None:
                stmt = stmt.where(Queue.name == queue)
            found = session.execute(stmt.order_by(Queue.name)).all()
        if not found:
            where = f" in queue {queue!r}" if queue else ""
            raise NotFound(f"no item {_short(ref)}{where}; name an imported item by its reference")
        if len(found) > 1:
            names = ", ".join(r[1] for r in found)
            raise InvalidInput(
                f"{_short(ref)} is an item of several queues ({names}); say which with --queue"
            )
        item_id, queue_name, tax = found[0]
        keys = {v.key for v in taxonomy.parse(tax, source=queue_name)} - set(taxonomy.RESERVED)
        if expected not in keys:
            raise InvalidInput(
                f"{_short(expected)} is not a verdict of queue {queue_name}; it has {', '.join(sorted(keys))}"
            )
        if self.db.dialect == "postgresql":
            params = {"a": actor.id, "i": item_id, "e": expected, "now": _naive(now)}
            new_id = self.db.run_write(
                lambda s: int(pgfunc.call(s.connection(), _PG_ADD, params).scalar_one())
            )
            return self._row(new_id)

        def work(session: Session) -> int:
            if session.execute(select(GoldenInstance.id).where(GoldenInstance.item_id == item_id)).first():
                raise InvalidInput(f"{ref} is a copy of a golden item; add the original instead")
            old = session.execute(
                select(GoldenItem).where(GoldenItem.item_id == item_id)
            ).scalar_one_or_none()
            if old is not None:
                retired = (
                    "" if old.retired_at is None else " (retired: a retired golden item is not used again)"
                )
                raise InvalidInput(f"{ref} is already golden item {old.id}{retired}")
            queue_id = session.execute(select(Item.queue_id).where(Item.id == item_id)).scalar_one()
            row = GoldenItem(
                item_id=item_id, queue_id=queue_id, expected=expected, added_at=now, added_by=actor.id
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                now,
                actor.id,
                "golden added",
                ref,
                {"golden": row.id, "queue": queue_name, "expected": expected},
            )
            return row.id

        return self._row(self.db.run_write(work))

    def retire(self, actor: Actor, golden_id: int) -> GoldenRow:
        """Stop mixing a golden item in; its copies and results stay (leads, admins; audited)."""
        audit.require(self.db, self.clock, actor, "retire golden items", Role.LEAD, Role.ADMIN)
        now = self.clock.now()
        if self.db.dialect == "postgresql":
            params = {"a": actor.id, "g": golden_id, "now": _naive(now)}
            self.db.run_write(lambda s: pgfunc.call(s.connection(), _PG_RETIRE, params).all())
            return self._row(golden_id)

        def work(session: Session) -> None:
            row = session.get(GoldenItem, golden_id, with_for_update=True)
            if row is None:
                raise NotFound(f"no golden item {golden_id}")
            if row.retired_at is not None:
                raise InvalidInput(f"golden item {golden_id} was already retired")
            row.retired_at, row.retired_by = now, actor.id
            ref = session.execute(select(Item.external_ref).where(Item.id == row.item_id)).scalar_one()
            session.flush()
            audit.record(session, now, actor.id, "golden retired", ref, {"golden": golden_id})

        self.db.run_write(work)
        return self._row(golden_id)

    def listing(self, actor: Actor, *, retired: bool = False) -> list[GoldenRow]:
        """Golden items with their copies and results (leads, admins); retired ones when asked."""
        audit.require(self.db, self.clock, actor, "list golden items", Role.LEAD, Role.ADMIN)
        return self._rows(None if retired else False)

    def _row(self, golden_id: int) -> GoldenRow:
        (row,) = [r for r in self._rows(None) if r.id == golden_id]
        return row

    def _rows(self, retired: bool | None) -> list[GoldenRow]:
        adder = aliased(User)
        with self.db.read() as session:
            stmt = (
                select(GoldenItem, Item.external_ref, Queue.name, adder.username)
                .join(Item, Item.id == GoldenItem.item_id)
                .join(Queue, Queue.id == GoldenItem.queue_id)
                .join(adder, adder.id == GoldenItem.added_by)
                .order_by(GoldenItem.id)
            )
            if retired is False:
                stmt = stmt.where(GoldenItem.retired_at.is_(None))
            rows = session.execute(stmt).all()
            copies = dict(
                session.execute(
                    select(GoldenInstance.golden_id, func.count()).group_by(GoldenInstance.golden_id)
                ).all()
            )
            results: dict[int, list[bool]] = defaultdict(list)
            for golden_id, _user, _queue, _verdict, ok in _results(session):
                results[golden_id].append(ok)
        return [
            GoldenRow(
                g.id,
                ref,
                queue,
                g.expected,
                g.added_at,
                who,
                g.retired_at,
                int(copies.get(g.id, 0)),
                len(results[g.id]),
                sum(results[g.id]),
            )
            for g, ref, queue, who in rows
        ]

    def rate(self) -> float:
        """The organisation's golden rate now (0: off)."""
        with self.db.read() as session:
            return stored_rate(session)

    # -- figures ------------------------------------------------------------------------------------------

    def accuracy(self, session: Session, by: str) -> list[Accuracy]:
        """Golden accuracy per ``reviewer`` or ``queue`` (for leads' reports), every copy decided so far."""
        groups: dict[str, list[bool]] = defaultdict(list)
        for _golden, user, queue, _verdict, ok in _results(session):
            groups[user if by == "reviewer" else queue].append(ok)
        return [Accuracy(k, len(v), sum(v)) for k, v in sorted(groups.items())]

    def mine(self, session: Session, actor: Actor) -> Accuracy:
        """The actor's own golden accuracy over decisions made before today (UTC): see the module."""
        now = self.clock.now()
        if self.db.dialect == "postgresql":  # the reviewer's login cannot read the golden tables
            n, correct = session.execute(_PG_MINE, {"a": actor.id, "now": _naive(now)}).one()
            return Accuracy(actor.username, int(n), int(correct))
        today = datetime.combine(now.astimezone(UTC).date(), time(), tzinfo=UTC)
        oks = [r[4] for r in _results(session, user_id=actor.id, before=today)]
        return Accuracy(actor.username, len(oks), sum(oks))

    # -- mixing copies into an import ---------------------------------------------------------------------

    def mix(
        self,
        session: Session,
        actor: Actor,
        queue_id: int,
        items: list[dict[str, Any]],
        media: list[list[dict[str, Any]]],
        now: datetime,
    ) -> list[int | None]:
        """Insert copies of the queue's active golden items into a batch about to be stored, in place
        (``items`` and ``media`` grow together); returns, per row, the golden item it copies or None."""
        golden_of: list[int | None] = [None] * len(items)
        rate = stored_rate(session)
        if rate <= 0 or not items:
            return golden_of
        active = session.execute(
            select(GoldenItem.id, GoldenItem.item_id, func.count(GoldenInstance.id))
            .outerjoin(GoldenInstance, GoldenInstance.golden_id == GoldenItem.id)
            .where(GoldenItem.queue_id == queue_id, GoldenItem.retired_at.is_(None))
            .group_by(GoldenItem.id, GoldenItem.item_id)
        ).all()
        if not active:
            return golden_of
        used = {g: int(n) for g, _i, n in active}
        source = {g: i for g, i, _n in active}
        positions = [i for i in range(len(items)) if self.rng.random() < rate]
        if not positions:
            return golden_of
        picks = []
        for _ in positions:
            least = min(used.values())
            golden = self.rng.choice(sorted(g for g, n in used.items() if n == least))
            used[golden] += 1
            picks.append(golden)
        wanted = {source[g] for g in picks}
        # the copy says what its source said: its reason, and its language (the text view masks by it)
        said = {
            i: (reason, language)
            for i, reason, language in session.execute(
                select(Item.id, Item.reason, Item.language).where(Item.id.in_(wanted))
            ).all()
        }
        assets: dict[int, list[dict[str, Any]]] = defaultdict(list)
        columns = [c for c in MediaAsset.__table__.columns if c.name not in ("id", "item_id")]
        for row in session.execute(
            select(MediaAsset.item_id, *columns)
            .where(MediaAsset.item_id.in_(wanted))
            .order_by(MediaAsset.position)
        ).all():
            asset = dict(zip([c.name for c in columns], row[1:], strict=True))
            assets[row[0]].append(asset)
        real_refs = [r["external_ref"] for r in items]
        taken = set(real_refs)
        for position, golden in sorted(zip(positions, picks, strict=True), reverse=True):
            neighbour = items[position]
            ref = self._fresh_ref(session, queue_id, neighbour["external_ref"], real_refs, taken)
            reason, language = said.get(source[golden], ("", None))
            copy = dict(neighbour, external_ref=ref, reason=reason, language=language, created_at=now)
            items.insert(position, copy)
            media.insert(position, [self._copy_asset(a) for a in assets[source[golden]]])
            golden_of.insert(position, golden)
        return golden_of

    def _copy_asset(self, asset: dict[str, Any]) -> dict[str, Any]:
        """One copy's media row: a derived digest, not the file's (an honest one would pair the copy
        with its source for anyone who lists media rows; the window uses it only as a render-cache
        key), and perceptual hashes scrambled past the match threshold."""
        digest = hashlib.sha256(f"{asset['sha256']}:{self.rng.getrandbits(128):032x}".encode()).hexdigest()
        hashes = asset["phashes"]
        return dict(
            asset,
            item_id=None,
            sha256=digest,
            content_key=digest,
            phash=scramble_hash(asset["phash"], self.rng),
            phashes=[[scramble_hash(h, self.rng), q] for h, q in hashes]
            if isinstance(hashes, list)
            else hashes,
        )

    def _fresh_ref(
        self, session: Session, queue_id: int, model: str, batch: list[str], taken: set[str]
    ) -> str:
        for _ in range(20):
            candidates = {lookalike_ref(model, batch, self.rng) for _ in range(8)} - taken - {model}
            if not candidates:
                continue
            existing = set(
                session.execute(
                    select(Item.external_ref).where(
                        Item.queue_id == queue_id, Item.external_ref.in_(candidates)
                    )
                ).scalars()
            )
            free = sorted(candidates - existing)
            if free:
                ref = self.rng.choice(free)
                taken.add(ref)
                return ref
        # a reference with too few letters or digits to vary: vary a digit appended to it
        return self._fresh_ref(session, queue_id, model + "-0", [], taken)

    def record_copies(
        self, session: Session, actor: Actor, item_ids: list[int], goldens: list[int], now: datetime
    ) -> None:
        """Record which stored items are copies (in the import's transaction)."""
        if not item_ids:
            return
        if self.db.dialect == "postgresql":
            params = {"a": actor.id, "items": item_ids, "goldens": goldens, "now": _naive(now)}
            pgfunc.call(session.connection(), _PG_MIXED, params).all()
            return
        session.execute(
            insert(GoldenInstance),
            [{"golden_id": g, "item_id": i, "mixed_at": now} for i, g in zip(item_ids, goldens, strict=True)],
        )


def _results(
    session: Session, *, user_id: int | None = None, before: datetime | None = None
) -> Iterable[tuple[int, str, str, str, bool]]:
    """(golden item, reviewer, queue, verdict, right?) of each copy's current decision (not undone, not an
    appeal record, superseded by nothing)."""
    later = aliased(Decision)
    stmt = (
        select(GoldenInstance.golden_id, User.username, Queue.name, Decision.verdict, GoldenItem.expected)
        .join(GoldenItem, GoldenItem.id == GoldenInstance.golden_id)
        .join(Decision, Decision.item_id == GoldenInstance.item_id)
        .join(User, User.id == Decision.user_id)
        .join(Queue, Queue.id == GoldenItem.queue_id)
        .where(
            Decision.verdict.not_in((taxonomy.UNDONE, taxonomy.APPEALED)),
            ~exists().where(later.supersedes_id == Decision.id),
        )
        .order_by(Decision.id)
    )
    if user_id is not None:
        stmt = stmt.where(Decision.user_id == user_id)
    if before is not None:
        stmt = stmt.where(Decision.decided_at < before)
    for golden, user, queue, verdict, expected in session.execute(stmt).all():
        yield golden, user, queue, verdict, verdict == expected


def ratings_by_golden(session: Session) -> dict[tuple[str, int], list[str]]:
    """Per (queue, golden item), the verdicts its copies got: one item seen by many reviewers."""
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for golden, _user, queue, verdict, _ok in _results(session):
        out[queue, golden].append(verdict)
    return dict(out)
