"""Cryptographic file identity (exact duplicates, audit), computed without loading the whole file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from media.errors import MediaError
from media.phrases import QT_TRANSLATE_NOOP

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, streamed in 1 MiB chunks so multi-GB videos use constant memory."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "cannot read file: {error}").format(error=str(exc.strerror or exc))
        ) from exc
    return digest.hexdigest()
