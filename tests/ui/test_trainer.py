"""Trainer mode through the real widgets: password, overview, bulk import, CSV, tools."""

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.ui.accessibility import unnamed
from tutor import startup, trainer
from tutor.store.attempts import record_attempt
from tutor.store.learners import create_learner, get_learner, list_learners, skill_settings
from tutor.store.progress_file import export_learner


def fill_password(*texts):
    def action(dialog):
        dialog.findChild(QLineEdit, "trainerPassword").setText(texts[0])
        if len(texts) > 1:
            dialog.findChild(QLineEdit, "trainerPasswordAgain").setText(texts[1])
        dialog.check()
        if dialog.isVisible():
            dialog.reject()

    return action


@pytest.fixture
def trainer_screen(qtbot, window, runtime, on_modal):
    on_modal(fill_password("kakuma-2026", "kakuma-2026"))
    window.picker.trainer_button.click()
    screen = window.trainer_screen
    assert window.stack.currentWidget() is screen
    told = []
    screen.tell = told.append
    return screen, told


def test_first_use_sets_the_password_and_a_wrong_one_is_refused(qtbot, window, runtime, on_modal):
    on_modal(fill_password("short", "short"))
    window.picker.trainer_button.click()
    assert not trainer.has_password(runtime.db)
    assert window.stack.currentWidget() is window.picker
    on_modal(fill_password("kakuma-2026", "kakuma-2026"))
    window.picker.trainer_button.click()
    assert trainer.check_password(runtime.db, "kakuma-2026")
    window.trainer_screen.closed.emit()
    on_modal(fill_password("guess-guess"))
    window.picker.trainer_button.click()
    assert window.stack.currentWidget() is window.picker


def test_overview_and_bulk_import_of_a_folder(qtbot, tmp_path, runtime, trainer_screen):
    screen, told = trainer_screen
    usb = tmp_path / "usb"
    usb.mkdir()
    other = startup.start(tmp_path / "other-pc")
    for index in range(5):
        learner = create_learner(other.db, f"Learner {index}", "sun", pin="1234")
        now = datetime.now(UTC)
        for n in range(index + 1):
            record_attempt(other.db, learner.id, "typing", f"e{n}", "typing-en", "1", now, now,
                           1.0, True, metrics={"wpm": 10.0 + n, "accuracy": 97.0})
        export_learner(other.db, learner.id, usb / f"learner-{index}.tutorprogress")
    other.close()
    (usb / "broken.tutorprogress").write_bytes(b"not a zip")
    screen.choose_folder = lambda: usb
    screen.buttons["import"].click()
    qtbot.waitUntil(lambda: hasattr(screen, "last_import"), timeout=20000)
    imported, added, failures = screen.last_import
    assert (imported, added) == (5, 15)
    assert len(failures) == 1 and failures[0].startswith("broken.tutorprogress")
    assert screen.table.rowCount() == 5
    assert "Files loaded: 5. New activities: 15." in told[-1]
    names = {screen.table.item(r, 0).text() for r in range(5)}
    assert names == {f"Learner {i}" for i in range(5)}


def test_csv_export_rename_archive_merge_and_thresholds(qtbot, tmp_path, runtime, trainer_screen,
                                                          on_modal):
    screen, told = trainer_screen
    ana = create_learner(runtime.db, "Ana", "sun")
    ana2 = create_learner(runtime.db, "Ana B", "moon")
    ben = create_learner(runtime.db, "Ben", "star")
    now = datetime.now(UTC)
    record_attempt(runtime.db, ana2.id, "typing", "e1", "typing-en", "1", now, now, 1.0, True)
    screen.refresh()

    def select(name):
        for row in range(screen.table.rowCount()):
            if screen.table.item(row, 0).text() == name:
                screen.table.selectRow(row)
                return
        raise AssertionError(name)

    screen.choose_save = lambda title, name, pattern: tmp_path / "class.csv"
    screen.buttons["csv"].click()
    assert "Ana B" in (tmp_path / "class.csv").read_text(encoding="utf-8-sig")
    select("Ben")
    screen.ask_text = lambda title, label, value="": "Benjamin"
    screen.buttons["rename"].click()
    assert get_learner(runtime.db, ben.id).display_name == "Benjamin"
    select("Benjamin")
    screen.buttons["archive"].click()
    assert [person.display_name for person in list_learners(runtime.db)] == ["Ana", "Ana B"] or \
        {person.display_name for person in list_learners(runtime.db)} == {"Ana", "Ana B"}
    select("Ana")
    screen.ask_item = lambda title, label, items: next(i for i in items if i.startswith("Ana B"))
    screen.buttons["merge"].click()
    assert told[-1] == "1 activities moved to Ana."
    assert [person.display_name for person in list_learners(runtime.db)] == ["Ana"]

    def lower(dialog):
        dialog.scale.setValue(0.8)
        dialog.drop.setValue(3)
        dialog.accept()

    select("Ana")
    on_modal(lower)
    screen.buttons["settings:typing"].click()
    settings = skill_settings(get_learner(runtime.db, ana.id), "typing")
    assert settings["min_wpm_scale"] == 0.8 and settings["min_accuracy_drop"] == 3.0


def test_trainer_screen_is_named(trainer_screen):
    screen, _ = trainer_screen
    assert unnamed(screen) == []


def test_a_learners_details_over_time(qtbot, runtime, trainer_screen):
    from tutor.ui.trainer_view import LearnerDetailDialog

    screen, _ = trainer_screen
    ana = create_learner(runtime.db, "Ana", "sun")
    for n in range(4):
        now = datetime.now(UTC)
        record_attempt(runtime.db, ana.id, "typing", f"e{n}", "typing-en", "1", now, now,
                       n / 3, n > 0, metrics={"wpm": 10.0 + 3 * n, "accuracy": 95.0})
    dialog = LearnerDetailDialog(runtime, ana, screen)
    qtbot.addWidget(dialog)
    speeds, scores = dialog.chart.series
    assert speeds.values == [10.0, 13.0, 16.0, 19.0]
    assert [round(v) for v in scores.values] == [0, 33, 67, 100]
    assert dialog.list.count() == 4 and "✓" in dialog.list.item(0).text()
    assert unnamed(dialog) == []


@pytest.mark.slow
def test_a_folder_of_200_files_with_20_bad_ones_through_the_dialog(qtbot, tmp_path, runtime,
                                                                   trainer_screen):
    from tests.hostile.progress_files import hostile_files
    from tests.store.test_hostile_progress import make_folder

    screen, told = trainer_screen
    pc = startup.start(tmp_path / "good-pc")
    learner = create_learner(pc.db, "Amina", "sun")
    now = datetime.now(UTC)
    record_attempt(pc.db, learner.id, "typing", "e", "typing-en", "1", now, now, 1.0, True,
                   metrics={"wpm": 20.0, "accuracy": 96.0})
    export_learner(pc.db, learner.id, tmp_path / "good.tutorprogress")
    pc.close()
    files = make_folder(tmp_path, hostile_files((tmp_path / "good.tutorprogress").read_bytes()))
    screen.choose_folder = lambda: files[0].parent
    screen.buttons["import"].click()
    qtbot.waitUntil(lambda: hasattr(screen, "last_import"), timeout=120000)
    imported, added, failures = screen.last_import
    assert (imported, added) == (180, 180)
    assert len(failures) == 20 and all("-bad-" in failure for failure in failures)
    # The table shows a page of 100 of the 180 learners (tests/ui/test_picker_scale.py).
    assert screen.total == 180 and screen.table.rowCount() == 100
    assert "Files loaded: 180. New activities: 180." in told[-1]


def test_a_folder_import_says_for_each_learner_what_was_checked(qtbot, tmp_path, runtime, trainer_screen):
    """Issue #21: a file from Kakuma's certified PC with one score edited, loaded by the
    trainer of a PC that trusts Kakuma: the learner's line says 2 checked at Kakuma and 1
    that could not be checked."""
    from tests.ui.test_progress_transfer_signed import kakuma_file
    from tutor.credentials import centre

    screen, told = trainer_screen
    usb = tmp_path / "usb"
    usb.mkdir()
    path, card = kakuma_file(usb, edited=1)
    for other in usb.glob("*.sqlite3*"):
        other.unlink()
    centre.trust(runtime.db, card)
    screen.choose_folder = lambda: usb
    screen.buttons["import"].click()
    qtbot.waitUntil(lambda: hasattr(screen, "last_import"), timeout=20000)
    assert screen.last_import[:2] == (1, 3)
    said = told[-1]
    assert "Amina:" in said
    assert "Checked: signed at Kakuma Learning Centre: 2" in said
    assert "Could not be checked" in said and ": 1" in said.split("Could not be checked")[1]
