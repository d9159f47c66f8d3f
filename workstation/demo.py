"""Demo data: queues, two teams of reviewers, weeks of history, and pending generated media.

Everything here is synthetic. The history (claims, decisions, exposure, breaks, check-ins) is shaped
like a real team's so the window, the exposure meter, the reports and the exports have something
to show: most reviewers stay well under budget, two reveal a lot and go over it some days.
"""

from __future__ import annotations

import json
import logging
import random
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, exists, func, insert, select

from media.errors import MediaError
from media.limits import Limits
from media.phash import HashResult, perceptual_hash
from media.probe import Probe, probe
from wellbeing.exposure import ExposureSpan
from wellbeing.phrases import QT_TRANSLATE_NOOP
from wellbeing.policy import load_policy
from workstation import audit, demo_media, ledger, policies, qa, taxonomy
from workstation.app import Services
from workstation.config import RESOURCES
from workstation.decisions import DecisionRecord, DecisionRequest, append_decisions
from workstation.directory import DEFAULT_DEMO_USER, DEMO_KEY
from workstation.errors import ConfigError
from workstation.importer import Importer, ImportReport
from workstation.models import (
    BreakRow,
    CareLogRow,
    CheckIn,
    Claim,
    ClaimOutcome,
    Decision,
    Item,
    ItemStatus,
    KeyTicket,
    MediaAsset,
    QAReview,
    QASample,
    Queue,
    Setting,
    User,
)

log = logging.getLogger(__name__)
SEEDED_KEY = DEMO_KEY  # also what lets --user act as another demo user (Directory.who)
MEDIA_VERSION = "2"  # 2: twelve texts, four of them in zh_CN, id, ms and ar (issue 17)

REVIEWERS = [
    ("alex", "Alex Kim", "North"),
    ("bea", "Bea Santos", "North"),
    ("chen", "Chen Wei", "North"),
    ("dara", "Dara Okafor", "North"),
    ("eli", "Eli Cohen", "North"),
    ("fatima", "Fatima Noor", "North"),
    ("gus", "Gus Lindqvist", "North"),
    ("hana", "Hana Sato", "South"),
    ("ivan", "Ivan Petrov", "South"),
    ("jun", "Jun Park", "South"),
    ("kofi", "Kofi Mensah", "South"),
    ("lena", "Lena Vogel", "South"),
    ("mo", "Mo Haddad", "South"),
    ("noor", "Noor Rahman", "South"),
]
STAFF = [
    ("wendy", "Wendy Ito (wellbeing)", ["wellbeing"]),
    ("leo", "Leo Brandt (lead)", ["lead"]),
    # A lead who also reviews: she opens the QA queue in the reviewer window (QA reviewers are leads).
    ("mira", "Mira Costa (lead)", ["lead", "reviewer"]),
    ("ada", "Ada Moreau (admin)", ["admin"]),
]
HEAVY = {"gus", "noor"}  # reveal a lot: over budget on some days, so reports show it
RISING = "eli"  # reveals more week on week: the attention view's rising dose
QUEUES = [
    ("Everyday reports", 1, "general", False, "User reports of spam, nudity-adjacent and low-harm content"),
    ("Violent content", 3, "violence", False, "Graphic violence and threats"),
    ("Self-harm", 4, "self_harm", True, "Self-harm and suicide content; restricted to trained reviewers"),
    (
        "Specialist (tier 2)",
        4,
        "violence",
        True,
        "Escalations from the first tier: credible threats, people at risk; restricted to specialists",
    ),
]
#: Each queue's SLA target in minutes (docs/operations-sla.md); a few history items miss it.
SLA_TARGETS = {"Everyday reports": 240, "Violent content": 120, "Self-harm": 60}
TIER_2 = "Specialist (tier 2)"
SPECIALISTS = ("chen", "hana")  # may open the tier-2 queue
#: Where each queue's escalations go (docs/escalations-and-incidents.md); the E dialog offers them in order.
ROUTES = {
    "Everyday reports": ["leads"],
    "Violent content": [TIER_2, "leads"],
    "Self-harm": [TIER_2, "leads"],
}
REASONS = [
    "user report: graphic content",
    "classifier: violence score 0.91",
    "trusted flagger report",
    "keyword match in caption",
    "appeal of an earlier removal",
    "hash-list near match",
]


@dataclass(frozen=True)
class DemoSummary:
    created: bool
    pending: int
    decisions: int
    spans: int
    import_report: ImportReport | None


#: The steps of a first seeding, in order, for a progress display (``progress(step, STEPS, message)``).
STEPS = 6
Progress = Callable[[int, int, str], None]


def seed(
    services: Services,
    media_dir: Path,
    *,
    history_days: int = 21,
    rng_seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo; an already seeded one is left as it is.

    ``progress(step, STEPS, message)`` is called from this thread before each step. The synthetic
    media is generated on a worker thread while the history is written (both mostly outside the
    GIL: OpenCV, libx264, SQLite), then imported through the ordinary importer.
    """
    say = progress or (lambda _step, _steps, _msg: None)
    directory = services.directory
    if directory.list_users():
        with services.db.read() as session:
            complete = session.get(Setting, SEEDED_KEY) is not None
            pending = len(session.execute(select(Item.id).where(Item.status == "pending")).all())
        if not complete:
            raise ConfigError(
                "this demo database is incomplete (an earlier 'workstation demo' was interrupted while "
                "it created the data). Start it again with 'workstation demo --fresh'."
            )
        return DemoSummary(False, pending, 0, 0, None)
    rng = random.Random(rng_seed)
    say(1, STEPS, QT_TRANSLATE_NOOP("Seeding", "creating users and queues"))
    for name, display, team in REVIEWERS:
        directory.add_user(name, ["reviewer"], display_name=display, team=f"Team {team}")
    for name, display, roles in STAFF:
        directory.add_user(
            name, roles, display_name=display, team="Team North" if "reviewer" in roles else None
        )
    for qname, tier, tax, restricted, description in QUEUES:
        directory.add_queue(
            qname,
            severity_tier=tier,
            verdicts=taxonomy.builtin(tax),
            restricted=restricted,
            description=description,
        )
    for name, _display, team in REVIEWERS:
        if team == "North":
            directory.grant_queue(name, "Self-harm")
    _publish_policies(services)
    with ThreadPoolExecutor(1, thread_name_prefix="demo-media") as pool:
        files = pool.submit(_media_files, media_dir)
        # then, on the same worker, probed and hashed for the import, still beside the history
        probed = pool.submit(lambda: _Probed(files.result()))
        say(
            2,
            STEPS,
            QT_TRANSLATE_NOOP("Seeding", "generating synthetic media in the background (first run only)"),
        )
        say(3, STEPS, QT_TRANSLATE_NOOP("Seeding", "writing three weeks of decisions"))
        handled: dict[tuple[int, str], list[tuple[int, int]]] = {}
        decisions, decided_before = _history(services, rng, history_days, handled)
        say(4, STEPS, QT_TRANSLATE_NOOP("Seeding", "writing three weeks of exposure, breaks and check-ins"))
        spans = _wellbeing_history(services, rng, history_days, handled)
        _care_stories(services)
        say(5, STEPS, QT_TRANSLATE_NOOP("Seeding", "importing pending items"))
        manifests = _manifests(media_dir, files.result(), rng)
        ready = probed.result()
    importer = Importer(services.db, services.clock, prober=ready.probe, hasher=ready.hash)
    combined = ImportReport()
    for qname, manifest in manifests.items():
        combined.merge(importer.run(None, qname, [manifest]))
    say(6, STEPS, QT_TRANSLATE_NOOP("Seeding", "linking past items to today's look-alikes"))
    _decided_before(services, rng, decided_before)
    _second_tier(services)
    _operations(services, random.Random(rng_seed + 15))
    _quality(services, random.Random(rng_seed + 16))
    with services.db.write() as session:  # written last: a seeding cut short is recognised as such
        session.add(Setting(key=SEEDED_KEY, value="1", updated_at=services.clock.now()))
    return DemoSummary(True, combined.items, decisions, spans, combined)


#: The demo's published policies (resources/policies/): the older one in force for most of the
#: history, the newer one since a few days ago, so two sections carry the "changed" badge.
DEMO_POLICIES = (("sop-2026-11.toml", 30), ("sop-2026-12.toml", 5))


def _publish_policies(services: Services) -> None:
    """Published as the owner's seeding (no actor), which may date a version in the past."""
    today = services.clock.now().date()
    for name, days_ago in DEMO_POLICIES:
        draft = policies.read_file(RESOURCES / "policies" / name)
        services.policies.publish(None, draft, today - timedelta(days=days_ago))


@dataclass(frozen=True)
class _MediaFiles:
    images: list[Path]
    videos: list[Path]
    texts: list[Path]
    broken: list[Path]


class _Probed:
    """The generated files probed and perceptually hashed on two threads (decoding runs outside the
    GIL) while the history is written, so the import only writes rows (docs/install.md, "First
    run"). The importer asks here first; a file not here, or a probe or hash that failed, goes the
    ordinary way again, with the same result and the same log line."""

    def __init__(self, files: _MediaFiles) -> None:
        self.limits = Limits()
        paths = [p.resolve() for p in (*files.images, *files.videos, *files.texts)]
        with ThreadPoolExecutor(2, thread_name_prefix="demo-probe") as pool:
            done = dict(zip(paths, pool.map(self._one, paths), strict=True))
        self._done = {path: result for path, result in done.items() if result is not None}

    def _one(self, path: Path) -> tuple[Probe, HashResult | None] | None:
        try:
            info = probe(path, self.limits)
            return info, perceptual_hash(path, info, self.limits)
        except MediaError:
            return None

    def probe(self, path: Path, limits: Limits) -> Probe:
        known = self._done.get(path.resolve()) if limits == self.limits else None
        return known[0] if known else probe(path, limits)

    def hash(self, path: Path, info: Probe, limits: Limits) -> HashResult | None:
        known = self._done.get(path.resolve())
        if known is not None and known[0] is info:
            return known[1]
        return perceptual_hash(path, info, limits)


def _second_tier(services: Services) -> None:
    """Routes, a lead on duty, open escalations (one taken to tier 2 with imminent harm), and incidents:
    two open, one closed with its timeline. Made through the services, as the window makes them."""
    directory, decisions = services.directory, services.decisions
    admin, lead = directory.sign_in("ada"), directory.sign_in("leo")
    for name in SPECIALISTS:
        directory.grant_queue(name, TIER_2)
    for queue, routes in ROUTES.items():
        services.escalations.set_routes(admin, queue, routes)
    services.incidents.set_duty(lead, ["leo"])

    def decide(who: str, queue: str, verdict: str, **kw: Any) -> DecisionRecord | None:
        actor = directory.sign_in(who)
        claim = services.claims.claim_next(actor, queue)
        if claim is None:
            return None
        return decisions.decide(actor, DecisionRequest(claim.claim_id, verdict, **kw))

    decide("bea", "Violent content", taxonomy.ESCALATE, note="Looks staged, but the caption names a place.")
    decide(
        "alex",
        "Self-harm",
        taxonomy.ESCALATE,
        note="Live video, the person says goodbye. Please look now.",
        imminent=True,
    )
    decide(
        "ivan",
        "Everyday reports",
        taxonomy.ESCALATE,
        note="Not sure this is spam; a lead should see it.",
        escalate_to="leads",
    )
    decide("hana", "Violent content", "report", reason="credible threat", note="Names a school and a date.")
    closed = decide("dara", "Self-harm", "urgent", note="Says they took pills an hour ago.")
    if closed is not None and closed.incident_id is not None:
        incidents = services.incidents
        incidents.record(lead, closed.incident_id, "acknowledged")
        incidents.record(lead, closed.incident_id, "action", note="Sent to the platform's emergency team.")
        incidents.record(
            lead,
            closed.incident_id,
            "closed",
            outcome="Emergency services reached the person",
            external_ref="SAFE-20931",
        )


#: The demo's QA: how many decisions of each queue a lead reviewed, and how many of those disagree
#: (kappa is shown from 30 reviewed items: Everyday reports has it, Violent content not yet).
QA_REVIEWED = {"Everyday reports": (34, 4), "Violent content": (9, 3)}
QA_WAITING = 6  # sampled decisions (of items with media) waiting in the QA queue
QA_NOTES = {
    "over-enforcement": "Satire of a public figure; the policy allows it with context.",
    "under-enforcement": "The caption is a threat against a named person; this should have come down.",
    "other": "Right outcome, wrong category: this is spam, not harassment.",
}


def _quality(services: Services, rng: random.Random) -> None:
    """Sampled decisions for QA (docs/policies-and-quality.md): a lead's blind second reviews of the
    last week's, a few disagreeing with a note, so ``qa report`` has figures and every reviewer's
    "My QA" has something (Alex's included); and samples of items with media waiting in the QA queue
    for Mira, a lead who reviews. One transaction: each review is hashed on the qa chain and audited
    as ``QAService.review`` does it (``qa.review_fields``, ``qa.settle_outcome``)."""
    now = services.clock.now()
    with services.db.write() as session:
        users = {u.username: u.id for u in session.execute(select(User)).scalars()}
        queues = {q.name: q for q in session.execute(select(Queue)).scalars()}
        chosen: list[tuple[int, str, str, str, str]] = []  # (decision id, queue, verdict, client id, ref)
        for qname, (count, _disagree) in QA_REVIEWED.items():
            rows = session.execute(
                select(Decision.id, Decision.verdict, Decision.user_id, Decision.client_id, Item.external_ref)
                .join(Item, Item.id == Decision.item_id)
                .where(
                    Decision.queue_id == queues[qname].id,
                    Decision.decided_at > now - timedelta(days=7),
                    Decision.verdict.not_in(taxonomy.RESERVED),
                    Decision.supersedes_id.is_(None),
                )
                .order_by(Decision.id)
            ).all()
            alex = [r for r in rows if r.user_id == users[DEFAULT_DEMO_USER]][:4]
            rest = [r for r in rows if r.user_id != users[DEFAULT_DEMO_USER]]
            picked = alex + rng.sample(rest, count - len(alex))
            chosen += [(r.id, qname, r.verdict, r.client_id, r.external_ref) for r in picked]
        with_media = (
            session.execute(
                select(Decision.id)
                .join(Item, Item.id == Decision.item_id)
                .where(
                    exists().where(MediaAsset.item_id == Item.id, MediaAsset.readable.is_(True)),
                    Item.status == ItemStatus.DECIDED.value,
                    Decision.verdict.not_in(taxonomy.RESERVED),
                    Decision.id.not_in([c[0] for c in chosen]),
                )
                .order_by(Decision.id)
            )
            .scalars()
            .all()
        )
        sampled = [(c[0], now - timedelta(days=2)) for c in chosen] + [
            (d, now - timedelta(hours=3)) for d in with_media[:QA_WAITING]
        ]
        lead = users["leo"]
        session.execute(
            insert(QASample),
            [
                {"decision_id": d, "sampled_at": at, "sampled_by": lead, "why": "stratified"}
                for d, at in sampled
            ],
        )
        samples = session.execute(select(QASample.decision_id, QASample.id))
        sample_of: dict[int, int] = {d: i for d, i in samples}
        at = now - timedelta(days=1)
        for turn, (qname, (_count, disagree)) in enumerate(QA_REVIEWED.items()):
            mine = [c for c in chosen if c[1] == qname]
            order = [v.key for v in taxonomy.parse(queues[qname].taxonomy, source=qname)]
            order = [k for k in order if k not in taxonomy.RESERVED]
            # spread out, from the second one (Alex's second decision) on
            differ = list(range(1, len(mine), max(1, len(mine) // disagree)))[:disagree]
            for n, (decision_id, _q, first, client_id, ref) in enumerate(mine):
                verdict, outcome, note = first, "agree", ""
                if n in differ:
                    i = order.index(first)
                    wanted = list(QA_NOTES)[(differ.index(n) + turn) % len(QA_NOTES)]
                    if wanted == "other":
                        verdict, outcome = order[(i + 1) % len(order)], "other"
                    elif (wanted == "over-enforcement" and i > 0) or i + 1 == len(order):
                        verdict, outcome = order[i - 1], "over-enforcement"  # a milder verdict was right
                    else:
                        verdict, outcome = order[i + 1], "under-enforcement"
                    note = QA_NOTES[outcome]
                outcome = qa.settle_outcome(verdict, first, outcome)
                at += timedelta(minutes=7)
                fields = qa.review_fields(
                    decision=client_id, reviewer="leo", verdict=verdict, outcome=outcome, note=note, at=at
                )
                link = ledger.append(session, qa.QA, fields)
                session.execute(
                    insert(QAReview),
                    {
                        "seq": link.seq,
                        "sample_id": sample_of[decision_id],
                        "reviewer_id": lead,
                        "verdict": verdict,
                        "outcome": outcome,
                        "note": note,
                        "at": at,
                        "prev_hash": link.prev_hash,
                        "hash": link.hash,
                    },
                )
                audit.record(
                    session,
                    at,
                    lead,
                    "qa reviewed",
                    ref,
                    {"sample": sample_of[decision_id], "outcome": outcome},
                )


def _media_files(media_dir: Path) -> _MediaFiles:
    """The synthetic files, generated once per data folder (a marker file says they are complete)."""
    marker = media_dir / f".generated-v{MEDIA_VERSION}"
    images_dir, videos_dir, texts_dir, broken_dir = (
        media_dir / d for d in ("images", "videos", "texts", "broken")
    )
    if not marker.exists():
        # The images on a thread of their own beside the clips (two encoders): OpenCV and libx264
        # run outside the GIL, so generation uses both cores while history is written.
        with ThreadPoolExecutor(1, thread_name_prefix="demo-images") as pool:
            images = pool.submit(demo_media.write_images, images_dir, 26)
            videos = demo_media.write_videos(videos_dir, 8)
            files = _MediaFiles(
                images=images.result(),
                videos=videos,
                texts=demo_media.write_texts(texts_dir),
                broken=demo_media.write_broken(broken_dir),
            )
        marker.write_text("synthetic demo media\n", encoding="utf-8")
        return files
    return _MediaFiles(*(sorted(d.iterdir()) for d in (images_dir, videos_dir, texts_dir, broken_dir)))


def _manifests(media_dir: Path, files: _MediaFiles, rng: random.Random) -> dict[str, Path]:
    """One escalation manifest per queue, as a trust & safety pipeline would hand them over."""
    images, videos, texts, broken = files.images, files.videos, files.texts, files.broken
    plan: dict[str, list[Path]] = {
        "Everyday reports": images[:10] + texts[:3] + texts[8:9] + texts[11:] + broken[:1],
        "Violent content": images[10:19] + videos[:5] + texts[3:6] + texts[9:11] + broken[1:],
        "Self-harm": images[19:] + videos[5:] + texts[6:8],
    }
    language_of = {path: language for path, language in zip(texts, demo_media.TEXT_LANGUAGES, strict=False)}
    manifests = {}
    for qname, paths in plan.items():
        manifest = media_dir / f"escalations-{qname.split()[0].lower()}.jsonl"
        lines = []
        for n, path in enumerate(paths):
            line = {
                "external_ref": f"ESC-{abs(hash((qname, n))) % 90000 + 10000}-{n:02d}",
                "reason": rng.choice(REASONS),
                "priority": rng.choice([0, 0, 1, 1, 2, 3]),
                "sla": rng.choice([2, 4, 8, 24, 48]),
                "media": [path.relative_to(media_dir).as_posix()],
            }
            if language_of.get(path):  # images, clips and some texts come without one
                line["language"] = language_of[path]
            if language_of.get(path) not in (None, "en"):
                # last in their queue's order, so the demo's own decisions leave them for the reviewer
                line.update(priority=0, sla=48)
            lines.append(json.dumps(line, ensure_ascii=False))
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        manifests[qname] = manifest
    return manifests


def _workdays(now: datetime, days: int) -> list[datetime]:
    start = (now - timedelta(days=days)).date()
    return [
        datetime.combine(start + timedelta(days=d), time(8, 30), tzinfo=now.tzinfo)
        for d in range(days)
        if (start + timedelta(days=d)).weekday() < 5
    ]


def _history(
    services: Services, rng: random.Random, days: int, handled: dict[tuple[int, str], list[tuple[int, int]]]
) -> tuple[int, list[int]]:
    """Decided items with claims and hash-chained decisions by the demo reviewers, in one transaction.

    Items and claims go in as two multi-row INSERTs, the decisions through ``append_decisions``
    (chained as the service chains them, in one pass). ``handled`` collects each
    reviewer's items per day, so the exposure history can point at them. Returns the number of
    decisions and the items that get a "decided before" look-alike of a pending item's media.
    """
    now = services.clock.now()
    with services.db.write() as session:
        conn = session.connection()
        queues = {q.name: q for q in session.execute(select(Queue)).scalars()}
        users = {u.username: u for u in session.execute(select(User)).scalars()}
        verdicts_of = {q.id: taxonomy.parse(q.taxonomy, source=q.name) for q in queues.values()}
        for q in queues.values():
            q.sla_minutes = SLA_TARGETS.get(q.name)
        waits = random.Random(15)  # its own sequence: the rest of the history stays as it was
        items: list[dict[str, Any]] = []
        claims: list[dict[str, Any]] = []
        planned: list[dict[str, Any]] = []
        days_of: list[tuple[int, str]] = []
        for day in _workdays(now, days):
            for name, _display, team in REVIEWERS:
                user = users[name]
                allowed = [q for q in queues.values() if not q.restricted or team == "North"]
                at = day + timedelta(minutes=rng.randrange(0, 40))
                for _n in range(rng.randrange(14, 28)):
                    queue = rng.choice(allowed)
                    verdict = rng.choice(verdicts_of[queue.id])
                    handling = rng.uniform(8, 150)
                    claimed = at
                    at = at + timedelta(seconds=handling + rng.uniform(5, 60))
                    # No reviewer's name in a reference: it is shown to whoever opens the item, a QA
                    # reviewer too, who must not learn who decided it (docs/policies-and-quality.md).
                    ref = f"H-{queue.name.split()[0][:3].upper()}-{day:%m%d}-{len(items) + 1:05d}"
                    # Waiting time before the claim: within the queue's SLA, except about 1 in 50.
                    target = timedelta(minutes=SLA_TARGETS.get(queue.name, 240))
                    late = waits.random() < 0.02
                    wait = target * (waits.uniform(1.0, 1.5) if late else waits.uniform(0.05, 0.85))
                    items.append(
                        {
                            "queue_id": queue.id,
                            "external_ref": ref,
                            "reason": rng.choice(REASONS),
                            "priority": rng.choice([0, 1, 2]),
                            "sla_due_at": claimed - wait + target,
                            "status": ItemStatus.DECIDED.value,
                            "created_at": claimed - wait,
                        }
                    )
                    claims.append(
                        {
                            "user_id": user.id,
                            "claimed_at": claimed,
                            "lease_expires_at": claimed + timedelta(minutes=2),
                            "released_at": at,
                            "outcome": ClaimOutcome.DECIDED.value,
                        }
                    )
                    days_of.append((user.id, day.date().isoformat()))
                    reveal = rng.choices(["filtered", "spotlight", "revealed"], [6, 3, 1])[0]
                    if name in HEAVY:
                        reveal = rng.choices(["filtered", "spotlight", "revealed"], [2, 3, 5])[0]
                    planned.append(
                        {
                            "user_id": user.id,
                            "reviewer": name,
                            "external_ref": ref,
                            "queue_id": queue.id,
                            "queue_name": queue.name,
                            "verdict": verdict.key,
                            "reason": rng.choice(verdict.reasons) if verdict.reasons else "",
                            "note": "context checked in thread" if verdict.requires_note else "",
                            "decided_at": at,
                            "handling_seconds": handling,
                            "reveal_state": reveal,
                            "client_id": str(uuid.UUID(int=rng.getrandbits(128))),
                            "supersedes": None,
                        }
                    )
        item_ids = _insert_ids(conn, Item, items, "external_ref")  # history refs are unique
        claims = [claim | {"item_id": i} for claim, i in zip(claims, item_ids, strict=True)]
        claim_ids = _insert_ids(conn, Claim, claims, "item_id")  # one claim per history item
        for decision, item_id, claim_id, key in zip(planned, item_ids, claim_ids, days_of, strict=True):
            handled.setdefault(key, []).append((item_id, decision["queue_id"]))
            decision.update(item_id=item_id, claim_id=claim_id)
        append_decisions(conn, planned)
        return len(planned), item_ids[::40]


def _operations(services: Services, rng: random.Random) -> None:
    """What leads' SLA screens need today: pending items overdue and due within the hour, lease
    expiries and a skip, key tickets flagged yesterday, an offline conflict (docs/operations-sla.md)."""
    now = services.clock.now()
    with services.db.write() as session:
        users = {u.username: u for u in session.execute(select(User)).scalars()}
        pending = (
            session.execute(select(Item).where(Item.status == ItemStatus.PENDING.value).order_by(Item.id))
            .scalars()
            .all()
        )
        # (minutes since import, minutes until due): three overdue, two due within the hour
        shapes = [(300, -45), (200, -20), (150, -5), (90, 25), (70, 50)]
        for item, (age, due) in zip(pending[::7], shapes, strict=False):
            item.created_at = now - timedelta(minutes=age)
            item.sla_due_at = now + timedelta(minutes=due)
        for item, (who, outcome) in zip(
            pending[3::9], [("hana", "expired"), ("ivan", "expired"), ("bea", "skipped")], strict=False
        ):
            claimed = now - timedelta(minutes=rng.randint(40, 90))
            session.add(
                Claim(
                    item_id=item.id,
                    user_id=users[who].id,
                    claimed_at=claimed,
                    lease_expires_at=claimed + timedelta(minutes=2),
                    released_at=claimed + timedelta(minutes=5),
                    outcome=outcome,
                )
            )
        session.flush()
        last = session.execute(select(func.max(Decision.decided_at))).scalar()
        if last is None:
            return
        day_start = last.replace(hour=0, minute=0, second=0, microsecond=0)
        decided = session.execute(
            select(Decision, Item.external_ref)
            .join(Item, Item.id == Decision.item_id)
            .where(Decision.decided_at >= day_start)
            .order_by(Decision.id)
        ).all()
        # Two of that day's items decided after their due time, so its daily report has breaches.
        for decision, _ref in decided[17::60][:2]:
            late = session.get(Item, decision.item_id)
            if late is not None:
                late_due = decision.decided_at - timedelta(minutes=rng.randint(10, 50))
                late.sla_due_at = late_due
                late.created_at = late_due - timedelta(minutes=SLA_TARGETS.get(late.queue.name, 240))
        summaries = [
            "Same uploader as three removals this week; likely a coordinated account ring",
            "Live-stream clip reposted across queues; hash added to the watch list",
            "Appeal cites a news report; policy team asked for guidance",
        ]
        for (decision, ref), summary in zip(decided[5::40], summaries, strict=False):
            at = decision.decided_at + timedelta(minutes=1)
            session.add(
                KeyTicket(
                    item_id=decision.item_id,
                    queue_id=decision.queue_id,
                    user_id=decision.user_id,
                    summary=summary,
                    flagged_at=at,
                )
            )
            session.flush()
            audit.record(
                session,
                at,
                decision.user_id,
                "key_ticket",
                f"item {decision.item_id}",
                {"item_ref": ref, "summary": summary},
            )
        audit.record(
            session,
            day_start + timedelta(hours=14),
            users["jun"].id,
            "offline_conflict",
            "decision demo-offline-1",
            {"reason": "the item was decided by someone else while this workstation was offline"},
        )


def _insert_ids(
    conn: Connection, model: type[Item] | type[Claim], rows: list[dict[str, Any]], key: str
) -> list[int]:
    """One multi-row INSERT; the new ids in the order of ``rows``, found again by the unique ``key``.

    Not ``RETURNING`` in parameter order: on SQLite SQLAlchemy runs that one row at a time.
    """
    if not rows:
        return []
    conn.execute(insert(model), rows)
    column = getattr(model, key)
    found = conn.execute(select(column, model.id).where(column.in_({r[key] for r in rows})))
    ids: dict[Any, int] = {key_value: id_ for key_value, id_ in found}
    return [ids[r[key]] for r in rows]


def _decided_before(services: Services, rng: random.Random, item_ids: list[int]) -> None:
    """Give some past items a copy of a pending item's media, so "decided before" (matched by
    perceptual hash) has something to find."""
    with services.db.write() as session:
        sources = session.execute(select(MediaAsset).where(MediaAsset.phash.is_not(None))).scalars().all()
        if not sources:
            return
        rows = []
        for item_id in item_ids:
            src = rng.choice(sources)
            rows.append(
                {
                    "item_id": item_id,
                    "path": src.path,
                    "sha256": src.sha256,
                    "kind": src.kind,
                    "mime": src.mime,
                    "bytes": src.bytes,
                    "width": src.width,
                    "height": src.height,
                    "readable": True,
                    "phash_kind": src.phash_kind,
                    "phash": src.phash,
                }
            )
        session.execute(insert(MediaAsset), rows)


def _wellbeing_history(
    services: Services, rng: random.Random, days: int, handled: dict[tuple[int, str], list[tuple[int, int]]]
) -> int:
    """Exposure spans (stored by ``WellbeingRecords.record_spans``, as the window stores them), breaks and
    check-ins; the two heavy revealers go over budget on some days."""
    policy = load_policy()
    vis = policy.visibility
    now = services.clock.now()
    with services.db.read() as session:
        queues = list(session.execute(select(Queue)).scalars())
    spans: dict[str, list[ExposureSpan]] = {}
    with services.db.write() as session:
        users = {u.username: u for u in session.execute(select(User)).scalars()}
        for day_index, day in enumerate(_workdays(now, days)):
            for name, _display, team in REVIEWERS:
                user = users[name]
                heavy = name in HEAVY
                allowed = [q for q in queues if not q.restricted or team == "North"]
                at = day + timedelta(minutes=rng.randrange(0, 30))
                end = day + timedelta(hours=8)
                worked = 0.0
                mood_base = 4.2 - (0.08 * day_index if heavy else 0.0)
                todays: dict[int, list[int]] = {}  # the day's items by queue id
                for i, q in handled.get((user.id, day.date().isoformat()), []):
                    todays.setdefault(q, []).append(i)
                mine = spans.setdefault(name, [])
                while at < end:
                    queue = rng.choice(allowed)
                    item_id = rng.choice(todays.get(queue.id) or [None])
                    weights = [vis.blurred_gray, vis.stylised, vis.gray_unblurred, vis.revealed]
                    odds = [2, 2, 3, 4] if heavy else [12, 3, 2, 1]
                    if name == RISING:  # reveals a little more every week: a rising dose
                        odds = [max(2, 12 - day_index), 3, 2 + day_index // 3, 1 + day_index // 2]
                    weight = rng.choices(weights, odds)[0]
                    seconds = rng.uniform(40, 240)
                    severity = policy.severity_weight(queue.name, queue.severity_tier)
                    mine.append(
                        ExposureSpan(
                            item_id=None if item_id is None else str(item_id),
                            queue=queue.name,
                            tier=queue.severity_tier,
                            started_at=at,
                            ended_at=at + timedelta(seconds=seconds),
                            seconds=seconds,
                            visibility_weight=weight,
                            severity_weight=severity,
                            dose=seconds / 60 * weight * severity,
                            revealed_seconds=seconds if weight >= vis.revealed else 0.0,
                        )
                    )
                    at += timedelta(seconds=seconds + rng.uniform(10, 90))
                    worked += seconds
                    if worked > 50 * 60:  # a break roughly hourly
                        worked = 0.0
                        kind = "enforced" if heavy and rng.random() < 0.4 else "soft"
                        taken = rng.random() < (0.7 if heavy else 0.85)
                        postponed = 1 if kind == "enforced" and rng.random() < 0.5 else 0
                        length = timedelta(minutes=15 if kind == "enforced" else rng.choice([5, 10]))
                        session.add(
                            BreakRow(
                                client_id=str(uuid.UUID(int=rng.getrandbits(128))),
                                user_id=user.id,
                                kind=kind,
                                prompted_at=at,
                                started_at=at if taken else None,
                                ended_at=at + length if taken else None,
                                postponed=postponed,
                                outcome="taken" if taken else "dismissed",
                            )
                        )
                        if taken:
                            at += length
                            if rng.random() < 0.6:
                                mood = max(1, min(5, round(rng.gauss(mood_base, 0.6))))
                                session.add(
                                    CheckIn(
                                        client_id=str(uuid.UUID(int=rng.getrandbits(128))),
                                        user_id=user.id,
                                        at=at,
                                        mood=mood,
                                        note="" if rng.random() < 0.8 else "tough queue today",
                                    )
                                )
    return sum(
        services.wellbeing.record_spans(services.directory.sign_in(name), s) for name, s in spans.items()
    )


def _care_stories(services: Services) -> None:
    """A few people wellbeing staff should notice, each for another reason, so the "Needs attention"
    view has something to show (docs/wellbeing.md): Alex's Low check-in with a note, Bea's "This
    affected me", Chen's skipped enforced break, and Dara, very low three days ago and contacted since.
    The heavy revealers are over budget on their own."""
    now = services.clock.now()
    # On the last two workdays before today (a weekend day with breaks but no work would plot a 0).
    last, before = _workdays(now, 7)[-1], _workdays(now, 7)[-2]
    with services.db.write() as session:
        users = {u.username: u.id for u in session.execute(select(User)).scalars()}

        def checkin(name: str, at: datetime, mood: int, note: str) -> None:
            cid = str(uuid.uuid4())
            session.add(CheckIn(client_id=cid, user_id=users[name], at=at, mood=mood, note=note))

        def brk(name: str, at: datetime, kind: str, outcome: str, postponed: int = 0) -> None:
            taken = outcome == "taken"
            session.add(
                BreakRow(
                    client_id=str(uuid.uuid4()),
                    user_id=users[name],
                    kind=kind,
                    prompted_at=at,
                    started_at=at if taken else None,
                    ended_at=at + timedelta(minutes=15) if taken else None,
                    postponed=postponed,
                    outcome=outcome,
                )
            )

        evening = timedelta(hours=9, minutes=30)  # 18:00, after the day's own check-ins
        checkin("alex", last + evening, 2, "The third video in Violent content stays with me.")
        brk("bea", before + timedelta(hours=2, minutes=30), "affected", "taken")
        brk("bea", last + timedelta(hours=2), "affected", "taken")
        checkin("bea", last + timedelta(hours=2, minutes=20), 3, "")
        brk("chen", last + timedelta(hours=4, minutes=30), "enforced", "prompted", postponed=1)
        brk("chen", before + timedelta(hours=4), "enforced", "taken", postponed=1)
        brk("chen", last + timedelta(hours=2), "enforced", "taken", postponed=1)
        checkin("dara", last + evening, 1, "Couldn't sleep after yesterday's queue.")
        session.add(
            CareLogRow(
                client_id=str(uuid.uuid4()),
                user_id=users["dara"],
                author_id=users["wendy"],
                at=last + evening + timedelta(hours=1),  # wellbeing staff called her back
                kind="acknowledged",
                contacted_on=last.date(),
                note="Called Dara; booked a counsellor session for Thursday.",
            )
        )


def media_folder(data_dir: Path) -> Path:
    return data_dir / "demo-media"
