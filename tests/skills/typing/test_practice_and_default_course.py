"""Adaptive practice of the keys taught so far, with real words or drills (never made-up
words), and the course a room opens with after a restart (issue #16)."""

import random
from dataclasses import dataclass, field
from pathlib import Path

from tutor.content import LessonPack
from tutor.paths import resource
from tutor.skills.typing.adaptive import adaptive_text, plan_for
from tutor.skills.typing.course import (
    course_for_keyboard,
    default_course,
    shipped,
    taught_keys,
)
from tutor.skills.typing.layouts import load_layout
from tutor.skills.typing.model import TypingExercise
from tutor.skills.typing.textgen import word_list

US = load_layout("us")


@dataclass
class Tried:
    pack_id: str
    exercise_id: str
    stars: int = 1
    metrics: dict = field(default_factory=dict)

    def __post_init__(self):
        self.metrics = {"stars": self.stars}


COURSE = [
    TypingExercise(id="fj", title="F J", kind="keys", new_keys="fj", keys="fj ",
                   text="fff jjj fjf"),
    TypingExercise(id="dk", title="D K", kind="keys", new_keys="dk", keys="fjdk ",
                   text="ddd kkk"),
    TypingExercise(id="sl", title="S L", kind="keys", new_keys="sl", keys="fjdksl ",
                   text="sss lll"),
    TypingExercise(id="a", title="A", kind="keys", new_keys="a;", keys="fjdksla; ",
                   text="aaa ;;;"),
    TypingExercise(id="ei", title="E I", kind="keys", new_keys="ei", keys="fjdksla;ei "),
]


def passed(*ids, pack_id="typing-en"):
    return [Tried(pack_id, i) for i in ids]


def test_the_keys_taught_are_those_of_the_lessons_passed():
    assert taught_keys("typing-en", COURSE, []) == ""
    assert taught_keys("typing-en", COURSE, [Tried("typing-en", "fj", stars=0)]) == ""
    assert taught_keys("typing-en", COURSE, passed("fj")) == "fj "
    assert taught_keys("typing-en", COURSE, passed("fj", "dk", "sl")) == "fj dksl"
    assert taught_keys("typing-en", COURSE, passed("fj", pack_id="other")) == ""


def test_no_practice_before_a_lesson_has_taught_letters():
    assert plan_for("en", US, [], taught="") is None


def test_practice_never_drills_a_letter_not_yet_taught():
    """Three lessons passed (f j d k s l): "a", taught in lesson 4, is not practised."""
    taught = taught_keys("typing-en", COURSE, passed("fj", "dk", "sl"))
    plan = plan_for("en", US, [], taught=taught)
    assert plan is not None
    assert plan.unlocked == tuple("fjdksl") and plan.focus in "fjdksl" and plan.focus != "a"
    for seed in range(20):
        text = adaptive_text("en", plan, 150, random.Random(seed))
        assert set(text) <= set("fjdksl ")


def test_practice_uses_drills_not_made_up_words_when_few_words_fit():
    plan = plan_for("en", US, [], taught="fj ")
    assert plan is not None
    for seed in range(20):
        for group in adaptive_text("en", plan, 150, random.Random(seed)).split():
            # a drill of one or two keys, as in the first lessons ("fff", "fjf", "jf")
            assert set(group) <= {"f", "j"} and len(group) <= 4


def test_practice_uses_real_words_when_the_word_list_has_enough():
    taught = taught_keys("typing-en", COURSE, passed("fj", "dk", "sl", "a", "ei"))
    plan = plan_for("en", US, [], taught=taught)
    assert plan is not None
    words = set(word_list("en"))
    text = adaptive_text("en", plan, 300, random.Random(3))
    groups = text.split()
    assert sum(g in words for g in groups) / len(groups) > 0.9
    assert "lsfffa" not in text


def pack(pack_id, language="en", layout="", shipped_pack=True):
    folder = resource("lessons", "typing", language) if shipped_pack else Path("/tmp/trainer")
    exercises = (TypingExercise(id="a", title="A", kind="text", text="fj", layout=layout),)
    return LessonPack(id=pack_id, version="1", language=language, skill="typing",
                      title=pack_id, description="", exercises=exercises,
                      path=folder / f"{pack_id}.toml")


def test_a_trainers_pack_is_not_shipped():
    assert shipped(pack("typing-en"))
    assert not shipped(pack("a-trainers-pack", shipped_pack=False))


def test_after_a_restart_the_learners_own_course_not_a_trainers_pack():
    packs = [pack("a-trainers-pack", shipped_pack=False), pack("typing-en"),
             pack("typing-en-data"), pack("typing-fr", "fr", "fr")]
    # a trainer's pack sorts first by its id, yet the program's own course opens
    assert default_course(packs, None, "en", "us").id == "typing-en"
    # the course used last, of the learner's language and keyboard
    assert default_course(packs, None, "en", "us", used_last="typing-en-data").id == \
        "typing-en-data"
    # a trainer's pack only when the learner chose it
    assert default_course(packs, None, "en", "us", used_last="a-trainers-pack").id == \
        "typing-en"
    assert default_course(packs, "a-trainers-pack", "en", "us").id == "a-trainers-pack"


def test_the_course_for_another_keyboard_is_the_programs_own():
    packs = [pack("a-trainers-pack", shipped_pack=False), pack("typing-en")]
    assert course_for_keyboard(packs, "us", "en").id == "typing-en"
