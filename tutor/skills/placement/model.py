"""What the placement works with: the skills it places, in order, what each one needs
first, and the work a learner can choose.

The placement diagnoses every skill and aims a path across them, so (like the registry)
it names them. Everything here is data; the rules are in ``engine.py`` and ``path.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.i18n import QT_TRANSLATE_NOOP

CONTEXT = "placement"
SKILL_ID = "placement"  # the skill of a placement's attempt (and its pack and exercise)

# An exercise of a pack: (pack id, exercise id), as Catalogue.exercise_keys gives them.
ExerciseKey = tuple[str, str]

# The skills placed, in the order they are asked. The first is the gate: a learner who
# fails its lowest level (the mouse tasks) is asked nothing of the others.
PLACED_SKILLS: tuple[str, ...] = ("basics", "typing", "email", "sheets", "coding")

# What a skill needs before the path offers it: {skill: {other skill: level reached}}.
# Nothing is typed, mailed or calculated before the mouse is used (basics level 1); no
# code before files and windows are handled (basics level 2).
PREREQUISITES: dict[str, dict[str, int]] = {
    "typing": {"basics": 1},
    "email": {"basics": 1},
    "sheets": {"basics": 1},
    "coding": {"basics": 2},
}


@dataclass(frozen=True)
class WorkChoice:
    """A kind of work a learner can say they want, as a picture question."""

    id: str
    label: str  # English source, marked with QT_TRANSLATE_NOOP("placement", ...)
    picture: str  # a picture name (assets/icons/placement/<picture>.svg)
    skills: tuple[str, ...]  # the skills it needs most, most needed first
    outcomes: tuple[str, ...]  # outcome ids it needs most (DigComp 2.2 competences)


WORK_CHOICES: tuple[WorkChoice, ...] = (
    WorkChoice(
        "office", QT_TRANSLATE_NOOP("placement", "Office work"), "work-office",
        skills=("email", "sheets", "typing"),
        outcomes=("digcomp:2.1", "digcomp:3.1", "digcomp:1.3")),
    WorkChoice(
        "data-entry", QT_TRANSLATE_NOOP("placement", "Data entry and online tasks"),
        "work-data-entry",
        skills=("typing", "sheets"),
        outcomes=("digcomp:1.3", "digcomp:1.1")),
    WorkChoice(
        "customer-service", QT_TRANSLATE_NOOP("placement", "Customer service"),
        "work-customer-service",
        skills=("email", "typing"),
        outcomes=("digcomp:2.1", "digcomp:2.5")),
    WorkChoice(
        "code", QT_TRANSLATE_NOOP("placement", "Building websites and code"), "work-code",
        skills=("coding", "typing"),
        outcomes=("digcomp:3.4", "digcomp:3.1")),
)
WORK_IDS: tuple[str, ...] = tuple(choice.id for choice in WORK_CHOICES)


def work_choice(work_id: str | None) -> WorkChoice | None:
    """The work choice with this id (None for none or an unknown id)."""
    return next((choice for choice in WORK_CHOICES if choice.id == work_id), None)
