"""The adaptive placement: a few items per skill, chosen from the skill's ladder of levels,
to find the level each skill is at; and the attempt that records it.

How it works, after France's Pix placement ("smart random", read in the 1024pix/pix
sources: ``api/src/evaluation/domain/services/algorithm-methods/smart-random.js``,
``skills-filter.js``, ``cat-algorithm.js`` and ``api/lib/domain/models/KnowledgeElement.js``).
In Pix, a competence's *acquis* are grouped in *tubes* of difficulty 1 to 8; the first
challenge is taken from the easy tubes at difficulty 2 (``DEFAULT_LEVEL_FOR_FIRST_CHALLENGE``);
a right answer validates its acquis and *infers* every easier acquis of the tube as
validated, a wrong one invalidates it and infers every harder one as invalidated; an acquis
validated or invalidated, directly or by inference, is never asked; the next challenge is
the one of greatest *reward* (the probability of a success times the acquis it would
validate, plus that of a failure times those it would invalidate), picked at random among
equals; and the test ends when no challenge has a reward, that is when no answer could
tell anything more. Here, for each skill (a Pix tube):

- **Ladder.** ``{level: [items]}``, levels ints low to high (a level per DigComp
  proficiency, see ``ladders.py``), an item being an exercise's (pack id, exercise id).
  Which item of a level is asked is the ``random.Random``'s choice, as Pix picks among
  challenges of equal reward.
- **Outcome of a level**: right if it has at least as many right answers as wrong ones
  (a single answer decides it; one right and one wrong ask a third).
- **Estimate** (:func:`estimate`): the highest level whose outcome is right with no
  level at or below it wrong; 0 when there is none (below the ladder's first level).
  A right answer so credits every easier level, and a wrong one marks every harder
  level as not known, without asking them (Pix's inferred knowledge elements).
- **Next level.** The first item of a skill is at its *easy-middle* level, the lower
  middle of the ladder (level 2 of 1-4, 3 of 1-5; Pix starts at 2 of 1-8). Then the levels
  still open lie strictly between the estimate and the lowest wrong level; the next item
  is at the lower middle of those: after a right answer it goes up, after a wrong one
  down, halving what is unknown (Pix's reward is greatest in the middle too).
- **Confirming.** When no level is open, the estimate's level, if a single right answer
  holds it, is asked once more (a lucky right answer two levels up is likelier than a
  slip below one's level, and it would credit every level under it). Measured with the
  simulated learners of ``tests/skills/placement``: 92 % of the estimates within one
  level at 12 items a learner without it, 96 % at 17 with it.
- **Stop.** A skill stops when no answer could change the estimate (no level open, the
  boundary confirmed) or after ``MAX_ITEMS_PER_SKILL`` items; then the next skill begins.
- **Gate.** The skills are asked in order, computer basics first, whose lowest level is
  the mouse tasks. A wrong answer there is confirmed with a second mouse item (one slip
  must not cost the learner every other skill); a learner whose mouse level stays
  wrong is asked nothing more: no typing, email, sheets or coding item, and level 0 in
  each (the placement *stopped early*).

Everything is pure: the item asked depends only on the answers so far and the
``random.Random`` passed in; time comes in as arguments; the state is plain JSON
(:meth:`Placement.to_json`, :meth:`Placement.from_json`) so that a placement survives a
power cut and goes on where it was.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from tutor.attempt import FinishedAttempt
from tutor.skills.placement.model import SKILL_ID, WORK_IDS, ExerciseKey

STATE_FORMAT = "tutor-placement"
STATE_VERSION = 1
PACK_VERSION = "1"
MAX_ITEMS_PER_SKILL = 5

Ladder = Mapping[int, Sequence[ExerciseKey]]


@dataclass(frozen=True)
class Item:
    """An item being asked: an exercise of a skill at a level of its ladder."""

    skill: str
    key: ExerciseKey
    level: int


@dataclass(frozen=True)
class Answer:
    skill: str
    key: ExerciseKey
    level: int
    right: bool
    seconds: float


def outcomes(answers: Iterable[tuple[int, bool]]) -> dict[int, bool]:
    """Each answered level's outcome: right when it has at least as many right answers
    as wrong ones."""
    tally: dict[int, int] = {}
    for level, right in answers:
        tally[level] = tally.get(level, 0) + (1 if right else -1)
    return {level: balance >= 0 for level, balance in tally.items()}


def estimate(level_outcomes: Mapping[int, bool]) -> int:
    """The highest level whose outcome is right with no wrong level at or below it;
    0 when there is none.

    >>> estimate({2: True, 3: True, 4: False})
    3
    >>> estimate({2: True, 1: False})  # a wrong easier level outweighs a harder success
    0
    """
    lowest_wrong = min((lv for lv, right in level_outcomes.items() if not right),
                       default=math.inf)
    return max((lv for lv, right in level_outcomes.items() if right and lv < lowest_wrong),
               default=0)


def start_level(levels: Sequence[int]) -> int:
    """The easy-middle level of a ladder: its lower middle (2 of 1..4, 3 of 1..5)."""
    ordered = sorted(levels)
    return ordered[(len(ordered) - 1) // 2]


class Placement:
    """One learner's placement being done: the items asked, their answers, the work
    chosen. ``ladders`` gives each skill's ladder; ``skills`` their order (the ladders'
    order when not given), the first being the gate."""

    def __init__(self, ladders: Mapping[str, Ladder], started_at: datetime,
                 skills: Sequence[str] | None = None,
                 max_per_skill: int = MAX_ITEMS_PER_SKILL) -> None:
        order = list(skills) if skills is not None else list(ladders)
        self.skills: tuple[str, ...] = tuple(order)
        self.ladders: dict[str, dict[int, list[ExerciseKey]]] = {
            skill: {int(level): [(str(k[0]), str(k[1])) for k in items]
                    for level, items in sorted(ladders.get(skill, {}).items()) if items}
            for skill in self.skills
        }
        self.started_at = started_at
        self.max_per_skill = max_per_skill
        self.answers: list[Answer] = []
        self.current: Item | None = None
        self.work: str | None = None

    # What is known so far.

    def answers_in(self, skill: str) -> list[Answer]:
        return [a for a in self.answers if a.skill == skill]

    def outcomes(self, skill: str) -> dict[int, bool]:
        return outcomes((a.level, a.right) for a in self.answers_in(skill))

    def level(self, skill: str) -> int:
        """The skill's estimate (0 for a skill not asked)."""
        return estimate(self.outcomes(skill))

    def levels(self) -> dict[str, int]:
        return {skill: self.level(skill) for skill in self.skills}

    def asked(self) -> dict[str, int]:
        return {skill: len(self.answers_in(skill)) for skill in self.skills}

    @property
    def gate(self) -> str | None:
        return self.skills[0] if self.skills and self.ladders[self.skills[0]] else None

    def _unasked(self, skill: str, level: int) -> list[ExerciseKey]:
        asked = {a.key for a in self.answers_in(skill)}
        return [key for key in self.ladders[skill].get(level, []) if key not in asked]

    def open_levels(self, skill: str) -> list[int]:
        """The levels an answer could still move the estimate in: strictly between the
        estimate and the lowest wrong level, with an item not yet asked."""
        level_outcomes = self.outcomes(skill)
        low = estimate(level_outcomes)
        high = min((lv for lv, right in level_outcomes.items() if not right), default=math.inf)
        return [lv for lv in self.ladders[skill] if low < lv < high and self._unasked(skill, lv)]

    def _balances(self, skill: str) -> dict[int, int]:
        """Right answers minus wrong ones, per level answered."""
        balance: dict[int, int] = {}
        for a in self.answers_in(skill):
            balance[a.level] = balance.get(a.level, 0) + (1 if a.right else -1)
        return balance

    def _next_level(self, skill: str) -> int | None:
        ladder = self.ladders[skill]
        if not ladder or len(self.answers_in(skill)) >= self.max_per_skill:
            return None
        if not self.answers_in(skill):
            return start_level(list(ladder))
        balance = self._balances(skill)
        tied = [lv for lv, b in balance.items() if b == 0 and self._unasked(skill, lv)]
        if tied:  # one right, one wrong: a third answer decides
            return min(tied)
        candidates = self.open_levels(skill)
        if candidates:
            return candidates[(len(candidates) - 1) // 2]
        level_outcomes = self.outcomes(skill)
        boundaries = [estimate(level_outcomes)]  # a lucky right answer is the likelier error
        if skill == self.gate:  # and one slip at the mouse must not end the placement
            boundaries.append(min(ladder))
        for boundary in boundaries:
            if balance.get(boundary) in (1, -1) and self._unasked(skill, boundary):
                return boundary  # a single answer pins the boundary: a second confirms it
        return None

    def skill_done(self, skill: str) -> bool:
        return self._next_level(skill) is None

    @property
    def stopped_early(self) -> bool:
        """The gate skill is done and its lowest level (the mouse) is wrong."""
        gate = self.gate
        return gate is not None and self.skill_done(gate) \
            and self.outcomes(gate).get(min(self.ladders[gate])) is False

    @property
    def current_skill(self) -> str | None:
        """The skill being placed; None when the placement is over."""
        if self.stopped_early:
            return None
        return next((skill for skill in self.skills if not self.skill_done(skill)), None)

    @property
    def done(self) -> bool:
        return self.current is None and self.current_skill is None

    # What the learner does.

    def next_item(self, rng: random.Random) -> Item | None:
        """The item to ask now (the same one again until it is answered), or None when
        the placement is over."""
        if self.current is not None:
            return self.current
        skill = self.current_skill
        if skill is None:
            return None
        level = self._next_level(skill)
        assert level is not None
        self.current = Item(skill, rng.choice(self._unasked(skill, level)), level)
        return self.current

    def answer(self, right: bool, seconds: float) -> None:
        """The learner's answer to the current item (right or wrong, and how long it
        took)."""
        if self.current is None:
            raise ValueError("no item is being asked")
        item = self.current
        self.answers.append(Answer(item.skill, item.key, item.level, bool(right),
                                   max(0.0, round(float(seconds), 1))))
        self.current = None

    def skip_skill(self, skill: str) -> None:
        """Ask nothing more of ``skill``: it cannot be asked here (its skill has no
        placement item, or the item failed to open). Its ladder is emptied and its answers
        dropped, so it is *not assessed* (level 0 of a top level 0 in the attempt's
        details), never a failure; an emptied gate closes nothing."""
        if skill not in self.ladders:
            return
        self.ladders[skill] = {}
        self.answers = [a for a in self.answers if a.skill != skill]
        if self.current is not None and self.current.skill == skill:
            self.current = None

    def not_assessed(self) -> list[str]:
        """The skills without a ladder (no item could be asked of them)."""
        return [skill for skill in self.skills if not self.ladders[skill]]

    def choose_work(self, work_id: str | None) -> None:
        if work_id is not None and work_id not in WORK_IDS:
            raise ValueError(f"unknown work {work_id!r}")
        self.work = work_id

    # The result.

    def metrics(self) -> dict[str, Any]:
        answers = self.answers
        return {
            "levels": self.levels(),
            "asked": self.asked(),
            "items": len(answers),
            "right": sum(a.right for a in answers),
            "stopped_early": self.stopped_early,
        }

    def details(self) -> dict[str, Any]:
        return {
            "items": [{"skill": a.skill, "pack": a.key[0], "exercise": a.key[1],
                       "level": a.level, "right": a.right, "seconds": a.seconds}
                      for a in self.answers],
            "work": self.work,
            "skills": list(self.skills),
            "top_levels": {skill: max(ladder, default=0)
                           for skill, ladder in self.ladders.items()},
        }

    def finish(self, now: datetime) -> FinishedAttempt:
        """The placement as an attempt of the skill "placement". Its score is the share
        of the ladders climbed (the levels' sum over the top levels' sum); it is passed
        when the placement is over (every skill placed, or stopped at the gate)."""
        levels = self.levels()
        tops = sum(max(ladder, default=0) for ladder in self.ladders.values())
        score = min(1.0, sum(levels.values()) / tops) if tops else 0.0
        return FinishedAttempt(
            skill=SKILL_ID, pack_id=SKILL_ID, pack_version=PACK_VERSION,
            exercise_id=SKILL_ID, started_at=self.started_at, finished_at=now,
            score=round(score, 4), passed=self.done,
            metrics=self.metrics(), details=self.details())

    # Saving and resuming.

    def to_json(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "started_at": self.started_at.isoformat(),
            "skills": list(self.skills),
            "ladders": {skill: {str(level): [list(key) for key in items]
                                for level, items in ladder.items()}
                        for skill, ladder in self.ladders.items()},
            "max_per_skill": self.max_per_skill,
            "answers": [{**asdict(a), "key": list(a.key)} for a in self.answers],
            "current": None if self.current is None
            else {**asdict(self.current), "key": list(self.current.key)},
            "work": self.work,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Placement:
        """A placement from :meth:`to_json`'s data; ValueError for anything else."""
        try:
            if data["format"] != STATE_FORMAT or data["version"] != STATE_VERSION:
                raise ValueError("not a placement of this version")
            started_at = datetime.fromisoformat(data["started_at"])
            ladders = {skill: {int(level): [(str(k[0]), str(k[1])) for k in items]
                               for level, items in ladder.items()}
                       for skill, ladder in data["ladders"].items()}
            placement = cls(ladders, started_at, skills=[str(s) for s in data["skills"]],
                            max_per_skill=int(data["max_per_skill"]))
            for answer in data["answers"]:
                placement.answers.append(Answer(
                    str(answer["skill"]), (str(answer["key"][0]), str(answer["key"][1])),
                    int(answer["level"]), bool(answer["right"]), float(answer["seconds"])))
            current = data["current"]
            if current is not None:
                placement.current = Item(str(current["skill"]),
                                         (str(current["key"][0]), str(current["key"][1])),
                                         int(current["level"]))
            placement.choose_work(data["work"])
        except (KeyError, TypeError, IndexError, AttributeError) as exc:
            raise ValueError("not a placement's saved state") from exc
        return placement
