"""The code editor's pure helpers and keys, without the room."""

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tutor.skills.coding.view_editor import CodeEditor, find_partner


def balanced(depth=3):
    leaf = st.sampled_from(["", "x", "1 + 2", "'a'"])
    return st.recursive(
        leaf,
        lambda inner: st.tuples(st.sampled_from(["()", "[]", "{}"]), st.lists(inner, max_size=3))
        .map(lambda t: t[0][0] + " ".join(t[1]) + t[0][1]),
        max_leaves=12,
    )


@given(st.lists(balanced(), min_size=1, max_size=4).map(" ".join))
def test_every_bracket_of_balanced_code_has_a_partner_whose_partner_it_is(code):
    for at, char in enumerate(code):
        if char in "()[]{}":
            partner = find_partner(code, at)
            assert partner is not None and find_partner(code, partner) == at


def test_an_unclosed_bracket_has_no_partner():
    assert find_partner('print("a"', 5) is None


def test_tab_backspace_and_shift_tab_work_in_steps_of_four(qtbot):
    editor = CodeEditor()
    qtbot.addWidget(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "x")
    assert editor.toPlainText() == "    x"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "        x"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert editor.toPlainText() == "    x"
    editor.setPlainText("if a:\n      ")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "if a:\n    "
    editor.setPlainText("def f():\n    return 1")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText().endswith("return 1\n")  # after return, back out


def test_zoom_has_bounds_and_keys(qtbot):
    editor = CodeEditor()
    qtbot.addWidget(editor)
    for _ in range(30):
        editor.zoom(1)
    assert editor.points == 36.0
    qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert editor.points == 34.0


def test_contrast_and_the_gutters_legible_numbers():
    from PySide6.QtGui import QColor

    from tutor.skills.coding.view_editor import contrast, legible_on
    from tutor.ui.style import NORMAL, palette

    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert contrast(QColor("#475569"), QColor("#e2e8f0")) == contrast(
        QColor("#e2e8f0"), QColor("#475569"))
    assert palette() is NORMAL  # the numbers keep their colours in the usual look
    assert legible_on(QColor(NORMAL.header), "muted", "selection_text").name() == NORMAL.muted
    # White on white is never chosen when another role reads.
    assert legible_on(QColor("#ffffff"), "background", "text").name() == NORMAL.text


def test_the_editor_follows_the_theme_and_keeps_its_text_size(qtbot):
    from PySide6.QtWidgets import QApplication

    from tutor.ui.style import HIGH_CONTRAST_PALETTE, NORMAL, apply_text_size

    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.set_points(17.0)
    editor.setPlainText("for n in range(3):\n    print(n)")
    assert NORMAL.surface in editor.styleSheet() and "17.0pt" in editor.styleSheet()
    assert editor.highlighter.keyword.foreground().color().name() == NORMAL.code_keyword
    app = QApplication.instance()
    try:
        apply_text_size(app, "normal", high_contrast=True)
        assert HIGH_CONTRAST_PALETTE.surface_text in editor.styleSheet()
        assert "17.0pt" in editor.styleSheet()
        assert (editor.highlighter.keyword.foreground().color().name()
                == HIGH_CONTRAST_PALETTE.code_keyword)
    finally:
        apply_text_size(app, "normal")
    assert NORMAL.surface_text in editor.styleSheet()
