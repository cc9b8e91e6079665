"""The practice window: its geometry, its states and when each window step is done
(worked examples in pixels)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tutor.skills.basics.model import BasicsExercise, Step
from tutor.skills.basics.windows import (
    MOVE_AT_LEAST,
    Rect,
    Window,
    at_least,
    closed,
    first_window,
    fitted,
    maximised,
    minimised,
    moved,
    moved_by,
    opened,
    outcome,
    ready,
    resized,
    restored,
    shown,
    taskbar_clicked,
    title_double_clicked,
)

AREA = (800, 400)


def step(do: str, **fields) -> Step:
    return Step(do=do, say="Do it.", **fields)


def normal(x=100, y=50, w=400, h=250) -> Window:
    return Window("normal", Rect(x, y, w, h))


def test_the_first_window_is_in_the_middle():
    window = first_window(AREA)
    assert window.state == "normal"
    assert window.rect == Rect(180, 90, 440, 220)


def test_a_window_moved_30_px_counts_as_moved():
    start = normal()
    now = moved(start, 30, 0, AREA)
    assert now.rect == Rect(130, 50, 400, 250)
    assert MOVE_AT_LEAST == 30
    assert outcome(step("move"), start, "move", now) == "done"
    assert outcome(step("move"), start, "move", moved(start, 29, 0, AREA)) == ""


def test_a_move_of_18_and_24_px_is_30_px():
    start = normal()
    assert moved_by(start, moved(start, 18, 24, AREA)) == 30.0
    assert outcome(step("move"), start, "move", moved(start, 18, 24, AREA)) == "done"


def test_the_step_may_ask_for_more_pixels():
    start = normal()
    far = step("move", value="80")
    assert at_least(far) == 80
    assert outcome(far, start, "move", moved(start, 30, 0, AREA)) == ""
    assert outcome(far, start, "move", moved(start, 0, 80, AREA)) == "done"


def test_moves_add_up_from_where_the_step_found_the_window():
    start = normal()
    halfway = moved(start, 20, 0, AREA)
    assert outcome(step("move"), start, "move", halfway) == ""
    assert outcome(step("move"), start, "move", moved(halfway, 15, 0, AREA)) == "done"


def test_the_title_bar_stays_on_the_desktop():
    window = moved(normal(), 5000, 5000, AREA)
    assert window.rect.x == 800 - 80  # 80 px of the title bar still to take
    assert window.rect.y == 400 - 40
    window = moved(normal(), -5000, -5000, AREA)
    assert window.rect.x == 80 - 400 and window.rect.y == 0


def test_resizing_by_the_grip():
    start = normal()
    now = resized(start, 40, -10, AREA)
    assert now.rect == Rect(100, 50, 440, 240)
    assert outcome(step("resize"), start, "resize", now) == "done"
    assert outcome(step("resize"), start, "resize", resized(start, 20, 20, AREA)) == ""


def test_a_window_is_never_smaller_than_its_least_size_nor_out_of_the_desktop():
    assert resized(normal(), -1000, -1000, AREA).rect == Rect(100, 50, 200, 130)
    assert resized(normal(), 1000, 1000, AREA).rect == Rect(100, 50, 700, 350)


def test_right_to_left_the_grip_is_on_the_left_and_the_right_edge_stays():
    start = normal()
    now = resized(start, -50, 0, AREA, grip_on_left=True)
    assert now.rect == Rect(50, 50, 450, 250)
    assert now.rect.x + now.rect.w == start.rect.x + start.rect.w


def test_states_and_where_the_window_is_drawn():
    window = normal()
    assert shown(window, AREA) == window.rect
    assert shown(maximised(window), AREA) == Rect(0, 0, 800, 400)
    assert shown(minimised(window), AREA) is None
    assert shown(closed(window), AREA) is None
    assert restored(maximised(window)).rect == window.rect  # back where it was
    assert moved(maximised(window), 50, 50, AREA) == maximised(window)


def test_the_taskbar_button_opens_restores_and_minimises():
    window = normal()
    assert taskbar_clicked(closed(window)) == ("open", window)
    assert taskbar_clicked(minimised(window)) == ("restore", window)
    assert taskbar_clicked(window) == ("minimise", minimised(window))
    assert title_double_clicked(window) == ("maximise", maximised(window))
    assert title_double_clicked(maximised(window)) == ("restore", window)


def test_each_step_is_done_by_its_action_and_another_is_a_slip():
    window = normal()
    for do, action, after in (("minimise", "minimise", minimised(window)),
                              ("maximise", "maximise", maximised(window)),
                              ("restore", "restore", window),
                              ("close", "close", closed(window)),
                              ("open", "open", window)):
        assert outcome(step(do), window, action, after) == "done"
    assert outcome(step("minimise"), window, "close", closed(window)) == "slip"
    assert outcome(step("close"), window, "maximise", maximised(window)) == "slip"
    assert outcome(step("close"), window, "move", moved(window, 50, 0, AREA)) == ""


def test_each_step_finds_the_window_ready():
    window = normal()
    assert ready(step("open"), window).state == "closed"
    assert ready(step("restore"), window).state == "maximised"
    assert ready(step("restore"), minimised(window)).state == "minimised"
    assert ready(step("move"), maximised(window)).state == "normal"
    assert ready(step("close"), closed(window)).state == "normal"
    assert ready(step("close"), maximised(window)).state == "maximised"


def test_a_smaller_desktop_keeps_the_window_on_it():
    window = fitted(normal(x=500, w=600), (400, 300))
    assert window.rect.w == 400 and window.rect.x <= 400 - 80


# --- every shipped window exercise, done right -------------------------------------------

LESSONS = Path(__file__).parents[3] / "lessons" / "basics"

DO = {"open": opened, "close": closed, "minimise": minimised, "maximise": maximised,
      "restore": restored}


def test_every_shipped_window_exercise_can_be_done_step_by_step():
    played = 0
    for path in sorted(LESSONS.glob("*/*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("exercises", []):
            exercise = BasicsExercise.model_validate(raw)
            if exercise.kind != "window":
                continue
            window = first_window(AREA)
            for number, each in enumerate(exercise.steps, 1):
                start = ready(each, window)
                if each.do == "move":
                    after = moved(start, at_least(each), 0, AREA)
                elif each.do == "resize":
                    after = resized(start, -at_least(each), 0, AREA)
                else:
                    after = DO[each.do](start)
                assert outcome(each, start, each.do, after) == "done", (path.name, number)
                window = after
                played += 1
    assert played >= 20
