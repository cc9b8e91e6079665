"""Which keyboard the keys type like, from the wrong keys of a lesson (issue #16: an
Arabic course typed on a US keyboard was said to "type like AZERTY (France)")."""

from tutor.skills.typing.layout_guess import CLUES, LayoutGuess
from tutor.skills.typing.layouts import load_layout

AR, US, FR, PAD = (load_layout(n) for n in ("ar", "us", "fr", "keypad"))


def typed_on(layout, course, char):
    """What ``layout`` types with the key (and Shift) that makes ``char`` on ``course``."""
    stroke = course.strokes_for(char)[-1]
    key = layout.key(stroke.key.pos)
    return key.shift if stroke.shift else key.base


def test_an_arabic_course_on_a_us_keyboard_is_named_us_not_azerty():
    guess = LayoutGuess(AR, [FR, PAD, US])  # AZERTY listed first, as the files sort
    for char in "بتبت":  # keys where QWERTY and AZERTY type the same letters (f, j)
        guess.wrong_key(char, typed_on(US, AR, char))
    # QWERTY and AZERTY are not told apart yet: what is sure is said
    assert guess.guess is not None and guess.guess.layout is None and guess.guess.latin
    guess.wrong_key("ش", typed_on(US, AR, "ش"))  # the A key: "a" on QWERTY, "q" on AZERTY
    assert guess.guess is not None and guess.guess.layout is US


def test_an_arabic_course_on_an_azerty_keyboard_is_named_azerty():
    guess = LayoutGuess(AR, [FR, PAD, US])
    for char in "شبتك":  # ش and ك are where AZERTY differs (q, m)
        guess.wrong_key(char, typed_on(FR, AR, char))
    assert guess.guess is not None and guess.guess.layout is FR


def test_a_french_course_on_a_qwerty_keyboard():
    guess = LayoutGuess(FR, [AR, PAD, US])
    for n in range(CLUES):
        guess.wrong_key("a", "q")  # AZERTY's A key types q on QWERTY
        assert (guess.guess is None) == (n < CLUES - 1)
    assert guess.guess is not None and guess.guess.layout is US


def test_ordinary_slips_name_no_keyboard():
    guess = LayoutGuess(US, [AR, FR, PAD])
    for expected, typed in (("f", "g"), ("j", "h"), ("d", "s"), ("k", "l")):
        guess.wrong_key(expected, typed)
    assert guess.guess is None
