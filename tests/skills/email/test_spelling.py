"""Offline spelling: misspellings found where they are, names and addresses left alone."""

import time

import pytest

from tutor.spelling import (
    capitals,
    misspellings,
    names_in,
    preload,
    suggestions,
    supported,
)


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
    assert suggestions("tommorow", "en")[0] == "tomorrow"
    assert suggestions("Tommorow", "en")[0] == "Tomorrow"


@pytest.mark.parametrize("language,word,right", [
    ("en", "recieve", "receive"), ("fr", "absance", "absence"), ("fr", "medecin", "médecin"),
    ("sw", "asanre", "asante"), ("ar", "الطبيت", "البيت")])
def test_suggestions_in_every_language_come_within_a_second_or_so(language, word, right):
    preload(language)
    start = time.perf_counter()
    assert right in suggestions(word, language)
    assert time.perf_counter() - start < 2.5


@pytest.mark.parametrize("language,text,wrong", [
    ("en", "Thank you for the invitation. I will recieve it tommorow.", ["recieve", "tommorow"]),
    ("fr", "Merci pour l'invitation, je viendrai à l'atelier. J'ai une absance.", ["absance"]),
    ("ar", "شكرا على الدعوة. نعم، سأحضر الورشة يوم الثلاثاء عند الطبيت.", ["الطبيت"]),
    ("sw", "Asante kwa mwaliko. Ndiyo, nitakuja kwenye warsha, sitakosa. Asanre.", ["Asanre"]),
])
def test_every_language_is_checked_with_its_hunspell_dictionary(language, text, wrong):
    assert supported(language)
    assert words(misspellings(text, language)) == wrong


def test_swahili_verbs_built_from_prefixes_are_words():
    text = ("Samahani, sitaweza kuja. Nimeshakubali kazi nyingine. Nathibitisha kwamba "
            "nitafika. Sitakosa. Ninavutiwa sana na kazi hii.")
    assert misspellings(text, "sw") == []


def test_a_word_that_only_lacks_its_capital_is_writing_advice_not_a_misspelling():
    assert misspellings("ok i come thursday", "en") == []
    assert capitals("ok i come thursday", "en") == ["OK", "I", "Thursday"]
    assert capitals("Thank you. see you on Monday, Maria.", "en") == ["See"]
    assert capitals("je viendrai jeudi.", "fr") == ["Je"]  # French days take no capital
    assert capitals("سأحضر يوم الثلاثاء", "ar") == []


def test_a_200_word_email_is_checked_quickly():
    misspellings("warm up", "en")
    text = " ".join(["Thank you for the interview yesterday, I am very interested."] * 20)
    start = time.perf_counter()
    misspellings(text, "en")
    assert time.perf_counter() - start < 0.05  # measured well under 5 ms


def test_released_dictionaries_load_again_when_needed():
    from tutor import spelling

    assert [m.word for m in spelling.misspellings("I wil come", "en")] == ["wil"]
    spelling.release()
    assert spelling._dictionary.cache_info().currsize == 0
    assert [m.word for m in spelling.misspellings("I wil come", "en")] == ["wil"]
