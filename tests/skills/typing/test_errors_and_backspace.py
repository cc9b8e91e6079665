"""A wrong key shown where it was typed, and Backspace that erases only what the learner
typed (issue #16): the engine's rules, without a screen."""

from tutor.skills.typing.engine import Outcome, TypingSession, log_from_lists, metrics_from_log
from tutor.skills.typing.typed_text import WRONG_KEY, runs, wrong_key_note


def test_stop_on_errors_shows_the_wrong_key_where_it_was_typed():
    session = TypingSession("fjf jjf")
    session.type_text("fj", 0.0)
    assert session.type_char("x", 0.5) == Outcome.WRONG
    assert session.position == 2 and session.pending == "x"
    # shown before the character due, in the error's look
    assert runs(session, 0, 7) == [("done", "fj"), ("wrong", "x"), ("current", "f"),
                                   ("todo", " jjf")]
    assert wrong_key_note(session) == (WRONG_KEY, {"typed": "x", "expected": "f"})
    # another wrong key replaces it; the right one replaces it and moves on
    session.type_char("y", 0.7)
    assert session.pending == "y"
    assert session.type_char("f", 0.9) == Outcome.CORRECT
    assert session.pending == "" and session.position == 3
    assert wrong_key_note(session) is None
    assert runs(session, 0, 4) == [("done", "fjf"), ("current", " ")]


def test_stop_on_errors_backspace_erases_the_wrong_key_never_a_right_letter():
    session = TypingSession("fjf jjf")
    session.type_text("fj", 0.0)
    session.type_char("x", 0.5)
    assert session.erasable == 1
    assert session.backspace(0.8) == Outcome.CORRECTION
    assert session.pending == "" and session.position == 2
    assert session.typed == ["f", "j"]
    # nothing more to erase: the letters before are right
    assert session.erasable == 0
    assert session.backspace(1.0) == Outcome.IGNORED
    assert session.backspace(1.1) == Outcome.IGNORED
    assert session.position == 2 and session.typed == ["f", "j"]
    session.type_text("f jjf", 1.5)
    assert session.finished
    m = session.metrics()
    # f j x f ␣ j j f: 8 keystrokes, 7 right; one correction; the ignored backspaces
    # are not counted
    assert (m.keystrokes, m.correct, m.corrections, m.errors) == (8, 7, 1, 1)
    assert m.accuracy == 87.5


def test_a_backspace_with_nothing_typed_is_ignored():
    session = TypingSession("ab")
    assert session.backspace(0.0) == Outcome.IGNORED
    assert session.log == []


def test_mark_and_go_on_backspace_erases_back_to_the_first_error_only():
    session = TypingSession("abcdef", stop_on_error=False)
    session.type_text("ab", 0.0)  # right
    session.type_text("xd", 1.0)  # x wrong at 2, d right at 3 (after the error)
    assert session.first_wrong == 2 and session.erasable == 2
    assert session.backspace(2.0) == Outcome.CORRECTION  # d
    assert session.backspace(2.1) == Outcome.CORRECTION  # x
    assert session.typed == ["a", "b"] and session.position == 2
    assert session.backspace(2.2) == Outcome.IGNORED  # b is right: it stays
    assert session.typed == ["a", "b"]
    session.type_text("cdef", 3.0)
    assert session.finished
    assert session.metrics().errors == 1


def test_mark_and_go_on_without_an_error_backspace_changes_nothing():
    session = TypingSession("abc", stop_on_error=False)
    session.type_text("ab", 0.0)
    assert session.backspace(1.0) == Outcome.IGNORED
    assert session.position == 2


def test_backspace_forbidden_in_both_modes():
    for stop in (True, False):
        session = TypingSession("ab", stop_on_error=stop, allow_backspace=False)
        session.type_char("x", 0)
        assert session.erasable == 0
        assert session.backspace(1) == Outcome.IGNORED


def test_the_stored_log_of_a_stop_on_errors_lesson_rebuilds_the_same_figures():
    """A backspace that erased the wrong key shown does not move back in the rebuilt
    log: the error is still counted at the right position."""
    session = TypingSession("abcd")
    for char, time in (("a", 0), ("b", 0.3), ("x", 0.6), ("\b", 0.9), ("c", 1.2),
                       ("y", 1.5), ("d", 1.8)):
        if char == "\b":
            session.backspace(time)
        else:
            session.type_char(char, time)
    assert session.finished
    rebuilt = metrics_from_log(log_from_lists(session.log_as_lists()))
    assert rebuilt.summary() == session.metrics().summary()
    assert rebuilt.errors == 2 and rebuilt.characters == 3
