"""Text items: strict UTF-8 loading and masking of configured terms as segments.

The UI renders masked segments as solid bars until revealed; splitting here keeps the rule
(case-insensitive, whole words only, so "skill" is not masked for "kill") in one tested place.
"""

from __future__ import annotations

import importlib.resources
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from media.errors import MediaError
from media.limits import DEFAULT_LIMITS, Limits
from media.sniff import sniff

# Shipped in the package ``resources`` (found wherever it is installed, docs/install.md).
DEFAULT_TERMS_PATH: Traversable = importlib.resources.files("resources") / "masked_terms.txt"
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Segment:
    """A run of text, either shown plainly or masked until revealed."""

    text: str
    masked: bool


def load_terms(path: Path | None = None) -> tuple[str, ...]:
    """Terms from a list file: one per line, '#' starts a comment, blanks ignored, order kept."""
    source: Path | Traversable = path or DEFAULT_TERMS_PATH
    try:
        lines = source.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise MediaError(f"cannot read term list {source.name}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise MediaError(f"term list {source.name} is not UTF-8 text") from exc
    terms: list[str] = []
    seen: set[str] = set()
    for line in lines:
        term = line.split("#", 1)[0].strip()
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
    return tuple(terms)


def _pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    # Longest first so "self harm" wins over "harm"; \w lookarounds rather than \b so terms that
    # begin or end with punctuation still match as whole words. Internal whitespace is flexible.
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in t.split()) for t in cleaned)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def mask_text(text: str, terms: Iterable[str]) -> list[Segment]:
    """Split ``text`` into plain and masked segments; joining the texts gives ``text`` back."""
    if not text:
        return []
    pattern = _pattern(terms)
    if pattern is None:
        return [Segment(text, False)]
    segments: list[Segment] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            segments.append(Segment(text[pos : match.start()], False))
        if segments and segments[-1].masked and not text[pos : match.start()]:
            segments[-1] = Segment(segments[-1].text + match.group(), True)
        else:
            segments.append(Segment(match.group(), True))
        pos = match.end()
    if pos < len(text):
        segments.append(Segment(text[pos:], False))
    return segments


def load_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """A text file as str. Only UTF-8 (with or without BOM) is accepted, with a precise reason."""
    sniffed = sniff(path)
    if sniffed.kind != "text":
        raise MediaError(f"not text (the bytes are {sniffed.format} {sniffed.kind})")
    size = os.stat(path).st_size
    if size > limits.max_text_bytes:
        raise MediaError(f"text of {size} bytes exceeds the {limits.max_text_bytes} byte limit")
    data = path.read_bytes()
    offset = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        hint = " (looks like UTF-16)" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ""
        raise MediaError(f"not UTF-8 text: invalid byte 0x{data[at]:02x} at offset {at}{hint}") from exc
