"""A skill's ladder: its exercises grouped by level, low to high.

The placement's items are the skills' own exercises; an exercise's level is the highest
DigComp proficiency level among the outcomes it declares
(``tutor.curriculum.exercise_level``). An exercise without a level is left out of the
ladder (it is still in the course). Exercises keep the catalogue's order (packs in file
order, exercises in pack order) within a level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tutor.skills.placement.model import PLACED_SKILLS, ExerciseKey

if TYPE_CHECKING:
    from tutor.content.packs import Catalogue

LevelOf = Callable[[object], "int | None"]
Keep = Callable[[str, object], bool]  # (skill id, exercise) -> can it be a placement item


def _exercise_level() -> LevelOf:
    from tutor.curriculum import exercise_level

    return exercise_level


def ladder_from(catalogue: Catalogue, skill_id: str, language: str,
                level_of: LevelOf | None = None,
                keep: Keep | None = None) -> dict[int, list[ExerciseKey]]:
    """``{level: [(pack id, exercise id), ...]}`` of a skill's exercises in ``language``
    (English when the skill has none in it), levels ascending. ``keep`` leaves out the
    exercises that cannot be placement items (for the gate, a lowest level of mouse
    tasks only)."""
    level_of = level_of or _exercise_level()
    ladder: dict[int, list[ExerciseKey]] = {}
    for pack in catalogue.packs_in(skill_id, language):
        for exercise in pack.exercises:
            level = level_of(exercise)
            if level is not None and (keep is None or keep(skill_id, exercise)):
                ladder.setdefault(level, []).append((pack.id, exercise.id))  # type: ignore[attr-defined]
    return dict(sorted(ladder.items()))


def ladders_from(catalogue: Catalogue, language: str,
                 skills: Iterable[str] = PLACED_SKILLS,
                 level_of: LevelOf | None = None,
                 keep: Keep | None = None) -> dict[str, dict[int, list[ExerciseKey]]]:
    """The ladder of each skill placed, in the placement's order."""
    return {skill: ladder_from(catalogue, skill, language, level_of, keep)
            for skill in skills}
