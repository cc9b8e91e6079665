"""The coding room, driven through its widgets: write, run and pass an exercise, stop a
runaway program, answer input(), read a friendly error, hints, the solution, drafts."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from tests.ui.accessibility import unnamed
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner, set_skill_settings


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_room(qtbot, window, runtime, language="en", settings=None):
    learner = create_learner(runtime.db, "Ana", "sun", language)
    if settings:
        set_skill_settings(runtime.db, learner.id, "coding", settings)
    window.open_learner(learner.id)
    click(qtbot, window.findChild(QAbstractButton, "skillTile:coding"))
    room = window.room
    assert room.objectName() == "codingRoom"
    return learner, room


def go_to(room, pack_id, exercise_id):
    pack_index = next(i for i, p in enumerate(room.packs) if p.id == pack_id)
    room.pack_combo.setCurrentIndex(pack_index)
    row = next(i for i, e in enumerate(room.pack.exercises) if e.id == exercise_id)
    room.steps.setCurrentRow(row)
    assert room.exercise.id == exercise_id


def type_program(qtbot, room, code):
    room.editor.selectAll()
    room.editor.textCursor().removeSelectedText()
    room.editor.setFocus()
    for line_number, line in enumerate(code.split("\n")):
        if line_number:
            qtbot.keyClick(room.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(room.editor, line.lstrip(" "))


def test_write_run_and_pass_an_exercise(qtbot, window, runtime):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "print-hello")
    type_program(qtbot, room, 'print("Hello, world!")')
    with qtbot.waitSignal(room.attempt_saved, timeout=5000) as saved:
        click(qtbot, room.run_button)
    assert room.output.text.toPlainText() == "Hello, world!\n"
    assert "Well done! This step is passed." in room.feedback.text()
    assert room.saved.text() == "Saved."
    attempt = saved.args[0]
    [stored] = attempts_of(runtime.db, learner.id, "coding")
    assert stored.id == attempt.id and stored.passed and stored.score == 1.0
    assert stored.exercise_id == "print-hello" and stored.pack_id == "coding-en-1-first-steps"
    assert stored.details["code"] == 'print("Hello, world!")'
    assert stored.started_at.tzinfo is not None or stored.finished_at >= stored.started_at
    assert room.steps.item(0).text().startswith("✓ ")
    click(qtbot, window.home_button)
    assert "1 of" in window.findChild(QAbstractButton, "skillTile:coding").accessibleName()


def test_the_editor_indents_and_brackets_match(qtbot, window, runtime):
    _, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-2-decisions-and-loops", "for-range")
    type_program(qtbot, room, "for n in range(1, 11):\nprint(n)")
    assert room.editor.toPlainText() == "for n in range(1, 11):\n    print(n)"
    qtbot.keyClick(room.editor, Qt.Key.Key_Return)
    qtbot.keyClick(room.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(room.editor, Qt.Key.Key_Tab)
    assert room.editor.toPlainText().endswith("print(n)\n    ")
    cursor = room.editor.textCursor()
    cursor.setPosition(len("for n in range"))
    room.editor.setTextCursor(cursor)
    assert room.editor.matching_brackets() == (14, 20)
    points = room.editor.points
    click(qtbot, room.larger)
    assert room.editor.points == points + 2


def test_a_runaway_program_can_be_stopped_and_the_window_stays_responsive(
    qtbot, window, runtime
):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-2-decisions-and-loops", "while-count")
    room.editor.setPlainText("n = 1\nwhile n > 0:\n    n = n + 1")
    click(qtbot, room.run_button)
    assert room.stop_button.isEnabled() and not room.run_button.isEnabled()
    # The GUI thread keeps serving events while the child spins.
    ticks = []
    started = time.monotonic()
    while time.monotonic() - started < 0.3:
        QApplication.processEvents()
        ticks.append(time.monotonic())
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.1
    click(qtbot, room.stop_button)
    qtbot.waitUntil(lambda: not room.busy, timeout=2000)
    assert "You stopped the program." in room.feedback.text()
    assert room.run_button.isEnabled() and not room.stop_button.isEnabled()
    assert attempts_of(runtime.db, learner.id, "coding") == []  # a stop is not a try


def test_an_endless_loop_ends_at_the_trainers_time_limit_with_an_explanation(
    qtbot, window, runtime
):
    _, room = open_room(qtbot, window, runtime, settings={"time_limit": 0.5})
    go_to(room, "coding-en-2-decisions-and-loops", "while-count")
    room.editor.setPlainText("n = 1\nwhile n > 0:\n    n = n + 1")
    started = time.monotonic()
    with qtbot.waitSignal(room.graded, timeout=5000):
        click(qtbot, room.run_button)
    assert time.monotonic() - started < 2.0
    assert "still running after 0.5 seconds" in room.feedback.text()


def test_answering_input_in_the_output_panel(qtbot, window, runtime):
    _, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "input-name")
    room.editor.setPlainText('name = input("What is your name? ")\nprint("Welcome, " + name + "!")')
    click(qtbot, room.run_button)
    qtbot.waitUntil(room.output.input.isVisible, timeout=3000)
    assert room.output.text.toPlainText() == "What is your name? "
    with qtbot.waitSignal(room.graded, timeout=5000) as graded:
        qtbot.keyClicks(room.output.input, "Joseph")
        qtbot.keyClick(room.output.input, Qt.Key.Key_Return)
    assert room.output.text.toPlainText() == "What is your name? Joseph\nWelcome, Joseph!\n"
    assert graded.args[0].verdict.passed
    assert not room.output.input.isVisible()


def test_a_friendly_error_points_at_the_line_hints_come_one_at_a_time_and_the_solution(
    qtbot, window, runtime
):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-3-data-and-functions", "errors-name")
    assert "quantiy" in room.editor.toPlainText()  # the starter with its mistake
    assert not room.solution_button.isEnabled()
    for _ in range(3):
        with qtbot.waitSignal(room.graded, timeout=5000):
            click(qtbot, room.run_button)
    assert ("Line 3: Python does not know the name &#x27;quantiy&#x27;. Did you mean "
            "&#x27;quantity&#x27;?") in room.feedback.text()
    assert room.editor.error_line == 3
    waves = [sel for sel in room.editor.extraSelections()
             if sel.format.underlineStyle() == sel.format.UnderlineStyle.WaveUnderline]
    assert [sel.cursor.blockNumber() for sel in waves] == [2]  # marked by more than colour
    click(qtbot, room.hint_button)
    assert "Hint 1:" in room.hints.text() and "Hint 2:" not in room.hints.text()
    click(qtbot, room.hint_button)
    assert "Hint 2:" in room.hints.text() and not room.hint_button.isEnabled()
    assert room.solution_button.isEnabled()
    click(qtbot, room.solution_button)
    assert "unit_price * quantity" in room.solution.toPlainText()
    room.editor.setPlainText(room.solution.toPlainText())
    assert room.editor.error_line is None  # editing clears the mark
    with qtbot.waitSignal(room.attempt_saved, timeout=5000):
        click(qtbot, room.run_button)
    [attempt] = attempts_of(runtime.db, learner.id, "coding")
    assert attempt.passed and attempt.score == 0.5
    assert attempt.details["revealed_solution"] is True
    assert attempt.metrics["tries"] == 4 and attempt.metrics["hints"] == 2


def test_leaving_a_tried_exercise_records_it_as_not_passed(qtbot, window, runtime):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "numbers-add")
    room.editor.setPlainText("print(42)")
    with qtbot.waitSignal(room.graded, timeout=5000):
        click(qtbot, room.run_button)
    click(qtbot, room.next_button)
    [attempt] = attempts_of(runtime.db, learner.id, "coding")
    assert (attempt.exercise_id, attempt.passed) == ("numbers-add", False)
    assert attempt.details["feedback"][-1]["criterion"] == "rule:1"


def test_the_draft_is_saved_per_exercise_and_comes_back(qtbot, window, runtime):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "print-lines")
    qtbot.keyClicks(room.editor, "# my draft")
    qtbot.waitUntil(lambda: not room.save_timer.isActive(), timeout=3000)
    go_to(room, "coding-en-1-first-steps", "print-hello")
    click(qtbot, window.home_button)
    click(qtbot, window.findChild(QAbstractButton, "skillTile:coding"))
    room = window.room
    assert room.exercise.id == "print-hello"  # where the learner was
    go_to(room, "coding-en-1-first-steps", "print-lines")
    assert room.editor.toPlainText() == 'print("Welcome to the shop")# my draft'


def test_every_widget_is_named_and_the_code_stays_left_to_right_in_arabic(
    qtbot, window, runtime, translations
):
    _, room = open_room(qtbot, window, runtime, language="ar")
    assert unnamed(room) == []
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert room.editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert room.output.text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert room.packs[0].language == "ar"  # the Arabic course


@pytest.mark.parametrize("language", ["fr"])
def test_a_french_learner_gets_the_french_course(qtbot, window, runtime, language):
    _, room = open_room(qtbot, window, runtime, language=language)
    assert {p.language for p in room.packs} == {"fr"}
    assert room.step_title.text() == "Votre premier programme"


def test_the_example_runs_without_counting_as_a_try(qtbot, window, runtime):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "numbers-add")
    with qtbot.waitSignal(room.run_finished, timeout=5000):
        click(qtbot, room.run_example)
    assert room.output.text.toPlainText() == "225\n750\n"
    assert room.work.tries == 0 and not room.feedback_card.isVisible()
    click(qtbot, room.next_button)
    assert attempts_of(runtime.db, learner.id, "coding") == []


def test_going_home_after_trying_records_the_try_and_keeps_the_draft(qtbot, window, runtime):
    learner, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "print-lines")
    room.editor.setPlainText('print("Welcome to the shop")')
    with qtbot.waitSignal(room.graded, timeout=5000):
        click(qtbot, room.run_button)
    click(qtbot, window.home_button)
    [attempt] = attempts_of(runtime.db, learner.id, "coding")
    assert (attempt.exercise_id, attempt.passed, attempt.score) == ("print-lines", False, 0.5)
    click(qtbot, window.findChild(QAbstractButton, "skillTile:coding"))
    assert window.room.editor.toPlainText() == 'print("Welcome to the shop")'


def test_the_room_takes_its_colours_from_the_theme_and_follows_high_contrast(
    qtbot, window, runtime
):
    from tutor.ui.style import HIGH_CONTRAST_PALETTE, NORMAL, apply_text_size

    _, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "print-hello")
    room.editor.setPlainText("print(hello)")
    with qtbot.waitSignal(room.graded, timeout=5000):
        click(qtbot, room.run_button)
    assert NORMAL.note in room.task.styleSheet()
    assert NORMAL.console in room.output.text.styleSheet()
    assert NORMAL.bad_background in room.feedback_card.styleSheet()
    assert NORMAL.bad in room.feedback.text()
    app = QApplication.instance()
    try:
        apply_text_size(app, "normal", high_contrast=True)
        assert HIGH_CONTRAST_PALETTE.note_text in room.task.styleSheet()
        assert HIGH_CONTRAST_PALETTE.console_text in room.output.text.styleSheet()
        assert HIGH_CONTRAST_PALETTE.bad_background in room.feedback_card.styleSheet()
        assert HIGH_CONTRAST_PALETTE.bad in room.feedback.text()  # the verdict, coloured again
        assert HIGH_CONTRAST_PALETTE.disabled in room.styleSheet()
    finally:
        apply_text_size(app, "normal")
    assert NORMAL.bad in room.feedback.text()


# -- the room on a small screen; the output after a run ---------------------------------

def inside(window, widget):
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (widget.isVisible() and top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= window.width()
            and top_left.y() + widget.height() <= window.height())


def test_a_long_output_shows_from_line_1_after_the_run_and_says_it_printed_too_much(
        qtbot, window, runtime):
    """3,000 lines: the output cap stops the program; the panel shows more than a few
    lines and goes back to line 1 when the run ends; the feedback speaks of too much
    printed, not of a loop that never ends."""
    window.resize(1024, 600)
    _, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "print-hello")
    room.editor.setPlainText("for i in range(3000):\n    print('line', i)")
    with qtbot.waitSignal(room.run_finished, timeout=10000):
        click(qtbot, room.run_button)
    text = room.output.text
    qtbot.waitUntil(lambda: room.feedback_card.isVisible())
    assert text.toPlainText().startswith("line 0\n")
    assert text.verticalScrollBar().value() == 0  # line 1 in view
    assert text.cursorForPosition(text.viewport().rect().topLeft()).blockNumber() == 0
    shown = text.viewport().height() // text.fontMetrics().lineSpacing()
    assert shown >= 4, shown
    qtbot.waitUntil(lambda: "printed too much" in room.feedback.text(), timeout=10000)
    assert "never ends" not in room.feedback.text()


def test_a_running_output_follows_its_end(qtbot, window, runtime):
    _, room = open_room(qtbot, window, runtime)
    go_to(room, "coding-en-1-first-steps", "print-hello")
    for number in range(200):
        room.output.append(f"line {number}\n")
    bar = room.output.text.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() >= bar.maximum() - 1  # (the last, empty line)
    room.output.show_start()
    assert bar.value() == 0


@pytest.mark.parametrize(("language", "text_size"), [
    ("en", "normal"), ("ar", "normal"), ("en", "xlarge"), ("ar", "xlarge"),
])
def test_run_and_the_controls_stay_on_a_1024x600_screen(qtbot, window, runtime, language,
                                                        text_size):
    from tutor.store.learners import update_learner

    window.resize(1024, 600)
    learner = create_learner(runtime.db, "Ana", "sun", language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    window.open_learner(learner.id)
    window.open_skill("coding")
    room = window.room
    qtbot.wait(20)
    hint = room.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 520, hint
    for button in (room.run_button, room.stop_button, room.hint_button, room.next_button,
                   room.solution_button, room.smaller, room.larger):
        assert inside(window, button), button.objectName()


@pytest.mark.parametrize("language", ["ar", "sw"])
def test_every_step_keeps_its_controls_on_a_1024x600_screen_in_extra_large_text(
        qtbot, window, runtime, language):
    """A long step title stays on one line (cut, whole in the tooltip): in Swahili and
    Arabic with extra-large text, no step pushes Run or the editor off the screen."""
    from tutor.store.learners import update_learner

    window.resize(1024, 600)
    learner = create_learner(runtime.db, "Ana", "sun", language)
    update_learner(runtime.db, learner.id, text_size="xlarge")
    window.open_learner(learner.id)
    window.open_skill("coding")
    room = window.room
    for pack_index in range(room.pack_combo.count()):
        room.pack_combo.setCurrentIndex(pack_index)
        for row in range(room.steps.count()):
            room.steps.setCurrentRow(row)
            QApplication.processEvents()
            hint = room.minimumSizeHint()
            assert hint.width() <= 1000 and hint.height() <= 520, (room.exercise.id, hint)
            assert room.step_title.toolTip() == room.exercise.title
            for widget in (room.run_button, room.stop_button, room.hint_button,
                           room.solution_button, room.next_button, room.editor,
                           room.output.text):
                assert inside(window, widget), (room.exercise.id, widget.objectName())
