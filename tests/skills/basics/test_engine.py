"""The work on a computer-basics exercise: steps, slips and helps; targets, misses,
sizes and the double-click limit; and the attempt each ends in (times passed in)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tutor.skills.basics import pointer
from tutor.skills.basics.engine import PointerWork, StepsWork
from tutor.skills.basics.model import BasicsExercise

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def keys(steps: int = 4) -> BasicsExercise:
    return BasicsExercise.model_validate({
        "id": "big-keys", "title": "Big keys", "kind": "keys", "say": "Use the big keys.",
        "steps": [{"do": "press", "key": "Space", "say": "Press Space."}] * steps})


def click(targets: int = 4, **more: object) -> BasicsExercise:
    return BasicsExercise.model_validate({
        "id": "click", "title": "Click", "kind": "click", "say": "Click each circle.",
        "targets": targets, "start_size": 120, "min_size": 32, **more})


# -- steps ---------------------------------------------------------------------------------
def test_steps_go_one_after_another_and_time_each():
    work = StepsWork("basics-1", "1", keys(3), started=100.0, started_at=START)
    assert work.index == 0 and work.step is not None and work.step.key == "Space"
    work.done(102.5)
    work.slip(103.0, "pressed Enter")
    work.helped(103.5)
    work.done(106.0)
    assert work.index == 2 and not work.finished
    work.done(107.0)
    assert work.finished and work.step is None
    work.done(108.0)  # nothing more to do
    work.slip(108.0, "late")  # after the end: not counted
    assert work.slips == 1 and work.helps == 1
    seconds = [r.seconds for r in work.records]
    assert seconds == [2.5, 3.5, 1.0]


def test_steps_attempt_scores_the_share_of_steps_without_a_slip():
    work = StepsWork("basics-1", "1", keys(4), started=0.0, started_at=START)
    work.done(1.0)
    work.slip(1.5, "pressed Enter")
    work.done(3.0)
    work.done(4.0)
    work.helped(4.2)
    work.done(6.0)
    attempt = work.finish(6.0)
    assert attempt.skill == "basics" and attempt.exercise_id == "big-keys"
    assert attempt.pack_id == "basics-1" and attempt.pack_version == "1"
    assert attempt.score == 0.75  # 3 of 4 steps with no slip
    assert attempt.passed  # 1 slip, 2 allowed for 4 steps
    assert dict(attempt.metrics) == {"steps": 4, "done": 4, "slips": 1, "helps": 1,
                                     "seconds": 6.0}
    assert attempt.started_at == START and attempt.finished_at == START + timedelta(seconds=6)
    step2 = attempt.details["steps"][1]
    assert step2 == {"do": "press", "done": True, "slips": 1, "slipped": ["pressed Enter"],
                     "helps": 0, "seconds": 2.0}
    assert [f["criterion"] for f in attempt.details["feedback"]] == ["all-steps", "few-slips"]


def test_too_many_slips_fail_even_with_every_step_done():
    work = StepsWork("p", "1", keys(4), started=0.0, started_at=START)
    for t in range(4):
        work.slip(t + 0.2, "wrong")
        if t == 0:
            work.slip(t + 0.4, "wrong again")
        work.done(t + 1.0)
    attempt = work.finish(4.0, finished_at=START + timedelta(minutes=1))
    assert work.slips == 5 and attempt.score == 0.0 and not attempt.passed
    assert attempt.finished_at == START + timedelta(minutes=1)


def test_a_step_exercise_left_before_its_end_does_not_pass():
    work = StepsWork("p", "1", keys(4), started=0.0, started_at=START)
    work.done(1.0)
    work.done(2.0)
    attempt = work.finish(3.0)
    assert attempt.score == 0.5 and not attempt.passed
    assert attempt.details["steps"][3]["done"] is False


def test_steps_work_refuses_a_pointer_exercise():
    with pytest.raises(ValueError):
        StepsWork("p", "1", click(), started=0.0)


# -- pointer ---------------------------------------------------------------------------------
def test_a_click_10_px_off_a_40_px_target_is_a_hit_at_half_the_radius():
    work = PointerWork("p", "1", click(1, start_size=40, min_size=24), started=0.0,
                       started_at=START)
    assert work.size == 40
    where = pointer.aim(110, 100, 100, 100, work.size)
    assert where.hit and where.distance == 10 and where.relative == 0.5
    work.hit(1.5, where)
    attempt = work.finish(1.5)
    assert attempt.passed and attempt.score == 1.0
    assert attempt.metrics["distance"] == 10.0 and attempt.metrics["relative"] == 0.5
    assert attempt.metrics["per_target"] == 1.5
    assert attempt.details["targets"][0]["distance"] == 10.0


def test_targets_shrink_with_accurate_hits_and_grow_back_after_a_miss():
    work = PointerWork("p", "1", click(8), started=0.0)
    assert work.size == 120
    work.hit(1.0, pointer.Aim(5, 60))  # accurate: 20% of the way to 32
    assert work.size == round(120 - 88 * 0.2)  # 102.4 -> 102
    work.hit(2.0, pointer.Aim(50, 51.2))  # near the edge: 10% of the way
    assert work.size == round(102.4 - 70.4 * 0.1)  # 95.36 -> 95
    work.miss(3.0, pointer.Aim(80, 47.68))
    assert work.size == round(95.36 + (120 - 95.36) / 2)  # 107.68 -> 108
    assert work.records[2].misses == 1 and work.records[2].size == 108


def test_a_missed_target_is_not_first_try_and_the_verdict_counts_it():
    work = PointerWork("p", "1", click(4, min_hits=0.75), started=0.0, started_at=START)
    t = 0.0
    for n in range(4):
        if n == 1:
            work.miss(t + 0.5, pointer.Aim(90, 60))
        t += 1.0
        work.hit(t, pointer.Aim(12, work.size / 2))
    attempt = work.finish(t)
    assert attempt.metrics["first_try"] == 3 and attempt.metrics["misses"] == 1
    assert attempt.passed  # 3 of 4 first time, 0.75 asked
    work2 = PointerWork("p", "1", click(4, min_hits=0.8), started=0.0, started_at=START)
    for n in range(4):
        if n == 1:
            work2.miss(n + 0.5)
        work2.hit(n + 1.0, pointer.Aim(12, work2.size / 2))
    assert not work2.finish(4.0).passed  # 3 of 4 < 0.8


def test_pointer_work_left_before_its_end_does_not_pass():
    work = PointerWork("p", "1", click(4), started=0.0, started_at=START)
    work.hit(1.0, pointer.Aim(0, 60))
    attempt = work.finish(2.0)
    assert not attempt.passed and attempt.metrics["done"] == 1
    assert len(attempt.details["targets"]) == 2  # the one done and the one shown


def double(targets: int = 2) -> BasicsExercise:
    return BasicsExercise.model_validate({
        "id": "double", "title": "Double-click", "kind": "double-click",
        "say": "Double-click the folder.", "targets": targets, "start_size": 100,
        "min_size": 40})


def test_a_double_click_slower_than_the_limit_is_two_clicks():
    work = PointerWork("p", "1", double(), started=0.0, system_double_click_ms=500)
    assert work.double_click_ms == 900
    assert work.double_press(1.000, 200, 200, 200, 200) == "first"
    assert work.double_press(2.100, 201, 200, 200, 200) == "slow"  # 1100 ms > 900
    assert work.index == 0 and work.records[0].slip_count == 1
    assert work.double_click_ms == 1200  # loosened toward the learner's pace (ceiling)
    assert work.double_press(3.000, 200, 200, 200, 200) == "first"
    assert work.double_press(3.400, 202, 201, 200, 200) == "double"  # 400 ms, 2.2 px
    assert work.index == 1
    assert work.double_click_ms == 1100  # tightened by a step
    attempt = work.finish(4.0)
    assert attempt.metrics["doubles"] == 2 and attempt.metrics["doubles_in_time"] == 1
    assert attempt.metrics["double_click_ms"] == 1100
    assert attempt.metrics["system_double_click_ms"] == 500
    assert attempt.details["targets"][0]["gap_ms"] == 400


def test_double_click_presses_off_the_target_are_misses():
    work = PointerWork("p", "1", double(1), started=0.0)
    assert work.double_press(1.0, 400, 400, 200, 200) == "miss"
    assert work.records[0].misses == 1


def test_hold_legs_are_followed_when_the_pointer_stays_on_the_circle():
    exercise = BasicsExercise.model_validate({
        "id": "hold", "title": "Hold", "kind": "hold", "say": "Follow the circle.",
        "targets": 2, "start_size": 120, "min_size": 60})
    work = PointerWork("p", "1", exercise, started=0.0)
    for d in [10, 20, 70, 30, 10]:  # 4 of 5 on the circle (radius 60)
        work.hold_sample(0.1, d)
    assert work.hold_end(4.0) and work.index == 1
    for d in [70, 80, 10, 90, 10]:  # 2 of 5
        work.hold_sample(4.1, d)
    assert not work.hold_end(8.0) and work.records[1].misses == 1
    metrics = work.finish(8.0).metrics
    assert metrics["followed"] == round((0.8 + 0.4) / 2, 3)


def test_the_next_double_click_exercise_goes_on_from_the_last_limit():
    from tutor.skills.basics.engine import last_double_click_ms

    assert last_double_click_ms([{"done": 3}, {"double_click_ms": 700},
                                 {"double_click_ms": 600}, {"relative": 0.2}]) == 600
    assert last_double_click_ms([{"double_click_ms": True}, {}]) is None
    work = PointerWork("p", "1", double(), started=0.0, system_double_click_ms=500,
                       double_click_start_ms=600)
    assert work.double_click_ms == 600
    slow = PointerWork("p", "1", double(), started=0.0, double_click_start_ms=5000)
    assert slow.double_click_ms == 1200  # never beyond the ceiling
