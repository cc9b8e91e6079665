"""The corpus of graded answers is large and varied enough to trust the graders with."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus.manifest import LANGUAGES, load, manifests
from tutor import startup

ANSWERS = load()


def test_the_corpus_holds_at_least_200_answers_and_10_per_skill_and_language():
    assert len(ANSWERS) >= 200
    counts = Counter((a.skill, a.language) for a in ANSWERS)
    skills = {m.stem for m in manifests()}
    assert {"email", "coding", "sheets"} <= skills
    short = {(s, lang): counts[(s, lang)] for s in skills for lang in LANGUAGES
             if counts[(s, lang)] < 10}
    assert short == {}


def test_every_skill_and_language_has_answers_that_pass_and_answers_that_fail():
    verdicts = {(a.skill, a.language, a.passed) for a in ANSWERS}
    skills = {a.skill for a in ANSWERS}
    missing = [(s, lang, p) for s in skills for lang in LANGUAGES for p in (True, False)
               if (s, lang, p) not in verdicts]
    assert missing == []


def test_every_answer_is_a_file_for_a_shipped_exercise_in_its_language(tmp_path):
    runtime = startup.start(tmp_path / "data")
    try:
        exercises = {f"{pack.id}/{exercise.id}": pack
                     for pack in runtime.catalogue.packs.values() for exercise in pack.exercises}
    finally:
        runtime.close()
    problems = []
    for answer in ANSWERS:
        pack = exercises.get(answer.exercise)
        if pack is None:
            problems.append(f"{answer.label}: no shipped exercise {answer.exercise}")
        elif pack.skill != answer.skill or pack.language != answer.language:
            problems.append(f"{answer.label}: {answer.exercise} is {pack.skill}/{pack.language}")
        if not answer.file.is_file():
            problems.append(f"{answer.label}: the file is missing")
        if not answer.why.strip():
            problems.append(f"{answer.label}: say why")
    assert problems == []


@pytest.mark.parametrize("skill", sorted({a.skill for a in ANSWERS}))
def test_no_answer_file_is_listed_twice(skill):
    files = Counter(a.file for a in ANSWERS if a.skill == skill)
    assert [f for f, n in files.items() if n > 1] == []
