"""Every screen and room fits a lab PC's screen: at 1024x600 and 1366x768, in English and
Arabic, with normal and extra-large text, the window does not outgrow its size and no
visible control lies outside it (a list's items may scroll inside the list; the screen
itself may not push a control off the window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tutor.store.learners import create_learner, update_learner
from tutor.ui.main_window import MainWindow
from tutor.ui.trainer_view import TrainerScreen

SIZES = [(1024, 600), (1366, 768)]
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
            QTextEdit, QAbstractSpinBox, QTabBar)


def in_inner_scroll(widget: QWidget, window: QWidget) -> bool:
    """Inside a list or scroll area of the screen (not the window's own screen area):
    such a control is reached by scrolling that list, which is checked itself."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.objectName() != "screenArea":
            return True
        parent = parent.parentWidget()
    return False


def outside(window: MainWindow) -> list[str]:
    QApplication.processEvents()
    bounds = QRect(0, 0, window.width(), window.height())
    found = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible():
            continue
        if control.window() is not window or in_inner_scroll(control, window):
            continue
        rect = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
        if not bounds.contains(rect):
            name = control.objectName() or type(control).__name__
            found.append(f"{name} at {rect.x()},{rect.y()} {rect.width()}x{rect.height()}")
    return found


SCREENS = ["picker", "new-learner", "home", "typing", "email", "sheets", "coding", "jobs",
           "trainer"]
# The picker, a new profile and the trainer's screens are always shown in normal text
# (the learner's text size applies once their profile is open).
BEFORE_A_PROFILE = {"picker", "new-learner", "trainer"}
CASES = [(screen, size, language, text_size)
         for screen in SCREENS for size in SIZES for language in ("en", "ar")
         for text_size in ("normal", "xlarge")
         if text_size == "normal" or screen not in BEFORE_A_PROFILE]


def show(window: MainWindow, runtime, qapp, screen: str, language: str, text_size: str) -> None:
    """Bring ``screen`` up as a learner (or trainer) with these settings would see it."""
    if screen == "picker":
        for n in range(12):
            create_learner(runtime.db, f"Learner number {n}", "sun", language)
        window.show_picker()
        return
    if screen == "new-learner":
        window.start_new_learner()
        return
    if screen == "trainer":
        trainer = TrainerScreen(runtime)
        window.stack.addWidget(trainer)
        trainer.refresh()
        window.stack.setCurrentWidget(trainer)
        return
    learner = create_learner(runtime.db, "Amina Diallo-Nguema", "sun", language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    window.open_learner(learner.id)
    if screen != "home":
        window.open_skill(screen)


@pytest.mark.parametrize(("screen", "size", "language", "text_size"), CASES,
                         ids=[f"{c[0]}-{c[1][0]}x{c[1][1]}-{c[2]}-{c[3]}" for c in CASES])
def test_every_screen_fits(qtbot, runtime, translations, qapp, screen, size, language,
                           text_size):
    translations.use(language)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    show(window, runtime, qapp, screen, language, text_size)
    qtbot.wait(50)
    problems = []
    if (window.width(), window.height()) != size:
        problems.append(f"the window grew to {window.width()}x{window.height()}")
    problems += outside(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "fr", "ar", "sw"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1366, 768)])
def test_every_skill_stands_in_one_row(qtbot, runtime, translations, qapp, language, size):
    translations.use(language)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    show(window, runtime, qapp, "home", language, "normal")
    grid = window.home.grid

    def whole(tile):  # in the grid's view, not under a scroll
        corner = tile.mapTo(grid, tile.rect().bottomRight())
        return tile.isVisible() and corner.x() <= grid.width() and corner.y() <= grid.height()

    def in_one_row():
        tiles = grid.tiles()
        return len({tile.y() for tile in tiles}) == 1 and all(whole(t) for t in tiles)

    qtbot.waitUntil(in_one_row, timeout=3000)
    assert len(grid.tiles()) == len([s for s in runtime.skills.values() if s.home]) == 7
