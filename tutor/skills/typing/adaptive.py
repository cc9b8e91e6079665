"""Adaptive practice after the guided lessons, in the spirit of keybr.com, but gated on
accuracy as well as speed.

Per key, a smoothed speed and accuracy are computed from the learner's attempts (their
keystroke logs). In a course, practice uses only the letters the lessons passed so far
have taught (``taught``), all of them, and never a letter not taught yet. Without a
course's lessons, it starts with the home-row letters of the keyboard; the next letter,
in the language's order of frequency, unlocks only when *every* unlocked letter has
reached the target speed *and* the target accuracy. The weakest unlocked letter is the
focus: most practice words contain it. The text is made of real words when the
language's word list has enough of them, else of short drills of the keys ("fjf jj"),
never of made-up words.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tutor.skills.typing.engine import Keystroke, Lesson, log_from_lists, metrics_from_log
from tutor.skills.typing.layouts import Layout
from tutor.skills.typing.textgen import DRILLS, letter_frequency_order, practice_text

TARGET_WPM = 25.0  # keybr's 35 suits practised adults; ours start further back
TARGET_ACCURACY = 95.0
SMOOTHING = 0.3  # weight of the newest attempt
MIN_PRESSES = 5  # fewer presses of a key in an attempt: too few to judge it
ADAPTIVE = "adaptive"  # the exercise id of adaptive practice in its attempts


def lesson(language: str) -> Lesson:
    """Adaptive practice, for its record: a pack of its own per language, judged on the
    targets (not on the learner's own target speed, which only opens letters)."""
    return Lesson(f"typing-adaptive-{language}", "1", ADAPTIVE, language,
                  TARGET_WPM, TARGET_ACCURACY)


@dataclass
class KeyProgress:
    wpm: float = 0.0
    accuracy: float = 0.0
    samples: int = 0  # attempts that measured this key

    def meets(self, target_wpm: float, target_accuracy: float) -> bool:
        return self.samples > 0 and self.wpm >= target_wpm and self.accuracy >= target_accuracy

    def strength(self, target_wpm: float, target_accuracy: float) -> float:
        """1 or more when the key meets both targets; how far it is otherwise."""
        if not self.samples:
            return 0.0
        return min(self.wpm / target_wpm, (self.accuracy / target_accuracy) ** 4)


def key_progress(logs: Iterable[Sequence[Keystroke]]) -> dict[str, KeyProgress]:
    """Smoothed per-key speed and accuracy from keystroke logs, oldest attempt first."""
    progress: dict[str, KeyProgress] = {}
    for log in logs:
        for char, stats in metrics_from_log(log).per_key.items():
            if stats.presses < MIN_PRESSES or stats.wpm is None or not char.strip():
                continue
            key = progress.setdefault(char, KeyProgress())
            if key.samples == 0:
                key.wpm, key.accuracy = stats.wpm, stats.accuracy
            else:
                key.wpm += SMOOTHING * (stats.wpm - key.wpm)
                key.accuracy += SMOOTHING * (stats.accuracy - key.accuracy)
            key.samples += 1
    return progress


def letter_order(language: str, layout: Layout) -> tuple[list[str], int]:
    """Home-row letters first, then the layout's other letters by frequency; and how
    many home-row letters there are (they are unlocked from the start)."""
    home = [c for c in layout.home if c.isalpha()]
    letters = {k.base for k in layout.keys if len(k.base) == 1 and k.base.isalpha()}
    rest = letter_frequency_order(language, sorted(letters - set(home)))
    return home + rest, len(home)


@dataclass(frozen=True)
class AdaptivePlan:
    unlocked: tuple[str, ...]
    focus: str
    next_letter: str  # "" when every letter is unlocked


def plan(
    progress: dict[str, KeyProgress],
    order: Sequence[str],
    home_size: int,
    target_wpm: float = TARGET_WPM,
    target_accuracy: float = TARGET_ACCURACY,
) -> AdaptivePlan:
    """Which letters are unlocked, and which one to focus on.

    The home-row letters are open from the start; each further letter opens when every
    open letter meets both targets. The focus is the weakest open letter (a letter not
    measured yet is the weakest; among equals, the newest).
    """
    unlocked = list(order[:home_size])
    for letter in order[home_size:]:
        if all(progress.get(c, KeyProgress()).meets(target_wpm, target_accuracy)
               for c in unlocked):
            unlocked.append(letter)
        else:
            break
    focus = min(
        unlocked,
        key=lambda c: (progress.get(c, KeyProgress()).strength(target_wpm, target_accuracy),
                       -unlocked.index(c)),
    )
    rest = order[len(unlocked):]
    return AdaptivePlan(tuple(unlocked), focus, rest[0] if rest else "")


def taught_letters(taught: str, layout: Layout) -> list[str]:
    """The letters among the characters a course has taught, in the order taught,
    capitals left out (practice is of the letter keys) and only those ``layout`` types."""
    letters = [c for c in taught if c.isalpha() and c == c.lower() and layout.can_type(c)]
    return list(dict.fromkeys(letters))


def plan_for(language: str, layout: Layout, attempt_details: Iterable[Mapping[str, Any]],
             target_wpm: float = TARGET_WPM, taught: str | None = None) -> AdaptivePlan | None:
    """The plan from a learner's typing attempts (their details, oldest first): only the
    keystroke logs typed on ``layout`` count. ``taught``: the characters the course's
    lessons passed so far have taught (see ``course.taught_keys``); practice is of those
    letters only, and there is none (None) before a lesson has taught a letter. Without
    it (None), the keybr-like order of the keyboard's letters."""
    if taught is None:
        order, home = letter_order(language, layout)
    else:
        order = taught_letters(taught, layout)
        home = len(order)
        if not order:
            return None
    logs = [log_from_lists(details.get("keys", [])) for details in attempt_details
            if details.get("layout") == layout.id]
    return plan(key_progress(logs), order, home, target_wpm=target_wpm)


def adaptive_text(language: str, adaptive: AdaptivePlan, length: int, rng: random.Random) -> str:
    """Real words of the open letters, most with the focus; short drills of the keys
    where the word list has too few (never made-up words)."""
    keys = "".join(adaptive.unlocked) + " "
    return practice_text(language, keys, length, rng, focus=adaptive.focus, fill=DRILLS)
