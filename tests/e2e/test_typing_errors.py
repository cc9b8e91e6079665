"""Stop on errors in the real window, typed with xdotool (issue #16): a wrong key is
shown where it was typed and the key due pointed at; Backspace erases the wrong key only,
never the right letters before it; the figures count it all."""

import sqlite3
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    open_typing_lesson,
    pixels_of,
    screenshot,
    wait_for_attempt,
    wait_for_screen,
    xdotool,
)

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PACK = '''id = "e2e-typing-en"
version = "1.0"
language = "en"
skill = "typing"
title = "Errors (test)"

[[exercises]]
id = "fjf"
title = "F and J"
kind = "text"
text = "fjf jjf"
min_wpm = 1
'''
BAD = (0xB9, 0x1C, 0x1C)  # the normal theme's error colour (tutor.ui.style.NORMAL.bad)


def error_pixels(path):
    """How many pixels of the screen are drawn in the error colour."""
    return pixels_of(path, BAD)


def test_a_wrong_key_shown_and_erased_with_backspace_in_the_real_window(xvfb, tmp_path):
    app, window, data = open_typing_lesson(
        xvfb, tmp_path, PACK, "Ana", "en", "us",
        {"course": "e2e-typing-en", "stop_on_error": True})
    try:
        xdotool(xvfb, "type", "--delay", "120", "fj")
        time.sleep(0.4)
        screenshot(xvfb, tmp_path / "before.png")
        assert error_pixels(tmp_path / "before.png") == 0  # nothing wrong yet
        xdotool(xvfb, "key", "x")  # "f" is due
        # the x in the error colour in the text, the pointer on the key due, the x key
        # outlined: drawn in the error colour
        assert wait_for_screen(xvfb, tmp_path / "wrong.png", BAD, lambda n: n > 40) > 40
        xdotool(xvfb, "key", "BackSpace")
        # the wrong key is gone
        assert wait_for_screen(xvfb, tmp_path / "erased.png", BAD, lambda n: n == 0) == 0
        xdotool(xvfb, "key", "--delay", "120", "BackSpace", "BackSpace")  # never "j", "f"
        xdotool(xvfb, "type", "--delay", "120", "f jjf")
        wait_for_attempt(data)
        app.terminate()
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace")
    assert "Traceback" not in output, output
    with sqlite3.connect(data / "tutor.sqlite3") as conn:
        rows = conn.execute(
            "SELECT exercise_id, json_extract(metrics, '$.accuracy'), "
            "json_extract(metrics, '$.keystrokes'), json_extract(metrics, '$.corrections'), "
            "json_extract(details, '$.text') FROM attempts"
        ).fetchall()
    # f j x f ␣ j j f: 8 keystrokes, 7 right (87.5 %), one correction: had the
    # backspaces erased "j" and "f", the lesson could not have ended with "f jjf"
    assert rows == [("fjf", 87.5, 8, 1, "fjf jjf")]
