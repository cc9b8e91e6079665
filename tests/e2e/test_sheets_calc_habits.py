"""A Calc or Excel user's habits in the real spreadsheet room, typed and clicked with
xdotool (issue #16): Tab, Tab, Enter; arrows that end an entry; F2 and Escape; point
mode by click and by arrow keys; sort by the active cell's column after a drag; Ctrl+Down.
What the grid holds is read from the learner's draft, which the room keeps as the sheet
changes."""

import json
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

# The grid in the 1100x760 window start_app makes: A1's top left corner, the columns'
# width and the rows' height (normal text), and the "Sort A to Z" button.
GRID_X, GRID_Y, COLUMN, ROW = 332, 366, 96, 28
SORT_UP = (769, 272)


def cell(ref: str) -> tuple[int, int]:
    """The middle of a cell ("B2") in the window."""
    col = ord(ref[0]) - ord("A")
    row = int(ref[1:]) - 1
    return GRID_X + COLUMN * col + COLUMN // 2, GRID_Y + ROW * row + ROW // 2


def keys(display, *names):
    xdotool(display, "key", "--delay", "80", *names)
    time.sleep(0.2)


def typed(display, text):
    xdotool(display, "type", "--delay", "80", text)
    time.sleep(0.2)


def draft_cells(data: Path) -> dict[str, object]:
    """The cells of the learner's draft of the shopping-list task, by name."""
    with sqlite3.connect(data / "tutor.sqlite3") as conn:
        (settings,) = conn.execute("SELECT settings FROM learners").fetchone()
    sheets = json.loads(settings)["sheets"]
    draft = sheets["sheet:sheets-en-first-steps/shopping-list"]
    return {f"{chr(ord('A') + col)}{row + 1}": content
            for row, col, content, *_ in draft["sheets"][0]["cells"]}


def test_calc_habits_in_the_real_grid(xvfb, tmp_path):
    data = tmp_path / "data"
    setup = (
        "import sys; from tutor import startup; "
        "from tutor.store.learners import create_learner, set_skill_settings; "
        "rt = startup.start(sys.argv[1]); "
        "l = create_learner(rt.db, 'Ana', 'sun', 'en', keyboard_layout='us'); "
        "set_skill_settings(rt.db, l.id, 'sheets', "
        "{'last': 'sheets-en-first-steps/shopping-list'}); rt.close()"
    )
    subprocess.run([sys.executable, "-c", setup, str(data)], cwd=ROOT, check=True)
    env = {**os.environ, "DISPLAY": xvfb}
    subprocess.run(["setxkbmap", "us"], env=env, check=True)
    app, window = start_app(xvfb, data, "en")
    try:
        click(xvfb, window, 656, 230)  # Ana, the only learner, beside "I am new"
        # the spreadsheet tile, the 5th skill (the Next step has the keyboard, then the
        # skills): the task opens
        xdotool(xvfb, "key", "--delay", "150", "Tab", "Tab", "Tab", "Tab", "Tab", "space")
        time.sleep(0.8)

        def at(ref):
            click(xvfb, window, *cell(ref))

        # Tab, Tab, Enter: back to the column the row started in
        at("A1")
        typed(xvfb, "Item")
        keys(xvfb, "Tab")
        typed(xvfb, "Price")
        keys(xvfb, "Tab")
        typed(xvfb, "Total")
        keys(xvfb, "Return")
        # arrows end an entry: "Rice", Right, "2.5" makes two cells
        typed(xvfb, "Rice")
        keys(xvfb, "Right")
        typed(xvfb, "2.5")
        keys(xvfb, "Right")
        # point mode by arrow keys: "=", Left (B2), "*2"
        typed(xvfb, "=")
        keys(xvfb, "Left")
        typed(xvfb, "*2")
        keys(xvfb, "Return")
        # F2 edits at the end: "+1" is added, the formula not replaced
        at("C2")
        keys(xvfb, "F2")
        typed(xvfb, "+1")
        keys(xvfb, "Return")
        # Escape cancels
        at("C2")
        keys(xvfb, "F2")
        typed(xvfb, "999")
        keys(xvfb, "Escape")
        # point mode by click: "=", click B2, "+", click C2
        at("D2")
        typed(xvfb, "=")
        at("B2")
        typed(xvfb, "+")
        at("C2")
        keys(xvfb, "Return")
        # a list to sort: the names' order and the numbers' order differ
        at("A6")
        for name, number in (("apple", "3"), ("pear", "1"), ("fig", "2")):
            typed(xvfb, name)
            keys(xvfb, "Tab")
            typed(xvfb, number)
            keys(xvfb, "Return")
        # dragged from B6 (the active cell) to A8; Sort A to Z goes by column B
        xdotool(xvfb, "mousemove", "--window", window, *map(str, cell("B6")))
        xdotool(xvfb, "mousedown", "1")
        for ref in ("B7", "A7", "A8"):
            time.sleep(0.15)
            xdotool(xvfb, "mousemove", "--window", window, *map(str, cell(ref)))
        time.sleep(0.15)
        xdotool(xvfb, "mouseup", "1")
        time.sleep(0.3)
        click(xvfb, window, *SORT_UP)
        # Ctrl+Down jumps to the end of the list, not one cell
        at("A6")
        keys(xvfb, "ctrl+Down", "Down")
        typed(xvfb, "last")
        keys(xvfb, "Return")
        time.sleep(1.0)  # the draft is saved a moment after the last change
        app.terminate()
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        output = app.stdout.read().decode(errors="replace")
    assert "Traceback" not in output, output
    cells = draft_cells(data)
    assert {ref: cells.get(ref) for ref in ("A1", "B1", "C1", "A2", "B2")} == {
        "A1": "Item", "B1": "Price", "C1": "Total", "A2": "Rice", "B2": 2.5}
    assert cells["C2"] == "=B2*2+1"  # pointed with Left, then F2 added "+1", Escape kept it
    assert cells["D2"] == "=B2+C2"  # pointed with clicks
    # sorted by B, the active cell's column (by A, the last one clicked, it would be
    # apple, fig, pear)
    assert [cells[f"B{r}"] for r in (6, 7, 8)] == [1, 2, 3]
    assert [cells[f"A{r}"] for r in (6, 7, 8)] == ["pear", "fig", "apple"]
    assert cells["A9"] == "last"
