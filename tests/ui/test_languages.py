"""Each main screen opens in each language, translated, without a Qt warning."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tutor.store.learners import create_learner
from tutor.ui.settings import SettingsDialog


@pytest.mark.parametrize("language", ["en", "fr", "ar", "sw"])
def test_main_screens_in_each_language(qtbot, window, runtime, translations, language):
    ana = create_learner(runtime.db, "Ana", "sun", language)
    translations.use(language)
    window.show_picker()
    english = "Who are you? Touch your picture."
    assert (window.picker.title.text() == english) == (language == "en")
    window.start_new_learner()
    assert window.new_learner.title.text()
    window.open_learner(ana.id)
    greeting = window.home.greeting.text()
    assert "Ana" in greeting
    assert (greeting == "Hello, Ana!") == (language == "en")
    rtl = language == "ar"
    assert (QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl
    dialog = SettingsDialog(runtime.db, ana, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == QCoreApplication.translate("SettingsDialog", "My settings")
    assert (dialog.windowTitle() == "My settings") == (language == "en")


@pytest.mark.parametrize("language", ["en", "fr", "ar", "sw"])
def test_every_skill_room_opens_in_each_language(qtbot, window, runtime, translations, language):
    from PySide6.QtWidgets import QAbstractButton

    from tests.ui.accessibility import unnamed

    ana = create_learner(runtime.db, "Ana", "sun", language)
    window.open_learner(ana.id)
    for skill_id, skill in runtime.skills.items():
        window.show_home()
        if skill.home:
            qtbot.mouseClick(window.findChild(QAbstractButton, f"skillTile:{skill_id}"),
                             Qt.MouseButton.LeftButton)
        else:  # only a trainer opens it, for a learner
            window.open_for_learner(str(ana.id), skill_id)
        room = window.room
        assert room is not None and window.stack.currentWidget() is room, skill_id
        assert unnamed(room) == [], skill_id
