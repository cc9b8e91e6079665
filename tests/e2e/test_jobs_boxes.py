"""Boxes drawn with the real mouse in the real window (issue #20): a learner opens the
job tasks with the keyboard, the street-scenes project, and draws a box round each car
or person of the five qualification tasks with xdotool (press, drag, release); the
qualification is recorded, passed, every task right."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import tomllib

from tests.e2e.conftest import (
    ROOT,
    SHEETS_GREEN,
    screenshot,
    start_app,
    wait_for_screen,
    xdotool,
)

PACK = ROOT / "lessons" / "jobs" / "en" / "5-street-boxes.toml"


def sky_rect(path, rgb):
    """The scene's top edge and width on the screen: the rows that are mostly the sky's
    colour (a car's windows have it too, in the small picture beside the prompt)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    rows = {}
    for y in range(image.height()):
        xs = [x for x in range(image.width())
              if image.pixelColor(x, y).getRgb()[:3] == rgb]
        if len(xs) >= 200:
            rows[y] = (min(xs), max(xs))
    assert rows, "no scene on the screen"
    top = min(rows)
    left = min(x0 for x0, _ in rows.values())
    right = max(x1 for _, x1 in rows.values())
    return left, top, right - left + 1, len(rows)


def drag(display, x0, y0, x1, y1):
    for args in (("mousemove", str(x0), str(y0)), ("mousedown", "1"),
                 ("mousemove", str((x0 + x1) // 2), str((y0 + y1) // 2)),
                 ("mousemove", str(x1), str(y1)), ("mouseup", "1")):
        xdotool(display, *args)
        time.sleep(0.05)


def test_boxes_drawn_with_the_real_mouse(xvfb, tmp_path):
    from tutor.skills.jobs.view_scene import ink

    sky = ink("selection")
    rgb = (sky.red(), sky.green(), sky.blue())
    project = tomllib.loads(PACK.read_text(encoding="utf-8"))["exercises"][0]
    data = tmp_path / "data"
    setup = ("import sys; from tutor import startup; "
             "from tutor.store.learners import create_learner, set_skill_settings; "
             "rt = startup.start(sys.argv[1]); l = create_learner(rt.db, 'Ana', 'sun', 'en'); "
             "set_skill_settings(rt.db, l.id, 'jobs', {'all_open': True}); rt.close()")
    subprocess.run([sys.executable, "-c", setup, str(data)], cwd=ROOT, check=True)
    subprocess.run(["setxkbmap", "us"], env={**os.environ, "DISPLAY": xvfb}, check=True)
    shot = tmp_path / "screen.png"
    app, window = start_app(xvfb, data, "en")
    try:
        xdotool(xvfb, "mousemove", "--window", window, "656", "230", "click", "1")  # Ana
        # the home screen is up when the skills' tiles are drawn (the spreadsheet's green)
        home = wait_for_screen(xvfb, shot, SHEETS_GREEN, lambda n: n > 250)
        assert home > 250, f"the home screen did not open ({home} pixels)"
        # The Next step has the keyboard; then the seven skills: job tasks is the last.
        xdotool(xvfb, "key", "--delay", "150", *["Tab"] * 7, "space")
        time.sleep(1.0)
        # The projects' list has the keyboard: the fifth project, its guidelines, Start.
        xdotool(xvfb, "key", "--delay", "150", "Down", "Down", "Down", "Down", "Return")
        time.sleep(0.8)
        xdotool(xvfb, "key", "Return")
        time.sleep(0.8)
        for task in project["qualification"]:
            screenshot(xvfb, shot)
            left, top, width, _ = sky_rect(shot, rgb)
            scale = width / 640
            for thing in task["scene"]:
                if thing["thing"] != task["labels"][0]:
                    continue
                drag(xvfb, round(left + thing["x"] * scale), round(top + thing["y"] * scale),
                     round(left + (thing["x"] + thing["w"]) * scale),
                     round(top + (thing["y"] + thing["h"]) * scale))
            # Enter: done (the picture has the keyboard), then Enter: Next, which has it
            # after an answer
            xdotool(xvfb, "key", "Return")
            time.sleep(0.5)
            xdotool(xvfb, "key", "Return")
            time.sleep(0.8)
    finally:
        app.kill()
        app.wait(timeout=10)
    with sqlite3.connect(data / "tutor.sqlite3") as db:
        rows = db.execute("SELECT passed, score, metrics, details FROM attempts "
                          "WHERE skill = 'jobs'").fetchall()
    assert len(rows) == 1, rows
    passed, score, metrics, details = rows[0]
    assert passed == 1 and score == 1.0, (score, metrics, details)
