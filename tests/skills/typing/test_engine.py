"""The typing metrics, on examples worked out by hand."""

import pytest

from tutor.skills.typing.engine import (
    Outcome,
    TypingSession,
    log_from_lists,
    metrics_from_log,
)
from tutor.skills.typing.grading import stars


def type_at(session, events):
    """events: (char or "\\b", time) pairs."""
    out = []
    for char, time in events:
        out.append(session.backspace(time) if char == "\b" else session.type_char(char, time))
    return out


def test_perfect_typing_at_a_steady_rhythm():
    # 11 characters, one every 0.4 s: 10 timed gaps of 0.4 s = 4 s, 10 characters.
    session = TypingSession("asdf jkl; a")
    type_at(session, [(c, i * 0.4) for i, c in enumerate("asdf jkl; a")])
    m = session.metrics()
    assert session.finished
    assert m.keystrokes == 11 and m.correct == 11 and m.errors == 0
    assert m.accuracy == 100
    assert m.active_seconds == pytest.approx(4.0)
    assert m.cpm == pytest.approx(150)  # 10 characters in 4 s
    assert m.wpm == pytest.approx(30)


def test_stop_on_error_counts_the_wrong_key_and_waits_for_the_right_one():
    session = TypingSession("fjf")
    outcomes = type_at(session, [("f", 0), ("k", 1), ("j", 2), ("f", 3)])
    assert outcomes == [Outcome.CORRECT, Outcome.WRONG, Outcome.CORRECT, Outcome.CORRECT]
    m = session.metrics()
    assert m.keystrokes == 4 and m.correct == 3
    assert m.accuracy == 75
    assert m.errors == 1  # position 1
    # gaps: 1 (wrong, no move), 1 (j moves on), 1 (f moves on): 3 s for 2 characters
    assert m.active_seconds == 3 and m.characters == 2
    assert m.cpm == pytest.approx(40)
    assert m.per_key["j"].presses == 2 and m.per_key["j"].errors == 1
    assert m.per_key["j"].mean_time == 1.0


def test_mark_and_continue_with_a_correction():
    session = TypingSession("abc", stop_on_error=False)
    type_at(session, [("a", 0), ("x", 0.5), ("\b", 1.0), ("b", 1.5), ("c", 2.0)])
    assert session.finished
    assert session.typed == ["a", "b", "c"]
    m = session.metrics()
    assert m.keystrokes == 4  # the backspace is a correction, not a keystroke
    assert m.corrections == 1
    assert m.correct == 3 and m.accuracy == 75
    assert m.errors == 1  # "b" was an error even though it was corrected
    # moves: x (+1), backspace (-1, not counted), b (+1), c (+1): 3 characters in 2 s
    assert m.characters == 3 and m.active_seconds == 2.0


def test_wrong_characters_stay_marked_when_not_corrected():
    session = TypingSession("abc", stop_on_error=False)
    type_at(session, [("a", 0), ("x", 1), ("c", 2)])
    assert session.finished
    assert [session.is_wrong_at(i) for i in range(3)] == [False, True, False]
    assert session.metrics().accuracy == pytest.approx(200 / 3)


def test_pauses_over_ten_seconds_are_left_out():
    session = TypingSession("abcd")
    type_at(session, [("a", 0), ("b", 1), ("c", 31), ("d", 32)])
    m = session.metrics()
    # the 30 s gap and the "c" it brought are left out: 2 characters in 2 s
    assert m.active_seconds == 2 and m.characters == 2
    assert m.cpm == 60 and m.wpm == 12
    # a gap of exactly 10 s still counts
    session = TypingSession("ab")
    type_at(session, [("a", 0), ("b", 10)])
    assert session.metrics().cpm == 6


def test_dead_keys_arrive_as_one_composed_character():
    """AZERTY: ^ then e gives ê; the view hands the engine the composed ê."""
    session = TypingSession("fête")
    type_at(session, [("f", 0), ("ê", 0.9), ("t", 1.2), ("e", 1.5)])
    m = session.metrics()
    assert m.keystrokes == 4 and m.accuracy == 100
    assert m.per_key["ê"].mean_time == pytest.approx(0.9)


def test_input_method_commits_several_characters_at_once():
    session = TypingSession("سلام")
    assert session.type_text("سلا", 0.0) == [Outcome.CORRECT] * 3
    assert session.type_text("م", 0.5) == [Outcome.CORRECT]
    assert session.finished


def test_backspace_can_be_forbidden():
    session = TypingSession("ab", stop_on_error=False, allow_backspace=False)
    session.type_char("x", 0)
    assert session.backspace(1) == Outcome.IGNORED
    assert session.position == 1


def test_keys_after_the_end_are_ignored():
    session = TypingSession("a")
    session.type_char("a", 0)
    assert session.type_char("b", 1) == Outcome.IGNORED
    assert session.metrics().keystrokes == 1


def test_the_stored_log_rebuilds_the_same_metrics():
    session = TypingSession("abc def", stop_on_error=False)
    type_at(session, [("a", 0), ("v", 0.3), ("\b", 0.6), ("b", 0.9), ("c", 1.1),
                      (" ", 1.4), ("d", 12.0), ("e", 12.2), ("f", 12.5)])
    stored = session.log_as_lists()
    rebuilt = metrics_from_log(log_from_lists(stored))
    assert rebuilt.summary() == session.metrics().summary()


@pytest.mark.parametrize(
    "wpm,accuracy,expected",
    [(9.9, 99, 0), (10, 91.9, 0), (10, 92, 1), (12.5, 96, 2), (12.5, 95.9, 1),
     (15, 98, 3), (15, 97.9, 2), (30, 100, 3)],
)
def test_stars(wpm, accuracy, expected):
    assert stars(wpm, accuracy, min_wpm=10, min_accuracy=92) == expected


def test_data_entry_speed_in_keystrokes_per_hour_and_field_accuracy():
    from tutor.skills.typing.engine import DataEntrySession

    session = DataEntrySession(["name", "phone"], [["Ana", "0712"], ["Ben", "0733"]])
    for i in range(10):  # 10 keys in 9 s
        session.key(i * 1.0)
    assert session.submit(["Ana", "0712"]) == [True, True]
    assert session.submit(["Ben ", "0734"]) == [True, False]
    assert session.finished
    assert session.kph == pytest.approx(10 / (9 / 3600))
    assert session.accuracy == 75


def test_sentences_and_fixed_texts_are_cleaned_and_generated_ones_vary():
    import random

    from tutor.skills.typing.grading import thresholds
    from tutor.skills.typing.lessons import lesson_text
    from tutor.skills.typing.model import TypingExercise

    fixed = TypingExercise(id="a", title="A", kind="text", text="one\n  two three\n")
    assert lesson_text(fixed, "en", random.Random(1)) == "one two three"
    sentences = TypingExercise(id="b", title="B", kind="sentences", length=30,
                               sentences=["I work at the market.", "The bus is late."])
    text = lesson_text(sentences, "en", random.Random(2))
    assert text in ("I work at the market. The bus is late.",
                    "The bus is late. I work at the market.")
    assert thresholds(fixed, {}) == (10, 92)
    assert thresholds(fixed, {"min_wpm_scale": 0.5, "min_accuracy_drop": 4}) == (5, 88)
