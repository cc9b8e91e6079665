"""The skill map's rows, from a placement's attempt: placed, not assessed (no item could
be asked), not asked (the placement stopped at the mouse); malformed data gives fewer
rows, never an error."""

import doctest
import random
from datetime import UTC, datetime

from tests.skills.placement.ladders_for_tests import ladders
from tutor.skills.placement import skill_map as skill_map_module
from tutor.skills.placement.engine import Placement
from tutor.skills.placement.skill_map import (
    NOT_ASKED,
    NOT_ASSESSED,
    PLACED,
    SkillLevel,
    skill_map,
)

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_the_doctest():
    assert doctest.testmod(skill_map_module).failed == 0


def test_a_placement_stopped_at_the_mouse():
    placement = Placement({**ladders({"basics": 4, "typing": 4}), "email": {}}, T0)
    rng = random.Random(4)
    while placement.next_item(rng) is not None:
        placement.answer(False, 60)  # cannot use the mouse
    assert placement.stopped_early
    attempt = placement.finish(T0)
    assert skill_map(attempt.metrics, attempt.details) == [
        SkillLevel("basics", 0, 4, PLACED),
        SkillLevel("typing", 0, 4, NOT_ASKED),
        SkillLevel("email", 0, 0, NOT_ASSESSED),
    ]


def test_levels_above_the_top_and_malformed_values_are_bounded():
    metrics = {"levels": {"basics": 9, "typing": "3", "email": True}, "asked": None}
    details = {"skills": ["basics", 7, "typing", "email"],
               "top_levels": {"basics": 4, "typing": 4, "email": 2}}
    assert skill_map(metrics, details) == [
        SkillLevel("basics", 4, 4, PLACED), SkillLevel("typing", 0, 4, PLACED),
        SkillLevel("email", 0, 2, PLACED)]
    assert skill_map({}, {"skills": "basics"}) == []
