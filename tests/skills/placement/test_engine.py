"""The adaptive placement: worked examples of the items it asks, what it credits without
asking, when it stops, the mouse gate, saving and resuming, and its attempt."""

import json
import random
from datetime import UTC, datetime, timedelta

import pytest

from tests.skills.placement.ladders_for_tests import TOPS, key, ladders
from tutor.skills.placement.engine import (
    MAX_ITEMS_PER_SKILL,
    Placement,
    estimate,
    outcomes,
    start_level,
)
from tutor.skills.placement.model import PLACED_SKILLS

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def play(placement, rng, answers):
    """Answer the items asked with ``answers`` (a list of right/wrong, or a function of
    the item); return the items asked."""
    asked = []
    while (item := placement.next_item(rng)) is not None:
        if isinstance(answers, list):
            if not answers:
                break
            right = answers.pop(0)
        else:
            right = answers(item)
        asked.append(item)
        placement.answer(right, 12.5)
    return asked


def one_skill(top=4, per_level=3):
    return Placement({"typing": ladders({"typing": top}, per_level)["typing"]}, T0)


def test_estimate_and_outcomes_worked_examples():
    assert estimate({}) == 0
    assert estimate({2: True}) == 2
    assert estimate({2: True, 3: False}) == 2
    assert estimate({1: False}) == 0
    assert estimate({2: True, 3: True, 4: False}) == 3
    # A wrong answer at or below a level takes its credit away.
    assert estimate({3: True, 2: False}) == 0
    assert estimate({1: True, 3: True, 2: False}) == 1
    assert outcomes([(2, True), (2, False)]) == {2: True}  # a tie counts as right
    assert outcomes([(2, True), (2, False), (2, False)]) == {2: False}


def test_the_first_item_is_at_the_easy_middle_level():
    assert start_level([1, 2, 3, 4]) == 2
    assert start_level([1, 2, 3, 4, 5]) == 3
    assert start_level([1, 2]) == 1
    assert start_level([3]) == 3
    assert start_level([1, 2, 3, 4, 5, 6, 7, 8]) == 4


def test_right_answers_go_up_and_credit_the_levels_below_without_asking_them():
    placement = one_skill(top=4)
    asked = play(placement, random.Random(1), lambda item: True)
    # 2 right (1 credited), 3 right, 4 right, then 4 once more (a single right answer
    # holds the top): 1 is never asked.
    assert [item.level for item in asked] == [2, 3, 4, 4]
    assert placement.level("typing") == 4 and placement.done


def test_a_wrong_answer_goes_down_and_marks_the_levels_above_without_asking_them():
    placement = one_skill(top=4)
    asked = play(placement, random.Random(1), lambda item: item.level <= 1)
    # 2 wrong (3 and 4 marked not known), 1 right, 1 again to confirm: 3 and 4 never asked.
    assert [item.level for item in asked] == [2, 1, 1]
    assert placement.level("typing") == 1


def test_it_stops_when_the_boundary_is_pinned_and_confirmed():
    placement = one_skill(top=5)
    asked = play(placement, random.Random(2), lambda item: item.level <= 3)
    # 3 right, then 4 and 5 open: 4 wrong pins 3|4, 3 is confirmed, nothing can move it.
    assert [item.level for item in asked] == [3, 4, 3]
    assert placement.level("typing") == 3
    assert placement.open_levels("typing") == []


def test_one_right_one_wrong_at_a_level_asks_a_third():
    placement = one_skill(top=4)
    asked = play(placement, random.Random(3), [True, False, False, False, True, True])
    # 2 right, 3 wrong; 2 confirmed: wrong (a tie), a third at 2: wrong, so 2 is wrong
    # and 1 opens: right. Its confirmation would be a sixth item: over the cap.
    assert MAX_ITEMS_PER_SKILL == 5
    assert [item.level for item in asked] == [2, 3, 2, 2, 1]
    assert placement.outcomes("typing") == {1: True, 2: False, 3: False}
    assert placement.level("typing") == 1 and placement.done


def test_each_skill_asks_at_most_its_cap():
    placement = one_skill(top=8, per_level=3)
    flips = iter([True, False] * 10)
    asked = play(placement, random.Random(4), lambda item: next(flips))
    assert len(asked) <= MAX_ITEMS_PER_SKILL


def test_items_never_repeat_and_come_from_their_level():
    rng = random.Random(5)
    for _ in range(50):
        placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
        asked = play(placement, rng, lambda item: rng.random() < 0.5)
        assert len({(i.skill, i.key) for i in asked}) == len(asked)
        for item in asked:
            assert item.key in ladders()[item.skill][item.level]


def test_the_same_answers_and_seed_ask_the_same_items():
    def run(seed):
        placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
        return [(i.skill, i.key) for i in play(placement, random.Random(seed),
                                               lambda item: item.level <= 2)]
    assert run(7) == run(7)
    assert run(7) != run(8)  # another item of the same level


def test_the_skills_come_in_order_basics_first():
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    asked = play(placement, random.Random(6), lambda item: item.level <= 2)
    skills = [item.skill for item in asked]
    assert skills[0] == "basics"
    assert [s for n, s in enumerate(skills) if n == 0 or skills[n - 1] != s] == list(PLACED_SKILLS)
    assert placement.levels() == dict.fromkeys(PLACED_SKILLS, 2)


def test_a_learner_who_fails_the_mouse_tasks_is_asked_nothing_else():
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    asked = play(placement, random.Random(7), lambda item: False)
    assert {item.skill for item in asked} == {"basics"}
    # 2 wrong, then the mouse (level 1) wrong twice.
    assert [item.level for item in asked] == [2, 1, 1]
    assert placement.stopped_early and placement.done
    assert placement.levels() == dict.fromkeys(PLACED_SKILLS, 0)
    assert placement.next_item(random.Random(0)) is None


def test_one_slip_at_the_mouse_does_not_stop_the_placement():
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    answers = [False, False, True, True]  # basics 2 wrong, 1 wrong, 1 right, 1 right
    asked = play(placement, random.Random(8), answers)
    assert [item.level for item in asked] == [2, 1, 1, 1]
    assert not placement.stopped_early
    assert placement.level("basics") == 1
    assert placement.next_item(random.Random(0)).skill == "typing"


def test_a_skill_without_a_ladder_is_skipped_with_level_0():
    placement = Placement({"basics": ladders()["basics"], "email": {}}, T0,
                          skills=["basics", "email"])
    play(placement, random.Random(9), lambda item: True)
    assert placement.done and placement.levels() == {"basics": 4, "email": 0}


def test_the_state_is_json_and_a_placement_resumes_where_it_was():
    rng = random.Random(10)
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    placement.choose_work("data-entry")
    play(placement, rng, [True, True, False, True, True])
    pending = placement.next_item(rng)  # shown when the power went off
    saved = json.loads(json.dumps(placement.to_json()))
    resumed = Placement.from_json(saved)
    assert resumed.to_json() == placement.to_json()
    assert resumed.next_item(random.Random(99)) == pending  # the same item again
    assert resumed.work == "data-entry" and resumed.levels() == placement.levels()
    # Both go on the same way with the same answers and the same random numbers.
    ends = []
    for p in (placement, resumed):
        play(p, random.Random(11), lambda item: item.level <= 3)
        ends.append((p.levels(), [(a.skill, a.key) for a in p.answers]))
    assert ends[0] == ends[1]


def test_a_saved_state_that_is_not_one_is_refused():
    with pytest.raises(ValueError):
        Placement.from_json({"format": "something else"})
    state = Placement(ladders(), T0).to_json()
    with pytest.raises(ValueError):
        Placement.from_json({**state, "answers": [{"skill": "typing"}]})
    with pytest.raises(ValueError):
        Placement.from_json({**state, "work": "astronaut"})


def test_answering_with_no_item_asked_is_an_error():
    with pytest.raises(ValueError):
        Placement(ladders(), T0).answer(True, 3)


def test_the_finished_attempt():
    rng = random.Random(12)
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    placement.choose_work("code")
    play(placement, rng, lambda item: item.level <= 2)
    attempt = placement.finish(T0 + timedelta(minutes=17))
    assert (attempt.skill, attempt.pack_id, attempt.exercise_id) == (
        "placement", "placement", "placement")
    assert attempt.passed and attempt.seconds == 17 * 60
    levels = dict.fromkeys(PLACED_SKILLS, 2)
    assert attempt.metrics["levels"] == levels
    assert attempt.metrics["items"] == len(placement.answers) == sum(
        attempt.metrics["asked"].values())
    assert attempt.metrics["stopped_early"] is False
    assert attempt.score == round(10 / sum(TOPS.values()), 4)  # 2 x 5 of 22 levels
    first = attempt.details["items"][0]
    assert first == {"skill": "basics", "pack": "basics-pack",
                     "exercise": placement.answers[0].key[1], "level": 2, "right": True,
                     "seconds": 12.5}
    assert attempt.details["work"] == "code"
    assert key("basics", 2, 0)[0] == first["pack"]


def test_an_unfinished_placement_is_not_passed():
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    play(placement, random.Random(13), [True])
    assert not placement.finish(T0 + timedelta(minutes=1)).passed
