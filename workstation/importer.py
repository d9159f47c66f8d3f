"""Import escalations: media files, folders, and manifests (JSON Lines or CSV), streamed.

Bad input loses nothing else (docs/import-and-media.md has every rule and limit):

- an unreadable file becomes an item marked unreadable with the reason;
- a bad manifest line, a file that is not a regular file (a FIFO, a device), a symbolic link that
  leaves the imported folder or the manifest's folder, a name that is not UTF-8: each is rejected
  with a reason naming the file or the line, and the import goes on to the end and its summary;
- a file whose bytes are already in the database (any queue) is a *duplicate*: reported, not
  stored again. The check runs inside the write transaction and ``media_assets.content_key`` is a
  unique key, so two imports of one folder running at once store each file once.

Inputs are read as a stream (a manifest line at a time, a folder one directory at a time, without
recursion) and written in batches; each batch commits with its own ``import`` audit event, so an
import killed part-way is accounted for up to its last batch.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import math
import os
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.exc import IntegrityError

from media.errors import MediaError
from media.limits import Limits
from media.phash import HashResult, perceptual_hash
from media.probe import Probe, probe
from wellbeing.clock import Clock
from workstation import audit, languages
from workstation.actor import Actor
from workstation.db import Database
from workstation.errors import NotFound
from workstation.golden import GoldenService
from workstation.media_roots import MediaPathRefused, confine
from workstation.models import Item, ItemStatus, MediaAsset, Queue, Role

log = logging.getLogger(__name__)
MANIFEST_SUFFIXES = {".jsonl", ".csv"}
Progress = Callable[[int, int, str], None]
Prober = Callable[[Path, Limits], Probe]
Hasher = Callable[[Path, Probe, Limits], tuple[str, str] | None]


@dataclass(frozen=True)
class ImportLimits:
    """Bounds on what one manifest line or file may ask for (docs/import-and-media.md)."""

    max_line_bytes: int = 1_000_000
    max_json_depth: int = 16
    max_media_per_line: int = 32
    max_path_chars: int = 4_096
    max_ref_chars: int = 200  # the width of items.external_ref
    max_reason_chars: int = 10_000
    max_priority: int = 1_000_000
    max_sla_hours: float = 10 * 366 * 24.0  # ten years either way
    batch_items: int = 200  # items (and rejections) per write transaction and audit event
    listed_problems: int = 1_000  # per kind, kept in the report; beyond that only counted


DEFAULT_IMPORT_LIMITS = ImportLimits()


def shown(text: str, limit: int = 300) -> str:
    """``text`` safe for a terminal or a report line: control characters, escape sequences, line
    breaks and undecodable bytes (surrogate escapes) written as ``\\x1b``-style escapes, and cut to
    ``limit`` characters."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char.isprintable() or char == " ":
            out.append(char)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    result = "".join(out)
    return result if len(result) <= limit else result[: limit - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One input that was not imported as is, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = shown(self.source) + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {shown(self.reason, 1000)}"


@dataclass
class ImportReport:
    """Counts of everything, and the first ``listed`` problems of each kind (flat memory)."""

    items: int = 0
    media: int = 0
    unreadable: list[Problem] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    unreadable_count: int = 0
    rejected_count: int = 0
    duplicates_count: int = 0
    listed: int = DEFAULT_IMPORT_LIMITS.listed_problems

    @property
    def clean(self) -> bool:
        return not (self.unreadable_count or self.rejected_count or self.duplicates_count)

    def reject(self, problem: Problem) -> None:
        self.rejected_count += 1
        if len(self.rejected) < self.listed:
            self.rejected.append(problem)

    def unreadable_file(self, problem: Problem) -> None:
        self.unreadable_count += 1
        if len(self.unreadable) < self.listed:
            self.unreadable.append(problem)

    def duplicate(self, problem: Problem) -> None:
        self.duplicates_count += 1
        if len(self.duplicates) < self.listed:
            self.duplicates.append(problem)

    def merge(self, other: ImportReport) -> None:
        self.items += other.items
        self.media += other.media
        for problem in other.rejected:
            self.reject(problem)
        for problem in other.unreadable:
            self.unreadable_file(problem)
        for problem in other.duplicates:
            self.duplicate(problem)
        self.rejected_count += other.rejected_count - len(other.rejected)
        self.unreadable_count += other.unreadable_count - len(other.unreadable)
        self.duplicates_count += other.duplicates_count - len(other.duplicates)


@dataclass(frozen=True)
class ItemSpec:
    source: str
    line: int | None
    external_ref: str
    reason: str
    priority: int
    sla_due_at: datetime | None
    media: tuple[Path, ...]
    resolved: bool = False  # media paths already resolved and confined (manifest lines)
    language: str | None = None  # normalised (workstation.languages); None: not given


class ManifestError(ValueError):
    pass


# -- reading inputs: a stream of ItemSpecs and Problems --------------------------------------------


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _short_ref(text: str, limit: int) -> str:
    """A reference of at most ``limit`` characters: long relative paths keep both ends and a hash."""
    if len(text) <= limit:
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    tail = limit - 60 - len(digest) - 2
    return f"{text[:60]}…{digest}…{text[-tail:]}"


def _count_lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
    return count


class Importer:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        limits: Limits | None = None,
        prober: Prober = probe,
        hasher: Callable[[Path, Probe, Limits], HashResult | None] = perceptual_hash,
        media_roots: Sequence[Path] = (),
        import_limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
        golden: GoldenService | None = None,
    ) -> None:
        self.db = db
        # Mixes copies of golden items into each batch at the organisation's rate (workstation.golden).
        self.golden = golden or GoldenService(db, clock)
        self.clock = clock
        self.limits = limits or Limits()
        self.prober = prober
        self.hasher = hasher
        # Media must resolve inside these folders (WORKSTATION_MEDIA_ROOTS); empty: anywhere.
        self.media_roots = tuple(media_roots)
        self.rules = import_limits
        self._folders: dict[str, str] = {}  # resolved folders of manifest media, per run

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
            target = timedelta(minutes=queue.sla_minutes) if queue.sla_minutes else None
        report = ImportReport(listed=self.rules.listed_problems)
        self._folders.clear()  # resolved afresh for every run: folders change between runs
        total = self._estimate(paths) if progress else 0
        run = _Run(self, actor, queue_id, queue_name, report, progress, total)
        run.sla_target = target
        for entry in self._entries(paths):
            run.add(entry)
        run.flush(final=True)
        return report

    def _estimate(self, paths: Sequence[Path]) -> int:
        """Items to expect, for the progress bar: manifest lines and files (0: unknown, a folder)."""
        total = 0
        for path in paths:
            try:
                if path.is_dir():
                    return 0
                total += _count_lines(path) if path.suffix.lower() in MANIFEST_SUFFIXES else 1
            except OSError:
                total += 1
        return total

    # -- expanding inputs -----------------------------------------------------------------------

    def _entries(self, paths: Sequence[Path]) -> Iterator[ItemSpec | Problem]:
        for path in paths:
            if not _utf8(str(path)):
                yield Problem(str(path), "the name is not valid UTF-8; rename it")
                continue
            try:
                mode = path.stat().st_mode
            except FileNotFoundError:
                yield Problem(str(path), "no such file or folder")
                continue
            except OSError as error:
                yield Problem(str(path), f"cannot be read ({error.strerror or error})")
                continue
            if stat.S_ISDIR(mode):
                yield from self._folder(path)
            elif not stat.S_ISREG(mode):
                yield Problem(str(path), f"{_kind_of(mode)}, not a regular file; skipped")
            elif path.suffix.lower() in MANIFEST_SUFFIXES:
                yield from self._manifest(path)
            else:
                yield self._file_spec(path, shown(path.name, self.rules.max_ref_chars))

    def _file_spec(self, path: Path, ref: str) -> ItemSpec:
        return ItemSpec(str(path), None, ref, "imported file", 0, None, (path,))

    def _folder(self, folder: Path) -> Iterator[ItemSpec | Problem]:
        """Every regular file under ``folder``, depth first in name order, without recursion (a tree
        1,000 levels deep is fine). Hidden entries are skipped; symbolic links are followed only to
        files inside the folder; anything else that is not a regular file is named and skipped."""
        try:
            root = folder.resolve(strict=True)
        except (OSError, RuntimeError) as error:
            yield Problem(str(folder), f"cannot be read ({error.__class__.__name__})")
            return
        stack: list[Iterator[os.DirEntry[str]]] = []
        opened = self._scan(folder)
        if isinstance(opened, Problem):
            yield opened
            return
        stack.append(opened)
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            rel = path.relative_to(folder).as_posix()
            if not _utf8(entry.path):
                yield Problem(entry.path, "the name is not valid UTF-8; rename it")
                continue
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as error:
                yield Problem(entry.path, f"cannot be read ({error.strerror or error})")
                continue
            if stat.S_ISLNK(mode):
                refused = self._link_refused(path, root)
                if refused is not None:
                    yield Problem(entry.path, refused)
                    continue
                yield self._file_spec(path, _short_ref(shown(rel, 10_000), self.rules.max_ref_chars))
            elif stat.S_ISDIR(mode):
                opened = self._scan(path)
                if isinstance(opened, Problem):
                    yield opened
                else:
                    stack.append(opened)
            elif stat.S_ISREG(mode):
                yield self._file_spec(path, _short_ref(shown(rel, 10_000), self.rules.max_ref_chars))
            else:
                yield Problem(entry.path, f"{_kind_of(mode)}, not a regular file; skipped")

    @staticmethod
    def _scan(folder: Path) -> Iterator[os.DirEntry[str]] | Problem:
        try:
            with os.scandir(folder) as scan:
                return iter(sorted(scan, key=lambda e: e.name))
        except OSError as error:
            return Problem(str(folder), f"folder cannot be read ({error.strerror or error})")

    @staticmethod
    def _link_refused(link: Path, root: Path) -> str | None:
        """Why a symbolic link in an imported folder is not imported, or None when it leads to a
        regular file inside the folder. The target is never opened or named (it may be secret)."""
        try:
            target = link.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a symbolic link that leads nowhere (or in a loop); skipped"
        if not target.is_relative_to(root):
            return "a symbolic link that leads outside the imported folder; refused"
        try:
            mode = target.stat().st_mode
        except OSError as error:
            return f"a symbolic link whose target cannot be read ({error.strerror or error})"
        if stat.S_ISDIR(mode):
            return "a symbolic link to a folder; not followed (import the folder itself)"
        if not stat.S_ISREG(mode):
            return f"a symbolic link to {_kind_of(mode)}; skipped"
        return None

    def _manifest(self, manifest: Path) -> Iterator[ItemSpec | Problem]:
        base = manifest.parent.resolve()
        try:
            handle = open(manifest, "rb")  # noqa: SIM115 (closed below; the rows are a generator)
        except OSError as error:
            yield Problem(str(manifest), f"cannot read the manifest: {error.strerror or error}")
            return
        with handle:
            rows = self._jsonl_rows(handle) if manifest.suffix.lower() == ".jsonl" else self._csv_rows(handle)
            try:
                for line, row in rows:
                    try:
                        if isinstance(row, ManifestError):
                            raise row
                        yield self._row_spec(manifest, base, line, row)
                    except ManifestError as error:
                        yield Problem(str(manifest), str(error), line)
            except OSError as error:
                yield Problem(str(manifest), f"reading the manifest failed: {error.strerror or error}")

    def _lines(self, handle: io.BufferedReader) -> Iterator[tuple[int, bytes | None]]:
        """(line number, bytes) per physical line; ``None`` for a line over the length limit, which
        is skipped without being held in memory."""
        limit = self.rules.max_line_bytes
        number = 0
        while True:
            line = handle.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while (more := handle.readline(1 << 20)) and not more.endswith(b"\n"):
                    pass
                yield number, None
                continue
            yield number, line

    def _too_long(self) -> ManifestError:
        return ManifestError(f"line is longer than {self.rules.max_line_bytes:,} bytes; skipped")

    def _jsonl_rows(self, handle: io.BufferedReader) -> Iterator[tuple[int, Any]]:
        for number, raw in self._lines(handle):
            if raw is None:
                yield number, self._too_long()
                continue
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield number, ManifestError(f"not valid UTF-8 (byte 0x{raw[error.start]:02x})")
                continue
            yield number, self._json(text)

    def _json(self, text: str) -> Any:
        depth = self.rules.max_json_depth
        if text.count("[") + text.count("{") > depth and _json_depth(text) > depth:
            return ManifestError(f"JSON nested more than {depth} levels deep")
        try:
            return json.loads(text, parse_constant=_no_constant)
        except json.JSONDecodeError as error:
            return ManifestError(f"not valid JSON ({error.msg} at column {error.colno})")
        except (ValueError, RecursionError) as error:
            return ManifestError(f"not valid JSON ({shown(str(error), 80)})")

    def _csv_rows(self, handle: io.BufferedReader) -> Iterator[tuple[int, Any]]:
        problems: list[tuple[int, ManifestError]] = []

        def physical() -> Iterator[str]:
            for number, raw in self._lines(handle):
                if raw is None:
                    problems.append((number, self._too_long()))
                    yield "\n"  # a blank row, which the reader skips
                    continue
                yield raw.decode("utf-8", "surrogateescape")

        reader = csv.reader(physical())
        try:
            header = next(reader, None)
        except csv.Error as error:
            yield 1, ManifestError(f"the header is not valid CSV ({error})")
            return
        fields = [h.strip() for h in header or []]
        if not {"external_ref", "media"} <= set(fields):
            yield 1, ManifestError("the header must name at least external_ref and media")
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                yield reader.line_num, ManifestError(f"not valid CSV ({error})")
                continue
            while problems:
                yield problems.pop(0)
            if not row:
                continue
            if len(row) != len(fields):
                yield reader.line_num, ManifestError(f"{len(row)} fields, the header has {len(fields)}")
                continue
            if not all(_utf8(value) for value in row):
                yield reader.line_num, ManifestError("not valid UTF-8")
                continue
            yield reader.line_num, dict(zip(fields, row, strict=True))
        while problems:
            yield problems.pop(0)

    # -- validating one manifest line -----------------------------------------------------------

    def _row_spec(self, manifest: Path, base: Path, line: int, row: Any) -> ItemSpec:
        if not isinstance(row, dict):
            raise ManifestError(
                "expected an object with external_ref, reason, priority, sla, language, media"
            )
        rules = self.rules
        ref = _text(
            row.get("external_ref") or row.get("ref"), "external_ref", rules.max_ref_chars, lines=False
        )
        if not ref:
            raise ManifestError("missing external_ref")
        reason = _text(row.get("reason"), "reason", rules.max_reason_chars, lines=True)
        priority = self._priority(row.get("priority"))
        sla = self._sla(row.get("sla"))
        media_list = self._media_list(row.get("media"))
        paths = tuple(_confined(base, m, self._folders) for m in media_list)
        try:
            language = languages.normalise(row.get("language"))
        except languages.LanguageError as error:
            raise ManifestError(str(error)) from None
        return ItemSpec(
            str(manifest), line, ref, reason, priority, sla, paths, resolved=True, language=language
        )

    def _priority(self, value: Any) -> int:
        top = self.rules.max_priority
        problem = ManifestError(
            f"priority must be a whole number from {-top:,} to {top:,}, not {_excerpt(value)}"
        )
        if value is None or value == "":
            return 0
        if isinstance(value, bool):
            raise problem
        if isinstance(value, str):
            text = value.strip()
            if len(text) > 20:
                raise problem
            try:
                value = int(text)
            except ValueError:
                raise problem from None
        if isinstance(value, float):
            if not math.isfinite(value) or not value.is_integer():
                raise problem
            value = int(value)
        if not isinstance(value, int) or not -top <= value <= top:
            raise problem
        return value

    def _sla(self, value: Any) -> datetime | None:
        """An ISO 8601 time (UTC if no zone), or a number of hours from now, within ten years."""
        if value is None or value == "":
            return None
        span = self.rules.max_sla_hours
        now = self.clock.now()
        if isinstance(value, bool):
            raise ManifestError(f"sla must be an ISO 8601 time or hours from now, not {_excerpt(value)}")
        hours: float | None = None
        if isinstance(value, int | float):
            hours = float(value) if abs(value) < 1e300 else math.inf
        elif isinstance(value, str) and len(value) <= 64 and _is_number(value):
            hours = float(value)
        if hours is not None:
            if not math.isfinite(hours) or abs(hours) > span:
                raise ManifestError(
                    f"sla of {_excerpt(value)} hours is out of range: at most {span:,.0f} hours either way"
                )
            return now + timedelta(hours=hours)
        if not isinstance(value, str) or len(value) > 64:
            raise ManifestError(f"sla must be an ISO 8601 time or hours from now, not {_excerpt(value)}")
        try:
            when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ManifestError(
                f"sla {_excerpt(value)} is neither an ISO 8601 time (2026-11-24T17:00Z) "
                "nor hours from now (4)"
            ) from None
        when = when if when.tzinfo else when.replace(tzinfo=now.tzinfo)
        try:
            off = abs((when - now).total_seconds()) / 3600
        except OverflowError:
            off = math.inf
        if off > span:
            raise ManifestError(f"sla {_excerpt(value)} is more than ten years from now")
        return when

    def _media_list(self, value: Any) -> list[str]:
        if isinstance(value, str):
            items = [m.strip() for m in value.replace("|", ";").split(";")]
        elif isinstance(value, list) and all(isinstance(m, str) for m in value):
            items = [m.strip() for m in value]
        else:
            items = []
        items = [m for m in items if m]
        if not items:
            raise ManifestError("no media: give one or more paths in 'media'")
        top = self.rules.max_media_per_line
        if len(items) > top:
            raise ManifestError(f"{len(items):,} media paths; at most {top} a line")
        for item in items:
            if len(item) > self.rules.max_path_chars:
                raise ManifestError(
                    f"a media path of {len(item):,} characters; at most {self.rules.max_path_chars:,}"
                )
            if not item.isprintable():  # (control characters, and bytes that were not UTF-8)
                raise ManifestError(f"media path {_excerpt(item)} holds control characters or invalid text")
        return items

    # -- importing one batch --------------------------------------------------------------------

    def _check_file(self, spec: ItemSpec, path: Path) -> Path | Problem:
        """The resolved path of a media file to read, or why it is refused."""
        try:
            resolved = path if spec.resolved else path.resolve(strict=True)
            mode = os.stat(resolved).st_mode
        except FileNotFoundError:
            return Problem(spec.source, f"media file {path} not found", spec.line)
        except (OSError, RuntimeError) as error:
            return Problem(
                spec.source, f"media file {path} cannot be read ({error.__class__.__name__})", spec.line
            )
        if not stat.S_ISREG(mode):
            return Problem(
                spec.source, f"media file {path} is {_kind_of(mode)}, not a regular file", spec.line
            )
        if self.media_roots:
            try:
                return confine(path, self.media_roots)
            except MediaPathRefused as error:
                return Problem(spec.source, str(error), spec.line)
        return resolved

    def _asset(self, path: Path, digest: str, size: int) -> dict[str, Any]:
        """The media_assets row of one file (every column, so rows insert in one statement)."""
        asset: dict[str, Any] = dict(
            _EMPTY_ASSET, path=str(path), sha256=digest, content_key=digest, bytes=size
        )
        try:
            info = self.prober(path, self.limits)
        except MediaError as error:
            asset.update(readable=False, unreadable_reason=error.reason)
            log.info("unreadable media %s: %s", shown(str(path)), error.reason)
            return asset
        asset.update(
            kind=info.kind,
            mime=info.mime,
            width=info.width,
            height=info.height,
            duration_s=info.duration_s,
            fps=info.fps,
            frame_count=info.frame_count,
            has_audio=info.has_audio,
            readable=True,
        )
        try:
            hashed = self.hasher(path, info, self.limits)
        except MediaError as error:  # probed fine but a frame could not be hashed: still reviewable
            log.info("no perceptual hash for %s: %s", shown(str(path)), error.reason)
            hashed = None
        if hashed:
            asset.update(phash_kind=hashed[0], phash=hashed[1])
            if len(hashed) == 4:
                asset.update(phash_quality=hashed[2], phashes=hashed[3])
        return asset


_ITEMS = cast(Table, Item.__table__)
_ASSETS = cast(Table, MediaAsset.__table__)
_EMPTY_ASSET: dict[str, Any] = {
    "item_id": None, "position": 0, "path": "", "sha256": "", "content_key": None, "kind": "unknown",
    "mime": "", "bytes": 0, "width": None, "height": None, "duration_s": None, "fps": None,
    "frame_count": None, "has_audio": False, "readable": True, "unreadable_reason": None,
    "phash_kind": None, "phash": None, "phash_quality": None, "phashes": None,
}  # fmt: skip


@dataclass
class _Prepared:
    spec: ItemSpec
    assets: list[dict[str, Any]]
    labels: list[str]


class _Run:
    """One import run: gathers entries into batches and writes each batch with its audit event."""

    def __init__(
        self,
        importer: Importer,
        actor: Actor | None,
        queue_id: int,
        queue_name: str,
        report: ImportReport,
        progress: Progress | None,
        total: int,
    ) -> None:
        self.importer = importer
        self.actor = actor
        self.queue_id = queue_id
        self.queue_name = queue_name
        self.report = report
        self.progress = progress
        self.total = total
        self.id = uuid.uuid4().hex[:12]
        self.batch_no = 0
        self.done = 0
        self.specs: list[ItemSpec] = []
        self.batch = ImportReport(listed=report.listed)
        # The queue's SLA target: an item without its own ``sla`` is due this long after import.
        self.sla_target: timedelta | None = None

    def add(self, entry: ItemSpec | Problem) -> None:
        if isinstance(entry, Problem):
            self.batch.reject(entry)
        else:
            self.specs.append(entry)
        self.done += 1
        if self.progress:
            label = entry.external_ref if isinstance(entry, ItemSpec) else entry.source
            self.progress(self.done, max(self.total, self.done) if self.total else 0, shown(label, 60))
        if len(self.specs) + self.batch.rejected_count >= self.importer.rules.batch_items:
            self.flush()

    def flush(self, *, final: bool = False) -> None:
        if not final and not self.specs and not self.batch.rejected_count:
            return  # (the last flush always writes: its event says the import ran to the end)
        self.batch_no += 1
        prepared = self._prepare(self.specs, self.batch)
        for attempt in range(1, 4):
            outcome = ImportReport(listed=self.report.listed)
            outcome.merge(self.batch)
            try:
                with self.importer.db.write() as session:
                    self._store(session, prepared, outcome)
                    if self.actor is not None:
                        audit.record(
                            session,
                            self.importer.clock.now(),
                            self.actor.id,
                            "import",
                            self.queue_name,
                            {
                                "run": self.id,
                                "batch": self.batch_no,
                                "final": final,
                                "items": outcome.items,
                                "media": outcome.media,
                                "rejected": outcome.rejected_count,
                                "unreadable": outcome.unreadable_count,
                                "duplicates": outcome.duplicates_count,
                            },
                        )
                break
            except IntegrityError:
                # Another import stored one of these files (or references) between our check and
                # our insert: the unique keys refused ours. Check again against what it stored.
                if attempt == 3:
                    raise
                log.info("import batch %d met a concurrent import; checking again", self.batch_no)
        self.report.merge(outcome)
        self.specs = []
        self.batch = ImportReport(listed=self.report.listed)

    def _prepare(self, specs: list[ItemSpec], batch: ImportReport) -> list[_Prepared]:
        """Check, hash and probe the batch's files (outside any transaction: probing is slow);
        files already in the database are not probed, only reported later."""
        importer = self.importer
        staged: list[tuple[ItemSpec, list[tuple[Path, str, int]]]] = []
        for spec in specs:
            files: list[tuple[Path, str, int]] = []
            for path in spec.media:
                checked = importer._check_file(spec, path)
                if isinstance(checked, Problem):
                    batch.reject(checked)
                    files = []
                    break
                try:
                    digest, size = _digest(checked)
                except OSError as error:
                    batch.reject(
                        Problem(spec.source, f"cannot read {path}: {error.strerror or error}", spec.line)
                    )
                    files = []
                    break
                files.append((checked, digest, size))
            if files:
                staged.append((spec, files))
        known = self._known([d for _s, files in staged for _p, d, _n in files])
        probed: dict[str, dict[str, Any]] = {}
        prepared: list[_Prepared] = []
        for spec, files in staged:
            assets: list[dict[str, Any]] = []
            labels: list[str] = []
            for position, (path, digest, size) in enumerate(files):
                if digest in known:  # reported as a duplicate when stored; never probed
                    asset = dict(_EMPTY_ASSET, path=str(path), sha256=digest)
                elif digest in probed:  # the same file again in this batch
                    asset = probed[digest]
                else:
                    asset = probed[digest] = importer._asset(path, digest, size)
                assets.append(asset)
                labels.append(str(spec.media[position]))
            prepared.append(_Prepared(spec, assets, labels))
        return prepared

    def _known(self, digests: list[str]) -> set[str]:
        found: set[str] = set()
        with self.importer.db.read() as session:
            for start in range(0, len(digests), 500):
                chunk = digests[start : start + 500]
                found.update(
                    session.execute(select(MediaAsset.sha256).where(MediaAsset.sha256.in_(chunk))).scalars()
                )
        return found

    def _store(self, session: Any, prepared: list[_Prepared], outcome: ImportReport) -> None:
        """Inside the write transaction: the duplicate check against what is committed now, then
        the inserts. The unique keys make a concurrent writer's insert fail rather than double."""
        digests = [a["sha256"] for p in prepared for a in p.assets]
        earlier: dict[str, str] = {}
        for start in range(0, len(digests), 500):
            rows = session.execute(
                select(MediaAsset.sha256, Item.external_ref, Queue.name)
                .join(Item, Item.id == MediaAsset.item_id)
                .join(Queue, Queue.id == Item.queue_id)
                .where(MediaAsset.sha256.in_(digests[start : start + 500]))
            ).all()
            for digest, ref, queue in rows:
                earlier.setdefault(digest, f"{ref} in queue {queue}")
        refs = [p.spec.external_ref for p in prepared]
        taken: set[str] = set()
        for start in range(0, len(refs), 500):
            taken.update(
                session.execute(
                    select(Item.external_ref).where(
                        Item.queue_id == self.queue_id, Item.external_ref.in_(refs[start : start + 500])
                    )
                ).scalars()
            )
        now = self.importer.clock.now()
        items: list[dict[str, Any]] = []
        media: list[list[dict[str, Any]]] = []
        for entry in prepared:
            spec = entry.spec
            keep: list[dict[str, Any]] = []
            unreadable: list[Problem] = []
            for asset, label in zip(entry.assets, entry.labels, strict=True):
                digest = asset["sha256"]
                if digest in earlier:
                    outcome.duplicate(
                        Problem(
                            label,
                            f"same content as {earlier[digest]} (sha256 {digest[:12]}…); not imported again",
                        )
                    )
                    continue
                if any(k["sha256"] == digest for k in keep):  # the same file twice in one line
                    outcome.duplicate(Problem(label, "the same file again in this line; imported once"))
                    continue
                if not asset["readable"]:
                    unreadable.append(Problem(label, asset["unreadable_reason"] or "unreadable"))
                keep.append(dict(asset, position=len(keep)))
            if not keep:
                continue  # every file was a duplicate: reported above
            if spec.external_ref in taken:
                outcome.reject(
                    Problem(spec.source, f"an item {spec.external_ref!r} is already in this queue", spec.line)
                )
                continue
            taken.add(spec.external_ref)
            for kept in keep:
                earlier[kept["sha256"]] = spec.external_ref
            items.append(
                {
                    "queue_id": self.queue_id,
                    "external_ref": spec.external_ref,
                    "reason": spec.reason,
                    "priority": spec.priority,
                    "sla_due_at": spec.sla_due_at
                    if spec.sla_due_at is not None or self.sla_target is None
                    else now + self.sla_target,
                    "status": ItemStatus.PENDING.value,
                    "created_at": now,
                    "language": spec.language,
                }
            )
            media.append(keep)
            outcome.items += 1
            outcome.media += len(keep)
            for problem in unreadable:
                outcome.unreadable_file(problem)
        if not items:
            return
        golden_of: list[int | None] = []
        if self.actor is not None:  # (not in the demo's own seeding)
            golden_of = self.importer.golden.mix(session, self.actor, self.queue_id, items, media, now)
        # Core statements, two for the whole batch: the ORM's unit of work cost 1.5 ms an item.
        session.execute(insert(_ITEMS), items)
        # (RETURNING with its rows in order runs one statement a row on SQLite: read the ids back
        # by the unique (queue, external_ref) instead.)
        refs = [row["external_ref"] for row in items]
        ids: dict[str, int] = {}
        for start in range(0, len(refs), 500):
            ids.update(
                (ref, item_id)
                for ref, item_id in session.execute(
                    select(Item.external_ref, Item.id).where(
                        Item.queue_id == self.queue_id, Item.external_ref.in_(refs[start : start + 500])
                    )
                ).all()
            )
        rows = [
            dict(asset, item_id=ids[ref]) for ref, assets in zip(refs, media, strict=True) for asset in assets
        ]
        session.execute(insert(_ASSETS), rows)
        copies = [(ids[ref], g) for ref, g in zip(refs, golden_of, strict=False) if g is not None]
        if copies and self.actor is not None:
            self.importer.golden.record_copies(
                session, self.actor, [i for i, _ in copies], [g for _, g in copies], now
            )


def _digest(path: Path) -> tuple[str, int]:
    """sha256 and size of a regular file, opened without blocking (a FIFO swapped in after the
    check cannot hang the import) and checked again on the open descriptor."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, f"{_kind_of(info.st_mode)}, not a regular file")
        digest = hashlib.sha256()
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest(), info.st_size


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number this import accepts")


def _json_depth(text: str) -> int:
    """Deepest nesting of arrays and objects, strings skipped (a cheap scan before json.loads)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _excerpt(value: Any) -> str:
    return shown(repr(value), 40)


def _text(value: Any, name: str, limit: int, *, lines: bool) -> str:
    """A text field: a string (or a number, for references), trimmed, at most ``limit`` characters,
    without control characters (line breaks and tabs allowed where ``lines``)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ManifestError(f"{name} must be text, not {type(value).__name__}")
    text = str(value).strip()
    if len(text) > limit:
        raise ManifestError(f"{name} of {len(text):,} characters; at most {limit:,}")
    plain = text.replace("\n", " ").replace("\t", " ") if lines else text
    if not plain.isprintable():  # control characters, escape sequences, unpaired surrogates
        raise ManifestError(f"{name} holds control characters or invalid text")
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _confined(base: Path, relative: str, folders: dict[str, str]) -> Path:
    """A manifest's media path resolved, refused when it leaves the manifest's folder (``..``,
    absolute, or a symlink pointing outside). Folders are resolved once per run (``folders``);
    the file itself is resolved when it is a symbolic link. (String paths: pathlib cost more
    than the rest of a manifest line.)"""
    if os.path.isabs(relative):
        raise ManifestError(f"media path {relative!r} is absolute; paths are relative to the manifest")
    root = str(base)
    parent, name = os.path.split(relative)
    try:
        if name in ("", ".", ".."):
            resolved = os.path.realpath(os.path.join(root, relative), strict=False)
        else:
            key = f"{root}\0{parent}"
            folder = folders.get(key)
            if folder is None:
                if len(folders) > 10_000:
                    folders.clear()
                folder = folders[key] = os.path.realpath(os.path.join(root, parent))
            resolved = os.path.join(folder, name)
            if os.path.islink(resolved):
                resolved = os.path.realpath(resolved)
    except (OSError, RuntimeError, ValueError):
        raise ManifestError(f"media path {relative!r} cannot be resolved (a symbolic link loop?)") from None
    if resolved != root and not resolved.startswith(root.rstrip(os.sep) + os.sep):
        raise ManifestError(f"media path {relative!r} leaves the manifest's folder; refused")
    return Path(resolved)


def iter_problems(report: ImportReport) -> Iterable[tuple[str, list[Problem], int]]:
    """(title, listed problems, how many in all) for each kind, for printing."""
    yield "unreadable (imported, marked unreadable)", report.unreadable, report.unreadable_count
    yield "rejected", report.rejected, report.rejected_count
    yield "duplicates (not imported again)", report.duplicates, report.duplicates_count
