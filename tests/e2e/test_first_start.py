"""The real app in a real X window: a new learner profile made with mouse and keyboard."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import xdotool

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def wait_for_window(display, title, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--name", f"^{title}$", check=False)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {title!r} appeared")


def click(display, window, x, y):
    xdotool(display, "mousemove", "--window", window, str(x), str(y), "click", "1")
    time.sleep(0.4)


def test_a_new_learner_with_the_real_window(xvfb, tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "TUTOR_LANGUAGE": "en"}
    app = subprocess.Popen([sys.executable, "-m", "tutor", "--data-dir", str(data)],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        window = wait_for_window(xvfb, "Tutor")
        xdotool(xvfb, "windowmove", window, "0", "0")
        xdotool(xvfb, "windowsize", "--sync", window, "1100", "760")
        time.sleep(0.5)
        click(xvfb, window, 550, 230)  # "I am new", the only tile
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
