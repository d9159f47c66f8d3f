"""An item's language: a BCP 47 tag (``en``, ``zh-CN``, ``id``, ``ms``, ``ar``), normalised and checked.

Why here: the import manifest, the demo and the database's CHECK constraint (migration 0020) must agree on
one spelling, so the text view can choose the item's masked-term list (``media.textmask.terms_for``) and
the details panel can name the language. The stored spelling is BCP 47's: hyphens, the language in lower
case, a script in title case, a region in upper case (``zh_CN`` and ``ZH-cn`` are stored as ``zh-CN``).

Only the common subtags are accepted (language, script, region, variants: what a language detector or a
platform's post metadata gives); a tag that is well formed but unknown (``tlh``, ``fr-CA``) is kept, since
an organisation may review languages this app ships no list for. Extensions and private-use subtags
(``-u-…``, ``-x-…``) and anything else are refused with a sentence that says what a tag looks like.
"""

from __future__ import annotations

import re

#: The width of ``items.language``: BCP 47's recommended buffer for a tag (RFC 5646, 4.4.1).
MAX_CHARS = 35

# language (2-3 letters) [-script (4 letters)] [-region (2 letters or 3 digits)] [-variant]*
_TAG = re.compile(
    r"(?P<language>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)",
    re.ASCII | re.IGNORECASE,
)

#: What the database accepts (migration 0020's CHECK on PostgreSQL), the same grammar as ``_TAG`` in its
#: stored spelling. (SQLite has no regular expressions: its CHECK keeps the length, the alphabet and the
#: first subtag.)
PG_PATTERN = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$"

EXAMPLES = "en, zh-CN, id, ms, ar"


class LanguageError(ValueError):
    """A language field that is not a language tag; ``str()`` is the sentence to show."""


def normalise(value: object) -> str | None:
    """The stored spelling of ``value``; None when it is absent (None or blank).

    Raises ``LanguageError`` with a sentence for anything else: not text, too long, control characters,
    or not shaped like a tag."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise LanguageError(f"language must be text such as {EXAMPLES}, not {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_CHARS:
        raise LanguageError(
            f"language of {len(text):,} characters is not a language tag (at most {MAX_CHARS}, "
            f"such as {EXAMPLES})"
        )
    if not text.isprintable():
        raise LanguageError("language holds control characters or invalid text")
    match = _TAG.fullmatch(text.replace("_", "-"))
    if match is None:
        raise LanguageError(f"language {text!r} is not a language tag such as {EXAMPLES}")
    parts = [match["language"].lower()]
    if match["script"]:
        parts.append(match["script"].title())
    if match["region"]:
        parts.append(match["region"].upper())
    variants = match["variants"].lower()
    return "-".join(parts) + variants
