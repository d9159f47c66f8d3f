"""Import escalations: media files, folders, and manifests (JSON Lines or CSV).

Bad input loses nothing else: an unreadable file becomes an item marked unreadable with the
reason, a broken manifest line is reported with its number, a path that escapes the manifest's
folder is refused, and an exact duplicate (same sha256) is reported instead of imported twice.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from media.errors import MediaError
from media.hashing import sha256_file
from media.limits import Limits
from media.probe import Probe, probe
from wellbeing.clock import Clock
from workstation import audit
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import NotFound
from workstation.isolation import MediaPathRefused, confine
from workstation.models import Item, MediaAsset, Queue, Role

log = logging.getLogger(__name__)
MANIFEST_SUFFIXES = {".jsonl", ".csv"}
Progress = Callable[[int, int, str], None]
Prober = Callable[[Path, Limits], Probe]
Hasher = Callable[[Path, Probe, Limits], tuple[str, str] | None]


@dataclass(frozen=True)
class Problem:
    """One input that was not imported as is, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass
class ImportReport:
    items: int = 0
    media: int = 0
    unreadable: list[Problem] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.unreadable or self.rejected or self.duplicates)


@dataclass(frozen=True)
class ItemSpec:
    source: str
    line: int | None
    external_ref: str
    reason: str
    priority: int
    sla_due_at: datetime | None
    media: tuple[Path, ...]


class ManifestError(ValueError):
    pass


def perceptual_hash(path: Path, info: Probe, limits: Limits) -> tuple[str, str] | None:
    """PDQ of an image, or of a video's first frame; None for text."""
    from media import phash

    if info.kind == "image":
        from media.image import load_image

        h = phash.hash_image(load_image(path, limits, max_size=(512, 512)))
        return h.kind, h.hex
    if info.kind == "video":
        hashes = phash.hash_video(path, limits)
        return (hashes[0].kind, hashes[0].hex) if hashes else None
    return None


class Importer:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        limits: Limits | None = None,
        prober: Prober = probe,
        hasher: Hasher = perceptual_hash,
        media_roots: Sequence[Path] = (),
    ) -> None:
        self.db = db
        self.clock = clock
        self.limits = limits or Limits()
        self.prober = prober
        self.hasher = hasher
        # Media must resolve inside these folders (WORKSTATION_MEDIA_ROOTS); empty: anywhere.
        self.media_roots = tuple(media_roots)

    def run(
        self,
        actor: Actor | None,
        queue_name: str,
        paths: Sequence[Path],
        *,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import ``paths`` into a queue. ``actor`` None only for the demo seeding itself."""
        if actor is not None:
            audit.require(self.db, self.clock, actor, "import escalations", Role.ADMIN, Role.LEAD)
        with self.db.read() as session:
            queue = session.execute(select(Queue).where(Queue.name == queue_name)).scalar_one_or_none()
            if queue is None:
                raise NotFound(f"no queue named {queue_name!r}; create it with 'workstation queues add'")
            queue_id = queue.id
        report = ImportReport()
        specs = list(self._specs(paths, report))
        seen: dict[str, str] = {}
        for done, spec in enumerate(specs, 1):
            self._import_one(queue_id, spec, report, seen)
            if progress:
                progress(done, len(specs), spec.external_ref)
        if actor is not None:
            with self.db.write() as session:
                audit.record(
                    session,
                    self.clock.now(),
                    actor.id,
                    "import",
                    queue_name,
                    {
                        "items": report.items,
                        "rejected": len(report.rejected),
                        "unreadable": len(report.unreadable),
                        "duplicates": len(report.duplicates),
                    },
                )
        return report

    # -- expanding inputs -----------------------------------------------------------------------

    def _specs(self, paths: Sequence[Path], report: ImportReport) -> Iterator[ItemSpec]:
        for path in paths:
            if not path.exists():
                report.rejected.append(Problem(str(path), "no such file or folder"))
            elif path.is_dir():
                yield from self._folder(path)
            elif path.suffix.lower() in MANIFEST_SUFFIXES:
                yield from self._manifest(path, report)
            else:
                yield self._file_spec(path, path.name)

    def _file_spec(self, path: Path, ref: str) -> ItemSpec:
        return ItemSpec(str(path), None, ref, "imported file", 0, None, (path,))

    def _folder(self, folder: Path) -> Iterator[ItemSpec]:
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                yield self._file_spec(path, rel.as_posix())

    def _manifest(self, manifest: Path, report: ImportReport) -> Iterator[ItemSpec]:
        try:
            rows = list(_manifest_rows(manifest))
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            report.rejected.append(Problem(str(manifest), f"cannot read the manifest: {error}"))
            return
        base = manifest.parent.resolve()
        for line, row in rows:
            try:
                yield self._row_spec(manifest, base, line, row)
            except ManifestError as error:
                report.rejected.append(Problem(str(manifest), str(error), line))

    def _row_spec(self, manifest: Path, base: Path, line: int, row: Any) -> ItemSpec:
        if isinstance(row, ManifestError):
            raise row
        if not isinstance(row, dict):
            raise ManifestError("expected an object with external_ref, reason, priority, sla, media")
        ref = str(row.get("external_ref") or row.get("ref") or "").strip()
        if not ref:
            raise ManifestError("missing external_ref")
        try:
            priority = int(row.get("priority") or 0)
        except (TypeError, ValueError):
            raise ManifestError(f"priority must be a whole number, not {row.get('priority')!r}") from None
        media_field = row.get("media")
        if isinstance(media_field, str):
            media_list = [m.strip() for m in media_field.replace("|", ";").split(";") if m.strip()]
        elif isinstance(media_field, list) and all(isinstance(m, str) for m in media_field):
            media_list = [m.strip() for m in media_field if m.strip()]
        else:
            media_list = []
        if not media_list:
            raise ManifestError("no media: give one or more paths in 'media'")
        paths = tuple(_confined(base, m) for m in media_list)
        return ItemSpec(
            str(manifest),
            line,
            ref,
            str(row.get("reason") or ""),
            priority,
            self._sla(row.get("sla")),
            paths,
        )

    def _sla(self, value: Any) -> datetime | None:
        """An ISO 8601 time (UTC if no zone), or a number of hours from now."""
        if value in (None, ""):
            return None
        if isinstance(value, int | float) or (isinstance(value, str) and _is_number(value)):
            return self.clock.now() + timedelta(hours=float(value))
        try:
            when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise ManifestError(
                f"sla {value!r} is neither an ISO 8601 time (2026-11-24T17:00Z) nor hours from now (4)"
            ) from None
        return when if when.tzinfo else when.replace(tzinfo=self.clock.now().tzinfo)

    # -- importing one item ---------------------------------------------------------------------

    def _import_one(self, queue_id: int, spec: ItemSpec, report: ImportReport, seen: dict[str, str]) -> None:
        assets: list[MediaAsset] = []
        unreadable: list[Problem] = []
        for position, path in enumerate(spec.media):
            label = str(path)
            if not path.is_file():
                report.rejected.append(Problem(spec.source, f"media file {path} not found", spec.line))
                return
            if self.media_roots:
                try:
                    path = confine(path, self.media_roots)
                except MediaPathRefused as error:
                    report.rejected.append(Problem(spec.source, str(error), spec.line))
                    return
            try:
                digest = sha256_file(path)
            except OSError as error:
                report.rejected.append(Problem(spec.source, f"cannot read {path}: {error}", spec.line))
                return
            earlier = seen.get(digest) or self._existing(digest)
            if earlier is not None:
                report.duplicates.append(
                    Problem(label, f"same content as {earlier} (sha256 {digest[:12]}…); not imported again")
                )
                continue
            seen[digest] = f"{spec.external_ref}"
            asset = self._asset(path, digest, position)
            if not asset.readable:
                unreadable.append(Problem(label, asset.unreadable_reason or "unreadable"))
            assets.append(asset)
        if not assets:
            return  # every file was a duplicate: reported above
        with self.db.write() as session:
            clash = session.execute(
                select(Item.id).where(Item.queue_id == queue_id, Item.external_ref == spec.external_ref)
            ).first()
            if clash:
                report.rejected.append(
                    Problem(spec.source, f"an item {spec.external_ref!r} is already in this queue", spec.line)
                )
                return
            item = Item(
                queue_id=queue_id,
                external_ref=spec.external_ref,
                reason=spec.reason,
                priority=spec.priority,
                sla_due_at=spec.sla_due_at,
                created_at=self.clock.now(),
                media=assets,
            )
            session.add(item)
        report.items += 1
        report.media += len(assets)
        report.unreadable.extend(unreadable)

    def _existing(self, digest: str) -> str | None:
        with self.db.read() as session:
            row = session.execute(
                select(Item.external_ref, Queue.name)
                .join(MediaAsset, MediaAsset.item_id == Item.id)
                .join(Queue, Queue.id == Item.queue_id)
                .where(MediaAsset.sha256 == digest)
                .limit(1)
            ).first()
        return f"{row[0]} in queue {row[1]}" if row else None

    def _asset(self, path: Path, digest: str, position: int) -> MediaAsset:
        size = path.stat().st_size
        asset = MediaAsset(
            path=str(path.resolve()), sha256=digest, position=position, bytes=size, kind="unknown"
        )
        try:
            info = self.prober(path, self.limits)
        except MediaError as error:
            asset.readable = False
            asset.unreadable_reason = error.reason
            log.info("unreadable media %s: %s", path, error.reason)
            return asset
        asset.kind = info.kind
        asset.mime = info.mime
        asset.width, asset.height = info.width, info.height
        asset.duration_s, asset.fps, asset.frame_count = info.duration_s, info.fps, info.frame_count
        asset.has_audio = info.has_audio
        asset.readable = True
        try:
            hashed = self.hasher(path, info, self.limits)
        except MediaError as error:  # probed fine but a frame could not be hashed: still reviewable
            log.info("no perceptual hash for %s: %s", path, error.reason)
            hashed = None
        if hashed:
            asset.phash_kind, asset.phash = hashed
        return asset


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _confined(base: Path, relative: str) -> Path:
    """A manifest's media path, refused when it leaves the manifest's folder (``..``, absolute,
    or a symlink pointing outside)."""
    candidate = Path(relative)
    if candidate.is_absolute():
        raise ManifestError(f"media path {relative!r} is absolute; paths are relative to the manifest")
    resolved = (base / candidate).resolve()
    if not resolved.is_relative_to(base):
        raise ManifestError(f"media path {relative!r} leaves the manifest's folder; refused")
    return base / candidate


def _manifest_rows(manifest: Path) -> Iterator[tuple[int, Any]]:
    """(line number, row) pairs; a malformed line yields a ManifestError in place of its row."""
    if manifest.suffix.lower() == ".jsonl":
        with manifest.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield line_no, json.loads(line)
                except json.JSONDecodeError as error:
                    yield line_no, ManifestError(f"not valid JSON ({error.msg} at column {error.colno})")
        return
    with manifest.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"external_ref", "media"} <= set(reader.fieldnames):
            raise csv.Error("the header must name at least external_ref and media")
        for row in reader:
            if None in row:
                yield (
                    reader.line_num,
                    ManifestError(
                        f"{len(row[None]) + len(reader.fieldnames)} fields, "
                        f"the header has {len(reader.fieldnames)}"
                    ),
                )
                continue
            yield reader.line_num, row
