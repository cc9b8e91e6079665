"""The pointer's measures on worked examples: aim, double-clicks, the double-click limit,
the targets' size, resting on a target, following a circle."""

from __future__ import annotations

import pytest

from tutor.skills.basics import pointer
from tutor.skills.basics.pointer import (
    DoubleClickPace,
    DoubleClicks,
    Dwell,
    Press,
    TargetSizer,
    aim,
    drop,
    is_double_click,
    share_inside,
)


def test_a_click_10_px_off_a_40_px_target():
    where = aim(310, 200, 300, 200, 40)
    assert where.hit and where.distance == 10 and where.radius == 20
    assert where.relative == 0.5


def test_a_click_on_the_edge_is_a_hit_and_one_pixel_beyond_is_a_miss():
    assert aim(320, 200, 300, 200, 40).hit  # 20 px: on the edge
    beyond = aim(321, 200, 300, 200, 40)
    assert not beyond.hit and beyond.relative == pytest.approx(1.05)
    assert aim(303, 204, 300, 200, 40).distance == 5  # a 3-4-5 triangle


def test_a_drag_dropped_12_px_from_a_slot():
    where = drop(412, 300, 400, 300, 100)  # a slot 100 px wide
    assert where.distance == 12 and where.relative == pytest.approx(0.24) and where.hit
    assert not drop(460, 300, 400, 300, 100).hit  # 60 px: outside the slot's half-size


def test_a_double_click_slower_than_the_limit_is_two_clicks():
    first, second = Press(1.0, 100, 100), Press(1.95, 101, 100)  # 950 ms apart
    assert not is_double_click(first, second, limit_ms=900)
    assert is_double_click(first, second, limit_ms=1000)
    clicks = DoubleClicks()
    assert clicks.press(1.0, 100, 100, 900).kind == "first"
    outcome = clicks.press(1.95, 101, 100, 900)
    assert outcome.kind == "slow" and outcome.gap_ms == pytest.approx(950)
    assert clicks.pending is None  # the pair is over: the next press starts a new one


def test_a_double_click_in_time_and_in_place():
    clicks = DoubleClicks()
    assert clicks.press(5.0, 200, 200, 500).kind == "first"
    assert clicks.waiting(5.3, 500) and not clicks.waiting(5.6, 500)
    outcome = clicks.press(5.3, 203, 204, 500)  # 300 ms, 5 px: within 6
    assert outcome.kind == "double" and outcome.gap_ms == pytest.approx(300)
    assert outcome.first == Press(5.0, 200, 200)


def test_two_presses_far_apart_are_not_a_double_click():
    clicks = DoubleClicks()
    clicks.press(1.0, 100, 100, 900)
    outcome = clicks.press(1.2, 110, 100, 900)  # 10 px: the mouse moved
    assert outcome.kind == "apart"
    assert clicks.pending == Press(1.2, 110, 100)  # may start the next pair


def test_a_press_long_after_the_first_starts_a_new_pair():
    clicks = DoubleClicks()
    clicks.press(1.0, 100, 100, 900)
    assert clicks.press(1.0 + pointer.SLOW_PAIR_MS / 1000 + 0.1, 100, 100, 900).kind == "first"


def test_the_double_click_limit_starts_generous_and_tightens_to_the_systems():
    pace = DoubleClickPace(system_ms=500)
    assert pace.limit_ms == 900 and not pace.ready
    for expected in (800, 700, 600, 500, 500):
        pace.in_time(350)
        assert pace.limit_ms == expected
    assert pace.ready
    assert pace.typical_gap_ms == 350


def test_the_limit_loosens_toward_a_slow_learner_up_to_a_ceiling():
    pace = DoubleClickPace(system_ms=400)
    pace.too_slow(950)  # near: up to 1.1 times the gap (1045), at least a step
    assert pace.limit_ms == pytest.approx(1045)
    pace.too_slow(2000)  # far: at most three steps more, never beyond 1200
    assert pace.limit_ms == 1200
    pace.in_time(1100)
    assert pace.limit_ms == 1100
    assert pace.typical_gap_ms == 1100


def test_a_system_slower_than_the_start_is_the_start():
    pace = DoubleClickPace(system_ms=1000)
    assert pace.limit_ms == 1000 and pace.ready
    pace.in_time(300)
    assert pace.limit_ms == 1000  # never below the system's own setting


def test_targets_shrink_as_the_hits_are_accurate_and_grow_back_after_a_miss():
    sizer = TargetSizer(120, 40)
    sizer.hit(0.25)  # accurate: a fifth of the way to 40
    assert sizer.size == pytest.approx(104)
    sizer.hit(0.9)  # near the edge: a tenth
    assert sizer.size == pytest.approx(97.6)
    sizer.miss()  # halfway back to 120
    assert sizer.size == pytest.approx(108.8) and sizer.diameter == 109
    for _ in range(60):
        sizer.hit(0.1)
    assert sizer.diameter == 40  # never below min_size


def test_resting_on_a_target():
    dwell = Dwell(0.5)
    assert not dwell.feed(1.0, True)
    assert not dwell.feed(1.3, False)  # left it: the wait starts again
    assert not dwell.feed(1.4, True)
    assert not dwell.feed(1.8, True)
    assert dwell.feed(1.9, True)
    dwell.reset()
    assert not dwell.reached


def test_following_a_circle():
    assert share_inside([10, 20, 30, 70, 80], 60) == 0.6
    assert share_inside([], 60) == 0.0
