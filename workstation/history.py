"""Earlier decisions on similar media: "decided before as ... on ...", found by perceptual hash.

The window shows the answer as a banner while the media stays filtered, so a reviewer who saw the
same picture yesterday need not look at it again to be consistent.

Matching rules (docs/import-and-media.md, "Decided before"):

- only hashes of quality >= ``media.matching.MIN_QUALITY`` (50, ThreatExchange's practice) count: a
  black or flat frame hashes to (nearly) all zeros and would match every other one; rows older than
  migration 0005 have no quality, and their all-zero hashes are ignored;
- a video carries the hashes of several keyframes; two media match on their closest pair;
- only items of queues with the same taxonomy (:func:`same_taxonomy`) are compared: a verdict means
  something only against the policy it was taken under.

Search is a linear scan over every decided item's assets whose hash is of the same kind, comparing
Hamming distances in Python: fine for tens of thousands of assets (about 1 µs a pair). Beyond that
it wants an index (multi-index hashing on 16-bit chunks, or a BK-tree kept beside the database).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from media.matching import MATCH_THRESHOLD, MIN_QUALITY
from workstation import taxonomy
from workstation.claims import MediaInfo
from workstation.db import Database
from workstation.models import Decision, Item, ItemStatus, MediaAsset, Queue


@dataclass(frozen=True)
class EarlierDecision:
    item_id: int
    external_ref: str
    queue: str
    verdict: str  # the verdict's label in its queue's taxonomy (its key when unknown)
    decided_at: datetime
    distance: int


def same_taxonomy(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """Two queues' taxonomies (their stored verdict lists) are the same when they offer the same
    verdict keys. The one rule for "decided before": the service and the window both use it."""
    return _verdict_keys(a) == _verdict_keys(b)


def _verdict_keys(entries: Sequence[Any]) -> frozenset[str]:
    return frozenset(str(v.get("key")) for v in entries if isinstance(v, dict))


def reliable_hashes(phash: str | None, quality: int | None, phashes: list[Any] | None) -> list[str]:
    """The hex hashes of one asset that may match: every keyframe hash of quality >= 50, or the
    one stored hash (when it has no quality, a legacy row: unless it is all zeros, a flat frame)."""
    if phashes:
        return [str(h) for h, q in phashes if q is None or int(q) >= MIN_QUALITY]
    if not phash:
        return []
    if quality is None:
        return [phash] if phash.strip("0") else []
    return [phash] if quality >= MIN_QUALITY else []


def _ints(hashes: list[str], length: int) -> list[int]:
    return [int(h, 16) for h in hashes if len(h) == length]


def earlier_decisions(
    db: Database,
    media: MediaInfo,
    *,
    exclude_item_id: int | None = None,
    threshold: int = MATCH_THRESHOLD,
    same_taxonomy_as: str | None = None,
) -> list[EarlierDecision]:
    """Decided items whose media is within ``threshold`` bits of ``media``'s hashes (closest pair),
    closest first, each with its current (latest, not undone) decision, from queues of the same
    taxonomy only: a verdict means something only in its own taxonomy ("Add warning screen" from a
    violence queue tells a reviewer of a queue without that verdict nothing they can act on).

    ``same_taxonomy_as`` (a queue name): compare with that queue's taxonomy instead of the one of
    the queue ``media`` was imported into."""
    if not media.phash or not media.phash_kind:
        return []
    later = aliased(Decision)
    with db.read() as session:
        own = session.execute(
            select(MediaAsset.phash, MediaAsset.phash_quality, MediaAsset.phashes, Queue.taxonomy)
            .join(Item, Item.id == MediaAsset.item_id)
            .join(Queue, Queue.id == Item.queue_id)
            .where(MediaAsset.id == media.id)
        ).first()
        if own is None:
            return []
        targets = _ints(reliable_hashes(own[0], own[1], own[2]), len(media.phash))
        if not targets:
            return []
        own_taxonomy = own[3]
        if same_taxonomy_as is not None:
            named = session.execute(select(Queue.taxonomy).where(Queue.name == same_taxonomy_as)).first()
            if named is None:
                return []
            own_taxonomy = named[0]
        rows = session.execute(
            select(
                MediaAsset.phash,
                MediaAsset.phash_quality,
                MediaAsset.phashes,
                Item.id,
                Item.external_ref,
                Queue.name,
                Queue.taxonomy,
                Decision,
            )
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
    for hex_hash, quality, hashes, item_id, ref, queue, tax, decision in rows:
        if item_id == exclude_item_id or not same_taxonomy(tax, own_taxonomy):
            continue
        theirs = [
            int(h, 16) for h in reliable_hashes(hex_hash, quality, hashes) if len(h) == len(media.phash)
        ]
        if not theirs:
            continue
        d = min((a ^ b).bit_count() for a in targets for b in theirs)
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
