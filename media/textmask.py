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
from media.phrases import QT_TRANSLATE_NOOP
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
    return _read_terms(path or DEFAULT_TERMS_PATH)


def _read_terms(source: Path | Traversable) -> tuple[str, ...]:
    try:
        lines = source.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "cannot read term list {name}: {error}").format(
                name=source.name, error=str(exc.strerror or exc)
            )
        ) from exc
    except UnicodeDecodeError as exc:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "term list {name} is not UTF-8 text").format(name=source.name)
        ) from exc
    terms: list[str] = []
    seen: set[str] = set()
    for line in lines:
        term = line.split("#", 1)[0].strip()
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
    return tuple(terms)


# -- per-language lists ----------------------------------------------------------------------------

ENGLISH = "en"
# English is masked_terms.txt; every other language is masked_terms_<language>.txt beside it.
_LIST_NAME = re.compile(r"masked_terms_([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,4})?)\.txt")


def term_list_languages() -> tuple[str, ...]:
    """The languages with a shipped list: ``en`` first, then the others by name."""
    folder = importlib.resources.files("resources")
    found = sorted(m.group(1) for f in folder.iterdir() if (m := _LIST_NAME.fullmatch(f.name)))
    return (ENGLISH, *found)


def _list_path(language: str) -> Traversable:
    if language == ENGLISH:
        return DEFAULT_TERMS_PATH
    return importlib.resources.files("resources") / f"masked_terms_{language}.txt"


def _base(language: str) -> str:
    return language.replace("-", "_").split("_", 1)[0].lower()


def load_term_lists(languages: Iterable[str] | None = None) -> dict[str, tuple[str, ...]]:
    """The shipped lists of ``languages`` (all of them when None), by language.

    A language is matched as ``zh_CN`` or by its base (``zh`` finds ``zh_CN``, ``ar_EG`` finds ``ar``);
    one with no list is refused with the languages that have one, rather than silently masking less.
    """
    shipped = term_list_languages()
    wanted = list(shipped) if languages is None else [w.strip() for w in languages if w.strip()]
    lists: dict[str, tuple[str, ...]] = {}
    for want in wanted:
        match = next((lang for lang in shipped if lang == want.replace("-", "_")), None) or next(
            (lang for lang in shipped if _base(lang) == _base(want)), None
        )
        if match is None:
            raise MediaError(
                QT_TRANSLATE_NOOP(
                    "Media", "no masked-term list for the language {language!r}; lists exist for {lists}"
                ).format(language=want, lists=", ".join(shipped))
            )
        lists[match] = load_terms_of(match)
    return lists


def load_terms_of(language: str) -> tuple[str, ...]:
    source = _list_path(language)
    return load_terms(None) if language == ENGLISH else _read_terms(source)


def terms_for(lists: dict[str, tuple[str, ...]], language: str | None = None) -> tuple[str, ...]:
    """What to mask in one item: the list of the item's language (with English, which posts in every
    language quote) when the item's language is known and loaded; otherwise every loaded list."""
    if language:
        chosen = [lang for lang in lists if lang == language or _base(lang) == _base(language)]
        if chosen:
            keep = [*chosen, *([ENGLISH] if ENGLISH in lists and ENGLISH not in chosen else [])]
            return tuple(t for lang in keep for t in lists[lang])
    return tuple(t for terms in lists.values() for t in terms)


# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar): a
# term is found inside a run of letters, since no word boundary marks it. Korean (Hangul) writes spaces
# but attaches particles (살인을, 살인이), so it is matched the same way.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff]"
)
_ARABIC = re.compile("[\u0600-\u06ff]")
# Arabic joins the conjunctions و ف, the prepositions ب ل ك and the article ال to the next word.
_ARABIC_PREFIX = "(?:[وف]?(?:[بلك]|ل?ل)?(?:ال)?)?"


def _pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    # Longest first so "self harm" wins over "harm"; \w lookarounds rather than \b so terms that
    # begin or end with punctuation still match as whole words. Internal whitespace is flexible.
    alternatives = []
    for term in cleaned:
        body = r"\s+".join(re.escape(part) for part in term.split())
        if _UNSPACED.search(term):
            alternatives.append(body)
        elif _ARABIC.match(term):
            alternatives.append(rf"(?<!\w){_ARABIC_PREFIX}{body}(?!\w)")
        else:
            alternatives.append(rf"(?<!\w){body}(?!\w)")
    return re.compile("|".join(alternatives), re.IGNORECASE)


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
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "not text (the bytes are {format} {kind})").format(
                format=sniffed.format, kind=sniffed.kind
            )
        )
    size = os.stat(path).st_size
    if size > limits.max_text_bytes:
        raise MediaError(
            QT_TRANSLATE_NOOP("Media", "text of {size} bytes exceeds the {limit} byte limit").format(
                size=size, limit=limits.max_text_bytes
            )
        )
    data = path.read_bytes()
    offset = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        sentence = (  # whole sentences with and without the hint
            QT_TRANSLATE_NOOP(
                "Media", "not UTF-8 text: invalid byte 0x{byte} at offset {offset} (looks like UTF-16)"
            )
            if data.startswith((b"\xff\xfe", b"\xfe\xff"))
            else QT_TRANSLATE_NOOP("Media", "not UTF-8 text: invalid byte 0x{byte} at offset {offset}")
        )
        raise MediaError(sentence.format(byte=f"{data[at]:02x}", offset=at)) from exc
