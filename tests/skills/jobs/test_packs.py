"""Every shipped job-tasks pack (``lessons/jobs/<language>/*.toml``) against the schema, and
the things the schema cannot see: entity spans on whole words, gold boxes that do not hide
one another, reviews with at most two planted errors, invoices that add up, and the same
six projects in every language."""

import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from tutor.content.schema import PackHeader
from tutor.curriculum import parse_outcome
from tutor.skills.jobs.model import JobsExercise, SceneObject, Span, Task

LESSONS = Path(__file__).parents[3] / "lessons" / "jobs"
LANGUAGES = ("en", "fr", "ar", "sw")
PROJECTS = ("sort-messages", "sentiment", "receipts", "find-names", "street-boxes", "review",
            "transcribe", "freelancing")
LADDER = {"sort-messages": 1, "sentiment": 2, "receipts": 2, "find-names": 3, "street-boxes": 3,
          "review": 4, "transcribe": 3, "freelancing": 3}
MAX_BYTES = 200_000  # a pack is read whole: a file far larger than ours is refused first
FILES = sorted(LESSONS.glob("*/*.toml"))


def load(path: Path) -> tuple[PackHeader, list[JobsExercise]]:
    assert path.stat().st_size < MAX_BYTES, path
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    header = PackHeader.model_validate(data)
    return header, [JobsExercise.model_validate(raw) for raw in header.exercises]


def project_name(path: Path) -> str:
    return path.stem.split("-", 1)[1]  # "4-find-names" -> "find-names"


# --- what the schema cannot see, as small checks that tests below prove can fail ----------

def span_problems(task: Task) -> list[str]:
    """A span must cover text with no space at its edges, and spans must not overlap."""
    problems = []
    for span in task.spans:
        covered = task.text[span.start:span.end]
        if not covered.strip():
            problems.append(f"{task.id}: span {span.start}-{span.end} covers no text")
        elif covered != covered.strip() or covered[-1] in ".,;:":
            problems.append(f"{task.id}: span {covered!r} has a space or a stop at an edge")
    ordered = sorted(task.spans, key=lambda s: s.start)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            problems.append(f"{task.id}: spans at {before.start} and {after.start} overlap")
    return problems


def overlap(a: SceneObject, b: SceneObject) -> int:
    """The area two scene objects share, in pixels."""
    w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    return max(w, 0) * max(h, 0)


def scene_problems(task: Task) -> list[str]:
    """The object to box must never be hidden by another: no object touches it."""
    problems = []
    for i, a in enumerate(task.scene):
        for b in task.scene[i + 1:]:
            if task.labels[0] in (a.thing, b.thing) and overlap(a, b):
                problems.append(f"{task.id}: a {a.thing} and a {b.thing} overlap")
    return problems


def number(text: str, language: str) -> Decimal:
    """An amount as printed: '5,220.00' in English, '984,00' in French."""
    if language == "fr":
        return Decimal(text.replace(" ", "").replace(",", "."))
    return Decimal(text.replace(",", ""))


def wrong_fields(task: Task) -> list[str]:
    assert task.document is not None
    return [f.name for f in task.document.fields
            if f.name in task.submitted_fields and task.submitted_fields[f.name] != f.value]


# --- the checks' own worked examples --------------------------------------------------------

def test_a_span_with_a_space_or_a_stop_at_its_edge_is_found():
    text = "Pay KES 500 to Ruth Njeri."
    # "KES 500" is text[4:11]; text[3:11] is " KES 500"; "Ruth Njeri." is text[15:26]
    good = Task(id="a", kind="entities", text=text, labels=["AMOUNT", "PERSON"],
                spans=[Span(start=4, end=11, label="AMOUNT"),
                       Span(start=15, end=25, label="PERSON")])
    assert span_problems(good) == []
    bad = Task(id="b", kind="entities", text=text, labels=["AMOUNT", "PERSON"],
               spans=[Span(start=3, end=11, label="AMOUNT"),
                      Span(start=15, end=26, label="PERSON")])
    assert len(span_problems(bad)) == 2
    crossed = Task(id="c", kind="entities", text=text, labels=["AMOUNT", "PERSON"],
                   spans=[Span(start=4, end=11, label="AMOUNT"),
                          Span(start=8, end=14, label="PERSON")])
    assert span_problems(crossed) == ["c: spans at 4 and 8 overlap"]


def test_an_overlap_is_worked_out_by_hand():
    # (10,10,40,80) and (30,50,40,80): x 30..50 = 20, y 50..90 = 40 -> 800 pixels shared
    a = SceneObject(thing="person", x=10, y=10, w=40, h=80)
    b = SceneObject(thing="car", x=30, y=50, w=40, h=80)
    assert overlap(a, b) == 800
    assert overlap(a, SceneObject(thing="car", x=50, y=10, w=40, h=80)) == 0  # edges touch
    hidden = Task(id="h", kind="boxes", labels=["person"], scene=[a, b])
    assert scene_problems(hidden) == ["h: a person and a car overlap"]


def test_amounts_read_as_printed():
    # 4,500.00 + 720.00 = 5,220.00 ; 820,00 + 164,00 = 984,00
    assert number("4,500.00", "en") + number("720.00", "en") == number("5,220.00", "en")
    assert number("820,00", "fr") + number("164,00", "fr") == number("984,00", "fr")
    assert number("14.500", "en") == Decimal("14.5")


# --- the shipped packs ----------------------------------------------------------------------

def test_there_are_six_projects_in_each_of_the_four_languages():
    assert len(FILES) == len(PROJECTS) * len(LANGUAGES)
    for language in LANGUAGES:
        names = sorted(project_name(p) for p in LESSONS.glob(f"{language}/*.toml"))
        assert names == sorted(PROJECTS), language


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_pack_is_valid_and_its_tasks_are_sound(path):
    header, exercises = load(path)
    language, name = path.parent.name, project_name(path)
    assert header.skill == "jobs"
    assert header.language == language
    assert header.id == f"jobs-{language}-{name}"
    assert header.title and header.description
    assert [e.id for e in exercises] == [name]
    project = exercises[0]
    assert 3 <= len(project.guidelines) <= 5
    assert len(project.qualification) == 5
    assert 8 <= len(project.queue) <= 12
    levels = [level for o in project.outcomes if (level := parse_outcome(o)[2]) is not None]
    assert levels and max(levels) == LADDER[name]
    for task in (*project.qualification, *project.queue):
        if task.kind == "entities":
            assert span_problems(task) == []
        if task.kind == "boxes":
            assert scene_problems(task) == []
            assert any(o.thing == task.labels[0] for o in task.scene)
        if task.kind in ("data-entry", "review") and task.document is not None:
            for field in task.document.fields:
                assert field.value.strip() == field.value != "", (task.id, field.name)
            assert -3 <= task.document.skew <= 3
            values = {f.name: f.value for f in task.document.fields}
            if {"subtotal", "vat", "total"} <= set(values):
                assert number(values["subtotal"], language) + number(values["vat"], language) \
                    == number(values["total"], language), task.id
        if task.kind == "review" and task.document is not None:
            assert set(task.submitted_fields) == {f.name for f in task.document.fields}
            assert len(wrong_fields(task)) <= 2, task.id


def test_every_project_is_one_kind_of_work():
    kinds = {"sort-messages": {"classify"}, "sentiment": {"classify"},
             "receipts": {"data-entry"}, "find-names": {"entities"},
             "street-boxes": {"boxes"}, "review": {"review"},
             "transcribe": {"transcribe"}, "freelancing": {"classify", "proposal", "order"}}
    for path in FILES:
        project = load(path)[1][0]
        assert {t.kind for t in (*project.qualification, *project.queue)} == \
            kinds[project_name(path)], path


def test_the_reviews_hold_both_right_and_wrong_work():
    for language in LANGUAGES:
        project = load(LESSONS / language / "6-review.toml")[1][0]
        tasks = (*project.qualification, *project.queue)
        labels = [t for t in tasks if t.document is None]
        documents = [t for t in tasks if t.document is not None]
        assert {t.submitted == t.answer for t in labels} == {True, False}
        assert {len(wrong_fields(t)) for t in documents} == {0, 1, 2}


def test_the_same_projects_and_outcomes_in_every_language():
    english = {project_name(p): load(p) for p in LESSONS.glob("en/*.toml")}
    for language in LANGUAGES[1:]:
        for path in LESSONS.glob(f"{language}/*.toml"):
            header, (project,) = load(path)
            en_header, (en_project,) = english[project_name(path)]
            assert project.id == en_project.id
            assert project.outcomes == en_project.outcomes, path
            assert len(project.guidelines) == len(en_project.guidelines), path
            assert header.title != en_header.title, path  # written in its own language


@pytest.mark.parametrize("language", ["ar", "sw"])
def test_arabic_and_swahili_explain_in_their_language_and_keep_the_english_tasks(language):
    script = re.compile(r"[\u0600-\u06ff]")
    for path in LESSONS.glob(f"{language}/*.toml"):
        header, (project,) = load(path)
        en_header, (en_project,) = load(LESSONS / "en" / path.name)
        assert project.qualification == en_project.qualification, path
        assert project.queue == en_project.queue, path
        assert project.client == en_project.client
        for guideline, english in zip(project.guidelines, en_project.guidelines, strict=True):
            assert guideline.text != english.text
            assert bool(script.search(guideline.text)) == (language == "ar"), guideline.text


def test_french_tasks_are_french():
    for path in LESSONS.glob("fr/*.toml"):
        project = load(path)[1][0]
        for task in (*project.qualification, *project.queue):
            if task.text:
                assert not re.search(r"\b(KES|MWK|JOD|dinars?|shillings?)\b", task.text), task.id
                assert not re.search(r"\b(the|and|my|your)\b", task.text), task.id
            if task.document is not None:
                for field in task.document.fields:
                    assert "." not in field.value or field.kind != "amount", (task.id, field)
                    if field.kind == "date":
                        assert re.fullmatch(r"\d\d/\d\d/20\d\d", field.value), (task.id, field)
