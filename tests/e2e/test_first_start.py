"""The real app in a real X window: a new learner profile made with mouse and keyboard."""

import sqlite3
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import click, start_app, xdotool

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_a_new_learner_with_the_real_window(xvfb, tmp_path):
    data = tmp_path / "data"
    app, window = start_app(xvfb, data, "en")
    try:
        click(xvfb, window, 550, 230)  # "I am new", the only tile
        # A first start makes the database at this first input (migrations, packs): on a
        # slow machine, seconds. What is typed meanwhile is kept, but the clicks after it
        # must land on the screens as they are drawn: wait for the loading to end.
        log = data / "logs" / "tutor.log"
        deadline = time.monotonic() + 60
        while "lesson packs loaded" not in (log.read_text() if log.exists() else ""):
            assert time.monotonic() < deadline, "the database and packs did not load"
            time.sleep(0.2)
        time.sleep(0.5)
        xdotool(xvfb, "type", "--delay", "20", "Amina Yusuf")
        xdotool(xvfb, "key", "Return")  # next step
        time.sleep(0.4)
        click(xvfb, window, 165, 263)  # the first picture
        for _ in range(4):  # picture, language, keyboard, PIN (left empty): Finish
            click(xvfb, window, 1020, 714)
        app.terminate()  # as when the PC shuts down
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace")
    assert "Traceback" not in output, output
    with sqlite3.connect(data / "tutor.sqlite3") as conn:
        rows = conn.execute("SELECT display_name, picture, ui_language FROM learners").fetchall()
    assert rows == [("Amina Yusuf", "ball", "en")]
    log = (data / "logs" / "tutor.log").read_text()
    assert "learner" in log and "opened" in log and "Tutor closed" in log
