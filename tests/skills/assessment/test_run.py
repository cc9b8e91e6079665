"""An assessment as it runs (``engine.AssessmentRun``): the time, the one end, the result
that is the replay of its own log, and the one attempt it gives."""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime, timedelta

import pytest

from tutor.attempt import FinishedAttempt
from tutor.credentials import evidence
from tutor.grading import Feedback, Verdict
from tutor.skills.assessment.definitions import (
    ASSESSMENTS,
    DATA_ENTRY_ROWS,
    TYPING_TEXT,
    assessment,
)
from tutor.skills.assessment.engine import AssessmentRun
from tutor.store.attempts import attempts_of, save_attempt
from tutor.store.learners import create_learner

START = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


def typing_run() -> AssessmentRun:
    definition = assessment("typing-5min")
    assert definition is not None
    return AssessmentRun(definition, START, "  Grace   Banda ")


def type_like_a_person(run: AssessmentRun, text: str, rng: random.Random, ms: int = 0) -> int:
    for char in text:
        ms += int(rng.lognormvariate(math.log(170), 0.35))
        run.record(ms, "key", char)
    return ms


def test_the_typing_test_gives_net_words_a_minute_over_its_five_minutes():
    run = typing_run()
    rng = random.Random(3)
    # The first 1,000 characters of the text, with one word left wrong: "yuor".
    copied = TYPING_TEXT[:1000].replace("your order", "yuor order", 1)
    ms = type_like_a_person(run, copied, rng)
    assert ms < 300_000 and run.running
    assert run.time_left(ms) == pytest.approx((300_000 - ms) / 1000)
    assert not run.tick(300_000) and run.ended == "time"
    figures = run.figures()
    # 1,000 characters / 5 / 5 minutes = 40 gross; 1 error: net = 40 - 1/5 = 39.8;
    # the last word was cut by the time (left out of the errors).
    assert figures["gross_wpm"] == 40.0 and figures["errors"] == 1
    assert figures["net_wpm"] == 39.8 and figures["minutes"] == 5
    assert figures["passed"] is False and figures["score"] == 0.995  # 39.8 < 40
    # the room's figures are the replay's, and the replay says the same "passed"
    assert {**evidence.replay(run.log), "score": 0.995} == figures
    verdict = run.grade(figures)
    assert [(f.criterion, f.passed, f.essential) for f in verdict.feedback] == [
        ("net-wpm", False, True), ("errors", True, True)]


def test_after_the_end_nothing_more_is_recorded_and_it_ends_once():
    run = typing_run()
    run.record(100, "key", "T")
    run.end(200, "left")
    assert not run.record(300, "key", "h")
    run.end(400, "time")
    assert run.ended == "left" and run.events[-1] == [200, "end", "left"]
    assert [e[1] for e in run.events] == ["key", "end"]
    assert run.time_left(250) == 0


def test_a_key_after_the_time_is_refused_and_the_end_is_at_the_time():
    run = typing_run()
    run.record(1000, "key", "T")
    assert not run.record(300_050, "key", "h")
    assert run.events[-1] == [300_000, "end", "time"]


def test_typing_the_whole_text_ends_the_test_as_done():
    run = typing_run()
    for i, char in enumerate(TYPING_TEXT):
        run.record(60 * (i + 1), "key", char)
    assert run.ended == "done"
    figures = run.figures()
    # 3,379 characters in 202.74 s (3.379 minutes): 3,379 / 5 / 3.379 = 200 wpm, no error
    assert figures["gross_wpm"] == 200.0 and figures["errors"] == 0
    assert figures["passed"]
    flags = {flag["code"] for flag in run.attempt(START, True).details["flags"]}
    assert {"equal-gaps", "narrow-spread"} <= flags  # a machine's even 60 ms


def test_the_data_entry_test_counts_keys_and_fields_right():
    definition = assessment("data-entry-5min")
    assert definition is not None
    run = AssessmentRun(definition, START, "Grace Banda")
    ms = 0
    for number, row in enumerate(DATA_ENTRY_ROWS[:10]):
        values = list(row)
        if number == 4:
            values[2] = "Grace Piri"  # one field wrong
        for value in values:
            for char in value + "\t":
                ms += 150
                run.record(ms, "key", char)
        run.record(ms, "submit", values)
    run.tick(300_000)
    figures = run.figures()
    keys = sum(len("".join(row)) + 6 for row in DATA_ENTRY_ROWS[:10]) - 1  # one "h" fewer
    # 59 fields right of 60; keys over the 5 minutes: keys / 5 * 60 an hour
    assert figures["keystrokes"] == keys and figures["kph"] == round(keys / 5 * 60)
    assert figures["field_accuracy"] == round(100 * 59 / 60, 2) and figures["rows"] == 10
    assert figures["passed"] is (keys * 12 >= 6000 and 100 * 59 / 60 >= 95)


def test_a_task_ends_with_its_verdict_and_gives_its_score():
    definition = assessment("email-task")
    assert definition is not None
    run = AssessmentRun(definition, START, "Grace Banda", "fr")
    run.record(1000, "field", "emailBody")
    run.record(1200, "key", "B")
    run.record(1500, "paste", 40)
    verdict = Verdict.from_feedback([Feedback("greeting", True, "ok"),
                                     Feedback("time", False, "missing")], pass_mark=0.5)
    run.answer(90_000, verdict)
    assert run.ended == "answered"
    attempt = run.attempt(START + timedelta(seconds=90), True)
    assert attempt.passed and attempt.score == 0.5
    assert attempt.metrics["pastes"] == 1 and attempt.metrics["keystrokes"] == 1
    assert attempt.details["definition"]["exercise"] == {
        "pack": "email-fr-chercher-un-emploi", "id": "confirmer-entretien"}
    assert attempt.details["verdict"]["score"] == 0.5
    assert [flag["code"] for flag in attempt.details["flags"]] == ["paste"]


def test_a_task_not_answered_in_time_is_not_passed():
    definition = assessment("program-task")
    assert definition is not None
    run = AssessmentRun(definition, START, "Grace Banda")
    run.tick(600_000)
    attempt = run.attempt(START + timedelta(minutes=10), False)
    assert not attempt.passed and attempt.score == 0 and attempt.details["ended"] == "time"


def test_a_flood_of_keys_fills_the_log_and_ends_the_test():
    run = typing_run()
    for i in range(evidence.MAX_EVENTS + 10):
        run.record(i // 100, "press", "Left")
    assert run.ended == "full" and len(run.events) == evidence.MAX_EVENTS
    evidence.check(run.log)  # still within the limits a verifier accepts


def test_the_attempt_is_one_of_the_skill_assessment_with_its_evidence():
    run = typing_run()
    rng = random.Random(11)
    ms = type_like_a_person(run, TYPING_TEXT[:1500], rng)
    run.record(ms + 10, "blur")
    run.record(ms + 15_000, "focus")
    run.end(ms + 16_000, "left")
    attempt = run.attempt(START + timedelta(minutes=5), confirmed=True)
    assert isinstance(attempt, FinishedAttempt)
    assert (attempt.skill, attempt.pack_id, attempt.pack_version, attempt.exercise_id) == \
        ("assessment", "assessment", "1", "typing-5min")
    assert attempt.details["supervisor"] == "Grace Banda"
    assert attempt.details["confirmed"] is True and attempt.metrics["confirmed"] is True
    assert attempt.details["evidence"] is run.log
    assert attempt.details["definition"]["rules"] == {"min_net_wpm": 40, "max_errors": 3}
    assert "at least 40 net words per minute and at most 3 errors" in \
        attempt.details["definition"]["criteria"]
    assert attempt.metrics["net_wpm"] == attempt.details["figures"]["net_wpm"]
    assert [flag["code"] for flag in attempt.details["flags"]] == ["focus-lost"]
    # about 1,500 events: the details stay small enough for the database and a progress file
    assert len(json.dumps(attempt.details)) < 60_000


def test_the_attempt_is_saved_and_read_back_with_the_same_digest(db):
    run = typing_run()
    type_like_a_person(run, TYPING_TEXT[:1500], random.Random(5))
    run.tick(300_000)
    learner = create_learner(db, "Amina Yusuf", "sun", "en")
    save_attempt(db, learner.id, run.attempt(START + timedelta(minutes=5), False))
    stored = attempts_of(db, learner.id, "assessment")[0]
    # 1,500 characters / 5 / 5 minutes = 60 net words a minute, no error: passed,
    # though not confirmed (the credential's business, not the result's)
    assert stored.details["confirmed"] is False and stored.passed is True
    assert evidence.digest(stored.details["evidence"]) == evidence.digest(run.log)
    assert {**evidence.replay(stored.details["evidence"]), "score": 1.0} == run.figures()


def test_the_five_assessments_have_their_rules_and_their_exercises(runtime):
    assert [a.id for a in ASSESSMENTS] == ["typing-5min", "data-entry-5min", "email-task",
                                          "spreadsheet-task", "program-task"]
    assert len(TYPING_TEXT) >= 80 * 5 * 5  # never runs out at 80 words a minute
    for definition in ASSESSMENTS:
        for language in ("en", "fr", "ar", "sw"):
            exercise = definition.exercise(language)
            if definition.kind != "task":
                assert exercise is None
                continue
            assert exercise is not None
            pack = runtime.catalogue.packs[exercise[0]]
            assert pack.language == language and pack.exercise(exercise[1]) is not None
