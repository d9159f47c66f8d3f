"""Media-root confinement: a media path is opened only when it resolves inside a configured root.

Kept apart from the decoding workers (``workstation/decode_sandbox.py``): the importer and the window
confine a path before any decoder sees it (docs/operations.md, ``WORKSTATION_MEDIA_ROOTS``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workstation.errors import WorkstationError


class MediaPathRefused(WorkstationError):
    """A media path outside the configured media roots (or one that cannot be resolved)."""


def confine(path: Path | str, roots: Sequence[Path]) -> Path:
    """``path`` resolved (symlinks followed, ``..`` removed), refused unless inside one of ``roots``.

    No roots: no restriction (``WORKSTATION_MEDIA_ROOTS`` unset), the path is only resolved.
    """
    candidate = Path(path).expanduser()
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError) as error:  # missing, or a symlink loop
        raise MediaPathRefused(
            f"media file {candidate} cannot be opened ({error.__class__.__name__})"
        ) from None
    if not roots:
        return resolved
    for root in roots:
        try:
            real_root = Path(root).expanduser().resolve(strict=True)
        except (OSError, RuntimeError):
            continue
        if resolved.is_relative_to(real_root):
            return resolved
    where = ", ".join(str(r) for r in roots)
    raise MediaPathRefused(
        f"media file {candidate} is outside the media folders this workstation may open ({where}); "
        "refused. An admin can change WORKSTATION_MEDIA_ROOTS."
    )
