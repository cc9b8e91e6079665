"""Keyboard basics: when a keys step is done or slipped, the next key, and where the keys
are on the learner's own layout (worked examples)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tutor.skills.basics.keys import (
    DONE,
    NOTHING,
    SLIP,
    Box,
    Hint,
    Keys,
    Press,
    caps_lock_after,
    distance,
    first_cursor,
    first_text,
    is_right_to_left,
    keyboard,
    keyboard_size,
    keys_for,
    keys_for_char,
    learner_layout,
    next_key,
    outcome,
    symbol_table,
)
from tutor.skills.basics.model import BasicsExercise, Step
from tutor.skills.typing.layouts import load_layout


def step(do: str, **fields) -> Step:
    return Step(do=do, say="Do it.", **fields)


def typed(before: str, after: str, key: str = "", text: str = "", box: int = 0) -> Press:
    return Press(key, text, Box(before, len(before)), Box(after, len(after)), box)


# --- press ---------------------------------------------------------------------------------

def test_the_asked_key_finishes_a_press_step():
    enter = step("press", key="Enter")
    assert outcome(enter, Press("Enter", "\n", Box(), Box("\n", 1))) == DONE


def test_another_key_is_a_slip_but_a_modifier_alone_is_not():
    enter = step("press", key="Enter")
    assert outcome(enter, Press("Space", " ", Box(), Box(" ", 1))) == SLIP
    assert outcome(enter, Press("", "a", Box(), Box("a", 1))) == SLIP
    assert outcome(enter, Press("Shift")) == NOTHING
    assert outcome(enter, Press("AltGr")) == NOTHING


def test_shift_and_caps_lock_can_be_the_key_asked():
    assert outcome(step("press", key="Shift"), Press("Shift")) == DONE
    assert outcome(step("press", key="CapsLock"), Press("CapsLock")) == DONE
    assert outcome(step("press", key="Shift"), Press("CapsLock")) == SLIP


def test_delete_starts_with_the_cursor_before_the_text():
    assert first_cursor(step("press", key="Delete", start="abc")) == 0
    assert first_cursor(step("press", key="Backspace", start="abc")) == 3


# --- type ----------------------------------------------------------------------------------

def test_typing_the_text_letter_by_letter():
    name = step("type", text="Ali")
    assert outcome(name, typed("", "A", text="A")) == NOTHING
    assert outcome(name, typed("A", "Al", text="l")) == NOTHING
    assert outcome(name, typed("Al", "Ali", text="i")) == DONE


def test_a_small_letter_for_a_capital_is_a_slip_and_taking_it_away_is_not():
    name = step("type", text="Ali")
    assert outcome(name, typed("", "a", text="a")) == SLIP
    assert outcome(name, typed("a", "", key="Backspace")) == NOTHING


def test_enter_in_a_type_step_is_a_slip():
    assert outcome(step("type", text="ok"), typed("ok"[:1], "o\n", key="Enter", text="\n")) == SLIP


def test_distance_counts_letters_to_take_away_and_to_add():
    assert distance("", "Ali") == 3
    assert distance("a", "Ali") == 4  # take "a" away, add A, l, i
    assert distance("helo wrld", "hello world") == 2
    assert distance("x" * 500, "ab") == 502  # a key held down: not compared letter by letter


# --- correct -------------------------------------------------------------------------------

def test_backspace_at_the_start_of_a_box_does_nothing():
    fix = step("correct", start="helo", text="hello")
    assert outcome(fix, Press("Backspace", "", Box("helo", 0), Box("helo", 0))) == NOTHING


def test_correcting_with_the_arrows_and_a_letter():
    fix = step("correct", start="helo", text="hello")
    assert outcome(fix, Press("Left", "", Box("helo", 4), Box("helo", 3))) == NOTHING
    assert outcome(fix, Press("", "l", Box("helo", 3), Box("hello", 4))) == DONE


def test_deleting_a_right_letter_is_a_slip():
    fix = step("correct", start="catt", text="cat")
    assert outcome(fix, Press("Backspace", "", Box("catt", 2), Box("ctt", 1))) == SLIP
    assert outcome(fix, Press("Backspace", "", Box("catt", 4), Box("cat", 3))) == DONE


def test_the_next_key_to_correct_a_text():
    fix = step("correct", start="helo", text="hello")
    assert next_key(fix, Box("helo", 4)) == Hint(key="Left")  # to the missing letter
    assert next_key(fix, Box("helo", 3)) == Hint(char="l")
    assert next_key(fix, Box("hello", 5)) is None
    extra = step("correct", start="catt", text="cat")
    assert next_key(extra, Box("catt", 4)) == Hint(key="Backspace")
    assert next_key(extra, Box("catt", 0)) == Hint(key="Right")
    wrong = step("correct", start="cst", text="cat")
    assert next_key(wrong, Box("cst", 1)) == Hint(key="Delete")  # "s" is after the cursor
    assert next_key(wrong, Box("cst", 2)) == Hint(key="Backspace")
    assert next_key(wrong, Box("ct", 1)) == Hint(char="a")


def test_in_arabic_the_next_letter_is_on_the_left():
    fix = step("correct", start="سلم", text="سلام")
    assert is_right_to_left("سلام") and not is_right_to_left("hello")
    assert next_key(fix, Box("سلم", 0)) == Hint(key="Left")  # logically forward
    assert next_key(fix, Box("سلم", 3)) == Hint(key="Right")


def test_the_next_key_after_a_wrong_letter_is_backspace():
    name = step("type", text="Ali")
    assert next_key(name, Box("Ax", 2)) == Hint(key="Backspace")
    assert next_key(name, Box("A", 1)) == Hint(char="l")
    assert next_key(step("type", text="a b"), Box("a", 1)) == Hint(key="Space")


def test_a_small_letter_with_caps_lock_on_asks_for_caps_lock():
    assert next_key(step("type", text="ab"), Box("a", 1), caps=True) == Hint(key="CapsLock")
    assert next_key(step("type", text="AB"), Box("A", 1), caps=True) == Hint(char="B")


# --- tab -----------------------------------------------------------------------------------

def test_tab_then_type_in_the_second_box():
    go = step("tab", text="Kigali")
    assert next_key(go, Box(), focus=0) == Hint(key="Tab")
    assert outcome(go, Press("Tab", "", Box(), Box(), box=0)) == NOTHING
    assert outcome(go, typed("", "K", text="K", box=0)) == SLIP  # typed in the first box
    assert outcome(go, typed("Kigal", "Kigali", text="i", box=1)) == DONE


# --- Caps Lock -----------------------------------------------------------------------------

def test_caps_lock_turns_round_and_letters_tell_its_state():
    assert caps_lock_after(False, "CapsLock", "", False) is True
    assert caps_lock_after(True, "CapsLock", "", False) is False
    assert caps_lock_after(False, "", "A", False) is True  # a capital without Shift
    assert caps_lock_after(True, "", "a", False) is False
    assert caps_lock_after(False, "", "a", True) is True  # Shift with Caps Lock gives small
    assert caps_lock_after(False, "", "A", True) is False
    assert caps_lock_after(True, "", "1", False) is True  # a digit tells nothing


# --- where the keys are --------------------------------------------------------------------

def test_azerty_at_sign_is_altgr_and_the_a_grave_key():
    fr = load_layout("fr")
    assert keys_for_char(fr, "@") == Keys(("AE10",), ("AltGr",))
    assert fr.key("AE10").base == "à"


def test_azerty_digits_need_shift():
    fr = load_layout("fr")
    table = symbol_table(fr)
    for digit, position in zip("1234567890", [f"AE{n:02d}" for n in range(1, 11)], strict=True):
        assert table[digit].keys == (position,)
        assert table[digit].modifiers in (("LFSH",), ("RTSH",)), digit
    assert table["."] == Keys(("AB08",), ("LFSH",))  # Shift and ";"
    assert table["_"] == Keys(("AE08",), ())  # the "8" key, alone
    assert table["-"] == Keys(("AE06",), ())


def test_qwerty_digits_are_alone_and_at_needs_shift():
    us = load_layout("us")
    table = symbol_table(us)
    assert table["1"] == Keys(("AE01",), ())
    assert table["@"] == Keys(("AE02",), ("RTSH",))
    assert table["_"].modifiers and table["-"] == Keys(("AE11",), ())


def test_arabic_keyboard_has_the_dot_on_shift_and_latin_letters_on_the_us_keys():
    ar = load_layout("ar")
    assert keys_for_char(ar, ".") == Keys(("AB09",), ("LFSH",))
    assert keys_for_char(ar, "@") == Keys(("AE02",), ("RTSH",))
    latin = keys_for_char(ar, "a")
    assert latin.keys == ("AC01",) and latin.other_layout == "us"
    arabic = keys_for_char(load_layout("us"), "س")
    assert arabic.keys == ("AC02",) and arabic.other_layout == "ar"


def test_capitals_need_shift_unless_caps_lock_is_on():
    us = load_layout("us")
    assert keys_for_char(us, "A").modifiers == ("RTSH",)
    assert keys_for_char(us, "A", caps=True) == Keys(("AC01",), ())


def test_named_keys_are_drawn_on_every_layout():
    for layout_id in ("us", "fr", "ar"):
        caps = keyboard(load_layout(layout_id))
        names = {c.name for c in caps}
        assert {"Enter", "Backspace", "Tab", "CapsLock", "LFSH", "RTSH", "SPCE", "AltGr",
                "Left", "Right", "Up", "Down", "Escape", "Delete"} <= names, layout_id
        width, height = keyboard_size(caps)
        assert width == pytest.approx(15.0) and height == pytest.approx(5.75)
    assert keys_for(load_layout("us"), Hint(key="Shift")) == Keys(("LFSH", "RTSH"))
    assert keys_for(load_layout("us"), Hint(key="Space")) == Keys(("SPCE",))


def test_azerty_enter_takes_two_rows_and_prints_at_on_the_a_grave_key():
    caps = {c.name: c for c in keyboard(load_layout("fr"))}
    assert caps["Enter"].second is not None  # ISO: an L-shaped Enter
    assert caps["AE10"].label == "à" and caps["AE10"].corner == "0" and caps["AE10"].altgr == "@"
    assert caps["AC01"].altgr == ""  # the Q key does not print the @ XKB also puts there
    us_caps = {c.name: c for c in keyboard(load_layout("us"))}
    assert us_caps["Enter"].second is None and us_caps["Enter"].w == pytest.approx(2.25)


def test_an_unknown_layout_falls_back_to_us():
    assert learner_layout("xx").id == "us"
    assert learner_layout("fr").id == "fr"


# --- every shipped keys exercise, played by a learner who follows the hints -------------

LESSONS = Path(__file__).parents[3] / "lessons" / "basics"


def shipped_steps(kind: str) -> list[tuple[str, Step]]:
    found = []
    for path in sorted(LESSONS.glob("*/*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for raw in data.get("exercises", []):
            exercise = BasicsExercise.model_validate(raw)
            if exercise.kind == kind:
                found += [(f"{path.parent.name}/{path.name}:{exercise.id}:{n}", s)
                          for n, s in enumerate(exercise.steps, 1)]
    return found


def pressed(box: Box, hint: Hint) -> Press:
    """What a text box does with the hinted key (a box's rules, for the test)."""
    text, at = box.text, box.cursor
    if hint.key == "Backspace":
        after = Box(text[:at - 1] + text[at:], at - 1) if at else box
    elif hint.key == "Delete":
        after = Box(text[:at] + text[at + 1:], at)
    elif hint.key in ("Left", "Right"):
        forward = (hint.key == "Right") != is_right_to_left(text)
        after = Box(text, max(0, min(len(text), at + (1 if forward else -1))))
    else:
        char = {"Space": " ", "Enter": "\n"}.get(hint.key, hint.char)
        after = Box(text[:at] + char + text[at:], at + len(char))
    return Press(hint.key, hint.char, box, after)


def test_every_shipped_keys_step_can_be_done_by_following_the_hints():
    steps = shipped_steps("keys")
    assert len(steps) > 40
    for where, each in steps:
        if each.do == "press":
            assert outcome(each, Press(each.key)) == DONE, where
            continue
        box, focus = Box(first_text(each), first_cursor(each)), 0
        if each.do == "tab":
            assert next_key(each, box, focus=0) == Hint(key="Tab"), where
            box, focus = Box(), 1
        for _ in range(3 * (len(each.text) + len(each.start)) + 5):
            hint = next_key(each, box, focus)
            assert hint is not None, where
            press = pressed(box, hint)
            result = outcome(each, Press(press.key, press.typed, press.before, press.after, focus))
            assert result != SLIP, (where, hint, box)
            box = press.after
            if result == DONE:
                break
        else:
            pytest.fail(f"{where}: the hints never reach {each.text!r}")


@pytest.mark.parametrize("layout_id", ["us", "fr", "ar"])
def test_every_character_of_the_shipped_lessons_is_on_the_learners_keyboard(layout_id):
    layout = load_layout(layout_id)
    for where, each in shipped_steps("keys"):
        for char in each.text:
            if char not in " \n":
                assert keys_for_char(layout, char).keys, (where, char, layout_id)
