"""The freelancing task widgets through real events: a proposal typed key by key with its
word count, Submit emitting the text once; the steps of getting paid reordered by a mouse
drag, by the Up and Down buttons and by Alt+Up and Alt+Down, Submit emitting the order;
names for screen readers, the contract's words left to right in Arabic, a fit at
1000x430. Screenshots go to /tmp/jobs-shots/."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.ui.accessibility import unnamed
from tutor.skills.jobs.freelance import MAX_PROPOSAL_CHARS, grade_order, shuffled
from tutor.skills.jobs.model import Task
from tutor.skills.jobs.view_freelance import OrderTask, ProposalTask
from tutor.skills.jobs.view_tasks import make_task_widget

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
SHOTS = Path("/tmp/jobs-shots")
SIZE = (1000, 430)

POST = ("Data entry: type 300 paper receipts into a spreadsheet (date, shop, amount). "
        "Accuracy is important. Budget: 25 USD. Please say your price and how many days you "
        "need. Client: Mr Banda, Blantyre.")
PROPOSAL = Task.model_validate({
    "id": "receipts", "kind": "proposal", "text": POST,
    "rubric": {"to": ["client@workbridge.example"], "min_words": 40, "max_words": 150,
               "facts": [{"name": "your price", "any": ["usd"]}]}})
STEPS = ["Agree the milestone and its price with the client on the platform",
         "The client funds the milestone",
         "Do the work and deliver it through the platform",
         "The client approves the work",
         "The platform releases the money to your account",
         "Withdraw the money to your bank or mobile money"]
ORDER = Task(id="q3", kind="order", items=STEPS)


@pytest.fixture(autouse=True)
def collected():
    yield
    gc.collect()


@pytest.fixture
def show(qtbot, translations):
    def show(task: Task, size=SIZE):
        widget = make_task_widget(task)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        answers: list[object] = []
        widget.answered.connect(answers.append)
        return widget, answers

    return show


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


# -- proposal ----------------------------------------------------------------------------


def test_a_proposal_is_typed_counted_and_submitted_once(qtbot, show):
    widget, answers = show(PROPOSAL)
    assert isinstance(widget, ProposalTask)
    submit = button(widget, "jobsSubmit")
    assert not submit.isEnabled()  # nothing written yet
    assert QApplication.focusWidget() is widget.editor  # the keyboard is in the box
    count = widget.findChild(QLabel, "jobsWordCount")
    assert count is not None
    assert count.text() == "Words: 0 (asked: 40 to 150)"
    QTest.keyClicks(widget.editor, "Dear Mr Banda,")
    QTest.keyClick(widget.editor, Qt.Key.Key_Return)
    QTest.keyClick(widget.editor, Qt.Key.Key_Return)
    QTest.keyClicks(widget.editor, "I can type them for 25 USD in 4 days.")
    # Dear, Mr, Banda, I, can, type, them, for, 25, USD, in, 4, days: 13 words, counted as
    # the email's length criterion counts them (numbers too)
    assert count.text() == "Words: 13 (asked: 40 to 150)" and submit.isEnabled()
    QTest.keyClick(widget.editor, Qt.Key.Key_Backspace)
    QTest.keyClick(widget.editor, Qt.Key.Key_Backspace)
    QTest.keyClick(widget.editor, Qt.Key.Key_Backspace)
    QTest.keyClick(widget.editor, Qt.Key.Key_Backspace)
    QTest.keyClick(widget.editor, Qt.Key.Key_Backspace)
    assert count.text() == "Words: 12 (asked: 40 to 150)"  # "days." is gone
    QTest.keyClicks(widget.editor, "days.")
    shot(widget, "proposal")
    qtbot.mouseClick(submit, LEFT)
    qtbot.mouseClick(submit, LEFT)
    assert answers == ["Dear Mr Banda,\n\nI can type them for 25 USD in 4 days."]
    assert widget.editor.isReadOnly() and not submit.isEnabled()


def test_tab_leaves_the_proposal_box_so_the_keyboard_reaches_submit(qtbot, show):
    widget, answers = show(PROPOSAL)
    QTest.keyClicks(widget.editor, "Dear Mr Banda")
    QTest.keyClick(widget.editor, Qt.Key.Key_Tab)
    assert "\t" not in widget.editor.toPlainText()
    assert QApplication.focusWidget() is not widget.editor
    submit = button(widget, "jobsSubmit")
    for _ in range(6):  # Tab on until Submit has the keyboard
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is submit:
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is submit
    QTest.keyClick(submit, Qt.Key.Key_Return)
    assert answers == ["Dear Mr Banda"]


def test_a_pasted_book_is_cut_to_the_limit(qtbot, show):
    widget, answers = show(PROPOSAL)
    widget.editor.insertPlainText("word " * 5_000)  # as a paste does
    assert len(widget.editor.toPlainText()) == MAX_PROPOSAL_CHARS
    qtbot.mouseClick(button(widget, "jobsSubmit"), LEFT)
    assert len(answers[0]) == MAX_PROPOSAL_CHARS


def test_a_profile_shows_its_own_prompt(qtbot, show):
    profile = Task.model_validate({
        "id": "profile", "kind": "proposal", "prompt": "Write the summary of your profile",
        "text": "Your profile summary is the first thing clients read.",
        "rubric": {"to": ["p@workbridge.example"], "greeting": False, "closing": False}})
    widget, _ = show(profile)
    assert widget.prompt.text() == "Write the summary of your profile"
    assert widget.post.toPlainText() == profile.text and widget.post.isReadOnly()


# -- order -------------------------------------------------------------------------------


def row_point(widget: OrderTask, row: int) -> QPoint:
    return widget.list.visualItemRect(widget.list.item(row)).center()


def drag(qtbot, widget: OrderTask, row: int, to: int) -> None:
    """Press on a row, move past the drag distance, move onto another row, release."""
    viewport = widget.list.viewport()
    start, end = row_point(widget, row), row_point(widget, to)
    QTest.mousePress(viewport, LEFT, NONE, start)
    QTest.mouseMove(viewport, start + QPoint(0, 3 if to > row else -3))
    QTest.mouseMove(viewport, start + QPoint(0, 12 if to > row else -12))
    QTest.mouseMove(viewport, end)
    assert widget.list.dragging and widget.list.target == to
    QTest.mouseRelease(viewport, LEFT, NONE, end)
    assert not widget.list.dragging


def test_the_steps_are_shown_shuffled_and_numbered(qtbot, show):
    widget, _ = show(ORDER)
    assert isinstance(widget, OrderTask)
    assert widget.answer() == shuffled(ORDER) != STEPS
    assert sorted(widget.answer()) == sorted(STEPS)
    texts = [widget.list.item(r).text() for r in range(widget.list.count())]
    assert texts == [f"{i + 1}.  {item}" for i, item in enumerate(shuffled(ORDER))]


def test_dragging_a_step_moves_it_and_the_others_make_room(qtbot, show):
    widget, _ = show(ORDER)
    before = widget.answer()
    drag(qtbot, widget, 0, 3)
    assert widget.answer() == [*before[1:4], before[0], *before[4:]]
    drag(qtbot, widget, 5, 1)
    after = [*before[1:4], before[0], *before[4:]]
    assert widget.answer() == [after[0], after[5], *after[1:5]]
    assert widget.list.item(1).text().startswith("2.  ")


def test_escape_gives_up_a_drag(qtbot, show):
    widget, _ = show(ORDER)
    before = widget.answer()
    viewport = widget.list.viewport()
    start = row_point(widget, 0)
    QTest.mousePress(viewport, LEFT, NONE, start)
    QTest.mouseMove(viewport, start + QPoint(0, 20))
    QTest.mouseMove(viewport, row_point(widget, 2))
    QTest.keyClick(widget.list, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, LEFT, NONE, row_point(widget, 2))
    assert widget.answer() == before


def sort_with(widget: OrderTask, press) -> None:
    """Put the steps in order with single moves only (a bubble sort by the learner)."""
    right = {item: index for index, item in enumerate(STEPS)}
    for _ in range(len(STEPS) ** 2):
        order = widget.answer()
        wrong = [r for r in range(len(order) - 1) if right[order[r]] > right[order[r + 1]]]
        if not wrong:
            return
        widget.list.setCurrentRow(wrong[0])
        press(wrong[0])
    raise AssertionError("not sorted")


def test_the_up_and_down_buttons_sort_the_steps_and_submit_emits_them(qtbot, show):
    widget, answers = show(ORDER)
    up, down = button(widget, "jobsOrderUp"), button(widget, "jobsOrderDown")
    widget.list.setCurrentRow(0)
    assert not up.isEnabled() and down.isEnabled()  # the first step cannot go up
    first = widget.answer()[0]
    qtbot.mouseClick(down, LEFT)
    assert widget.answer()[1] == first and widget.list.currentRow() == 1
    qtbot.mouseClick(up, LEFT)
    assert widget.answer()[0] == first and widget.list.currentRow() == 0
    sort_with(widget, lambda row: qtbot.mouseClick(down, LEFT))
    assert widget.answer() == STEPS
    shot(widget, "order")
    qtbot.mouseClick(button(widget, "jobsSubmit"), LEFT)
    qtbot.mouseClick(button(widget, "jobsSubmit"), LEFT)
    assert answers == [STEPS]
    assert grade_order(ORDER, answers[0]).passed
    # Done: nothing moves any more.
    assert not up.isEnabled() and not down.isEnabled()
    widget.list.setCurrentRow(2)
    QTest.keyClick(widget.list, Qt.Key.Key_Up, ALT)
    assert widget.answer() == STEPS


def test_alt_up_and_alt_down_move_the_chosen_step(qtbot, show):
    widget, answers = show(ORDER)
    widget.list.setFocus()
    widget.list.setCurrentRow(2)
    before = widget.answer()
    QTest.keyClick(widget.list, Qt.Key.Key_Up, ALT)
    assert widget.answer() == [before[0], before[2], before[1], *before[3:]]
    assert widget.list.currentRow() == 1
    QTest.keyClick(widget.list, Qt.Key.Key_Down, ALT)
    QTest.keyClick(widget.list, Qt.Key.Key_Down, ALT)
    assert widget.answer() == [before[0], before[1], before[3], before[2], *before[4:]]
    QTest.keyClick(widget.list, Qt.Key.Key_Down)  # without Alt: only the choice moves
    assert widget.list.currentRow() == 4
    assert widget.answer() == [before[0], before[1], before[3], before[2], *before[4:]]
    sort_with(widget, lambda row: QTest.keyClick(widget.list, Qt.Key.Key_Down, ALT))
    QTest.keyClick(button(widget, "jobsSubmit"), Qt.Key.Key_Space)
    assert answers == [STEPS]


# -- both ------------------------------------------------------------------------------------


@pytest.mark.parametrize("task", [PROPOSAL, ORDER], ids=["proposal", "order"])
def test_named_fits_and_keeps_the_contract_left_to_right(qtbot, show, task):
    widget, _ = show(task)
    assert unnamed(widget) == []
    for name in ("jobsSubmit", "jobsOrderUp", "jobsOrderDown"):
        part = widget.findChild(QPushButton, name)
        if part is not None:
            inside = QRect(part.mapTo(widget, QPoint(0, 0)), part.size())
            assert widget.rect().contains(inside), (name, inside, widget.rect())
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # an Arabic interface
    for name in ("jobsPost", "jobsProposal", "jobsOrder"):
        part = widget.findChild(QWidget, name)
        if part is not None:
            assert part.layoutDirection() == Qt.LayoutDirection.LeftToRight, name
    qtbot.wait(20)
    shot(widget, f"{task.kind}-arabic")
