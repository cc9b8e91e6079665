"""The typing screen's text as data, and what is printed on a key."""

from tutor.skills.typing.engine import TypingSession
from tutor.skills.typing.layouts import Key, keycap, load_layout
from tutor.skills.typing.typed_text import (
    line_of,
    runs,
    unfold_presentation_forms,
    wrap_positions,
)


def test_lines_wrap_at_spaces_and_at_line_breaks():
    text = "one two three four"
    assert wrap_positions(text, 9) == [(0, 8), (8, 14), (14, 18)]
    assert [text[a:b] for a, b in wrap_positions(text, 9)] == ["one two ", "three ", "four"]
    assert wrap_positions("12\n34\n", 44) == [(0, 3), (3, 6)]
    assert wrap_positions("", 44) == [(0, 0)]
    assert wrap_positions("abcdefghij", 4) == [(0, 4), (4, 8), (8, 10)]  # no space: cut


def test_the_line_of_the_cursor_and_the_last_line_at_the_end():
    lines = [(0, 8), (8, 14), (14, 18)]
    assert [line_of(lines, p) for p in (0, 7, 8, 17, 18)] == [0, 0, 1, 2, 2]


def test_runs_of_done_wrong_current_and_todo():
    session = TypingSession("abcdef", stop_on_error=False)
    for n, char in enumerate("abxd"):
        session.type_char(char, n)
    assert runs(session, 0, 6) == [("done", "ab"), ("wrong", "x"), ("done", "d"),
                                   ("current", "e"), ("todo", "f")]
    assert runs(session, 4, 6) == [("current", "e"), ("todo", "f")]


def test_the_arabic_lam_alef_key_counts_as_two_letters():
    assert unfold_presentation_forms("\ufefb") == "لا"
    assert unfold_presentation_forms("سلام²") == "سلام²"


def key(pos="AC01", base="a", shift="A"):
    return Key(pos=pos, base=base, shift=shift, finger="lp", row=2, column=1.0)


def test_keycaps():
    assert keycap(key()) == ("A", "")  # a letter shows its capital
    assert keycap(key(base="&", shift="1")) == ("&", "1")  # AZERTY's digit row
    assert keycap(key(base=",", shift=",")) == (",", "")
    assert keycap(key(base="dead_circumflex", shift="dead_diaeresis")) == ("^", "¨")
    assert keycap(key(pos="SPCE", base=" ", shift=" ")) == ("", "")
    assert keycap(key(pos="NMLK", base="", shift="")) == ("Num", "")
    assert keycap(key(pos="KPEN", base="\n", shift="")) == ("↵", "")
    assert keycap(key(pos="LFSH", base="", shift="")) == ("⇧ Shift", "")
    ar = load_layout("ar")
    assert all(isinstance(keycap(k)[0], str) for k in ar.keys)
