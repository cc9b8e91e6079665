"""A job task's answer → :class:`TaskVerdict` (a score from 0 to 1, passed, notes).

One function, :func:`grade_task`, for every kind of task (``model.TASK_KINDS``). Answers
come from the widgets as JSON-able values (see the answer formats in ``model.py``'s
kinds): a label, ``[[start, end, label], ...]``, ``[[x, y, w, h], ...]``,
``{"values": {...}, "keystrokes": n}`` or the list of items a reviewer marked wrong. An
answer of the wrong shape is a failed task with a note, never an exception.

Notes are English sources marked with ``QT_TRANSLATE_NOOP("jobs", ...)`` and their
parameters, translated by the room at the edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.jobs.model import IOU_PASS, SCENE_HEIGHT, SCENE_WIDTH, Task
from tutor.skills.jobs.scoring import (
    Box,
    SpanKey,
    entry_scores,
    iou,
    match_boxes,
    normalise_field,
    span_scores,
)

MAX_SPANS = 200  # spans an entities answer may hold
MAX_BOXES = 100  # boxes a boxes answer may hold
MAX_TYPED = 1_000  # characters of a typed field read
MAX_KEYSTROKES = 10_000_000
MAX_NOTES = 6  # notes of one kind (missed spans, wrong fields...) shown at most
# (source, params), or (source, params, context) for a note in another skill's words
# (a proposal's, in the email grader's)
Note = tuple[str, Mapping[str, Any]] | tuple[str, Mapping[str, Any], str]

MALFORMED = QT_TRANSLATE_NOOP("jobs", "This answer could not be read.")


@dataclass(frozen=True)
class TaskVerdict:
    score: float  # 0 to 1
    passed: bool
    notes: tuple[Note, ...] = field(default_factory=tuple)

    def notes_json(self) -> list[dict[str, Any]]:
        return [{"message": note[0], "params": dict(note[1]),
                 **({"context": note[2]} if len(note) > 2 else {})}
                for note in self.notes]


class Malformed(ValueError):
    """An answer that is not of its task's shape."""


# -- reading answers --------------------------------------------------------------------------

def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_spans(task: Task, answer: object) -> list[SpanKey]:
    """``[[start, end, label], ...]`` inside the task's text with its labels."""
    if not isinstance(answer, list | tuple) or len(answer) > MAX_SPANS:
        raise Malformed("spans")
    spans = []
    for item in answer:
        if not isinstance(item, list | tuple) or len(item) != 3:
            raise Malformed("span")
        start, end, label = item
        if not (_is_int(start) and _is_int(end) and isinstance(label, str)):
            raise Malformed("span")
        if not 0 <= start < end <= len(task.text) or label not in task.labels:
            raise Malformed("span")
        spans.append((start, end, label))
    return spans


def parse_boxes(answer: object) -> list[Box]:
    """``[[x, y, w, h], ...]``, numbers inside the 640x400 scene (a box may stick out)."""
    if not isinstance(answer, list | tuple) or len(answer) > MAX_BOXES:
        raise Malformed("boxes")
    boxes = []
    for item in answer:
        if not isinstance(item, list | tuple) or len(item) != 4:
            raise Malformed("box")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in item):
            raise Malformed("box")
        x, y, w, h = item
        if not (-SCENE_WIDTH <= x <= 2 * SCENE_WIDTH and -SCENE_HEIGHT <= y <= 2 * SCENE_HEIGHT
                and 0 <= w <= 2 * SCENE_WIDTH and 0 <= h <= 2 * SCENE_HEIGHT):
            raise Malformed("box")
        boxes.append((float(x), float(y), float(w), float(h)))
    return boxes


def parse_entry(answer: object) -> tuple[dict[str, str], int]:
    """``{"values": {field: text}, "keystrokes": n}`` → (values, keystrokes)."""
    if not isinstance(answer, Mapping):
        raise Malformed("entry")
    values, keystrokes = answer.get("values"), answer.get("keystrokes", 0)
    if not isinstance(values, Mapping) or len(values) > 100:
        raise Malformed("values")
    if not _is_int(keystrokes) or not 0 <= keystrokes <= MAX_KEYSTROKES:
        raise Malformed("keystrokes")
    typed = {}
    for name, text in values.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise Malformed("value")
        typed[name] = text[:MAX_TYPED]
    return typed, keystrokes


def parse_marks(task: Task, answer: object) -> set[str]:
    """The items a reviewer marked wrong: field names of the document, or "label"."""
    if not isinstance(answer, list | tuple) or len(answer) > 100:
        raise Malformed("marks")
    items = set(review_items(task))
    marks = set()
    for item in answer:
        if not isinstance(item, str) or item not in items:
            raise Malformed("mark")
        marks.add(item)
    return marks


# -- what is right ----------------------------------------------------------------------------

def gold_boxes(task: Task) -> list[Box]:
    """The boxes of the scene's objects of the class to box (``labels[0]``)."""
    thing = task.labels[0] if task.labels else ""
    return [(o.x, o.y, o.w, o.h) for o in task.scene if o.thing == thing]


def gold_spans(task: Task) -> list[SpanKey]:
    return [(s.start, s.end, s.label) for s in task.spans]


def gold_values(task: Task) -> dict[str, str]:
    return {f.name: f.value for f in task.document.fields} if task.document else {}


def review_items(task: Task) -> list[str]:
    """What a reviewer judges: the document's fields, or the one label of a classify
    review."""
    return [f.name for f in task.document.fields] if task.document else ["label"]


def planted_errors(task: Task) -> set[str]:
    """The review's items that are wrong: a field whose submitted value is not the
    document's (a field the other worker left out counts as submitted empty; spaces
    nobody can see are not an error), or the label when it is not the answer."""
    if task.document is None:
        return {"label"} if task.submitted != task.answer else set()
    return {f.name for f in task.document.fields
            if normalise_field(task.submitted_fields.get(f.name, "")) != normalise_field(f.value)}


# -- grading ----------------------------------------------------------------------------------

def _labels(task: Task) -> dict[str, str]:
    return {f.name: f.label for f in task.document.fields} if task.document else {}


def _grade_classify(task: Task, answer: object) -> TaskVerdict:
    if not isinstance(answer, str):
        raise Malformed("label")
    if answer == task.answer:
        return TaskVerdict(1.0, True)
    return TaskVerdict(0.0, False, ((QT_TRANSLATE_NOOP("jobs", "The right label is {label}."),
                                     {"label": task.answer}),))


def _grade_entities(task: Task, answer: object) -> TaskVerdict:
    scores = span_scores(task.text, parse_spans(task, answer), gold_spans(task))
    notes: list[Note] = []
    for start, end, label in sorted(scores.missed)[:MAX_NOTES]:
        notes.append((QT_TRANSLATE_NOOP("jobs", "Not marked: \"{text}\" ({label})."),
                      {"text": task.text[start:end], "label": label}))
    for start, end, label in sorted(scores.extra)[:MAX_NOTES]:
        notes.append((QT_TRANSLATE_NOOP("jobs", "Not a {label} here: \"{text}\"."),
                      {"text": task.text[start:end], "label": label}))
    f1 = scores.f1
    return TaskVerdict(round(f1, 4), f1 == 1.0, tuple(notes))


def _grade_boxes(task: Task, answer: object) -> TaskVerdict:
    drawn, gold = parse_boxes(answer), gold_boxes(task)
    match = match_boxes(drawn, gold, IOU_PASS)
    notes: list[Note] = []
    if gold:
        notes.append((QT_TRANSLATE_NOOP("jobs", "{found} of {total} boxes found."),
                      {"found": len(match.pairs), "total": len(gold)}))
    loose = 0
    for i in match.extra:
        best = max((iou(drawn[i], gold[j]) for j in match.missed), default=0.0)
        if best > 0.1:
            loose += 1
            if loose <= MAX_NOTES:
                notes.append((QT_TRANSLATE_NOOP(
                    "jobs", "A box is too loose or too tight: it overlaps {overlap} % (at least "
                    "{needed} % counts)."), {"overlap": int(best * 100), "needed": round(IOU_PASS * 100)}))
    if len(match.extra) > loose:
        notes.append((QT_TRANSLATE_NOOP("jobs", "Boxes round nothing to box: {count}."),
                      {"count": len(match.extra) - loose}))
    passed = not match.missed and not match.extra
    return TaskVerdict(round(match.f1, 4), passed, tuple(notes))


def _grade_entry(task: Task, answer: object) -> TaskVerdict:
    typed, _ = parse_entry(answer)
    scores = entry_scores(typed, gold_values(task))
    labels = _labels(task)
    notes: list[Note] = []
    for name in scores.near[:MAX_NOTES]:
        notes.append((QT_TRANSLATE_NOOP("jobs", "Nearly right: {field} (a capital letter or one "
                                                "character)."), {"field": labels.get(name, name)}))
    for name in scores.wrong[:MAX_NOTES]:
        notes.append((QT_TRANSLATE_NOOP("jobs", "Not what the document says: {field}."),
                      {"field": labels.get(name, name)}))
    return TaskVerdict(round(scores.accuracy, 4), not scores.near and not scores.wrong,
                       tuple(notes))


def _grade_review(task: Task, answer: object) -> TaskVerdict:
    marks = parse_marks(task, answer)
    errors = planted_errors(task)
    items = review_items(task)
    labels = _labels(task) or {"label": "label"}
    right = sum(1 for item in items if (item in marks) == (item in errors))
    notes: list[Note] = []
    for item in [i for i in items if i in errors and i not in marks][:MAX_NOTES]:
        notes.append((QT_TRANSLATE_NOOP("jobs", "An error you did not mark: {item}."),
                      {"item": labels.get(item, item)}))
    for item in [i for i in items if i in marks and i not in errors][:MAX_NOTES]:
        notes.append((QT_TRANSLATE_NOOP("jobs", "This was right: {item}."),
                      {"item": labels.get(item, item)}))
    return TaskVerdict(round(right / len(items), 4), right == len(items), tuple(notes))


def _grade_transcribe(task: Task, answer: object) -> TaskVerdict:
    from tutor.skills.jobs.transcription import grade_transcript

    return grade_transcript(task, answer)


def _grade_proposal(task: Task, answer: object) -> TaskVerdict:
    from tutor.skills.jobs.freelance import grade_proposal

    return grade_proposal(task, answer)


def _grade_order(task: Task, answer: object) -> TaskVerdict:
    from tutor.skills.jobs.freelance import grade_order

    return grade_order(task, answer)


def grade_task(task: Task, answer: object) -> TaskVerdict:
    """The verdict on one task's answer (see each kind in the module's docstring):

    - classify: the gold label, or nothing;
    - entities: F1 over trimmed spans; passed when F1 is 1;
    - boxes: F1 of the boxes matched at IoU >= ``IOU_PASS``; passed when every gold box
      is matched and none is extra;
    - data-entry: field accuracy; passed when every field is exact (near misses named);
    - review: items judged right / items; passed when all are.
    """
    graders = {"classify": _grade_classify, "entities": _grade_entities,
               "boxes": _grade_boxes, "data-entry": _grade_entry, "review": _grade_review,
               "transcribe": _grade_transcribe, "proposal": _grade_proposal,
               "order": _grade_order}
    try:
        return graders[task.kind](task, answer)
    except (Malformed, TypeError, OverflowError):  # TypeError: a key of no hashable type...
        return TaskVerdict(0.0, False, ((MALFORMED, {}),))
