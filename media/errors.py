"""The one exception type for every media failure, so callers need a single ``except``."""

from __future__ import annotations


class MediaError(Exception):
    """A file could not be opened, decoded or validated; ``reason`` is a sentence for a human.

    Every failure in ``media`` (bad bytes, limits exceeded, missing streams, decoder errors) is
    reported as this type so the UI can show the reason next to the item instead of crashing.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason
