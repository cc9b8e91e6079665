"""A project being done: the qualification (pass, fail, retry), the queue's quality and
speed, the attempts, and resuming from JSON after a power cut."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from tutor.skills.jobs.engine import MAX_TASK_SECONDS, ProjectWork, QualificationResult
from tutor.skills.jobs.model import JobsExercise, Task

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
LABELS = ["Billing", "Technical problem", "Delivery", "Other"]
MESSAGES = [("My phone does not turn on.", "Technical problem"),
            ("I was charged twice this month.", "Billing"),
            ("Where is my parcel?", "Delivery"),
            ("The screen is black after the update.", "Technical problem"),
            ("Do you sell phone covers?", "Other")]
DOCUMENT = {"kind": "receipt", "title": "DUKA MOBILE", "fields": [
    {"name": "customer", "label": "Customer", "value": "Amina Said"},
    {"name": "total", "label": "Total", "value": "12,500", "kind": "amount"}]}


def make_project(retries: int = 1, pass_mark: float = 0.8) -> JobsExercise:
    qualification = [{"id": f"q{n}", "kind": "classify", "text": text, "labels": LABELS,
                      "answer": answer} for n, (text, answer) in enumerate(MESSAGES, 1)]
    queue = [
        {"id": "t1", "kind": "classify", "text": "My bill is wrong.", "labels": LABELS,
         "answer": "Billing"},
        {"id": "t2", "kind": "data-entry", "document": DOCUMENT},
        {"id": "t3", "kind": "entities", "text": "Amina lives in Goma.",
         "labels": ["PERSON", "PLACE"],
         "spans": [{"start": 0, "end": 5, "label": "PERSON"},
                   {"start": 15, "end": 19, "label": "PLACE"}]},
    ]
    return JobsExercise.model_validate({
        "id": "support-messages", "title": "Sort customer messages", "client": "Duka Mobile",
        "guidelines": [{"text": "Read the whole message before you choose."}],
        "qualification": qualification, "queue": queue, "pass_mark": pass_mark,
        "retries": retries})


def current(work: ProjectWork) -> Task:
    task = work.current_task()
    assert task is not None
    return task


def result(work: ProjectWork) -> QualificationResult:
    found = work.qualification_result()
    assert found is not None
    return found


def gold(task):
    return task.answer


def wrong(task):
    return next(label for label in LABELS if label != task.answer)


def qualify(work, right: int, start: float = 0.0, step: float = 10.0) -> float:
    """Answer the five gold tasks, the first ``right`` of them rightly, one every
    ``step`` seconds; return the clock after."""
    now = start
    for n in range(work.qualification_count):
        task = current(work)
        now += step
        work.answer(gold(task) if n < right else wrong(task), now)
    return now


def test_qualification_passed_at_the_pass_mark_opens_the_queue():
    work = ProjectWork(make_project(), clock_start=0.0)
    assert work.stage == "qualification"
    assert current(work).id == "q1"
    assert work.qualification_result() is None and not work.qualification_done()
    qualify(work, right=4)
    first = result(work)
    # 4 of 5 gold tasks = 0.8, the pass mark: qualified.
    assert (first.right, first.count, first.fraction, first.passed) == (4, 5, 0.8, True)
    assert work.stage == "queue"
    assert work.qualification_done()
    attempt = work.finish_qualification("jobs-en", "1.0.0", T0, T0 + timedelta(minutes=3))
    assert not work.qualification_done()
    assert (attempt.skill, attempt.exercise_id, attempt.score, attempt.passed) == (
        "jobs", "support-messages", 0.8, True)
    assert attempt.metrics["stage"] == "qualification"
    assert attempt.metrics["right"] == 4 and attempt.metrics["tasks"] == 5
    assert [t["task"] for t in attempt.details["tasks"]] == ["q1", "q2", "q3", "q4", "q5"]
    assert [t["score"] for t in attempt.details["tasks"]] == [1.0, 1.0, 1.0, 1.0, 0.0]
    assert attempt.details["tasks"][0]["answer"] == "Technical problem"
    assert current(work).id == "t1"


def test_qualification_failed_then_one_retry_then_not_qualified():
    work = ProjectWork(make_project(retries=1), clock_start=0.0)
    assert work.tries_left == 1
    qualify(work, right=3)  # 3 / 5 = 0.6 < 0.8
    assert work.stage == "not-qualified"
    assert result(work).fraction == pytest.approx(0.6)
    assert not result(work).passed
    assert work.current_task() is None
    attempt = work.finish_qualification("jobs-en", "1.0.0", T0, T0 + timedelta(minutes=2))
    assert (attempt.score, attempt.passed) == (0.6, False)
    work.retry(100.0)
    assert (work.stage, work.tries_left, work.try_number) == ("qualification", 0, 2)
    assert current(work).id == "q1" and work.qualification_position == 0
    qualify(work, right=2, start=100.0)
    assert work.stage == "not-qualified" and work.tries_left == 0
    assert result(work).right == 2
    with pytest.raises(ValueError):
        work.retry(200.0)
    with pytest.raises(ValueError):
        work.answer("Billing", 210.0)


def test_a_retry_can_qualify():
    work = ProjectWork(make_project(retries=2, pass_mark=1.0), clock_start=0.0)
    qualify(work, right=4)  # 0.8 < 1.0
    work.retry(60.0)
    qualify(work, right=5, start=60.0)
    assert work.stage == "queue" and work.tries_left == 1
    assert work.finish_qualification("p", "1", T0, T0).metrics["try"] == 2


def test_a_learner_qualified_before_starts_in_the_queue():
    work = ProjectWork(make_project(), clock_start=0.0, qualified=True)
    assert work.stage == "queue" and current(work).id == "t1"
    with pytest.raises(ValueError):
        work.finish_qualification("p", "1", T0, T0)


def do_queue(work, start: float):
    """Three queue tasks: the classify right after 20 s, the data entry (one field right of
    two, 60 keystrokes) after 30 s more, the entities (one span of two) after 40 s more."""
    work.show_task(start)
    work.answer("Billing", start + 20)
    work.answer({"values": {"customer": "Amina Said", "total": "12 500"}, "keystrokes": 60},
                start + 50)
    return work.answer([[0, 5, "PERSON"]], start + 90)


def test_queue_quality_and_speed_worked_example():
    work = ProjectWork(make_project(), clock_start=0.0)
    end = qualify(work, right=5)
    work.finish_qualification("p", "1", T0, T0)
    verdict = do_queue(work, start=end + 300)  # 5 minutes on the guidelines: not counted
    # entities: TP 1, marked 1, gold 2: F1 = 2 / 3.
    assert verdict.score == pytest.approx(2 / 3, abs=1e-4)
    # Scores 1, 0.5 (1 exact field of 2), 0.6667: quality = 2.1667 / 3 = 0.7222.
    assert work.quality() == pytest.approx((1 + 0.5 + 0.6667) / 3, abs=1e-4)
    # 3 tasks in 20 + 30 + 40 = 90 s: 3 x 3600 / 90 = 120 tasks an hour, 30 s a task.
    assert work.tasks_per_hour() == pytest.approx(120)
    assert work.seconds_per_task() == pytest.approx(30)
    # Data entry: 60 keystrokes in 30 s = 60 x 3600 / 30 = 7200 an hour.
    assert work.kph() == pytest.approx(7200)
    attempt = work.finish_session("jobs-en", "1.0.0", T0, T0 + timedelta(minutes=2))
    assert attempt.metrics["stage"] == "queue"
    assert attempt.metrics["tasks"] == 3
    assert attempt.metrics["quality"] == pytest.approx(0.7222, abs=1e-4)
    assert attempt.metrics["tasks_per_hour"] == 120
    assert attempt.metrics["kph"] == 7200
    assert attempt.metrics["seconds_per_task"] == 30
    assert attempt.score == pytest.approx(0.7222, abs=1e-4)
    assert not attempt.passed  # 0.72 < 0.8
    assert [t["task"] for t in attempt.details["tasks"]] == ["t1", "t2", "t3"]
    assert [t["seconds"] for t in attempt.details["tasks"]] == [20, 30, 40]
    assert attempt.details["tasks"][1]["answer"]["keystrokes"] == 60


def test_the_queue_wraps_round_and_sessions_are_separate():
    work = ProjectWork(make_project(), clock_start=0.0, qualified=True)
    do_queue(work, 0.0)
    first = work.finish_session("p", "1", T0, T0)
    assert work.rounds == 1 and current(work).id == "t1"
    with pytest.raises(ValueError):
        work.finish_session("p", "1", T0, T0)  # nothing done since
    work.answer("Billing", 200.0)  # right, 110 s after the last answer
    second = work.finish_session("p", "1", T0, T0 + timedelta(seconds=110))
    assert second.metrics["tasks"] == 1 and "kph" not in second.metrics
    assert (second.score, second.passed) == (1.0, True)
    assert second.id != first.id
    assert work.queue_done == 4
    # Quality over all four: (1 + 0.5 + 0.6667 + 1) / 4 = 0.7917.
    assert work.quality() == pytest.approx(0.7917, abs=1e-4)


def test_a_task_left_open_for_hours_counts_an_hour_at_most():
    work = ProjectWork(make_project(), clock_start=0.0, qualified=True)
    work.answer("Billing", 5 * 3600.0)
    assert work.seconds_per_task() == MAX_TASK_SECONDS


def test_a_malformed_answer_fails_the_task_and_the_work_goes_on():
    work = ProjectWork(make_project(), clock_start=0.0, qualified=True)
    verdict = work.answer({"not": "a label"}, 5.0)
    assert (verdict.score, verdict.passed) == (0.0, False)
    assert current(work).id == "t2"


def roundtrip(work, project, clock_start=1000.0):
    return ProjectWork.from_json(project, json.loads(json.dumps(work.to_json())), clock_start)


def test_resume_in_the_middle_of_the_qualification():
    project = make_project()
    work = ProjectWork(project, clock_start=0.0)
    for n in range(3):
        task = current(work)
        work.answer(gold(task) if n != 1 else wrong(task), 10.0 * (n + 1))
    resumed = roundtrip(work, project)
    assert resumed.stage == "qualification"
    assert resumed.qualification_position == 3 and current(resumed).id == "q4"
    assert [r.verdict.passed for r in resumed.qualification] == [True, False, True]
    # the next task's time starts at the resumed clock
    resumed.answer(gold(current(resumed)), 1012.0)
    resumed.answer(gold(current(resumed)), 1020.0)
    assert resumed.stage == "queue"  # 4 of 5
    attempt = resumed.finish_qualification("p", "1", T0, T0)
    assert [t["seconds"] for t in attempt.details["tasks"]] == [10, 10, 10, 12, 8]


def test_resume_after_a_failed_try_and_in_the_queue():
    project = make_project()
    work = ProjectWork(project, clock_start=0.0)
    qualify(work, right=1)
    resumed = roundtrip(work, project)
    assert (resumed.stage, resumed.tries_left, resumed.qualification_done()) == (
        "not-qualified", 1, True)
    resumed.finish_qualification("p", "1", T0, T0)
    resumed.retry(1000.0)
    qualify(resumed, right=5, start=1000.0)
    resumed.finish_qualification("p", "1", T0, T0)
    do_queue(resumed, 2000.0)
    again = roundtrip(resumed, project)
    assert again.stage == "queue" and not again.qualification_done()
    assert again.queue_done == 3 and current(again).id == "t1"
    assert again.quality() == pytest.approx(resumed.quality(), abs=1e-4)
    assert again.tasks_per_hour() == pytest.approx(120)
    assert again.finish_session("p", "1", T0, T0).metrics == resumed.session_figures()


def test_resume_keeps_a_learner_qualified_before():
    project = make_project()
    work = ProjectWork(project, clock_start=0.0, qualified=True)
    work.answer("Billing", 10.0)
    resumed = roundtrip(work, project)
    assert resumed.stage == "queue" and current(resumed).id == "t2"


def saved_queue_state():
    project = make_project()
    work = ProjectWork(project, clock_start=0.0)
    qualify(work, right=5)
    do_queue(work, 100.0)
    return project, work.to_json()


@pytest.mark.parametrize("damage", [
    lambda d: "not a dict",
    lambda d: None,
    lambda d: {**d, "format": "something else"},
    lambda d: {**d, "version": 99},
    lambda d: {**d, "project": "another-project"},
    lambda d: {**d, "stage": "finished"},
    lambda d: {**d, "results": [[2, 5]]},  # in the queue after a failed try
    lambda d: {**d, "results": [[5, 5]] * 50},
    lambda d: {**d, "tries_left": 7},
    lambda d: {**d, "tries_left": 0},  # one try made, none used up: one is left
    lambda d: {**d, "queue_done": -1},
    lambda d: {**d, "queue_done": True},
    lambda d: {**d, "queue_score_sum": 1e9},
    lambda d: {**d, "session": [{"task": "t1", "answer": "Billing", "seconds": 1}] * 5000},
    lambda d: {**d, "session": [{"task": "nope", "answer": "Billing", "seconds": 1}]},
    lambda d: {**d, "session": [{"task": "t1", "answer": "Billing", "seconds": -3}]},
    lambda d: {**d, "last_try": [{"task": "q2", "answer": "x", "seconds": 1}]},  # out of order
    lambda d: {**d, "qualification": [{"task": "q1", "answer": "x", "seconds": 1}]},
    lambda d: {k: v for k, v in d.items() if k != "session"},
    lambda d: {**d, "queue_seconds_sum": float("nan")},
])
def test_malformed_saved_work_gives_a_fresh_start(damage):
    project, saved = saved_queue_state()
    assert ProjectWork.from_json(project, saved).stage == "queue"  # the undamaged state loads
    work = ProjectWork.from_json(project, damage(saved), clock_start=5.0)
    assert work.stage == "qualification"
    assert work.qualification_position == 0 and work.queue_done == 0
    assert work.task_started == 5.0
    fresh = ProjectWork.from_json(project, damage(saved), qualified=True)
    assert fresh.stage == "queue" and fresh.queue_done == 0


def test_saved_scores_are_graded_again_not_trusted():
    project, saved = saved_queue_state()
    saved["session"][0]["score"] = 1.0  # extra keys, e.g. a tampered score, change nothing
    saved["session"][2]["answer"] = [[0, 5, "PERSON"], [15, 19, "PLACE"]]
    work = ProjectWork.from_json(project, saved)
    assert [r.verdict.score for r in work.session] == [1.0, 0.5, 1.0]


def test_a_huge_answer_is_graded_but_not_kept():
    work = ProjectWork(make_project(), clock_start=0.0, qualified=True)
    work.answer("Billing", 10.0)
    verdict = work.answer({"values": {"customer": "A" * 100_000}, "keystrokes": 5}, 20.0)
    assert verdict.score == 0.0
    assert work.to_json()["session"][1]["answer"] is None
    attempt = work.finish_session("p", "1", T0, T0)
    assert attempt.details["tasks"][0]["answer"] == "Billing"
    assert attempt.details["tasks"][1]["answer"] is None
