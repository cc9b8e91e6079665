"""Offline spelling: misspellings found where they are, names and addresses left alone."""

import time

from tutor.skills.email.spelling import misspellings, names_in, suggestions, supported


def words(found):
    return [m.word for m in found]


def test_english_misspellings_are_found_with_their_place():
    text = "I will recieve the parcel tommorow."
    found = misspellings(text, "en")
    assert words(found) == ["recieve", "tommorow"]
    assert text[found[0].start:found[0].start + found[0].length] == "recieve"


def test_french_elisions_hyphens_and_accents():
    text = "Aujourd'hui j'ai l'entretien jusqu'à midi, c'est-à-dire ce rendez-vous. Je suis désolée."
    assert misspellings(text, "fr") == []
    assert words(misspellings("Je suis desolée pour l'absance.", "fr")) == ["desolée", "absance"]


def test_addresses_links_files_numbers_and_acronyms_are_skipped():
    text = "Write to maria.lopez@centre.example, see www.centre.example/xyzq, CV.pdf, RH, 14h30."
    assert misspellings(text, "en") == []


def test_names_of_the_task_are_never_flagged():
    text = "Dear Ms Njeri, I met Mr Otieno in Kakuma."
    assert set(words(misspellings(text, "en"))) >= {"Njeri", "Otieno"}
    allowed = names_in(["Ruth Njeri <ruth.njeri@cityhotel.example>", "Peter Otieno, Kakuma"])
    assert misspellings(text, "en", allowed) == []


def test_suggestions_keep_the_learners_capital():
    assert suggestions("tommorow", "en") == ["tomorrow"]  # not the rare "tommyrot"
    assert suggestions("Tommorow", "en")[0] == "Tomorrow"


def test_arabic_is_supported_and_swahili_is_not_flagged_at_all():
    assert supported("ar") and not supported("sw")
    assert misspellings("Habari yako rafiki", "sw") == []


def test_a_200_word_email_is_checked_quickly():
    misspellings("warm up", "en")
    text = " ".join(["Thank you for the interview yesterday, I am very interested."] * 20)
    start = time.perf_counter()
    misspellings(text, "en")
    assert time.perf_counter() - start < 0.05  # measured well under 5 ms
