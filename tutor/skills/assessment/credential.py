"""Which assessment results a centre may certify, and the credential made from one.

A credential is issued only for an assessment that **passed**, whose supervising trainer
**confirmed** their presence with the password at its end, and that was **recorded on
this PC** (a result brought from another centre is that centre's to certify). It states
the assessment's rule as its criteria and the figures of the result; its evidence is the
digest of the keystroke log, which travels beside it (in the PDF, or as
``NAME.evidence.json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tutor.credentials import badge, evidence, results
from tutor.credentials.centre import Centre
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.assessment.engine import SKILL

NOT_AN_ASSESSMENT = QT_TRANSLATE_NOOP("credentials", "Only a supervised assessment gets a credential.")
NOT_PASSED = QT_TRANSLATE_NOOP("credentials", "Not passed: no credential.")
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "credentials", "The trainer did not confirm watching this assessment: no credential.")
NOT_HERE = QT_TRANSLATE_NOOP(
    "credentials", "Done at another centre or on another computer: only the centre where it "
    "was done can certify it.")


@dataclass(frozen=True)
class Result:
    """What the issuing needs of an attempt (the store's row, read by the caller)."""

    skill: str
    exercise_id: str
    finished_at: datetime
    passed: bool
    details: Mapping[str, Any]
    provenance: Mapping[str, Any] | None  # None: recorded on this PC


def refusal(result: Result) -> str | None:
    """Why ``result`` gets no credential (English source, context "credentials"), or None."""
    if result.skill != SKILL or not isinstance(result.details.get("definition"), dict) \
            or not isinstance(result.details.get("evidence"), dict):
        return NOT_AN_ASSESSMENT
    if result.provenance is not None:
        return NOT_HERE
    if not result.passed:
        return NOT_PASSED
    if result.details.get("confirmed") is not True:
        return NOT_CONFIRMED
    return None


def achievement(details: Mapping[str, Any]) -> badge.Achievement:
    definition = details["definition"]
    figures = details.get("figures", {})
    kind = definition.get("kind", "task")
    lines = []
    for figure, name, result_type, form in results.RESULTS.get(kind, results.RESULTS["task"]):
        if figure not in figures:
            continue
        lines.append(badge.ResultLine(figure.replace("_", "-"), name,
                                      results.figure_text(figures, figure, form), result_type))
    description = (f"A supervised, timed assessment of {definition['minutes']:g} minutes "
                   "at a Tutor learning centre.")
    exercise = definition.get("exercise")
    if isinstance(exercise, dict):
        description += f" The task: {exercise.get('pack')} / {exercise.get('id')}."
    return badge.Achievement(
        id=f"urn:tutor:assessment:{definition['id']}:{definition['version']}",
        name=str(definition["name"]), description=description,
        criteria=str(definition["criteria"]), results=tuple(lines))


def issue(centre: Centre, learner: str, result: Result, now: datetime) -> dict[str, Any]:
    """The signed credential for ``result`` (refused results raise ValueError)."""
    why = refusal(result)
    if why is not None:
        raise ValueError(why)
    unsigned = badge.credential(centre.card, learner, achievement(result.details),
                                result.finished_at, now,
                                evidence=evidence.digest(result.details["evidence"]))
    return badge.issue(centre, unsigned, now)
