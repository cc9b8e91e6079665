"""The engine builds a typing try's FinishedAttempt, with the metrics and details that
the progress, the adaptive practice and the trainer's views read."""

from datetime import UTC, datetime, timedelta

import pytest

from tutor.skills.typing import adaptive
from tutor.skills.typing.engine import DataEntrySession, Lesson, TypingSession
from tutor.skills.typing.model import TypingExercise

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
END = START + timedelta(minutes=2)


def typed(text, typing, stop_on_error=True, step=0.3):
    session = TypingSession(text, stop_on_error=stop_on_error)
    for n, char in enumerate(typing):
        session.type_char(char, 100 + n * step)
    return session


def test_a_lesson_of_a_pack_takes_the_learners_thresholds():
    exercise = TypingExercise(id="fj", title="f and j", kind="text", text="fjf", min_wpm=10,
                              min_accuracy=92, min_kph=0)
    lesson = Lesson.of(exercise, "typing-en", "1.2", "en", {"min_wpm_scale": 0.5})
    assert lesson == Lesson("typing-en", "1.2", "fj", "en", 5, 92, 0)


def test_a_typing_lesson_attempt():
    lesson = Lesson("typing-en", "1.0", "fj", "en", min_wpm=5, min_accuracy=92)
    session = typed("fjf jjf", "fjxf jjf")  # one wrong key, stopped on it
    attempt = session.attempt(lesson, "us", START, END)
    assert (attempt.skill, attempt.pack_id, attempt.pack_version, attempt.exercise_id) == \
        ("typing", "typing-en", "1.0", "fj")
    assert (attempt.started_at, attempt.finished_at) == (START, END)
    assert not attempt.passed and attempt.score == 0  # 87.5% < 92%
    assert attempt.metrics == {**session.metrics().summary(), "stars": 0, "min_wpm": 5,
                               "min_accuracy": 92}
    assert attempt.metrics["keystrokes"] == 8 and attempt.metrics["error_keys"] == {"f": 1}
    assert attempt.details == {"keys": session.log_as_lists(), "text": "fjf jjf",
                               "layout": "us", "language": "en", "stop_on_error": True}


def test_a_passed_lesson_scores_its_stars():
    lesson = Lesson("typing-en", "1.0", "fj", "en", min_wpm=5, min_accuracy=92)
    attempt = typed("fjf jjf", "fjf jjf").attempt(lesson, "us", START, END)
    assert attempt.passed and attempt.metrics["stars"] == 3 and attempt.score == 1


def test_adaptive_practice_is_recorded_against_the_targets():
    lesson = adaptive.lesson("fr")
    assert (lesson.pack_id, lesson.pack_version, lesson.exercise_id, lesson.language) == \
        ("typing-adaptive-fr", "1", "adaptive", "fr")
    assert (lesson.min_wpm, lesson.min_accuracy) == (adaptive.TARGET_WPM,
                                                     adaptive.TARGET_ACCURACY)
    attempt = typed("sdf", "sdf").attempt(lesson, "fr", START, END)
    assert attempt.exercise_id == "adaptive" and attempt.details["language"] == "fr"


def test_a_data_entry_attempt():
    exercise = TypingExercise(id="phones", title="Phones", kind="data-entry", min_kph=1000,
                              min_accuracy=90, columns=["name", "phone"],
                              rows=[["Ana", "0712"], ["Ben", "0733"]])
    lesson = Lesson.of(exercise, "typing-en-data", "1.0", "en", {})
    session = DataEntrySession.of(exercise)
    assert session.row_number == 1
    for i in range(10):  # 10 keys in 9 s: 4000 keystrokes per hour
        session.key(i * 1.0)
    session.submit(["Ana", "0712"])
    assert session.row_number == 2
    session.submit([" Ben", "0734"])
    assert session.finished and session.row_number == 2
    attempt = session.attempt(lesson, START, END)
    assert attempt.metrics == {"kph": 4000, "accuracy": 75.0, "keystrokes": 10, "stars": 0,
                               "min_kph": 1000}
    assert not attempt.passed and attempt.score == 0  # 75% of the fields < 90%
    assert attempt.details == {"answers": [["Ana", "0712"], ["Ben", "0734"]]}


def test_a_passed_data_entry_drill():
    exercise = TypingExercise(id="d", title="D", kind="data-entry", min_kph=6000,
                              columns=["a"], rows=[["x"]])
    session = DataEntrySession.of(exercise)
    session.key(0.0)
    session.key(0.9)  # 2 keys in 0.9 s: 8000 per hour
    session.submit(["x"])
    attempt = session.attempt(Lesson.of(exercise, "p", "1", "en", {}), START, END)
    assert attempt.passed and attempt.metrics["stars"] == 2 and attempt.score == \
        pytest.approx(2 / 3)
