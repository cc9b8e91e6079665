"""What the computer-basics room's page tests share: a fake clock and step exercises."""

from __future__ import annotations

from tutor.skills.basics.model import BasicsExercise, Step


class Clock:
    """A fake ``time.monotonic``: each look at it is ``step`` seconds after the last
    (``step=0``: it stands still until ``advance``)."""

    def __init__(self, now: float = 100.0, step: float = 1.0) -> None:
        self.now = now
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def step_exercise(kind: str, exercise_id: str, title: str, say: str, *steps: dict,
                  **fields: object) -> BasicsExercise:
    """An exercise of a step ``kind`` whose steps each say "Do it."."""
    return BasicsExercise(id=exercise_id, title=title, kind=kind, say=say,
                          steps=[Step(say="Do it.", **s) for s in steps], **fields)
