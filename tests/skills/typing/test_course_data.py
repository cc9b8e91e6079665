"""The typing course's data: keyboard layouts, word lists and the shipped lesson packs.

Every character a lesson asks for must be typeable on the lesson's keyboard; the courses
must grow from the home row to the whole keyboard; the word lists must be real lists of
the right script. No Qt here.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tutor.content.packs import check_pack
from tutor.skills import Skill
from tutor.skills.typing.layouts import FINGERS, SPACE, Layout, parse_layout
from tutor.skills.typing.model import LAYOUT_OF_LANGUAGE, TypingExercise

ROOT = Path(__file__).parents[3]
KEYBOARDS = ROOT / "assets" / "keyboards"
WORDS = ROOT / "assets" / "words"
LESSONS = ROOT / "lessons" / "typing"
PACKS = sorted(LESSONS.rglob("*.toml"))
COURSES = sorted(LESSONS.glob("*/course.toml"))
LANGUAGES = ("en", "fr", "sw", "ar")
# Validated with the typing exercise model directly, registered or not.
SKILLS = {"typing": Skill("typing", "Typing", "typing.svg", TypingExercise, "x:y")}


def layout(layout_id: str) -> Layout:
    return parse_layout((KEYBOARDS / f"{layout_id}.toml").read_text(encoding="utf-8"), layout_id)


def pack_data(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def lesson_layout(pack: dict, lesson: dict) -> Layout:
    return layout(lesson.get("layout") or LAYOUT_OF_LANGUAGE[pack["language"]])


def lesson_characters(lesson: dict) -> set[str]:
    values = [lesson.get("keys", ""), lesson.get("new_keys", ""), lesson.get("text", "")]
    values += lesson.get("sentences", [])
    values += [value for row in lesson.get("rows", []) for value in row]
    return set("".join(values))


def words(language: str) -> list[str]:
    lines = (WORDS / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


# ------------------------------------------------------------------------- layouts


@pytest.mark.parametrize("layout_id", ["us", "fr", "ar"])
def test_layout_has_rows_fingers_home_row_and_bumps(layout_id):
    board = layout(layout_id)
    assert board.id == layout_id
    rows = list(board.rows())
    assert len(rows) == 5  # number row, three letter rows, space bar
    assert {k.finger for k in board.keys} == set(FINGERS)  # ten fingers (one thumb name)
    space = board.key(SPACE)
    assert space is not None and space.base == " " and space.finger == "th" and space.width > 4
    assert len(board.home) == 8 and len(board.bumps) == 2
    home_row = [k for k in rows[2] if k.base]
    assert set(board.home) <= {k.base for k in home_row}
    assert all(b in board.home for b in board.bumps)
    # The bumps are on the index fingers' home keys.
    assert [board.finger_for(b) for b in board.bumps] == ["li", "ri"]
    # Home keys: little, ring, middle, index of each hand, in order.
    assert [board.finger_for(c) for c in board.home] == ["lp", "lr", "lm", "li",
                                                         "ri", "rm", "rr", "rp"]
    positions = [k.pos for k in board.keys]
    assert len(positions) == len(set(positions))


@pytest.mark.parametrize("layout_id", ["us", "fr", "ar"])
def test_layout_types_digits_and_basic_punctuation(layout_id):
    board = layout(layout_id)
    for char in "0123456789 .,:/()%-":
        assert board.can_type(char), (layout_id, char)


def test_us_layout_is_qwerty():
    board = layout("us")
    assert "".join(k.base for k in list(board.rows())[1] if k.base.isalpha()) == "qwertyuiop"
    assert all(board.can_type(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'?!@")
    assert board.direction == "ltr"


def test_fr_layout_is_azerty_with_accents_and_altgr():
    board = layout("fr")
    assert "".join(k.base for k in list(board.rows())[1] if k.base.isalpha()) == "azertyuiop"
    for char in "éèàùç":  # direct keys
        strokes = board.strokes_for(char)
        assert len(strokes) == 1 and not strokes[0].shift and not strokes[0].altgr, char
    for char in "1234567890":  # Shift on AZERTY
        assert board.strokes_for(char)[0].shift, char
    for char in "@#€~{}[]|\\`":
        assert any(k.altgr == char for k in board.keys), char
        assert len(board.strokes_for(char)) == 1, char


def test_fr_dead_keys_compose_circumflex_and_diaeresis():
    board = layout("fr")
    dead_key = board.key("AD11")  # right of P
    assert dead_key is not None
    assert (dead_key.base, dead_key.shift) == ("dead_circumflex", "dead_diaeresis")
    e_key = board.key("AD03")
    ecirc = board.strokes_for("ê")
    assert [s.key for s in ecirc] == [dead_key, e_key] and not ecirc[0].shift
    euml = board.strokes_for("ë")
    assert [s.key for s in euml] == [dead_key, e_key] and euml[0].shift
    capital = board.strokes_for("Ê")
    assert [s.key for s in capital] == [dead_key, e_key] and capital[1].shift
    for char in "âêîôûÂÊÎÔÛäëïöüÿÄËÏÖÜŸ":
        assert len(board.strokes_for(char)) == 2, char
    # The opposite Shift: the dead key is on the right hand, so the left Shift.
    assert euml[0].shift_key == "LFSH"


def test_ar_layout_is_arabic_101_right_to_left():
    board = layout("ar")
    assert board.direction == "rtl"
    assert board.home == "شسيبتنمك"
    # XKB ara(basic): the G and H keys are lam and alef, B is lam-alef.
    assert board.key("AC05").base == "ل" and board.key("AC06").base == "ا"
    assert board.key("AB05").base == "\ufefb"
    for char in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "ءآأؤإئىة" "،؟":
        assert board.can_type(char), char
    assert board.strokes_for("أ")[0].shift


# --------------------------------------------------------------------- word lists


@pytest.mark.parametrize("language", LANGUAGES)
def test_word_list_is_large_clean_and_of_the_right_script(language):
    path = WORDS / f"{language}.txt"
    assert path.stat().st_size < 160_000
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and ("CC BY-SA 4.0" in first or "LGPL" in first)
    listed = words(language)
    assert len(listed) >= 5000
    assert len(set(listed)) == len(listed)
    script = {
        "en": r"[a-z]+",
        "fr": r"[a-zàâäçéèêëîïôöùûüÿ]+",
        "sw": r"(?:[abdefghijklmnoprstuvwyz]|ch|ng')+",
        "ar": r"[\u0621-\u063a\u0641-\u064a]+",
    }[language]
    bad = [w for w in listed if not re.fullmatch(script, w)]
    assert bad == []
    board = layout(LAYOUT_OF_LANGUAGE[language])
    assert all(board.can_type(c) for c in set("".join(listed)))


def test_word_lists_start_with_the_most_frequent_words():
    assert {"the", "and", "of"} <= set(words("en")[:10])
    assert {"de", "la", "le", "et"} <= set(words("fr")[:10])
    assert {"في", "من", "على"} <= set(words("ar")[:10])
    assert {"kazi", "watoto", "sokoni", "mama"} <= set(words("sw"))


# ------------------------------------------------------------------- lesson packs


def test_every_language_has_a_course_and_a_data_entry_pack():
    for language in LANGUAGES:
        assert (LESSONS / language / "course.toml").is_file()
        assert (LESSONS / language / "data-entry.toml").is_file()


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_pack_is_valid(path):
    pack, problems = check_pack(path, SKILLS)
    assert problems == [] and pack is not None
    data = pack_data(path)
    language = path.parent.name
    assert data["language"] == language and data["skill"] == "typing"
    assert data["id"] == (f"typing-{language}" if path.stem == "course"
                          else f"typing-{language}-data")
    for lesson in data["exercises"]:
        assert lesson.get("instructions"), lesson["id"]


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_character_of_every_lesson_can_be_typed(path):
    data = pack_data(path)
    for lesson in data["exercises"]:
        board = lesson_layout(data, lesson)
        missing = sorted(c for c in lesson_characters(lesson) if not board.strokes_for(c))
        assert missing == [], (lesson["id"], missing)


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_lesson_text_uses_only_the_keys_learned(path):
    for lesson in pack_data(path)["exercises"]:
        keys = set(lesson.get("keys", ""))
        if not keys:
            continue
        assert " " in keys or "\n" in keys, lesson["id"]  # a separator: space, or Enter on the keypad
        assert set(lesson.get("new_keys", "")) <= keys, lesson["id"]
        used = set(lesson.get("text", "") + "".join(lesson.get("sentences", [])))
        assert used <= keys, (lesson["id"], sorted(used - keys))


@pytest.mark.parametrize("path", COURSES, ids=lambda p: p.parent.name)
def test_course_goes_from_the_home_row_to_the_whole_keyboard(path):
    data = pack_data(path)
    lessons = data["exercises"]
    assert len(lessons) >= 20
    board = lesson_layout(data, lessons[0])
    key_sets = [set(lesson["keys"]) for lesson in lessons if lesson.get("keys")]
    assert len(key_sets) >= 20
    for before, after in zip(key_sets, key_sets[1:], strict=False):
        assert before <= after  # keys only grow
    # First the home row, two keys at a time, starting with the index fingers.
    assert set(lessons[0]["new_keys"]) == set(board.bumps)
    home_lessons = 4
    assert set().union(*key_sets[:home_lessons]) - {" "} == set(board.home)
    # Then the whole keyboard: all letters of the language, capitals (except Arabic),
    # digits and punctuation, then sentences.
    final = key_sets[-1]
    assert set("0123456789") <= final
    assert {".", ":"} <= final
    if data["language"] != "ar":
        assert set("ABCDEFGHIJKLMNOPQRSTUVWXYZ") <= final
    kinds = [lesson.get("kind", "keys") for lesson in lessons]
    assert kinds.count("sentences") >= 4
    speeds = [lesson.get("min_wpm", 10) for lesson in lessons]
    accuracies = [lesson.get("min_accuracy", 92) for lesson in lessons]
    assert speeds[0] == 10 and accuracies[0] == 92
    assert speeds == sorted(speeds) and accuracies == sorted(accuracies)
    assert 25 <= speeds[-1] <= 30 and 95 <= accuracies[-1]


def test_french_course_teaches_accents_and_dead_keys():
    lessons = pack_data(LESSONS / "fr" / "course.toml")["exercises"]
    new = "".join(lesson.get("new_keys", "") for lesson in lessons)
    for char in "éèàùçêâîôûëï":
        assert char in new, char


def test_arabic_course_starts_on_the_arabic_home_row():
    lessons = pack_data(LESSONS / "ar" / "course.toml")["exercises"]
    first = "".join(lesson["new_keys"] for lesson in lessons[:5])
    assert set(first) == set("شسيبلاتنمك")


@pytest.mark.parametrize("language", LANGUAGES)
def test_data_entry_pack_starts_with_numbers_then_forms(language):
    lessons = pack_data(LESSONS / language / "data-entry.toml")["exercises"]
    assert len(lessons) >= 5
    assert lessons[0]["kind"] == "keys" and set("0123456789") <= set(lessons[0]["keys"])
    forms = [lesson for lesson in lessons if lesson["kind"] == "data-entry"]
    assert len(forms) >= 3
    kph = [lesson["min_kph"] for lesson in forms]
    assert kph == sorted(kph) and kph[0] >= 3000 and kph[-1] >= 8000
    for lesson in forms:
        assert len(lesson["rows"]) >= 5
        assert all(len(row) == len(lesson["columns"]) for row in lesson["rows"])
