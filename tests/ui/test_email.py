"""The email room through its real widgets: tasks completed by clicking and typing, and
the graded attempt found in the database."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.ui.accessibility import unnamed
from tutor.skills.email.grading import grade_email
from tutor.skills.email.mail import from_eml
from tutor.skills.email.screen_text import FSI, LRI, PDI, plain
from tutor.store.attempts import attempts_of
from tutor.store.learners import create_learner, get_learner, skill_settings

# Typing an address opens the completer's popup, which asks the offscreen platform for
# things it cannot do (a real X11 screen does them without a word).
pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def open_room(qtbot, window, runtime):
    def open_as(language="en", name="Amina Diallo"):
        learner = create_learner(runtime.db, name, "sun", ui_language=language)
        window.open_learner(learner.id)
        click(qtbot, window.findChild(QAbstractButton, "skillTile:email"))
        room = window.findChild(QWidget, "emailRoom")
        assert window.stack.currentWidget() is room
        return room, learner
    return open_as


def start(qtbot, room, exercise_id):
    tasks = room.tasks.list
    for row in range(tasks.count()):
        data = tasks.item(row).data(Qt.ItemDataRole.UserRole)
        if data and data[1] == exercise_id:
            tasks.setCurrentRow(row)
            break
    else:
        raise AssertionError(exercise_id)
    click(qtbot, room.tasks.start_button)
    assert room.stack.currentWidget() is room.client
    return room.client


def open_message(qtbot, client, subject):
    tree = client.message_list
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if plain(item.text(1)) == subject:  # (direction marks on a right-to-left screen)
            rect = tree.visualItemRect(item)  # the whole row, wider than the view may be
            point = QPoint(min(rect.center().x(), tree.viewport().width() // 2), rect.center().y())
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
            assert plain(client.read_subject.text()) == subject
            return
    raise AssertionError(subject)


def type_text(qtbot, edit, text):
    """Type as the learner does: the keys of each line, then Enter."""
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(edit, line)


def type_at_start(qtbot, edit, text):
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    edit.setTextCursor(cursor)
    type_text(qtbot, edit, text)


def only_attempt(runtime, learner):
    attempts = attempts_of(runtime.db, learner.id, "email")
    assert len(attempts) == 1
    return attempts[0]


def test_a_reply_task_done_by_clicking_and_typing_is_graded_and_saved(qtbot, open_room, runtime):
    room, learner = open_room()
    client = start(qtbot, room, "reply-to-trainer")
    open_message(qtbot, client, "CV workshop on Thursday")
    assert "maria.lopez@centre.example" in client.read_headers.text()
    click(qtbot, client.reply_button)
    composer = client.composer
    assert composer.subject_edit.text() == "Re: CV workshop on Thursday"
    assert "maria.lopez@centre.example" in composer.to_edit.text()
    type_at_start(qtbot, composer.body, "Dear Maria,\n\nThank you. Yes, I will come to the "
                  "workshop on Thursday at 10:00.\n\nKind regards,\nAmina")
    with qtbot.waitSignal(room.attempt_saved):
        click(qtbot, composer.send_button)
    attempt = only_attempt(runtime, learner)
    assert attempt.passed and attempt.score == 1.0
    assert (attempt.pack_id, attempt.exercise_id) == ("email-en-first-emails", "reply-to-trainer")
    assert attempt.details["email"]["subject"] == "Re: CV workshop on Thursday"
    assert attempt.details["email"]["in_reply_to"] == "<reply-to-trainer.workshop@tutor.example>"
    assert attempt.started_at.tzinfo is not None and attempt.finished_at >= attempt.started_at
    assert attempt.metrics["criteria_met"] == attempt.metrics["criteria"]
    assert room.stack.currentWidget() is room.result
    assert room.result.saved.text() == "Your work is saved."
    assert room.result.headline.text() == "Well done!"
    assert "Thursday" in room.result.model_answer.toPlainText()


def test_a_forward_with_cc_through_the_widgets(qtbot, open_room, runtime, window):
    room, learner = open_room()
    client = start(qtbot, room, "forward-with-cc")
    open_message(qtbot, client, "Delivery plan, week 16")
    click(qtbot, client.findChild(QAbstractButton, "emailAttachment:Delivery_plan_week16.pdf"))
    assert "vegetables" in client.attachment_text.toPlainText()
    click(qtbot, client.forward_button)
    composer = client.composer
    assert composer.subject_edit.text() == "Fwd: Delivery plan, week 16"
    assert composer.findChild(QAbstractButton,
                              "emailRemoveAttachment:Delivery_plan_week16.pdf") is not None
    # Autocomplete from the contacts: type part of a name, pick it from the list.
    qtbot.keyClicks(composer.to_edit, "okel")
    popup = composer.to_edit.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert composer.to_edit.completer_.currentCompletion().startswith("James Okello <")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert composer.to_edit.entries() == ("James Okello <james.okello@freshfoods.example>",)
    assert not composer.cc_edit.isVisible()  # Cc opens from its button, as in Gmail
    click(qtbot, composer.cc_toggle)
    assert composer.cc_edit.isVisible() and composer.cc_edit.hasFocus()
    assert not composer.cc_toggle.isVisible()
    qtbot.keyClicks(composer.cc_edit, "grace.mwangi@freshfoods.example")
    type_at_start(qtbot, composer.body, "Hello James,\n\nHere is the delivery plan for next "
                  "week.\n\nBest regards,\nAmina")
    with qtbot.waitSignal(room.attempt_saved):
        click(qtbot, composer.send_button)
    attempt = only_attempt(runtime, learner)
    assert attempt.passed, attempt.details["criteria"]
    assert attempt.details["email"]["cc"] == ["grace.mwangi@freshfoods.example"]
    assert attempt.details["email"]["attachments"] == ["Delivery_plan_week16.pdf"]
    window.show_home()
    tile = window.findChild(QAbstractButton, "skillTile:email")
    assert tile.accessibleName().startswith("Email, 1 of ")


def test_a_forward_with_the_manager_in_to_instead_of_cc_is_not_passed(qtbot, open_room, runtime):
    room, learner = open_room()
    client = start(qtbot, room, "forward-with-cc")
    open_message(qtbot, client, "Delivery plan, week 16")
    click(qtbot, client.forward_button)
    composer = client.composer
    qtbot.keyClicks(composer.to_edit,
                    "james.okello@freshfoods.example, grace.mwangi@freshfoods.example")
    type_at_start(qtbot, composer.body, "Hello James,\n\nHere is the delivry plan for next "
                  "week.\n\nBest regards,\nAmina")
    click(qtbot, composer.send_button)
    attempt = only_attempt(runtime, learner)
    assert not attempt.passed
    texts = [room.result.criteria.item(i).text() for i in range(room.result.criteria.count())]
    assert "✘  grace.mwangi@freshfoods.example is in To, but belongs in Cc." in texts
    assert room.result.headline.text() == "Not yet. Read the hints and try again."
    click(qtbot, room.result.again_button)
    assert room.stack.currentWidget() is room.client
    # What was sent is in the Sent folder, as in a real client.
    room.client.show_folder("sent")
    room.client.open_message("sent:0")
    assert room.client.read_subject.text() == "Fwd: Delivery plan, week 16"
    assert "grace.mwangi@freshfoods.example" in room.client.read_headers.text()
    assert not room.client.reply_button.isEnabled()


def test_a_phishing_task_through_the_widgets(qtbot, open_room, runtime):
    room, learner = open_room()
    client = start(qtbot, room, "phishing-bank-and-parcel")
    assert client.finish_button.isVisible()
    open_message(qtbot, client, "URGENT: your account is blocked")
    # Pointing at the link shows where it really goes; clicking never opens it.
    client.read_body.highlighted.emit(
        __import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(
            "http://brightbank.example.account-check.example/login"))
    assert "account-check.example" in client.link_target.text()
    for subject, reason in (("URGENT: your account is blocked", "link"),
                            ("Your parcel could not be delivered", "attachment")):
        open_message(qtbot, client, subject)
        click(qtbot, client.report_button)
        assert client.pane.currentWidget() is client.reporter
        click(qtbot, client.confirm_report)  # no reason ticked yet
        assert client.report_status.text() == "Tick at least one reason."
        client.reason_boxes[reason].click()
        click(qtbot, client.confirm_report)
    assert [client.message_list.topLevelItem(i).text(1)
            for i in range(client.message_list.topLevelItemCount())] == [
        "Photos of the job fair", "Your appointment on Monday"]
    with qtbot.waitSignal(room.attempt_saved):
        click(qtbot, client.finish_button)
    attempt = only_attempt(runtime, learner)
    assert attempt.passed and attempt.score == 1.0
    assert attempt.details["reports"] == {"bank": ["link"], "parcel": ["attachment"]}
    assert attempt.metrics["fakes_found"] == 2 and attempt.metrics["real_reported"] == 0
    assert "password" in room.result.model_answer.toPlainText()


def test_a_read_task_needs_the_attachment_and_the_right_choice(qtbot, open_room, runtime):
    room, learner = open_room("fr")
    client = start(qtbot, room, "lire-emploi-du-temps")
    click(qtbot, client.check_button)
    assert client.answer_status.text() == "Choisissez d'abord une réponse."  # in French
    open_message(qtbot, client, "Emploi du temps de la semaine prochaine")
    click(qtbot, client.findChild(QAbstractButton, "emailAttachment:Emploi_du_temps.pdf"))
    client.choice_buttons[1].click()
    with qtbot.waitSignal(room.attempt_saved):
        click(qtbot, client.check_button)
    attempt = only_attempt(runtime, learner)
    assert attempt.passed and attempt.metrics["opened_attachment"] is True
    assert attempt.pack_id == "email-fr-premiers-mails"


def test_drafts_save_by_themselves_and_come_back(qtbot, open_room, runtime):
    room, learner = open_room()
    client = start(qtbot, room, "absence")
    click(qtbot, client.write_button)
    composer = client.composer
    qtbot.keyClicks(composer.to_edit, "maria.lopez@centre.example")
    qtbot.keyClicks(composer.subject_edit, "Absence")
    composer.attach_menu.findChild(object, "emailAttachDoc:CV.pdf").trigger()
    qtbot.keyClicks(composer.body, "Dear Maria,")
    qtbot.waitUntil(lambda: "email-en-first-emails/absence" in skill_settings(
        get_learner(runtime.db, learner.id), "email").get("drafts", {}), timeout=4000)
    click(qtbot, client.back_button)
    client = start(qtbot, room, "absence")
    client.show_folder("drafts")
    assert client.folders.currentItem().text() == "Drafts (1)"
    client.open_message("draft")
    assert client.pane.currentWidget() is client.composer
    assert client.composer.subject_edit.text() == "Absence"
    assert client.composer.body.toPlainText() == "Dear Maria,"
    assert [d.name for d in client.composer.attached] == ["CV.pdf"]
    click(qtbot, client.composer.discard_button)
    assert "email-en-first-emails/absence" not in skill_settings(
        get_learner(runtime.db, learner.id), "email").get("drafts", {})


def test_send_without_a_recipient_asks_who_it_is_for(qtbot, open_room, runtime):
    room, learner = open_room()
    client = start(qtbot, room, "absence")
    click(qtbot, client.write_button)
    click(qtbot, client.composer.send_button)
    assert client.composer.status.text() == "Who is this email for? Write an address in To."
    assert attempts_of(runtime.db, learner.id, "email") == []


def test_spelling_marks_as_you_type_and_the_email_saves_as_eml(qtbot, open_room, tmp_path):
    room, learner = open_room()
    client = start(qtbot, room, "absence")
    click(qtbot, client.write_button)
    composer = client.composer
    qtbot.keyClicks(composer.to_edit, "maria.lopez@centre.example")
    qtbot.keyClicks(composer.subject_edit, "Absence on Monday")
    qtbot.keyClicks(composer.body, "Dear Maria, I am sick tommorow. Amina Diallo")
    block = composer.body.document().firstBlock()
    marked = [(r.start, r.length) for r in block.layout().formats()
              if r.format.underlineStyle() == r.format.UnderlineStyle.SpellCheckUnderline]
    assert marked == [(block.text().index("tommorow"), len("tommorow"))]
    path = tmp_path / "absence.eml"
    assert room.save_eml(composer.mail(), path)
    assert composer.status.text() == f"Saved as {path}"
    saved = from_eml(path.read_bytes())
    assert saved.to == ("maria.lopez@centre.example",) and saved.subject == "Absence on Monday"
    assert grade_email(saved, room.work.exercise, "en").feedback  # gradable as the CLI would


def test_every_interactive_widget_of_the_room_is_named(qtbot, open_room, runtime):
    room, learner = open_room()
    assert unnamed(room) == []
    client = start(qtbot, room, "forward-with-cc")
    open_message(qtbot, client, "Delivery plan, week 16")
    assert unnamed(room) == []
    click(qtbot, client.report_button)
    assert unnamed(room) == []
    click(qtbot, client.cancel_report)
    click(qtbot, client.forward_button)
    assert unnamed(room) == []
    click(qtbot, client.back_button)
    client = start(qtbot, room, "sign-out")
    assert unnamed(room) == []
    client.choice_buttons[0].click()
    click(qtbot, client.check_button)
    assert room.stack.currentWidget() is room.result and unnamed(room) == []


def test_arabic_layout_keeps_addresses_left_to_right(qtbot, open_room, translations):
    room, learner = open_room("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert room.packs[0].language == "ar"  # the Arabic tasks
    # Screens in Arabic, lessons in English: mixed directions in one email.
    from tutor.store.learners import set_skill_settings

    window = room.window()
    window.learner = set_skill_settings(window.runtime.db, learner.id, "ui",
                                        {"lesson_language": "en"})
    window.open_skill("email")
    room = window.room
    assert room.packs[0].language == "en"
    client = start(qtbot, room, "reply-to-trainer")
    open_message(qtbot, client, "CV workshop on Thursday")
    click(qtbot, client.reply_button)
    composer = client.composer
    assert room.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for edit in (composer.to_edit, composer.cc_edit, composer.bcc_edit):
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The headers follow the screen (right to left); each address is isolated, its
    # angle brackets left to right: "Maria Lopez <maria…>", never "<Maria Lopez <maria…".
    headers = client.read_headers.text()
    assert FSI + "Maria Lopez " + LRI + "&lt;maria.lopez@centre.example&gt;" + PDI in headers
    assert unnamed(room) == []


def test_an_arabic_reply_with_latin_words_is_written_right_to_left_and_graded(
        qtbot, open_room, runtime):
    """Mixed directions in one email: Arabic text with a time, "CV" and an address; the
    body runs right to left, the addresses left to right, and the greeting and closing
    are checked in Arabic."""
    from PySide6.QtGui import QInputMethodEvent

    room, learner = open_room("ar", "أمينة الحسن")
    client = start(qtbot, room, "reply-to-trainer")
    open_message(qtbot, client, "ورشة كتابة السيرة الذاتية يوم الثلاثاء")
    click(qtbot, client.reply_button)
    composer = client.composer
    assert composer.subject_edit.text() == "Re: ورشة كتابة السيرة الذاتية يوم الثلاثاء"
    assert composer.to_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    body = ("مرحبا أستاذة ريم،\n\nشكرا على الدعوة. نعم، سأحضر الورشة يوم الثلاثاء الساعة "
            "10:00 ومعي الـ CV. بريدي amina@mail.example\n\nمع التحية،\nأمينة")
    cursor = composer.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    composer.body.setTextCursor(cursor)
    for line_number, line in enumerate(body.split("\n")):  # as an Arabic input method
        if line_number:
            qtbot.keyClick(composer.body, Qt.Key.Key_Return)
        if line:
            event = QInputMethodEvent()
            event.setCommitString(line)
            QApplication.sendEvent(composer.body, event)
    first = composer.body.document().firstBlock()
    assert first.text() == "مرحبا أستاذة ريم،"
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    with qtbot.waitSignal(room.attempt_saved):
        click(qtbot, composer.send_button)
    attempt = only_attempt(runtime, learner)
    failed = [c for c in attempt.details["criteria"] if not c["passed"]]
    assert attempt.passed and failed == []
    assert {"greeting", "closing"} <= {c["criterion"] for c in attempt.details["criteria"]}
    assert "10:00" in attempt.details["email"]["body"]
    assert room.result.headline.text() != "Well done!"  # in Arabic, not English


def test_the_marks_of_the_result_and_of_spelling_follow_the_theme(qtbot, open_room, qapp):
    from tutor.ui.style import HIGH_CONTRAST_PALETTE, NORMAL, apply_text_size

    room, learner = open_room()
    client = start(qtbot, room, "absence")
    click(qtbot, client.write_button)
    composer = client.composer
    qtbot.keyClicks(composer.to_edit, "maria.lopez@centre.example")
    qtbot.keyClicks(composer.body, "Hi maria, I am sick tommorow.")
    wave = composer.body.marks.mark.underlineColor
    assert wave().name() == NORMAL.spelling
    apply_text_size(qapp, "normal", high_contrast=True)
    qtbot.waitUntil(lambda: wave().name() == HIGH_CONTRAST_PALETTE.spelling)
    apply_text_size(qapp, "normal")
    qtbot.waitUntil(lambda: wave().name() == NORMAL.spelling)
    with qtbot.waitSignal(room.attempt_saved):
        click(qtbot, composer.send_button)
    items = [room.result.criteria.item(i) for i in range(room.result.criteria.count())]
    met = {i.text()[0]: i.foreground().color().name() for i in items}
    assert met == {"✔": NORMAL.good, "✘": NORMAL.bad}
    apply_text_size(qapp, "normal", high_contrast=True)
    qtbot.waitUntil(lambda: {i.text()[0]: i.foreground().color().name() for i in items}
                    == {"✔": HIGH_CONTRAST_PALETTE.good, "✘": HIGH_CONTRAST_PALETTE.bad})


# -- the room fits a small screen, and writes as the learner's screen does -----------------

def inside(window, widget):
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (widget.isVisible() and top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= window.width()
            and top_left.y() + widget.height() <= window.height())


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("text_size", ["normal", "xlarge"])
def test_send_and_report_it_stay_on_a_1024x600_screen(qtbot, window, runtime, language,
                                                      text_size):
    from tutor.store.learners import update_learner

    window.resize(1024, 600)
    learner = create_learner(runtime.db, "Amina Diallo", "sun", ui_language=language)
    update_learner(runtime.db, learner.id, text_size=text_size)
    window.open_learner(learner.id)
    window.open_skill("email")
    room = window.room
    client = start(qtbot, room, "reply-to-trainer")
    client.message_list.setCurrentItem(client.message_list.topLevelItem(0))
    click(qtbot, client.reply_button)
    qtbot.wait(20)
    composer = client.composer
    assert room.minimumSizeHint().height() <= 520 and room.minimumSizeHint().width() <= 1000
    assert inside(window, composer.send_button), composer.send_button.geometry()
    body = composer.body
    lines = body.viewport().height() // body.fontMetrics().lineSpacing()
    # (was 4 lines in English, 0 in Arabic; the body grows with the window)
    assert lines >= {("en", "normal"): 5, ("ar", "normal"): 3}.get((language, text_size), 2), lines
    click(qtbot, client.back_button)
    client = start(qtbot, room, "phishing-bank-and-parcel")
    client.message_list.setCurrentItem(client.message_list.topLevelItem(0))
    click(qtbot, client.report_button)
    qtbot.wait(20)
    assert inside(window, client.confirm_report) and inside(window, client.cancel_report)
    assert inside(window, client.finish_button)


def test_one_date_format_on_the_screen_in_the_learners_locale(qtbot, open_room):
    room, _ = open_room("fr")
    client = start(qtbot, room, "repondre-formatrice")
    item = client.message_list.topLevelItem(0)
    client.message_list.setCurrentItem(item)
    listed = plain(item.text(2))
    assert listed.count("/") == 2 and listed.split(" ")[0].endswith("2026")  # 4-digit year
    assert listed in plain(client.read_headers.text())
    click(qtbot, client.reply_button)
    assert f"Le {listed}," in client.composer.body.toPlainText()  # the quote header too


def test_a_long_subject_is_whole_in_its_tooltip(qtbot, open_room):
    room, _ = open_room()
    client = start(qtbot, room, "phishing-bank-and-parcel")
    item = client.message_list.topLevelItem(0)
    assert item.toolTip(1) == "URGENT: your account is blocked"
    assert item.data(1, Qt.ItemDataRole.AccessibleTextRole) == item.toolTip(1)
    assert client.message_list.wordWrap()  # a second line before any "…"


def test_arabic_subjects_and_addresses_are_isolated_in_the_list_and_the_reader(
        qtbot, open_room):
    room, _ = open_room("ar", "أمينة الحسن")
    client = start(qtbot, room, "reply-to-trainer")
    item = client.message_list.topLevelItem(0)
    assert item.text(1).startswith("\u200f" + FSI)  # right to left, isolated
    client.message_list.setCurrentItem(item)
    click(qtbot, client.reply_button)
    assert client.composer.subject_edit.text() == "Re: ورشة كتابة السيرة الذاتية يوم الثلاثاء"
    assert LRI + "<" in client.composer.from_label.text()


def test_the_dictionaries_memory_goes_back_after_the_last_email_room_closes(
        qtbot, window, open_room, monkeypatch):
    from tutor import spelling
    from tutor.skills.email.view import _DictionaryUse

    released = []
    monkeypatch.setattr(spelling, "release", lambda: released.append(True))
    monkeypatch.setattr(_DictionaryUse, "RELEASE_AFTER_MS", 50)
    room, _ = open_room()
    assert _DictionaryUse.rooms == 1
    window.show_home()  # the room is closed (deleted later)
    qtbot.waitUntil(lambda: _DictionaryUse.rooms == 0)
    # (50 ms later; a machine busy loading the dictionaries may take seconds)
    qtbot.waitUntil(lambda: released == [True], timeout=30_000)
    # a room opened again before the delay keeps them
    click(qtbot, window.findChild(QAbstractButton, "skillTile:email"))
    window.show_home()
    click(qtbot, window.findChild(QAbstractButton, "skillTile:email"))
    qtbot.wait(200)
    assert _DictionaryUse.rooms == 1 and released == [True]
