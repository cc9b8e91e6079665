"""The path: the next exercises for a learner, in order, from their latest placement and
the attempts since. The first is the home screen's "Next step".

The rules, each skill on its own first:

- **Start.** In each skill, the learner starts at the first exercise not yet passed of
  the level the placement found (the lowest level for level 0); easier levels are
  credited. An exercise answered right in the placement counts as passed.
- **On.** An exercise passed is done: the skill moves on to the next one not passed, in
  the ladder's order (levels low to high; within a level, the catalogue's order).
- **Back.** When the skill's next exercise has failed three times since the learner last
  passed anything in that skill, the skill steps back to an easier exercise: the first
  one not passed of the closest easier level that has one. Once that one is passed the
  count starts again and the hard exercise comes back. When nothing easier is left, the
  other exercises of the same level go first.
- **Reached level** of a skill: the placement's level, raised by every next level whose
  exercises are all passed.

Then across skills:

- A skill whose **prerequisites** are not reached (``model.PREREQUISITES``: nothing
  typed, mailed or calculated before the mouse, basics level 1; no code before basics
  level 2) is left out until they are.
- **Toward the work chosen.** The skills the chosen work needs most get twice the share
  of the path and go first; when one of them waits on a prerequisite, the skill it
  waits on takes its place. The next exercise is taken from the skill furthest behind
  its share, counting the attempts made since the placement (the others start one
  exercise behind the work's skills), ties in that order of priority.
- A **trainer's override** (exercise keys a trainer set) comes first: its exercises not
  yet passed, in its order, then the path as computed.

Pure and deterministic: the same placement, attempts and catalogue give the same path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from tutor.skills.placement.engine import Ladder
from tutor.skills.placement.model import (
    PLACED_SKILLS,
    PREREQUISITES,
    SKILL_ID,
    ExerciseKey,
    work_choice,
)

if TYPE_CHECKING:
    from tutor.content.packs import Catalogue
    from tutor.skills.placement.ladders import LevelOf

FAILURES_TO_STEP_BACK = 3
WORK_WEIGHT = 2  # the share of the path of a skill the chosen work needs most
OTHERS_BEHIND = 1  # exercises the other skills start behind the work's skills
NEXT_COUNT = 10


class AttemptLike(Protocol):
    """What the path reads of an attempt (``tutor.store.models.Attempt`` has it)."""

    skill: str
    pack_id: str
    exercise_id: str
    passed: bool
    finished_at: datetime
    metrics: Mapping[str, Any]
    details: Mapping[str, Any]


@dataclass(frozen=True)
class PlacementResult:
    """What the path needs of a placement: the level per skill, the work chosen and the
    items answered right."""

    levels: Mapping[str, int] = field(default_factory=dict)
    work: str | None = None
    right_items: frozenset[ExerciseKey] = frozenset()

    @classmethod
    def from_attempt(cls, attempt: AttemptLike) -> PlacementResult:
        """Read a placement attempt's metrics and details; anything malformed (an attempt
        from a damaged or foreign progress file) is left out, never raised."""
        metrics = attempt.metrics if isinstance(attempt.metrics, Mapping) else {}
        details = attempt.details if isinstance(attempt.details, Mapping) else {}
        raw_levels = metrics.get("levels")
        levels = {str(skill): level for skill, level in raw_levels.items()
                  if isinstance(level, int) and not isinstance(level, bool) and level >= 0
                  } if isinstance(raw_levels, Mapping) else {}
        work = details.get("work")
        items = details.get("items")
        right = frozenset(
            (item["pack"], item["exercise"]) for item in items
            if isinstance(item, Mapping) and item.get("right") is True
            and isinstance(item.get("pack"), str) and isinstance(item.get("exercise"), str)
        ) if isinstance(items, list) else frozenset()
        return cls(levels, work if isinstance(work, str) else None, right)


def latest_placement(attempts: Iterable[AttemptLike]) -> AttemptLike | None:
    """The newest placement attempt among a learner's attempts."""
    placements = [a for a in attempts if a.skill == SKILL_ID]
    return max(placements, key=lambda a: a.finished_at, default=None)


class _Skill:
    """One skill's ladder and the learner's record in it."""

    def __init__(self, skill: str, ladder: Ladder, placed: int,
                 attempts: Sequence[AttemptLike], right_items: frozenset[ExerciseKey]) -> None:
        self.ladder = {level: list(keys) for level, keys in sorted(ladder.items()) if keys}
        self.level_of = {key: level for level, keys in self.ladder.items() for key in keys}
        mine = sorted((a for a in attempts if a.skill == skill), key=lambda a: a.finished_at)
        self.tries = len(mine)
        self.passed = {key for key in self.level_of if key in right_items}
        self.failures: dict[ExerciseKey, int] = {}  # since the last pass in the skill
        for attempt in mine:
            key = (attempt.pack_id, attempt.exercise_id)
            if attempt.passed:
                self.passed.add(key)
                self.failures.clear()
            else:
                self.failures[key] = self.failures.get(key, 0) + 1
        self.placed = placed

    def reached(self) -> int:
        level = self.placed
        for ladder_level, keys in self.ladder.items():
            if ladder_level > level:
                if not all(key in self.passed for key in keys):
                    break
                level = ladder_level
        return level

    def queue(self) -> list[ExerciseKey]:
        """The skill's next exercises, in order."""
        start = max(self.placed, min(self.ladder, default=0))
        queue = [key for level, keys in self.ladder.items() if level >= start
                 for key in keys if key not in self.passed]
        if not queue or self.failures.get(queue[0], 0) < FAILURES_TO_STEP_BACK:
            return queue
        stuck = queue[0]
        for level in sorted((lv for lv in self.ladder if lv < self.level_of[stuck]),
                            reverse=True):
            easier = [key for key in self.ladder[level] if key not in self.passed]
            if easier:
                return [easier[0], *queue]
        same = [key for key in queue if self.level_of[key] == self.level_of[stuck]
                and self.failures.get(key, 0) < FAILURES_TO_STEP_BACK]
        return same + [key for key in queue if key not in same]


def next_exercises(result: PlacementResult | None, attempts: Sequence[AttemptLike],
                   ladders: Mapping[str, Ladder], override: Sequence[ExerciseKey] = (),
                   count: int = NEXT_COUNT) -> list[ExerciseKey]:
    """The next ``count`` exercises for the learner, in order (see the module's rules).
    ``attempts`` are the learner's attempts since the placement; ``ladders`` each
    skill's ladder, in the skills' usual order."""
    result = result or PlacementResult()
    skills = {skill: _Skill(skill, ladder, result.levels.get(skill, 0), attempts,
                            result.right_items)
              for skill, ladder in ladders.items()}
    reached = {skill: record.reached() for skill, record in skills.items()}

    def waits_on(skill: str) -> list[str]:
        return [other for other, level in PREREQUISITES.get(skill, {}).items()
                if other in skills and reached[other] < level]

    work = work_choice(result.work)
    favoured: list[str] = []
    for skill in (work.skills if work else ()):
        if skill in skills:
            favoured += [s for s in waits_on(skill) + [skill] if s not in favoured]
    priority = favoured + [s for s in skills if s not in favoured]
    queues = {skill: skills[skill].queue() for skill in priority if not waits_on(skill)}
    done = {skill: float(skills[skill].tries if skill in favoured
                         else skills[skill].tries + OTHERS_BEHIND) for skill in queues}
    weight = {skill: WORK_WEIGHT if skill in favoured else 1 for skill in queues}

    passed = {(a.pack_id, a.exercise_id) for a in attempts if a.passed} | result.right_items
    chosen = [key for key in dict.fromkeys(override) if key not in passed][:count]
    while len(chosen) < count:
        ready = [skill for skill in queues if queues[skill]]
        if not ready:
            break
        skill = min(ready, key=lambda s: (done[s] / weight[s], priority.index(s)))
        key = queues[skill].pop(0)
        done[skill] += 1
        if key not in chosen:
            chosen.append(key)
    return chosen


def path_for(catalogue: Catalogue, language: str, attempts: Sequence[AttemptLike],
             override: Sequence[ExerciseKey] = (), count: int = NEXT_COUNT,
             level_of: LevelOf | None = None) -> list[ExerciseKey]:
    """The path from a learner's attempts (all of them, any order): their latest
    placement and the attempts since, on the catalogue's ladders in ``language``."""
    from tutor.skills.placement.ladders import ladders_from

    placement, since = since_placement(attempts)
    result = PlacementResult.from_attempt(placement) if placement is not None else None
    return next_exercises(result, since, ladders_from(catalogue, language, PLACED_SKILLS,
                                                     level_of), override, count)


def reached_levels(result: PlacementResult, attempts: Sequence[AttemptLike],
                   ladders: Mapping[str, Ladder]) -> dict[str, int]:
    """Each skill's reached level: the placement's, raised by every next level whose
    exercises are all passed since (``attempts``: the attempts since the placement)."""
    return {skill: _Skill(skill, ladder, result.levels.get(skill, 0), attempts,
                          result.right_items).reached()
            for skill, ladder in ladders.items()}


def since_placement(attempts: Sequence[AttemptLike]) -> tuple[AttemptLike | None,
                                                              list[AttemptLike]]:
    """The latest placement among a learner's attempts, and the skills' attempts since."""
    placement = latest_placement(attempts)
    since = [a for a in attempts if a.skill != SKILL_ID
             and (placement is None or a.finished_at >= placement.finished_at)]
    return placement, since
