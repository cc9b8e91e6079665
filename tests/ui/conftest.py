import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tutor.app import make_application
from tutor.i18n.qt import Translations
from tutor.ui.main_window import MainWindow
from tutor.ui.style import apply_text_size


@pytest.fixture
def translations(qapp):
    make_application()
    translations = Translations(qapp, "en")
    translations.use("en")
    apply_text_size(qapp, "normal")
    yield translations
    translations.use("en")
    apply_text_size(qapp, "normal")


@pytest.fixture
def window(qtbot, runtime, translations):
    win = MainWindow(runtime, translations)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def on_modal(qtbot):
    """Run ``action(dialog)`` on the next modal dialog, which a click is about to open."""

    def arm(action):
        done = []

        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            done.append(dialog)
            action(dialog)

        QTimer.singleShot(0, poll)
        return done

    return arm


@pytest.fixture
def no_recording(monkeypatch):
    """Any attempt saved during the test fails it (a placement item never records)."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a placement item recorded an attempt")
    monkeypatch.setattr("tutor.store.attempts.save_attempt", refuse)
    monkeypatch.setattr("tutor.ui.rooms.save_attempt", refuse)
