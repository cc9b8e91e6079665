"""What the results page says, as data: stars, figures, keys with errors, next lesson."""

from tutor.skills.typing.grading import DataEntryGrade, LessonGrade
from tutor.skills.typing.results import (
    data_entry_results,
    error_keys_text,
    lesson_results,
    star_marks,
)


def texts(results):
    return [line.source.format(**line.params) for line in results.figures]


def test_star_marks():
    assert [star_marks(n) for n in range(4)] == ["☆☆☆", "★☆☆", "★★☆", "★★★"]


def test_error_keys_show_a_space_as_a_visible_sign():
    assert error_keys_text({"f": 2, " ": 1}) == "f ×2  ␣ ×1"
    assert error_keys_text({}) == "—"


def test_a_passed_lesson_with_a_try_before():
    grade = LessonGrade(wpm=15.04, accuracy=100, min_wpm=10, min_accuracy=92)
    results = lesson_results(grade, {"j": 1}, {"wpm": 9.96, "accuracy": 87.5},
                             in_course=True)
    assert (results.stars, results.passed, results.marks) == (3, True, "★★★")
    assert results.title.source == "Well done! Saved."
    assert results.stars_name.source.format(**results.stars_name.params) == "3 stars of 3"
    assert texts(results) == [
        "Speed: 15.0 words per minute (75 characters per minute), asked: 10 words per minute.",
        "Accuracy: 100%, asked: 92%.",
        "Last time: 10.0 words per minute, accuracy 87.5%.",
    ]
    errors = results.errors
    assert errors is not None and errors.source.format(**errors.params) == \
        "Keys that caused errors: j ×1"
    assert results.next_offered


def test_a_failed_lesson_offers_no_next_lesson_and_a_first_try_no_last_time():
    grade = LessonGrade(wpm=20, accuracy=80, min_wpm=10, min_accuracy=92)
    results = lesson_results(grade, {}, None, in_course=True)
    assert results.title.source == "Not yet. Saved. Try again!"
    assert len(results.figures) == 2 and not results.next_offered


def test_adaptive_practice_has_no_next_lesson():
    grade = LessonGrade(wpm=30, accuracy=100, min_wpm=25, min_accuracy=95)
    assert not lesson_results(grade, {}, None, in_course=False).next_offered


def test_data_entry_results():
    grade = DataEntryGrade(kph=4000, accuracy=100, min_kph=3000, min_accuracy=92)
    results = data_entry_results(grade, {"kph": 3500})
    assert (results.stars, results.passed, results.next_offered) == (2, True, True)
    assert texts(results) == ["Speed: 4000 keystrokes per hour, asked: 3000.",
                              "Fields right: 100%, asked: 92%.",
                              "Last time: 3500 keystrokes per hour."]
    assert results.errors is None  # no keyboard of errors after a form
    failed = data_entry_results(DataEntryGrade(100, 50, 3000, 92), None)
    assert not failed.passed and not failed.next_offered and len(failed.figures) == 2
