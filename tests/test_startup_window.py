"""The first window (issue 17): the picker painted from the rows read at start-up, the
rest loaded in a thread at the first input, and what a learner does meanwhile kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tutor import startup
from tutor.app import make_application
from tutor.i18n.qt import Translations
from tutor.store.learners import create_learner
from tutor.ui.main_window import MainWindow
from tutor.ui.style import apply_text_size


@pytest.fixture
def early(qtbot, qapp, data_dir):
    """A window made as ``run_app`` makes it, on a data folder with one learner."""
    made = startup.start(data_dir)
    create_learner(made.db, "Amina Yusuf", "sun")
    made.close()
    make_application()
    translations = Translations(qapp, "en")
    translations.use("en")
    apply_text_size(qapp, "normal")
    runtime = startup.prepare(data_dir)
    window = MainWindow(runtime, translations, runtime.picker_rows())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # the app-wide input filter comes once the window is painted (what a learner sees)
    qtbot.waitUntil(lambda: window._watching, timeout=5_000)
    yield window
    qtbot.waitUntil(lambda: window._loader is None, timeout=20_000)
    runtime.close()


def test_the_input_filter_comes_after_the_first_paint(qtbot, qapp, data_dir):
    """Before the picker is painted, no Python filter sees Qt's events (PySide would make
    most of its classes to wrap Qt's private objects: tens of milliseconds)."""
    make_application()
    translations = Translations(qapp, "en")
    translations.use("en")
    runtime = startup.prepare(data_dir)
    window = MainWindow(runtime, translations, runtime.picker_rows())
    qtbot.addWidget(window)
    assert not window._watching  # made, not shown: nothing filtered yet
    window.show()
    qtbot.waitUntil(lambda: window._watching, timeout=5_000)
    runtime.close()


def test_the_picker_is_there_before_the_database_is_open(early):
    assert not early.runtime.db_open and not early.runtime.loaded
    assert [t.text() for t in early.picker.grid.tiles()] == ["I am new", "Amina Yusuf"]
    assert early._home is None and early._new_learner is None


def test_the_first_input_loads_the_rest_in_a_thread(qtbot, early):
    QTest.mouseMove(early.windowHandle(), QPoint(200, 200))
    assert early._loader is not None or early.runtime.loaded
    qtbot.waitUntil(lambda: early.runtime.loaded, timeout=20_000)
    assert early.runtime.catalogue.packs
    assert early.picker.learners()[0].display_name == "Amina Yusuf"  # now from the store


def test_what_is_typed_while_the_rest_loads_reaches_the_new_screen(qtbot, early):
    new_tile = early.picker.grid.tiles()[0]
    qtbot.mouseClick(new_tile, Qt.MouseButton.LeftButton)
    assert early._waiting is not None  # the new-learner screen waits for the database
    assert QApplication.overrideCursor() is not None
    for letter in "Ali":
        QTest.keyClick(early.windowHandle(), letter)
    qtbot.waitUntil(lambda: early._new_learner is not None
                    and early.stack.currentWidget() is early._new_learner, timeout=20_000)
    qtbot.waitUntil(lambda: early.new_learner.name_edit.text() == "Ali", timeout=5_000)
    assert QApplication.overrideCursor() is None


def test_a_learner_opens_once_the_rest_is_there(qtbot, early):
    tile = early.picker.grid.tiles()[1]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: early.learner is not None, timeout=20_000)
    assert early.learner.display_name == "Amina Yusuf"
    assert early.stack.currentWidget() is early.home
