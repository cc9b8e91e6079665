"""A whole mouse lesson in the real window, the real pointer moved by xdotool (issue #18):
click the circles as they appear, double-click, drag a file onto a folder; each exercise
ends with its attempt committed, and Next opens the following one."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import click, screenshot, start_app, wait_for_screen, xdotool

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PACK = '''id = "e2e-basics-mouse"
version = "1.0"
language = "en"
skill = "basics"
title = "The mouse (test)"

[[exercises]]
id = "click"
title = "Click"
kind = "click"
say = "Click each circle."
targets = 4
start_size = 100
min_size = 40
min_hits = 0.75

[[exercises]]
id = "double-click"
title = "Double-click"
kind = "double-click"
say = "Click two times, fast."
targets = 2
start_size = 100
min_size = 60

[[exercises]]
id = "drag-file"
title = "Put a file in a folder"
kind = "drag"
drag = "file-to-folder"
say = "Hold the button on the file, move it onto the folder, let go."
targets = 2
start_size = 100
min_size = 60
'''
# Colours of the normal theme (tutor.ui.style.NORMAL) and of the explorer's pictures.
ACCENT = (0x0F, 0x76, 0x6E)  # the circles (and the pictures in the bar above)
FOLDER = (0xE8, 0xB3, 0x39)  # assets/icons/basics/explorer-folder.svg
FILE_LINES = (0x64, 0x74, 0x8B)  # assets/icons/basics/explorer-text.svg
SHEETS_GREEN = (0x15, 0x80, 0x3D)  # assets/skills/sheets.svg, on the home screen
PRACTICE_TOP = 250  # px: the practice area is below the picture and the words


def centre_of(path: Path, rgb, top: int = PRACTICE_TOP) -> tuple[int, int, int]:
    """The centre of the pixels of colour ``rgb`` below ``top`` (every second pixel),
    and how many there are; no pixels (-1, -1, 0) unless they make a round shape, as
    wide as it is high (the result page's Next button is of that colour too)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    xs = ys = count = 0
    left = top_y = 10**6
    right = bottom = -1
    for y in range(top, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).getRgb()[:3] == rgb:
                xs += x
                ys += y
                count += 1
                left, right = min(left, x), max(right, x)
                top_y, bottom = min(top_y, y), max(bottom, y)
    if not count:
        return -1, -1, 0
    width, height = right - left + 2, bottom - top_y + 2
    if not 0.75 <= width / height <= 1.33:
        return -1, -1, 0
    return round(xs / count), round(ys / count), count


def wait_for_target(display, path, rgb, away_from=None, timeout=15.0):
    """Screenshots until a shape of ``rgb`` is drawn in the practice area (and, with
    ``away_from``, somewhere else than there: the next target); returns its centre."""
    deadline = time.monotonic() + timeout
    while True:
        screenshot(display, path)
        x, y, count = centre_of(path, rgb)
        moved = away_from is None or abs(x - away_from[0]) + abs(y - away_from[1]) > 8
        if count > 30 and moved:
            return x, y
        if time.monotonic() > deadline:
            raise AssertionError(f"no target of {rgb} appeared ({count} pixels)")
        time.sleep(0.15)


def next_exercise(display, path, rgb, tries: int = 3) -> tuple[int, int]:
    """Space on the result page's Next (it has the keyboard once the result is shown:
    pressed before, it is lost, so it is pressed again) until the next exercise's first
    target is drawn; returns its centre."""
    for attempt in range(tries):
        xdotool(display, "key", "space")
        try:
            return wait_for_target(display, path, rgb, timeout=4.0)
        except AssertionError:
            if attempt == tries - 1:
                raise
    raise AssertionError("unreachable")


def attempts(data: Path) -> list[tuple]:
    with sqlite3.connect(data / "tutor.sqlite3") as conn:
        return conn.execute(
            "SELECT exercise_id, passed, metrics FROM attempts ORDER BY finished_at").fetchall()


def wait_for_attempts(data: Path, count: int, timeout: float = 15.0) -> list[tuple]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = attempts(data)
        if len(rows) >= count:
            return rows
        time.sleep(0.2)
    raise AssertionError(f"{count} attempts expected, {len(attempts(data))} recorded")


def test_a_mouse_lesson_with_the_real_pointer(xvfb, tmp_path):
    data = tmp_path / "data"
    (data / "lessons").mkdir(parents=True)
    (data / "lessons" / "e2e-basics.toml").write_text(PACK, encoding="utf-8")
    setup = (
        "import sys; from tutor import startup; "
        "from tutor.store.learners import create_learner, set_skill_settings; "
        "rt = startup.start(sys.argv[1]); "
        "l = create_learner(rt.db, 'Ana', 'sun', 'en'); "
        "set_skill_settings(rt.db, l.id, 'basics', {'speak': False}); rt.close()"
    )
    subprocess.run([sys.executable, "-c", setup, str(data)], cwd=ROOT, check=True)
    app, window = start_app(xvfb, data, "en")
    shot = tmp_path / "screen.png"
    try:
        click(xvfb, window, 656, 230)  # the only learner, beside "I am new"
        # the home screen is up when the skills' tiles are drawn (the spreadsheet's
        # green), and the room is open when they are gone
        home = wait_for_screen(xvfb, shot, SHEETS_GREEN, lambda n: n > 250)
        # (the tile's picture at 72 px on this narrow window: about 370 green pixels)
        assert home > 250, f"the home screen did not open ({home} pixels)"
        # the Next step (before a placement: Find my level) has the focus; then Find my
        # level, then computer basics
        xdotool(xvfb, "key", "--delay", "150", "Tab", "Tab", "space")
        room = wait_for_screen(xvfb, shot, SHEETS_GREEN, lambda n: n == 0)
        assert room == 0, f"the room did not open ({room} pixels)"
        # the test's pack is the last of the list (after the shipped lessons): End, then
        # Up twice from its last exercise to its first, Click
        xdotool(xvfb, "key", "--delay", "150", "End", "Up", "Up", "Return")
        # -- click: each circle where it appears (one press beside the first: a miss)
        target = wait_for_target(xvfb, shot, ACCENT)
        # (towards the middle of the 1100x760 window: a press off the practice area is
        # no miss, and the circles appear anywhere in it)
        miss = (target[0] + (150 if target[0] < 550 else -150),
                target[1] + (100 if target[1] < 500 else -100))
        xdotool(xvfb, "mousemove", str(miss[0]), str(miss[1]), "click", "1")
        for n in range(4):
            xdotool(xvfb, "mousemove", str(target[0] + 6), str(target[1]), "click", "1")
            if n < 3:
                target = wait_for_target(xvfb, shot, ACCENT, away_from=target)
        [(exercise, passed, metrics)] = wait_for_attempts(data, 1)
        figures = json.loads(metrics)
        assert (exercise, passed) == ("click", 1), figures
        assert figures["done"] == 4 and figures["misses"] == 1 and figures["first_try"] == 3
        assert figures["distance"] < 20  # 6 px off, give or take the screenshot's centre
        assert figures["size"] < 100  # the circles got smaller
        # -- double-click: two presses 80 ms apart, within the limit of 900 ms
        target = next_exercise(xvfb, shot, ACCENT)
        for n in range(2):
            xdotool(xvfb, "mousemove", str(target[0]), str(target[1]),
                    "click", "--repeat", "2", "--delay", "80", "1")
            if n < 1:
                target = wait_for_target(xvfb, shot, ACCENT, away_from=target)
        rows = wait_for_attempts(data, 2)
        figures = json.loads(rows[1][2])
        assert rows[1][:2] == ("double-click", 1)
        assert figures["doubles_in_time"] == 2 and figures["double_click_ms"] == 700
        # Qt's own double-click event after the second press is not taken twice
        assert figures["misses"] == 0 and figures["slips"] == 0
        # -- drag the file onto the folder: press, move in steps, release
        next_exercise(xvfb, shot, FOLDER)
        for n in range(2):
            folder = wait_for_target(xvfb, shot, FOLDER)
            file = wait_for_target(xvfb, shot, FILE_LINES)
            xdotool(xvfb, "mousemove", str(file[0]), str(file[1]), "mousedown", "1")
            steps = 8
            for step in range(1, steps + 1):
                x = file[0] + (folder[0] - file[0]) * step // steps
                y = file[1] + (folder[1] - file[1]) * step // steps
                xdotool(xvfb, "mousemove", str(x), str(y))
                time.sleep(0.03)
            xdotool(xvfb, "mouseup", "1")
            if n < 1:  # the next file and folder come after the tick
                time.sleep(0.8)
        rows = wait_for_attempts(data, 3)
        assert rows[2][:2] == ("drag-file", 1)
        assert json.loads(rows[2][2])["done"] == 2
        app.terminate()
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace")
    assert "Traceback" not in output, output
