"""Every shipped coding exercise: its reference solution passes its checks, and each
typical wrong answer declared in the pack fails the intended check."""

from pathlib import Path

import pytest

from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.coding.grading import grade

pytestmark = pytest.mark.process  # runs learner programs in the sandbox

ROOT = Path(__file__).parents[3]
CATALOGUE = load_catalogue([ROOT / "lessons" / "coding"], installed_skills())
EXERCISES = [(pack, ex) for pack in CATALOGUE.packs.values() for ex in pack.exercises]
IDS = [f"{pack.id}/{ex.id}" for pack, ex in EXERCISES]


def test_the_coding_packs_load_and_each_language_has_at_least_30_steps():
    assert CATALOGUE.problems == []
    for language in ("en", "fr"):
        steps = sum(len(p.exercises) for p in CATALOGUE.for_skill("coding", language))
        assert steps >= 30, language


def test_english_and_french_teach_the_same_steps():
    def steps(language):
        return [[e.id for e in p.exercises]
                for p in sorted(CATALOGUE.for_skill("coding", language), key=lambda p: p.path.name)]

    assert steps("en") == steps("fr")


@pytest.mark.parametrize(("pack", "exercise"), EXERCISES, ids=IDS)
def test_the_reference_solution_passes_and_wrong_answers_fail_as_intended(pack, exercise):
    assert exercise.hints, "every step has hints"
    assert exercise.output or exercise.calls, "every step checks something"
    result = grade(exercise, exercise.solution, seed=7, time_limit=2.0)
    assert result.verdict.passed, result.verdict.as_json()
    assert exercise.wrong, "every step declares a typical wrong answer"
    for wrong in exercise.wrong:
        verdict = grade(exercise, wrong.code, seed=7, time_limit=1.0).verdict
        failed = {f.criterion: f.text for f in verdict.feedback if not f.passed}
        assert not verdict.passed and wrong.fails in failed, (wrong.code, verdict.as_json())
        assert failed[wrong.fails].strip()
