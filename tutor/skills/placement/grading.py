"""A placement item: right or wrong, from the verdict of the skill it comes from.

A placement item is one of a skill's exercises, graded by that skill's own grading (its
``tutor.grading.Verdict``). The rule a trainer would accept for the item being *right*:

- the verdict passed (every essential criterion met and the pass mark reached), and
- where the verdict measures a speed or an accuracy (a typing lesson's ``speed`` and
  ``accuracy`` criteria), both are met against the exercise's own thresholds, that
  level's, never a trainer's lowered ones: a placement says where the learner is.
"""

from __future__ import annotations

from tutor.grading import Verdict

MEASURED = ("speed", "accuracy")  # criteria with a threshold of the level


def item_right(verdict: Verdict) -> bool:
    """A placement item's answer is right: the skill's verdict passed and every measured
    criterion (speed, accuracy) in it is met."""
    return verdict.passed and all(f.passed for f in verdict.feedback
                                  if f.criterion in MEASURED)


def meets_thresholds(speed: float, accuracy: float, min_speed: float,
                     min_accuracy: float) -> bool:
    """A timed item (copy a line) is right when its speed and accuracy both reach the
    level's thresholds (words per minute and % of characters right)."""
    return speed >= min_speed and accuracy >= min_accuracy
