"""The email corpus (tests/corpus/email.toml): answers to shipped tasks, real .eml and .txt
files as mail clients write them, each graded through the skill's ``grade_file`` hook (as
``tutor grade`` does) and compared with the verdict a fair trainer gives."""

import tomllib
from pathlib import Path

import pytest

from tests.skills.email.shipped import catalogue
from tutor.skills.email.grading import grade_file

CORPUS = Path(__file__).parents[2] / "corpus"
ANSWERS = tomllib.loads((CORPUS / "email.toml").read_text(encoding="utf-8"))["answer"]


@pytest.fixture(scope="module")
def packs():
    return catalogue().packs


def test_every_language_has_enough_answers_of_both_kinds():
    for language in ("en", "fr", "ar", "sw"):
        mine = [a for a in ANSWERS if a["language"] == language]
        assert len(mine) >= 15, language
        assert {a["passed"] for a in mine} == {True, False}, language


@pytest.mark.parametrize("answer", ANSWERS, ids=[a["file"] for a in ANSWERS])
def test_the_answer_gets_the_trainers_verdict(answer, packs):
    pack_id, exercise_id = answer["exercise"].split("/")
    pack = packs[pack_id]
    assert pack.language == answer["language"]
    verdict = grade_file(pack, pack.exercise(exercise_id), CORPUS / answer["file"])
    failed = [f"{f.criterion}{'!' if f.essential else ''}: {f.text}"
              for f in verdict.feedback if not f.passed]
    assert verdict.passed == answer["passed"], (
        f"{answer['file']}: {answer['why']} -> passed={verdict.passed} "
        f"score={verdict.score} failed={failed}")
