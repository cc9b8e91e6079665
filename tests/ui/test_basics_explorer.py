"""The practice file explorer of computer basics, driven with real mouse and key events:
a whole small files exercise through ``StepsWork`` (double-click, drag and drop, F2,
the right-click menu, Save as, the bin, the USB stick), slips and undo, Arabic, and the
fit of a small screen in extra-large text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QVBoxLayout, QWidget

from tests.ui.accessibility import unnamed
from tests.ui.basics_pages import Clock
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.explorer import step_problems
from tutor.skills.basics.model import BasicsExercise, Step
from tutor.skills.basics.view_explorer import ExplorerPage
from tutor.ui.style import apply_text_size

# menus pop up: the offscreen platform cannot raise them or grab the keyboard
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO, CTRL = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier

FILES = ["Documents/CV.txt", "Documents/Letter.txt", "Documents/Work", "Pictures/Family.jpg"]


def exercise(steps: list[Step], files: list[str] = FILES) -> BasicsExercise:
    made = BasicsExercise(id="files", title="Files", kind="files", say="Tidy your files.",
                          files=files, steps=steps)
    assert step_problems(made.files, made.steps) == []
    return made


def step(do: str, **fields: str) -> Step:
    return Step(do=do, say="Do it.", **fields)


@pytest.fixture
def open_page(qtbot, translations):
    windows = []  # kept alive for the test

    def make(ex: BasicsExercise, size: tuple[int, int] = (1000, 520)) -> ExplorerPage:
        clock = Clock(step=2.5)
        work = StepsWork("test-basics", "1", ex, clock())
        window = QWidget()
        window.setObjectName("testWindow")
        layout = QVBoxLayout(window)
        layout.addWidget(QLabel("The room's instructions"))
        page = ExplorerPage(ex, work, clock)
        layout.addWidget(page, 1)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return page
    return make


def item_point(page: ExplorerPage, path: str) -> QPoint:
    found = page.explorer.find(path)
    assert found is not None, path
    row = page.row_of(found.id)
    assert row is not None, f"{path} is not shown"
    return page.items.visualItemRect(row).center()


def place_point(page: ExplorerPage, path: str) -> QPoint:
    """Where a place of the side pane is, in the main pane's viewport (a drag there)."""
    found = page.explorer.find(path)
    assert found is not None
    row = page.place_row(found.id)
    assert row is not None
    centre = page.places.visualItemRect(row).center()
    return page.items.viewport().mapFromGlobal(page.places.viewport().mapToGlobal(centre))


def click_item(page: ExplorerPage, path: str, button=LEFT) -> None:
    QTest.mouseClick(page.items.viewport(), button, NO, item_point(page, path))


def double_click(page: ExplorerPage, path: str) -> None:
    """What the window system sends for a double-click: press, release, double-click,
    release (QTest.mouseDClick alone sends only the third)."""
    viewport, point = page.items.viewport(), item_point(page, path)
    QTest.mousePress(viewport, LEFT, NO, point)
    QTest.mouseRelease(viewport, LEFT, NO, point)
    QTest.mouseDClick(viewport, LEFT, NO, point)
    QTest.mouseRelease(viewport, LEFT, NO, point)


def click_place(page: ExplorerPage, path: str) -> None:
    found = page.explorer.find(path)
    assert found is not None
    row = page.place_row(found.id)
    QTest.mouseClick(page.places.viewport(), LEFT, NO, page.places.visualItemRect(row).center())


def drag(page: ExplorerPage, path: str, to: QPoint, modifiers=NO) -> None:
    """Press on an item, move past the drag distance, move onto ``to``, release."""
    viewport = page.items.viewport()
    start = item_point(page, path)
    QTest.mousePress(viewport, LEFT, NO, start)
    QTest.mouseMove(viewport, start + QPoint(6, 4))
    QTest.mouseMove(viewport, start + QPoint(20, 12))
    QTest.mouseMove(viewport, to)
    assert page.drag_picture.isVisible()
    QTest.mouseRelease(viewport, LEFT, modifiers, to)
    assert not page.drag_picture.isVisible()


def right_click_menu(qtbot, page: ExplorerPage, point: QPoint) -> QMenu:
    """A right click through the window (Qt makes the context-menu event of it)."""
    window = page.window().windowHandle()
    at_window = page.items.viewport().mapTo(page.window(), point)
    QTest.mouseClick(window, RIGHT, NO, at_window)
    qtbot.waitUntil(lambda: page.menu is not None and page.menu.isVisible())
    assert page.menu is not None
    return page.menu


def choose(menu: QMenu, name: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == name)
    QTest.mouseClick(menu, LEFT, NO, menu.actionGeometry(action).center())


def type_name(qtbot, page: ExplorerPage, words: str) -> None:
    qtbot.waitUntil(lambda: page.findChild(QLineEdit, "explorerNameBox") is not None)
    editor = page.findChild(QLineEdit, "explorerNameBox")
    QTest.keyClicks(editor, words)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_a_whole_files_exercise_with_real_mouse_and_keys(qtbot, open_page):
    ex = exercise([
        step("open", target="Documents/Work"),
        step("move", target="Documents/CV.txt", value="Work"),
        step("rename", target="Documents/Work/CV.txt", text="My CV.txt"),
        step("new-folder", text="Jobs", value="Documents"),
        step("copy", target="Documents/Letter.txt", value="Jobs"),
        step("delete", target="Documents/Letter.txt"),
        step("restore", target="Documents/Letter.txt"),
        step("save", text="Shopping", value="Jobs"),
        step("to-usb", target="Documents/Work/My CV.txt"),
    ])
    page = open_page(ex)
    work = page.work
    progressed = []
    page.progressed.connect(lambda: progressed.append(work.index))
    assert page.current == page.explorer.root  # This PC, as Windows opens

    # 1. open a folder: a double-click on it (Documents first: looking around is fine)
    double_click(page, "Documents")
    assert work.index == 0 and progressed == []
    double_click(page, "Documents/Work")
    assert page.explorer.path(page.current) == "Documents/Work"
    assert work.index == 1 and progressed == [1]
    QTest.mouseClick(page.up_button, LEFT)
    assert page.explorer.path(page.current) == "Documents"

    # 2. move: drag CV.txt onto the Work folder
    drag(page, "Documents/CV.txt", item_point(page, "Documents/Work"))
    assert page.explorer.find("Documents/Work/CV.txt") is not None
    assert work.index == 2

    # 3. rename: into Work, select CV.txt, F2, type (the extension stays), Enter
    double_click(page, "Documents/Work")
    click_item(page, "Documents/Work/CV.txt")
    QTest.keyClick(page.items, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.findChild(QLineEdit, "explorerNameBox") is not None)
    editor = page.findChild(QLineEdit, "explorerNameBox")
    qtbot.waitUntil(lambda: editor.selectedText() == "CV")  # the name, not ".txt"
    type_name(qtbot, page, "My CV")
    qtbot.waitUntil(lambda: work.index == 3)
    assert page.explorer.find("Documents/Work/My CV.txt") is not None

    # 4. new folder: the address bar back to Documents, right-click on the empty space
    QTest.mouseClick(page.findChild(QWidget, "explorerAddress1"), LEFT)
    assert page.explorer.path(page.current) == "Documents"
    empty = QPoint(page.items.viewport().width() - 20, page.items.viewport().height() - 20)
    assert page.items.itemAt(empty) is None
    choose(right_click_menu(qtbot, page, empty), "explorerMenuNewFolder")
    assert work.index == 3  # "New folder" made, not named yet: no slip either
    type_name(qtbot, page, "Jobs")
    qtbot.waitUntil(lambda: work.index == 4)
    assert page.explorer.find("Documents/Jobs").folder

    # 5. copy: drag Letter.txt onto Jobs with Ctrl held
    drag(page, "Documents/Letter.txt", item_point(page, "Documents/Jobs"), CTRL)
    assert page.explorer.find("Documents/Jobs/Letter.txt") is not None
    assert page.explorer.find("Documents/Letter.txt") is not None
    assert work.index == 5

    # 6. delete: select it, the Delete key
    click_item(page, "Documents/Letter.txt")
    QTest.keyClick(page.items, Qt.Key.Key_Delete)
    assert page.explorer.find("Documents/Letter.txt") is None
    assert work.index == 6

    # 7. restore: the Recycle Bin in the places, select it, Restore
    click_place(page, "Recycle Bin")
    assert page.restore_button.isVisible()
    letter = page.explorer.children(page.explorer.bin.id)[0]
    QTest.mouseClick(page.items.viewport(), LEFT, NO,
                     page.items.visualItemRect(page.row_of(letter.id)).center())
    QTest.mouseClick(page.restore_button, LEFT)
    assert page.explorer.find("Documents/Letter.txt") is not None
    assert work.index == 7

    # 8. save: the document's Save as, the folder Jobs, a name, Save
    assert page.save_strip.isVisible()
    QTest.mouseClick(page.save_button, LEFT)
    dialog = page.save_dialog
    assert dialog is not None and dialog.isVisible()
    jobs = page.explorer.find("Documents/Jobs")
    QTest.mouseClick(dialog.folders.viewport(), LEFT, NO,
                     dialog.folders.visualItemRect(dialog.rows[jobs.id]).center())
    QTest.keyClicks(dialog.name, "Shopping")
    QTest.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert page.explorer.find("Documents/Jobs/Shopping.txt") is not None
    assert work.index == 8 and not page.save_strip.isVisible()

    # 9. to the USB stick: right-click My CV.txt, "Copy to USB stick"
    click_place(page, "Documents")
    double_click(page, "Documents/Work")
    choose(right_click_menu(qtbot, page, item_point(page, "Documents/Work/My CV.txt")),
           "explorerMenuToUsb")
    assert page.explorer.find("USB stick/My CV.txt") is not None
    assert work.finished
    assert progressed == list(range(1, 10))

    attempt = work.finish(page.clock())
    assert attempt.passed and attempt.score == 1.0
    assert attempt.metrics["slips"] == 0 and attempt.metrics["done"] == 9


def test_deleting_the_wrong_file_is_a_slip_and_undo_brings_it_back(qtbot, open_page):
    page = open_page(exercise([step("delete", target="Documents/Letter.txt")]))
    click_place(page, "Documents")
    click_item(page, "Documents/CV.txt")
    QTest.keyClick(page.items, Qt.Key.Key_Delete)
    assert page.work.records[0].slip_count == 1
    assert page.work.records[0].slips == ["delete CV.txt"]
    assert page.message.isVisible() and "Undo" in page.message.text()
    assert page.undo_button.isEnabled()
    QTest.mouseClick(page.undo_button, LEFT)
    assert page.explorer.find("Documents/CV.txt") is not None
    assert page.work.records[0].slip_count == 1  # undoing is not another slip
    click_item(page, "Documents/Letter.txt")
    QTest.mouseClick(page.delete_button, LEFT)
    assert page.work.finished
    assert page.work.finish(page.clock()).metrics["slips"] == 1


def test_a_name_with_a_slash_is_refused_with_the_message(qtbot, open_page):
    page = open_page(exercise([step("rename", target="Documents/CV.txt", text="Old CV")]))
    click_place(page, "Documents")
    click_item(page, "Documents/CV.txt")
    QTest.mouseClick(page.rename_button, LEFT)
    type_name(qtbot, page, "Old/CV")
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert page.message.text().startswith("A name cannot contain")
    assert page.work.records[0].slip_count == 1
    assert page.explorer.find("Documents/CV.txt") is not None
    click_item(page, "Documents/CV.txt")
    QTest.keyClick(page.items, Qt.Key.Key_F2)
    type_name(qtbot, page, "Old CV")
    qtbot.waitUntil(lambda: page.work.finished)
    assert page.explorer.find("Documents/Old CV.txt") is not None


def test_cut_and_paste_with_the_keys_and_dragging_onto_the_bin_and_the_stick(qtbot, open_page):
    page = open_page(exercise([step("move", target="Documents/CV.txt", value="Pictures"),
                               step("delete", target="Documents/Letter.txt"),
                               step("to-usb", target="Documents/Work")]))
    click_place(page, "Documents")
    click_item(page, "Documents/CV.txt")
    QTest.keyClick(page.items, Qt.Key.Key_X, CTRL)
    click_place(page, "Pictures")
    QTest.keyClick(page.items, Qt.Key.Key_V, CTRL)
    assert page.explorer.find("Pictures/CV.txt") is not None and page.work.index == 1
    click_place(page, "Documents")
    drag(page, "Documents/Letter.txt", place_point(page, "Recycle Bin"))
    assert page.work.index == 2
    drag(page, "Documents/Work", place_point(page, "USB stick"))  # another drive: a copy
    assert page.explorer.find("USB stick/Work").folder
    assert page.explorer.find("Documents/Work") is not None
    assert page.work.finished and page.work.slips == 0


def test_escape_while_dragging_leaves_the_file_where_it_was(qtbot, open_page):
    page = open_page(exercise([step("move", target="Documents/CV.txt", value="Work")]))
    click_place(page, "Documents")
    viewport = page.items.viewport()
    start, work = item_point(page, "Documents/CV.txt"), item_point(page, "Documents/Work")
    QTest.mousePress(viewport, LEFT, NO, start)
    QTest.mouseMove(viewport, start + QPoint(20, 12))
    QTest.mouseMove(viewport, work)
    assert page.delegate.drop_row == page.items.row(page.row_of(page.explorer.find(
        "Documents/Work").id))  # the folder under the pointer is framed
    QTest.keyClick(page.items, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, LEFT, NO, work)
    assert page.explorer.find("Documents/CV.txt") is not None
    assert page.delegate.drop_row == -1 and page.work.index == 0 and page.work.slips == 0


def test_opening_the_wrong_file_is_a_slip_then_the_right_one(qtbot, open_page):
    page = open_page(exercise([step("open", target="Pictures/Family.jpg")]))
    click_place(page, "Documents")
    double_click(page, "Documents/CV.txt")
    assert page.main.currentWidget() is page.file_panel
    assert page.work.records[0].slip_count == 1
    QTest.mouseClick(page.close_file_button, LEFT)
    click_place(page, "Pictures")
    click_item(page, "Pictures/Family.jpg")
    QTest.keyClick(page.items, Qt.Key.Key_Return)
    assert page.file_name.text() == "Family.jpg" and page.work.finished


def test_a_folder_dropped_where_it_already_is_changes_nothing(qtbot, open_page):
    page = open_page(exercise([step("open", target="Documents/Work/Old")],
                              files=["Documents/Work/Old"]))
    double_click(page, "Documents")
    double_click(page, "Documents/Work")
    assert page.work.index == 0
    QTest.mouseClick(page.up_button, LEFT)
    # Work onto the Documents place, where it already is: nothing happens
    drag(page, "Documents/Work", place_point(page, "Documents"))
    assert page.explorer.find("Documents/Work") is not None and page.work.slips == 0


def test_every_control_is_named_and_the_dialog_too(qtbot, open_page):
    page = open_page(exercise([step("save", text="Notes")]))
    assert unnamed(page) == []
    QTest.mouseClick(page.save_button, LEFT)
    assert page.save_dialog is not None
    assert unnamed(page.save_dialog) == []
    page.save_dialog.reject()
    click_place(page, "Documents")
    click_item(page, "Documents/CV.txt")
    QTest.keyClick(page.items, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.findChild(QLineEdit, "explorerNameBox") is not None)
    assert unnamed(page) == []


def test_arabic_puts_the_places_on_the_right(qtbot, open_page, translations):
    translations.use("ar")
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = open_page(exercise([step("open", target="Documents/Work")]))
        click_place(page, "Documents")
        places = page.places.mapTo(page, QPoint(0, 0)).x()
        main = page.main.mapTo(page, QPoint(0, 0)).x()
        assert places > main
        up = page.up_button.mapTo(page, QPoint(0, 0)).x()
        assert up > page.address.mapTo(page, QPoint(0, 0)).x()  # Up on the right too
        double_click(page, "Documents/Work")
        assert page.work.finished
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_place_shown_chosen_again_is_opened_again(qtbot, open_page):
    page = open_page(exercise([step("open", target="Pictures"), step("open", target="Documents")]))
    click_place(page, "Pictures")
    click_place(page, "Pictures")  # already there: nothing more to do
    assert page.work.index == 1
    click_place(page, "Documents")
    assert page.work.finished and page.work.slips == 0


def test_places_open_with_the_keyboard_too(qtbot, open_page):
    page = open_page(exercise([step("open", target="Downloads")]))
    page.places.setFocus()
    page.places.setCurrentRow(2)  # Desktop, Documents, Downloads
    QTest.keyClick(page.places, Qt.Key.Key_Return)
    assert page.work.finished


@pytest.mark.parametrize("high_contrast", [False, True])
def test_fits_a_small_screen_in_extra_large_text(qtbot, open_page, qapp, high_contrast):
    apply_text_size(qapp, "xlarge", high_contrast)
    page = open_page(exercise([step("save", text="Notes")]), size=(1024, 420))
    qtbot.waitUntil(lambda: page.height() > 0)
    inside = QRect(QPoint(0, 0), page.size())
    for button in (*page.toolbar.buttons, page.up_button, page.save_button):
        if button.isVisible():
            where = QRect(button.mapTo(page, QPoint(0, 0)), button.size())
            assert inside.contains(where), button.objectName()
    assert page.items.viewport().height() >= page.items.iconSize().height()
    assert page.places.width() <= page.width() // 3
