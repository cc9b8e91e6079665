"""How the mail client writes addresses, subjects and dates on the screen (pure rules:
no screen). The rendering itself is checked in tests/ui/test_email.py."""

from datetime import UTC, datetime

from tutor.skills.email.mail import Mail, forward, reply_to
from tutor.skills.email.screen_text import (
    FSI,
    LRI,
    LRM,
    PDI,
    RLM,
    address_text,
    date_pattern,
    direction,
    isolate,
    name_text,
    plain,
    subject_text,
)

ARABIC = "ورشة كتابة السيرة الذاتية"


# -- directions ---------------------------------------------------------------------------

def test_left_to_right_text_on_a_left_to_right_screen_is_left_as_written():
    for text in ("Re: CV workshop", "Fatima <fatima@centre.example>", "Maria Lopez"):
        assert subject_text(text, False) == text
        assert address_text(text, False) == text
        assert name_text(text, False) == text


def test_a_latin_name_and_address_on_an_arabic_screen_are_one_left_to_right_run():
    """Not "<Fatima <fatima@…": the name isolated, the address with its brackets left
    to right inside it."""
    shown = address_text("Fatima <fatima@centre.example>", True)
    assert shown == LRM + FSI + "Fatima " + LRI + "<fatima@centre.example>" + PDI + PDI
    assert plain(shown) == "Fatima <fatima@centre.example>"


def test_an_arabic_name_keeps_its_direction_and_the_address_stays_left_to_right():
    shown = address_text("ريم الخطيب <reem.khatib@centre.example>", False)
    assert shown == (RLM + FSI + "ريم الخطيب " + LRI + "<reem.khatib@centre.example>" + PDI
                     + PDI)


def test_a_bare_address_and_a_quoted_name():
    assert address_text("reem@centre.example", True) == LRI + "reem@centre.example" + PDI
    assert plain(address_text('"Bright Bank" <x@bank.example>', True)) == (
        "Bright Bank <x@bank.example>")


def test_re_and_fwd_are_left_to_right_protocol_words_in_a_right_to_left_subject():
    """The colon stays after "Re" (not ":Re"), and the subject reads right to left."""
    shown = subject_text("Re: " + ARABIC, True)
    assert shown == RLM + FSI + LRI + "Re:" + PDI + " " + ARABIC + PDI
    assert direction(shown) == "rtl"
    chained = subject_text("Re: Fwd: " + ARABIC, True)
    assert LRI + "Re: Fwd:" + PDI in chained
    assert plain(subject_text("TR : " + ARABIC, True)) == "TR : " + ARABIC


def test_a_latin_subject_on_an_arabic_screen_is_isolated_left_to_right():
    """"Are you free on Friday?" must not end "?Are you..." in a right-to-left line."""
    shown = subject_text("Are you free on Friday?", True)
    assert shown == LRM + FSI + "Are you free on Friday?" + PDI
    assert direction(shown) == "ltr"
    # "URGENT:" is a word of the subject, not a protocol prefix: one run with it.
    assert subject_text("URGENT: your account is blocked", True) == (
        LRM + FSI + "URGENT: your account is blocked" + PDI)


def test_arabic_text_is_isolated_even_on_a_left_to_right_screen():
    assert plain(subject_text("Re: " + ARABIC, False)) == "Re: " + ARABIC
    assert subject_text("Re: " + ARABIC, False) != "Re: " + ARABIC
    assert isolate("١١:٢٠ ص").startswith(RLM + FSI)


def test_direction_skips_isolated_runs():
    assert direction(LRI + "Re:" + PDI + " " + ARABIC) == "rtl"
    assert direction("12:30") is None


# -- dates --------------------------------------------------------------------------------

def test_one_date_pattern_with_the_year_in_full():
    assert date_pattern("M/d/yy", "h:mm AP") == "M/d/yyyy h:mm AP"  # en_US: not 4/6/26
    assert date_pattern("dd/MM/yyyy", "HH:mm") == "dd/MM/yyyy HH:mm"  # fr, sw: as they are
    assert date_pattern("d\u200f/M\u200f/yyyy", "h:mm AP") == "d\u200f/M\u200f/yyyy h:mm AP"
    assert date_pattern("dd.MM.yy", "HH:mm") == "dd.MM.yyyy HH:mm"


def test_a_reply_and_a_forward_write_the_date_as_the_screen_does():
    original = Mail(sender="Maria Lopez <maria@centre.example>", to=("me@x.example",),
                    subject="CV workshop", body="Hello",
                    date=datetime(2026, 4, 6, 11, 20, tzinfo=UTC))
    shown = "4/6/2026 11:20 AM"
    assert f"On {shown}, Maria Lopez wrote:" in reply_to(original, "me@x.example", "en",
                                                          when=shown).body
    assert f"Date: {shown}" in forward(original, "me@x.example", "en", shown).body
    # Without the screen's words (tutor grade, files): day/month/year as before.
    assert "On 06/04/2026 11:20, Maria Lopez wrote:" in reply_to(
        original, "me@x.example", "en").body
