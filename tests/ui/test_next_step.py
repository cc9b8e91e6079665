"""The home screen's "Next step": the first exercise of the learner's path, one large
tile that opens its skill's room on that exercise."""

import gc
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from tutor.attempt import FinishedAttempt
from tutor.content.schema import ExerciseBase
from tutor.skills import Skill
from tutor.skills.placement.next_step import step_from, trainer_path
from tutor.store.attempts import attempts_of, save_attempt
from tutor.store.learners import create_learner
from tutor.ui.main_window import MainWindow

HOOK = "tutor.skills.placement.next_step:next_step"
WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def collected():
    """This test's widgets are freed at its end, at a safe moment: left to Python's cycle
    collector, one could go in the middle of a later test's language change (a crash)."""
    yield
    gc.collect()


def placement(levels, work=None):
    return FinishedAttempt("placement", "placement", "1", "placement", WHEN,
                           WHEN + timedelta(minutes=16), 1.0, True,
                           metrics={"levels": levels}, details={"work": work, "items": []})


@pytest.fixture
def home(qtbot, runtime, translations, monkeypatch):
    """The real window with the placement's hook registered (as its SKILL gives it)."""
    skills = runtime.skills
    if "placement" in skills:
        assert skills["placement"].next_step == HOOK
    else:  # (until the placement's room is registered; the registry is shared: undone after)
        monkeypatch.setitem(skills, "placement", Skill(
            "placement", "Placement", "placement.svg", ExerciseBase,
            "tutor.skills.placement.view:make_room", next_step=HOOK))

    def open_home(levels=None, work=None, language="en", name="Ana"):
        ana = create_learner(runtime.db, name, "sun", language)
        if levels is not None:
            save_attempt(runtime.db, ana.id, placement(levels, work))
        window = MainWindow(runtime, translations)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.open_learner(ana.id)
        windows.append(window)
        return window, ana

    windows = []
    yield open_home
    # Each window goes now, at a safe moment: collected later by Python's cycle
    # collector, one could go in the middle of a later test's language change.
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    windows.clear()
    gc.collect()


def test_before_any_placement_the_next_step_is_the_placement(qtbot, home):
    window, ana = home()
    tile = window.home.next_step
    assert tile.isVisible() and tile.text() == "Next step\nFind my level"
    window.home.focus_first_skill()
    assert window.home.focusWidget() is tile
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert window.room.objectName() == "placementRoom"


# The basics room loads its sounds: Qt Multimedia says what this machine has not.
@pytest.mark.qt_log_ignore("Couldn't (load|resolve)", "PulseAudioService", "QSoundEffect")
def test_placed_at_the_mouse_the_tile_opens_the_basics_room_on_its_exercise(qtbot, home):
    window, ana = home({"basics": 1})
    tile = window.home.next_step
    assert tile.isVisible() and tile.objectName() == "nextStepTile"
    # basics level 1 in English: the first exercise of the path
    assert tile.text() == "Next step\nHold the mouse"
    assert tile.accessibleName() == "Next step: Hold the mouse"
    assert not tile.icon().isNull()
    # first on the page, first for the keyboard
    assert tile.y() < window.home.grid.y()
    window.home.focus_first_skill()
    assert window.home.focusWidget() is tile
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    room = window.room
    assert room.objectName() == "basicsRoom"
    assert room.exercise.id == "hold" and room.pack.id == "basics-en-mouse"


def test_data_entry_chosen_the_tile_opens_the_typing_lesson(qtbot, home):
    window, ana = home({"basics": 3, "typing": 1, "email": 0, "sheets": 0, "coding": 0},
                       "data-entry")
    tile = window.home.next_step
    assert tile.text() == "Next step\nF and J"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    room = window.room
    assert room.objectName() == "typingRoom"
    assert room.pages.currentWidget() is room.typing  # typing, not the list of lessons
    assert room.exercise.id == "fj" and room.pack.id == "typing-en"
    qtbot.keyClicks(room.typing, "f")
    assert room.typing.session.position == 1


def test_code_chosen_the_tile_opens_the_coding_step(qtbot, home):
    window, ana = home({"basics": 4, "typing": 2, "email": 2, "sheets": 2, "coding": 1}, "code")
    tile = window.home.next_step
    assert tile.text() == "Next step\nYour first program"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    room = window.room
    assert room.objectName() == "codingRoom"
    assert room.exercise.id == "print-hello" and room.pack.id == "coding-en-1-first-steps"


def test_the_tile_follows_the_attempts(qtbot, home, runtime):
    window, ana = home({"basics": 1})
    assert window.home.next_step.text() == "Next step\nHold the mouse"
    later = WHEN + timedelta(hours=1)
    save_attempt(runtime.db, ana.id, FinishedAttempt(
        "basics", "basics-en-mouse", "1", "hold", later, later, 1.0, True))
    window.home.refresh()
    assert window.home.next_step.text() != "Next step\nHold the mouse"
    path_first = step_from(runtime.catalogue, "en", attempts_of(runtime.db, ana.id))
    assert path_first is not None
    assert window.home.next_step.text() == f"Next step\n{path_first.title}"


def test_arabic_names_the_arabic_exercise(home):
    window, ana = home({"basics": 1}, language="ar")
    assert window.home.next_step.text() == "الخطوة التالية\nأمسك الفأرة" or \
        window.home.next_step.text().endswith("\nأمسك الفأرة")


def test_email_and_sheets_rooms_open_on_a_given_task(home):
    window, ana = home()
    window.open_skill("email", ("email-en-first-emails", "read-timetable"))
    assert window.room.objectName() == "emailRoom"
    assert window.room.work is not None and window.room.work.exercise.id == "read-timetable"
    window.open_skill("sheets", ("sheets-en-first-steps", "shopping-list"))
    assert window.room.exercise.id == "shopping-list"
    window.open_skill("sheets", ("no-such-pack", "x"))  # opens as usual
    assert window.room.objectName() == "sheetsRoom"


def test_a_trainers_path_and_malformed_settings():
    assert trainer_path({"placement": {"path": [["p", "e"], ["q"], "x", ["r", 3]]}}) == [
        ("p", "e")]
    assert trainer_path({"placement": "nonsense"}) == []
    assert trainer_path(None) == []


def test_skill_tiles_still_open_their_rooms(qtbot, home):
    window, ana = home({"basics": 1})
    qtbot.mouseClick(window.findChild(QAbstractButton, "skillTile:typing"),
                     Qt.MouseButton.LeftButton)
    assert window.room.objectName() == "typingRoom"
    assert window.room.pages.currentWidget() is window.room.lessons


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
def test_the_home_with_its_next_step_fits(qtbot, home, runtime, translations, size, language,
                                          text_size):
    from tests.ui.test_fits import outside
    from tutor.store.learners import update_learner

    translations.use(language)
    # (a long name and a long title: "Read a message and open its attachment")
    window, ana = home({"basics": 3, "typing": 1, "email": 1, "sheets": 0, "coding": 0},
                       "office", language=language, name="Amina Diallo-Nguema")
    update_learner(runtime.db, ana.id, text_size=text_size)
    window.resize(*size)
    window.open_learner(ana.id)
    qtbot.wait(50)
    tile = window.home.next_step
    assert tile.isVisible()
    assert (window.width(), window.height()) == size
    assert not outside(window)
    # whole, and the page no wider than the window (a long title wraps, or the tile
    # goes under the greeting)
    for corner in (tile.rect().topLeft(), tile.rect().bottomRight()):
        assert window.rect().contains(tile.mapTo(window, corner))
    assert window.home.width() <= window.width()

