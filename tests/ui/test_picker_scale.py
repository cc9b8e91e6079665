"""A centre's thousands of learners: the picker and the trainer's table show pages and
find names through the database (issue #22, point 5)."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, insert

from tests.ui.accessibility import unnamed
from tests.ui.test_fits import outside
from tutor.pins import PinGate
from tutor.store.learners import StoredLearners, create_learner, get_learner, list_learners
from tutor.store.models import Learner
from tutor.store.overview import PAGE_SIZE
from tutor.ui.picker import PAGE, PickerScreen
from tutor.ui.trainer_view import TrainerScreen

T0 = datetime(2026, 1, 5, 8, tzinfo=UTC)


def add_learners(db, names, start=T0):
    """Learners inserted at once, the first name the most recently used."""
    rows = [dict(id=uuid.uuid4(), display_name=name, picture="sun", ui_language="en",
                 keyboard_layout="us", text_size="normal", settings={}, pin_hash=None,
                 created_at=start, updated_at=start,
                 last_used_at=start - timedelta(minutes=n), archived=False)
            for n, name in enumerate(names)]
    with db.writing() as session:
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(Learner), rows[chunk:chunk + 5000])
    return [row["id"] for row in rows]


def shown(picker):
    return [tile.text() for tile in picker.grid.tiles()[1:]]


@pytest.fixture
def picker(qtbot, runtime, translations):
    screen = PickerScreen(lambda: StoredLearners(runtime.db), PinGate())
    qtbot.addWidget(screen)
    screen.resize(1024, 560)
    screen.show()
    return screen


def test_the_picker_shows_pages_in_the_order_of_last_use(qtbot, runtime, picker):
    # 75 learners: pages of 30, 30 and 15 (75 = 2 x 30 + 15).
    names = [f"Learner {n:03d}" for n in range(75)]
    add_learners(runtime.db, names)
    picker.refresh()
    assert shown(picker) == names[:30]
    assert picker.grid.tiles()[0].objectName() == "newLearnerTile"
    assert picker.pages.isVisible() and picker.page_label.text() == "Page 1 of 3"
    assert not picker.previous_button.isEnabled() and picker.next_button.isEnabled()
    qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert shown(picker) == names[30:60] and picker.page_label.text() == "Page 2 of 3"
    qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert shown(picker) == names[60:] and picker.page_label.text() == "Page 3 of 3"
    assert picker.previous_button.isEnabled() and not picker.next_button.isEnabled()
    assert picker.tile_for(list_learners(runtime.db)[70].id).text() == "Learner 070"
    qtbot.mouseClick(picker.previous_button, Qt.MouseButton.LeftButton)
    assert shown(picker) == names[30:60]
    picker.refresh()  # back to the picker: the first page
    assert shown(picker) == names[:30]
    assert unnamed(picker) == []


def test_a_search_finds_a_name_on_any_page_and_is_bounded(qtbot, runtime, picker):
    names = [f"Learner {n:03d}" for n in range(60)] + ["Hélène Ade", "Ali Mohamed"]
    add_learners(runtime.db, names)
    picker.refresh()
    assert "Hélène Ade" not in shown(picker)  # the least recently used: on page 3
    qtbot.keyClicks(picker.search, "HELENE")
    assert shown(picker) == ["Hélène Ade"]
    assert not picker.pages.isVisible()
    picker.search.clear()
    qtbot.keyClicks(picker.search, "mo")  # "Ali Mohamed" has it inside a word
    assert shown(picker) == ["Ali Mohamed"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "learner")  # 60 names have it: one page of them
    assert shown(picker) == names[:PAGE]
    picker.search.clear()
    assert shown(picker) == names[:PAGE] and picker.pages.isVisible()
    # A click on a tile found opens that learner.
    chosen: list[uuid.UUID] = []
    picker.learner_chosen.connect(chosen.append)
    qtbot.keyClicks(picker.search, "ali")
    qtbot.mouseClick(picker.grid.tiles()[1], Qt.MouseButton.LeftButton)
    assert get_learner(runtime.db, chosen[0]).display_name == "Ali Mohamed"


def test_a_plain_list_of_learners_pages_and_searches_the_same_way(qtbot, runtime):
    """At start-up the picker gets the rows read with sqlite3: a list, searched here."""
    add_learners(runtime.db, [f"Learner {n:02d}" for n in range(40)] + ["Élodie", "Mélodie"])
    everyone = list_learners(runtime.db)
    screen = PickerScreen(lambda: everyone, PinGate())
    qtbot.addWidget(screen)
    screen.refresh()
    assert shown(screen) == [person.display_name for person in everyone[:PAGE]]
    screen.search.setText("ELO")
    assert shown(screen) == ["Élodie", "Mélodie"]  # the beginning first, then inside


def test_twenty_thousand_learners_open_the_picker_with_one_page(qtbot, runtime, picker):
    """20,000 learners: the picker reads one page and the count, and a search one
    bounded answer. (The figures against the 0.3 s target are benchmarks/centre_scale.py's;
    this bound is three times that, for a busy test machine.)"""
    add_learners(runtime.db, [f"Learner {n:05d}" for n in range(20_000)] + ["Zainab Omar"])
    fetched = []
    event.listen(runtime.db.engine, "after_cursor_execute",
                 lambda *args: fetched.append(args[2]))
    started = time.perf_counter()
    picker.refresh()
    took = time.perf_counter() - started
    # 20,001 learners = 666 pages of 30 and one of 21: 667 pages.
    assert len(picker.grid.tiles()) == PAGE + 1 and picker.page_label.text() == "Page 1 of 667"
    assert took < 1.0, took
    started = time.perf_counter()
    qtbot.keyClicks(picker.search, "zainab")
    took = time.perf_counter() - started
    assert shown(picker) == ["Zainab Omar"] and took < 1.0, took
    assert all("LIMIT" in sql or "count(" in sql for sql in fetched if "FROM learners" in sql)


def trainer_rows(screen):
    return [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]


def test_the_trainers_table_pages_and_searches(qtbot, runtime, translations):
    # 105 learners: a page of 100, then 5 (105 = 100 + 5), in the order of names.
    names = [f"Learner {n:03d}" for n in range(104)] + ["Hélène"]
    add_learners(runtime.db, names)
    screen = TrainerScreen(runtime)
    qtbot.addWidget(screen)
    screen.refresh()
    assert PAGE_SIZE == 100
    assert trainer_rows(screen) == sorted(names)[:100] == ["Hélène", *names[:99]]
    assert screen.page_label.text() == "1–100 of 105"
    assert not screen.buttons["previous"].isEnabled() and screen.buttons["next"].isEnabled()
    screen.buttons["next"].click()
    assert trainer_rows(screen) == names[99:104]
    assert screen.page_label.text() == "101–105 of 105"
    screen.table.selectRow(2)  # an action on a learner of the second page
    assert screen.selected_learner().display_name == "Learner 101"
    screen.search.setText("HEL")
    assert trainer_rows(screen) == ["Hélène"] and screen.page_label.text() == "1–1 of 1"
    assert screen.buttons["previous"].isHidden()  # one page: no pages to turn
    screen.search.setText("nobody")
    assert trainer_rows(screen) == [] and screen.page_label.text() == "No learner"
    assert unnamed(screen) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_pages_fit_a_small_screen(qtbot, runtime, translations, language):
    """The picker's and the trainer's page controls at 1024x600, left to right and
    right to left, with enough learners for pages."""
    from tutor.ui.main_window import MainWindow

    translations.use(language)
    add_learners(runtime.db, [f"Learner number {n}" for n in range(PAGE_SIZE + 10)])
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_picker()
    qtbot.wait(50)
    assert window.picker.pages.isVisible()
    assert outside(window) == []
    trainer = TrainerScreen(runtime)
    window.stack.addWidget(trainer)
    trainer.refresh()
    window.stack.setCurrentWidget(trainer)
    qtbot.wait(50)
    assert trainer.buttons["next"].isVisible()
    assert outside(window) == []
    assert (window.width(), window.height()) == (1024, 600)


def test_a_learner_created_is_found_by_the_search(qtbot, runtime, picker):
    add_learners(runtime.db, [f"Learner {n:02d}" for n in range(20)])
    create_learner(runtime.db, "  Nour   Élise ", "moon")
    picker.refresh()
    qtbot.keyClicks(picker.search, "nour e")
    assert shown(picker) == ["Nour Élise"]
