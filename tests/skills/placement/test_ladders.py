"""Ladders come from the skills' exercises and their DigComp levels."""

from dataclasses import dataclass
from pathlib import Path

from tutor.content.packs import Catalogue, LessonPack, load_catalogue
from tutor.skills import installed_skills
from tutor.skills.placement.ladders import ladder_from, ladders_from
from tutor.skills.placement.model import PLACED_SKILLS

ROOT = Path(__file__).parents[3]


@dataclass(frozen=True)
class FakeExercise:
    id: str
    level: int | None


def pack(pack_id, skill, language, exercises):
    return LessonPack(pack_id, "1.0", language, skill, pack_id, "", tuple(exercises),
                      Path(f"{pack_id}.toml"))


def fake_catalogue():
    catalogue = Catalogue()
    for p in (
        pack("t-en-1", "typing", "en", [FakeExercise("a", 2), FakeExercise("b", 1),
                                        FakeExercise("c", None)]),
        pack("t-en-2", "typing", "en", [FakeExercise("d", 1), FakeExercise("e", 3)]),
        pack("t-fr-1", "typing", "fr", [FakeExercise("f", 1)]),
        pack("m-en-1", "email", "en", [FakeExercise("g", 4)]),
    ):
        catalogue.packs[p.id] = p
    return catalogue


def by_level(exercise):
    return exercise.level


def test_a_ladder_groups_a_skills_exercises_by_level_in_catalogue_order():
    catalogue = fake_catalogue()
    ladder = ladder_from(catalogue, "typing", "en", level_of=by_level)
    assert ladder == {1: [("t-en-1", "b"), ("t-en-2", "d")], 2: [("t-en-1", "a")],
                      3: [("t-en-2", "e")]}
    assert list(ladder) == [1, 2, 3]  # low to high; "c" has no level and is left out
    assert ladder_from(catalogue, "typing", "fr", level_of=by_level) == {1: [("t-fr-1", "f")]}
    # No email in Swahili: the English ones.
    assert ladder_from(catalogue, "email", "sw", level_of=by_level) == {4: [("m-en-1", "g")]}
    assert ladder_from(catalogue, "coding", "en", level_of=by_level) == {}


def test_keep_leaves_out_exercises_that_cannot_be_placement_items():
    ladder = ladder_from(fake_catalogue(), "typing", "en", level_of=by_level,
                         keep=lambda skill, exercise: exercise.id != "b")
    assert ladder[1] == [("t-en-2", "d")]


def test_the_shipped_skills_have_ladders_from_their_digcomp_levels():
    catalogue = load_catalogue([ROOT / "lessons"], installed_skills())
    for language in ("en", "fr", "ar", "sw"):
        ladders = ladders_from(catalogue, language)
        assert list(ladders) == list(PLACED_SKILLS)
        for skill, ladder in ladders.items():
            assert len(ladder) >= 3, (language, skill, ladder)  # levels enough to place
            assert all(1 <= level <= 8 for level in ladder)
            keys = catalogue.exercise_keys(skill, language)
            assert {k for items in ladder.values() for k in items} <= keys
