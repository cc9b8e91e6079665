"""The job-task widgets, one per kind, driven with real mouse and key events: the answer
each emits (in the engine's shapes), the scene's and documents' pictures (not blank,
deterministic, turned by the skew, handwriting in blue ink), names for screen readers,
the task's words left to right in Arabic, and a fit at 1000x430. Screenshots of each kind
go to /tmp/jobs-shots/."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.ui.accessibility import unnamed
from tutor.skills.jobs.model import Document, SceneObject, Task
from tutor.skills.jobs.view_document import MAX_HEIGHT, MAX_WIDTH, document_pixmap, ink_colour
from tutor.skills.jobs.view_scene import ink, scene_pixmap
from tutor.skills.jobs.view_tasks import (
    LABEL_COLOURS,
    BoxesTask,
    ClassifyTask,
    DataEntryTask,
    DocumentReviewTask,
    EntitiesTask,
    LabelReviewTask,
    make_task_widget,
    snap_to_words,
)

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SHOTS = Path("/tmp/jobs-shots")
SIZE = (1000, 430)  # what the room gives a task in a 1024x600 window


@pytest.fixture(autouse=True)
def collected():
    """Widgets are freed at the test's end, not by the cycle collector in a later test."""
    yield
    gc.collect()


@pytest.fixture
def show(qtbot, translations):
    def show(task: Task, size=SIZE) -> tuple[QWidget, list[object]]:
        widget = make_task_widget(task)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        widget.setFocus()  # as the room does when it shows a task
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        answers: list[object] = []
        widget.answered.connect(answers.append)
        return widget, answers

    return show


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def colours(image: QImage | QPixmap) -> set[int]:
    """The distinct colours of a picture."""
    if isinstance(image, QPixmap):
        image = image.toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return set(memoryview(image.constBits()).cast("I"))


def submit_button(widget: QWidget) -> QPushButton:
    button = widget.findChild(QPushButton, "jobsSubmit")
    assert button is not None
    return button


def submit(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(submit_button(widget), LEFT)


MESSAGE = Task(id="c1", kind="classify", text="My phone does not turn on since this morning. "
               "I bought it last week.", labels=["Billing", "Technical problem", "Delivery",
                                                 "Other"], answer="Technical problem")


# -- classify ----------------------------------------------------------------------------


def test_classify_a_number_key_chooses_and_submit_emits_the_label_once(qtbot, show):
    widget, answers = show(MESSAGE)
    assert isinstance(widget, ClassifyTask)
    button = submit_button(widget)
    assert not button.isEnabled() and widget.answer() == ""  # nothing chosen yet
    submit(qtbot, widget)
    assert answers == []
    qtbot.mouseClick(widget.radios[2], LEFT)
    assert widget.answer() == "Delivery"
    QTest.keyClick(widget.radios[2], Qt.Key.Key_2)  # the digit reaches the widget
    assert widget.answer() == "Technical problem" and button.isEnabled()
    QTest.keyClick(widget.radios[1], Qt.Key.Key_7)  # no 7th label: nothing changes
    assert widget.answer() == "Technical problem"
    QTest.keyClick(widget.text, Qt.Key.Key_3)  # from the message too
    assert widget.answer() == "Delivery"
    QTest.keyClick(widget.text, Qt.Key.Key_2)
    shot(widget, "classify")
    submit(qtbot, widget)
    submit(qtbot, widget)
    assert answers == ["Technical problem"]
    assert not button.isEnabled()


# -- entities ----------------------------------------------------------------------------

# Offsets by hand: "Amina Yusuf paid 4,500 shillings in Nairobi on 12 May."
#   Amina 0-5, Yusuf 6-11, paid 12-16, 4,500 17-22, shillings 23-32, in 33-35,
#   Nairobi 36-43, on 44-46, 12 47-49, May 50-53, "." 53-54.
PAYMENT = "Amina Yusuf paid 4,500 shillings in Nairobi on 12 May."
ENTITIES = Task(id="e1", kind="entities", text=PAYMENT, labels=["Person", "Place", "Date",
                                                                 "Amount"])


def test_a_selection_snaps_to_whole_words_without_the_punctuation_round_them():
    assert snap_to_words(PAYMENT, 2, 8) == (0, 11)  # "ina Yu" -> "Amina Yusuf"
    assert snap_to_words(PAYMENT, 47, 54) == (47, 53)  # "12 May." -> "12 May"
    assert snap_to_words(PAYMENT, 35, 38) == (36, 43)  # " Na" -> "Nairobi"
    assert snap_to_words(PAYMENT, 11, 12) == (12, 12)  # a space alone: nothing
    assert snap_to_words("(Kigali),", 3, 4) == (1, 7)


def _position_point(edit, position: int) -> QPoint:
    """Where the text position ``position`` is on the text edit's viewport."""
    cursor = edit.textCursor()
    cursor.setPosition(position)
    rect = edit.cursorRect(cursor)
    return QPoint(rect.center().x() + 1, rect.center().y())


def test_entities_marked_with_the_mouse_and_keys_replaced_and_removed(qtbot, show):
    widget, answers = show(ENTITIES)
    assert isinstance(widget, EntitiesTask)
    viewport = widget.text.viewport()
    # Drag with the mouse from inside "Amina" (2) to inside "Yusuf" (8).
    qtbot.mousePress(viewport, LEFT, NONE, _position_point(widget.text, 2))
    qtbot.mouseMove(viewport, _position_point(widget.text, 5))
    qtbot.mouseMove(viewport, _position_point(widget.text, 8))
    qtbot.mouseRelease(viewport, LEFT, NONE, _position_point(widget.text, 8))
    assert widget.selection() == (2, 8)
    qtbot.mouseClick(widget.label_buttons[0], LEFT)  # Person
    # Keys: click before "Nairobi" (36), Shift+Right three times ("Nai").
    qtbot.mouseClick(viewport, LEFT, NONE, _position_point(widget.text, 36))
    widget.text.setFocus()
    for _ in range(3):
        QTest.keyClick(widget.text, Qt.Key.Key_Right, SHIFT)
    assert widget.selection() == (36, 39)
    qtbot.mouseClick(widget.label_buttons[1], LEFT)  # Place
    qtbot.mouseClick(viewport, LEFT, NONE, _position_point(widget.text, 47))
    widget.text.setFocus()
    for _ in range(7):  # "12 May."
        QTest.keyClick(widget.text, Qt.Key.Key_Right, SHIFT)
    qtbot.mouseClick(widget.label_buttons[2], LEFT)  # Date
    assert widget.answer() == [[0, 11, "Person"], [36, 43, "Place"], [47, 53, "Date"]]
    assert widget.list.count() == 3 and widget.list.item(0).text() == "Person: Amina Yusuf"
    marks = widget.text.extraSelections()
    assert [(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in marks] == [
        (0, 11), (36, 43), (47, 53)]
    assert marks[1].format.background().color() == ink(LABEL_COLOURS[1])  # Place's colour
    assert ink(LABEL_COLOURS[0]) != ink(LABEL_COLOURS[1])
    shot(widget, "entities")
    # "Yusuf" marked as a Place replaces the Person mark it overlaps.
    widget.select(7, 9)
    qtbot.mouseClick(widget.label_buttons[1], LEFT)
    assert widget.answer() == [[6, 11, "Place"], [36, 43, "Place"], [47, 53, "Date"]]
    # A click inside "Nairobi", then "Remove mark".
    qtbot.mouseClick(viewport, LEFT, NONE, _position_point(widget.text, 39))
    qtbot.mouseClick(widget.remove, LEFT)
    assert widget.answer() == [[6, 11, "Place"], [47, 53, "Date"]]
    qtbot.mouseClick(viewport, LEFT, NONE, _position_point(widget.text, 28))  # no mark
    widget.list.clearSelection()
    widget.list.setCurrentRow(-1)
    qtbot.mouseClick(widget.remove, LEFT)
    assert len(widget.answer()) == 2
    submit(qtbot, widget)
    assert answers == [[[6, 11, "Place"], [47, 53, "Date"]]]


# -- boxes -------------------------------------------------------------------------------

STREET = Task(id="b1", kind="boxes", labels=["person"], scene=[
    SceneObject(thing="house", x=420, y=90, w=180, h=170),
    SceneObject(thing="person", x=100, y=150, w=40, h=110),
    SceneObject(thing="car", x=200, y=220, w=160, h=90),
    SceneObject(thing="person", x=380, y=200, w=36, h=100),
    SceneObject(thing="tree", x=20, y=120, w=70, h=150),
    SceneObject(thing="dog", x=480, y=300, w=70, h=50),
])


def _drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(canvas, LEFT, NONE, start)
    qtbot.mouseMove(canvas, (start + end) / 2)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, LEFT, NONE, end)


def _widget_point(canvas, x: float, y: float) -> QPoint:
    point = canvas.to_widget(QPointF(x, y))
    return QPoint(round(point.x()), round(point.y()))


def test_boxes_drawn_with_the_mouse_are_answered_in_scene_pixels(qtbot, show):
    widget, answers = show(STREET)
    assert isinstance(widget, BoxesTask)
    canvas = widget.canvas
    scale = canvas.scale()
    assert 0.5 < scale < 1.0  # scaled down to fit 1000x430, the ratio kept
    assert canvas.scene_rect().width() / canvas.scene_rect().height() == pytest.approx(1.6)
    start, end = _widget_point(canvas, 100, 150), _widget_point(canvas, 140, 260)
    _drag(qtbot, canvas, start, end)
    # Scene pixels: the widget points mapped back; within a widget pixel (1/scale scene
    # pixels) of the person's box 100,150,40,110.
    first = widget.answer()
    assert len(first) == 1
    x, y, w, h = first[0]
    assert abs(x - 100) <= 1 and abs(y - 150) <= 1 and abs(x + w - 140) <= 1 \
        and abs(y + h - 260) <= 1
    corner = canvas.to_scene(QPointF(start))
    assert (x, y) == (round(corner.x()), round(corner.y()))
    # A drag of 1 widget pixel (under 3 scene pixels) is no box.
    _drag(qtbot, canvas, _widget_point(canvas, 300, 100), _widget_point(canvas, 301, 101))
    assert len(widget.answer()) == 1
    # Drawn from the bottom right to the top left: the same kind of box.
    _drag(qtbot, canvas, _widget_point(canvas, 416, 300), _widget_point(canvas, 380, 200))
    second = widget.answer()[1]
    assert abs(second[0] - 380) <= 1 and abs(second[2] - 36) <= 2
    # A third, wrong box on the car: clicked, then Delete removes it.
    _drag(qtbot, canvas, _widget_point(canvas, 210, 230), _widget_point(canvas, 350, 300))
    assert len(widget.answer()) == 3
    qtbot.mouseClick(canvas, LEFT, NONE, _widget_point(canvas, 20, 20))  # on no box
    assert canvas.selected == -1 and not widget.remove.isEnabled()
    qtbot.mouseClick(canvas, LEFT, NONE, _widget_point(canvas, 300, 290))
    assert canvas.selected == 2 and widget.remove.isEnabled()
    shot(widget, "boxes")
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(widget.answer()) == 2
    # The "Remove box" button removes the selected (the second) box.
    qtbot.mouseClick(canvas, LEFT, NONE, _widget_point(canvas, 398, 250))
    qtbot.mouseClick(widget.remove, LEFT)
    assert widget.answer() == [first[0]]
    submit(qtbot, widget)
    assert answers == [[first[0]]]
    _drag(qtbot, canvas, _widget_point(canvas, 380, 200), _widget_point(canvas, 416, 300))
    assert widget.answer() == [first[0]]  # submitted: no more drawing


# -- data entry --------------------------------------------------------------------------

INVOICE = Document.model_validate(dict(
    kind="invoice", title="INVOICE - Duka Supplies", stamp="PAID", skew=2.0, fields=[
        {"name": "client", "label": "Client", "value": "Amina Yusuf", "handwritten": True},
        {"name": "date", "label": "Date", "value": "12/05/2024", "kind": "date"},
        {"name": "total", "label": "Total", "value": "4500", "kind": "amount"},
    ]))
ENTRY = Task(id="d1", kind="data-entry", document=INVOICE)


def test_data_entry_tab_enter_and_the_keystrokes_counted(qtbot, show):
    widget, answers = show(ENTRY)
    assert isinstance(widget, DataEntryTask)
    client, date, total = widget.fields
    qtbot.mouseClick(client, LEFT)
    QTest.keyClicks(client, "Amina Yusuff")  # 12 key presses
    QTest.keyClick(client, Qt.Key.Key_Backspace)  # 1: "Amina Yusuf"
    QTest.keyClick(client, Qt.Key.Key_Shift)  # changes nothing: not counted
    QTest.keyClick(client, Qt.Key.Key_Tab)  # to the next field: not counted
    assert date.hasFocus()
    QTest.keyClick(date, Qt.Key.Key_Left)  # at the start already: nothing moves, 0
    QTest.keyClicks(date, "12/05/2024")  # 10
    QTest.keyClick(date, Qt.Key.Key_Left)  # 1: the cursor moves
    QTest.keyClick(date, Qt.Key.Key_End)  # 1
    QTest.keyClick(date, Qt.Key.Key_Return)  # to the next field: not counted
    assert total.hasFocus() and answers == []
    QTest.keyClicks(total, "4500")  # 4
    shot(widget, "data-entry")
    # 12 + 1 + 10 + 1 + 1 + 4 = 29
    expected = {"values": {"client": "Amina Yusuf", "date": "12/05/2024", "total": "4500"},
                "keystrokes": 29}
    assert widget.answer() == expected
    QTest.keyClick(total, Qt.Key.Key_Return)  # Enter in the last field submits
    assert answers == [expected]
    QTest.keyClick(total, Qt.Key.Key_Return)
    assert len(answers) == 1


def test_the_document_zooms_in_and_out(qtbot, show):
    widget, _answers = show(ENTRY)
    view = widget.document
    width = view.picture.pixmap().width()
    qtbot.mouseClick(view.zoom_in, LEFT)
    wider = view.picture.pixmap().width()
    assert wider == round(width * 1.25)
    qtbot.mouseClick(view.zoom_out, LEFT)
    qtbot.mouseClick(view.zoom_out, LEFT)
    assert view.picture.pixmap().width() == round(width * 0.8)
    for _ in range(10):
        qtbot.mouseClick(view.zoom_out, LEFT)
    assert not view.zoom_out.isEnabled()


# -- review ------------------------------------------------------------------------------


def test_a_document_review_answers_the_fields_marked_wrong(qtbot, show):
    task = Task(id="r1", kind="review", document=INVOICE,
                submitted_fields={"client": "Amina Yusuf", "date": "12/06/2024", "total": ""})
    widget, answers = show(task)
    assert isinstance(widget, DocumentReviewTask)
    assert [value.text() for value in widget.values] == ["Amina Yusuf", "12/06/2024", "(empty)"]
    assert widget.findChild(QLabel, "jobsSubmitted:total") is widget.values[2]
    assert widget.answer() == []
    qtbot.mouseClick(widget.checks["total"], LEFT)
    qtbot.mouseClick(widget.checks["date"], LEFT)
    shot(widget, "review-document")
    submit(qtbot, widget)
    assert answers == [["date", "total"]]  # in the document's order


def test_a_label_review_answers_label_or_nothing(qtbot, show):
    task = Task(id="r2", kind="review", text=MESSAGE.text, labels=MESSAGE.labels,
                answer="Technical problem", submitted="Billing")
    widget, answers = show(task)
    assert isinstance(widget, LabelReviewTask)
    assert widget.chosen.text() == "Billing"
    qtbot.mouseClick(widget.check, LEFT)
    assert widget.answer() == ["label"]
    shot(widget, "review-label")
    qtbot.mouseClick(widget.check, LEFT)
    submit(qtbot, widget)
    assert answers == [[]]


# -- every kind --------------------------------------------------------------------------

MANY_FIELDS = Task(id="d2", kind="data-entry", document=Document.model_validate(dict(
    kind="form", title="Application form", fields=[
        {"name": f"f{i}", "label": f"Field number {i}", "value": f"value {i}"}
        for i in range(14)])))
ALL = [MESSAGE, ENTITIES, STREET, ENTRY, MANY_FIELDS,
       Task(id="r3", kind="review", document=INVOICE, submitted_fields={"client": "A"}),
       Task(id="c2", kind="classify", text="Hello " * 300,
            labels=[f"Label {i}" for i in range(20)], answer="Label 3")]


@pytest.mark.parametrize("task", ALL, ids=[t.id for t in ALL])
def test_every_kind_is_named_fits_and_keeps_the_task_left_to_right(qtbot, show, task):
    widget, _answers = show(task)
    assert unnamed(widget) == []
    button = submit_button(widget)
    inside = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
    assert widget.rect().contains(inside), (inside, widget.rect())
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # an Arabic interface
    for name in ("jobsText", "jobsChoices", "jobsForm", "jobsMarkButtons"):
        part = widget.findChild(QWidget, name)
        if part is not None:
            assert part.layoutDirection() == Qt.LayoutDirection.LeftToRight, name
    if task.id == "d2":
        qtbot.wait(20)  # the layout turned round
        shot(widget, "data-entry-arabic-14-fields")


# -- pictures ----------------------------------------------------------------------------


def test_the_scene_is_a_picture_with_each_thing_in_its_box(translations):
    empty = scene_pixmap([]).toImage()
    full = scene_pixmap(STREET.scene).toImage()
    assert len(colours(full)) >= 12  # sky, ground, and each thing's own colours
    assert scene_pixmap(STREET.scene).toImage() == full  # deterministic
    for thing in STREET.scene:  # something is drawn in every box
        box = QRect(thing.x, thing.y, thing.w, thing.h)
        assert full.copy(box) != empty.copy(box), thing.thing
    # Outside every box the picture is the background.
    assert full.copy(QRect(200, 10, 100, 40)) == empty.copy(QRect(200, 10, 100, 40))
    small = scene_pixmap(STREET.scene, full.size() / 2)
    assert small.width() == 320 and small.height() == 200


def _blue_ink_pixels(image: QImage) -> int:
    """Pixels near the handwriting's ink (dark blue)."""
    target = ink_colour()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for pixel in memoryview(image.constBits()).cast("I"):
        r, g, b = (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255
        if abs(r - target.red()) + abs(g - target.green()) + abs(b - target.blue()) < 60:
            count += 1
    return count


def _desk_in_column(image: QImage, x: int) -> int:
    """The pixels of the desk (not the paper) in column ``x``, 40 px from the ends."""
    desk = ink("border_strong")
    return sum(image.pixelColor(x, y) == desk for y in range(40, image.height() - 40))


@pytest.mark.parametrize("kind", ["form", "invoice", "receipt", "id-card"])
def test_a_document_is_drawn_turned_by_its_skew_with_handwriting_in_blue_ink(translations,
                                                                             kind):
    fields: list[dict[str, object]] = [
        {"name": "name", "label": "Name", "value": "Amina Yusuf", "handwritten": True},
        {"name": "total", "label": "Total", "value": "4,500.00", "kind": "amount"}]
    straight = Document.model_validate(dict(kind=kind, title="Duka Supplies", fields=fields,
                                            stamp="PAID"))
    picture = document_pixmap(straight, 500)
    assert picture.width() == 500 and picture.height() > 150
    assert len(colours(picture)) >= 20  # paper, letters (anti-aliased), stamp, ink
    assert document_pixmap(straight, 500).toImage() == picture.toImage()  # deterministic
    turned = document_pixmap(straight.model_copy(update={"skew": 3.0}), 500)
    assert turned.toImage() != picture.toImage()
    # Straight, the paper's left edge runs down the picture at the margin (14 px): a
    # column 6 px in is all paper. Turned clockwise, the top-left corner moves right by
    # about the paper's height x sin(3 degrees), so the column's upper part is the desk.
    assert _desk_in_column(picture.toImage(), 20) == 0
    assert _desk_in_column(turned.toImage(), 20) > 30
    printed = Document.model_validate({**straight.model_dump(), "fields": [
        {**fields[0], "handwritten": False}, fields[1]]})
    assert _blue_ink_pixels(picture.toImage()) > 50
    assert _blue_ink_pixels(document_pixmap(printed, 500).toImage()) < 5
    shot_document = document_pixmap(straight.model_copy(update={"skew": -2.0}), 520)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert shot_document.save(str(SHOTS / f"document-{kind}.png"))


def test_a_long_document_is_bounded_and_wraps(translations):
    long = Document.model_validate(dict(kind="receipt", title="T" * 80, fields=[
        {"name": f"f{i}", "label": "L" * 80, "value": "W" * 200, "handwritten": i % 2 == 0}
        for i in range(30)]))
    picture = document_pixmap(long, 100_000)  # asked far too wide: bounded
    assert picture.width() <= MAX_WIDTH and picture.height() <= MAX_HEIGHT
    assert picture.height() > picture.width()  # a long receipt stays long
