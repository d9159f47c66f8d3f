"""Earlier decisions on similar media: "decided before as ... on ...", found by perceptual hash.

The window shows the answer as a banner while the media stays filtered, so a reviewer who saw the
same picture yesterday need not look at it again to be consistent.

Search is a linear scan over every decided item's assets whose hash is of the same kind, comparing
Hamming distances in Python: fine for tens of thousands of assets (about 1 µs each). Beyond that it
wants an index (multi-index hashing on 16-bit chunks, or a BK-tree kept beside the database).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from media.phash import MATCH_THRESHOLD, PerceptualHash, distance
from workstation import taxonomy
from workstation.claims import MediaInfo
from workstation.db import Database
from workstation.errors import ConfigError
from workstation.models import Decision, Item, ItemStatus, MediaAsset, Queue


def _verdicts(stored: object) -> tuple[taxonomy.Verdict, ...] | None:
    """A queue's stored taxonomy as verdicts (None when it cannot be read, which matches nothing)."""
    try:
        return taxonomy.parse(list(stored) if isinstance(stored, list) else [], source="queue")
    except ConfigError:
        return None


@dataclass(frozen=True)
class EarlierDecision:
    item_id: int
    external_ref: str
    queue: str
    verdict: str  # the verdict's label in its queue's taxonomy (its key when unknown)
    decided_at: datetime
    distance: int


def earlier_decisions(
    db: Database,
    media: MediaInfo,
    *,
    exclude_item_id: int | None = None,
    threshold: int = MATCH_THRESHOLD,
    same_taxonomy_as: str | None = None,
) -> list[EarlierDecision]:
    """Decided items whose media is within ``threshold`` bits of ``media``'s hash, closest first,
    each with its current (latest, not undone) decision.

    ``same_taxonomy_as`` (a queue name): only decisions made in queues whose verdicts are the same
    as that queue's. A verdict means something only in its own taxonomy: "Add warning screen" from a
    violence queue tells a reviewer of a queue without that verdict nothing they can act on."""
    if not media.phash or not media.phash_kind:
        return []
    target = PerceptualHash(media.phash_kind, media.phash, None)
    later = aliased(Decision)
    with db.read() as session:
        wanted: tuple[taxonomy.Verdict, ...] | None = None
        if same_taxonomy_as is not None:
            own = session.execute(select(Queue.taxonomy).where(Queue.name == same_taxonomy_as)).first()
            if own is None:
                return []
            wanted = _verdicts(own[0])
        rows = session.execute(
            select(MediaAsset.phash, Item.id, Item.external_ref, Queue.name, Queue.taxonomy, Decision)
            .join(Item, Item.id == MediaAsset.item_id)
            .join(Queue, Queue.id == Item.queue_id)
            .join(Decision, Decision.item_id == Item.id)
            .where(
                MediaAsset.phash_kind == media.phash_kind,
                MediaAsset.phash.is_not(None),
                Item.status.in_((ItemStatus.DECIDED.value, ItemStatus.ESCALATED.value)),
                Decision.verdict != taxonomy.UNDONE,
                ~select(later.id).where(later.supersedes_id == Decision.id).exists(),
            )
        ).all()
    found: dict[int, EarlierDecision] = {}
    for hex_hash, item_id, ref, queue, tax, decision in rows:
        if item_id == exclude_item_id or len(hex_hash) != len(media.phash):
            continue
        if wanted is not None and _verdicts(tax) != wanted:
            continue
        d = distance(target, PerceptualHash(media.phash_kind, hex_hash, None))
        if d > threshold:
            continue
        labels = {str(v.get("key")): str(v.get("label", v.get("key"))) for v in tax if isinstance(v, dict)}
        labels[taxonomy.ESCALATE] = "Escalate"
        entry = EarlierDecision(
            item_id=item_id,
            external_ref=ref,
            queue=queue,
            verdict=labels.get(decision.verdict, decision.verdict),
            decided_at=decision.decided_at,
            distance=d,
        )
        best = found.get(item_id)
        if best is None or (entry.distance, -entry.decided_at.timestamp()) < (
            best.distance,
            -best.decided_at.timestamp(),
        ):
            found[item_id] = entry
    return sorted(found.values(), key=lambda e: (e.distance, -e.decided_at.timestamp()))
