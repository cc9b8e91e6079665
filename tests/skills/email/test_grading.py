"""The grading criteria, one by one, with good emails and near misses in English and
French, on the shipped tasks."""

from dataclasses import replace

import pytest

from tests.skills.email.shipped import ME, model_mail, task
from tutor.skills.email.engine import documents_for
from tutor.skills.email.grading import grade_email, grade_phishing, grade_reading
from tutor.skills.email.mail import Mail


def verdict_of(mail, exercise, language):
    return grade_email(mail, exercise, language, "Amina Diallo")


def criterion(verdict, name):
    return next(f for f in verdict.feedback if f.criterion == name)


EN_ABSENCE = task("email-en-first-emails", "absence")
FR_ABSENCE = task("email-fr-premiers-mails", "absence")
GOOD_EN = """Dear Maria,

I am sorry, but I cannot come to class on Monday 14 April because I have a doctor's appointment.

Kind regards,
Amina"""
GOOD_FR = ("Bonjour Sophie,\n\n"
           "Je suis désolée, mais je ne pourrai pas venir en cours le lundi 14 avril car "
           "j'ai un rendez-vous chez le médecin.\n\n"
           "Cordialement,\nAmina")


def absence(language, body, **changes):
    pack, exercise = EN_ABSENCE if language == "en" else FR_ABSENCE
    mail = replace(model_mail(exercise, language, body), subject=changes.pop(
        "subject", "Absence on Monday" if language == "en" else "Absence lundi"))
    return verdict_of(replace(mail, **changes), exercise, language)


@pytest.mark.parametrize("language,body", [("en", GOOD_EN), ("fr", GOOD_FR)])
def test_a_good_email_meets_every_criterion(language, body):
    verdict = absence(language, body)
    assert [f.text for f in verdict.feedback if not f.passed] == []
    assert verdict.passed and verdict.score == 1.0


# -- recipients and addresses -----------------------------------------------------------

def test_a_malformed_address_is_named_with_a_hint():
    verdict = absence("en", GOOD_EN, to=("maria.lopez@centre",))
    assert not criterion(verdict, "addresses").passed
    assert "maria.lopez@centre" in criterion(verdict, "addresses").text
    assert not verdict.passed  # an essential criterion, whatever the score


@pytest.mark.parametrize("entry", ["maria.lopez centre.example", "maria lopez@centre.example",
                                   "maria.lopez@@centre.example", "@centre.example"])
def test_every_kind_of_broken_address_fails(entry):
    assert not criterion(absence("en", GOOD_EN, to=(entry,)), "addresses").passed


def test_a_named_address_is_well_formed():
    verdict = absence("en", GOOD_EN, to=("Maria Lopez <Maria.Lopez@centre.example>",))
    assert criterion(verdict, "addresses").passed
    assert criterion(verdict, "recipients").passed


def test_cc_instead_of_bcc_is_a_near_miss_named_as_such():
    pack, exercise = task("email-en-first-emails", "bcc-invitation")
    good = model_mail(exercise, "en")
    assert criterion(verdict_of(good, exercise, "en"), "recipients").passed
    wrong = replace(good, cc=good.bcc, bcc=())
    verdict = verdict_of(wrong, exercise, "en")
    feedback = criterion(verdict, "recipients")
    assert not feedback.passed and not verdict.passed
    assert "in Bcc, not in Cc" in feedback.text


def test_a_missing_cc_and_an_extra_person_are_caught_in_french():
    pack, exercise = task("email-fr-premiers-mails", "transferer-avec-copie")
    good = model_mail(exercise, "fr")
    assert verdict_of(good, exercise, "fr").passed
    no_cc = verdict_of(replace(good, cc=()), exercise, "fr")
    assert "claire.dubois@primeur-bio.example" in criterion(no_cc, "recipients").text
    extra = verdict_of(replace(good, to=(*good.to, "karim.benali@courriel.example")),
                       exercise, "fr")
    assert "Remove karim.benali@courriel.example" in criterion(extra, "recipients").text


def test_reply_instead_of_reply_all_leaves_people_out():
    pack, exercise = task("email-en-first-emails", "reply-all-meeting")
    good = model_mail(exercise, "en")
    assert verdict_of(good, exercise, "en").passed
    assert not criterion(verdict_of(replace(good, cc=()), exercise, "en"), "recipients").passed


# -- action, subject ----------------------------------------------------------------------

def test_a_new_email_instead_of_a_reply_fails_the_action():
    pack, exercise = task("email-en-first-emails", "reply-to-trainer")
    good = model_mail(exercise, "en")
    assert criterion(verdict_of(good, exercise, "en"), "action").passed
    fresh = replace(good, subject="Workshop", in_reply_to="")
    assert not criterion(verdict_of(fresh, exercise, "en"), "action").passed


def test_a_forward_keeps_fwd_or_the_french_tr():
    pack, exercise = task("email-fr-premiers-mails", "transferer-avec-copie")
    good = model_mail(exercise, "fr")
    assert good.subject.startswith("TR : ")
    assert criterion(verdict_of(good, exercise, "fr"), "action").passed
    assert not criterion(verdict_of(replace(good, subject="Planning"), exercise, "fr"),
                         "action").passed


@pytest.mark.parametrize("subject,ok", [("", False), ("Re: ", False), ("Hello", False),
                                        ("Absent on Monday", True), ("ABSENCE", True)])
def test_the_subject_must_be_there_and_fit(subject, ok):
    assert criterion(absence("en", GOOD_EN, subject=subject), "subject").passed is ok


def test_a_french_subject_fits_whatever_the_accents():
    assert criterion(absence("fr", GOOD_FR, subject="Absente Lundi"), "subject").passed


# -- greeting and closing ----------------------------------------------------------------

@pytest.mark.parametrize("language,first,ok", [
    ("en", "Dear Maria,", True), ("en", "Hello Maria,", True), ("en", "Good morning,", True),
    ("en", "Maria,", False), ("fr", "Bonjour Sophie,", True), ("fr", "Madame,", True),
    ("fr", "Sophie,", False),
])
def test_the_first_line_is_a_greeting(language, first, ok):
    body = (GOOD_EN if language == "en" else GOOD_FR).split("\n", 1)[1]
    assert criterion(absence(language, first + "\n" + body), "greeting").passed is ok


@pytest.mark.parametrize("language,typo,meant", [("en", "Deer Maria,", "Dear"),
                                                  ("en", "Helo Maria,", "Hello"),
                                                  ("fr", "Bonjoure Sophie,", "Bonjour")])
def test_a_greeting_with_a_typo_gets_a_did_you_mean(language, typo, meant):
    body = (GOOD_EN if language == "en" else GOOD_FR).split("\n", 1)[1]
    feedback = criterion(absence(language, typo + "\n" + body), "greeting")
    assert not feedback.passed
    assert f"did you mean “{meant}”" in feedback.text


@pytest.mark.parametrize("language,word", [("en", "Hi"), ("en", "Hey"), ("fr", "Salut"),
                                           ("fr", "Coucou")])
def test_a_familiar_greeting_is_not_for_a_formal_email(language, word):
    body = (GOOD_EN if language == "en" else GOOD_FR).split("\n", 1)[1]
    feedback = criterion(absence(language, f"{word} Maria,\n" + body), "greeting")
    assert not feedback.passed and "for friends" in feedback.text


def test_a_friendly_email_may_start_with_hi_or_salut():
    for pack_id, task_id, language, first in (
            ("email-en-first-emails", "thank-a-friend", "en", "Hi Samir,"),
            ("email-fr-premiers-mails", "repondre-ami", "fr", "Salut Karim,")):
        pack, exercise = task(pack_id, task_id)
        body = exercise.model_answer.split("\n", 1)[1]
        verdict = verdict_of(model_mail(exercise, language, first + "\n" + body), exercise,
                             language)
        assert criterion(verdict, "greeting").passed, task_id


@pytest.mark.parametrize("language,body,ok", [
    ("en", GOOD_EN, True),
    ("en", GOOD_EN.replace("Kind regards,", "Yours sincerely,"), True),
    ("en", GOOD_EN.replace("Kind regards,\n", ""), False),
    ("fr", GOOD_FR, True),
    ("fr", GOOD_FR.replace("Cordialement,", "Bien à vous,"), True),
    ("fr", GOOD_FR.replace("Cordialement,\n", ""), False),
])
def test_the_email_ends_with_a_closing(language, body, ok):
    assert criterion(absence(language, body), "closing").passed is ok


# -- facts, attachments, length ----------------------------------------------------------

def test_a_missing_fact_is_named():
    body = GOOD_EN.replace(" because I have a doctor's appointment", "")
    feedback = criterion(absence("en", body), "facts")
    assert not feedback.passed and "the reason" in feedback.text


def test_facts_match_whatever_the_case_and_accents_in_french():
    body = GOOD_FR.replace("chez le médecin", "chez le MEDECIN")
    assert criterion(absence("fr", body), "facts").passed


def test_the_wrong_attachment_is_named_with_the_right_one():
    pack, exercise = task("email-en-looking-for-work", "reply-to-a-job-ad")
    good = model_mail(exercise, "en")
    assert verdict_of(good, exercise, "en").passed
    documents = {d.name: d for d in documents_for(exercise, "en")}
    wrong = replace(good, attachments=(documents["ID_photo.jpg"],))
    verdict = verdict_of(wrong, exercise, "en")
    feedback = criterion(verdict, "attachments")
    assert not feedback.passed and not verdict.passed
    assert "ID_photo.jpg" in feedback.text and "CV.pdf" in feedback.text
    extra = verdict_of(replace(good, attachments=(*good.attachments, documents["ID_photo.jpg"])),
                       exercise, "en")
    assert "Remove ID_photo.jpg" in criterion(extra, "attachments").text
    none = verdict_of(replace(good, attachments=()), exercise, "en")
    assert "Attach CV.pdf" in criterion(none, "attachments").text


def test_a_forward_without_the_attachment_fails():
    pack, exercise = task("email-en-first-emails", "forward-with-cc")
    good = model_mail(exercise, "en")
    assert good.attachment_names == ["Delivery_plan_week16.pdf"]
    assert not verdict_of(replace(good, attachments=()), exercise, "en").passed


def test_length_counts_only_the_learners_own_words():
    pack, exercise = task("email-en-first-emails", "forward-with-cc")
    short = model_mail(exercise, "en", "Dear James,\nHere.\nRegards,\nAmina")
    feedback = criterion(verdict_of(short, exercise, "en"), "length")
    assert not feedback.passed and feedback.params["count"] == 5  # not the forwarded text
    long = absence("en", GOOD_EN.replace("appointment.", "appointment. " + "Really. " * 200))
    assert "shorter" in criterion(long, "length").text


# -- tone and spelling -------------------------------------------------------------------

@pytest.mark.parametrize("language,change,word", [
    ("en", ("I am sorry", "I AM SO SORRY"), "CAPITAL"),
    ("en", ("appointment.", "appointment!!!"), "Rows"),
    ("en", ("I am sorry", "I am sorry, u know,"), "“u”"),
    ("fr", ("Je suis désolée", "Dsl, je suis désolée"), "“Dsl”"),
    ("fr", ("médecin.", "médecin !!"), "Rows"),
])
def test_shouting_rows_of_marks_and_text_speak_fail_the_tone(language, change, word):
    body = (GOOD_EN if language == "en" else GOOD_FR).replace(*change)
    feedback = criterion(absence(language, body), "tone")
    assert not feedback.passed and word in feedback.text


def test_one_exclamation_mark_and_an_acronym_are_fine():
    body = GOOD_EN.replace("appointment.", "appointment at the CV office!")
    assert criterion(absence("en", body), "tone").passed


@pytest.mark.parametrize("language,body,words", [
    ("en", GOOD_EN.replace("appointment", "apointment").replace("because", "becuase"),
     "apointment, becuase"),
    ("fr", GOOD_FR.replace("rendez-vous", "rendez-vou").replace("médecin", "medecin"),
     "rendez-vou, medecin"),
])
def test_misspellings_are_listed(language, body, words):
    feedback = criterion(absence(language, body), "spelling")
    assert not feedback.passed
    assert set(feedback.params["words"].split(", ")) == set(words.split(", "))


def test_one_slip_is_allowed_by_default_and_names_are_never_flagged():
    one = GOOD_EN.replace("appointment", "apointment")
    assert criterion(absence("en", one), "spelling").passed
    # Maria and Lopez come from the task; Amina Diallo is the learner.
    named = GOOD_EN.replace("Amina", "Amina Diallo").replace("Dear Maria", "Dear Ms Lopez")
    assert criterion(absence("en", named), "spelling").passed


def test_the_score_is_weighted_and_a_missing_essential_fails_whatever_the_score():
    cv = EN_ABSENCE[1].model_copy()  # any document of the Documents folder
    verdict = absence("en", GOOD_EN, attachments=(documents_for(cv, "en")[0],))
    assert not criterion(verdict, "attachments").passed
    assert verdict.score >= 0.8 and not verdict.passed
    verdict = absence("en", GOOD_EN.replace("Kind regards,\n", ""))
    assert verdict.passed and verdict.score < 1.0


# -- phishing and reading ------------------------------------------------------------------

PHISH = task("email-en-stay-safe", "phishing-bank-and-parcel")[1]


def test_reporting_every_fake_with_a_reason_passes():
    verdict = grade_phishing({"bank": {"link"}, "parcel": {"attachment"}}, PHISH)
    assert verdict.passed and verdict.score == 1.0


def test_a_missed_fake_a_wrongly_reported_real_one_and_a_wrong_reason_fail():
    missed = grade_phishing({"bank": {"link"}}, PHISH)
    assert not missed.passed and "Your parcel" in criterion(missed, "found").text
    wrong = grade_phishing({"bank": {"link"}, "parcel": {"attachment"}, "trainer": {"link"}},
                           PHISH)
    assert not wrong.passed and "Photos of the job fair" in criterion(wrong, "kept").text
    reasonless = grade_phishing({"bank": {"attachment"}, "parcel": {"attachment"}}, PHISH)
    assert not reasonless.passed
    assert "account is blocked" in criterion(reasonless, "reasons").text


def test_nothing_reported_is_not_a_pass():
    assert not grade_phishing({}, PHISH).passed


def test_reading_needs_the_right_answer_and_the_attachment_opened():
    exercise = task("email-fr-premiers-mails", "lire-emploi-du-temps")[1]
    assert grade_reading(exercise.answer, True, exercise).passed
    assert not grade_reading(exercise.answer, False, exercise).passed
    assert not grade_reading(0, True, exercise).passed


def test_a_mail_with_no_recipient_fails():
    exercise = EN_ABSENCE[1]
    verdict = verdict_of(Mail(sender=ME, subject="Absence", body=GOOD_EN), exercise, "en")
    assert not criterion(verdict, "addresses").passed and not verdict.passed
