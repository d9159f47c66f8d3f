"""``workstation import PATH... --queue NAME``."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from workstation.cli.context import EXIT_OK, EXIT_PARTIAL, Context
from workstation.decode_sandbox import DecoderPool


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import escalations: media files, folders (recursive) or manifests (.jsonl, .csv)",
        description=(
            "Each media file becomes an item; a manifest line names an item with external_ref, reason, "
            "priority, sla (ISO time or hours from now), language (a BCP 47 tag such as en, zh-CN, id; "
            "optional) and media (paths relative to the manifest; "
            "several separated by ';' in CSV). The kind of each file is read from its content. "
            "Exit 1 when any input was rejected, unreadable or a duplicate; the rest is imported. "
            "Rules and limits: docs/import-and-media.md."
        ),
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--queue", required=True, help="the queue to import into")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    p.set_defaults(handler=_import)


class ProgressBar:
    """A one-line progress bar on stderr, only where someone is watching (a terminal, or forced),
    redrawn at most ten times a second so a 100,000-line manifest is not slowed by its own bar.
    ``total`` 0 means unknown (a folder being walked): a count instead of a bar."""

    def __init__(
        self,
        stream: TextIO,
        *,
        force: bool = False,
        width: int = 30,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.enabled = force or stream.isatty()
        self.width = width
        self.clock = clock
        self._last = -1.0
        self._drawn = False

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if now - self._last < 0.1 and not (total and done >= total):
            return
        self._last = now
        from workstation.importer import shown  # here, not at the top: see _import

        label = shown(label, 40)
        if total:
            filled = int(self.width * min(done, total) / total)
            bar = "#" * filled + "." * (self.width - filled)
            self.stream.write(f"\r[{bar}] {done:,}/{total:,} {label:<40}")
        else:
            self.stream.write(f"\r{done:,} read {label:<40}")
        self._drawn = True
        self.stream.flush()

    def end(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _import(ctx: Context) -> int:
    # Imported here, not at the top: the importer loads the media decoders (OpenCV, PyAV), about
    # 150 ms of the start of every other command.
    from workstation.importer import Importer, iter_problems, shown

    args = ctx.args
    actor = ctx.actor()
    services = ctx.services
    # Untrusted files are probed and hashed in worker processes with memory and time limits, so a
    # decoder that crashes, hangs or meets a bomb marks one item unreadable and the import goes on.
    with DecoderPool(size=1) as pool:  # the import is sequential: one worker is enough
        importer = Importer(
            services.db,
            services.clock,
            prober=pool.probe,
            hasher=pool.perceptual_hash,
            media_roots=services.media_roots,
        )
        bar = ProgressBar(ctx.err, force=args.progress)
        try:
            report = importer.run(actor, args.queue, args.paths, progress=bar)
        finally:
            bar.end()
    if args.format == "json":
        payload = {
            "items": report.items,
            "media": report.media,
            "unreadable": [asdict(p) for p in report.unreadable],
            "rejected": [asdict(p) for p in report.rejected],
            "duplicates": [asdict(p) for p in report.duplicates],
            "counts": {
                "unreadable": report.unreadable_count,
                "rejected": report.rejected_count,
                "duplicates": report.duplicates_count,
            },
        }
        json.dump(payload, ctx.out, indent=2)
        ctx.out.write("\n")
    else:
        queue = shown(args.queue)
        ctx.out.write(f"imported {report.items} items ({report.media} media files) into {queue}\n")
        for title, problems, count in iter_problems(report):
            if count:
                ctx.out.write(f"{title}: {count}\n")
                for problem in problems:
                    ctx.out.write(f"  {problem}\n")  # Problem escapes names: nothing reaches the terminal raw
                if count > len(problems):
                    ctx.out.write(f"  … and {count - len(problems):,} more not listed (counted above)\n")
    return EXIT_OK if report.clean else EXIT_PARTIAL
