"""A supervised assessment as it runs: its keystroke log, the time left, its end, and the
one attempt it gives.

The room (``view.py``) passes every event it sees (a key, a paste, the window losing or
regaining the focus, a field entered, a row given) to :meth:`AssessmentRun.record`
with the milliseconds since the test started; the run keeps them in the keystroke log
(:mod:`tutor.credentials.evidence`) and, for the typing and data-entry tests, applies
them with the same code the replay uses, so what the screen shows and what a verifier
recomputes from the log are one thing. The result of those two tests *is*
``evidence.replay(log)``.

There is no pause and no second try: the run ends once (the time ran out, all done, the
task answered, the learner left, or the log full), and later events are refused. The
attempt is built only after the trainer's confirmation step (confirmed or not).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from tutor.attempt import FinishedAttempt
from tutor.credentials import evidence
from tutor.grading import Verdict
from tutor.skills.assessment.definitions import (
    DATA_ENTRY_COLUMNS,
    DATA_ENTRY_ROWS,
    TYPING_TEXT,
)
from tutor.skills.assessment.grading import grade
from tutor.skills.assessment.model import Assessment

SKILL = "assessment"
PACK = "assessment"  # attempts name no lesson pack: the definitions are in code
PENDING = "pending"  # the learner's settings of the skill: the assessment a trainer started


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class AssessmentRun:
    """One assessment being taken; time comes in as milliseconds since its start."""

    def __init__(self, definition: Assessment, started_at: datetime, supervisor: str,
                 language: str = "en") -> None:
        self.definition = definition
        self.started_at = started_at
        self.supervisor = " ".join(supervisor.split())[:120]
        self.language = language
        self.duration_ms = int(definition.seconds * 1000)
        self.log: dict[str, Any] = {
            "type": evidence.LOG_TYPE, "version": evidence.LOG_VERSION,
            "assessment_id": definition.id, "kind": definition.kind,
            "started": iso(started_at), "rules": definition.log_rules(),
            "text": TYPING_TEXT if definition.kind == "typing-test" else None,
            "records": ({"columns": list(DATA_ENTRY_COLUMNS),
                         "rows": [list(row) for row in DATA_ENTRY_ROWS]}
                        if definition.kind == "data-entry" else None),
            "events": [],
        }
        self.typed = evidence.TypedText(TYPING_TEXT) if definition.kind == "typing-test" else None
        self.tally = (evidence.DataEntryTally(DATA_ENTRY_COLUMNS, DATA_ENTRY_ROWS)
                      if definition.kind == "data-entry" else None)
        self.verdict: Any = None  # a task's verdict, once answered
        self.ended: str | None = None
        self._last_ms = 0

    # -- while it runs -------------------------------------------------------------------
    @property
    def events(self) -> list[list[Any]]:
        return self.log["events"]

    @property
    def running(self) -> bool:
        return self.ended is None

    def time_left(self, ms: int) -> float:
        """Seconds left (0 once ended)."""
        return 0.0 if self.ended else max(0, self.duration_ms - ms) / 1000

    def _ms(self, ms: int) -> int:
        return max(self._last_ms, min(int(ms), self.duration_ms))

    def tick(self, ms: int) -> bool:
        """The time passes: the run ends when it ran out. True while it runs."""
        if self.running and ms >= self.duration_ms:
            self.end(self.duration_ms, "time")
        return self.running

    def record(self, ms: int, kind: str, value: Any = None) -> bool:
        """One event of the log (see ``tutor.credentials.evidence``); False when the run
        has ended (the event is not recorded and changes nothing)."""
        if not self.tick(ms):
            return False
        ms = self._ms(ms)
        self._last_ms = ms
        event: list[Any] = [ms, kind] if value is None else [ms, kind, value]
        self.events.append(event)
        if self.typed is not None:
            self.typed.apply(event)
            if self.typed.done:
                self.end(ms, "done")
        if self.tally is not None:
            self.tally.apply(event)
            if self.tally.done:
                self.end(ms, "done")
        if self.running and len(self.events) >= evidence.MAX_EVENTS - 1:
            self.end(ms, "full")
        return True

    def answer(self, ms: int, verdict: Any) -> None:
        """A task's widget gave its verdict: the run ends with it."""
        if self.tick(ms):
            self.verdict = verdict
            self.end(ms, "answered")

    def end(self, ms: int, reason: str) -> None:
        """End the run (once): the time ran out, all done, answered, left, or full."""
        if self.ended is None:
            ms = self._ms(ms)
            self._last_ms = ms
            self.ended = reason
            self.events.append([ms, "end", reason])

    # -- the result ----------------------------------------------------------------------
    def figures(self) -> dict[str, Any]:
        """The result's figures: the replay of the log, and the verdict's."""
        figures = evidence.replay(self.log)
        verdict = self.grade(figures)
        return {**figures, "score": verdict.score, "passed": verdict.passed}

    def grade(self, figures: Mapping[str, Any]) -> Verdict:
        return grade(self.definition, figures, self.verdict)

    def attempt(self, finished_at: datetime, confirmed: bool) -> FinishedAttempt:
        """The one attempt of the assessment, to be recorded through ``host.finish``."""
        if self.ended is None:
            raise ValueError("the assessment is still running")
        figures = self.figures()
        verdict = self.grade(figures)
        keys = ("net_wpm", "gross_wpm", "errors", "accuracy", "kph", "field_accuracy",
                "rows", "score", "keystrokes", "pastes", "focus_losses", "minutes")
        metrics = {key: figures[key] for key in keys if key in figures}
        details: dict[str, Any] = {
            "evidence": self.log, "supervisor": self.supervisor, "confirmed": confirmed,
            "definition": self.definition.definition(self.language),
            "figures": figures, "ended": self.ended,
            "flags": [flag.as_json() for flag in evidence.analyse(self.log)],
        }
        details["verdict"] = verdict.as_json()
        return FinishedAttempt(
            SKILL, PACK, str(self.definition.version), self.definition.id, self.started_at,
            max(finished_at, self.started_at), verdict.score, verdict.passed,
            metrics={**metrics, "confirmed": confirmed}, details=details)
