"""The WHO-5 Well-Being Index: the optional periodic screening questionnaire (docs/wellbeing.md).

WHO-5 is a short, validated, freely usable self-report scale: five positively worded statements about
the last two weeks, each answered from 0 ("at no time") to 5 ("all of the time"). The raw score is the
sum (0-25); multiplied by 4 it is the percentage score 0-100, where 100 is the best imaginable
well-being. Source: Psychiatric Research Unit, WHO Collaborating Centre in Mental Health (Frederiksborg
General Hospital, Hillerød), for the WHO Regional Office for Europe, 1998; it may be used without
permission (Topp et al., 2015, "The WHO-5 Well-Being Index: a systematic review of the literature",
Psychotherapy and Psychosomatics 84(3):167-176). The wording below is the English version.

A score is wellbeing data: it is shown to the person and to wellbeing staff only. This module scores and
words it; it decides nothing about a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

__all__ = [
    "INSTRUMENT",
    "WHO5_ANSWERS",
    "WHO5_INTRO",
    "WHO5_ITEMS",
    "is_due",
    "who5_meaning",
    "who5_score",
]

INSTRUMENT = "WHO-5"

WHO5_INTRO = "Over the last two weeks:"

WHO5_ITEMS: tuple[str, ...] = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)

#: The answers, by their value 5 .. 0 as the questionnaire lists them.
WHO5_ANSWERS: tuple[tuple[int, str], ...] = (
    (5, "All of the time"),
    (4, "Most of the time"),
    (3, "More than half of the time"),
    (2, "Less than half of the time"),
    (1, "Some of the time"),
    (0, "At no time"),
)


def who5_score(answers: Sequence[int]) -> int:
    """The percentage score 0-100: the sum of five answers of 0-5, times 4. Anything else is a
    ValueError with a sentence (a missing answer is not scored as 0: a partial form has no score)."""
    if len(answers) != len(WHO5_ITEMS):
        raise ValueError(f"WHO-5 has {len(WHO5_ITEMS)} questions; got {len(answers)} answers")
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer <= 5:
            raise ValueError(
                f"question {number} is answered with 0 (at no time) to 5 (all of the time), got {answer!r}"
            )
    return sum(answers) * 4


def who5_meaning(score: int) -> str:
    """A plain reading of a score for the person themself. The published cut-offs: 50 or below
    suggests low well-being (screen for depression), 28 or below likely depression; these are prompts
    to talk to someone, not a diagnosis."""
    if score <= 28:
        return (
            "This score is low. Please consider talking to your support contact or a doctor soon; "
            "it is a prompt to talk, not a diagnosis."
        )
    if score <= 50:
        return (
            "This score suggests your well-being has been low lately. Talking to your support contact "
            "can help; it is a prompt to talk, not a diagnosis."
        )
    return "Thank you. Your answers are private to you and wellbeing staff."


def is_due(last: datetime | None, now: datetime, interval_days: int) -> bool:
    """Whether the questionnaire should be offered: never answered, or last answered that long ago."""
    return last is None or now - last >= timedelta(days=interval_days)
