"""Double entry, as data-entry firms check their work: the learner keys a document a
second time; where their entry and the first keyer's differ, both are shown to check
against the document before the answer goes."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tutor.skills.jobs.grading import grade_task
from tutor.skills.jobs.model import Task
from tutor.skills.jobs.view_tasks import make_task_widget

LEFT = Qt.MouseButton.LeftButton
DOCUMENT = {"kind": "receipt", "title": "RECEIPT", "fields": [
    {"name": "shop", "label": "Shop", "value": "Baraka Mini Mart"},
    {"name": "total", "label": "Total (KES)", "value": "348.00", "kind": "amount"}]}


@pytest.fixture(autouse=True)
def collected():
    yield
    gc.collect()


def show(qtbot, first):
    task = Task.model_validate({"id": "t1", "kind": "data-entry", "document": DOCUMENT,
                                "submitted_fields": first})
    widget = make_task_widget(task)
    qtbot.addWidget(widget)
    widget.resize(1000, 430)
    widget.show()
    answers = []
    widget.answered.connect(answers.append)
    return task, widget, answers


def key_in(qtbot, widget, shop, total):
    qtbot.keyClicks(widget.findChild(QLineEdit, "jobsField:shop"), shop)
    qtbot.keyClicks(widget.findChild(QLineEdit, "jobsField:total"), total)
    qtbot.mouseClick(widget.findChild(QPushButton, "jobsSubmit"), LEFT)


def test_a_difference_is_shown_to_check_then_corrected(qtbot):
    # the first keyer swapped two digits of the total; the learner makes another slip
    task, widget, answers = show(qtbot, {"shop": "Baraka Mini Mart", "total": "384.00"})
    key_in(qtbot, widget, "Baraka Mini Mart", "349.00")
    assert answers == []  # not yet: the two entries differ on the total
    note = widget.findChild(QLabel, "jobsFirstKeyer:total")
    assert note.isVisible() and note.text() == "The first keyer typed: 384.00"
    assert not widget.findChild(QLabel, "jobsFirstKeyer:shop").isVisible()
    assert widget.prompt.text().startswith("Double entry: where your entry and the first")
    total = widget.findChild(QLineEdit, "jobsField:total")
    assert total.hasFocus() or widget.focusWidget() is total
    total.clear()
    qtbot.keyClicks(total, "348.00")  # checked against the document
    qtbot.mouseClick(widget.findChild(QPushButton, "jobsSubmit"), LEFT)
    assert len(answers) == 1 and answers[0]["values"] == {"shop": "Baraka Mini Mart",
                                                          "total": "348.00"}
    verdict = grade_task(task, answers[0])
    assert verdict.passed and verdict.score == 1.0


def test_no_difference_the_first_submit_is_the_answer(qtbot):
    task, widget, answers = show(qtbot, {"shop": "Baraka Mini Mart", "total": "348.00"})
    key_in(qtbot, widget, "Baraka Mini Mart", "348.00")
    assert len(answers) == 1
    assert not widget.findChild(QLabel, "jobsFirstKeyer:total").isVisible()


def test_both_keyers_wrong_the_same_way_is_still_wrong(qtbot):
    # double entry catches differences, not errors both make: graded against the paper
    task, widget, answers = show(qtbot, {"shop": "Baraka Mini Mart", "total": "384.00"})
    key_in(qtbot, widget, "Baraka Mini Mart", "384.00")
    assert len(answers) == 1
    assert not grade_task(task, answers[0]).passed
