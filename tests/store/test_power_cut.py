"""A power cut at any moment loses nothing that was reported saved.

A child process records attempts in a loop and is killed with SIGKILL at random moments,
KILLS times. Every attempt the child reported as committed must be in the database, and
SQLite's integrity check must pass.
"""

import os
import random
import selectors
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tutor.store.db import open_database
from tutor.store.learners import create_learner
from tutor.store.models import Attempt

KILLS = 60
CHILD = Path(__file__).with_name("power_cut_child.py")
ROOT = Path(__file__).parents[2]


def read_until_killed(child, deadline_after_first):
    """Collect the UUIDs the child printed; kill it a random time after its first commit."""
    printed = []
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    buffer = b""
    kill_at = None
    start = time.monotonic()
    while True:
        if kill_at is not None and time.monotonic() >= kill_at:
            child.send_signal(signal.SIGKILL)
            break
        if time.monotonic() - start > 30:
            child.kill()
            raise AssertionError("the child never committed anything")
        for _key, _ in selector.select(timeout=0.001):
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                if line == b"ready":
                    continue
                printed.append(uuid.UUID(line.decode()))
                if kill_at is None:
                    kill_at = time.monotonic() + deadline_after_first()
    child.wait()
    # Whatever complete lines were already in the pipe were also committed.
    rest = buffer + child.stdout.read()
    printed += [uuid.UUID(line.decode()) for line in rest.split(b"\n")[:-1] if line and line != b"ready"]
    selector.close()
    return printed


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_attempt(tmp_path):
    url = f"sqlite:///{tmp_path / 'tutor.sqlite3'}"
    db = open_database(url)
    learner = create_learner(db, "Ana", "sun")
    db.dispose()
    rng = random.Random(20261125)
    reported: list[uuid.UUID] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), url, str(learner.id)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
        )
        reported += read_until_killed(child, lambda: rng.uniform(0.0, 0.08))
        assert child.returncode == -signal.SIGKILL

    db = open_database(url)
    assert db.integrity_ok()
    with db.reading() as session:
        stored = set(session.scalars(select(Attempt.id)))
    missing = set(reported) - stored
    assert not missing, f"{len(missing)} committed attempts lost"
    assert len(reported) >= KILLS  # every run committed at least once before its kill
    db.dispose()
