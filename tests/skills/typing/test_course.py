"""A learner's way through the typing courses, from attempts, without a screen."""

from dataclasses import dataclass, field
from pathlib import Path

from tutor.content import LessonPack
from tutor.skills.typing.course import (
    best_stars,
    course_for_keyboard,
    course_label,
    course_layout,
    course_progress,
    default_course,
    last_try,
    next_exercise,
    sorted_courses,
)
from tutor.skills.typing.model import TypingExercise


@dataclass
class Tried:
    pack_id: str
    exercise_id: str
    stars: int = 0
    metrics: dict = field(default_factory=dict)

    def __post_init__(self):
        self.metrics = {"stars": self.stars, **self.metrics}


def exercises(*ids, layout=""):
    return [TypingExercise(id=i, title=i.upper(), kind="text", text="fj", layout=layout)
            for i in ids]


def pack(pack_id, language="en", layout="", ids=("a",)):
    return LessonPack(id=pack_id, version="1", language=language, skill="typing",
                      title=f"Course {pack_id}", description="",
                      exercises=tuple(exercises(*ids, layout=layout)), path=Path("x.toml"))


def test_best_stars_of_each_lesson_in_one_course():
    tries = [Tried("c", "a", 1), Tried("c", "a", 3), Tried("c", "a", 0), Tried("c", "b", 0),
             Tried("other", "a", 2)]
    assert best_stars(tries, "c") == {"a": 3, "b": 0}


def test_at_first_only_the_first_lesson_is_open():
    progress = course_progress("c", exercises("a", "b", "c"), [])
    assert [(s.exercise_id, s.locked, s.stars) for s in progress.lessons] == \
        [("a", False, 0), ("b", True, 0), ("c", True, 0)]
    assert progress.current == 0
    assert progress.lessons[0].label == "1. A   ☆☆☆"


def test_passing_a_lesson_opens_the_next_and_a_failed_try_opens_nothing():
    progress = course_progress("c", exercises("a", "b", "c"),
                               [Tried("c", "a", 2), Tried("c", "b", 0)])
    assert [s.locked for s in progress.lessons] == [False, False, True]
    assert progress.current == 1
    assert progress.lessons[0].label == "1. A   ★★☆"


def test_every_lesson_up_to_the_furthest_passed_is_open():
    # Lesson b was never passed, but c was (a trainer's older pack version...).
    progress = course_progress("c", exercises("a", "b", "c", "d"), [Tried("c", "c", 1)])
    assert [s.locked for s in progress.lessons] == [False, False, False, False]
    assert progress.current == 3


def test_the_last_lesson_passed_keeps_the_selection_on_it():
    progress = course_progress("c", exercises("a", "b"), [Tried("c", "a", 1), Tried("c", "b", 3)])
    assert not any(s.locked for s in progress.lessons) and progress.current == 1


def test_an_empty_course_selects_nothing():
    assert course_progress("c", [], []).current == -1


def test_the_next_lesson_and_none_after_the_last():
    lessons = exercises("a", "b")
    assert next_exercise(lessons, "a") is lessons[1]
    assert next_exercise(lessons, "b") is None


def test_the_last_try_of_an_exercise():
    tries = [Tried("c", "a", 1), Tried("c", "b", 2), Tried("c", "a", 3), Tried("d", "a", 0)]
    assert last_try(tries, "c", "a") is tries[2]
    assert last_try(tries, "c", "z") is None


def test_courses_in_order_and_named_with_their_language():
    packs = [pack("b", "fr"), pack("a", "fr"), pack("z", "en")]
    assert [p.id for p in sorted_courses(packs)] == ["z", "a", "b"]
    assert course_label(pack("a", "ar")) == "Course a · العربية"
    assert course_label(pack("a", "xx")) == "Course a · xx"


def test_a_courses_keyboard_is_its_first_lessons():
    assert course_layout(pack("en")) == "us"
    assert course_layout(pack("fr", "fr")) == "fr"
    assert course_layout(pack("pad", "en", layout="keypad")) == "keypad"
    assert course_layout(pack("empty", ids=())) == ""


def test_the_default_course():
    packs = [pack("typing-en"), pack("typing-en-data"), pack("typing-fr", "fr"),
             pack("typing-fr-qwerty", "fr", layout="us")]
    # the course chosen last time, whatever else
    assert default_course(packs, "typing-en-data", "fr", "fr").id == "typing-en-data"
    # else the learner's language and keyboard
    assert default_course(packs, None, "fr", "fr").id == "typing-fr"
    assert default_course(packs, None, "fr", "us").id == "typing-fr-qwerty"
    # the language comes before the keyboard; a course before a data-entry pack
    assert default_course(packs, "gone", "en", "fr").id == "typing-en"
    assert default_course([], None, "en", "us") is None


def test_the_course_for_another_keyboard():
    packs = [pack("typing-en-data"), pack("typing-sw", "sw"), pack("typing-en"),
             pack("typing-fr", "fr"), pack("empty", ids=())]
    assert course_for_keyboard(packs, "us", "fr").id == "typing-en"
    assert course_for_keyboard(packs, "us", "sw").id == "typing-sw"
    assert course_for_keyboard(packs, "fr", "en").id == "typing-fr"
    assert course_for_keyboard(packs, "ar", "en") is None
