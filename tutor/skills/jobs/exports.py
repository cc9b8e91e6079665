"""A learner's annotations in the formats the real tools use, so they see what their work
becomes: Label Studio JSON (classify, entities, boxes), COCO (boxes) and CoNLL (entities).

Each function takes ``(task, answer)`` pairs, the answers in the widgets' formats (see
``grading.py``); a pair whose answer cannot be read, or whose task is of another kind, is
left out. Pass the gold answers instead (``grading.gold_spans``, ``gold_boxes``) to
export the project's own truth.

Label Studio's shape follows its documentation: the task format
(https://labelstud.io/guide/task_format) — a list of tasks, each with ``id``, ``data``
and ``annotations``, each annotation a ``result`` list whose items have ``from_name``,
``to_name``, ``type`` and ``value`` — and the tags' "Sample Results JSON": ``choices``
(``value.choices``), ``labels`` (``value.start``, ``end``, ``text``, ``labels``) and
``rectanglelabels`` (https://labelstud.io/tags/rectanglelabels: ``value.x``, ``y``,
``width``, ``height`` in percent of the image, ``rotation``, and the item's
``original_width`` and ``original_height`` in pixels).

COCO's object-detection shape (https://cocodataset.org/#format-data): ``images``,
``annotations`` (``bbox`` [x, y, w, h] in pixels, ``area``, ``iscrowd`` 0,
``category_id``, ``image_id``, ``id``) and ``categories``.

CoNLL: one token a line, ``token<TAB>BIO label``, a blank line between texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from tutor.skills.jobs.grading import Malformed, parse_boxes, parse_spans
from tutor.skills.jobs.model import SCENE_HEIGHT, SCENE_THINGS, SCENE_WIDTH, Task

Pairs = Iterable[tuple[Task, Any]]
MAX_EXPORTED = 10_000  # tasks in one export

# Words (with inner hyphens and apostrophes, "well-known", "l'homme", "3,500") or one
# punctuation mark.
TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]")


def image_name(task: Task) -> str:
    """The file name of a boxes task's scene, as the room saves its picture."""
    return f"{task.id}.png"


def _kinds(pairs: Pairs, kinds: tuple[str, ...]) -> Iterator[tuple[Task, Any]]:
    for n, (task, answer) in enumerate(pairs):
        if n >= MAX_EXPORTED:
            return
        if task.kind in kinds:
            yield task, answer


# -- Label Studio -----------------------------------------------------------------------------

def label_studio(pairs: Pairs) -> list[dict[str, Any]]:
    """Label Studio's JSON export of classify, entities and boxes tasks."""
    tasks: list[dict[str, Any]] = []
    for task, answer in _kinds(pairs, ("classify", "entities", "boxes")):
        try:
            result = _label_studio_result(task, answer)
        except Malformed:
            continue
        data = {"image": image_name(task)} if task.kind == "boxes" else {"text": task.text}
        tasks.append({"id": len(tasks) + 1, "data": data, "meta": {"tutor_task": task.id},
                      "annotations": [{"result": result}]})
    return tasks


def _label_studio_result(task: Task, answer: Any) -> list[dict[str, Any]]:
    if task.kind == "classify":
        if not isinstance(answer, str) or answer not in task.labels:
            raise Malformed("label")
        return [{"id": "r1", "from_name": "label", "to_name": "text", "type": "choices",
                 "value": {"choices": [answer]}}]
    if task.kind == "entities":
        return [{"id": f"r{n}", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": start, "end": end, "text": task.text[start:end],
                           "labels": [label]}}
                for n, (start, end, label) in enumerate(parse_spans(task, answer), 1)]
    thing = task.labels[0]
    return [{"id": f"r{n}", "from_name": "label", "to_name": "image", "type": "rectanglelabels",
             "original_width": SCENE_WIDTH, "original_height": SCENE_HEIGHT, "image_rotation": 0,
             "value": {"x": round(100 * x / SCENE_WIDTH, 4), "y": round(100 * y / SCENE_HEIGHT, 4),
                       "width": round(100 * w / SCENE_WIDTH, 4),
                       "height": round(100 * h / SCENE_HEIGHT, 4),
                       "rotation": 0, "rectanglelabels": [thing]}}
            for n, (x, y, w, h) in enumerate(parse_boxes(answer), 1)]


# -- COCO -------------------------------------------------------------------------------------

def coco(pairs: Pairs) -> dict[str, Any]:
    """A COCO object-detection file of boxes tasks: one image per task (its scene),
    the categories Tutor can draw, one annotation per box."""
    categories = {thing: n for n, thing in enumerate(SCENE_THINGS, 1)}
    images: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for task, answer in _kinds(pairs, ("boxes",)):
        try:
            boxes = parse_boxes(answer)
        except Malformed:
            continue
        image_id = len(images) + 1
        images.append({"id": image_id, "file_name": image_name(task),
                       "width": SCENE_WIDTH, "height": SCENE_HEIGHT})
        for x, y, w, h in boxes:
            bbox = [_number(x), _number(y), _number(w), _number(h)]
            annotations.append({"id": len(annotations) + 1, "image_id": image_id,
                                "category_id": categories[task.labels[0]], "bbox": bbox,
                                "area": _number(w * h), "iscrowd": 0})
    return {"info": {"description": "Tutor: boxes drawn in the job tasks", "version": "1.0"},
            "images": images, "annotations": annotations,
            "categories": [{"id": n, "name": thing, "supercategory": "object"}
                           for thing, n in categories.items()]}


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 2)


# -- CoNLL ------------------------------------------------------------------------------------

def tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens of a text with their offsets: ``(start, end, token)``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def bio_labels(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Each token with its BIO label: ``B-X`` for the first token a span of label X
    touches, ``I-X`` for the next ones, ``O`` outside every span (the first span wins
    where two overlap)."""
    ordered = sorted(spans)
    begun: set[int] = set()
    labelled = []
    for start, end, token in tokens(text):
        label = "O"
        for n, (s, e, name) in enumerate(ordered):
            if start < e and s < end:
                label = f"{'I' if n in begun else 'B'}-{name}"
                begun.add(n)
                break
        labelled.append((token, label))
    return labelled


def conll(pairs: Pairs) -> str:
    """CoNLL text of entities tasks: ``token<TAB>label`` lines, a blank line between
    texts."""
    blocks = []
    for task, answer in _kinds(pairs, ("entities",)):
        try:
            spans = parse_spans(task, answer)
        except Malformed:
            continue
        lines = [f"{token}\t{label}" for token, label in bio_labels(task.text, spans)]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n" if blocks else ""
