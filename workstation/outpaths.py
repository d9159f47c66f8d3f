"""Files the CLI and the window write for a person: reports, exports, PDFs.

An output path must name a plain file in a folder that exists. Run as root, an atomic replace of
``/dev/full`` or of a symlink would swap a device or the link's target for a report, and a missing
folder or a folder given as ``--out`` used to end in "This is a bug"; each is refused here with one
sentence before anything is written. Writes go to a hidden temporary file beside the target and are
renamed over it only when complete, so a failed, cancelled or full-disk write leaves no half file and
the caller learns the real outcome.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from workstation.errors import InvalidInput


def check_output_path(path: Path) -> Path:
    """``path`` as an absolute path, or :class:`InvalidInput` saying why nothing can be written there."""
    if not str(path).strip():
        raise InvalidInput("the output file name is empty")
    path = Path(os.path.abspath(path.expanduser()))
    parent = path.parent
    if path.is_symlink():
        raise InvalidInput(
            f"{path} is a symbolic link; name a regular file (links are not followed, so a report "
            "never replaces what a link points at)"
        )
    if not parent.exists():
        raise InvalidInput(f"the folder {parent} does not exist; create it first or choose another file")
    if not parent.is_dir():
        raise InvalidInput(f"{parent} is not a folder, so {path.name} cannot be written in it")
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; name a file in it, e.g. {path / 'report'}.<ext>")
    if path.exists() and not path.is_file():
        raise InvalidInput(f"{path} is a device or special file, not a regular file; choose a file name")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InvalidInput(f"you may not write in the folder {parent}; choose another file")
    return path


def temporary_beside(path: Path) -> Path:
    """A hidden, unique temporary name in the target's folder, so the final rename is atomic."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def commit_beside(part: Path, path: Path) -> None:
    """Rename a finished temporary file over ``path``, unless ``path`` became a link or device."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        # Checked again just before the rename: the path may have changed while we wrote.
        raise InvalidInput(f"{path} became a link or special file while it was written; nothing was replaced")
    os.replace(part, path)


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file opened for writing that appears at ``path`` only when the block ends normally."""
    path = check_output_path(path)
    part = temporary_beside(path)
    try:
        with part.open("x", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        commit_beside(part, path)
    finally:
        part.unlink(missing_ok=True)


def write_via(path: Path, writer: Callable[[Path], None], *, what: str) -> Path:
    """Let ``writer`` produce a file (e.g. Qt's PDF writer, which fails silently) and check it did.

    The writer gets a temporary path beside the target; an empty or missing result is an error that
    says so, never a "wrote ..." over nothing.
    """
    path = check_output_path(path)
    part = temporary_beside(path)
    try:
        writer(part)
        if not part.is_file() or part.stat().st_size == 0:
            raise InvalidInput(f"the {what} could not be written to {path} (nothing was produced)")
        commit_beside(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path
