"""A French AZERTY lesson typed into the real window with xdotool, dead keys included."""

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import open_typing_lesson, wait_for_attempt, xdotool

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PACK = '''id = "e2e-typing-fr"
version = "1.0"
language = "fr"
skill = "typing"
title = "Accents (essai)"

[[exercises]]
id = "fete"
title = "Une fête"
kind = "text"
text = "la fête"
min_wpm = 1
'''


def test_azerty_lesson_with_dead_keys_in_the_real_window(xvfb, tmp_path):
    app, window, data = open_typing_lesson(xvfb, tmp_path, PACK, "Marie", "fr", "fr",
                                           {"course": "e2e-typing-fr"})
    try:
        # "la fête" on an AZERTY keyboard: ê is the dead key ^ then e.
        xdotool(xvfb, "type", "--delay", "80", "la f")
        xdotool(xvfb, "key", "--delay", "80", "dead_circumflex", "e")
        xdotool(xvfb, "type", "--delay", "80", "xte")  # one wrong key: x
        wait_for_attempt(data)
        app.terminate()
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace")
        subprocess.run(["setxkbmap", "us"], env={**os.environ, "DISPLAY": xvfb}, check=False)
    assert "Traceback" not in output, output
    with sqlite3.connect(data / "tutor.sqlite3") as conn:
        rows = conn.execute(
            "SELECT exercise_id, json_extract(metrics, '$.accuracy'), "
            "json_extract(metrics, '$.keystrokes'), json_extract(details, '$.layout') "
            "FROM attempts"
        ).fetchall()
    # 8 keystrokes (l a space f ê x t e), 7 right: 87.5 %
    assert rows == [("fete", 87.5, 8, "fr")]
