"""Outcomes as data (issue 19): the ``outcomes`` of an exercise, the frameworks' lists,
the levels the placement's ladders are built from, and what the lessons cover."""

import importlib.util
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest
from pydantic import ValidationError

from tests.content.conftest import DEMO, GOOD, DemoExercise
from tutor import paths
from tutor.content.packs import Catalogue, LessonPack, check_pack, check_pack_text, load_catalogue
from tutor.curriculum import (
    FRAMEWORK_IDS,
    OutcomeError,
    Use,
    coverage,
    exercise_level,
    load_frameworks,
    parse_outcome,
)
from tutor.skills import installed_skills

ROOT = Path(__file__).parents[2]
SKILLS = ("basics", "typing", "email", "sheets", "coding", "jobs")
LANGUAGES = ("en", "fr", "ar", "sw")


@pytest.fixture(scope="module")
def shipped():
    return load_catalogue([paths.resource("lessons")], installed_skills())


def exercise(**fields):
    return DemoExercise(id="x", title="X", text="fj", **fields)


# --- the form of an outcome ------------------------------------------------------------

@pytest.mark.parametrize("outcome, parsed", [
    ("icdl-ce:2.2.1", ("icdl-ce", "2.2.1", None)),
    ("icdl-computing:4.2", ("icdl-computing", "4.2", None)),
    ("northstar-email:13", ("northstar-email", "13", None)),
    ("digcomp:3.1@2", ("digcomp", "3.1", 2)),
    ("digcomp:5.4@8", ("digcomp", "5.4", 8)),
])
def test_a_good_outcome_is_parsed(outcome, parsed):
    assert parse_outcome(outcome) == parsed
    assert exercise(outcomes=[outcome]).outcomes == [outcome]


@pytest.mark.parametrize("outcome, kind", [
    ("icdl-ce 2.2.1", "outcome_form"),
    ("icdl-ce:", "outcome_form"),
    ("ICDL-CE:2.2.1", "outcome_form"),
    ("digcomp:3.1@", "outcome_form"),
    ("ecdl:2.2.1", "outcome_framework"),
    ("northstar:7", "outcome_framework"),
    ("digcomp:3.1", "outcome_level"),
    ("digcomp:3.1@0", "outcome_level"),
    ("digcomp:3.1@9", "outcome_level"),
    ("icdl-ce:2.2.1@2", "outcome_no_level"),
    # hostile: a level of 5,000 digits, a code of a million characters
    ("digcomp:3.1@" + "9" * 5000, "outcome_form"),
    ("icdl-ce:" + "1" * 1_000_000, "outcome_form"),
])
def test_a_wrong_outcome_is_refused_with_its_kind(outcome, kind):
    with pytest.raises(OutcomeError) as raised:
        parse_outcome(outcome)
    assert raised.value.kind == kind
    assert len(str(raised.value)) < 200  # the message names the start of it, not all of it
    with pytest.raises(ValidationError) as invalid:
        exercise(outcomes=[outcome])
    assert invalid.value.errors()[0]["type"] == kind


def test_outcomes_are_optional():
    assert exercise().outcomes == []


def test_an_unknown_framework_is_a_pack_error_at_its_line(tmp_path):
    text = GOOD.replace('title = "The second one"',
                        'title = "The second one"\noutcomes = ["digcomp:3.1@1", "ecdl:2.2.1"]')
    path = tmp_path / "pack.toml"
    pack, problems = check_pack_text(text, path, {"demo": DEMO})
    assert pack is None
    assert [str(p) for p in problems] == [
        f"{path}:17: 'exercises[2].outcomes[2]': unknown framework 'ecdl' in ecdl:2.2.1 "
        "(known: icdl-ce, icdl-oe, icdl-sheets, icdl-computing, northstar-bcs, "
        "northstar-email, digcomp)"]
    assert problems[0].params["framework"] == "ecdl"  # what a translation fills in


def test_a_digcomp_outcome_without_a_level_is_a_pack_error(tmp_path):
    text = GOOD.replace('title = "The first one"',
                        'title = "The first one"\noutcomes = ["digcomp:3.1"]')
    _, problems = check_pack_text(text, tmp_path / "p.toml", {"demo": DEMO})
    assert [p.text for p in problems] == [
        "'exercises[1].outcomes[1]': digcomp:3.1 needs a DigComp proficiency level 1 to 8 "
        "after @, like digcomp:3.1@2"]


def test_the_pack_cache_never_skips_the_outcomes_check(tmp_path):
    """The cache vouches for a file's bytes (and Tutor's version), and only lets it skip the
    guards before the parser: the outcomes are read from the file and checked each time."""
    lessons, cache = tmp_path / "lessons", tmp_path / "cache"
    path = lessons / "pack.toml"
    lessons.mkdir()
    path.write_text(GOOD.replace('title = "The first one"',
                                 'title = "The first one"\noutcomes = ["digcomp:3.1@1"]'))
    for _ in range(2):  # the second load is vouched for by the cache
        catalogue = load_catalogue([lessons], {"demo": DEMO}, cache=cache, trusted=[lessons])
        assert catalogue.packs["demo-en-basics"].exercises[0].outcomes == ["digcomp:3.1@1"]
    path.write_text(path.read_text().replace("digcomp:3.1@1", "digcomp:3.1@9"))
    _, problems = check_pack(path, {"demo": DEMO})
    assert [p.params.get("value") for p in problems] == ["digcomp:3.1@9"]


# --- the frameworks' lists -------------------------------------------------------------

def test_every_framework_has_its_list():
    frameworks = load_frameworks()
    assert tuple(frameworks) == FRAMEWORK_IDS
    counts = {fid: len(f.outcomes) for fid, f in frameworks.items()}
    assert counts["digcomp"] == 21  # DigComp 2.2's competences
    assert counts["northstar-bcs"] == 18
    assert counts["northstar-email"] == 13
    assert all(n >= 12 for n in counts.values())
    digcomp = frameworks["digcomp"]
    assert [lv.level for lv in digcomp.levels] == list(range(1, 9))
    assert [lv.band for lv in digcomp.levels[::2]] == [
        "Foundation", "Intermediate", "Advanced", "Highly specialised"]
    assert digcomp.outcome("3.4").title == "Programming"
    assert {o.area for o in digcomp.outcomes} == {
        "Information and data literacy", "Communication and collaboration",
        "Digital content creation", "Safety", "Problem solving"}


def test_every_list_says_where_it_comes_from_and_marks_what_is_unconfirmed():
    folder = ROOT / "assets" / "curriculum"
    for fid, framework in load_frameworks().items():
        header = (folder / f"{fid}.toml").read_text(encoding="utf-8").split("\nid = ")[0]
        assert "Where the list comes from" in header, fid
        if any(not o.confirmed for o in framework.outcomes):
            assert "confirmed = false" in header, fid
    assert all(o.confirmed for o in load_frameworks()["digcomp"].outcomes)


# --- the shipped exercises -------------------------------------------------------------

def test_every_shipped_exercise_declares_listed_outcomes_and_a_digcomp_level(shipped):
    frameworks = load_frameworks()
    assert {p.skill for p in shipped.packs.values()} == set(SKILLS)
    assert not shipped.problems
    count = 0
    for pack in shipped.packs.values():
        for ex in pack.exercises:
            count += 1
            where = f"{pack.id}/{ex.id}"
            assert ex.outcomes, where
            assert exercise_level(ex) is not None, f"{where}: no digcomp:x.y@level"
            for outcome in ex.outcomes:
                fid, code, _ = parse_outcome(outcome)
                assert frameworks[fid].outcome(code) is not None, f"{where}: {outcome}"
    assert count > 400  # five skills in four languages


def _by_place(shipped, skill, language):
    packs = sorted(shipped.for_skill(skill, language), key=lambda p: p.path.name)
    return [{e.id: list(e.outcomes) for e in p.exercises} for p in packs], packs


def test_the_same_exercise_declares_the_same_outcomes_in_every_language(shipped):
    """The same id (or, for the French email and spreadsheet packs, whose ids are French
    words, the exercise at the same place of the pack at the same place)."""
    compared = 0
    for skill in SKILLS:
        english, _ = _by_place(shipped, skill, "en")
        for language in LANGUAGES[1:]:
            other, packs = _by_place(shipped, skill, language)
            assert len(other) == len(english), (skill, language)
            for en, there, pack in zip(english, other, packs, strict=True):
                shared = set(en) & set(there)
                if shared:
                    for ident in shared:
                        assert there[ident] == en[ident], f"{pack.id}/{ident}"
                        compared += 1
                else:  # the French ids: by place
                    assert skill in ("email", "sheets") and language == "fr", pack.id
                    assert list(there.values()) == list(en.values()), pack.id
                    compared += len(there)
                if skill != "typing":  # a typing course follows its keyboard
                    assert len(there) == len(en), pack.id
    assert compared > 300


def test_each_skill_spans_at_least_three_levels_in_every_language(shipped):
    for skill in SKILLS:
        for language in LANGUAGES:
            levels = {exercise_level(e) for p in shipped.for_skill(skill, language)
                      for e in p.exercises}
            assert len(levels) >= 3 and max(levels) <= 4, (skill, language, levels)


def test_the_levels_follow_the_lessons_difficulty(shipped):
    """A few orders a trainer would expect, read from the shipped English packs."""
    def level(pack_id, exercise_id):
        return exercise_level(shipped.packs[pack_id].exercise(exercise_id))

    assert level("basics-en-mouse", "click") == 1 < level("basics-en-mouse", "drag-file") == 2
    assert level("basics-en-windows", "window-sizes") == 3 < level("basics-en-files",
                                                                   "to-usb") == 4
    assert level("typing-en", "fj") == 1 < level("typing-en", "g-w") == 2 \
        < level("typing-en", "looking-for-work") == 3 < level("typing-en-data", "timesheet")
    assert level("email-en-first-emails", "read-timetable") == 1 \
        < level("email-en-first-emails", "absence") \
        < level("email-en-first-emails", "bcc-invitation") \
        < level("email-en-looking-for-work", "apply-for-a-job") == 4
    assert level("sheets-en-first-steps", "shopping-list") == 1 \
        < level("sheets-en-first-steps", "week-of-sales") \
        < level("sheets-en-at-work", "pass-or-fail") < level("sheets-en-at-work", "price-list")
    assert level("coding-en-1-first-steps", "print-hello") == 1 \
        < level("coding-en-1-first-steps", "variables-first") \
        < level("coding-en-2-decisions-and-loops", "for-range") \
        < level("coding-en-3-data-and-functions", "functions-first") == 4
    # the phishing task: DigComp safety (4.1, 4.2) and ICDL Online Essentials' phishing item
    phishing = shipped.packs["email-en-stay-safe"].exercise("phishing-bank-and-parcel")
    assert {"digcomp:4.2@3", "digcomp:4.1@3", "icdl-oe:4.3.6"} <= set(phishing.outcomes)


def test_the_annotating_script_has_nothing_left_to_change():
    spec = importlib.util.spec_from_file_location(
        "annotate_outcomes", ROOT / "build" / "annotate_outcomes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


# --- an exercise's level and the coverage ----------------------------------------------

@pytest.mark.parametrize("outcomes, level", [
    (["digcomp:3.1@2"], 2),
    (["icdl-ce:3.1.2", "digcomp:3.1@2", "digcomp:1.3@4", "northstar-bcs:4"], 4),
    (["icdl-ce:3.1.2", "northstar-bcs:4"], None),  # no DigComp outcome: no level
    ([], None),
])
def test_exercise_level_is_the_highest_digcomp_level(outcomes, level):
    assert exercise_level(exercise(outcomes=outcomes)) == level
    assert exercise_level(SimpleNamespace(outcomes=outcomes)) == level


def test_exercise_level_of_an_exercise_without_the_field():
    assert exercise_level(SimpleNamespace(id="old")) is None


def _pack(pack_id, language, exercises):
    return LessonPack(id=pack_id, version="1", language=language, skill="demo", title="T",
                      description="", exercises=tuple(exercises), path=Path(f"{pack_id}.toml"))


def test_coverage_on_a_small_catalogue():
    frameworks = load_frameworks()
    frameworks = {fid: frameworks[fid] for fid in ("northstar-email", "digcomp")}
    catalogue = Catalogue(packs={p.id: p for p in [
        _pack("mail-en", "en", [
            DemoExercise(id="reply", title="R", text="x",
                         outcomes=["northstar-email:6", "digcomp:2.1@2"]),
            DemoExercise(id="fakes", title="F", text="x",
                         outcomes=["northstar-email:12", "digcomp:4.2@3", "digcomp:2.1@3",
                                   "northstar-email:99", "icdl-oe:4.3.6"]),
            DemoExercise(id="bare", title="B", text="x"),  # a trainer's: no outcomes
        ]),
        _pack("mail-fr", "fr", [
            DemoExercise(id="reply", title="R", text="x",
                         outcomes=["northstar-email:6", "digcomp:2.1@2"]),
        ]),
    ]})
    english = coverage(catalogue, frameworks, "en")
    assert set(english) == {"northstar-email", "digcomp"}  # only the frameworks asked for
    email = english["northstar-email"]
    assert email.covered == {"6": [Use("mail-en", "reply")], "12": [Use("mail-en", "fakes")]}
    assert email.unlisted == {"99": [Use("mail-en", "fakes")]}  # Northstar has 13
    assert [o.code for o in email.not_covered] == [
        "1", "2", "3", "4", "5", "7", "8", "9", "10", "11", "13"]
    digcomp = english["digcomp"]
    assert digcomp.covered == {"2.1": [Use("mail-en", "reply", 2), Use("mail-en", "fakes", 3)],
                               "4.2": [Use("mail-en", "fakes", 3)]}
    assert len(digcomp.not_covered) == 19
    every = coverage(catalogue, frameworks)
    assert every["northstar-email"].covered["6"] == [Use("mail-en", "reply"),
                                                      Use("mail-fr", "reply")]
    assert str(Use("mail-en", "fakes", 3)) == "mail-en/fakes (level 3)"


def test_the_shipped_coverage_in_numbers(shipped):
    """What the README and docs/curriculum.md say, as numbers that change only with the
    lessons or the lists."""
    reports = coverage(shipped, language="en")
    numbers = {fid: (len(r.covered), len(r.framework.outcomes)) for fid, r in reports.items()}
    assert numbers == {
        "icdl-ce": (15, 77), "icdl-oe": (12, 79), "icdl-sheets": (15, 67),
        "icdl-computing": (9, 12), "northstar-bcs": (8, 18), "northstar-email": (9, 13),
        "digcomp": (12, 21)}
    assert not any(r.unlisted for r in reports.values())
    # every language covers the same outcomes
    per_language = defaultdict(set)
    for language in LANGUAGES:
        for fid, report in coverage(shipped, language=language).items():
            per_language[language] |= {f"{fid}:{code}" for code in report.covered}
    assert per_language["fr"] == per_language["ar"] == per_language["sw"] == per_language["en"]
