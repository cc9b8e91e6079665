"""A French AZERTY lesson typed into the real window with xdotool, dead keys included."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import click, start_app, xdotool

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
    data = tmp_path / "data"
    (data / "lessons").mkdir(parents=True)
    (data / "lessons" / "e2e.toml").write_text(PACK, encoding="utf-8")
    setup = (
        "import sys; from tutor import startup; "
        "from tutor.store.learners import create_learner, set_skill_settings; "
        "rt = startup.start(sys.argv[1]); "
        "l = create_learner(rt.db, 'Marie', 'sun', 'fr', keyboard_layout='fr'); "
        "set_skill_settings(rt.db, l.id, 'typing', {'course': 'e2e-typing-fr'}); rt.close()"
    )
    subprocess.run([sys.executable, "-c", setup, str(data)], cwd=ROOT, check=True)
    env = {**os.environ, "DISPLAY": xvfb}
    subprocess.run(["setxkbmap", "fr"], env=env, check=True)
    app, window = start_app(xvfb, data, "fr")
    try:
        click(xvfb, window, 656, 230)  # Marie, the only learner, beside "I am new"
        xdotool(xvfb, "key", "space")  # the first skill, typing, has the focus
        time.sleep(0.6)
        xdotool(xvfb, "key", "Return")  # start the first lesson of the chosen course
        time.sleep(0.6)
        # "la fête" on an AZERTY keyboard: ê is the dead key ^ then e.
        xdotool(xvfb, "type", "--delay", "80", "la f")
        xdotool(xvfb, "key", "--delay", "80", "dead_circumflex", "e")
        xdotool(xvfb, "type", "--delay", "80", "xte")  # one wrong key: x
        time.sleep(0.8)
        app.terminate()
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace")
        subprocess.run(["setxkbmap", "us"], env=env, check=False)
    assert "Traceback" not in output, output
    with sqlite3.connect(data / "tutor.sqlite3") as conn:
        rows = conn.execute(
            "SELECT exercise_id, json_extract(metrics, '$.accuracy'), "
            "json_extract(metrics, '$.keystrokes'), json_extract(details, '$.layout') "
            "FROM attempts"
        ).fetchall()
    # 8 keystrokes (l a space f ê x t e), 7 right: 87.5 %
    assert rows == [("fete", 87.5, 8, "fr")]
