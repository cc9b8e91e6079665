"""The pointer's measures and how the targets adapt to the learner (pure, no Qt).

- :func:`aim`: where a click (or a drop) landed: its distance from the target's centre
  in pixels and relative to the target's radius (0 at the centre, 1 on the edge); inside
  the circle is a hit. A click 10 px from the centre of a 40 px target is a hit at 0.5
  of the radius.
- :class:`DoubleClicks`: two presses make a double-click when the second comes within
  the time limit of the first and within :data:`DOUBLE_CLICK_SLOP` pixels of it. Timed
  here from the presses themselves (Qt's own double-click event uses the system's
  setting, which a newcomer cannot yet meet). A second press that comes later but
  still soon enough to be meant as one (within :data:`SLOW_PAIR_MS`) is "two clicks, not
  a double-click": the room says so, and the learner's pace is measured from it.
- :class:`DoubleClickPace`: the time limit of a double-click. It starts generous
  (:data:`START_MS`, or the system's setting if that is longer), grows a little when the
  learner's two clicks were too slow (toward the learner's own measured interval, up to
  :data:`CEILING_MS`), and after each double-click made in time tightens by
  :data:`STEP_MS` toward the operating system's own setting, which it never goes below:
  a learner who reaches it is ready for the real desktop. The room may start it where
  the learner's last double-click exercise left it.
- :class:`TargetSizer`: the targets' diameter starts at the exercise's ``start_size``
  and shrinks toward ``min_size`` as the learner's hits are accurate; a miss makes the
  next target larger again (halfway back to the start).
- :func:`share_inside`: how much of a "hold" leg the pointer stayed on the moving
  circle.

Distances are in the room's logical pixels; times in seconds (``now``) or milliseconds
(intervals, as the system gives its double-click setting).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

DOUBLE_CLICK_SLOP = 6.0  # px: a double-click's presses are at most this far apart
START_MS = 900  # a newcomer's first double-click limit
CEILING_MS = 1200  # the limit never grows beyond this (or the system's, if longer)
STEP_MS = 100  # each double-click in time tightens the limit by at least this
SLOW_PAIR_MS = 2500  # a second press this soon is a (too slow) try at a double-click
SHRINK_ACCURATE = 0.2  # an accurate hit: this share of the way to min_size
SHRINK_EDGE = 0.1  # a hit near the edge: a smaller step
ACCURATE_HIT = 0.5  # relative distance up to which a hit counts as accurate
POINT_DWELL = 0.5  # s the pointer rests on a target to point at it
HOVER_DWELL = 0.8  # s the pointer rests on a target before its tip shows
HOLD_FOLLOWED = 0.6  # share of a hold leg on the circle that counts as followed


@dataclass(frozen=True)
class Aim:
    """Where a press or a drop landed, measured from a target's centre."""

    distance: float  # px from the centre
    radius: float  # the target's radius, px

    @property
    def relative(self) -> float:
        """Distance as a share of the radius: 0 at the centre, 1 on the edge."""
        return self.distance / self.radius if self.radius > 0 else math.inf

    @property
    def hit(self) -> bool:
        return self.distance <= self.radius + 1e-9


def aim(x: float, y: float, centre_x: float, centre_y: float, size: float) -> Aim:
    """A press at (x, y) on a round target of diameter ``size`` centred on (centre_x,
    centre_y)."""
    return Aim(math.hypot(x - centre_x, y - centre_y), size / 2)


def drop(x: float, y: float, slot_x: float, slot_y: float, slot_size: float) -> Aim:
    """Where a dragged thing was dropped, from the slot's centre (drag precision); it
    fits when its centre is dropped within the slot's half-size."""
    return aim(x, y, slot_x, slot_y, slot_size)


# -- double-clicks ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Press:
    now: float  # s
    x: float
    y: float


@dataclass(frozen=True)
class PairOutcome:
    """What a press made: ``"first"`` (the first of a pair, nothing yet), ``"double"``
    (a double-click), ``"slow"`` (two clicks, not a double-click: too slow) or ``"apart"``
    (two clicks too far apart to be one double-click). ``gap_ms`` is the time between
    the pair's presses (None for a first press); ``first`` is the pair's first press."""

    kind: str
    gap_ms: float | None = None
    first: Press | None = None


def is_double_click(first: Press, second: Press, limit_ms: float,
                    slop: float = DOUBLE_CLICK_SLOP) -> bool:
    """Two presses within ``limit_ms`` of each other and ``slop`` px apart."""
    gap = (second.now - first.now) * 1000
    return 0 <= gap <= limit_ms + 1e-6 and math.hypot(second.x - first.x,
                                                      second.y - first.y) <= slop


class DoubleClicks:
    """Pairs presses into double-clicks (see the module's docstring)."""

    def __init__(self, slop: float = DOUBLE_CLICK_SLOP) -> None:
        self.slop = slop
        self.pending: Press | None = None

    def press(self, now: float, x: float, y: float, limit_ms: float) -> PairOutcome:
        this = Press(now, x, y)
        first = self.pending
        if first is None or (now - first.now) * 1000 > SLOW_PAIR_MS:
            self.pending = this
            return PairOutcome("first")
        self.pending = None
        gap = (now - first.now) * 1000
        if is_double_click(first, this, limit_ms, self.slop):
            return PairOutcome("double", gap, first)
        if math.hypot(x - first.x, y - first.y) > self.slop:
            # too far apart: this press may start a new pair
            self.pending = this
            return PairOutcome("apart", gap, first)
        return PairOutcome("slow", gap, first)

    def waiting(self, now: float, limit_ms: float) -> bool:
        """Whether a first press is still waiting for its second within the limit."""
        return self.pending is not None and (now - self.pending.now) * 1000 <= limit_ms

    def reset(self) -> None:
        self.pending = None


@dataclass
class DoubleClickPace:
    """The double-click time limit, adapting from the learner's pace to the system's."""

    system_ms: float  # the operating system's double-click interval
    start_ms: float = START_MS
    limit_ms: float = field(init=False)
    gaps: list[float] = field(default_factory=list)  # the learner's measured intervals

    def __post_init__(self) -> None:
        self.system_ms = max(100.0, float(self.system_ms))
        self.limit_ms = max(self.start_ms, self.system_ms)

    @property
    def ceiling_ms(self) -> float:
        return max(CEILING_MS, self.system_ms)

    @property
    def ready(self) -> bool:
        """The limit has reached the system's: real double-clicks will work."""
        return self.limit_ms <= self.system_ms + 1e-6

    def in_time(self, gap_ms: float) -> None:
        """A double-click made in time, ``gap_ms`` between its presses: tighten by one
        STEP_MS, never below the system's setting (step by step, so one lucky pair does
        not take a newcomer straight to the desktop's pace)."""
        self.gaps.append(gap_ms)
        self.limit_ms = max(self.system_ms, self.limit_ms - STEP_MS)

    def too_slow(self, gap_ms: float) -> None:
        """Two clicks ``gap_ms`` apart that were meant as a double-click: loosen by
        STEP_MS, or up to 1.1 times that gap when it is near, never beyond the ceiling."""
        self.gaps.append(gap_ms)
        wanted = max(self.limit_ms + STEP_MS, min(gap_ms * 1.1, self.limit_ms + 3 * STEP_MS))
        self.limit_ms = min(self.ceiling_ms, wanted)

    @property
    def typical_gap_ms(self) -> float | None:
        """The median of the learner's intervals (None before the first pair)."""
        if not self.gaps:
            return None
        ordered = sorted(self.gaps)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2


# -- the targets' size ---------------------------------------------------------------------
@dataclass
class TargetSizer:
    """A target's diameter, from ``start`` toward ``smallest`` as the hits are accurate."""

    start: float
    smallest: float
    size: float = field(init=False)

    def __post_init__(self) -> None:
        self.smallest = min(self.smallest, self.start)
        self.size = float(self.start)

    def hit(self, relative: float | None = None) -> None:
        """A hit at ``relative`` of the radius from the centre (None: a hit with no
        distance, such as following a circle)."""
        accurate = relative is None or relative <= ACCURATE_HIT
        step = SHRINK_ACCURATE if accurate else SHRINK_EDGE
        self.size -= (self.size - self.smallest) * step

    def miss(self) -> None:
        self.size += (self.start - self.size) / 2

    @property
    def diameter(self) -> int:
        return max(round(self.smallest), round(self.size))


def share_inside(distances: list[float], radius: float) -> float:
    """The share of a hold leg's samples (distances of the pointer from the moving
    circle's centre, taken at a steady pace) in which the pointer was on the circle."""
    if not distances:
        return 0.0
    return sum(1 for d in distances if d <= radius + 1e-9) / len(distances)


@dataclass
class Dwell:
    """The pointer resting on a target: ``feed`` it the time and whether the pointer is
    on the target (at each move and at a steady tick); it is ``reached`` once the pointer
    stayed on for ``seconds`` without leaving."""

    seconds: float
    since: float | None = None  # when the pointer last came onto the target
    reached: bool = False

    def feed(self, now: float, inside: bool) -> bool:
        if not inside:
            self.since = None
        elif self.since is None:
            self.since = now
        if self.since is not None and now - self.since >= self.seconds - 1e-9:
            self.reached = True
        return self.reached

    def reset(self) -> None:
        self.since = None
        self.reached = False
