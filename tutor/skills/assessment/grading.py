"""An assessment's result as a verdict: its criteria (the pass marks, each essential), its
score and whether it passed.

The figures come from the keystroke log's replay (``tutor.credentials.evidence``), which
already says ``passed`` by the same rules; the verdict names each criterion for the
screens and the attempt. The score is the share of the pass mark reached (1 at the mark
or above): net words a minute over the mark for typing; keystrokes an hour over the mark
times the share of fields right for data entry; a task's own verdict's score.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.assessment.model import CONTEXT, Assessment

NET_WPM = QT_TRANSLATE_NOOP("assessment", "At least {mark} net words a minute: {value}.")
ERRORS = QT_TRANSLATE_NOOP("assessment", "At most {mark} errors: {value}.")
KPH = QT_TRANSLATE_NOOP("assessment", "At least {mark} keystrokes an hour: {value}.")
FIELDS = QT_TRANSLATE_NOOP("assessment", "At least {mark} % of the fields right: {value} %.")
ANSWERED = QT_TRANSLATE_NOOP("assessment", "The task was answered within its time.")


def _criterion(name: str, passed: bool, message: str, mark: float, value: Any) -> Feedback:
    return Feedback(name, passed, message, {"mark": f"{mark:g}", "value": value},
                    context=CONTEXT, essential=True)


def grade(definition: Assessment, figures: Mapping[str, Any], task: Any = None) -> Verdict:
    """The verdict of a finished assessment from its figures (and a task's verdict)."""
    rules = definition.rules
    if definition.kind == "typing-test":
        net = float(figures["net_wpm"])
        feedback = (
            _criterion("net-wpm", net >= rules["min_net_wpm"], NET_WPM, rules["min_net_wpm"],
                       net),
            _criterion("errors", figures["errors"] <= rules["max_errors"], ERRORS,
                       rules["max_errors"], figures["errors"]))
        score = min(1.0, net / rules["min_net_wpm"])
        passed = all(f.passed for f in feedback) and figures["words"] > 0
    elif definition.kind == "data-entry":
        kph, accuracy = float(figures["kph"]), float(figures["field_accuracy"])
        feedback = (
            _criterion("kph", kph >= rules["min_kph"], KPH, rules["min_kph"], round(kph)),
            _criterion("fields", accuracy >= rules["min_accuracy"], FIELDS,
                       rules["min_accuracy"], accuracy))
        score = min(1.0, kph / rules["min_kph"]) * accuracy / 100
        passed = all(f.passed for f in feedback) and figures["rows"] > 0
    else:
        answered = task is not None
        feedback = (Feedback("answered", answered, ANSWERED, context=CONTEXT, essential=True),
                    *getattr(task, "feedback", ()))
        score = float(getattr(task, "score", 0.0)) if answered else 0.0
        passed = answered and bool(getattr(task, "passed", False))
    return Verdict(passed, round(min(1.0, max(0.0, score)), 4), tuple(feedback))
