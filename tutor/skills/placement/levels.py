"""What the trainer sees of the placements: each learner's level per skill (at the
placement and now), the work they chose, and the class grouped by level in one skill,
to form groups.

"Now" is the placement's level raised by every next level the learner has passed all of
since (``path.reached_levels``), so a group formed today reflects the work done since
the placement. Pure: no Qt; a learner with no placement is in the group "no placement
yet", never an error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tutor.skills.placement.engine import Ladder
from tutor.skills.placement.path import (
    AttemptLike,
    PlacementResult,
    reached_levels,
    since_placement,
)
from tutor.skills.placement.skill_map import NOT_ASSESSED, PLACED, SkillLevel, skill_map

# The groups that are not a level, after the levels in a grouping.
NOT_CHECKED = "not-checked"  # placed, but this skill could not be asked
NO_PLACEMENT = "no-placement"


@dataclass(frozen=True)
class LearnerLevels:
    """One learner's placement as the trainer reads it."""

    learner_id: str
    name: str
    placed_at: datetime | None = None
    work: str | None = None
    rows: tuple[SkillLevel, ...] = ()  # the skill map of the latest placement
    now: Mapping[str, int] = field(default_factory=dict)  # reached level per skill

    def row(self, skill: str) -> SkillLevel | None:
        return next((row for row in self.rows if row.skill == skill), None)


def learner_levels(learner_id: str, name: str, attempts: Sequence[AttemptLike],
                   ladders: Mapping[str, Ladder]) -> LearnerLevels:
    """A learner's levels from all their attempts (any order) and the skills' ladders in
    their lesson language."""
    placement, since = since_placement(attempts)
    if placement is None:
        return LearnerLevels(learner_id, name)
    metrics = placement.metrics if isinstance(placement.metrics, Mapping) else {}
    details = placement.details if isinstance(placement.details, Mapping) else {}
    rows = tuple(skill_map(metrics, details))
    result = PlacementResult.from_attempt(placement)
    reached = reached_levels(result, since, {row.skill: ladders[row.skill] for row in rows
                                             if row.skill in ladders})
    # (never below the placement's level, nor above the ladder's top)
    now = {row.skill: min(max(reached.get(row.skill, row.level), row.level), row.top)
           for row in rows if row.status != NOT_ASSESSED}
    return LearnerLevels(learner_id, name, placement.finished_at, result.work, rows, now)


@dataclass(frozen=True)
class LevelGroup:
    """Learners at one level of a skill (``key`` an int level), or in one of the groups
    that are not a level (``NOT_CHECKED``, ``NO_PLACEMENT``)."""

    key: int | str
    top: int
    learners: tuple[LearnerLevels, ...]


def group_by_level(entries: Sequence[LearnerLevels], skill: str) -> list[LevelGroup]:
    """The class grouped by their level now in ``skill``: lowest level first, then the
    learners the skill was not checked for, then those with no placement; names in
    alphabetical order within a group."""
    by_key: dict[int | str, list[LearnerLevels]] = {}
    tops: dict[int | str, int] = {}
    for entry in entries:
        row = entry.row(skill)
        key: int | str
        if entry.placed_at is None:
            key = NO_PLACEMENT
        elif row is None or row.status == NOT_ASSESSED:
            key = NOT_CHECKED
        else:
            key = entry.now.get(skill, row.level if row.status == PLACED else 0)
            tops[key] = max(tops.get(key, 0), row.top)
        by_key.setdefault(key, []).append(entry)
    order = sorted(k for k in by_key if isinstance(k, int)) + \
        [k for k in (NOT_CHECKED, NO_PLACEMENT) if k in by_key]
    return [LevelGroup(key, tops.get(key, 0),
                       tuple(sorted(by_key[key], key=lambda e: (e.name.casefold(), e.learner_id))))
            for key in order]
