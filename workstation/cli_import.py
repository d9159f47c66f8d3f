"""``workstation import PATH... --queue NAME``."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from workstation.cli import EXIT_OK, EXIT_PARTIAL, Context
from workstation.importer import Importer
from workstation.isolation import DecoderPool


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import escalations: media files, folders (recursive) or manifests (.jsonl, .csv)",
        description=(
            "Each media file becomes an item; a manifest line names an item with external_ref, reason, "
            "priority, sla (ISO time or hours from now) and media (paths relative to the manifest; "
            "several separated by ';' in CSV). The kind of each file is read from its content. "
            "Exit 1 when any input was rejected, unreadable or a duplicate; the rest is imported."
        ),
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--queue", required=True, help="the queue to import into")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    p.set_defaults(handler=_import)


class ProgressBar:
    """A one-line progress bar on stderr, only where someone is watching."""

    def __init__(self, stream: TextIO, *, force: bool = False, width: int = 30) -> None:
        self.stream = stream
        self.enabled = force or stream.isatty()
        self.width = width

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total == 0:
            return
        filled = int(self.width * done / total)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


def _import(ctx: Context) -> int:
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
        report = importer.run(
            actor, args.queue, args.paths, progress=ProgressBar(ctx.err, force=args.progress)
        )
    if args.format == "json":
        payload = {
            "items": report.items,
            "media": report.media,
            "unreadable": [asdict(p) for p in report.unreadable],
            "rejected": [asdict(p) for p in report.rejected],
            "duplicates": [asdict(p) for p in report.duplicates],
        }
        json.dump(payload, ctx.out, indent=2)
        ctx.out.write("\n")
    else:
        ctx.out.write(f"imported {report.items} items ({report.media} media files) into {args.queue}\n")
        for title, problems in (
            ("unreadable (imported, marked unreadable)", report.unreadable),
            ("rejected", report.rejected),
            ("duplicates (not imported again)", report.duplicates),
        ):
            if problems:
                ctx.out.write(f"{title}: {len(problems)}\n")
                for problem in problems:
                    ctx.out.write(f"  {problem}\n")
    return EXIT_OK if report.clean else EXIT_PARTIAL
