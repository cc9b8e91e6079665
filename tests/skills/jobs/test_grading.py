"""Grading each kind of job task: scores, passed or not, the notes, malformed answers."""

import math
from typing import Any

import pytest

from tutor.skills.jobs.grading import MALFORMED, gold_boxes, grade_task, planted_errors
from tutor.skills.jobs.model import Task


def make_task(**fields: Any) -> Task:
    return Task.model_validate(fields)


CLASSIFY = make_task(id="c1", kind="classify", text="My phone does not turn on since this morning.",
                labels=["Billing", "Technical problem", "Delivery"], answer="Technical problem")

ENTITY_TEXT = "Amina paid 5,000 shillings in Goma on 3 May."


def span(word: str, label: str) -> list:
    start = ENTITY_TEXT.index(word)
    return [start, start + len(word), label]


ENTITIES = make_task(id="e1", kind="entities", text=ENTITY_TEXT,
                labels=["PERSON", "PLACE", "DATE", "AMOUNT"],
                spans=[{"start": s, "end": e, "label": label} for s, e, label in (
                    span("Amina", "PERSON"), span("5,000 shillings", "AMOUNT"),
                    span("Goma", "PLACE"), span("3 May", "DATE"))])

BOXES = make_task(id="b1", kind="boxes", labels=["car"], scene=[
    {"thing": "car", "x": 20, "y": 200, "w": 160, "h": 90},
    {"thing": "car", "x": 400, "y": 220, "w": 150, "h": 80},
    {"thing": "person", "x": 250, "y": 120, "w": 50, "h": 160}])

DOCUMENT = {"kind": "invoice", "title": "INVOICE", "fields": [
    {"name": "customer", "label": "Customer", "value": "Jean Baptiste"},
    {"name": "date", "label": "Date", "value": "03/05/2026", "kind": "date"},
    {"name": "total", "label": "Total", "value": "1,250.00", "kind": "amount"},
    {"name": "city", "label": "City", "value": "Goma", "handwritten": True}]}
ENTRY = make_task(id="d1", kind="data-entry", document=DOCUMENT)

REVIEW_LABEL = make_task(id="r1", kind="review", text=CLASSIFY.text, labels=CLASSIFY.labels,
                    answer="Technical problem", submitted="Billing")
REVIEW_RIGHT_LABEL = make_task(id="r2", kind="review", text=CLASSIFY.text, labels=CLASSIFY.labels,
                          answer="Technical problem", submitted="Technical problem")
REVIEW_DOCUMENT = make_task(id="r3", kind="review", document=DOCUMENT, submitted_fields={
    "customer": "Jean Baptiste", "date": "05/03/2026", "total": "1,250.00", "city": "Gome"})


def messages(verdict):
    return [message.format(**params) for message, params in verdict.notes]


def test_classify_exact_label():
    assert grade_task(CLASSIFY, "Technical problem").passed
    assert grade_task(CLASSIFY, "Technical problem").score == 1.0
    wrong = grade_task(CLASSIFY, "Billing")
    assert (wrong.score, wrong.passed) == (0.0, False)
    assert messages(wrong) == ["The right label is Technical problem."]
    assert not grade_task(CLASSIFY, "technical problem").passed  # a label is chosen, not typed


def test_entities_all_right_with_forgiven_punctuation():
    answer = [span("Amina", "PERSON"), span("5,000 shillings", "AMOUNT"),
              span("Goma", "PLACE"), span("3 May.", "DATE")]
    verdict = grade_task(ENTITIES, answer)
    assert (verdict.score, verdict.passed) == (1.0, True)


def test_entities_partly_right_scores_f1_and_names_what_is_missed():
    answer = [span("Amina", "PERSON"), span("Goma", "PERSON"), span("3 May", "DATE")]
    verdict = grade_task(ENTITIES, answer)
    # TP 2 (Amina, 3 May); marked 3, gold 4: F1 = 2 x 2 / (3 + 4) = 4/7 = 0.5714.
    assert verdict.score == pytest.approx(4 / 7, abs=1e-4)
    assert not verdict.passed
    notes = messages(verdict)
    assert 'Not marked: "5,000 shillings" (AMOUNT).' in notes
    assert 'Not marked: "Goma" (PLACE).' in notes
    assert 'Not a PERSON here: "Goma".' in notes


def test_boxes_all_found():
    verdict = grade_task(BOXES, [[22, 198, 160, 92], [400, 220, 150, 80]])
    assert (verdict.score, verdict.passed) == (1.0, True)
    assert messages(verdict) == ["2 of 2 boxes found."]
    assert gold_boxes(BOXES) == [(20, 200, 160, 90), (400, 220, 150, 80)]  # not the person


def test_boxes_a_loose_box_and_an_extra_box():
    # The first car (20,200,160,90), area 14400, boxed loosely as (0,180,200,130): the car
    # lies inside, IoU = 14400 / 26000 = 0.554 < 0.7; the second car right; the person
    # boxed too (nothing to box). Matched 1, drawn 3, gold 2: F1 = 2 x 1 / 5 = 0.4.
    verdict = grade_task(BOXES, [[0, 180, 200, 130], [400, 220, 150, 80], [250, 120, 50, 160]])
    assert verdict.score == pytest.approx(0.4)
    assert not verdict.passed
    assert messages(verdict) == [
        "1 of 2 boxes found.",
        "A box is too loose or too tight: it overlaps 55 % (at least 70 % counts).",
        "Boxes round nothing to box: 1."]


def test_boxes_one_missed():
    verdict = grade_task(BOXES, [[400, 220, 150, 80]])
    # matched 1, drawn 1, gold 2: F1 = 2 / 3.
    assert verdict.score == pytest.approx(2 / 3, abs=1e-4)
    assert not verdict.passed


def test_data_entry_field_accuracy_and_near_misses():
    answer = {"values": {"customer": "jean baptiste", "date": "03/05/2026", "total": "1,250.00",
                         "city": "Kigali"}, "keystrokes": 60}
    verdict = grade_task(ENTRY, answer)
    # exact: date, total (2 of 4) = 0.5; customer near (case), city wrong.
    assert verdict.score == 0.5
    assert not verdict.passed
    assert messages(verdict) == ["Nearly right: Customer (a capital letter or one character).",
                                 "Not what the document says: City."]
    perfect = {"values": {"customer": " Jean Baptiste", "date": "03/05/2026",
                          "total": "1,250.00", "city": "Goma"}, "keystrokes": 45}
    assert grade_task(ENTRY, perfect).passed


def test_review_of_a_label():
    # The other worker chose Billing, the answer is Technical problem: the label is wrong.
    assert planted_errors(REVIEW_LABEL) == {"label"}
    assert grade_task(REVIEW_LABEL, ["label"]).passed
    missed = grade_task(REVIEW_LABEL, [])
    assert (missed.score, missed.passed) == (0.0, False)
    assert messages(missed) == ["An error you did not mark: label."]
    assert grade_task(REVIEW_RIGHT_LABEL, []).passed
    assert not grade_task(REVIEW_RIGHT_LABEL, ["label"]).passed


def test_review_of_a_document():
    # Planted: date (day and month swapped) and city (Gome). Four items.
    assert planted_errors(REVIEW_DOCUMENT) == {"date", "city"}
    assert grade_task(REVIEW_DOCUMENT, ["city", "date"]).passed
    verdict = grade_task(REVIEW_DOCUMENT, ["date", "total"])
    # customer right (not marked, not wrong), date right (marked, wrong), total wrongly
    # marked, city missed: 2 of 4 judged right = 0.5.
    assert verdict.score == 0.5
    assert messages(verdict) == ["An error you did not mark: City.", "This was right: Total."]


def test_review_a_field_left_out_by_the_other_worker_is_an_error():
    task = make_task(id="r4", kind="review", document=DOCUMENT, submitted_fields={
        "customer": "Jean  Baptiste ", "date": "03/05/2026", "total": "1,250.00"})
    # customer only differs in spaces nobody sees: right; city not submitted: wrong.
    assert planted_errors(task) == {"city"}


@pytest.mark.parametrize("task, answer", [
    (CLASSIFY, None), (CLASSIFY, 3), (CLASSIFY, ["Billing"]),
    (ENTITIES, "Amina"), (ENTITIES, [[0, 5]]), (ENTITIES, [[0, 5, "NAME"]]),
    (ENTITIES, [[5, 0, "PERSON"]]), (ENTITIES, [[0, 999, "PERSON"]]),
    (ENTITIES, [[True, 5, "PERSON"]]), (ENTITIES, [[0, 5, "PERSON"]] * 500),
    (BOXES, {"x": 1}), (BOXES, [[1, 2, 3]]), (BOXES, [["1", 2, 3, 4]]),
    (BOXES, [[math.nan, 0, 10, 10]]), (BOXES, [[10**400, 0, 10, 10]]),
    (BOXES, [[0, 0, -5, 10]]), (BOXES, [[0, 0, 10, 10]] * 1000),
    (ENTRY, ["Jean"]), (ENTRY, {"values": ["Jean"]}), (ENTRY, {"values": {"city": 3}}),
    (ENTRY, {"values": {}, "keystrokes": -1}), (ENTRY, {"values": {}, "keystrokes": "9"}),
    (REVIEW_DOCUMENT, "city"), (REVIEW_DOCUMENT, ["town"]), (REVIEW_DOCUMENT, [["city"]]),
    (REVIEW_LABEL, [{"label": 1}]),
])
def test_a_malformed_answer_is_a_failed_task_never_an_exception(task, answer):
    verdict = grade_task(task, answer)
    assert (verdict.score, verdict.passed) == (0.0, False)
    assert verdict.notes == ((MALFORMED, {}),)


def test_a_very_long_typed_field_is_wrong_quickly():
    answer = {"values": {"customer": "J" * 1_000_000}, "keystrokes": 10}
    assert grade_task(ENTRY, answer).score == 0.0


def test_notes_are_json_and_marked_for_translation():
    verdict = grade_task(ENTITIES, [])
    assert verdict.notes_json()[0] == {"message": 'Not marked: "{text}" ({label}).',
                                       "params": {"text": "Amina", "label": "PERSON"}}
    source = open("tutor/skills/jobs/grading.py", encoding="utf-8").read()
    for message, _ in verdict.notes:
        assert f'QT_TRANSLATE_NOOP("jobs", "{message}"' in source.replace('\\"', '"')
