"""One lab PC for tests/store/test_lab_pcs.py: its own data folder, the real store code.

Usage: lab_pc_child.py DATA_DIR SERVER_URL GO_FILE ATTEMPTS INTERVAL_S RESULT_JSON

Opens (creates) the PC's SQLite database, makes a learner, runs the syncer in a
background thread (as the app does), prints "ready", waits for GO_FILE, then records
ATTEMPTS attempts, one every INTERVAL_S seconds, nudging the syncer after each (as a
room's finish does). Then it waits until the outbox is empty, stops the syncer and writes
RESULT_JSON: the attempts recorded, the ones the syncer reported delivered, every status
it gave (with the wall-clock time) and the last one.
"""

import json
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tutor.attempt import FinishedAttempt
from tutor.store import outbox
from tutor.store.attempts import save_attempt
from tutor.store.db import open_database
from tutor.store.learners import create_learner
from tutor.store.sync import Syncer

DRAIN_DEADLINE_S = 90


def main() -> int:
    data_dir, server_url, go_file, count, interval, result_file = sys.argv[1:7]
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(f"sqlite:///{folder / 'tutor.sqlite3'}")
    learner = create_learner(db, f"Learner {folder.name}", "sun")
    delivered: list[str] = []
    statuses: list[dict] = []
    lock = threading.Lock()

    def on_delivered(ids):
        with lock:
            delivered.extend(str(attempt_id) for attempt_id in ids)

    def on_status(status):
        with lock:
            statuses.append({"at": time.time(), "pending": status.pending,
                             "delivered_total": status.delivered_total,
                             "error": status.last_error})

    syncer = Syncer(db, server_url, on_delivered=on_delivered, on_status=on_status)
    thread = threading.Thread(target=syncer.run, name="sync", daemon=True)
    thread.start()
    print("ready", flush=True)
    go = Path(go_file)
    while not go.exists():
        time.sleep(0.05)
    recorded = []
    start = datetime.now(UTC)
    for n in range(int(count)):
        began = start + timedelta(seconds=n)
        attempt = FinishedAttempt(
            id=uuid.uuid4(), skill="typing", exercise_id=f"e{n}", pack_id="pack",
            pack_version="1.0", started_at=began, finished_at=began + timedelta(seconds=1),
            score=0.5, passed=n % 2 == 0, metrics={"wpm": n}, details={"pc": folder.name})
        saved = save_attempt(db, learner.id, attempt)  # committed here, server or not
        recorded.append({"id": str(saved.id), "at": time.time()})
        syncer.nudge()
        time.sleep(float(interval))
    deadline = time.monotonic() + DRAIN_DEADLINE_S
    while time.monotonic() < deadline:
        status = syncer.status
        if status.pending == 0 and status.last_error is None \
                and status.delivered_total >= len(recorded) and outbox.pending(db) == 0:
            break
        time.sleep(0.2)
    syncer.stop()
    thread.join(timeout=30)
    with lock:
        result = {
            "learner": str(learner.id),
            "recorded": recorded,
            "delivered": delivered,
            "statuses": statuses,
            "final": {"pending": syncer.status.pending,
                      "delivered_total": syncer.status.delivered_total,
                      "error": syncer.status.last_error},
            "outbox_left": outbox.pending(db),
        }
    Path(result_file).write_text(json.dumps(result))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
