"""Where a learner stands in each project, from worked histories of attempts."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tutor.skills.jobs.progress import standings

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


@dataclass
class Tried:
    pack_id: str
    exercise_id: str
    passed: bool
    started_at: datetime
    finished_at: datetime
    metrics: dict = field(default_factory=dict)


def qualification(passed, minute=0, project="sort"):
    start = T0 + timedelta(minutes=minute)
    return Tried("jobs-en-1", project, passed, start, start + timedelta(minutes=4),
                 {"stage": "qualification"})


def session(tasks, quality, minutes, at=10, kph=None, project="sort"):
    start = T0 + timedelta(minutes=at)
    metrics = {"stage": "queue", "tasks": tasks, "quality": quality}
    if kph is not None:
        metrics["kph"] = kph
    return Tried("jobs-en-1", project, quality >= 0.8, start, start + timedelta(minutes=minutes),
                 metrics)


def test_not_qualified_after_two_tries():
    standing = standings([qualification(False), qualification(False, 5)])[("jobs-en-1", "sort")]
    assert (standing.qualified, standing.tries, standing.tasks) == (False, 2, 0)


def test_quality_and_speed_over_sessions():
    # 5 tasks at 100 % in 6 minutes, then 5 at 80 % in 4 minutes:
    # quality (5*1.0 + 5*0.8) / 10 = 0.9; 10 tasks in 10 minutes = 60 tasks an hour.
    standing = standings([qualification(False), qualification(True, 5),
                          session(5, 1.0, 6), session(5, 0.8, 4, at=20)])[("jobs-en-1", "sort")]
    assert standing.qualified and standing.tries == 2 and standing.tasks == 10
    assert abs(standing.quality - 0.9) < 1e-9
    assert abs(standing.tasks_per_hour - 60.0) < 1e-9
    assert standing.kph is None


def test_keystrokes_an_hour_weighted_by_time():
    # 9,000 KPH for 20 minutes and 12,000 for 10: (9000*20 + 12000*10) / 30 = 10,000.
    standing = standings([session(4, 1.0, 20, kph=9000), session(2, 1.0, 10, at=40, kph=12000)])
    assert abs(standing[("jobs-en-1", "sort")].kph - 10000) < 1e-6


def test_damaged_figures_are_left_out():
    bad = [session(5, 1.0, 5), Tried("jobs-en-1", "sort", True, T0, T0,
                                     {"stage": "queue", "tasks": float("nan"), "quality": 2}),
           Tried("jobs-en-1", "sort", True, T0, T0, "not a mapping")]  # type: ignore[arg-type]
    standing = standings(bad)[("jobs-en-1", "sort")]
    assert standing.tasks == 5 and standing.quality == 1.0


def test_projects_are_kept_apart():
    result = standings([qualification(True, project="a"), qualification(False, project="b")])
    assert result[("jobs-en-1", "a")].qualified and not result[("jobs-en-1", "b")].qualified


def test_the_ladder_opens_a_level_at_a_time():
    from tutor.skills.jobs.progress import ProjectStanding, open_levels

    levels = {("p", "a"): 1, ("p", "b"): 2, ("p", "c"): 2, ("p", "d"): 3, ("p", "e"): 4,
              ("p", "x"): None}
    assert open_levels(levels, {}) == 1
    assert open_levels(levels, {("p", "a"): ProjectStanding(tries=2)}) == 1
    assert open_levels(levels, {("p", "a"): ProjectStanding(qualified=True)}) == 2
    assert open_levels(levels, {("p", "c"): ProjectStanding(qualified=True)}) == 3
    assert open_levels(levels, {("p", "e"): ProjectStanding(qualified=True)}) == 4
    assert open_levels({("p", "x"): None}, {}) == 0
