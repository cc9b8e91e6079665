"""The email criteria in Swahili, on the shipped Swahili tasks: greetings and closings of
each register, the near misses a learner really writes, text-speak, and the urgent words
of a Swahili phishing message."""

from dataclasses import replace

import pytest

from tests.skills.email.shipped import catalogue, model_mail, task
from tutor.skills.email.grading import grade_email, grade_phishing, suspicious_signs

CATALOGUE = catalogue()
SW_WRITE_TASKS = [(p, e) for p in CATALOGUE.packs.values() if p.language == "sw"
                  for e in p.exercises if e.kind == "write"]

ABSENCE = task("email-sw-first-emails", "absence")
FRIEND = task("email-sw-first-emails", "thank-a-friend")
GOOD = """Habari Mwalimu Neema,

Samahani, sitaweza kuja darasani Jumatatu tarehe 13 Aprili kwa sababu nina miadi na daktari.

Kwa heshima,
Amina"""
BODY = GOOD.split("\n", 1)[1]  # all but the greeting line


def criterion(verdict, name):
    return next(f for f in verdict.feedback if f.criterion == name)


def graded(body, which=ABSENCE, subject=None):
    pack, exercise = which
    mail = model_mail(exercise, "sw", body)
    if subject:
        mail = replace(mail, subject=subject)
    return grade_email(mail, exercise, "sw", "Amina")


def test_a_good_swahili_email_meets_every_criterion():
    verdict = graded(GOOD, subject="Sitakuja darasani Jumatatu")
    assert [f.text for f in verdict.feedback if not f.passed] == []
    assert {"greeting", "closing"} <= {f.criterion for f in verdict.feedback}
    assert verdict.passed and verdict.score == 1.0


# -- greetings ------------------------------------------------------------------------------

@pytest.mark.parametrize("first,ok", [
    ("Ndugu Neema,", True), ("Mpendwa Mwalimu Neema,", True), ("Habari Mwalimu Neema,", True),
    ("Habari za asubuhi,", True), ("Bi. Wanjiru,", True), ("Bi Wanjiru,", True),
    ("Shikamoo Mwalimu,", True), ("Mheshimiwa,", True),
    ("Neema,", False), ("Amina hapa,", False), ("Samahani,", False),
])
def test_a_formal_email_starts_with_a_formal_greeting(first, ok):
    assert criterion(graded(first + "\n" + BODY), "greeting").passed is ok


def test_no_greeting_gets_a_swahili_example():
    feedback = criterion(graded("Neema,\n" + BODY), "greeting")
    assert not feedback.passed
    assert feedback.params["example"] == "Ndugu"


@pytest.mark.parametrize("word", ["Mambo", "Niaje", "Vipi", "Sasa"])
def test_a_familiar_greeting_is_not_for_a_formal_email(word):
    feedback = criterion(graded(f"{word} Neema,\n" + BODY), "greeting")
    assert not feedback.passed
    assert "is for friends" in feedback.text
    assert feedback.params == {"word": word, "example": "Ndugu ..."}


def test_a_greeting_with_a_typo_gets_a_did_you_mean():
    feedback = criterion(graded("Habri Mwalimu Neema,\n" + BODY), "greeting")
    assert not feedback.passed
    assert "did you mean “Habari”" in feedback.text


@pytest.mark.parametrize("first", ["Mambo Baraka,", "Vipi Baraka,", "Habari Baraka,",
                                   "Sasa Baraka,", "Salamu rafiki yangu,"])
def test_a_friendly_email_may_start_with_mambo_or_vipi(first):
    pack, exercise = FRIEND
    assert exercise.rubric.style == "friendly"
    body = exercise.model_answer.split("\n", 1)[1]
    assert criterion(graded(first + "\n" + body, FRIEND), "greeting").passed


def test_a_friendly_email_still_needs_a_greeting():
    pack, exercise = FRIEND
    body = exercise.model_answer.split("\n", 1)[1]
    assert not criterion(graded("Baraka,\n" + body, FRIEND), "greeting").passed


# -- closings -------------------------------------------------------------------------------

@pytest.mark.parametrize("closing,ok", [
    ("Kwa heshima,", True), ("Wako mtiifu,", True), ("Wako mwaminifu,", True),
    ("Asante,", True), ("Asante sana,", True), ("Wasalaam,", True), ("Kila la heri,", True),
    ("Tutaonana,", False),  # for a friend, not for a formal email
])
def test_a_formal_email_ends_with_a_closing(closing, ok):
    body = GOOD.replace("Kwa heshima,", closing)
    assert criterion(graded(body), "closing").passed is ok


def test_a_missing_closing_fails_with_an_example():
    feedback = criterion(graded(GOOD.replace("Kwa heshima,\n", "")), "closing")
    assert not feedback.passed
    assert feedback.params["example"] == "Wako mwaminifu"
    assert "End with a closing line" in feedback.text


def test_a_friendly_email_may_end_with_tutaonana():
    pack, exercise = FRIEND
    assert criterion(graded(exercise.model_answer, FRIEND), "closing").passed
    cut = exercise.model_answer.replace("Tutaonana,\n", "").replace("Asante sana! ", "")
    assert not criterion(graded(cut, FRIEND), "closing").passed


# -- tone -----------------------------------------------------------------------------------

@pytest.mark.parametrize("change,word", [
    (("Samahani,", "Samahani, nko mgonjwa,"), "“nko”"),
    (("Samahani,", "Pls, samahani,"), "“Pls”"),
    (("daktari.", "daktari, cjui nitapona lini."), "“cjui”"),
    (("Samahani", "SAMAHANI SANA MWALIMU"), "CAPITAL"),
    (("daktari.", "daktari!!"), "Rows"),
])
def test_text_speak_and_shouting_fail_the_tone(change, word):
    feedback = criterion(graded(GOOD.replace(*change)), "tone")
    assert not feedback.passed and word in feedback.text


def test_plain_swahili_and_one_exclamation_mark_are_fine():
    body = GOOD.replace("daktari.", "daktari katika kliniki ya IRC!")
    assert criterion(graded(body), "tone").passed


# -- phishing -------------------------------------------------------------------------------

PHISH_PACK, PHISH = task("email-sw-stay-safe", "phishing-bank-and-parcel")
BANK = next(m for m in PHISH.inbox if m.id == "bank")


def test_the_urgent_words_of_a_swahili_phishing_message_are_found():
    assert "urgency" in suspicious_signs(BANK, "sw")
    calm = BANK.model_copy(update={
        "subject": "Taarifa ya akaunti yako",
        "body": BANK.body.replace("Akaunti yako imefungwa.", "").replace(
            " ndani ya saa 24", "")})
    assert "urgency" not in suspicious_signs(calm, "sw")
    assert "link" in suspicious_signs(calm, "sw")  # the other signs stay


@pytest.mark.parametrize("text,urgent", [
    ("Akaunti yako itafungwa leo.", True),
    ("Lipa mara moja.", True),
    ("Jibu ndani ya saa 24.", True),
    ("Fungua fomu bila kuchelewa.", True),
    ("Hii ni nafasi ya mwisho.", True),
    ("HARAKA: thibitisha nenosiri lako.", True),
    ("Tutaonana Jumatatu saa 4:00 asubuhi.", False),
    ("Picha za maonyesho ziko kwenye tovuti ya kituo.", False),
])
def test_swahili_urgency_words(text, urgent):
    message = BANK.model_copy(update={"subject": "Ujumbe", "body": text})
    assert ("urgency" in suspicious_signs(message, "sw")) is urgent


def test_reporting_the_swahili_fakes_with_a_reason_passes():
    assert grade_phishing({"bank": {"urgency"}, "parcel": {"attachment"}}, PHISH).passed
    assert not grade_phishing({"bank": {"urgency"}}, PHISH).passed
    assert not grade_phishing({"bank": {"urgency"}, "parcel": {"attachment"},
                               "jobcentre": {"sender"}}, PHISH).passed


# -- every Swahili write task ---------------------------------------------------------------

def test_swahili_has_twenty_tasks_of_every_kind_like_english():
    tasks = [e for p in CATALOGUE.packs.values() if p.language == "sw" for e in p.exercises]
    assert len(tasks) >= 20 and len(SW_WRITE_TASKS) >= 15
    kinds = {(e.kind, e.action) for e in tasks}
    assert {("write", "new"), ("write", "reply"), ("write", "reply_all"),
            ("write", "forward"), ("phishing", "new"), ("read", "new")} <= kinds
    english = {(p.id.replace("-en-", "-sw-"), e.id) for p in CATALOGUE.packs.values()
               if p.language == "en" for e in p.exercises}
    assert english <= {(p.id, e.id) for p in CATALOGUE.packs.values() if p.language == "sw"
                       for e in p.exercises}


@pytest.mark.parametrize("pack,exercise", SW_WRITE_TASKS, ids=lambda x: getattr(x, "id", ""))
def test_every_swahili_write_task_checks_greeting_and_closing(pack, exercise):
    rubric = exercise.rubric
    assert rubric.greeting and rubric.closing
    assert not any(f.name in ("salamu", "maneno ya kuaga") for f in rubric.facts)
    verdict = grade_email(model_mail(exercise, "sw"), exercise, "sw", "Amina")
    assert criterion(verdict, "greeting").passed and criterion(verdict, "closing").passed
    # Without its first line, the model answer has no greeting.
    headless = exercise.model_answer.split("\n", 1)[1]
    verdict = grade_email(model_mail(exercise, "sw", headless), exercise, "sw", "Amina")
    assert not criterion(verdict, "greeting").passed


@pytest.mark.parametrize("pack,exercise", SW_WRITE_TASKS, ids=lambda x: getattr(x, "id", ""))
def test_each_task_has_the_style_of_its_english_counterpart(pack, exercise):
    english = CATALOGUE.packs[pack.id.replace("-sw-", "-en-")].exercise(exercise.id)
    assert exercise.rubric.style == english.rubric.style
