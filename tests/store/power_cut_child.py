"""Child of the power-cut test: records attempts in a loop, printing each attempt's UUID
only after its commit has returned. The parent kills it with SIGKILL at random moments."""

import sys
import uuid
from datetime import UTC, datetime

from tutor.store.attempts import record_attempt
from tutor.store.db import open_database

url, learner_id = sys.argv[1], uuid.UUID(sys.argv[2])
db = open_database(url)
print("ready", flush=True)
keys = [["k", index * 0.21, index % 7 != 0] for index in range(400)]  # a typing log
while True:
    now = datetime.now(UTC)
    attempt = record_attempt(
        db, learner_id, "typing", "home-row", "pack", "1.0", now, now, 0.5, False,
        metrics={"wpm": 12.5}, details={"keys": keys},
    )
    print(attempt.id, flush=True)
