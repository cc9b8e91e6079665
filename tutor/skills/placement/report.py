"""The placement in a learner's progress report (the registry's ``report`` hook): the
levels its latest placement found and the work chosen, in the report's language.

Pure: the report gives ``translate(context, source)`` and ``date(datetime)`` in its own
language; the words are those of the trainer's dialogs (context ``PlacementTrainer``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.placement.model import CONTEXT, work_choice
from tutor.skills.placement.path import AttemptLike, latest_placement
from tutor.skills.placement.skill_map import NOT_ASKED, NOT_ASSESSED, SkillLevel, skill_map

if TYPE_CHECKING:
    from tutor.store.db import Database

WORDS = "PlacementTrainer"
TEXTS = {
    "heading": QT_TRANSLATE_NOOP("PlacementTrainer", "Levels found by the placement of {date}"),
    "work": QT_TRANSLATE_NOOP("PlacementTrainer", "Work chosen"),
    "not_chosen": QT_TRANSLATE_NOOP("PlacementTrainer", "not chosen"),
    "not_checked": QT_TRANSLATE_NOOP("PlacementTrainer", "not checked"),
    "not_asked": QT_TRANSLATE_NOOP("PlacementTrainer", "not asked (stopped at the mouse)"),
    "below": QT_TRANSLATE_NOOP("PlacementTrainer", "below level 1"),
    "of": QT_TRANSLATE_NOOP("PlacementTrainer", "{level} of {top}"),
}

Translate = Callable[[str, str], str]


def level_words(row: SkillLevel, translate: Translate, level: int | None = None) -> str:
    """A skill's level in words (the report's, the trainer's table); ``level`` in place of
    the placement's (the level now)."""
    if row.status == NOT_ASSESSED:
        return translate(WORDS, TEXTS["not_checked"])
    if row.status == NOT_ASKED and not level:
        return translate(WORDS, TEXTS["not_asked"])
    value = row.level if level is None else level
    if value == 0:
        return translate(WORDS, TEXTS["below"])
    return translate(WORDS, TEXTS["of"]).format(level=value, top=row.top)


def report_from(attempts: Sequence[AttemptLike], skills: Mapping[str, Any],
                translate: Translate, date: Callable[[datetime], str]
                ) -> tuple[str, list[tuple[str, str]]] | None:
    """(heading, [(label, value), ...]) of the latest placement; None without one."""
    placement = latest_placement(attempts)
    if placement is None:
        return None
    metrics = placement.metrics if isinstance(placement.metrics, Mapping) else {}
    details = placement.details if isinstance(placement.details, Mapping) else {}
    rows = []
    for row in skill_map(metrics, details):
        skill = skills.get(row.skill)
        title = translate("skills", skill.title) if skill is not None else row.skill
        rows.append((title, level_words(row, translate)))
    choice = work_choice(details.get("work") if isinstance(details.get("work"), str) else None)
    rows.append((translate(WORDS, TEXTS["work"]),
                 translate(CONTEXT, choice.label) if choice
                 else translate(WORDS, TEXTS["not_chosen"])))
    heading = translate(WORDS, TEXTS["heading"]).format(date=date(placement.finished_at))
    return heading, rows


def report(db: Database, learner: Any, skills: Mapping[str, Any], translate: Translate,
           date: Callable[[datetime], str]) -> tuple[str, list[tuple[str, str]]] | None:
    """The registry's ``report`` hook: read the learner's attempts (those a report counts:
    never results that could not be checked), then ``report_from``."""
    from tutor.store.attempts import attempts_of

    return report_from(cast(Sequence[AttemptLike], attempts_of(db, learner.id, counted_only=True)), skills,
                       translate, date)
