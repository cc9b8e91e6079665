"""The email skill's placement item through its real widgets: a reply written with the
keyboard and sent with the mouse, a reading question, a phishing inbox; the verdict it
emits is the skill's; nothing is recorded; it fits a small screen in Arabic."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QVBoxLayout, QWidget

from tests.ui.accessibility import INTERACTIVE, unnamed
from tutor.content.packs import load_catalogue
from tutor.grading import Verdict
from tutor.paths import resource
from tutor.skills import load_hook
from tutor.skills.email import SKILL
from tutor.skills.email.screen_text import plain
from tutor.skills.placement.grading import item_right
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner

# Typing an address may open the completer's popup, which asks the offscreen platform
# for things it cannot do.
pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]

LEFT = Qt.MouseButton.LeftButton
SECONDS = 100.0  # the placement's clock: time.monotonic's seconds


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([resource("lessons", "email")], {"email": SKILL})


@pytest.fixture
def open_item(qtbot, translations, catalogue, no_recording):
    """The item of one task, through the registry's hook, in a 1024x600 window."""
    windows = []  # (qtbot keeps only a weak reference)

    def open_(exercise_id, language="en", size=(1024, 600)):
        if language != "en":
            translations.use(language)
        pack, exercise = next((p, e) for p in catalogue.packs_in("email", language)
                              for e in p.exercises if e.id == exercise_id)
        window = QWidget()
        window.resize(*size)
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        item = load_hook(SKILL.placement_item)(pack, exercise, lambda: SECONDS, window)
        layout.addWidget(item)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.activateWindow()
        item.setFocus()  # as the placement does when it shows an item
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return item
    yield open_
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def type_at_start(qtbot, edit, text):
    """Type as the learner does, above the quoted message: the keys of each line, Enter."""
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    edit.setTextCursor(cursor)
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(edit, line)


def answer_of(qtbot, item, act):
    with qtbot.waitSignal(item.answered, timeout=5000) as signal:
        act()
    verdict = signal.args[0]
    assert isinstance(verdict, Verdict)
    return verdict


ACCEPT = ("Dear Maria,\n\nThank you. Yes, I will come to the workshop on Thursday at "
          "10:00.\n\nKind regards,\nAmina")
DECLINE = ("Dear Maria,\n\nThank you, but I am sorry: I cannot come to the workshop on "
           "Thursday.\n\nKind regards,\nAmina")


def test_a_reply_accepting_the_invitation_passes(qtbot, open_item):
    item = open_item("reply-to-trainer")
    composer = item.composer
    # The room's reply, filled as the room fills it, beside the message it answers.
    assert "maria.lopez@centre.example" in composer.to_edit.text()
    assert composer.subject_edit.text() == "Re: CV workshop on Thursday"
    assert plain(item.message.subject.text()) == "CV workshop on Thursday"
    assert "> " in composer.body.toPlainText()  # the original, quoted
    type_at_start(qtbot, composer.body, ACCEPT)
    verdict = answer_of(qtbot, item, lambda: qtbot.mouseClick(composer.send_button, LEFT))
    assert verdict.passed and verdict.score == 1.0 and item_right(verdict)
    assert not composer.isEnabled()  # answered once: nothing more goes in


def test_a_reply_declining_what_should_be_accepted_fails(qtbot, open_item):
    item = open_item("reply-to-trainer")
    type_at_start(qtbot, item.composer.body, DECLINE)
    verdict = answer_of(qtbot, item, lambda: qtbot.keyClick(
        item.composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    assert not verdict.passed and not item_right(verdict)
    assert "stance" in [f.criterion for f in verdict.missing_essentials]  # not a yes


def test_nothing_is_recorded_in_the_database(qtbot, open_item, db):
    learner = create_learner(db, "Amina Diallo", "sun")
    item = open_item("reply-to-trainer")
    type_at_start(qtbot, item.composer.body, ACCEPT)
    answer_of(qtbot, item, lambda: qtbot.mouseClick(item.composer.send_button, LEFT))
    assert attempts_of(db, learner.id, "email") == []
    assert attempts_of(db, learner.id) == []


def test_a_reading_question_after_opening_the_attachment(qtbot, open_item):
    item = open_item("read-timetable")
    attachment = item.findChild(QAbstractButton, "emailAttachment:Timetable.pdf")
    qtbot.mouseClick(attachment, LEFT)
    assert item.message.attachment_text.isVisible()
    qtbot.mouseClick(item.check_button, LEFT)  # no choice yet: asked for one, no verdict
    assert item.status.isVisible() and item.finished is None
    qtbot.mouseClick(item.findChild(QAbstractButton, "emailChoice:1"), LEFT)
    verdict = answer_of(qtbot, item, lambda: qtbot.mouseClick(item.check_button, LEFT))
    assert verdict.passed and item_right(verdict)


def test_a_wrong_reading_answer_fails(qtbot, open_item):
    item = open_item("read-timetable")
    qtbot.mouseClick(item.findChild(QAbstractButton, "emailAttachment:Timetable.pdf"), LEFT)
    qtbot.mouseClick(item.findChild(QAbstractButton, "emailChoice:0"), LEFT)
    verdict = answer_of(qtbot, item, lambda: qtbot.mouseClick(item.check_button, LEFT))
    assert not verdict.passed


def report(qtbot, client, subject, clue):
    tree = client.message_list
    for index in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(index)
        if plain(row.text(1)) == subject:
            rect = tree.visualItemRect(row)
            point = QPoint(min(rect.center().x(), tree.viewport().width() // 2),
                           rect.center().y())
            qtbot.mouseClick(tree.viewport(), LEFT, pos=point)
            break
    else:
        raise AssertionError(subject)
    qtbot.mouseClick(client.report_button, LEFT)
    qtbot.mouseClick(client.findChild(QCheckBox, f"emailReason:{clue}"), LEFT)
    qtbot.mouseClick(client.confirm_report, LEFT)


def test_a_phishing_inbox_in_the_rooms_client(qtbot, open_item, catalogue):
    item = open_item("phishing-bank-and-parcel")
    exercise = item.exercise
    client = item.client
    assert not client.task_area.isVisible()  # the instructions are the item's, above
    assert item.task_bar.isVisible() and item.instructions.text() == exercise.instructions
    for message in exercise.inbox:
        if message.phishing:
            report(qtbot, client, message.subject, message.clues[0])
    verdict = answer_of(qtbot, item, lambda: qtbot.mouseClick(item.finish_button, LEFT))
    assert verdict.passed and item_right(verdict)


def test_a_phishing_inbox_with_nothing_reported_fails(qtbot, open_item):
    item = open_item("phishing-bank-and-parcel")
    verdict = answer_of(qtbot, item, lambda: qtbot.mouseClick(item.finish_button, LEFT))
    assert not verdict.passed


def visible_controls_outside(window: QWidget) -> list[str]:
    QApplication.processEvents()
    bounds = QRect(0, 0, window.width(), window.height())
    return [f"{w.objectName()} {QRect(w.mapTo(window, QPoint(0, 0)), w.size())}"
            for w in window.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible()
            if not bounds.contains(QRect(w.mapTo(window, QPoint(0, 0)), w.size()))]


@pytest.mark.parametrize("exercise_id", ["reply-to-trainer", "forward-with-cc",
                                         "read-timetable", "phishing-bank-and-parcel"])
def test_it_fits_a_small_screen_in_arabic_with_every_control_named(qtbot, open_item,
                                                                   exercise_id):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    item = open_item(exercise_id, "ar")
    window = item.window()
    assert item.isRightToLeft()
    assert not item.scroll_area.verticalScrollBar().isVisible()  # no need to scroll at 600
    assert not item.scroll_area.horizontalScrollBar().isVisible()
    assert visible_controls_outside(window) == []
    assert unnamed(item) == []
    if item.composer is not None:  # the words are Arabic, the addresses left to right
        assert item.composer.send_button.text() == "إرسال"
        assert item.composer.to_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("exercise_id,button", [("reply-to-trainer", "emailSend"),
                                                ("read-timetable", "emailPlacementCheck"),
                                                ("phishing-bank-and-parcel",
                                                 "emailPlacementFinish")])
def test_its_finishing_button_is_in_view_in_1000x400(qtbot, open_item, exercise_id, button):
    item = open_item(exercise_id, size=(1000, 400))
    finish = item.findChild(QAbstractButton, button)
    window = item.window()
    QApplication.processEvents()
    assert finish.isVisible()
    assert QRect(0, 0, 1000, 400).contains(QRect(finish.mapTo(window, QPoint(0, 0)),
                                                 finish.size()))
