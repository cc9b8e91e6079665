"""What trainers see and do: their password, the class overview, the CSV report.

Everything is derived from attempts; the queries are in ``tutor.store.overview``, and the
skills' own figures come through the registry. Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import io

from tutor import pins
from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills import installed_skills
from tutor.store import overview
from tutor.store.app_settings import StoredGateState, get_setting, set_setting
from tutor.store.db import Database
from tutor.store.overview import BestMetric, LearnerRow, SkillSummary

PASSWORD_KEY = "trainer_password"
CENTRE_KEY = "centre_name"
MIN_PASSWORD = 6


class TrainerError(TutorError):
    pass


# -- the trainer's password -------------------------------------------------------------
def has_password(db: Database) -> bool:
    return get_setting(db, PASSWORD_KEY) is not None


def set_password(db: Database, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise TrainerError(QT_TRANSLATE_NOOP(
            "errors", "A trainer password has at least {count} characters."),
            count=MIN_PASSWORD)
    set_setting(db, PASSWORD_KEY, pins.hash_secret(password))


TRAINER_GATE_KEY = "trainer"


def password_gate(db: Database) -> pins.PinGate:
    """Wrong trainer passwords in a row pause the trainer's door as wrong PINs pause a
    learner's tile, and the count survives a restart."""
    return pins.PinGate(state=StoredGateState(db))


def try_password(db: Database, password: str, gate: pins.PinGate | None = None) -> pins.PinCheck:
    """Check the trainer's password through the gate (which may be paused)."""
    gate = gate or password_gate(db)
    return gate.check(TRAINER_GATE_KEY, password, get_setting(db, PASSWORD_KEY) or "")


def check_password(db: Database, password: str) -> bool:
    stored = get_setting(db, PASSWORD_KEY)
    return stored is not None and pins.verify_secret(password, stored)


def centre_name(db: Database) -> str:
    return get_setting(db, CENTRE_KEY) or ""


def set_centre_name(db: Database, name: str) -> None:
    set_setting(db, CENTRE_KEY, " ".join(name.split())[:120])


# -- the class overview ------------------------------------------------------------------
def best_metric() -> BestMetric | None:
    """The headline figure of the class view, from the first skill that declares one."""
    for skill in installed_skills().values():
        if skill.best_metric:
            metric, companion = skill.best_metric
            return BestMetric(skill.id, metric, companion)
    return None


def class_overview(db: Database, include_archived: bool = False) -> list[LearnerRow]:
    """One row per learner, with the registry's headline figure (typing speed)."""
    return overview.class_overview(db, best_metric(), include_archived)


CSV_COLUMNS = ("learner", "learner_id", "skill", "exercises_passed", "attempts",
               "best_typing_wpm", "accuracy_at_best_wpm", "last_activity", "needs_help")


def overview_csv(rows: list[LearnerRow], skills: list[str]) -> str:
    """The overview as CSV (UTF-8 with a BOM, so spreadsheets open accents right): one
    line per learner and skill."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        for skill in skills:
            summary = row.skills.get(skill, SkillSummary())
            writer.writerow([
                row.name, str(row.id), skill, summary.passed, summary.attempts,
                "" if row.best_wpm is None else round(row.best_wpm, 1),
                "" if row.best_accuracy is None else round(row.best_accuracy, 1),
                row.last_activity.isoformat() if row.last_activity else "",
                "yes" if row.needs_help else "no",
            ])
    return out.getvalue()
