"""Saving progress from the learner's menu and loading it on another PC's picker."""

from datetime import UTC, datetime

import pytest

from tests.ui.accessibility import unnamed
from tutor import startup
from tutor.store.attempts import attempts_of, record_attempt
from tutor.store.learners import create_learner, list_learners
from tutor.ui.main_window import MainWindow


def make_window(qtbot, data_dir, translations):
    runtime = startup.start(data_dir)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.show()
    told = []
    window.transfer.tell = told.append
    return window, runtime, told


@pytest.fixture
def two_pcs(qtbot, tmp_path, translations):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = make_window(qtbot, tmp_path / "a", translations)
    b = make_window(qtbot, tmp_path / "b", translations)
    yield a, b
    a[1].close()
    b[1].close()


def add_attempts(db, learner, count=3):
    for n in range(count):
        now = datetime.now(UTC)
        record_attempt(db, learner.id, "typing", f"ex{n}", "typing-en", "1.0", now, now,
                       1.0, True, metrics={"wpm": 20 + n})


def test_save_on_one_pc_and_load_on_another(qtbot, tmp_path, two_pcs):
    (win_a, rt_a, told_a), (win_b, rt_b, told_b) = two_pcs
    amina = create_learner(rt_a.db, "Amina", "elephant", "en")
    add_attempts(rt_a.db, amina)
    win_a.open_learner(amina.id)
    assert win_a.progress_button.isVisible()
    target = tmp_path / "usb" / "amina"
    target.parent.mkdir()
    win_a.transfer.choose_save_path = lambda suggested: target
    win_a.save_progress_action.trigger()
    saved = target.with_name("amina.tutorprogress")
    assert saved.is_file()
    assert told_a[-1].startswith("Saved: 3 activities")

    assert win_b.picker.load_button.isVisible()
    win_b.transfer.choose_open_path = lambda: saved
    win_b.picker.load_button.click()
    assert told_b[-1] == "Welcome, Amina! Your progress is loaded: 3 activities."
    assert [t.text() for t in win_b.picker.grid.tiles()][1] == "Amina"
    win_b.picker.load_button.click()  # the same file again: nothing changes
    assert told_b[-1] == "Amina: this computer already had all these activities. Nothing changed."
    assert len(attempts_of(rt_b.db, amina.id)) == 3


def test_a_pin_protected_file_asks_for_the_pin(qtbot, tmp_path, two_pcs):
    (win_a, rt_a, _), (win_b, rt_b, told_b) = two_pcs
    nour = create_learner(rt_a.db, "Nour", "moon", "ar", pin="2580")
    add_attempts(rt_a.db, nour)
    from tutor.store.progress_file import export_learner

    export_learner(rt_a.db, nour.id, tmp_path / "nour.tutorprogress")
    win_b.transfer.choose_open_path = lambda: tmp_path / "nour.tutorprogress"
    # New to PC B: no PIN is asked (the file has none); she chooses one here.
    asked_pin, chose = [], []
    win_b.transfer.ask_pin = lambda name: asked_pin.append(name) or "2580"
    win_b.transfer.ask_new_pin = lambda name: chose.append(name) or "1357"
    win_b.load_progress()
    assert asked_pin == [] and chose == ["Nour"]
    assert [person.display_name for person in list_learners(rt_b.db)] == ["Nour"]
    # Next time, PC B's PIN is asked: PC A's does not open her profile here.
    win_b.transfer.ask_pin = lambda name: asked_pin.append(name) or "2580"
    win_b.load_progress()
    assert asked_pin == ["Nour"]
    assert told_b[-1] == "That is not the right PIN. Nothing was loaded."
    win_b.transfer.ask_pin = lambda name: "1357"
    win_b.load_progress()
    assert told_b[-1].startswith("Nour: this computer already had all these activities")


def test_a_same_named_learner_is_offered_and_linked(qtbot, tmp_path, two_pcs):
    (win_a, rt_a, _), (win_b, rt_b, told_b) = two_pcs
    on_a = create_learner(rt_a.db, "Grace", "butterfly")
    add_attempts(rt_a.db, on_a, 2)
    on_b = create_learner(rt_b.db, "grace", "sun")
    from tutor.store.progress_file import export_learner

    export_learner(rt_a.db, on_a.id, tmp_path / "g.tutorprogress")
    asked = []
    win_b.transfer.choose_open_path = lambda: tmp_path / "g.tutorprogress"
    win_b.transfer.ask_same_person = lambda name: asked.append(name) or True
    win_b.load_progress()
    assert asked == ["grace"]
    assert told_b[-1] == "grace: 2 new activities added (0 were already on this computer)."
    assert len(attempts_of(rt_b.db, on_b.id)) == 2


def test_a_bad_file_is_refused_with_a_clear_message(qtbot, tmp_path, two_pcs):
    _, (win_b, rt_b, told_b) = two_pcs
    bad = tmp_path / "half.tutorprogress"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    win_b.transfer.choose_open_path = lambda: bad
    win_b.load_progress()
    assert "not a Tutor progress file, or it is damaged" in told_b[-1]
    assert list_learners(rt_b.db) == []


def test_progress_widgets_are_named(two_pcs):
    (win_a, rt_a, _), _ = two_pcs
    amina = create_learner(rt_a.db, "Amina", "sun")
    win_a.open_learner(amina.id)
    assert unnamed(win_a) == []
