"""The spreadsheet corpus (tests/corpus/sheets.toml): every answer file is graded as
``tutor grade`` does (the skill's grade_file hook) and must get the verdict a fair
trainer gives. The LibreOffice-saved answers are also made again here, by LibreOffice
itself (slow), and must grade the same."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from tests.skills.sheets.libreoffice import needs_soffice
from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.sheets.grading import grade_file

ROOT = Path(__file__).parents[3]
CORPUS = ROOT / "tests" / "corpus"
ENTRIES = tomllib.loads((CORPUS / "sheets.toml").read_text(encoding="utf-8"))["answer"]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([ROOT / "lessons"], installed_skills())


def grade(catalogue, entry, path):
    pack_id, _, exercise_id = entry["exercise"].partition("/")
    pack = catalogue.packs[pack_id]
    exercise = pack.exercise(exercise_id)
    assert exercise is not None, entry["exercise"]
    return grade_file(pack, exercise, path)


def explain(entry, verdict):
    lines = [f"{entry['file']} ({entry['exercise']}): expected "
             f"{'pass' if entry['passed'] else 'fail'}: {entry['why']}"]
    lines += [f"  {'ok ' if f.passed else 'NO '}{'*' if f.essential else ' '} {f.text}"
              for f in verdict.feedback]
    return "\n".join(lines)


def test_the_corpus_covers_every_language_and_both_verdicts():
    for language in ("en", "fr", "ar", "sw"):
        mine = [e for e in ENTRIES if e["language"] == language]
        assert len(mine) >= 15, language
        assert Counter(e["passed"] for e in mine).keys() == {True, False}, language
        assert {e["saved_by"] for e in mine} == {"tutor", "excel", "libreoffice"}, language
    for entry in ENTRIES:
        assert (CORPUS / entry["file"]).is_file(), entry["file"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_each_answer_gets_the_trainers_verdict(catalogue, entry):
    verdict = grade(catalogue, entry, CORPUS / entry["file"])
    assert verdict.passed == entry["passed"], explain(entry, verdict)
    if not entry["passed"]:
        # a failed answer is told what is missing, as an essential criterion
        assert verdict.missing_essentials, explain(entry, verdict)


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_sheets_corpus", CORPUS / "make_sheets_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@needs_soffice
@pytest.mark.slow
@pytest.mark.process
def test_answers_saved_by_libreoffice_now_grade_as_the_corpus_says(catalogue, tmp_path):
    """The Calc-saved answers made again by LibreOffice here (one soffice run), not only
    the committed copies."""
    made = _generator().build(tmp_path / "sheets", only_libreoffice=True)
    calc = [e for e in ENTRIES if e["saved_by"] == "libreoffice"]
    assert len(made) == len(calc) and len(calc) >= 40
    problems = []
    for entry in calc:
        verdict = grade(catalogue, entry, tmp_path / entry["file"])
        if verdict.passed != entry["passed"]:
            problems.append(explain(entry, verdict))
    assert problems == [], "\n\n".join(problems)
