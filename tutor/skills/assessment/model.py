"""The shape of an assessment's definition: what it asks, for how long, what passes.

Assessments have no lesson packs: the five are written in ``definitions.py`` (why is
said there). A definition states its rule in English (:meth:`Assessment.criteria`), as
the attempt and a credential carry it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

CONTEXT = "assessment"  # the translation context of the assessments' names
Kind = Literal["typing-test", "data-entry", "task"]


@dataclass(frozen=True)
class Assessment:
    id: str
    version: int
    kind: Kind
    title: str  # English source, context "assessment"
    description: str  # English source, context "assessment": what the learner will do
    minutes: float
    rules: Mapping[str, float] = field(default_factory=dict)  # pass marks (see above)
    # a task: the exercise, by the learner's language: (pack id, exercise id)
    exercises: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return self.minutes * 60

    def exercise(self, language: str) -> tuple[str, str] | None:
        """A task's (pack id, exercise id) in ``language``, else in English."""
        return self.exercises.get(language) or self.exercises.get("en")

    def criteria(self) -> str:
        """The rule, thresholds included, in English (a credential's criteria)."""
        r = self.rules
        if self.kind == "typing-test":
            return (f"Copy a printed work text for {self.minutes:g} minutes, with no "
                    "pasting. Gross words per minute = characters typed / 5 / minutes of "
                    "the test (or until all is typed). "
                    "Errors = words left wrong, left out or added (each word counts "
                    "once). Net words per minute = gross - errors / minutes. Passed with "
                    f"at least {r['min_net_wpm']:g} net words per minute and at most "
                    f"{r['max_errors']:g} errors.")
        if self.kind == "data-entry":
            return (f"Key invoice lines from a document into a form for {self.minutes:g} "
                    "minutes. Speed = keys pressed per hour (KPH) over the whole test "
                    "(or until all is done). Accuracy = fields exactly right in % of the "
                    "fields of the "
                    f"rows given. Passed at {r['min_kph']:g} KPH or more with "
                    f"{r['min_accuracy']:g} % of the fields right or more.")
        return (f"One task done alone within {self.minutes:g} minutes, graded by Tutor's "
                "own rules for it: passed when every essential point is met and the "
                "score reaches the task's pass mark.")

    def definition(self, language: str = "en") -> dict[str, Any]:
        """What the attempt and the credential state about the assessment."""
        result: dict[str, Any] = {
            "id": self.id, "version": self.version, "kind": self.kind, "name": self.title,
            "minutes": self.minutes, "rules": dict(self.rules), "criteria": self.criteria(),
        }
        exercise = self.exercise(language)
        if exercise is not None:
            result["exercise"] = {"pack": exercise[0], "id": exercise[1]}
        return result

    def log_rules(self) -> dict[str, float]:
        """The rules a keystroke log carries for its replay."""
        return {"minutes": self.minutes, **self.rules}
