"""The words of email writing per language, and the file names Tutor never opens."""

from tutor.skills.email.grading import risky_file
from tutor.skills.email.wording import (
    CLOSINGS,
    GREETINGS,
    URGENT,
    table_language,
    words,
    written,
)
from tutor.spelling import _spelling_key
from tutor.text import fold


def test_a_language_without_lists_is_checked_with_the_english_ones():
    assert [table_language(x) for x in ("fr", "ar", "sw", "de", "")] == [
        "fr", "ar", "sw", "en", "en"]


def test_the_lists_are_folded_and_a_message_shows_the_written_word():
    every = [w for table in (GREETINGS, CLOSINGS) for ws in table.values() for w in ws]
    assert all(w == fold(w) for w in every)
    assert written(fold("أهلا")) == "أهلا"  # with its hamza, as the learner writes it
    assert written("dear") == "Dear" and written("not in a list") == "Not in a list"


def test_words_keep_elisions_and_hyphens_together():
    assert words("Bonjour, l'entretien est le rendez-vous n°2 !") == [
        "Bonjour", "l'entretien", "est", "le", "rendez-vous", "n", "2"]


def test_urgency_finds_a_word_from_its_start_and_a_phrase_as_whole_words():
    assert URGENT["en"].search(fold("Your password has EXPIRED"))
    assert URGENT["sw"].search(fold("Lipa leo tu!"))
    assert not URGENT["sw"].search(fold("leo tutakutana"))


def test_files_that_can_hold_a_virus_are_risky_whatever_their_case():
    assert risky_file("Delivery_form.ZIP") and risky_file("invoice.pdf.exe")
    assert not risky_file("Timetable.pdf") and not risky_file("CV.docx")


def test_spelling_keeps_the_accents_that_fold_drops():
    assert _spelling_key("Médecin’s") == "médecin's"
    assert fold("Médecin’s") == "medecin's"
