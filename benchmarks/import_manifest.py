"""Benchmark of a large manifest import: time and peak memory, against baselines of the same run.

A manifest of N JSON lines, each naming its own small text file (distinct bytes, so every line is
sniffed, hashed and stored: no line is skipped as a duplicate), is imported into a fresh SQLite
database by ``Importer.run`` with the in-process prober (the decoder isolation adds a pipe round
trip per file on top; text is never decoded by a C library). Each measurement runs in a fresh
process so its peak resident memory (``ru_maxrss``) is its own:

- ``parse``: read the manifest and ``json.loads`` every line: the floor of any import;
- ``hash``: the same plus reading and sha256 of every file: the floor of one that reads the media;
- ``import``: the whole import, with its audit events, one per batch of 200;
- ``import (main)``, with ``--old REV``: the importer of that git revision, for the before/after.

    .venv/bin/python benchmarks/import_manifest.py [--lines 10000 100000] [--old main] [--json]

Targets (issue 13): 100,000 lines in seconds, not minutes, in flat memory (peak growth for 100,000
lines within a few MB of that for 10,000).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_ROOT))


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_corpus(folder: Path, lines: int) -> Path:
    media = folder / "media"
    media.mkdir(parents=True, exist_ok=True)
    manifest = folder / "escalations.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for n in range(lines):
            name = f"m{n // 1000:03d}/post-{n}.txt"
            path = media / name
            if not path.exists():
                path.parent.mkdir(exist_ok=True)
                path.write_text(f"escalated post number {n}\n", encoding="utf-8")
            row = {"external_ref": f"ESC-{n}", "reason": "user report", "priority": n % 5, "sla": 4}
            out.write(json.dumps({**row, "media": [f"media/{name}"]}) + "\n")
    return manifest


def _child(mode: str, manifest: Path, old: str | None) -> dict[str, float]:
    """Runs in a fresh process: one measurement."""
    before = _rss_mb()
    start = time.perf_counter()
    items = 0
    if mode == "parse":
        with manifest.open("rb") as handle:
            for line in handle:
                json.loads(line)
                items += 1
    elif mode == "hash":
        base = manifest.parent
        with manifest.open("rb") as handle:
            for line in handle:
                for name in json.loads(line)["media"]:
                    hashlib.sha256((base / name).read_bytes()).hexdigest()
                items += 1
    else:
        from wellbeing.clock import SystemClock
        from workstation import taxonomy
        from workstation.db import Database
        from workstation.directory import Directory

        if old:
            import importlib.util

            source = subprocess.run(
                ["git", "-C", str(_ROOT), "show", f"{old}:workstation/importer.py"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            module_path = manifest.parent / "old_importer.py"
            module_path.write_text(source, encoding="utf-8")
            spec = importlib.util.spec_from_file_location("old_importer", module_path)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            sys.modules["old_importer"] = module
            spec.loader.exec_module(module)
            importer_class = module.Importer
        else:
            from workstation.importer import Importer as importer_class
        db = Database(f"sqlite:///{manifest.parent / f'bench-{mode}-{os.getpid()}.db'}")
        db.upgrade()
        clock = SystemClock()
        Directory(db, clock).add_queue("bench", severity_tier=2, verdicts=taxonomy.builtin("general"))
        before = _rss_mb()
        start = time.perf_counter()
        report = importer_class(db, clock).run(None, "bench", [manifest])
        items = report.items
        db.dispose()
    return {"seconds": time.perf_counter() - start, "peak_growth_mb": _rss_mb() - before, "items": items}


def measure(mode: str, manifest: Path, old: str | None = None) -> dict[str, float]:
    run = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(manifest), *(["--old", old] if old else [])],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--old", metavar="REV", help="also time the importer of this git revision")
    parser.add_argument("--old-max-lines", type=int, default=10_000, help="largest run of --old")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "MANIFEST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, manifest = args.child
        print(json.dumps(_child(mode, Path(manifest), args.old)))
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        for lines in args.lines:
            folder = Path(tmp) / str(lines)
            manifest = make_corpus(folder, lines)
            modes = ["parse", "hash", "import"]
            if args.old and lines <= args.old_max_lines:
                modes.append("old")
            for mode in modes:
                result = measure(
                    "import" if mode == "old" else mode, manifest, args.old if mode == "old" else None
                )
                label = f"import ({args.old})" if mode == "old" else mode
                rows.append({"lines": lines, "mode": label, **result})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    floor = {r["lines"]: r["seconds"] for r in rows if r["mode"] == "hash"}
    print(f"{'lines':>8} {'measure':<16} {'seconds':>9} {'lines/s':>9} {'x hash floor':>13} {'peak +MB':>9}")
    for r in rows:
        rate = r["lines"] / r["seconds"] if r["seconds"] else 0
        ratio = r["seconds"] / floor[r["lines"]] if floor.get(r["lines"]) else 0
        print(
            f"{r['lines']:>8,} {r['mode']:<16} {r['seconds']:>9.2f} {rate:>9,.0f} {ratio:>13.1f} "
            f"{r['peak_growth_mb']:>9.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
