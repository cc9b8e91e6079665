"""An email task being done, without a screen: the order of the tasks, the mailbox,
the draft kept in the learner's settings between visits, and the finished attempt
(its metrics and details are what the progress screens and reports read)."""

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest

from tests.skills.email.shipped import ME, catalogue, model_mail, task
from tutor.skills.email.engine import (
    DRAFTS,
    Mailbox,
    TaskWork,
    documents_for,
    draft_from_json,
    draft_to_json,
    explanations,
    known_files,
    next_task,
    ordered_packs,
    passed_tasks,
    saved_draft,
    settings_with_draft,
    task_in,
    task_key,
    tasks_of,
)
from tutor.skills.email.mail import Mail
from tutor.skills.email.model import Document, EmailExercise, InboxMessage

OPENED = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
SENT = OPENED + timedelta(minutes=7)


def english_packs():
    return ordered_packs(p for p in catalogue().packs.values() if p.language == "en")


def work_on(pack_id, exercise_id, settings=None, sent=()):
    pack, exercise = task(pack_id, exercise_id)
    return TaskWork.open(pack, exercise, "Amina Diallo", OPENED, settings or {}, sent)


# -- the tasks of the room -----------------------------------------------------------------

def test_the_packs_come_in_the_order_of_their_files():
    assert [p.id for p in english_packs()] == [
        "email-en-first-emails", "email-en-looking-for-work", "email-en-stay-safe"]


def test_a_task_is_found_by_id_and_an_unknown_one_is_an_error():
    pack, _ = task("email-en-first-emails", "absence")
    assert task_in(pack, "absence").id == "absence"
    assert [e.id for e in tasks_of(pack)][:2] == ["read-timetable", "reply-to-trainer"]
    with pytest.raises(KeyError):
        task_in(pack, "no-such-task")


def test_the_next_task_goes_on_into_the_next_pack_and_stops_at_the_end():
    packs = english_packs()
    first, second, last = packs
    assert next_task(packs, first.id, "read-timetable") == (first.id, "reply-to-trainer")
    assert next_task(packs, first.id, tasks_of(first)[-1].id) == (second.id,
                                                                  tasks_of(second)[0].id)
    assert next_task(packs, last.id, tasks_of(last)[-1].id) is None


@dataclass
class Row:
    pack_id: str
    exercise_id: str
    passed: bool


def test_a_task_is_passed_when_any_attempt_passed():
    rows = [Row("p", "a", False), Row("p", "a", True), Row("p", "b", False)]
    assert passed_tasks(rows) == {task_key("p", "a")} == {"p/a"}


# -- the mailbox ---------------------------------------------------------------------------

def message(id_, folder="inbox", **kw):
    return InboxMessage(id=id_, sender="Maria Lopez <maria.lopez@centre.example>",
                        subject=f"About {id_}", date="2026-04-16", body="Hello",
                        folder=folder, **kw)


EXERCISE = EmailExercise(
    id="mixed", title="Mixed", kind="phishing", instructions="Look.",
    inbox=[message("a"), message("b", phishing=True, clues=["link"]),
           message("junk", folder="spam")])


def test_messages_start_in_their_folders_with_last_time_s_draft_and_this_session_s_sent():
    draft, earlier = Mail(sender=ME, subject="Draft"), [Mail(sender=ME, subject="Sent")]
    box = Mailbox.of(EXERCISE, draft, earlier)
    assert (box.inbox, box.spam, box.draft, box.sent) == (["a", "b"], ["junk"], draft, earlier)
    box.send(Mail(sender=ME))
    assert len(earlier) == 1  # the box has its own list


def test_folder_counts_show_unread_messages_and_a_draft():
    box = Mailbox.of(EXERCISE)
    assert box.folder_counts() == {"inbox": 2, "sent": 0, "drafts": 0, "spam": 0}
    box.read.add("a")
    box.keep_draft(Mail(sender=ME, subject="Hello"))
    assert box.folder_counts() == {"inbox": 1, "sent": 0, "drafts": 1, "spam": 0}


def test_a_reported_message_goes_to_spam_with_its_reasons():
    box = Mailbox.of(EXERCISE)
    box.report("b", ["link", "sender"])
    assert box.inbox == ["a"] and box.spam == ["junk", "b"]
    assert box.reports == {"b": {"link", "sender"}}


def test_a_risky_attachment_is_counted_as_opened_but_not_shown():
    box = Mailbox.of(EXERCISE)
    assert box.open_attachment(Document(name="Timetable.pdf", text="Monday"))
    assert not box.open_attachment(Document(name="Delivery_form.zip"))
    assert box.opened_attachments == {"Timetable.pdf", "Delivery_form.zip"}


def test_sending_or_discarding_ends_the_draft():
    box = Mailbox.of(EXERCISE, Mail(sender=ME, subject="Draft"))
    box.discard_draft()
    assert box.draft is None
    box.keep_draft(Mail(sender=ME, subject="Again"))
    box.send(Mail(sender=ME, subject="Again"))
    assert box.draft is None and [m.subject for m in box.sent] == ["Again"]


def test_known_files_are_the_documents_and_every_attachment_of_the_inbox():
    _, exercise = task("email-en-first-emails", "read-timetable")
    files = known_files(exercise, "en")
    assert {"CV.pdf", "Cover_letter.pdf", "ID_photo.jpg", "Timetable.pdf"} <= set(files)
    assert [d.name for d in documents_for(exercise, "en")] == [
        "CV.pdf", "Cover_letter.pdf", "ID_photo.jpg"]


# -- drafts between visits -----------------------------------------------------------------

CV = Document(name="CV.pdf", text="CV")
DRAFT = Mail(sender=ME, to=("maria.lopez@centre.example",), cc=("a@b.example",),
             subject="Absence", body="Dear Maria,", attachments=(CV,), in_reply_to="<x@y>")


def test_a_draft_is_stored_as_json_and_comes_back_the_same():
    data = draft_to_json(DRAFT)
    assert data["attachments"] == ["CV.pdf"] and data["subject"] == "Absence"
    assert draft_from_json(data, {"CV.pdf": CV}) == DRAFT


def test_a_draft_s_attachment_that_no_longer_exists_is_left_out():
    back = draft_from_json(draft_to_json(DRAFT), {})
    assert back.attachments == () and back.body == "Dear Maria,"
    assert draft_from_json({}, {}) == Mail()


def test_drafts_are_kept_per_task_under_drafts():
    settings = {"other": 1}
    change = settings_with_draft(settings, "p/a", DRAFT)
    assert change == {DRAFTS: {"p/a": draft_to_json(DRAFT)}} and DRAFTS == "drafts"
    assert settings == {"other": 1}  # the caller writes; nothing changes here
    settings = {**settings, **change}
    both = settings_with_draft(settings, "p/b", replace(DRAFT, subject="B"))
    assert set(both[DRAFTS]) == {"p/a", "p/b"}
    assert saved_draft(settings, "p/a", {"CV.pdf": CV}) == DRAFT
    assert saved_draft(settings, "p/b", {"CV.pdf": CV}) is None


def test_a_sent_or_discarded_draft_is_removed_and_no_draft_writes_nothing():
    settings = {DRAFTS: {"p/a": draft_to_json(DRAFT), "p/b": {"subject": "B"}}}
    assert settings_with_draft(settings, "p/a", None) == {DRAFTS: {"p/b": {"subject": "B"}}}
    assert settings_with_draft(settings, "p/c", None) is None
    assert settings_with_draft({}, "p/c", None) is None


def test_a_task_opens_with_its_draft_and_saves_it_under_its_own_key():
    key = "email-en-first-emails/absence"
    settings = {DRAFTS: {key: draft_to_json(DRAFT), "email-en-first-emails/other": {}}}
    work = work_on("email-en-first-emails", "absence", settings)
    assert work.key == key and work.started == OPENED
    assert work.box.draft is not None and work.box.draft.subject == "Absence"
    assert work.box.draft.attachments == (documents_for(work.exercise, "en")[0],)
    assert work.draft_settings(settings, None) == {
        DRAFTS: {"email-en-first-emails/other": {}}}
    assert work_on("email-en-first-emails", "thank-a-friend", settings).box.draft is None


# -- finishing -------------------------------------------------------------------------------

def test_a_sent_email_is_graded_dated_and_becomes_the_attempt():
    work = work_on("email-en-first-emails", "absence")
    mail = model_mail(work.exercise, "en")
    finished = work.send(mail, SENT)
    attempt, verdict = finished.attempt, finished.verdict
    assert verdict.passed and finished.mail == replace(mail, date=SENT)
    assert (attempt.skill, attempt.pack_id, attempt.pack_version, attempt.exercise_id) == (
        "email", "email-en-first-emails", "1.0", "absence")
    assert (attempt.started_at, attempt.finished_at, attempt.seconds) == (OPENED, SENT, 420)
    assert (attempt.score, attempt.passed) == (verdict.score, True)
    assert dict(attempt.metrics) == {
        "words": len(finished.yours.split()), "misspellings": 0,
        "criteria_met": len(verdict.feedback), "criteria": len(verdict.feedback)}
    assert list(attempt.details) == ["email", "kind", "language", "criteria"]
    assert attempt.details["email"] == replace(mail, date=SENT).as_details()
    assert (attempt.details["kind"], attempt.details["language"]) == ("write", "en")
    assert attempt.details["criteria"] == verdict.as_json()["feedback"]
    assert finished.shown_answer == work.exercise.model_answer
    assert finished.yours == work.exercise.model_answer.strip()


def test_misspellings_are_counted_without_the_task_s_names_or_the_learner_s():
    work = work_on("email-en-first-emails", "absence")
    body = work.exercise.model_answer.replace("appointment", "apointment")
    finished = work.send(model_mail(work.exercise, "en", body), SENT)
    assert finished.attempt.metrics["misspellings"] == 1
    assert {"maria", "amina", "diallo"} <= work.allowed_words()


def test_a_phishing_hunt_counts_what_was_found_opened_and_clicked():
    work = work_on("email-en-stay-safe", "phishing-bank-and-parcel")
    work.box.read.update({"bank", "parcel", "trainer"})
    work.box.click_link("http://brightbank.example.account-check.example/login")
    finished = work.report_done({"bank": {"link", "sender"}, "trainer": {"urgency"}}, SENT)
    attempt = finished.attempt
    assert not attempt.passed
    assert dict(attempt.metrics) == {"reported": 2, "fakes": 2, "fakes_found": 1,
                                     "real_reported": 1, "links_clicked": 1,
                                     "messages_opened": 3}
    assert attempt.details["reports"] == {"bank": ["link", "sender"], "trainer": ["urgency"]}
    assert attempt.details["kind"] == "phishing"
    assert finished.shown_answer == explanations(work.exercise)
    assert finished.shown_answer.startswith("⚠ URGENT: your account is blocked\nThe address")
    assert "\n\n⚠ Your parcel could not be delivered\n" in finished.shown_answer
    assert finished.yours == ""  # (the real messages of this task explain nothing)


def test_explanations_mark_fakes_and_real_messages():
    exercise = EXERCISE.model_copy(update={"inbox": [
        message("a", explanation="Maria is your trainer."),
        message("b", phishing=True, clues=["link"], explanation="The link lies."),
        message("junk", folder="spam")]})
    assert explanations(exercise) == (
        "✔ About a\nMaria is your trainer.\n\n⚠ About b\nThe link lies.")


def test_a_reading_answer_says_whether_the_attachment_was_opened():
    work = work_on("email-en-first-emails", "read-timetable")
    assert work.answer(1, SENT).attempt.metrics == {"opened_attachment": False,
                                                   "messages_opened": 0}
    work.box.read.add("timetable")
    work.box.open_attachment(work.exercise.inbox[0].attachments[0])
    finished = work.answer(1, SENT)
    assert finished.attempt.passed and finished.attempt.details["choice"] == 1
    assert dict(finished.attempt.metrics) == {"opened_attachment": True, "messages_opened": 1}
    assert finished.shown_answer == ""
