"""Verdicts: what every skill's grading returns, for the screen and for `tutor grade`.

A verdict is a list of criteria, each passed or not with a message for the learner. Some
criteria are *essential*: what the task is about (the recipients, accepting rather than
declining, the facts asked for, a formula where one is asked, a program right on every
branch). A verdict with a missing essential fails whatever its score, and says so for
every one that is missing; the other criteria weigh on the score and shape the advice.
Messages are English source texts marked with ``QT_TRANSLATE_NOOP("grading", ...)``
(or another context) plus parameters, so the GUI shows them in the learner's language
and the command line prints them in English JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Feedback:
    criterion: str  # a stable id: "recipients", "subject", "B4-formula"...
    passed: bool
    message: str  # English source text, marked for translation
    params: Mapping[str, Any] = field(default_factory=dict)
    context: str = "grading"  # the translation context of ``message``
    weight: float = 1.0
    essential: bool = False  # not met: the answer fails, whatever the score

    @property
    def text(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


@dataclass(frozen=True)
class Verdict:
    passed: bool
    score: float  # 0 to 1
    feedback: tuple[Feedback, ...] = ()

    @classmethod
    def from_feedback(cls, feedback: list[Feedback], pass_mark: float = 1.0) -> Verdict:
        """Score = weighted share of criteria met; passed when the score reaches
        ``pass_mark`` (by default every criterion must be met) and no essential criterion
        is missing."""
        total = sum(f.weight for f in feedback)
        score = sum(f.weight for f in feedback if f.passed) / total if total else 0.0
        essentials_met = all(f.passed for f in feedback if f.essential)
        return cls(score >= pass_mark - 1e-9 and essentials_met, round(score, 4),
                   tuple(feedback))

    @property
    def missing_essentials(self) -> tuple[Feedback, ...]:
        """Every essential criterion the answer does not meet (each fails it alone)."""
        return tuple(f for f in self.feedback if f.essential and not f.passed)

    def as_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "score": self.score,
            "feedback": [
                {"criterion": f.criterion, "passed": f.passed, "message": f.text,
                 **({"essential": True} if f.essential else {})}
                for f in self.feedback
            ],
        }

    def dumps(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2)
