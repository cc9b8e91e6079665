"""Where a learner stands in each project, from their attempts (the list of projects,
the trainer's table): qualified or not, the qualification tries, and over the queue
sessions the quality, the tasks done and the tasks an hour.

A qualification try is an attempt with ``metrics["stage"] == "qualification"``, passed
when the learner qualified; a queue session one with ``"queue"``, with the ``quality``
(0..1) and the number of ``tasks`` of the session (``engine.ProjectWork``). Pure;
malformed figures (a damaged progress file) are left out, never raised.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


class AttemptLike(Protocol):
    pack_id: str
    exercise_id: str
    passed: bool
    started_at: datetime
    finished_at: datetime
    metrics: Mapping[str, Any]


@dataclass(frozen=True)
class ProjectStanding:
    qualified: bool = False
    tries: int = 0  # qualification tries
    tasks: int = 0  # queue tasks done
    quality: float = 0.0  # their mean score, 0..1
    tasks_per_hour: float = 0.0
    kph: float | None = None  # keystrokes an hour, over the data-entry sessions


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value == value and abs(value) < 1e12 else None  # not NaN


def standings(attempts: Iterable[AttemptLike]) -> dict[tuple[str, str], ProjectStanding]:
    """{(pack id, exercise id): standing} for every project the learner has tried."""
    tries: dict[tuple[str, str], int] = {}
    qualified: set[tuple[str, str]] = set()
    tasks: dict[tuple[str, str], int] = {}
    weighted: dict[tuple[str, str], float] = {}
    seconds: dict[tuple[str, str], float] = {}
    keys: dict[tuple[str, str], tuple[float, float]] = {}  # (kph * hours, hours)
    for attempt in attempts:
        key = (attempt.pack_id, attempt.exercise_id)
        metrics = attempt.metrics if isinstance(attempt.metrics, Mapping) else {}
        stage = metrics.get("stage")
        if stage == "qualification":
            tries[key] = tries.get(key, 0) + 1
            if attempt.passed:
                qualified.add(key)
        elif stage == "queue":
            qualified.add(key)  # (a queue session is only open to the qualified)
            count = _number(metrics.get("tasks"))
            quality = _number(metrics.get("quality"))
            if count is None or quality is None or count < 1 or not 0 <= quality <= 1:
                continue
            tasks[key] = tasks.get(key, 0) + int(count)
            weighted[key] = weighted.get(key, 0.0) + quality * int(count)
            spent = max((attempt.finished_at - attempt.started_at).total_seconds(), 0.0)
            seconds[key] = seconds.get(key, 0.0) + spent
            kph = _number(metrics.get("kph"))
            if kph is not None and spent > 0:
                total, hours = keys.get(key, (0.0, 0.0))
                keys[key] = (total + kph * spent / 3600, hours + spent / 3600)
    result = {}
    for key in set(tries) | qualified | set(tasks):
        done = tasks.get(key, 0)
        spent = seconds.get(key, 0.0)
        kph_total, kph_hours = keys.get(key, (0.0, 0.0))
        result[key] = ProjectStanding(
            qualified=key in qualified, tries=tries.get(key, 0), tasks=done,
            quality=weighted.get(key, 0.0) / done if done else 0.0,
            tasks_per_hour=done * 3600 / spent if spent > 0 else 0.0,
            kph=kph_total / kph_hours if kph_hours > 0 else None)
    return result


MAX_PAIRS = 10_000  # answers read back for an export


def answered_tasks(project: Any, attempts: Iterable[Any]) -> list[tuple[Any, Any]]:
    """(task, answer) of every task of ``project`` the learner answered, oldest first,
    read from the attempts' details (an answer too long to be stored, or a task no
    longer in the project, is left out): what an export writes."""
    tasks = {task.id: task for task in (*project.qualification, *project.queue)}
    pairs: list[tuple[Any, Any]] = []
    for attempt in sorted(attempts, key=lambda a: a.finished_at):
        details = attempt.details if isinstance(attempt.details, Mapping) else {}
        records = details.get("tasks")
        for record in records if isinstance(records, list) else []:
            if len(pairs) >= MAX_PAIRS:
                return pairs
            if isinstance(record, Mapping) and record.get("task") in tasks \
                    and record.get("answer") is not None:
                pairs.append((tasks[record["task"]], record["answer"]))
    return pairs


def open_levels(levels: Mapping[tuple[str, str], int | None],
                known: Mapping[tuple[str, str], ProjectStanding]) -> int:
    """The highest project level open to the learner, as the platforms' ladders go: the
    lowest level is open; each level qualified in opens the next one (a project with no
    level is always open)."""
    ladder = sorted({level for level in levels.values() if level is not None})
    if not ladder:
        return 0
    qualified = [levels[key] for key, standing in known.items()
                 if standing.qualified and levels.get(key) is not None]
    reached = max((level for level in qualified if level is not None), default=0)
    return max(ladder[0], next((lv for lv in ladder if lv > reached), ladder[-1]))
