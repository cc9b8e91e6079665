"""A skill the placement cannot ask (no placement item, or one that failed to open) is
skipped: not assessed, never a failure, and a skipped gate stops nothing."""

import random
from datetime import UTC, datetime

from tests.skills.placement.ladders_for_tests import ladders
from tutor.skills.placement.engine import Placement

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_a_skill_skipped_mid_way_loses_its_answers_and_is_not_assessed():
    placement = Placement(ladders({"basics": 4, "typing": 4}), T0)
    rng = random.Random(1)
    first = placement.next_item(rng)
    assert first is not None and first.skill == "basics" and first.level == 2
    placement.answer(True, 10)
    item = placement.next_item(rng)
    assert item is not None and item.skill == "basics"
    placement.skip_skill("basics")  # its item would not open
    assert placement.current is None and placement.answers == []
    assert placement.not_assessed() == ["basics"] and placement.level("basics") == 0
    assert not placement.stopped_early
    item = placement.next_item(rng)
    assert item is not None and item.skill == "typing"  # on to the next skill
    attempt = placement.finish(T0)
    assert attempt.details["top_levels"] == {"basics": 0, "typing": 4}
    restored = Placement.from_json(placement.to_json())
    assert restored.not_assessed() == ["basics"] and restored.current == item


def test_an_empty_gate_lets_the_others_be_asked():
    placement = Placement({"basics": {}, **ladders({"typing": 4})}, T0)
    assert placement.gate is None and placement.not_assessed() == ["basics"]
    item = placement.next_item(random.Random(2))
    assert item is not None and item.skill == "typing"
    placement.answer(False, 30)  # wrong at level 2, then level 1...
    while (item := placement.next_item(random.Random(3))) is not None:
        placement.answer(False, 30)
    assert placement.done and not placement.stopped_early and placement.levels() == {
        "basics": 0, "typing": 0}
