"""The Arabic greeting, closing and urgency checks, on the shipped Arabic tasks: real
greetings and closings a learner in Jordan writes, and near misses."""

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from tests.skills.email.shipped import ROOT, catalogue, model_mail, task
from tutor.skills.email.grading import grade_email, suspicious_signs
from tutor.skills.email.model import InboxMessage

CATALOGUE = catalogue()
AR_PACKS = [p for p in CATALOGUE.packs.values() if p.language == "ar"]
AR_WRITE = [(p, e) for p in AR_PACKS for e in p.exercises if e.kind == "write"]

GOOD = """السيدة ريم المحترمة،

أعتذر، لن أستطيع حضور الدرس يوم الأحد 12 نيسان لأن لدي موعدا عند الطبيب.

مع التحية،
أمينة"""
GOOD_BODY = GOOD.split("\n", 1)[1]  # all but the greeting line
FRIEND = """أهلا لمى،

شكرا جزيلا على الدعوة! نعم، سآتي يوم الجمعة.

إلى اللقاء،
أمينة"""


def criterion(verdict, name):
    return next(f for f in verdict.feedback if f.criterion == name)


def absence(body):
    """The Arabic absence task (formal), answered with this body."""
    _, exercise = task("email-ar-first-emails", "absence")
    mail = replace(model_mail(exercise, "ar", body), subject="غياب يوم الأحد")
    return grade_email(mail, exercise, "ar", "أمينة")


def lunch(body):
    """The reply to a friend (friendly), answered with this body."""
    _, exercise = task("email-ar-first-emails", "thank-a-friend")
    return grade_email(model_mail(exercise, "ar", body), exercise, "ar", "أمينة")


def test_a_good_formal_email_meets_every_criterion():
    verdict = absence(GOOD)
    assert [f.text for f in verdict.feedback if not f.passed] == []
    assert criterion(verdict, "greeting").passed and criterion(verdict, "closing").passed
    assert verdict.passed and verdict.score == 1.0


# -- greetings ------------------------------------------------------------------------

@pytest.mark.parametrize("first", [
    "السيدة ريم المحترمة،",
    "حضرة الأستاذة ريم المحترمة،",
    "الأستاذة ريم،",
    "الاستاذة ريم،",  # without the hamza, as many type it
    "أستاذة ريم،",
    "استاذة ريم،",
    "صباح الخير أستاذة ريم،",
    "مساء الخير،",
    "السلام عليكم،",  # the Arabic comma straight after the greeting
    "السلام عليكم ورحمة الله،",
    "تحية طيبة وبعد،",
    "مرحباً أستاذة ريم،",  # with tanween
    "مرحبا، أستاذة ريم",
    "عزيزتي ريم،",
])
def test_a_formal_greeting_on_the_first_line_passes(first):
    feedback = criterion(absence(first + "\n" + GOOD_BODY), "greeting")
    assert feedback.passed, first


@pytest.mark.parametrize("first", ["هاي ريم،", "هاي،", "هلا ريم،", "أهلين ريم"])
def test_a_familiar_greeting_is_not_for_a_formal_email(first):
    feedback = criterion(absence(first + "\n" + GOOD_BODY), "greeting")
    assert not feedback.passed
    assert "is for friends" in feedback.text
    assert "“السيد ...”" in feedback.text  # the polite start it suggests


def test_hay_is_named_in_the_message():
    feedback = criterion(absence("هاي ريم،\n" + GOOD_BODY), "greeting")
    assert feedback.text.startswith("“هاي” is for friends.")


@pytest.mark.parametrize("first", [
    "ريم،",  # a name alone
    "أعتذر، لن أستطيع حضور الدرس يوم الأحد.",  # straight to the point
])
def test_no_greeting_fails_with_an_example(first):
    feedback = criterion(absence(first + "\n" + GOOD_BODY), "greeting")
    assert not feedback.passed
    assert "Start with a greeting on the first line" in feedback.text
    assert "“السيد”" in feedback.text


def test_a_greeting_in_the_middle_of_the_email_is_not_the_greeting():
    body = "ريم،\nصباح الخير.\n" + GOOD_BODY
    assert not criterion(absence(body), "greeting").passed


def test_a_misspelt_greeting_gets_a_did_you_mean():
    feedback = criterion(absence("مرحبه ريم،\n" + GOOD_BODY), "greeting")
    assert not feedback.passed and "did you mean “مرحبا”" in feedback.text


@pytest.mark.parametrize("first", ["أهلا لمى،", "اهلا لمى،", "هلا لمى،", "مرحبا يا لمى،",
                                   "صديقتي العزيزة لمى،", "السلام عليكم،"])
def test_a_friendly_email_may_start_like_a_friend(first):
    body = FRIEND.split("\n", 1)[1]
    assert criterion(lunch(first + "\n" + body), "greeting").passed, first


def test_the_friendly_model_answer_passes_and_hay_is_not_a_formal_greeting():
    verdict = lunch(FRIEND)
    assert [f.text for f in verdict.feedback if not f.passed] == []
    # the same "هلا" that is fine for a friend is too familiar for the trainer
    assert not criterion(absence("هلا ريم،\n" + GOOD_BODY), "greeting").passed


# -- closings -------------------------------------------------------------------------

@pytest.mark.parametrize("closing", [
    "مع التحية،", "مع خالص التحية،", "مع أطيب التحيات،", "مع اطيب التحيات،",
    "مع الشكر والتقدير،", "وتفضلوا بقبول فائق الاحترام،", "مع الاحترام،", "شكرا لك،",
    "شكراً جزيلاً،", "تحياتي،", "مع تحياتي،",
])
def test_a_formal_closing_in_the_last_lines_passes(closing):
    body = GOOD.replace("مع التحية،", closing)
    assert criterion(absence(body), "closing").passed, closing


def test_a_missing_closing_fails_with_an_example():
    body = GOOD.replace("مع التحية،\n", "")
    feedback = criterion(absence(body), "closing")
    assert not feedback.passed
    assert feedback.text == "End with a closing line such as “مع خالص التحية”, then your name."
    assert absence(body).score < 1.0


def test_a_closing_at_the_top_is_not_a_closing():
    body = """السيدة ريم المحترمة، مع التحية

أعتذر، لن أستطيع حضور الدرس يوم الأحد 12 نيسان.
لدي موعد عند الطبيب.
الموعد الساعة 10:00.
سأعود يوم الاثنين.
أمينة"""
    assert not criterion(absence(body), "closing").passed


@pytest.mark.parametrize("closing,ok", [
    ("إلى اللقاء،", True), ("الى اللقاء،", True), ("مع السلامة،", True),
    ("أراكِ يوم الجمعة،", True), ("نلتقي يوم الجمعة،", True), ("لمى،", False),
])
def test_a_friendly_closing(closing, ok):
    body = f"أهلا لمى،\n\nنعم، سآتي يوم الجمعة الساعة الواحدة.\n\n{closing}\nأمينة"
    assert criterion(lunch(body), "closing").passed is ok, closing


# -- phishing -------------------------------------------------------------------------

def message(body, subject="تنبيه من البنك", sender="بنك الأمان <info@alaman-bank.example>"):
    return InboxMessage(id="m", sender=sender, subject=subject, date="2026-04-16", body=body,
                        phishing=True, clues=["urgency"])


@pytest.mark.parametrize("body", [
    "يرجى تأكيد حسابك فورا.",
    "يرجى تأكيد حسابك فوراً.",  # with tanween
    "أكّد بياناتك خلال 24 ساعة.",
    "هذه آخر فرصة لتأكيد حسابك.",
    "هذه اخر فرصة لتأكيد حسابك.",  # without the madda
    "تم إيقاف بطاقتك.",
    "تم ايقاف بطاقتك.",  # without the hamza
    "العرض ينتهي الليلة.",
])
def test_arabic_urgency_words_are_seen(body):
    assert "urgency" in suspicious_signs(message(body), "ar"), body


def test_urgency_in_the_subject_is_seen_and_a_calm_message_has_none():
    assert "urgency" in suspicious_signs(message("يرجى قراءة الرسالة.", subject="عاجل: حسابك"),
                                         "ar")
    calm = message("نذكّرك بموعدك يوم الاثنين الساعة 10:00 في الفرع.", subject="موعدك")
    assert suspicious_signs(calm, "ar") == set()


def test_the_arabic_bank_fake_shows_its_signs_and_the_real_mail_none():
    pack = CATALOGUE.packs["email-ar-stay-safe"]
    inbox = {m.id: m for m in pack.exercise("phishing-bank-and-parcel").inbox}
    assert suspicious_signs(inbox["bank"], "ar") == {"urgency", "link", "sender"}
    assert "urgency" in suspicious_signs(inbox["parcel"], "ar")
    assert suspicious_signs(inbox["trainer"], "ar") == set()
    assert suspicious_signs(inbox["jobcentre"], "ar") == set()


def test_the_arabic_stay_safe_pack_mirrors_the_english_one():
    english = CATALOGUE.packs["email-en-stay-safe"]
    arabic = CATALOGUE.packs["email-ar-stay-safe"]
    assert [(e.id, e.kind, e.action) for e in arabic.exercises] == [
        (e.id, e.kind, e.action) for e in english.exercises]
    for en, ar in zip(english.exercises, arabic.exercises, strict=True):
        assert [(m.id, m.phishing, sorted(m.clues)) for m in ar.inbox] == [
            (m.id, m.phishing, sorted(m.clues)) for m in en.inbox], en.id
        for en_message, ar_message in zip(en.inbox, ar.inbox, strict=True):
            # at least the signs the English message shows
            assert suspicious_signs(en_message, "en") <= suspicious_signs(ar_message, "ar")


# -- every Arabic write task --------------------------------------------------------------

def test_no_arabic_pack_turns_the_greeting_or_closing_off():
    for path in sorted((ROOT / "lessons" / "email" / "ar").glob("*.toml")):
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        for exercise in data["exercises"]:
            rubric = exercise.get("rubric", {})
            assert "greeting" not in rubric and "closing" not in rubric, (path.name,
                                                                          exercise["id"])


@pytest.mark.parametrize("pack,exercise", AR_WRITE, ids=lambda x: getattr(x, "id", ""))
def test_every_arabic_write_task_checks_greeting_and_closing(pack, exercise):
    assert exercise.rubric.greeting and exercise.rubric.closing
    verdict = grade_email(model_mail(exercise, "ar"), exercise, "ar", "أمينة")
    assert criterion(verdict, "greeting").passed and criterion(verdict, "closing").passed
    # the same answer without its first line (the greeting) loses the greeting
    body = exercise.model_answer.split("\n", 1)[1].strip()
    verdict = grade_email(model_mail(exercise, "ar", body), exercise, "ar", "أمينة")
    assert not criterion(verdict, "greeting").passed


def test_only_the_email_to_a_friend_is_friendly():
    friendly = {e.id for _, e in AR_WRITE if e.rubric.style == "friendly"}
    english = {e.id for p in CATALOGUE.packs.values() if p.language == "en"
               for e in p.exercises if e.rubric and e.rubric.style == "friendly"}
    assert friendly == english == {"thank-a-friend"}


def test_at_least_twenty_arabic_tasks_of_every_kind():
    tasks = [e for p in AR_PACKS for e in p.exercises]
    assert len(tasks) >= 20
    kinds = {(e.kind, e.action) for e in tasks}
    assert {("write", "new"), ("write", "reply"), ("write", "reply_all"),
            ("write", "forward"), ("phishing", "new"), ("read", "new")} <= kinds


# -- spellings learners use, and hints in the written form ---------------------------------

@pytest.mark.parametrize("closing", ["مع التحيه،", "مع التحية،", "مع خالص الاحترام،"])
def test_ta_marbuta_written_as_ha_still_closes(closing):
    assert criterion(absence(GOOD.replace("مع التحية،", closing)), "closing").passed


@pytest.mark.parametrize("first", ["هاي لمى،", "أهلين لمى،", "يا هلا لمى،"])
def test_familiar_greetings_are_fine_for_a_friend(first):
    assert criterion(lunch(FRIEND.replace("أهلا لمى،", first)), "greeting").passed


def test_hints_show_the_word_as_it_is_written_with_its_hamza():
    feedback = criterion(lunch(FRIEND.replace("أهلا لمى،", "اهلن لمى،")), "greeting")
    assert not feedback.passed
    assert feedback.params["word"] in ("أهلا", "هلا", "أهلين")
    feedback = criterion(absence("هاي، " + GOOD_BODY), "greeting")
    assert feedback.params["word"] == "هاي"  # the Arabic comma is not part of the word
