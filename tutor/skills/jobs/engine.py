"""A job-tasks project being done: the qualification, then the queue, as platforms run them.

:class:`ProjectWork` is pure state: the caller gives time as seconds of a monotonic clock
(``time.monotonic()`` in the room, plain numbers in the tests) and wall-clock moments
(``datetime``) only when it records an attempt.

- **qualification**: the project's gold tasks in order. When the last is answered, the
  try is over (:meth:`ProjectWork.qualification_done` until
  :meth:`ProjectWork.finish_qualification` makes it an attempt): passed (at least
  ``pass_mark`` of the tasks passed) → the **queue**; failed → **not-qualified**, from
  which :meth:`ProjectWork.retry` starts a new try while ``tries_left``
  (``project.retries`` at first). A learner who qualified before (the room knows it from
  their attempts) starts in the queue (``qualified=True``).
- **queue**: the project's tasks in order, starting again at the first when the queue
  ends (``rounds`` counts the times round). Quality is the mean score of the tasks done;
  speed is tasks per hour (and keystrokes per hour for data entry).
  :meth:`ProjectWork.finish_session` makes the tasks done since the last session an
  attempt.

:meth:`ProjectWork.to_json` and :meth:`ProjectWork.from_json` keep the work across a power
cut: the answers are kept and graded again on loading; malformed data gives a fresh start.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from tutor.attempt import FinishedAttempt, sane_json
from tutor.skills.jobs.grading import TaskVerdict, grade_task, parse_entry
from tutor.skills.jobs.model import JobsExercise, Task
from tutor.skills.jobs.scoring import keystrokes_per_hour

SKILL = "jobs"
STATE_FORMAT = "tutor-jobs-work"
STATE_VERSION = 1
MAX_SESSION = 1_000  # queue tasks kept in one session (the room records a session well before)
MAX_ANSWER_CHARS = 20_000  # an answer's JSON kept at most (30 fields of 200 characters fit)
MAX_TASK_SECONDS = 3_600.0  # a task left open longer (a break, a sleep) counts this much

Stage = Literal["qualification", "queue", "not-qualified"]
STAGES = ("qualification", "queue", "not-qualified")


@dataclass(frozen=True)
class TaskRecord:
    """One task done: its id, the answer, the verdict, the time it took."""

    task_id: str
    answer: Any
    verdict: TaskVerdict
    seconds: float
    keystrokes: int = 0  # data entry only
    kind: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"task": self.task_id, "answer": storable(self.answer),
                "score": self.verdict.score, "passed": self.verdict.passed,
                "seconds": round(self.seconds, 2)}


@dataclass(frozen=True)
class QualificationResult:
    right: int  # gold tasks passed
    count: int  # gold tasks
    pass_mark: float

    @property
    def fraction(self) -> float:
        return self.right / self.count if self.count else 0.0

    @property
    def passed(self) -> bool:
        return self.fraction >= self.pass_mark - 1e-9


def storable(answer: object) -> Any:
    """The answer as kept in an attempt or the saved work: JSON of a sane size, else None
    (a task whose answer was not kept is graded as unanswered on resuming)."""
    if not sane_json(answer):
        return None
    try:
        size = len(json.dumps(answer, ensure_ascii=False))
    except (TypeError, ValueError):
        return None
    return answer if size <= MAX_ANSWER_CHARS else None


def _keystrokes(task: Task, answer: object) -> int:
    if task.kind != "data-entry":
        return 0
    try:
        return parse_entry(answer)[1]
    except ValueError:
        return 0


class ProjectWork:
    def __init__(self, project: JobsExercise, clock_start: float, qualified: bool = False) -> None:
        self.project = project
        self.stage: Stage = "queue" if qualified else "qualification"
        self.qualified_before = qualified
        self.recorded_tries = 0  # qualification tries made attempts
        self.tries_left = project.retries
        self.try_number = 1
        self.qualification: list[TaskRecord] = []  # the current try's answers
        self.last_try: list[TaskRecord] = []  # the last finished try's answers
        self.results: list[QualificationResult] = []  # every finished try
        self.queue_done = 0  # queue tasks done, all sessions
        self.queue_score_sum = 0.0
        self.queue_seconds_sum = 0.0
        self.session: list[TaskRecord] = []  # queue tasks since the last session attempt
        self.task_started = clock_start

    # -- the task at hand ---------------------------------------------------------------

    def current_task(self) -> Task | None:
        if self.stage == "qualification":
            return self.project.qualification[len(self.qualification)]
        if self.stage == "queue":
            return self.project.queue[self.queue_done % len(self.project.queue)]
        return None

    @property
    def qualification_position(self) -> int:
        """Gold tasks answered in the current try."""
        return len(self.qualification)

    @property
    def qualification_count(self) -> int:
        return len(self.project.qualification)

    def qualification_done(self) -> bool:
        """A qualification try is over and not yet made an attempt."""
        return len(self.results) > self.recorded_tries

    def retry(self, now: float) -> None:
        """A new qualification try, after a failed one, while tries are left."""
        if self.stage != "not-qualified" or self.tries_left <= 0:
            raise ValueError("no try left")
        self.stage = "qualification"
        self.tries_left -= 1
        self.try_number += 1
        self.task_started = now

    @property
    def rounds(self) -> int:
        """Times the queue was done to its end and started again."""
        return self.queue_done // len(self.project.queue)

    def show_task(self, now: float) -> None:
        """The current task's time starts now (after reading the guidelines, a pause)."""
        self.task_started = now

    def answer(self, answer: object, now: float) -> TaskVerdict:
        """Grade the current task's answer and go on to the next task (or stage)."""
        task = self.current_task()
        if task is None:
            raise ValueError("no task to answer: the learner did not qualify")
        verdict = grade_task(task, answer)
        seconds = min(max(0.0, now - self.task_started), MAX_TASK_SECONDS)
        self.task_started = now
        record = TaskRecord(task.id, answer, verdict, seconds, _keystrokes(task, answer), task.kind)
        if self.stage == "qualification":
            self.qualification.append(record)
            if len(self.qualification) == len(self.project.qualification):
                self._end_try()
        else:
            self._add_queue(record)
        return verdict

    def _add_queue(self, record: TaskRecord) -> None:
        self.queue_done += 1
        self.queue_score_sum += record.verdict.score
        self.queue_seconds_sum += record.seconds
        if len(self.session) < MAX_SESSION:
            self.session.append(record)

    def _end_try(self) -> None:
        result = QualificationResult(sum(1 for r in self.qualification if r.verdict.passed),
                                     len(self.qualification), self.project.pass_mark)
        self.results.append(result)
        self.last_try, self.qualification = self.qualification, []
        self.stage = "queue" if result.passed else "not-qualified"

    # -- the qualification --------------------------------------------------------------

    def qualification_result(self) -> QualificationResult | None:
        """The last finished try's result (None before the first try is over)."""
        return self.results[-1] if self.results else None

    def finish_qualification(self, pack_id: str, pack_version: str, started: datetime,
                             finished: datetime) -> FinishedAttempt:
        """The last finished qualification try as an attempt: score = the fraction of gold
        tasks passed, passed at the project's pass mark."""
        result = self.qualification_result()
        if result is None:
            raise ValueError("no qualification try is over yet")
        self.recorded_tries = len(self.results)
        return self._attempt(pack_id, pack_version, started, finished, self.last_try,
                             score=result.fraction, passed=result.passed,
                             metrics={"stage": "qualification", "quality": round(result.fraction, 4),
                                      "tasks": result.count, "right": result.right,
                                      "try": len(self.results), "tries_left": self.tries_left})

    # -- the queue ----------------------------------------------------------------------

    def quality(self) -> float:
        """Mean score of every queue task done (0 before the first)."""
        return self.queue_score_sum / self.queue_done if self.queue_done else 0.0

    def tasks_per_hour(self) -> float:
        return self.queue_done * 3600 / self.queue_seconds_sum if self.queue_seconds_sum > 0 else 0.0

    def seconds_per_task(self) -> float:
        return self.queue_seconds_sum / self.queue_done if self.queue_done else 0.0

    def kph(self, records: Sequence[TaskRecord] | None = None) -> float | None:
        """Keystrokes per hour over the data-entry tasks of ``records`` (the session by
        default); None when there were none."""
        entries = [r for r in (self.session if records is None else records)
                   if r.kind == "data-entry"]
        if not entries:
            return None
        return keystrokes_per_hour(sum(r.keystrokes for r in entries),
                                   sum(r.seconds for r in entries))

    def session_figures(self) -> dict[str, Any]:
        """Quality, tasks, speed and time per task of the session so far."""
        done = self.session
        seconds = sum(r.seconds for r in done)
        quality = sum(r.verdict.score for r in done) / len(done) if done else 0.0
        figures: dict[str, Any] = {
            "stage": "queue", "quality": round(quality, 4), "tasks": len(done),
            "tasks_per_hour": round(len(done) * 3600 / seconds, 1) if seconds > 0 else 0.0,
            "seconds_per_task": round(seconds / len(done), 1) if done else 0.0,
        }
        kph = self.kph(done)
        if kph is not None:
            figures["kph"] = round(kph)
        return figures

    def finish_session(self, pack_id: str, pack_version: str, started: datetime,
                       finished: datetime) -> FinishedAttempt:
        """The queue tasks done since the last session attempt as one attempt: score =
        their quality, passed when it reaches the pass mark. The next session starts
        empty."""
        if not self.session:
            raise ValueError("no queue task done since the last session")
        figures = self.session_figures()
        attempt = self._attempt(pack_id, pack_version, started, finished, self.session,
                                score=figures["quality"],
                                passed=figures["quality"] >= self.project.pass_mark - 1e-9,
                                metrics=figures)
        self.session = []
        return attempt

    def _attempt(self, pack_id: str, pack_version: str, started: datetime, finished: datetime,
                 records: Sequence[TaskRecord], score: float, passed: bool,
                 metrics: Mapping[str, Any]) -> FinishedAttempt:
        return FinishedAttempt(
            skill=SKILL, pack_id=pack_id, pack_version=pack_version,
            exercise_id=self.project.id, started_at=started,
            finished_at=max(started, finished), score=round(min(1.0, max(0.0, score)), 4),
            passed=passed, metrics=dict(metrics),
            details={"tasks": [r.as_json() for r in records]})

    # -- saving and resuming ------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        def saved(records: Sequence[TaskRecord]) -> list[dict[str, Any]]:
            return [{"task": r.task_id, "answer": storable(r.answer),
                     "seconds": round(r.seconds, 2)} for r in records]

        return {
            "format": STATE_FORMAT, "version": STATE_VERSION, "project": self.project.id,
            "stage": self.stage, "tries_left": self.tries_left, "try": self.try_number,
            "qualified_before": self.qualified_before, "recorded_tries": self.recorded_tries,
            "results": [[r.right, r.count] for r in self.results],
            "qualification": saved(self.qualification), "last_try": saved(self.last_try),
            "queue_done": self.queue_done, "queue_score_sum": round(self.queue_score_sum, 4),
            "queue_seconds_sum": round(self.queue_seconds_sum, 2), "session": saved(self.session),
        }

    @classmethod
    def from_json(cls, project: JobsExercise, data: object, clock_start: float = 0.0,
                  qualified: bool = False) -> ProjectWork:
        """The work saved by :meth:`to_json`, its answers graded again; a fresh start
        (in the queue when ``qualified``) for anything malformed or saved for another
        project (never an exception). The current task's time starts again at
        ``clock_start``."""
        try:
            return cls._load(project, data, clock_start)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError):
            return cls(project, clock_start, qualified=qualified)

    @classmethod
    def _load(cls, project: JobsExercise, data: object, clock_start: float) -> ProjectWork:
        if not isinstance(data, Mapping) or not sane_json(dict(data)):
            raise ValueError("not saved work")
        if (data["format"], data["version"], data["project"]) != (STATE_FORMAT, STATE_VERSION,
                                                                   project.id):
            raise ValueError("saved work of another version or project")
        qualified_before = data["qualified_before"]
        if not isinstance(qualified_before, bool):
            raise ValueError("qualified_before")
        work = cls(project, clock_start, qualified=qualified_before)
        stage = data["stage"]
        if stage not in STAGES:
            raise ValueError("stage")
        work.stage = stage
        work.tries_left = _bounded_int(data["tries_left"], 0, project.retries)
        work.try_number = _bounded_int(data["try"], 1, project.retries + 1)
        results = data["results"]
        if not isinstance(results, list) or len(results) > project.retries + 1:
            raise ValueError("results")
        n = len(project.qualification)
        work.results = [QualificationResult(_bounded_int(p, 0, n), _bounded_int(t, n, n),
                                            project.pass_mark) for p, t in results]
        work.recorded_tries = _bounded_int(data["recorded_tries"], 0, len(work.results))
        if work.try_number + work.tries_left != project.retries + 1 \
                or work.try_number not in (len(work.results), len(work.results) + 1):
            raise ValueError("tries")
        if qualified_before:
            if stage != "queue" or work.results:
                raise ValueError("qualified before, yet a qualification")
        elif (stage == "qualification") != (len(work.results) < work.try_number) \
                or (stage == "queue") != bool(work.results and work.results[-1].passed):
            raise ValueError("a stage its results do not lead to")
        work.qualification = _records(project.qualification, data["qualification"], ordered=True)
        work.last_try = _records(project.qualification, data["last_try"], ordered=True)
        if len(work.qualification) >= n or (stage != "qualification" and work.qualification):
            raise ValueError("qualification")
        work.queue_done = _bounded_int(data["queue_done"], 0, 10**9)
        work.queue_score_sum = _bounded_float(data["queue_score_sum"], 0.0, work.queue_done)
        work.queue_seconds_sum = _bounded_float(data["queue_seconds_sum"], 0.0,
                                                work.queue_done * MAX_TASK_SECONDS)
        work.session = _records(project.queue, data["session"], ordered=False)
        if len(work.session) > work.queue_done or (stage != "queue" and work.queue_done):
            raise ValueError("queue")
        return work


def _bounded_int(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("a number out of bounds")
    return value


def _bounded_float(value: object, low: float, high: float) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) \
            or not low - 1e-6 <= value <= high + 1e-6:
        raise ValueError("a number out of bounds")
    return float(value)


def _records(tasks: Sequence[Task], saved: object, ordered: bool) -> list[TaskRecord]:
    """Saved answers graded again; ``ordered``: the i-th answer is the i-th task's."""
    if not isinstance(saved, list) or len(saved) > (len(tasks) if ordered else MAX_SESSION):
        raise ValueError("records")
    by_id = {task.id: task for task in tasks}
    records = []
    for i, item in enumerate(saved):
        task = by_id[item["task"]]
        if ordered and task is not tasks[i]:
            raise ValueError("a qualification answer out of order")
        answer = item["answer"]
        seconds = _bounded_float(item["seconds"], 0.0, MAX_TASK_SECONDS)
        records.append(TaskRecord(task.id, answer, grade_task(task, answer), seconds,
                                  _keystrokes(task, answer), task.kind))
    return records
