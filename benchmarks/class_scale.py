"""A large centre: 500 learners with 200 attempts each.

Measures the class overview (the trainer's table) and importing 500 progress files into
an empty data folder, as after collecting a USB stick from every lab PC. Prints seconds.
Targets (issue 7): overview under 1 s, import of 500 files under 20 s.

    .venv/bin/python benchmarks/class_scale.py
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from tutor.store.db import open_database
from tutor.store.models import Attempt, Learner
from tutor.store.progress_file import export_learner, import_progress, read_progress_file
from tutor.trainer import class_overview

LEARNERS, ATTEMPTS = 500, 200
SKILLS = ("typing", "email", "sheets", "coding")


def fill(db) -> list[uuid.UUID]:
    rng = random.Random(1)
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    learners, attempts = [], []
    for n in range(LEARNERS):
        learner_id = uuid.uuid4()
        learners.append(dict(
            id=learner_id, display_name=f"Learner {n:03d}", picture="sun", ui_language="en",
            keyboard_layout="us", text_size="normal", settings={}, pin_hash=None,
            created_at=start, updated_at=start, last_used_at=None, archived=False))
        for k in range(ATTEMPTS):
            skill = SKILLS[k % 4]
            when = start + timedelta(minutes=n * 7 + k * 31)
            passed = rng.random() < 0.7
            metrics = {"wpm": round(rng.uniform(8, 40), 1), "accuracy": 95.0} \
                if skill == "typing" else {}
            attempts.append(dict(
                id=uuid.uuid4(), learner_id=learner_id, skill=skill,
                exercise_id=f"ex{k % 25}", pack_id=f"{skill}-en", pack_version="1.0",
                started_at=when, finished_at=when + timedelta(minutes=3), score=0.8,
                passed=passed, metrics=metrics,
                details={"keys": [["a", "a", 0.1 * i, True, True] for i in range(40)]}
                if skill == "typing" else {}))
    with db.writing() as session:
        session.execute(insert(Learner), learners)
        for chunk in range(0, len(attempts), 5000):
            session.execute(insert(Attempt), attempts[chunk:chunk + 5000])
    return [row["id"] for row in learners]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_database(f"sqlite:///{root / 'centre.sqlite3'}")
        ids = fill(db)
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            rows = class_overview(db)
            timings.append(time.perf_counter() - started)
        assert len(rows) == LEARNERS
        print(f"class overview, {LEARNERS} learners x {ATTEMPTS} attempts: "
              f"best {min(timings):.3f} s, worst {max(timings):.3f} s")
        usb = root / "usb"
        usb.mkdir()
        for learner_id in ids:
            export_learner(db, learner_id, usb / f"{learner_id}.tutorprogress")
        db.dispose()
        empty = open_database(f"sqlite:///{root / 'new-pc.sqlite3'}")
        started = time.perf_counter()
        added = 0
        for file in sorted(usb.glob("*.tutorprogress")):
            added += import_progress(empty, read_progress_file(file), trusted=True).added
        took = time.perf_counter() - started
        assert added == LEARNERS * ATTEMPTS
        print(f"import of {LEARNERS} progress files ({added} attempts) into an empty "
              f"data folder: {took:.1f} s")
        empty.dispose()


if __name__ == "__main__":
    main()
