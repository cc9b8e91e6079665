"""A computer-basics attempt -> its verdict.

Two families of exercise, each with its rule (the numbers are the engine's, see
``engine.py``):

- a **step exercise** (keys, controls, window, files) passes when every step is done
  (essential: a step skipped is a skill not shown) and the slips are few: at most one
  slip for every two steps, and never fewer than one allowed (essential too: a learner
  who tried every button until one worked has not learnt the step). Its score is the
  share of steps done without a slip. Asking to see or hear a step again is never held
  against the learner.
- a **pointer exercise** (hold, point, click, double-click, right-click, drag, scroll,
  hover) passes when every target is done (essential) and the share of targets done at
  the first try reaches the exercise's ``min_hits`` (essential: that is what the
  exercise measures). Accuracy (the mean distance of the hits from the targets' centres,
  relative to their radius) and, for double-clicks, the share of double-clicks made in
  time weigh on the score and shape the advice, but never fail a learner alone: a
  newcomer who hits every target near its edge has learnt to click.

Messages are English source texts in the ``BasicsRoom`` context, where the room's other
words are, translated at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.grading import Feedback, Verdict
from tutor.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BasicsRoom"

# A hit counts as accurate when it lands within this share of the radius from the centre.
ACCURATE = 0.6
# Share of double-clicks that must be in time for the "double-click speed" criterion.
DOUBLE_CLICKS_IN_TIME = 0.75


def allowed_slips(steps: int) -> int:
    """How many slips a step exercise of ``steps`` steps may have and still pass: one for
    every two steps, at least one (4 steps: 2; 1 step: 1; 7 steps: 3)."""
    return max(1, steps // 2)


def grade_steps(steps: int, done: int, slips: int) -> Verdict:
    """The verdict of a step exercise: ``done`` of ``steps`` steps done, ``slips`` wrong
    actions on the way."""
    allowed = allowed_slips(steps)
    feedback = [
        Feedback("all-steps", done >= steps,
                 QT_TRANSLATE_NOOP("BasicsRoom", "Steps done: {done} of {steps}."),
                 {"done": done, "steps": steps}, CONTEXT, essential=True),
        Feedback("few-slips", slips <= allowed,
                 QT_TRANSLATE_NOOP("BasicsRoom", "Slips: {slips} (at most {allowed})."),
                 {"slips": slips, "allowed": allowed}, CONTEXT, essential=True),
    ]
    return Verdict.from_feedback(feedback)


@dataclass(frozen=True)
class PointerFigures:
    """What a pointer exercise measured, as the verdict needs it."""

    targets: int  # targets asked for
    done: int  # targets done
    first_try: int  # targets done with no miss or slip before
    min_hits: float  # the share of first-try targets the exercise asks for
    accuracy: float | None = None  # mean distance of hits / radius (0: the centre)
    doubles: int = 0  # double-clicks tried (double-click exercises)
    doubles_in_time: int = 0  # of those, made within the limit


def grade_pointer(figures: PointerFigures) -> Verdict:
    """The verdict of a pointer exercise (see the module's docstring). The score is the
    weighted share of criteria met; it passes when the essential ones are met."""
    f = figures
    share = f.first_try / f.targets if f.targets else 0.0
    feedback = [
        Feedback("all-targets", f.done >= f.targets,
                 QT_TRANSLATE_NOOP("BasicsRoom", "Targets done: {done} of {targets}."),
                 {"done": f.done, "targets": f.targets}, CONTEXT, weight=1.0,
                 essential=True),
        Feedback("first-try", share >= f.min_hits - 1e-9,
                 QT_TRANSLATE_NOOP("BasicsRoom",
                                   "Right the first time: {first} of {targets} (asked: "
                                   "{asked})."),
                 {"first": f.first_try, "targets": f.targets,
                  "asked": _at_least(f.min_hits, f.targets)}, CONTEXT, weight=2.0,
                 essential=True),
    ]
    if f.accuracy is not None:
        feedback.append(Feedback(
            "accuracy", f.accuracy <= ACCURATE,
            QT_TRANSLATE_NOOP("BasicsRoom",
                              "Aim: on average {percent}% of the way from the centre to "
                              "the edge."),
            {"percent": round(f.accuracy * 100)}, CONTEXT, weight=1.0))
    if f.doubles:
        feedback.append(Feedback(
            "double-click-speed", f.doubles_in_time / f.doubles >= DOUBLE_CLICKS_IN_TIME,
            QT_TRANSLATE_NOOP("BasicsRoom", "Double-clicks fast enough: {fast} of {tried}."),
            {"fast": f.doubles_in_time, "tried": f.doubles}, CONTEXT, weight=1.0))
    verdict = Verdict.from_feedback(feedback, pass_mark=0.0)
    return verdict


def _at_least(share: float, targets: int) -> int:
    """The number of first-try targets ``share`` asks for (0.8 of 8: 7, rounded up)."""
    needed = share * targets
    whole = int(needed)
    return whole if needed - whole < 1e-9 else whole + 1
