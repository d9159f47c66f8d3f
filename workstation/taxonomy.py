"""Policy taxonomies: the verdicts of a queue, validated once when a queue is created."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workstation.config import RESOURCES
from workstation.errors import ConfigError, InvalidInput

ESCALATE = "escalate"
UNDONE = "undone"
APPEALED = "appealed"  # a lead recorded an appeal of a decision (workstation.corrections)
RESERVED = frozenset({ESCALATE, UNDONE, APPEALED, "skip"})


@dataclass(frozen=True)
class Verdict:
    key: str
    label: str
    requires_reason: bool = False
    requires_note: bool = False
    reasons: tuple[str, ...] = ()
    # The policy (SOP) section that explains this verdict, and the one of each reason where it has
    # its own (docs/policies-and-quality.md); "" or absent: none.
    policy: str = ""
    reason_policies: tuple[tuple[str, str], ...] = ()

    def policy_of(self, reason: str = "") -> str:
        """The section for ``reason`` when it has one, else the verdict's."""
        return dict(self.reason_policies).get(reason, "") or self.policy

    # "P0", "P1" or "P2": recording this verdict opens an incident of that severity (issue 15)
    urgent: str = ""


def parse(entries: list[Any], *, source: str) -> tuple[Verdict, ...]:
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"taxonomy {source}: needs at least one verdict")
    verdicts: list[Verdict] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str) or not entry["key"]:
            raise ConfigError(f"taxonomy {source}: verdict {n} needs a 'key'")
        key = entry["key"]
        if key in RESERVED or key in seen:
            raise ConfigError(f"taxonomy {source}: verdict key {key!r} is reserved or repeated")
        seen.add(key)
        reasons = tuple(str(r) for r in entry.get("reasons", ()))
        policy = entry.get("policy", "")
        linked = entry.get("reason_policies", {})
        if not isinstance(policy, str) or not isinstance(linked, dict):
            raise ConfigError(
                f"taxonomy {source}: verdict {key!r}: 'policy' is a section id, "
                "'reason_policies' a table of reason = section id"
            )
        unknown = [r for r in linked if r not in reasons]
        if unknown:
            raise ConfigError(
                f"taxonomy {source}: verdict {key!r}: reason_policies names {unknown[0]!r}, "
                "which is not one of its reasons"
            )
        urgent = entry.get("urgent", "")
        if urgent is True:
            urgent = "P1"
        if urgent not in ("", False, "P0", "P1", "P2"):
            raise ConfigError(f"taxonomy {source}: verdict {key!r}: urgent is P0, P1 or P2, not {urgent!r}")
        verdicts.append(
            Verdict(
                key=key,
                label=str(entry.get("label", key)),
                requires_reason=bool(entry.get("requires_reason", False)),
                requires_note=bool(entry.get("requires_note", False)),
                reasons=reasons,
                policy=policy,
                reason_policies=tuple((str(r), str(p)) for r, p in linked.items()),
                urgent=urgent or "",
            )
        )
    if len(verdicts) > 9:
        raise ConfigError(f"taxonomy {source}: at most 9 verdicts (keys 1-9), found {len(verdicts)}")
    return tuple(verdicts)


def to_json(verdicts: tuple[Verdict, ...]) -> list[dict[str, Any]]:
    return [
        {
            "key": v.key,
            "label": v.label,
            "requires_reason": v.requires_reason,
            "requires_note": v.requires_note,
            "reasons": list(v.reasons),
            "policy": v.policy,
            "reason_policies": dict(v.reason_policies),
            **({"urgent": v.urgent} if v.urgent else {}),
        }
        for v in verdicts
    ]


def builtin(name: str) -> tuple[Verdict, ...]:
    """A taxonomy from ``resources/taxonomies.toml`` by name, or from a TOML file path."""
    path = Path(name)
    if path.suffix == ".toml" and path.exists():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if len(data) != 1:
            raise ConfigError(f"taxonomy file {path} must hold exactly one taxonomy table")
        ((_key, entries),) = data.items()
        return parse(entries, source=str(path))
    data = tomllib.loads((RESOURCES / "taxonomies.toml").read_text(encoding="utf-8"))
    if name not in data:
        raise ConfigError(f"no taxonomy named {name!r}; known: {', '.join(sorted(data))}, or a .toml file")
    return parse(data[name], source=name)


def check_decision(verdicts: tuple[Verdict, ...], verdict: str, reason: str, note: str) -> None:
    if verdict == ESCALATE:
        if not note.strip() and not reason.strip():
            raise InvalidInput("an escalation needs a reason or a note for whoever picks it up")
        return
    match = next((v for v in verdicts if v.key == verdict), None)
    if match is None:
        raise InvalidInput(
            f"{verdict!r} is not a verdict of this queue; choose one of " + ", ".join(v.key for v in verdicts)
        )
    if match.requires_reason and not reason.strip():
        raise InvalidInput(f"'{match.label}' needs a reason")
    if match.requires_note and not note.strip():
        raise InvalidInput(f"'{match.label}' needs a note")


# -- labels in the reviewer's language ---------------------------------------------------------

LABELS_FILE = "taxonomy_labels.toml"


@dataclass(frozen=True)
class LabelTranslations:
    """A language's words for verdict labels and reasons, looked up by their English text.

    Only what the reviewer *reads* changes: a decision keeps the verdict's key and the reason's English
    text, so the database, the hash chain and every export are the same whatever the reviewer's
    language (docs/translations.md, "Verdict and reason labels"). A label or reason with no translation
    (an organisation's own taxonomy) is shown as written.
    """

    language: str = ""  # "" : English, nothing translated
    labels: tuple[tuple[str, str], ...] = ()
    reasons: tuple[tuple[str, str], ...] = ()

    def label(self, text: str) -> str:
        return dict(self.labels).get(text, text)

    def reason(self, text: str) -> str:
        return dict(self.reasons).get(text, text)


ENGLISH = LabelTranslations()


def _language_candidates(locale_name: str) -> list[str]:
    """``zh_CN`` -> ``zh_CN``, ``zh``; ``ar-EG`` -> ``ar_EG``, ``ar``; the most specific first."""
    name = locale_name.replace("-", "_").split(".", 1)[0].split("@", 1)[0].strip()
    if not name:
        return []
    return [name] if "_" not in name else [name, name.split("_", 1)[0]]


def label_translations(locale_name: str, source: Any = None) -> LabelTranslations:
    """The translations for ``locale_name`` from ``resources/taxonomy_labels.toml`` (or ``source``, a
    path or resource), falling back from ``zh_CN`` to ``zh`` and then to English."""
    resource = source if source is not None else RESOURCES / LABELS_FILE
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"the taxonomy label translations cannot be read: {exc}") from exc
    for candidate in _language_candidates(locale_name):
        table = data.get(candidate)
        if isinstance(table, dict):
            return LabelTranslations(
                language=candidate,
                labels=_pairs(table.get("labels", {}), candidate, "labels"),
                reasons=_pairs(table.get("reasons", {}), candidate, "reasons"),
            )
    return ENGLISH


def _pairs(table: Any, language: str, what: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict) or not all(isinstance(v, str) and v.strip() for v in table.values()):
        raise ConfigError(f"taxonomy labels [{language}.{what}]: each entry is \"English\" = \"translation\"")
    return tuple((str(k), str(v)) for k, v in table.items())
