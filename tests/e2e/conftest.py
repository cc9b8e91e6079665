"""A virtual X screen for driving the real window with xdotool."""

import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest


def _free_display() -> int:
    for number in range(90, 190):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(
            f"/tmp/.X11-unix/X{number}"
        ).exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    """DISPLAY of a fresh 1280x800 virtual screen (the tests install Xvfb: ./dev.sh test)."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"end-to-end tests need {missing}: run them with ./dev.sh test")
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    display = f":{number}"
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(timeout=10)


def xdotool(display, *args, check=True):
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, check=check, timeout=30)


ROOT = Path(__file__).parents[2]


def start_app(display, data, language):
    """Start Tutor in a real X window of 1100x760 at the screen's corner; returns the
    process and the window id."""
    import sys

    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "TUTOR_LANGUAGE": language}
    app = subprocess.Popen([sys.executable, "-m", "tutor", "--data-dir", str(data)],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        window = wait_for_window(display, "Tutor")
        xdotool(display, "windowmove", window, "0", "0")
        xdotool(display, "windowsize", "--sync", window, "1100", "760")
        time.sleep(0.5)
    except BaseException:
        app.kill()
        raise
    return app, window


def wait_for_window(display, title, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--name", f"^{title}$", check=False)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {title!r} appeared")


def screenshot(display, path):
    subprocess.run(["import", "-window", "root", str(path)],
                   env={**os.environ, "DISPLAY": display}, check=True, timeout=30)


def pixels_of(path, rgb):
    """How many pixels of the screenshot (one in four: every second row and column) are
    exactly the colour ``rgb``."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).getRgb()[:3] == rgb)


def wait_for_screen(display, path, rgb, enough, timeout=15.0):
    """Screenshots into ``path`` until ``enough(pixels of rgb)`` holds or ``timeout``
    seconds pass (a slow machine draws late; a fixed sleep was once too short); returns
    the last count."""
    deadline = time.monotonic() + timeout
    while True:
        screenshot(display, path)
        count = pixels_of(path, rgb)
        if enough(count) or time.monotonic() > deadline:
            return count
        time.sleep(0.2)


SHEETS_GREEN = (0x15, 0x80, 0x3D)  # assets/skills/sheets.svg, on the home screen
LEFT_MIDDLE = (0xFD, 0xE0, 0x47)  # the left middle finger's keys (tutor.ui.style.NORMAL.fingers)


def wait_for_attempt(data, timeout=15.0):
    """Until the finished lesson's attempt is in the database (committed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sqlite3.connect(data / "tutor.sqlite3") as conn:
            if conn.execute("SELECT count(*) FROM attempts").fetchone()[0]:
                return
        time.sleep(0.2)


def click(display, window, x, y):
    xdotool(display, "mousemove", "--window", window, str(x), str(y), "click", "1")
    time.sleep(0.4)


def open_typing_lesson(display, tmp_path, pack, learner, language, layout, settings):
    """A data folder with the lesson ``pack`` (TOML text) and one learner whose typing
    settings are ``settings``; the keyboard set to ``layout``; Tutor started on it and
    the first lesson of the learner's course opened with the keyboard. Returns the app's
    process, the window id and the data folder."""
    import sys

    data = tmp_path / "data"
    (data / "lessons").mkdir(parents=True)
    (data / "lessons" / "e2e.toml").write_text(pack, encoding="utf-8")
    setup = (
        "import sys, json; from tutor import startup; "
        "from tutor.store.learners import create_learner, set_skill_settings; "
        "rt = startup.start(sys.argv[1]); "
        "l = create_learner(rt.db, sys.argv[2], 'sun', sys.argv[3], keyboard_layout=sys.argv[4]); "
        "set_skill_settings(rt.db, l.id, 'typing', json.loads(sys.argv[5])); rt.close()"
    )
    subprocess.run([sys.executable, "-c", setup, str(data), learner, language, layout,
                    __import__("json").dumps(settings)], cwd=ROOT, check=True)
    subprocess.run(["setxkbmap", layout], env={**os.environ, "DISPLAY": display}, check=True)
    app, window = start_app(display, data, language)
    try:
        click(display, window, 656, 230)  # the only learner, beside "I am new"
        # the home screen is up when the skills' tiles are drawn (the spreadsheet's green)
        home = wait_for_screen(display, tmp_path / "home.png", SHEETS_GREEN, lambda n: n > 250)
        # (the tile's picture at 72 px on this narrow window: about 370 green pixels)
        assert home > 250, f"the home screen did not open ({home} pixels)"
        # the Next step (before a placement: Find my level) has the focus; then the
        # skills: Find my level, computer basics, typing
        xdotool(display, "key", "--delay", "150", "Tab", "Tab", "Tab", "space")
        # the lesson is open when the on-screen keyboard is drawn: its left middle
        # finger's keys (about 1,200 sampled pixels at 1100x760; the course list has 53).
        # Return opens the first lesson of the chosen course; pressed before the course
        # list has the keyboard (a slow machine), it is lost: pressed again.
        for _ in range(3):
            xdotool(display, "key", "Return")
            shown = wait_for_screen(display, tmp_path / "lesson.png", LEFT_MIDDLE,
                                    lambda n: n >= 600, timeout=5.0)
            if shown >= 600:
                break
        assert shown >= 600, f"the lesson did not open ({shown} keyboard pixels)"
    except BaseException:
        app.kill()
        raise
    return app, window, data
