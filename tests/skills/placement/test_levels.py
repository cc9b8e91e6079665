"""The trainer's view of placements: a learner's levels at the placement and now, and the
class grouped by level in one skill."""

from datetime import timedelta

from tests.skills.placement.ladders_for_tests import TOPS, key, ladders
from tests.skills.placement.test_path import T0, Tried, tried
from tutor.skills.placement.levels import (
    NO_PLACEMENT,
    NOT_CHECKED,
    group_by_level,
    learner_levels,
)
from tutor.skills.placement.model import PLACED_SKILLS
from tutor.skills.placement.skill_map import NOT_ASSESSED, PLACED


def placement(levels, when=T0, work=None, stopped=False, tops=None):
    tops = tops or TOPS
    return Tried("placement", "placement", "placement", True, when,
                 metrics={"levels": dict(zip(PLACED_SKILLS, levels, strict=True)),
                          "asked": {s: 2 for s in PLACED_SKILLS}, "stopped_early": stopped},
                 details={"skills": list(PLACED_SKILLS), "top_levels": dict(tops),
                          "work": work, "items": []})


def test_no_placement_yet():
    entry = learner_levels("1", "Ana", [tried(key("typing", 1, 0), True)], ladders())
    assert entry.placed_at is None and entry.rows == () and entry.now == {}


def test_levels_at_the_placement_and_now_after_passing_a_whole_level():
    placed = placement((2, 1, 1, 1, 1), work="data-entry")
    later = [Tried("typing", "typing-pack", f"typing-2-{n}", True,
                   T0 + timedelta(minutes=5 + n)) for n in range(3)]
    entry = learner_levels("1", "Ana", [*later, placed], ladders())
    assert entry.placed_at == T0 and entry.work == "data-entry"
    assert entry.row("typing").level == 1 and entry.row("typing").status == PLACED
    assert entry.now["typing"] == 2  # every level-2 typing exercise passed since
    assert entry.now["email"] == 1
    # Passes before the placement do not raise today's level: the placement says more.
    early = [Tried("email", "email-pack", f"email-2-{n}", True,
                   T0 - timedelta(days=1, minutes=n)) for n in range(3)]
    assert learner_levels("1", "Ana", [*early, placed], ladders()).now["email"] == 1


def test_a_newer_placement_replaces_the_older():
    old = placement((1, 1, 1, 1, 1))
    new = placement((3, 2, 0, 0, 0), when=T0 + timedelta(days=2))
    entry = learner_levels("1", "Ana", [new, old], ladders())
    assert entry.placed_at == new.finished_at
    assert [row.level for row in entry.rows] == [3, 2, 0, 0, 0]


def test_a_skill_not_checked_has_no_level_now():
    tops = dict(TOPS, coding=0)
    entry = learner_levels("1", "Ana", [placement((1, 1, 1, 1, 0), tops=tops)], ladders())
    assert entry.row("coding").status == NOT_ASSESSED
    assert "coding" not in entry.now


def test_the_class_grouped_by_level():
    a = learner_levels("a", "zoe", [placement((2, 1, 0, 0, 0))], ladders())
    b = learner_levels("b", "Amina", [placement((2, 3, 0, 0, 0))], ladders())
    c = learner_levels("c", "Ben", [placement((1, 1, 0, 0, 0))], ladders())
    d = learner_levels("d", "Chen", [], ladders())
    e = learner_levels("e", "Dawit", [placement((1, 1, 1, 1, 0),
                                                tops=dict(TOPS, typing=0))], ladders())
    groups = group_by_level([a, b, c, d, e], "typing")
    assert [(g.key, [x.name for x in g.learners]) for g in groups] == [
        (1, ["Ben", "zoe"]), (3, ["Amina"]), (NOT_CHECKED, ["Dawit"]),
        (NO_PLACEMENT, ["Chen"])]
    assert groups[0].top == TOPS["typing"]
    by_basics = group_by_level([a, b, c, d, e], "basics")
    assert [(g.key, len(g.learners)) for g in by_basics] == [
        (1, 2), (2, 2), (NO_PLACEMENT, 1)]


def test_a_damaged_placement_gives_no_rows_not_an_error():
    broken = Tried("placement", "placement", "placement", True, T0,
                   metrics={"levels": "x"}, details={"skills": 5})
    entry = learner_levels("1", "Ana", [broken], ladders())
    assert entry.placed_at == T0 and entry.rows == ()
    assert [g.key for g in group_by_level([entry], "typing")] == [NOT_CHECKED]
