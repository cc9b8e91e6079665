"""The computer-basics room, driven through its widgets with real mouse events: the list
of lessons, an exercise with its picture and words (read aloud), the answer to each
action in picture and sound, the attempt recorded, the result, Next and Again; a step
exercise through a page of the step contract, and one whose page does not load."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from tests.ui.accessibility import unnamed
from tests.ui.basics_pages import Clock
from tutor.content.packs import load_catalogue
from tutor.errors import TutorError
from tutor.skills.basics import SKILL
from tutor.skills.basics import view as basics_view
from tutor.skills.basics.view import BasicsRoom
from tutor.skills.basics.view_pointer import FEEDBACK_MS
from tutor.store.attempts import attempts_of, save_attempt
from tutor.store.learners import create_learner, get_learner, set_skill_settings, skill_settings
from tutor.ui import speech
from tutor.ui.rooms import RoomHost

# Qt Multimedia, under Text to Speech, looks for PipeWire and says it is not there.
pytestmark = pytest.mark.qt_log_ignore("pipewire")
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier

PACK = """
id = "basics-test-mouse"
version = "1.0"
language = "{language}"
skill = "basics"
title = "{title}"

[[exercises]]
id = "click"
title = "Click"
kind = "click"
say = "Click each circle."
targets = 2
start_size = 100
min_size = 40

[[exercises]]
id = "double-click"
title = "Double-click"
kind = "double-click"
say = "Click two times, fast."
targets = 1

[[exercises]]
id = "press-keys"
title = "Big keys"
kind = "keys"
say = "Use the big keys."

[[exercises.steps]]
do = "press"
key = "Space"
say = "Press Space."

[[exercises.steps]]
do = "press"
key = "Enter"
say = "Press Enter."
"""


class StepPage(QWidget):
    """A page of the step contract, as helper pages are: a button that does the step and
    one that slips."""

    progressed = Signal()

    def __init__(self, exercise, work, clock, parent=None) -> None:
        super().__init__(parent)
        self.work, self.clock = work, clock
        self.shown = 0
        self.do_it = QPushButton("Do it", self)
        self.do_it.setObjectName("testDoIt")
        self.do_it.setAccessibleName("Do it")
        self.do_it.clicked.connect(self._done)
        self.wrong = QPushButton("Wrong", self)
        self.wrong.move(0, 60)
        self.wrong.setObjectName("testWrong")
        self.wrong.setAccessibleName("Wrong")
        self.wrong.clicked.connect(self._slip)

    def show_step(self) -> None:
        self.shown += 1

    def _done(self) -> None:
        self.work.done(self.clock())
        self.progressed.emit()

    def _slip(self) -> None:
        self.work.slip(self.clock(), "pressed the wrong key")
        self.progressed.emit()


@pytest.fixture
def voice(monkeypatch):
    """Qt's "mock" voice stands for the PC's (a fresh Speaker for each test)."""
    monkeypatch.setenv(speech.ENGINE_VARIABLE, "mock")
    monkeypatch.setattr(speech, "_speaker", None)
    yield
    if speech._speaker is not None:
        speech._speaker.stop()
    speech._speaker = None


@pytest.fixture
def room_for(qtbot, db, tmp_path, monkeypatch, voice, translations):
    monkeypatch.setenv("TUTOR_SOUND", "none")

    def make(language="en", speak=False, finish=None, packs=(("en", "The mouse"),)):
        folder = tmp_path / "lessons"
        folder.mkdir(exist_ok=True)
        for n, (pack_language, title) in enumerate(packs):
            text = PACK.format(language=pack_language, title=title).replace(
                "basics-test-mouse", f"basics-test-{pack_language}-{n}")
            (folder / f"{n + 1}-mouse-{pack_language}.toml").write_text(text, encoding="utf-8")
        catalogue = load_catalogue([folder], {"basics": SKILL})
        assert not catalogue.problems, catalogue.problems
        learner = create_learner(db, "Amina", "sun", language)
        set_skill_settings(db, learner.id, "basics", {"speak": speak})
        learner = get_learner(db, learner.id)
        host = RoomHost(SKILL, learner, db, catalogue, go_home=lambda: None,
                        progress_changed=lambda: None)
        if finish is not None:
            host.finish = finish  # type: ignore[method-assign]
        clock = Clock(now=1000.0, step=0)
        room = BasicsRoom(host, clock=clock, rng=random.Random(3))
        if language != "en":
            translations.use(language)
        qtbot.addWidget(room)
        room.resize(1000, 640)
        room.show()
        qtbot.waitExposed(room)
        return room, learner, clock

    return make


def canvas_of(room):
    return room.page.canvas


def click_target(qtbot, room, clock, dx=0.0, seconds=1.0):
    canvas = canvas_of(room)
    qtbot.waitUntil(lambda: not canvas.waiting, timeout=FEEDBACK_MS * 6)
    clock.now += seconds
    centre = canvas.centre
    QTest.mouseClick(canvas, LEFT, NONE, QPoint(round(centre.x() + dx), round(centre.y())))


def test_the_lessons_of_the_learners_language_and_the_first_not_passed(qtbot, room_for, db):
    room, learner, _ = room_for(packs=(("en", "The mouse"), ("fr", "La souris")))
    items = [room.lesson_list.item(n).text() for n in range(room.lesson_list.count())]
    assert items == ["The mouse", "Click", "Double-click", "Big keys"]  # no French pack
    assert room.lesson_list.currentRow() == 1
    assert not room.lesson_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # a heading
    assert unnamed(room) == []


def test_a_click_exercise_from_start_to_saved_with_its_pictures_and_sounds(qtbot, room_for,
                                                                           db):
    room, learner, clock = room_for()
    qtbot.mouseClick(room.start_button, LEFT)
    assert room.pages.currentWidget() is room.exercise_page
    assert room.bar.say_label.text() == "Click each circle."
    assert room.bar.picture == "click" and not room.bar.icon.pixmap().isNull()
    assert room.progress.text() == "○○"
    click_target(qtbot, room, clock, dx=200)  # beside the circle
    assert room.outcome == "miss" and room.sounds.played == ["wrong"]
    assert room.answer.text() == "Not on it. Try again."
    assert not room.answer_picture.pixmap().isNull()
    click_target(qtbot, room, clock, dx=10, seconds=0.5)
    assert room.outcome == "hit" and room.answer.text() == "Good!"
    assert room.progress.text() == "●○"
    with qtbot.waitSignal(room.attempt_saved) as saved:
        click_target(qtbot, room, clock, dx=0, seconds=2.0)
    assert room.sounds.played == ["wrong", "right", "right"]  # no "done": not passed
    assert room.pages.currentWidget() is room.result_page
    assert room.result_title.text() == "Not yet. Try it again."  # a miss: 1 of 2 first time
    assert room.saved.text() == "Saved."
    figures = room.result_figures.text().split("\n")
    assert figures[0] == "Targets done: 2 of 2."
    assert figures[1] == "Right the first time: 1 of 2 (asked: 2)."
    assert "Time for each one: 1.8 seconds." in figures  # (1.5 + 2.0) / 2 rounded
    [stored] = attempts_of(db, learner.id, "basics")
    attempt = saved.args[0]
    assert stored.id == attempt.id and stored.exercise_id == "click"
    assert stored.pack_id == "basics-test-en-0"
    assert stored.metrics["misses"] == 1 and stored.metrics["done"] == 2
    assert stored.metrics["distance"] == pytest.approx(5, abs=0.6)  # 10 and 0 px
    assert not stored.passed  # 1 of 2 first try, 0.8 asked
    assert room.again.property("role") == "primary"
    # Next: the following exercise of the pack
    assert room.next_button.isVisible()
    qtbot.mouseClick(room.next_button, LEFT)
    assert room.exercise.id == "double-click"
    assert room.bar.picture == "double-click"


def test_the_double_click_limit_goes_on_from_the_last_exercise(qtbot, room_for, db):
    room, learner, clock = room_for()
    from datetime import UTC, datetime

    from tutor.attempt import FinishedAttempt

    moment = datetime(2025, 1, 1, tzinfo=UTC)
    save_attempt(db, learner.id, FinishedAttempt(
        "basics", "basics-test-en-0", "1.0", "double-click", moment, moment, 1.0, True,
        metrics={"double_click_ms": 700}))
    room.start(room.packs()[0], room.packs()[0].exercise("double-click"))
    assert room.work.double_click_ms == 700
    canvas = canvas_of(room)
    centre = QPoint(round(canvas.centre.x()), round(canvas.centre.y()))
    QTest.mouseClick(canvas, LEFT, NONE, centre)
    clock.now += 0.3
    with qtbot.waitSignal(room.attempt_saved):
        QTest.mouseClick(canvas, LEFT, NONE, centre)
    assert room.result_title.text() == "Well done!" and room.sounds.played[-1] == "done"
    figures = room.result_figures.text()
    assert "Double-clicks fast enough: 1 of 1." in figures
    assert "Your double-click time: 600 thousandths of a second" in figures


def test_a_step_exercise_through_a_page_of_the_contract(qtbot, room_for, db, monkeypatch):
    monkeypatch.setitem(basics_view.PAGES, "keys", "tests.ui.test_basics_room:StepPage")
    room, learner, clock = room_for()
    pack = room.packs()[0]
    room.start(pack, pack.exercise("press-keys"))
    page = room.page
    assert isinstance(page, StepPage) and page.shown == 1
    assert room.bar.say_label.text() == "Use the big keys. Press Space."
    assert room.bar.picture == "keys-press"
    clock.now += 1
    qtbot.mouseClick(page.wrong, LEFT)
    assert room.outcome == "slip" and room.sounds.played == ["wrong"]
    assert room.answer.text() == "Not quite. Try again."
    qtbot.mouseClick(room.bar.read_aloud, LEFT)  # hear it again: counted, not held against
    clock.now += 2
    qtbot.mouseClick(page.do_it, LEFT)
    assert room.bar.say_label.text() == "Press Enter." and page.shown == 2
    assert room.progress.text() == "●○"
    with qtbot.waitSignal(room.attempt_saved):
        clock.now += 1
        qtbot.mouseClick(page.do_it, LEFT)
    [stored] = attempts_of(db, learner.id, "basics")
    assert stored.exercise_id == "press-keys" and stored.passed and stored.score == 0.5
    assert stored.metrics["slips"] == 1 and stored.metrics["helps"] == 1
    assert stored.metrics["seconds"] == 4.0
    assert "Steps done: 2 of 2." in room.result_figures.text()


def test_a_step_page_that_does_not_load_leaves_the_room_working(qtbot, room_for,
                                                                monkeypatch, caplog):
    monkeypatch.setitem(basics_view.PAGES, "keys", "tutor.skills.basics.no_such:Page")
    room, _learner, clock = room_for()
    pack = room.packs()[0]
    room.start(pack, pack.exercise("press-keys"))
    assert room.not_ready.isVisible() and room.page is None
    assert "not ready" in room.not_ready.text()
    qtbot.mouseClick(room.back, LEFT)
    assert room.pages.currentWidget() is room.lessons_page
    room.start(pack, pack.exercise("click"))  # the pointer kinds still work
    assert room.page is not None and room.page.isVisible()


def test_a_save_that_fails_says_why_instead_of_saved(qtbot, room_for):
    def full_disk(attempt):
        raise TutorError("The disk is full.")

    room, _learner, clock = room_for(finish=full_disk)
    pack = room.packs()[0]
    room.start(pack, pack.exercise("click"))
    click_target(qtbot, room, clock)
    click_target(qtbot, room, clock)
    qtbot.waitUntil(lambda: room.pages.currentWidget() is room.result_page)
    assert room.saved.text() == "The disk is full."
    assert room.saved.property("role") == "error"


def test_each_step_is_read_aloud_when_it_opens(qtbot, room_for):
    room, _learner, clock = room_for(speak=True)
    assert room.speak_box.isChecked()
    said: list[str] = []
    qtbot.mouseClick(room.start_button, LEFT)
    assert speech.speaker().owner is room.bar
    assert room.bar.read_aloud.text() == "Stop"
    speech.speaker()._tts.sayingWord.connect(lambda word, *_: said.append(word))
    qtbot.waitUntil(lambda: said[:3] == ["Click", "each", "circle"], timeout=20000)
    click_target(qtbot, room, clock, dx=300)  # a miss: the advice is said
    qtbot.waitUntil(lambda: said[-5:] == ["Not", "on", "it", "Try", "again"], timeout=20000)
    assert not room.bar.problem.isVisible()


def test_the_options_are_kept_for_the_learner(qtbot, room_for, db):
    room, learner, _ = room_for(speak=True)
    room.sound_box.setChecked(False)
    room.speak_box.setChecked(False)
    settings = skill_settings(get_learner(db, learner.id), "basics")
    assert settings == {"speak": False, "sound": False}
    assert not room.sounds.enabled


def test_the_hand_picture_turns_round_in_arabic(qtbot, room_for):
    exercise_pack = """
id = "basics-test-hold"
version = "1.0"
language = "ar"
skill = "basics"
title = "الفأرة"

[[exercises]]
id = "hold"
title = "أمسك الفأرة"
kind = "hold"
say = "ضع يدك على الفأرة."
targets = 1
"""
    room, _learner, _clock = room_for(language="ar", packs=(("ar", "الفأرة"),))
    catalogue = room.host.catalogue
    folder = next(iter(catalogue.packs.values())).path.parent
    (folder / "9-hold.toml").write_text(exercise_pack, encoding="utf-8")
    room.host.catalogue = load_catalogue([folder], {"basics": SKILL})
    pack = room.host.catalogue.packs["basics-test-hold"]
    room.start(pack, pack.exercise("hold"))
    mirrored = room.bar.icon.pixmap().toImage()
    room.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    room.bar.retranslate()
    plain: QImage = room.bar.icon.pixmap().toImage()
    assert mirrored == plain.flipped(Qt.Orientation.Horizontal)
    assert mirrored != plain


FIT_PACK = """
id = "basics-fit"
version = "1.0"
language = "{language}"
skill = "basics"
title = "Fit"

[[exercises]]
id = "scroll"
title = "Scroll with the bar and find the circle far down the page"
kind = "scroll"
scroll_with = "bar"
say = "Hold the left button on the bar at the side of the page. Move it down. Find the circle, click it."
targets = 1

[[exercises]]
id = "hover"
title = "Find a tip"
kind = "hover"
say = "Rest the arrow on a button and wait. A small word shows. Find the button that says Help."
tips = ["Save", "Print", "Help", "Close", "Open", "Copy"]
choose = "Help"
targets = 1
"""


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=["1024x600", "1366x768"])
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
def test_the_room_fits_a_lab_pc(qtbot, runtime, translations, voice, monkeypatch, size,
                                language, text_size):
    """As tests/ui/test_fits.py checks every room: no visible control outside the window,
    and the window does not grow; on the lessons, an exercise and the result."""
    from tests.ui.test_fits import outside
    from tutor.store.learners import update_learner
    from tutor.ui.main_window import MainWindow

    monkeypatch.setenv("TUTOR_SOUND", "none")
    folder = runtime.location.lessons  # a trainer's packs
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "fit.toml").write_text(FIT_PACK.format(language=language), encoding="utf-8")
    runtime.reload_lessons()
    translations.use(language)
    window = MainWindow(runtime, translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    learner = create_learner(runtime.db, "Amina Diallo-Nguema", "sun", language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    set_skill_settings(runtime.db, learner.id, "basics", {"speak": False})
    window.open_learner(learner.id)
    window.open_skill("basics")
    room = window.room
    problems = []

    def check(where):
        qtbot.wait(30)
        if (window.width(), window.height()) != size:
            problems.append(f"{where}: the window grew to {window.width()}x{window.height()}")
        problems.extend(f"{where}: {p}" for p in outside(window))

    check("lessons")
    pack = room.host.catalogue.packs["basics-fit"]
    for exercise in pack.exercises:
        room.start(pack, exercise)
        check(exercise.id)
        canvas = room.page.canvas
        assert canvas.width() >= 280 and canvas.height() >= 150, exercise.id
    work = room.work
    work.hit(room.clock())
    room._finish()
    check("result")
    assert not problems, "\n".join(problems)
