"""What fails an email whatever its score (issue #14): the stance, every fact (each named),
a wrong time or date, the name at the end of a formal email; and the phishing feedback
that names what the learner actually did."""

from dataclasses import replace

from tests.skills.email.shipped import model_mail, task
from tutor.skills.email.grading import grade_email, grade_phishing


def criterion(verdict, name):
    return next(f for f in verdict.feedback if f.criterion == name)


def graded(pack_id, exercise_id, body):
    pack, exercise = task(pack_id, exercise_id)
    mail = model_mail(exercise, pack.language, body=body)
    return grade_email(mail, exercise, pack.language, "Amina")


def test_a_decline_for_an_accept_fails_whatever_the_score():
    verdict = graded("email-en-first-emails", "reply-to-trainer",
                     "Dear Maria,\n\nSorry, I will not come on Thursday.\n\nKind regards,\nAmina")
    assert not verdict.passed
    assert {f.criterion for f in verdict.missing_essentials} == {"stance", "facts"}
    assert "says no" in criterion(verdict, "stance").text


def test_every_missing_fact_is_named():
    verdict = graded("email-en-looking-for-work", "confirm-interview",
                     "Dear Ms Njeri,\n\nThank you, I confirm the interview.\n\nKind regards,\nAmina")
    facts = criterion(verdict, "facts")
    assert facts.essential and not facts.passed and not verdict.passed
    assert "the day" in facts.text and "the time" in facts.text


def test_a_wrong_time_fails_and_is_named():
    verdict = graded("email-en-looking-for-work", "late-for-work",
                     "Dear Grace,\n\nSorry, the buses are on strike. I will arrive at 10:30.\n\n"
                     "Kind regards,\nAmina")
    assert not verdict.passed and "10:30" in criterion(verdict, "facts").text


def test_thanks_and_a_name_close_an_email_and_a_body_sentence_does_not():
    good = graded("email-en-first-emails", "reply-to-trainer",
                  "Dear Maria,\n\nYes, I will come on Thursday at 10:00.\n\nThanks,\nAmina")
    assert good.passed and criterion(good, "closing").passed
    bare = graded("email-en-first-emails", "reply-to-trainer",
                  "Dear Maria,\n\nYes, I will come on Thursday at 10:00. Thank you.")
    assert not bare.passed
    assert not criterion(bare, "closing").passed and not criterion(bare, "signature").passed


def test_a_friendly_email_without_a_name_is_advice_not_a_failure():
    verdict = graded("email-en-first-emails", "thank-a-friend",
                     "Hi Samir,\n\nThanks a lot! Yes, I can come on Saturday.\n\nSee you soon,")
    assert not criterion(verdict, "signature").essential


def test_ok_i_come_thursday_is_not_good_spelling():
    verdict = graded("email-en-first-emails", "reply-to-trainer", "ok i come thursday")
    assert criterion(verdict, "spelling").text != "The spelling is good."
    assert "Thursday" in criterion(verdict, "capitals").text
    assert not criterion(verdict, "capitals").essential


def test_phishing_feedback_names_every_missed_fake_and_asks_reasons_only_for_reported_ones():
    _, exercise = task("email-en-stay-safe", "phishing-bank-and-parcel")
    nothing = grade_phishing({}, exercise)
    found = criterion(nothing, "found").text
    assert "too" not in found and "account is blocked" in found and "parcel" in found
    assert "“" not in criterion(nothing, "reasons").text  # names no unreported message
    one = grade_phishing({"bank": {"attachment"}}, exercise)
    assert "fake too" in criterion(one, "found").text
    assert "account is blocked" in criterion(one, "reasons").text
    assert "parcel" not in criterion(one, "reasons").text


def test_the_shipped_reply_all_still_passes_with_a_signature_block():
    pack, exercise = task("email-en-first-emails", "reply-all-meeting")
    mail = model_mail(exercise, "en")
    mail = replace(mail, body=mail.body.replace("Amina\n", "Amina\n-- \nAmina Diallo\n", 1))
    assert grade_email(mail, exercise, "en", "Amina").passed
