"""Saying yes or no, per language: negation and its scope, and the opposite error (a
negation that accepts: "I will not miss it", "sitakosa", "لا مانع لدي")."""

import pytest

from tutor.skills.email.stance import clauses, read

YES = {
    "en": ["Yes, I will come on Thursday.", "No problem, I will come.", "I will not miss it!",
           "I am pleased to confirm that I will attend the interview.", "I can't wait to come!",
           "I will be at the meeting on Wednesday.", "Thank you, I accept your offer."],
    "fr": ["Oui, je viendrai jeudi.", "Bien sûr, je viendrai, je ne vais pas le manquer !",
           "Je n'y manquerai pas.", "Je vous confirme ma présence à l'entretien.",
           "Je serai présente à la réunion mercredi.", "J'accepte avec plaisir."],
    "ar": ["نعم، سأحضر الورشة يوم الثلاثاء.", "لا مانع لدي، سأكون في الورشة.",
           "أؤكد حضوري للمقابلة.", "أكيد، سآتي يوم الجمعة.", "يسعدني أن أقبل العرض."],
    "sw": ["Ndiyo, nitakuja Jumamosi.", "Nitakuwepo Alhamisi, sitakosa.",
           "Nathibitisha kwamba nitafika kwenye usaili.", "Nakubali kwa furaha.",
           "Nitahudhuria mkutano siku ya Jumatano."],
}
NO = {
    "en": ["Sorry, I will not come on Thursday.", "I cannot accept.",
           "Thanks, but I'm afraid I can't make it on Thursday.", "I won't be able to come.",
           "Unfortunately I have to decline your offer.", "I will be absent on Monday."],
    "fr": ["Je ne pourrai pas venir jeudi.", "Je ne peux pas accepter votre offre.",
           "Je peux pas venir.", "Je dois malheureusement refuser.", "Je serai absente lundi."],
    "ar": ["لن أحضر.", "لا أستطيع الحضور.", "أعتذر، لن أتمكن من حضور الدرس يوم الأحد.",
           "يؤسفني أنني لا أستطيع قبول العرض.", "أعتذر عن الحضور."],
    "sw": ["Siwezi kuja.", "Sitakuja Alhamisi.", "Samahani, sitaweza kuja darasani.",
           "Siwezi kuikubali nafasi hii.", "Sitakuwepo Jumatatu.", "Nakataa kwa heshima."],
}


@pytest.mark.parametrize("language,text", [(k, t) for k, ts in YES.items() for t in ts])
def test_these_say_yes(language, text):
    reading = read(text, language)
    assert reading.yes and not reading.no, reading
    assert reading.says("accept") and reading.says("confirm")
    assert not reading.says("decline")


@pytest.mark.parametrize("language,text", [(k, t) for k, ts in NO.items() for t in ts])
def test_these_say_no(language, text):
    reading = read(text, language)
    assert reading.no, reading
    assert reading.says("decline") and reading.says("cancel")
    assert not reading.says("accept")


@pytest.mark.parametrize("language,text", [
    ("en", "I am sorry, but I cannot accept it because I have accepted another job."),
    ("fr", "Je ne peux pas l'accepter car j'ai déjà accepté un autre poste."),
    ("ar", "يؤسفني أنني لا أستطيع قبوله، لأنني قبلت وظيفة أخرى."),
    ("sw", "Samahani, siwezi kuikubali kwa sababu nimeshakubali kazi nyingine."),
])
def test_a_decline_that_mentions_another_acceptance_is_a_decline(language, text):
    assert read(text, language).says("decline")
    assert not read(text, language).says("accept")


def test_a_negation_reaches_the_end_of_its_clause_only():
    assert read("Don't worry, I will come.", "en").says("accept")
    assert read("Je n'ai pas de voiture, mais je viendrai.", "fr").says("accept")
    assert read("لم أنس الموعد، سأحضر.", "ar").says("accept")


def test_a_sentence_that_says_neither_is_not_a_yes():
    assert not read("Thank you for your email. Thursday.", "en").says("accept")
    assert not read("Thank you for your email.", "en").says("decline")


def test_clauses_keep_times_whole():
    assert clauses("I will come at 10:00. See you.", "en") == [
        "i will come at 10:00", "see you"]
