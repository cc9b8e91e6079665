"""A learner's work on one computer-basics exercise, from opening it to the attempt.

- :class:`StepsWork`: a step exercise (keys, controls, window, files) being done: which
  step is current, the slips (wrong actions) and the helps (see or hear it again) of each
  step, the seconds each took. The practice pages (``view_keys.py``, ``view_controls.py``,
  ``view_window.py``, ``view_explorer.py``) call :meth:`StepsWork.done` and
  :meth:`StepsWork.slip`; the room calls :meth:`StepsWork.finish`.
- :class:`PointerWork`: a pointer exercise (hold, point, click, double-click,
  right-click, drag, scroll, hover) being done: the targets one after another, where
  each was hit, the misses, the time per target, and the adaptation of the targets'
  size and of the double-click time (the measures are ``pointer.py``'s).

Pure Python (no Qt). Time is an input: ``now`` is a monotonic time in seconds the room
passes in (``time.monotonic`` in the app, a fake clock in tests); nothing here reads a
clock for a rule. ``started_at`` / ``finished_at`` are the wall-clock moments stored
with the attempt; when the room gives none, the start is stamped once when the work is
made and the end is the start plus the seconds measured with ``now``.

The verdicts are ``grading.py``'s: a step exercise passes when every step is done and
there was at most one slip for every two steps (at least one slip allowed); its score is
the share of steps done without a slip.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tutor.attempt import FinishedAttempt
from tutor.grading import Verdict
from tutor.skills.basics import pointer
from tutor.skills.basics.grading import PointerFigures, grade_pointer, grade_steps
from tutor.skills.basics.model import POINTER_KINDS, BasicsExercise, Step

SKILL = "basics"
MAX_SLIP_WORDS = 60  # characters of a slip's description kept with an attempt
MAX_SLIPS_KEPT = 20  # slips described per step (all are counted)


def _stamp(started_at: datetime | None) -> datetime:
    # The wall-clock moment recorded with the attempt; durations never come from it.
    return started_at if started_at is not None else datetime.now(UTC)


@dataclass
class StepRecord:
    """What happened on one step."""

    do: str
    slips: list[str] = field(default_factory=list)  # what each wrong action was
    slip_count: int = 0
    helps: int = 0
    seconds: float | None = None  # from the step's start to done; None: not done

    def as_json(self) -> dict[str, Any]:
        return {"do": self.do, "done": self.seconds is not None, "slips": self.slip_count,
                "slipped": list(self.slips), "helps": self.helps,
                "seconds": None if self.seconds is None else round(self.seconds, 2)}


class StepsWork:
    """A step exercise being done."""

    def __init__(self, pack_id: str, pack_version: str, exercise: BasicsExercise,
                 started: float, started_at: datetime | None = None) -> None:
        if exercise.kind in POINTER_KINDS:
            raise ValueError(f"a {exercise.kind} exercise has targets, not steps")
        self.pack_id = pack_id
        self.pack_version = pack_version
        self.exercise = exercise
        self.started = started
        self.started_at = _stamp(started_at)
        self.index = 0  # the current step's index
        self.verdict: Verdict | None = None  # once finished
        self.records = [StepRecord(step.do) for step in exercise.steps]
        self._step_started = started

    @property
    def step(self) -> Step | None:
        """The current step, None when all are done."""
        return None if self.finished else self.exercise.steps[self.index]

    @property
    def finished(self) -> bool:
        return self.index >= len(self.exercise.steps)

    @property
    def slips(self) -> int:
        return sum(r.slip_count for r in self.records)

    @property
    def helps(self) -> int:
        return sum(r.helps for r in self.records)

    @property
    def done_steps(self) -> int:
        return sum(1 for r in self.records if r.seconds is not None)

    @property
    def clean_steps(self) -> int:
        """Steps done without a slip."""
        return sum(1 for r in self.records if r.seconds is not None and not r.slip_count)

    def done(self, now: float) -> None:
        """The current step is done: on to the next one (nothing once all are done)."""
        if self.finished:
            return
        self.records[self.index].seconds = max(0.0, now - self._step_started)
        self.index += 1
        self._step_started = now

    def slip(self, now: float, what: str = "") -> None:
        """A wrong action on the current step: counted, and described in ``what``
        (a short English note for the trainer, such as "pressed Enter")."""
        if self.finished:
            return
        record = self.records[self.index]
        record.slip_count += 1
        if len(record.slips) < MAX_SLIPS_KEPT:
            record.slips.append(what[:MAX_SLIP_WORDS])

    def helped(self, now: float) -> None:
        """The learner asked to see or hear the current step again (never held against
        them; counted for the trainer)."""
        if not self.finished:
            self.records[self.index].helps += 1

    @property
    def score(self) -> float:
        """The share of the exercise's steps done without a slip."""
        return self.clean_steps / len(self.records) if self.records else 0.0

    def finish(self, now: float, finished_at: datetime | None = None) -> FinishedAttempt:
        """The attempt to record (also for an exercise left before its end: the steps
        not done count as not done)."""
        seconds = max(0.0, now - self.started)
        end = finished_at if finished_at is not None else self.started_at + timedelta(
            seconds=seconds)
        verdict = grade_steps(len(self.records), self.done_steps, self.slips)
        self.verdict = verdict
        return FinishedAttempt(
            skill=SKILL, pack_id=self.pack_id, pack_version=self.pack_version,
            exercise_id=self.exercise.id, started_at=self.started_at,
            finished_at=max(end, self.started_at),
            score=round(self.score, 4), passed=verdict.passed,
            metrics={"steps": len(self.records), "done": self.done_steps,
                     "slips": self.slips, "helps": self.helps,
                     "seconds": round(seconds, 1)},
            details={"kind": self.exercise.kind,
                     "steps": [r.as_json() for r in self.records],
                     "feedback": verdict.as_json()["feedback"]},
        )


# -- pointer exercises ------------------------------------------------------------------------
DEFAULT_SYSTEM_DOUBLE_CLICK_MS = 500  # Windows' and most desktops' default


@dataclass
class TargetRecord:
    """What happened on one target."""

    size: int  # its diameter when it was done (or when the work ended), px
    seconds: float | None = None  # from its appearance to done; None: not done
    misses: int = 0  # presses or drops off the target
    slip_count: int = 0  # wrong actions (wrong button, too slow, wrong item...)
    slips: list[str] = field(default_factory=list)
    distance: float | None = None  # px from the centre of the hit (or the drop)
    relative: float | None = None  # that distance / the radius
    gap_ms: float | None = None  # double-click: the interval of the pair that made it
    followed: float | None = None  # hold: share of the leg on the circle
    wheel: int = 0  # scroll: wheel turns
    bar: int = 0  # scroll: moves of the scroll bar

    @property
    def first_try(self) -> bool:
        return self.seconds is not None and not self.misses and not self.slip_count

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "size": self.size, "done": self.seconds is not None,
            "seconds": None if self.seconds is None else round(self.seconds, 2),
            "misses": self.misses, "slips": self.slip_count, "slipped": list(self.slips),
            "distance": None if self.distance is None else round(self.distance, 1),
            "relative": None if self.relative is None else round(self.relative, 3)}
        if self.gap_ms is not None:
            out["gap_ms"] = round(self.gap_ms)
        if self.followed is not None:
            out["followed"] = round(self.followed, 3)
        if self.wheel or self.bar:
            out.update(wheel=self.wheel, bar=self.bar)
        return out


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


class PointerWork:
    """A pointer exercise being done: the exercise's ``targets`` one after another.

    The room places each target (where is its choice) at the diameter :attr:`size`,
    measures the presses and drops with ``pointer.aim`` / ``pointer.drop``, and reports
    what happened: :meth:`hit` (the current target is done), :meth:`miss` (a press or
    drop off it), :meth:`slip` (a wrong action on it). Double-clicks are paired here
    (:meth:`double_press`) against the adapting limit :attr:`double_click_ms`; a hold
    leg is followed with :meth:`hold_sample` and ended with :meth:`hold_end`.
    """

    def __init__(self, pack_id: str, pack_version: str, exercise: BasicsExercise,
                 started: float, started_at: datetime | None = None,
                 system_double_click_ms: float = DEFAULT_SYSTEM_DOUBLE_CLICK_MS,
                 double_click_start_ms: float | None = None) -> None:
        """``double_click_start_ms``: where the learner's last double-click exercise
        left the limit (see :func:`last_double_click_ms`); by default a newcomer's."""
        if exercise.kind not in POINTER_KINDS:
            raise ValueError(f"a {exercise.kind} exercise has steps, not targets")
        self.pack_id = pack_id
        self.pack_version = pack_version
        self.exercise = exercise
        self.started = started
        self.started_at = _stamp(started_at)
        self.sizer = pointer.TargetSizer(exercise.start_size, exercise.min_size)
        start = pointer.START_MS if double_click_start_ms is None else double_click_start_ms
        self.pace = pointer.DoubleClickPace(system_double_click_ms,
                                            start_ms=min(start, pointer.CEILING_MS))
        self.clicks = pointer.DoubleClicks()
        self.records: list[TargetRecord] = [TargetRecord(self.sizer.diameter)]
        self.doubles = 0  # pairs tried as double-clicks
        self.verdict: Verdict | None = None  # once finished
        self.doubles_in_time = 0
        self._shown = started
        self._hold: list[float] = []

    # -- where the learner is --------------------------------------------------------------
    @property
    def index(self) -> int:
        """The current target's index (0-based); ``targets`` when all are done."""
        return sum(1 for r in self.records if r.seconds is not None)

    @property
    def targets(self) -> int:
        return self.exercise.targets

    @property
    def finished(self) -> bool:
        return self.index >= self.targets

    @property
    def record(self) -> TargetRecord | None:
        """The current target's record, None when all are done."""
        return None if self.finished else self.records[-1]

    @property
    def size(self) -> int:
        """The current target's diameter, px."""
        return self.sizer.diameter

    @property
    def double_click_ms(self) -> float:
        """The time limit of a double-click now, ms."""
        return self.pace.limit_ms

    def show(self, now: float) -> None:
        """The current target appeared now (its time counts from here; by default from
        when the previous one was done)."""
        self._shown = now
        self.clicks.reset()
        self._hold.clear()

    # -- what the learner did --------------------------------------------------------------
    def hit(self, now: float, where: pointer.Aim | None = None) -> None:
        """The current target is done; ``where`` the press or drop that did it."""
        record = self.record
        if record is None:
            return
        record.seconds = max(0.0, now - self._shown)
        record.size = self.size
        if where is not None:
            record.distance = where.distance
            record.relative = where.relative
        self.sizer.hit(None if where is None else where.relative)
        if not self.finished:
            self.records.append(TargetRecord(self.size))
        self.show(now)

    def miss(self, now: float, where: pointer.Aim | None = None) -> None:
        """A press or a drop off the current target: the targets grow back a little."""
        record = self.record
        if record is None:
            return
        record.misses += 1
        self.sizer.miss()
        record.size = self.size
        self.clicks.reset()

    def slip(self, now: float, what: str = "") -> None:
        """A wrong action on the current target ("left button", "chose Copy"...)."""
        record = self.record
        if record is None:
            return
        record.slip_count += 1
        if len(record.slips) < MAX_SLIPS_KEPT:
            record.slips.append(what[:MAX_SLIP_WORDS])

    def scrolled(self, how: str) -> None:
        """The learner scrolled with the ``"wheel"`` or the ``"bar"``."""
        record = self.record
        if record is not None:
            if how == "wheel":
                record.wheel += 1
            else:
                record.bar += 1

    def double_press(self, now: float, x: float, y: float, centre_x: float,
                     centre_y: float, size: float | None = None) -> str:
        """A press of a double-click exercise at (x, y), the target centred on
        (centre_x, centre_y), ``size`` across (by default :attr:`size`; the room may
        draw it smaller on a small screen). Returns what it made:

        - ``"miss"``: off the target (counted as a miss);
        - ``"first"``: the first press of a pair, on the target;
        - ``"double"``: a double-click in time, on the target: the target is done;
        - ``"slow"``: two clicks, not a double-click (a slip; the limit loosens a little);
        - ``"apart"``: two presses too far apart to be one double-click (a slip).
        """
        diameter = self.size if size is None else size
        where = pointer.aim(x, y, centre_x, centre_y, diameter)
        if not where.hit:
            self.miss(now, where)
            return "miss"
        outcome = self.clicks.press(now, x, y, self.pace.limit_ms)
        if outcome.kind == "first":
            return "first"
        self.doubles += 1
        record = self.record
        assert record is not None and outcome.gap_ms is not None and outcome.first is not None
        if outcome.kind == "double":
            self.doubles_in_time += 1
            self.pace.in_time(outcome.gap_ms)
            first = pointer.aim(outcome.first.x, outcome.first.y, centre_x, centre_y,
                                diameter)
            record.gap_ms = outcome.gap_ms
            self.hit(now, first)
            return "double"
        if outcome.kind == "slow":
            self.pace.too_slow(outcome.gap_ms)
            self.slip(now, f"two clicks {round(outcome.gap_ms)} ms apart")
        else:
            self.slip(now, "two clicks apart")
        return outcome.kind

    def hold_sample(self, now: float, distance: float) -> None:
        """The pointer is ``distance`` px from the moving circle's centre (sampled at a
        steady pace by the room)."""
        if not self.finished:
            self._hold.append(distance)

    def hold_end(self, now: float, radius: float | None = None) -> bool:
        """The circle's leg ended: followed (done) when the pointer stayed on it for
        ``pointer.HOLD_FOLLOWED`` of the samples; otherwise a miss, and the same leg
        again. ``radius``: the circle's as drawn (by default half :attr:`size`).
        Returns whether it was followed."""
        record = self.record
        if record is None:
            return False
        share = pointer.share_inside(self._hold, self.size / 2 if radius is None else radius)
        self._hold.clear()
        record.followed = share if record.followed is None else max(record.followed, share)
        if share >= pointer.HOLD_FOLLOWED:
            self.hit(now)
            return True
        self.miss(now)
        return False

    # -- the attempt -----------------------------------------------------------------------
    def figures(self) -> PointerFigures:
        done = [r for r in self.records if r.seconds is not None]
        accuracy = _mean([r.relative for r in done if r.relative is not None])
        return PointerFigures(
            targets=self.targets, done=len(done),
            first_try=sum(1 for r in done if r.first_try),
            min_hits=self.exercise.min_hits, accuracy=accuracy,
            doubles=self.doubles, doubles_in_time=self.doubles_in_time)

    def metrics(self, now: float) -> dict[str, Any]:
        """The attempt's figures: targets, done, first_try, misses, slips, distance (mean
        px from the centre of the hits or drops), relative (that / the radius), seconds,
        per_target (mean seconds per target done), and by kind doubles, doubles_in_time,
        double_click_ms, system_double_click_ms, followed."""
        done = [r for r in self.records if r.seconds is not None]
        distance = _mean([r.distance for r in done if r.distance is not None])
        relative = _mean([r.relative for r in done if r.relative is not None])
        per_target = _mean([r.seconds for r in done if r.seconds is not None])
        out: dict[str, Any] = {
            "targets": self.targets, "done": len(done),
            "first_try": sum(1 for r in done if r.first_try),
            "misses": sum(r.misses for r in self.records),
            "slips": sum(r.slip_count for r in self.records),
            "seconds": round(max(0.0, now - self.started), 1),
            "per_target": None if per_target is None else round(per_target, 2),
            "distance": None if distance is None else round(distance, 1),
            "relative": None if relative is None else round(relative, 3),
            "size": self.size,
        }
        if self.exercise.kind == "double-click":
            out.update(doubles=self.doubles, doubles_in_time=self.doubles_in_time,
                       double_click_ms=round(self.pace.limit_ms),
                       system_double_click_ms=round(self.pace.system_ms))
        if self.exercise.kind == "hold":
            followed = _mean([r.followed for r in self.records if r.followed is not None])
            out["followed"] = None if followed is None else round(followed, 3)
        return out

    def finish(self, now: float, finished_at: datetime | None = None) -> FinishedAttempt:
        """The attempt to record (also for an exercise left before its end)."""
        seconds = max(0.0, now - self.started)
        end = finished_at if finished_at is not None else self.started_at + timedelta(
            seconds=seconds)
        verdict = grade_pointer(self.figures())
        self.verdict = verdict
        return FinishedAttempt(
            skill=SKILL, pack_id=self.pack_id, pack_version=self.pack_version,
            exercise_id=self.exercise.id, started_at=self.started_at,
            finished_at=max(end, self.started_at), score=verdict.score,
            passed=verdict.passed, metrics=self.metrics(now),
            details={"kind": self.exercise.kind,
                     "targets": [r.as_json() for r in self.records],
                     "feedback": verdict.as_json()["feedback"]},
        )


def last_double_click_ms(metrics: Iterable[Mapping[str, Any]]) -> float | None:
    """The double-click limit where the learner's last double-click exercise left it
    (``metrics`` of their attempts, oldest first), so the next one goes on from there."""
    last = None
    for figures in metrics:
        value = figures.get("double_click_ms")
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            last = float(value)
    return last
