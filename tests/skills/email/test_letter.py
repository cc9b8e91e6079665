"""The frame of a letter by its place: the closing just above the name, the name at the
end; a body sentence is not a closing."""

import pytest

from tutor.skills.email.letter import ending

NAMES = ["Amina Diallo <amina.diallo@mail.example>"]


@pytest.mark.parametrize("language,text,closing,signature", [
    ("en", "Dear Maria,\n\nYes, I will come.\n\nThanks,\nAmina", "Thanks,", "Amina"),
    ("en", "Dear Maria,\n\nYes, I will come.\n\nBest regards,\nAmina Diallo\nFresh Foods\n"
     "+44 20 7946 0000", "Best regards,", "Amina Diallo Fresh Foods +44 20 7946 0000"),
    ("en", "Dear Maria,\n\nYes, I will come.\n\nKind regards, Amina", "Kind regards, Amina",
     "amina"),
    ("en", "Dear Maria,\n\nYes, I will come.\n\nKind regards,", "Kind regards,", ""),
    ("en", "Dear Maria,\n\nYes, I will come. Thank you for the invitation.", "", ""),
    ("en", "Dear Maria,\n\nThank you for the invitation. I will come.\n\nAmina", "", "Amina"),
    ("fr", "Bonjour Sophie,\n\nOui.\n\nMerci,\nAmina", "Merci,", "Amina"),
    ("fr", "Madame,\n\nJe postule.\n\nJe vous prie d'agréer, Madame, mes salutations "
     "distinguées.\nAmina Diallo", "Je vous prie d'agréer, Madame, mes salutations "
     "distinguées.", "Amina Diallo"),
    ("fr", "Bonjour Sophie,\n\nOui, je viendrai. J'ai hâte d'y être.", "", ""),
    ("ar", "مرحبا ريم،\n\nسأحضر.\n\nمع الشكر،\nأمينة", "مع الشكر،", "أمينة"),
    ("ar", "مرحبا ريم،\n\nسأحضر. أنا متحمسة جدا للورشة.", "", ""),
    ("sw", "Habari Neema,\n\nNitakuja.\n\nAsante,\nAmina", "Asante,", "Amina"),
    ("sw", "Habari Neema,\n\nNitakuja.\n\nWako,\nAmina Juma", "Wako,", "Amina Juma"),
    ("sw", "Habari Neema,\n\nNitakuja. Nina hamu sana ya kujifunza.", "", ""),
])
def test_the_closing_and_the_name_are_found_by_their_place(language, text, closing, signature):
    found = ending(text, language, NAMES)
    assert (found.closing, found.signature) == (closing, signature)


def test_a_signature_after_the_delimiter_is_the_name():
    found = ending("Dear Maria,\n\nI will come.\n\nKind regards,\n-- \nAmina Diallo", "en")
    assert found.closing == "Kind regards," and found.signature == "Amina Diallo"
