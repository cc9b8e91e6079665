"""The home screen, the skill registry's rooms, settings, dialogs and the error net."""

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QRadioButton,
)

from tests.content.conftest import DEMO, GOOD
from tests.ui.accessibility import unnamed
from tutor.app import ErrorNet
from tutor.content.packs import load_catalogue
from tutor.store.learners import create_learner, get_learner
from tutor.ui.dialogs import AboutDialog, ProblemsDialog
from tutor.ui.picker import PinDialog
from tutor.ui.settings import SettingsDialog
from tutor.ui.style import BASE_POINTS


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_home_says_plainly_that_no_skill_is_installed(window, runtime):
    runtime.skills = {}
    window.home.skills = {}
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    assert window.home.empty.isVisible()
    assert "No skill is installed yet" in window.home.empty.text()
    assert window.home.recent.item(0).text() == "Nothing yet. Choose a skill to start."


def with_demo_skill(runtime, tmp_path):
    pack = tmp_path / "lessons" / "demo.toml"
    pack.parent.mkdir()
    pack.write_text(GOOD)
    runtime.skills = {"demo": DEMO}
    runtime.catalogue = load_catalogue([pack.parent], runtime.skills)


def test_a_registered_skill_gets_a_tile_with_progress_and_opens_its_room(
    qtbot, runtime, translations, tmp_path
):
    from tutor.ui.main_window import MainWindow

    with_demo_skill(runtime, tmp_path)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    tile = window.findChild(QAbstractButton, "skillTile:demo")
    assert tile.text() == "Demo\n0 of 2 done"
    assert not window.home.empty.isVisible()
    click(qtbot, tile)
    room = window.findChild(object, "demoRoom")
    assert window.stack.currentWidget() is room
    assert window.home_button.isVisible()
    click(qtbot, room.findChild(QAbstractButton, "demoFinish"))
    assert window.stack.currentWidget() is window.home
    assert window.findChild(QAbstractButton, "skillTile:demo").text() == "Demo\n1 of 2 done"
    # The exercise by its title, not its id.
    assert "Demo · The first one · 100% · passed" in window.home.recent.item(0).text()
    # A pass elsewhere (another pack, a practice) is not one of the course's exercises.
    from datetime import UTC, datetime

    from tutor.store.attempts import record_attempt

    now = datetime.now(UTC)
    record_attempt(runtime.db, ana.id, "demo", "practice", "demo-practice", "1", now, now,
                   1.0, True)
    window.show_home()
    assert window.findChild(QAbstractButton, "skillTile:demo").text() == "Demo\n1 of 2 done"


def test_a_learner_never_sees_another_learners_progress(qtbot, runtime, translations, tmp_path):
    from tutor.ui.main_window import MainWindow

    with_demo_skill(runtime, tmp_path)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    ana = create_learner(runtime.db, "Ana", "sun")
    ben = create_learner(runtime.db, "Ben", "moon")
    window.open_learner(ana.id)
    click(qtbot, window.findChild(QAbstractButton, "skillTile:demo"))
    click(qtbot, window.findChild(QAbstractButton, "demoFinish"))
    window.switch_learner()
    window.open_learner(ben.id)
    assert window.findChild(QAbstractButton, "skillTile:demo").text() == "Demo\n0 of 2 done"
    assert window.home.recent.item(0).text() == "Nothing yet. Choose a skill to start."


def test_language_and_text_size_apply_at_once_and_are_remembered(
    qtbot, window, runtime, on_modal
):
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    app = QApplication.instance()

    def change(dialog):
        dialog.findChild(QComboBox, "languageCombo").setCurrentIndex(2)  # العربية
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        dialog.findChild(QRadioButton, "textSize:xlarge").click()
        assert abs(app.font().pointSizeF() - BASE_POINTS * 1.65) < 0.01
        dialog.accept()

    on_modal(change)
    click(qtbot, window.settings_button)
    saved = get_learner(runtime.db, ana.id)
    assert (saved.ui_language, saved.text_size) == ("ar", "xlarge")
    # The next learner starts from the PC's own language and normal text...
    window.switch_learner()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert abs(app.font().pointSizeF() - BASE_POINTS) < 0.01
    # ...and Ana gets hers back when she returns.
    window.open_learner(ana.id)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert abs(app.font().pointSizeF() - BASE_POINTS * 1.65) < 0.01


def test_pin_can_be_set_and_removed_in_settings(qtbot, runtime, translations):
    ana = create_learner(runtime.db, "Ana", "sun")
    dialog = SettingsDialog(runtime.db, ana)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit, "12")
    click(qtbot, dialog.pin_save)
    assert dialog.status.text() == "A PIN is 4 numbers, like 2580."
    assert get_learner(runtime.db, ana.id).pin_hash is None
    qtbot.keyClicks(dialog.pin_edit, "34")
    click(qtbot, dialog.pin_save)
    assert dialog.status.text() == "Your PIN is saved."
    assert get_learner(runtime.db, ana.id).pin_hash is not None
    assert dialog.pin_remove.isEnabled()
    click(qtbot, dialog.pin_remove)
    assert get_learner(runtime.db, ana.id).pin_hash is None


def test_broken_lesson_packs_are_listed_for_the_trainer(qtbot, data_dir, translations):
    from tutor import startup
    from tutor.ui.main_window import MainWindow

    (data_dir / "lessons").mkdir(exist_ok=True)
    (data_dir / "lessons" / "mine.toml").write_text('id = "x"\nversion = 1\n')
    runtime = startup.start(data_dir)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    assert window.problems_button.isVisible()
    dialog = ProblemsDialog(runtime.catalogue.problems, window)
    qtbot.addWidget(dialog)
    lines = [dialog.findChild(QAbstractItemView, "problemsList").model().index(i, 0).data()
             for i in range(len(runtime.catalogue.problems))]
    assert any(line.endswith("mine.toml:2: 'version' must be text in quotes") for line in lines)
    runtime.close()


def test_an_unexpected_error_shows_a_calm_dialog_and_is_logged(
    qtbot, window, runtime, on_modal, caplog
):
    seen = on_modal(lambda dialog: dialog.accept())
    net = ErrorNet(window)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            net(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].objectName() == "errorDialog"
    assert "boom" not in seen[0].findChild(object, "errorMessage").text()
    assert "RuntimeError: boom" in caplog.text
    qtbot.waitUntil(lambda: not net._showing)
    assert window.isVisible()


def test_about_shows_where_the_data_is(qtbot, runtime, translations):
    dialog = AboutDialog(runtime)
    qtbot.addWidget(dialog)
    text = dialog.findChild(object, "aboutText").text()
    assert str(runtime.location.path) in text
    assert "chosen with --data-dir" in text


def test_every_interactive_widget_has_an_object_and_accessible_name(
    qtbot, window, runtime, tmp_path
):
    ana = create_learner(runtime.db, "Ana", "sun", pin="1234")
    window.show_picker()
    assert unnamed(window) == []
    window.start_new_learner()
    assert unnamed(window) == []
    window.open_learner(ana.id)
    assert unnamed(window) == []
    for dialog in (SettingsDialog(runtime.db, ana), AboutDialog(runtime),
                   ProblemsDialog([], None), PinDialog(ana, window.gate)):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__


def test_high_contrast_applies_at_once_and_is_remembered(qtbot, window, runtime, on_modal):
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    app = QApplication.instance()
    assert "#000000" not in app.styleSheet()

    def change(dialog):
        dialog.findChild(QAbstractButton, "highContrast").click()
        assert "#ffd400" in app.styleSheet()
        dialog.accept()

    on_modal(change)
    click(qtbot, window.settings_button)
    window.switch_learner()
    assert "#ffd400" not in app.styleSheet()  # the next person gets the usual look
    window.open_learner(ana.id)
    assert "#ffd400" in app.styleSheet()


def test_lessons_in_another_language_than_the_screens(qtbot, window, runtime, on_modal):
    from PySide6.QtWidgets import QComboBox

    from tutor.profiles import lesson_language

    ana = create_learner(runtime.db, "Ana", "sun", "ar")
    assert lesson_language(get_learner(runtime.db, ana.id)) == "ar"
    window.open_learner(ana.id)

    def choose_french(dialog):
        combo = dialog.findChild(QComboBox, "lessonLanguageCombo")
        combo.setCurrentIndex(combo.findData("fr"))
        dialog.accept()

    on_modal(choose_french)
    click(qtbot, window.settings_button)
    saved = get_learner(runtime.db, ana.id)
    assert saved.ui_language == "ar" and lesson_language(saved) == "fr"
    window.open_skill("email")
    room = window.room
    assert {p.language for p in room.packs} == {"fr"}  # the screens stay in Arabic
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_room_that_would_lose_work_can_keep_the_learner(qtbot, runtime, translations,
                                                          tmp_path):
    from tutor.ui.main_window import MainWindow

    with_demo_skill(runtime, tmp_path)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    window.open_skill("demo")
    room = window.room
    answers = [False]
    room.may_leave = lambda: answers[-1]  # "Stay" in the room's question
    window.show_home()
    window.switch_learner()
    assert window.stack.currentWidget() is room
    answers.append(True)  # "Leave it"
    window.show_home()
    assert window.stack.currentWidget() is window.home
