"""The shipped computer-basics lessons (``lessons/basics/<language>/*.toml``).

Every pack loads; English, French, Arabic and Swahili teach the same exercises in the same
order with the same difficulty (a trainer compares them by id); every word said aloud is
short; the Arabic packs are written in Arabic; no direction says "left" or "right" of the
screen (Arabic mirrors it), only of the mouse's buttons and the arrow keys; every files
exercise can be done in the practice explorer; and the standards table in
``docs/basics-standards.md`` names every shipped exercise and only those.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tutor.content.packs import check_pack
from tutor.content.schema import PackHeader
from tutor.skills import installed_skills
from tutor.skills.basics.explorer import step_problems
from tutor.skills.basics.model import POINTER_KINDS, BasicsExercise

ROOT = Path(__file__).parents[3]
LESSONS = ROOT / "lessons" / "basics"
STANDARDS = ROOT / "docs" / "basics-standards.md"
LANGUAGES = ("en", "fr", "ar", "sw")
NORTHSTAR = range(1, 19)  # Basic Computer Skills has 18 standards (see the table's sources)

MAX_SAY = 240  # characters, as the model allows
MAX_STEP_WORDS = 20  # a step's words, said aloud while the learner acts
MAX_EXERCISE_WORDS = 30  # an exercise's opening words
MAX_SENTENCE_WORDS = 16  # no long sentences: the learners read little


def packs(language: str) -> list[Path]:
    return sorted((LESSONS / language).glob("*.toml"))


PACKS = [path for language in LANGUAGES for path in packs(language)]
IDS = [path.relative_to(LESSONS).as_posix() for path in PACKS]


def load(path: Path) -> tuple[PackHeader, list[BasicsExercise]]:
    with path.open("rb") as file:
        data = tomllib.load(file)
    header = PackHeader.model_validate(data)
    return header, [BasicsExercise.model_validate(raw) for raw in header.exercises]


def short_name(pack_id: str) -> str:
    """"mouse" for "basics-fr-mouse": the pack's name in every language."""
    return pack_id.split("-", 2)[2]


def every_say(path: Path) -> list[tuple[str, str]]:
    """(where, words) of everything said aloud in a pack: each exercise's and step's say."""
    said = []
    for exercise in load(path)[1]:
        said.append((exercise.id, exercise.say))
        said += [(f"{exercise.id} step {n}", step.say) for n, step in enumerate(exercise.steps, 1)]
    return said


def words(text: str) -> list[str]:
    return [word for word in text.split() if any(c.isalnum() for c in word)]


# -- every pack loads ------------------------------------------------------------------


def test_every_language_has_the_same_pack_files():
    english = [path.name for path in packs("en")]
    assert len(english) >= 4
    for language in LANGUAGES:
        assert [path.name for path in packs(language)] == english, language


@pytest.mark.parametrize("path", PACKS, ids=IDS)
def test_the_pack_loads_with_the_lesson_model(path):
    header, exercises = load(path)
    language = path.parent.name
    assert header.skill == "basics"
    assert header.language == language
    assert header.id == f"basics-{language}-{path.stem.split('-', 1)[1]}"
    ids = [exercise.id for exercise in exercises]
    assert len(ids) == len(set(ids)), "an exercise id is used twice"


@pytest.mark.parametrize("path", PACKS, ids=IDS)
def test_the_app_loads_the_pack(path):
    """The lesson check the app runs: the skill is installed and nothing is wrong."""
    pack, problems = check_pack(path, installed_skills())
    assert [str(p) for p in problems] == []
    assert pack is not None and pack.skill == "basics"


def test_the_pack_ids_are_unique_across_languages():
    ids = [load(path)[0].id for path in PACKS]
    assert len(ids) == len(set(ids))


# -- the same lessons in every language ------------------------------------------------


def shape(exercise: BasicsExercise) -> tuple:
    """What an exercise asks, whatever its language: its id, kind, difficulty, and each
    step's action, key, yes/no answer, which of its choices is right, pointer shape."""
    common = (exercise.id, exercise.kind)
    if exercise.kind in POINTER_KINDS:
        return common + (
            exercise.targets, exercise.start_size, exercise.min_size, exercise.min_hits,
            exercise.drag, exercise.scroll_with,
            len(exercise.menu), exercise.menu.index(exercise.choose)
            if exercise.choose in exercise.menu else None,
            len(exercise.tips), exercise.tips.index(exercise.choose)
            if exercise.choose in exercise.tips else None)
    steps = tuple(
        (step.do, step.key,
         step.value if step.value in ("on", "off", "OK", "Cancel") else "",
         len(step.choices), step.choices.index(step.value) if step.value in step.choices else None,
         step.target if step.do == "pointer" else "",
         bool(step.start), step.start == step.text if step.start else None)
        for step in exercise.steps)
    return common + (len(exercise.files), steps)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_teaches_the_english_exercises_in_the_same_order(language):
    for english, other in zip(packs("en"), packs(language), strict=True):
        english_header, english_exercises = load(english)
        header, exercises = load(other)
        assert short_name(header.id) == short_name(english_header.id)
        assert [shape(e) for e in exercises] == [shape(e) for e in english_exercises], other.name


def test_the_symbols_of_an_email_address_are_the_same_in_every_language():
    """The keyboard's symbol steps type the same signs everywhere (@ . - _)."""
    def symbols(path: Path) -> list[str]:
        exercise = next(e for e in load(path)[1] if e.id == "email-address")
        return [step.text for step in exercise.steps if len(step.text) == 1]

    english = symbols(LESSONS / "en" / "2-keyboard.toml")
    assert sorted(english) == sorted("@.-_")
    for language in LANGUAGES:
        assert symbols(LESSONS / language / "2-keyboard.toml") == english, language


# -- easy first ------------------------------------------------------------------------


@pytest.mark.parametrize("path", PACKS, ids=IDS)
def test_step_exercises_have_three_to_eight_steps(path):
    for exercise in load(path)[1]:
        if exercise.kind not in POINTER_KINDS:
            assert 3 <= len(exercise.steps) <= 8, exercise.id


def test_the_mouse_starts_with_big_targets_and_the_first_ones_are_the_biggest():
    exercises = load(LESSONS / "en" / "1-mouse.toml")[1]
    first, second = exercises[0], exercises[1]
    assert first.kind == "hold" and second.kind == "point"
    assert first.start_size >= 140 and second.start_size >= 120
    assert first.start_size == max(e.start_size for e in exercises)
    clicks = [e for e in exercises if e.kind == "click"]
    assert clicks[0].start_size > clicks[1].start_size  # then smaller, once it is known


# -- short words, said aloud -----------------------------------------------------------


@pytest.mark.parametrize("path", PACKS, ids=IDS)
def test_everything_said_aloud_is_short(path):
    too_long = []
    for where, text in every_say(path):
        limit = MAX_STEP_WORDS if " step " in where else MAX_EXERCISE_WORDS
        if len(text) > MAX_SAY or len(words(text)) > limit:
            too_long.append(f"{where}: {len(words(text))} words, {len(text)} characters")
        for sentence in re.split(r"(?<=[.!?؟])\s+", text):
            if len(words(sentence)) > MAX_SENTENCE_WORDS:
                too_long.append(f"{where}: a sentence of {len(words(sentence))} words")
    assert too_long == []


def test_the_word_count_counts_words_not_signs():
    assert len(words("Type 1, 2 and 3 : ok.")) == 6
    assert len(words("انقر على الزر « موافق » .")) == 4


ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]")


def arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return len(ARABIC_LETTER.findall(text)) / len(letters) if letters else 0.0


@pytest.mark.parametrize("path", packs("ar"), ids=lambda p: p.name)
def test_the_arabic_packs_are_written_in_arabic(path):
    """Titles and words said aloud are Arabic: Latin letters only for what the learner
    types or reads on the keys (CV, Enter, Shift...), never half of a text."""
    header, exercises = load(path)
    texts = [("title", header.title), ("description", header.description)]
    for exercise in exercises:
        texts += [(exercise.id, exercise.title), (exercise.id, exercise.say)]
        texts += [(exercise.id, word) for word in (*exercise.menu, *exercise.tips)]
        texts += [(f"{exercise.id} step", step.say) for step in exercise.steps]
        texts += [(f"{exercise.id} choices", choice) for step in exercise.steps
                  for choice in step.choices]
    latin = [f"{where}: {text}" for where, text in texts if arabic_share(text) < 0.5]
    assert latin == []


def test_the_arabic_share_tells_arabic_from_latin():
    assert arabic_share("اضغط على مفتاح Enter") > 0.5
    assert arabic_share("Click OK") == 0
    assert arabic_share("اكتب amina.k@mail.com") < 0.5


# Words for "left" and "right" each language may use only for the mouse's buttons and the
# arrow keys (physical: they do not mirror); a direction on the screen must be worded so it
# stays true in a mirrored, right-to-left screen ("the button with the cross").
SIDES = {
    "en": (r"\b(left|right)\b",
           [r"\b(left|right) button", r"\bright-click", r"points (left|right)\b"]),
    "fr": (r"\b(gauche|droite?)\b",
           [r"bouton (gauche|droit)\b", r"\bclic droit\b", r"flèche vers la (gauche|droite)"]),
    "ar": (r"(يمين|يسار|أيمن|أيسر|يمنى|يسرى)",
           [r"الزر (الأيمن|الأيسر)", r"(السهم|سهم) (الأيمن|الأيسر)",
            r"(السهم|سهم) (المتجه )?(إلى|نحو) (اليمين|اليسار)",
            r"(نقرة|بالزر|النقر) ?(بالزر )?(الأيمن|الأيسر)"]),
    "sw": (r"\b(kushoto|kulia)\b",
           [r"kitufe cha (kushoto|kulia)", r"(mshale|kishale) (wa|unaoelekea) (kushoto|kulia)",
            r"(bofya|bofye|bonyeza) (kwa )?(kitufe cha )?(kulia|kushoto)"]),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_left_and_right_name_only_the_mouse_buttons_and_the_arrow_keys(language):
    wrong = [f"{path.name} {where}: {text}" for path in packs(language)
             for where, text in every_say(path) if says_a_side_of_the_screen(language, text)]
    assert wrong == []


def says_a_side_of_the_screen(language: str, text: str) -> bool:
    side, allowed = SIDES[language]
    rest = text.lower()
    for phrase in allowed:
        rest = re.sub(phrase, " ", rest)
    return re.search(side, rest) is not None


@pytest.mark.parametrize(("language", "wrong", "right"), [
    ("en", "Click the button on the right.", "Press the right button on the circle."),
    ("fr", "Cliquez sur le bouton à droite.", "Appuyez sur le bouton droit."),
    ("ar", "انقر على الزر الذي في اليمين.", "اضغط بالزر الأيمن على الدائرة."),
    ("sw", "Bofya kitufe kilicho kulia.", "Bonyeza kitufe cha kulia juu ya duara."),
])
def test_the_side_check_tells_the_screen_from_the_mouse(language, wrong, right):
    assert says_a_side_of_the_screen(language, wrong)
    assert not says_a_side_of_the_screen(language, right)


# -- files exercises can be done -------------------------------------------------------


@pytest.mark.parametrize("path", [p for p in PACKS if p.name == "4-files.toml"],
                         ids=lambda p: p.parent.name)
def test_every_files_exercise_can_be_done_in_the_practice_explorer(path):
    problems = {exercise.id: step_problems(exercise.files, exercise.steps)
                for exercise in load(path)[1] if exercise.kind == "files"}
    assert problems and {k: v for k, v in problems.items() if v} == {}


# -- the standards table ---------------------------------------------------------------


def table() -> dict[str, set[int]]:
    """The standards table's rows: "pack/exercise" -> the Northstar numbers it names."""
    rows = {}
    for line in STANDARDS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\|\s*`([a-z0-9-]+/[a-z0-9-]+)`\s*\|([^|]*)\|([^|]*)\|", line)
        if match:
            assert match.group(1) not in rows, f"{match.group(1)} is in the table twice"
            rows[match.group(1)] = {int(n) for n in re.findall(r"\d+", match.group(3))}
    return rows


def listed(heading: str) -> set[int]:
    """The standards a section of the document lists ("- **4.** Demonstrate...")."""
    text = STANDARDS.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return {int(n) for n in re.findall(r"^- \*\*(\d+)\.\*\*", section, re.M)}


def test_the_standards_table_names_every_shipped_exercise_and_only_those():
    shipped = {f"{short_name(load(path)[0].id)}/{exercise.id}"
               for path in PACKS for exercise in load(path)[1]}
    assert set(table()) == shipped


def test_every_exercise_is_mapped_to_a_northstar_standard():
    assert {row: numbers for row, numbers in table().items()
            if not numbers or not numbers <= set(NORTHSTAR)} == {}


def test_the_standards_covered_and_not_covered_are_all_of_northstar_once():
    covered = set().union(*table().values())
    not_covered = listed("Northstar standards not covered yet")
    assert listed("Northstar standards covered") == covered
    assert covered & not_covered == set()
    assert covered | not_covered == set(NORTHSTAR)
