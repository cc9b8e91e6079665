"""The path on worked histories: a learner passing everything moves forward in order, one
stuck on an exercise steps back, one who chose data entry gets typing and sheets first,
prerequisites hold coding back, a trainer's override wins."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count

from tests.skills.placement.ladders_for_tests import key, ladders
from tutor.skills.placement.model import PLACED_SKILLS
from tutor.skills.placement.path import (
    PlacementResult,
    latest_placement,
    next_exercises,
)

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
_minutes = count(1)


@dataclass
class Tried:
    skill: str
    pack_id: str
    exercise_id: str
    passed: bool
    finished_at: datetime = field(default_factory=lambda: T0 + timedelta(minutes=next(_minutes)))
    metrics: dict = field(default_factory=dict)
    details: dict = field(default_factory=dict)


def tried(exercise, passed):
    pack, exercise_id = exercise
    return Tried(pack.removesuffix("-pack"), pack, exercise_id, passed)


def skill_of(exercise):
    return exercise[0].removesuffix("-pack")


def result(levels, work=None, right=()):
    return PlacementResult(dict(zip(PLACED_SKILLS, levels, strict=True)), work, frozenset(right))


def first_in(path, skill):
    return next(k for k in path if skill_of(k) == skill)


def test_a_learner_passing_everything_moves_forward_in_order():
    placed = result((2, 1, 1, 1, 1))
    attempts = []
    path = next_exercises(placed, attempts, ladders())
    # No work chosen: the skills take turns, each from the placement's level.
    assert path[:6] == [key("basics", 2, 0), key("typing", 1, 0), key("email", 1, 0),
                        key("sheets", 1, 0), key("coding", 1, 0), key("basics", 2, 1)]
    done = []
    while path := next_exercises(placed, attempts, ladders()):
        assert path[0] not in done
        done.append(path[0])
        attempts.append(tried(path[0], passed=True))
    for skill, start in zip(PLACED_SKILLS, (2, 1, 1, 1, 1), strict=True):
        expected = [k for level, keys in ladders()[skill].items() if level >= start
                    for k in keys]
        assert [k for k in done if skill_of(k) == skill] == expected
    assert len(done) == 3 * (3 + 4 + 4 + 5 + 5)


def test_the_path_starts_at_the_first_exercise_not_passed_of_the_level():
    placed = result((2, 2, 0, 0, 0), right=[key("typing", 2, 0)])
    attempts = [tried(key("typing", 2, 1), passed=True)]
    path = next_exercises(placed, attempts, ladders(), count=30)
    assert first_in(path, "typing") == key("typing", 2, 2)
    assert first_in(path, "email") == key("email", 1, 0)  # level 0: the first level


def test_three_failures_step_back_to_an_easier_exercise():
    placed = result((2, 2, 2, 2, 2))
    attempts = [tried(key("typing", 2, 0), passed=False) for _ in range(2)]
    path = next_exercises(placed, attempts, ladders(), count=30)
    assert first_in(path, "typing") == key("typing", 2, 0)  # two failures: still it
    attempts.append(tried(key("typing", 2, 0), passed=False))
    path = next_exercises(placed, attempts, ladders(), count=30)
    # Stuck: the previous level's first exercise not passed, then back to the hard one.
    typing = [k for k in path if skill_of(k) == "typing"]
    assert typing[:2] == [key("typing", 1, 0), key("typing", 2, 0)]
    attempts.append(tried(key("typing", 1, 0), passed=True))
    path = next_exercises(placed, attempts, ladders(), count=30)
    assert first_in(path, "typing") == key("typing", 2, 0)  # a pass: it comes back
    attempts += [tried(key("typing", 2, 0), passed=False) for _ in range(3)]
    path = next_exercises(placed, attempts, ladders(), count=30)
    assert first_in(path, "typing") == key("typing", 1, 1)  # stuck again: the next easier


def test_stuck_with_nothing_easier_the_other_exercises_of_the_level_go_first():
    placed = result((1, 1, 1, 1, 1))
    attempts = [tried(key("email", 1, 0), passed=False) for _ in range(3)]
    path = next_exercises(placed, attempts, ladders(), count=40)
    email = [k for k in path if skill_of(k) == "email"]
    assert email[:3] == [key("email", 1, 1), key("email", 1, 2), key("email", 1, 0)]


def test_data_entry_gets_typing_and_sheets_first():
    path = next_exercises(result((2, 1, 1, 1, 1), work="data-entry"), [], ladders())
    assert [skill_of(k) for k in path[:4]] == ["typing", "sheets", "typing", "sheets"]
    # The others come too, at half the pace.
    assert [skill_of(k) for k in path[:10]].count("typing") == 4
    assert {"basics", "email", "coding"} <= {skill_of(k) for k in path[:10]}
    path = next_exercises(result((2, 1, 1, 1, 1), work="customer-service"), [], ladders())
    assert [skill_of(k) for k in path[:2]] == ["email", "typing"]


def test_the_work_shapes_the_pace_as_attempts_come():
    placed = result((2, 1, 1, 1, 1), work="data-entry")
    attempts = []
    for _ in range(12):
        path = next_exercises(placed, attempts, ladders())
        attempts.append(tried(path[0], passed=True))
    skills = [a.skill for a in attempts]
    assert skills[:4] == ["typing", "sheets", "typing", "sheets"]
    assert skills.count("typing") + skills.count("sheets") >= 8


def test_no_coding_before_basics_level_2():
    placed = result((1, 2, 1, 1, 3), work="code")
    attempts = []
    path = next_exercises(placed, attempts, ladders(), count=40)
    assert "coding" not in {skill_of(k) for k in path}
    assert skill_of(path[0]) == "basics"  # what coding waits on takes its place
    for n in range(3):  # basics level 2 passed: level 2 reached
        attempts.append(tried(key("basics", 2, n), passed=True))
    path = next_exercises(placed, attempts, ladders())
    assert path[0] == key("coding", 3, 0)


def test_a_learner_who_cannot_use_the_mouse_gets_only_the_mouse():
    path = next_exercises(result((0, 0, 0, 0, 0), work="office"), [], ladders())
    assert path[0] == key("basics", 1, 0)
    assert {skill_of(k) for k in path} == {"basics"}
    assert next_exercises(None, [], ladders())[0] == key("basics", 1, 0)


def test_a_trainers_override_wins():
    placed = result((2, 1, 1, 1, 1), work="data-entry")
    attempts = [tried(key("email", 3, 0), passed=True)]
    override = [key("email", 3, 0), key("email", 4, 1), key("sheets", 5, 2)]
    path = next_exercises(placed, attempts, ladders(), override=override)
    assert path[:2] == [key("email", 4, 1), key("sheets", 5, 2)]  # the passed one is done
    assert skill_of(path[2]) == "typing"  # then the path as computed
    assert len(path) == len(set(path)) == 10


def test_the_latest_placement_and_its_result():
    old = Tried("placement", "placement", "placement", True, T0,
                metrics={"levels": {"typing": 1}})
    new = Tried("placement", "placement", "placement", True, T0 + timedelta(days=3),
                metrics={"levels": {"typing": 3, "email": -1, "sheets": "x"}},
                details={"work": "code", "items": [
                    {"pack": "typing-pack", "exercise": "typing-3-0", "right": True},
                    {"pack": "typing-pack", "exercise": "typing-4-0", "right": False},
                    "garbage"]})
    assert latest_placement([new, tried(key("typing", 1, 0), True), old]) is new
    parsed = PlacementResult.from_attempt(new)
    assert parsed == PlacementResult({"typing": 3}, "code",
                                     frozenset({("typing-pack", "typing-3-0")}))
    broken = Tried("placement", "placement", "placement", True, T0,
                   metrics={"levels": [1, 2]}, details={"work": 5, "items": {}})
    assert PlacementResult.from_attempt(broken) == PlacementResult()
