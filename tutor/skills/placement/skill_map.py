"""The skill map: what a placement found, one row per skill, as the learner sees it.

Read from the placement's attempt (``metrics`` and ``details``, see ``engine.py``), so
the map of a placement done on another PC and merged from a progress file is the same.
A row is the skill's level out of its ladder's top level, and its status:

- ``PLACED``: asked, placed at ``level`` (0: below the ladder's first level);
- ``NOT_ASSESSED``: nothing could be asked (the skill has no placement item, or it
  failed to open): its top level is 0; said plainly, never shown as a failure;
- ``NOT_ASKED``: the placement stopped early at the mouse (the gate), so this skill
  was not asked: it comes after the mouse.

Pure: no Qt; malformed data (a damaged progress file) gives fewer rows, never an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PLACED = "placed"
NOT_ASSESSED = "not-assessed"
NOT_ASKED = "not-asked"


@dataclass(frozen=True)
class SkillLevel:
    skill: str
    level: int
    top: int
    status: str


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def skill_map(metrics: Mapping[str, Any], details: Mapping[str, Any]) -> list[SkillLevel]:
    """The rows of the map, in the placement's order of skills.

    >>> skill_map({"levels": {"basics": 2, "typing": 0}, "asked": {"basics": 3, "typing": 0},
    ...            "stopped_early": False},
    ...           {"skills": ["basics", "typing"], "top_levels": {"basics": 4, "typing": 0}})
    ... # doctest: +NORMALIZE_WHITESPACE
    [SkillLevel(skill='basics', level=2, top=4, status='placed'),
     SkillLevel(skill='typing', level=0, top=0, status='not-assessed')]
    """
    skills = details.get("skills")
    levels = metrics.get("levels")
    tops = details.get("top_levels")
    asked = metrics.get("asked")
    levels = levels if isinstance(levels, Mapping) else {}
    tops = tops if isinstance(tops, Mapping) else {}
    asked = asked if isinstance(asked, Mapping) else {}
    stopped = metrics.get("stopped_early") is True
    rows = []
    for skill in skills if isinstance(skills, list) else []:
        if not isinstance(skill, str):
            continue
        top = _count(tops.get(skill))
        level = min(_count(levels.get(skill)), top)
        if top == 0:
            status = NOT_ASSESSED
        elif stopped and not _count(asked.get(skill)):
            status = NOT_ASKED
        else:
            status = PLACED
        rows.append(SkillLevel(skill, level, top, status))
    return rows
