"""Exports the real tools read: Label Studio JSON (its documented shape), COCO (loaded by
pycocotools) and CoNLL (read back token by token)."""

import json
from typing import Any

import pytest

from tutor.skills.jobs.exports import bio_labels, coco, conll, label_studio, tokens
from tutor.skills.jobs.grading import gold_boxes, gold_spans
from tutor.skills.jobs.model import SCENE_THINGS, Task


def make_task(**fields: Any) -> Task:
    return Task.model_validate(fields)


CLASSIFY = make_task(id="c1", kind="classify", text="Where is my parcel?",
                labels=["Billing", "Delivery"], answer="Delivery")
TEXT = "Amina Said paid 5,000 shillings in Goma on 3 May."


def span(words: str, label: str) -> list:
    start = TEXT.index(words)
    return [start, start + len(words), label]


ENTITIES = make_task(id="e1", kind="entities", text=TEXT, labels=["PERSON", "PLACE", "DATE", "AMOUNT"],
                spans=[{"start": s, "end": e, "label": label} for s, e, label in (
                    span("Amina Said", "PERSON"), span("5,000 shillings", "AMOUNT"),
                    span("Goma", "PLACE"), span("3 May", "DATE"))])
ENTITIES_2 = make_task(id="e2", kind="entities", text="Call Jean-Paul in Kigali.",
                  labels=["PERSON", "PLACE"],
                  spans=[{"start": 5, "end": 14, "label": "PERSON"},
                         {"start": 18, "end": 24, "label": "PLACE"}])
BOXES = make_task(id="b1", kind="boxes", labels=["car"], scene=[
    {"thing": "car", "x": 20, "y": 200, "w": 160, "h": 90},
    {"thing": "car", "x": 400, "y": 220, "w": 150, "h": 80},
    {"thing": "dog", "x": 250, "y": 300, "w": 60, "h": 40}])
BOXES_2 = make_task(id="b2", kind="boxes", labels=["dog"], scene=[
    {"thing": "dog", "x": 100, "y": 100, "w": 64, "h": 40}])
ENTRY = make_task(id="d1", kind="data-entry", document={
    "kind": "form", "title": "FORM", "fields": [{"name": "n", "label": "Name", "value": "A"}]})


# -- Label Studio -----------------------------------------------------------------------------

def test_label_studio_tasks_have_the_documented_shape():
    drawn = [[22, 198, 160, 92], [400, 220, 150, 80]]
    exported = label_studio([(CLASSIFY, "Delivery"), (ENTITIES, [span("Goma", "PLACE")]),
                             (BOXES, drawn), (ENTRY, {"values": {}, "keystrokes": 0})])
    json.dumps(exported)  # JSON
    assert [t["id"] for t in exported] == [1, 2, 3]  # the data entry is not annotation
    for task in exported:
        assert set(task) >= {"id", "data", "annotations"}
        assert len(task["annotations"]) == 1
        for item in task["annotations"][0]["result"]:
            assert set(item) >= {"id", "from_name", "to_name", "type", "value"}
    classify, entities, boxes = exported
    assert classify["data"] == {"text": CLASSIFY.text}
    assert classify["annotations"][0]["result"][0]["type"] == "choices"
    assert classify["annotations"][0]["result"][0]["value"] == {"choices": ["Delivery"]}
    label = entities["annotations"][0]["result"][0]
    assert label["type"] == "labels"
    assert label["value"] == {"start": TEXT.index("Goma"), "end": TEXT.index("Goma") + 4,
                              "text": "Goma", "labels": ["PLACE"]}
    assert boxes["data"] == {"image": "b1.png"}
    first = boxes["annotations"][0]["result"][0]
    assert first["type"] == "rectanglelabels"
    assert (first["original_width"], first["original_height"]) == (640, 400)
    # (22, 198, 160, 92) in percent of 640x400: x 22/640 = 3.4375, y 198/400 = 49.5,
    # width 160/640 = 25, height 92/400 = 23.
    assert first["value"] == {"x": 3.4375, "y": 49.5, "width": 25.0, "height": 23.0,
                              "rotation": 0, "rectanglelabels": ["car"]}


def test_label_studio_leaves_out_answers_it_cannot_read():
    exported = label_studio([(CLASSIFY, 3), (CLASSIFY, "Refund"), (ENTITIES, "x"),
                             (BOXES, [[1, 2]]), (CLASSIFY, "Billing")])
    assert len(exported) == 1
    assert exported[0]["annotations"][0]["result"][0]["value"]["choices"] == ["Billing"]


# -- COCO -------------------------------------------------------------------------------------

def test_coco_export_loads_with_pycocotools(tmp_path):
    coco_api = pytest.importorskip("pycocotools.coco")
    drawn = [[22, 198, 160, 92], [400.5, 220, 150, 80]]
    data = coco([(BOXES, drawn), (BOXES_2, [list(b) for b in gold_boxes(BOXES_2)]),
                 (CLASSIFY, "Delivery")])
    path = tmp_path / "boxes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = coco_api.COCO(str(path))
    assert sorted(loaded.getImgIds()) == [1, 2]
    assert [c["name"] for c in loaded.loadCats(loaded.getCatIds())] == list(SCENE_THINGS)
    car = loaded.getCatIds(catNms=["car"])
    dog = loaded.getCatIds(catNms=["dog"])
    first = loaded.getAnnIds(imgIds=[1], catIds=car)
    assert len(first) == 2
    assert [a["bbox"] for a in loaded.loadAnns(first)] == [[22, 198, 160, 92],
                                                           [400.5, 220, 150, 80]]
    assert [a["area"] for a in loaded.loadAnns(first)] == [160 * 92, 150 * 80]
    assert all(a["iscrowd"] == 0 for a in loaded.loadAnns(first))
    second = loaded.getAnnIds(imgIds=[2], catIds=dog)
    assert [a["bbox"] for a in loaded.loadAnns(second)] == [[100, 100, 64, 40]]
    assert loaded.getAnnIds(imgIds=[2], catIds=car) == []
    assert loaded.loadImgs([1])[0] == {"id": 1, "file_name": "b1.png", "width": 640,
                                       "height": 400}


# -- CoNLL ------------------------------------------------------------------------------------

def read_conll(text: str) -> list[list[tuple[str, str]]]:
    """A CoNLL reader: blocks split by blank lines, each line token TAB label."""
    blocks: list[list[tuple[str, str]]] = []
    block: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            if block:
                blocks.append(block)
            block = []
            continue
        token, label = line.split("\t")
        block.append((token, label))
    if block:
        blocks.append(block)
    return blocks


def spans_from_bio(text: str, labelled: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Rebuild character spans from the tokens and their BIO labels."""
    spans: list[list] = []
    for (start, end, token), (read_token, label) in zip(tokens(text), labelled, strict=True):
        assert token == read_token
        if label.startswith("B-"):
            spans.append([start, end, label[2:]])
        elif label.startswith("I-"):
            assert spans and spans[-1][2] == label[2:]
            spans[-1][1] = end
    return [tuple(s) for s in spans]


def test_conll_reads_back_token_by_token():
    exported = conll([(ENTITIES, gold_spans(ENTITIES)), (CLASSIFY, "Delivery"),
                      (ENTITIES_2, gold_spans(ENTITIES_2))])
    blocks = read_conll(exported)
    assert len(blocks) == 2
    assert blocks[0] == [("Amina", "B-PERSON"), ("Said", "I-PERSON"), ("paid", "O"),
                         ("5,000", "B-AMOUNT"), ("shillings", "I-AMOUNT"), ("in", "O"),
                         ("Goma", "B-PLACE"), ("on", "O"), ("3", "B-DATE"), ("May", "I-DATE"),
                         (".", "O")]
    assert blocks[1] == [("Call", "O"), ("Jean-Paul", "B-PERSON"), ("in", "O"),
                         ("Kigali", "B-PLACE"), (".", "O")]
    for task, block in ((ENTITIES, blocks[0]), (ENTITIES_2, blocks[1])):
        assert spans_from_bio(task.text, block) == sorted(gold_spans(task))


def test_conll_of_a_learner_answer_with_a_trailing_comma():
    text = "Amina, from Goma."
    task = make_task(id="e3", kind="entities", text=text, labels=["PERSON", "PLACE"],
                spans=[{"start": 0, "end": 5, "label": "PERSON"}])
    # The learner marked "Amina," (with the comma): the comma token is I-PERSON.
    assert bio_labels(text, [(0, 6, "PERSON")]) == [
        ("Amina", "B-PERSON"), (",", "I-PERSON"), ("from", "O"), ("Goma", "O"), (".", "O")]
    assert conll([(task, [[0, 6, "PERSON"]])]).startswith("Amina\tB-PERSON\n,\tI-PERSON\n")
    assert conll([(task, "broken")]) == ""
