"""Issue #19's simulated learners: learners of known level in each skill are placed; the
estimate must be within one level of the truth for at least 90 % of them, with no more
than 25 items on average, and a learner who fails the mouse tasks is never asked to type.

A learner of level T in a skill answers an item of level L right with probability 0.95
when L <= T (a 5 % slip), 0.5 when L = T + 1 and 0.1 when L >= T + 2. Their level in
each skill is drawn at random (0 to the ladder's top, basics 1 to its top); a learner at
basics level 0 (who cannot use the mouse) is at level 0 in everything.
"""

import random
import statistics
from datetime import UTC, datetime
from pathlib import Path

from tests.skills.placement.ladders_for_tests import TOPS, ladders
from tutor.content.packs import load_catalogue
from tutor.skills import installed_skills
from tutor.skills.placement.engine import Placement
from tutor.skills.placement.ladders import ladders_from
from tutor.skills.placement.model import PLACED_SKILLS

LEARNERS = 400
SEED = 19
T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).parents[3]


def chance_right(item_level, own_level):
    gap = item_level - own_level
    return 0.95 if gap <= 0 else 0.5 if gap == 1 else 0.1


def a_learner(rng, tops=None):
    tops = tops or TOPS
    basics = rng.randint(0, tops["basics"])
    if basics == 0:
        return dict.fromkeys(PLACED_SKILLS, 0)
    return {skill: basics if skill == "basics" else rng.randint(0, tops[skill])
            for skill in PLACED_SKILLS}


def place(truth, rng, skill_ladders=None):
    placement = Placement(skill_ladders or ladders(), T0, skills=PLACED_SKILLS)
    while (item := placement.next_item(rng)) is not None:
        placement.answer(rng.random() < chance_right(item.level, truth[item.skill]), 20)
    return placement


def simulate(skill_ladders, seed):
    """Place LEARNERS simulated learners; check and report the share of estimates within
    one level of the truth and the items asked."""
    rng = random.Random(seed)
    tops = {skill: max(ladder) for skill, ladder in skill_ladders.items()}
    close = dict.fromkeys(PLACED_SKILLS, 0)
    items = []
    for _ in range(LEARNERS):
        truth = a_learner(rng, tops)
        placement = place(truth, rng, skill_ladders)
        for skill, level in placement.levels().items():
            close[skill] += abs(level - truth[skill]) <= 1
        items.append(len(placement.answers))
    share = sum(close.values()) / (LEARNERS * len(PLACED_SKILLS))
    mean = statistics.mean(items)
    report = (f"{LEARNERS} learners: {share:.1%} of estimates within one level, "
              f"{mean:.1f} items on average (at most {max(items)}); per skill: "
              + ", ".join(f"{s} {n / LEARNERS:.1%}" for s, n in close.items()))
    print(report)
    assert share >= 0.90, report
    assert mean <= 25, report
    assert all(n / LEARNERS >= 0.85 for n in close.values()), report


def test_simulated_learners_are_placed_within_one_level():
    """Ladders of levels 1-4 (basics, typing, email) and 1-5 (sheets, coding), three
    items a level."""
    simulate(ladders(), SEED)


def test_simulated_learners_on_the_shipped_ladders():
    """The shipped English exercises by DigComp level (levels 1-4; some levels have a
    single exercise)."""
    catalogue = load_catalogue([ROOT / "lessons"], installed_skills())
    simulate(ladders_from(catalogue, "en"), SEED + 2)


def test_a_learner_who_fails_the_mouse_tasks_is_never_asked_to_type():
    rng = random.Random(SEED + 1)
    stopped = 0
    for _ in range(LEARNERS):
        truth = a_learner(rng)
        placement = place(truth, rng)
        basics_lowest = [a for a in placement.answers
                         if a.skill == "basics" and a.level == min(ladders()["basics"])]
        failed_mouse = bool(basics_lowest) and \
            sum(a.right for a in basics_lowest) * 2 < len(basics_lowest)
        others = [a for a in placement.answers if a.skill != "basics"]
        if failed_mouse:
            stopped += 1
            assert placement.stopped_early and others == []
            assert set(placement.levels().values()) == {0}
        else:
            assert not placement.stopped_early
    # And one who cannot click at all: mouse items only.
    placement = Placement(ladders(), T0, skills=PLACED_SKILLS)
    while placement.next_item(rng) is not None:
        placement.answer(False, 60)
    assert {a.skill for a in placement.answers} == {"basics"} and placement.stopped_early
    assert stopped > 20, f"only {stopped} learners failed the mouse tasks"
