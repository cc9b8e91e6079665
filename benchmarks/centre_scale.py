"""A centre server's class: 20,000 learners x 200 attempts (4 million), on PostgreSQL and
on SQLite (issue #22, point 5).

Measures, medians of 5 (the code before #22 and the whole class: one run, seconds
long), the picker's first page (the learners counted, a page read, its
tiles made), a search in the picker, and the trainer's class overview (the first page of
the table: its learners' figures aggregated; and the table filled), then once the whole
class's overview (the CSV and the class report read it). Targets: first page and search
under 0.3 s, class overview under 1 s.

Side by side, in the same run, the code before #22 (commit BASELINE: every learner a
tile, the overview pulling every typing attempt) where it can be measured: at 2,000
learners x 200 attempts, where the old picker took 3.4 s.

The attempts are written in the order a centre makes them (each learner's k-th attempt
after everyone's (k-1)-th), so a learner's attempts are spread over the table as in a
real database, not side by side. PostgreSQL is the test suite's throw-away server
(tests/store/postgres.py; fsync off, which matters for writing only); rows go in by COPY
there and by executemany on SQLite, in batches.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/centre_scale.py
    (--learners 2000 --small 500 for a quick run; --no-postgres, --no-sqlite)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import types
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from tutor.store.db import Database, open_database  # noqa: E402
from tutor.store.learners import StoredLearners, list_learners  # noqa: E402
from tutor.store.models import Learner, name_key  # noqa: E402
from tutor.store.overview import BestMetric, class_overview, class_page  # noqa: E402

BASELINE = "dc49bd0"  # main before issue #22
ATTEMPTS = 200
SKILLS = ("typing", "email", "sheets", "coding")
SPEED = BestMetric("typing", "wpm", "accuracy")
REPEATS = 5
FIRST = ["Amina", "Mohamed", "Hélène", "Fatuma", "Omar", "Nour", "Élodie", "Abdi", "Grace",
         "Yusuf", "Zainab", "Jean", "Aïcha", "Ibrahim", "Mariam", "Samuel", "Leila", "Hassan",
         "Esther", "Karim", "Awa", "Daniel", "Salma", "Ahmed", "Rose", "Idris", "Farah",
         "Joseph", "Halima", "Ali", "Chantal", "Musa", "Rania", "Peter", "Khadija", "Tariq"]
LAST = ["Yusuf", "Diallo", "Nguema", "Okello", "Haddad", "Mutua", "Traoré", "Bakari",
        "Mansour", "Achieng", "Kamara", "Saleh", "Wanjiru", "Nasser", "Keïta", "Odhiambo",
        "Farouk", "Mwangi", "Abdullahi", "Njoroge", "Sow", "Khalil", "Otieno", "Camara"]
SEARCHES = ("helene", "yusuf", "zainab keita", "qx")  # a first name, a surname, both, none


def learner_rows(count: int, rng: random.Random) -> list[dict]:
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    rows = []
    for n in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n:05d}"
        used = start + timedelta(minutes=rng.randrange(500_000))
        rows.append(dict(id=uuid.uuid4(), display_name=name, name_key=name_key(name),
                         picture="sun", ui_language="en", keyboard_layout="us",
                         text_size="normal", settings={}, pin_hash=None, created_at=start,
                         updated_at=start, last_used_at=used, archived=False))
    return rows


def attempt_batches(learners: list[dict], rng: random.Random):
    """The k-th attempt of every learner, for k = 0...199: one batch each."""
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    for k in range(ATTEMPTS):
        skill = SKILLS[k % 4]
        batch = []
        for n, learner in enumerate(learners):
            when = start + timedelta(minutes=k * 97 + n % 90)
            passed = rng.random() < 0.7
            typing = skill == "typing"
            batch.append(dict(
                id=uuid.uuid4(), learner_id=learner["id"], skill=skill,
                exercise_id=f"ex{k % 25}", pack_id=f"{skill}-en", pack_version="1.0",
                started_at=when, finished_at=when + timedelta(minutes=3),
                score=0.8 if passed else 0.3, passed=passed,
                metrics={"wpm": round(rng.uniform(8, 40), 1), "accuracy": 95.0} if typing else {},
                details={"keys": [["a", "a", 0.1 * i, True, True] for i in range(6)]}
                if typing else {},
                provenance=None))
        yield batch


COLUMNS = ("id", "learner_id", "skill", "exercise_id", "pack_id", "pack_version", "started_at",
           "finished_at", "score", "passed", "metrics", "details", "provenance")


def fill(dbs: dict[str, Database], count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    learners = learner_rows(count, rng)
    started = time.perf_counter()
    for kind, db in dbs.items():
        with db.writing() as session:
            session.execute(insert(Learner), learners)
        with db.engine.begin() as conn:
            if kind == "sqlite":
                # A lab PC's trigger queues each new attempt for the centre server (the
                # outbox, migration 0004): not measured here, and 4 million rows more.
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS outbox_on_new_attempt")
            # Built again after the rows, sorted at once.
            conn.exec_driver_sql("DROP INDEX ix_attempts_learner_skill")
            conn.exec_driver_sql("DROP INDEX ix_attempts_learner_finished")
    for batch in attempt_batches(learners, rng):
        for kind, db in dbs.items():
            if kind == "sqlite":
                # As SQLAlchemy stores them in SQLite (hex UUIDs, UTC times as text),
                # through a connection of its own with a large cache (the index on the
                # random ids is written faster), not one the measures then use.
                raw = sqlite3.connect(str(db.engine.url.database), isolation_level=None)
                try:
                    raw.execute("PRAGMA cache_size = -400000")
                    raw.execute("BEGIN IMMEDIATE")
                    raw.executemany(
                        f"INSERT INTO attempts ({', '.join(COLUMNS)}) VALUES "
                        f"({', '.join('?' * len(COLUMNS))})",
                        [(row["id"].hex, row["learner_id"].hex, row["skill"], row["exercise_id"],
                          row["pack_id"], row["pack_version"], f"{row['started_at']:%Y-%m-%d %H:%M:%S.%f}",
                          f"{row['finished_at']:%Y-%m-%d %H:%M:%S.%f}", row["score"],
                          int(row["passed"]), json.dumps(row["metrics"]), json.dumps(row["details"]),
                          None) for row in batch])
                    raw.execute("COMMIT")
                finally:
                    raw.close()
            else:
                server = db.engine.raw_connection()
                try:
                    with server.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
                            f"COPY attempts ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                        for row in batch:
                            copy.write_row([json.dumps(row[c]) if c in ("metrics", "details")
                                            else row[c] for c in COLUMNS])
                    server.commit()
                finally:
                    server.close()
    for kind, db in dbs.items():
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "CREATE INDEX ix_attempts_learner_skill ON attempts (learner_id, skill)")
            conn.exec_driver_sql(
                "CREATE INDEX ix_attempts_learner_finished ON attempts (learner_id, finished_at)")
        if kind == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
        else:
            with db.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
    print(f"  {count:,} learners x {ATTEMPTS} attempts written in "
          f"{time.perf_counter() - started:.0f} s", flush=True)


def median(action: Callable[[], object], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def baseline_module(path: str, name: str) -> types.ModuleType | None:
    """A module as it was at BASELINE (from git), or None outside a git checkout."""
    try:
        source = subprocess.run(["git", "show", f"{BASELINE}:{path}"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType(name)
    module.__file__ = str(ROOT / path)
    sys.modules[name] = module
    exec(compile(source, f"{BASELINE}:{path}", "exec"), module.__dict__)
    return module


class Bench:
    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from tutor.pins import PinGate
        from tutor.ui.picker import PickerScreen

        self.app = QApplication.instance() or QApplication([])
        self.gate = PinGate()
        self.picker_class = PickerScreen
        self.old_picker = baseline_module("tutor/ui/picker.py", "baseline_picker")
        self.old_overview = baseline_module("tutor/store/overview.py", "baseline_overview")
        self.results: list[tuple[str, int, str, str, float]] = []

    def record(self, kind: str, count: int, what: str, code: str, seconds: float) -> None:
        self.results.append((kind, count, what, code, seconds))
        print(f"  {kind:<10} {count:>6,} {what:<34} {code:<6} {seconds:8.3f} s", flush=True)

    def measure(self, kind: str, db: Database, count: int, old: bool, whole: bool) -> None:
        from tutor.ui.trainer_view import TrainerScreen  # noqa: F401 (Qt loaded once here)

        picker = self.picker_class(lambda: StoredLearners(db), self.gate)
        picker.resize(1024, 560)
        picker.show()

        def first_page() -> None:
            picker.refresh()
            self.app.processEvents()  # laid out and painted

        self.record(kind, count, "picker: first page", "new", median(first_page))
        picker.search.setVisible(True)
        for needle in SEARCHES:
            def search(needle: str = needle) -> None:
                picker.search.setText(needle)
                self.app.processEvents()
                picker.search.blockSignals(True)
                picker.search.clear()
                picker.search.blockSignals(False)

            self.record(kind, count, f"picker: search {needle!r}", "new", median(search))
        picker.close()
        picker.deleteLater()
        self.record(kind, count, "class overview: first page", "new",
                    median(lambda: class_page(db, SPEED)))
        if whole:
            self.record(kind, count, "class overview: whole class", "new",
                        median(lambda: class_overview(db, SPEED), 1 if count > 5000 else 3))
        if old and self.old_picker is not None:
            picker = self.old_picker.PickerScreen(lambda: list_learners(db), self.gate)
            picker.resize(1024, 560)
            picker.show()

            def old_first_page() -> None:
                picker.refresh()
                self.app.processEvents()

            self.record(kind, count, "picker: first page", "old", median(old_first_page, 1))
            picker.close()
            picker.deleteLater()
        old_overview = self.old_overview
        if old and old_overview is not None:
            self.record(kind, count, "class overview: whole class", "old",
                        median(lambda: old_overview.class_overview(db, SPEED), 1))
        self.app.processEvents()

    def table(self) -> None:
        print("\n| database | learners | measured | before #22 | now |")
        print("|---|---:|---|---:|---:|")
        keys = sorted({(k, c, w) for k, c, w, _, _ in self.results},
                      key=lambda key: (key[0], key[1], [r[2] for r in self.results].index(key[2])))
        for kind, count, what in keys:
            found = {code: s for k, c, w, code, s in self.results if (k, c, w) == (kind, count, what)}
            old = f"{found['old']:.3f} s" if "old" in found else "–"
            new = f"{found['new']:.3f} s" if "new" in found else "–"
            print(f"| {kind} | {count:,} | {what} | {old} | {new} |")


def run(bench: Bench, kind: str, url: Callable[[str], str], count: int, old: bool) -> None:
    db = open_database(url(f"c{count}"))
    try:
        fill({kind: db}, count)
        bench.measure(kind, db, count, old=old, whole=True)
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000,
                        help="learners of the run that measures the code before #22 too")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    bench = Bench()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tutor-centre-") as folder:
        kinds: list[tuple[str, Callable[[str], str]]] = []
        server = None
        if not args.no_sqlite:
            kinds.append(("sqlite", lambda name: f"sqlite:///{Path(folder) / name}.sqlite3"))
        if not args.no_postgres:
            from tests.store.postgres import PostgresServer

            server = PostgresServer()
            kinds.append(("postgresql", server.fresh_database))
        try:
            for kind, url in kinds:
                for count, old in ((args.small, True), (args.learners, False)):
                    print(f"{kind}, {count:,} learners:", flush=True)
                    run(bench, kind, url, count, old)
        finally:
            if server is not None:
                server.stop()
    bench.table()
    print(f"\n(run took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
