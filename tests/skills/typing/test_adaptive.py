"""Adaptive practice: unlocking needs speed AND accuracy; text uses only open letters."""

import random

import pytest

from tutor.skills.typing.adaptive import KeyProgress, key_progress, plan
from tutor.skills.typing.engine import TypingSession
from tutor.skills.typing.textgen import LetterModel, practice_text, words_typeable

ORDER = list("asdfjkleitrn")
HOME = 7


def good(wpm=30.0, accuracy=99.0):
    return KeyProgress(wpm, accuracy, samples=3)


def test_home_row_is_open_from_the_start_and_unmeasured_letters_are_the_focus():
    result = plan({}, ORDER, HOME)
    assert result.unlocked == tuple("asdfjkl")
    assert result.next_letter == "e"
    assert result.focus == "l"  # none measured: the newest


def test_speed_alone_does_not_unlock():
    progress = {c: good(wpm=40, accuracy=90) for c in "asdfjkl"}
    assert plan(progress, ORDER, HOME).unlocked == tuple("asdfjkl")


def test_accuracy_alone_does_not_unlock():
    progress = {c: good(wpm=20, accuracy=100) for c in "asdfjkl"}
    assert plan(progress, ORDER, HOME).unlocked == tuple("asdfjkl")


def test_speed_and_accuracy_together_unlock_one_letter_at_a_time():
    progress = {c: good() for c in "asdfjkl"}
    result = plan(progress, ORDER, HOME)
    assert result.unlocked == tuple("asdfjkle")
    assert result.focus == "e"  # the new letter, not measured yet
    progress["e"] = good()
    assert plan(progress, ORDER, HOME).unlocked == tuple("asdfjklei")


def test_the_weakest_letter_is_the_focus():
    progress = {c: good() for c in "asdfjkl"}
    progress["k"] = good(wpm=20, accuracy=99)
    progress["d"] = good(wpm=30, accuracy=85)  # accuracy counts for more
    assert plan(progress, ORDER, HOME).focus == "d"


def test_the_target_is_adjustable():
    progress = {c: good(wpm=18, accuracy=96) for c in "asdfjkl"}
    assert len(plan(progress, ORDER, HOME).unlocked) == 7
    assert len(plan(progress, ORDER, HOME, target_wpm=15).unlocked) == 8


def typed_log(text, seconds_per_char, wrong_every=0):
    session = TypingSession(text)
    t = 0.0
    for index, char in enumerate(text):
        if wrong_every and index % wrong_every == 0:
            session.type_char("#", t)
            t += seconds_per_char
        session.type_char(char, t)
        t += seconds_per_char
    return session.log


def test_key_progress_from_attempt_logs_is_smoothed():
    slow = typed_log("fjfjfjfjfj", 1.0)  # 12 WPM
    fast = typed_log("fjfjfjfjfj", 0.2)  # 60 WPM
    progress = key_progress([slow, fast])
    assert progress["f"].samples == 2
    # 12 + 0.3 * (60 - 12) = 26.4
    assert progress["f"].wpm == pytest.approx(26.4, rel=0.02)
    assert progress["f"].accuracy == 100
    sloppy = key_progress([typed_log("fjfjfjfjfj", 0.2, wrong_every=2)])
    assert sloppy["f"].accuracy == 50 and sloppy["j"].accuracy == 100


def test_letter_model_makes_word_like_strings_of_allowed_letters():
    model = LetterModel(["ask", "sad", "lad", "flask", "salad", "dad", "fall"])
    rng = random.Random(1)
    allowed = set("asdfl")
    for _ in range(50):
        word = model.pseudo_word(rng, allowed, must="f")
        assert set(word) <= allowed and "f" in word and len(word) >= 2


@pytest.mark.parametrize("language", ["en", "fr", "sw", "ar"])
def test_practice_text_uses_only_open_letters_and_the_focus(language):
    from tutor.skills.typing.textgen import word_list

    words = word_list(language)
    if not words:
        pytest.fail(f"no word list for {language} in assets/words")
    letters = {
        "en": "asdfjklei", "fr": "qsdfjklmei", "sw": "asdfjklai", "ar": "شسيبلاتنمك",
    }[language]
    focus = letters[-1]
    rng = random.Random(7)
    text = practice_text(language, letters + " ", 300, rng, focus=focus)
    assert len(text) >= 300
    assert set(text) <= set(letters + " ")
    chunks = text.split()
    with_focus = sum(1 for w in chunks if focus in w)
    assert with_focus / len(chunks) > 0.5
    real = set(words_typeable(words[:4000], letters))
    assert real, "some real words use these letters"
    assert sum(1 for w in chunks if w in real) / len(chunks) > 0.3


def test_the_plan_from_attempts_counts_only_tries_on_the_same_keyboard():
    from tutor.skills.typing.adaptive import letter_order, plan_for
    from tutor.skills.typing.layouts import load_layout

    us = load_layout("us")
    order, home = letter_order("en", us)
    fast = TypingSession(" ".join(order[:home] * 6))  # each letter 6 times
    for n, char in enumerate(fast.text):
        fast.type_char(char, n * 0.1)  # 120 WPM, no error
    on_us = {"layout": "us", "keys": fast.log_as_lists()}
    on_fr = {"layout": "fr", "keys": fast.log_as_lists()}
    assert len(plan_for("en", us, [on_fr]).unlocked) == home  # another keyboard's try
    assert len(plan_for("en", us, [on_us] * 3).unlocked) == home + 1
    assert len(plan_for("en", us, [on_us] * 3, target_wpm=200).unlocked) == home
    assert plan_for("en", us, []) == plan({}, order, home)
