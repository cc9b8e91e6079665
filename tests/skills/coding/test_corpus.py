"""The coding corpus (tests/corpus/coding.toml): learners' programs, each graded against
a shipped exercise through the skill's ``grade_file`` hook (as ``tutor grade`` does), with
the verdict a fair trainer gives: different but correct programs pass, programs wrong at
a boundary, hard-coded for the example's answer or missing a branch fail."""

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.coding.grading import grade_file

pytestmark = pytest.mark.process  # runs learner programs in the sandbox

ROOT = Path(__file__).parents[3]
CORPUS = ROOT / "tests" / "corpus"
ANSWERS = tomllib.loads((CORPUS / "coding.toml").read_text(encoding="utf-8"))["answer"]
CATALOGUE = load_catalogue([ROOT / "lessons" / "coding"], installed_skills())


def test_the_corpus_has_at_least_15_answers_per_language_passes_and_fails():
    for language in ("en", "fr", "ar", "sw"):
        mine = [a for a in ANSWERS if a["language"] == language]
        assert len(mine) >= 15, language
        assert Counter(a["passed"] for a in mine)[True] >= 5, language
        assert Counter(a["passed"] for a in mine)[False] >= 5, language


@pytest.mark.parametrize("answer", ANSWERS, ids=[a["file"] for a in ANSWERS])
def test_every_corpus_answer_gets_the_trainers_verdict(answer):
    pack_id, _, exercise_id = answer["exercise"].partition("/")
    pack = CATALOGUE.packs[pack_id]
    assert pack.language == answer["language"]
    exercise = next(e for e in pack.exercises if e.id == exercise_id)
    verdict = grade_file(pack, exercise, CORPUS / answer["file"])
    assert verdict.passed == answer["passed"], (answer["why"], verdict.as_json())
