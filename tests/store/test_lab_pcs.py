"""Forty lab PCs and a centre server that goes down twice: nothing lost, nothing twice.

Each lab PC is a child process (tests/store/lab_pc_child.py) with its own data folder,
recording attempts through the real store code and running the real syncer in a thread.
While they record, the PostgreSQL server is stopped as by a power cut (``immediate``:
transactions in flight are cut) and started again, twice. At the end every attempt is on
the server exactly once, no PC has an outbox row left, and what each PC's syncer said was
true: the attempts it reported delivered are exactly those on the server from it, and it
said "cannot be reached" only around the times the server was really down.
"""

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.store.postgres import PostgresServer
from tutor.store import outbox
from tutor.store.db import open_database
from tutor.store.models import Attempt

PCS = 40
ATTEMPTS = 24  # per PC, one every INTERVAL_S: about 14 s of recording around the outages
INTERVAL_S = 0.6
CHILD = Path(__file__).with_name("lab_pc_child.py")
ROOT = Path(__file__).parents[2]
SLACK_S = 2.0  # a run that began just before a stop or ended just after a start


@pytest.mark.slow
@pytest.mark.process
def test_forty_lab_pcs_and_a_server_that_stops_twice(tmp_path):
    server = PostgresServer()
    children = []
    try:
        url = server.fresh_database("centre")
        open_database(url).dispose()  # the schema, as ``tutor server init`` makes it
        go = tmp_path / "go"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for n in range(PCS):
            children.append(subprocess.Popen(
                [sys.executable, str(CHILD), str(tmp_path / f"pc{n:02d}"), url, str(go),
                 str(ATTEMPTS), str(INTERVAL_S), str(tmp_path / f"pc{n:02d}.json")],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT))
        for child in children:
            line = child.stdout.readline()
            assert line == b"ready\n", child.stderr.read().decode()[-3000:]
        go.touch()
        outages = []
        time.sleep(2.0)
        for _ in range(2):
            down = time.time()
            server.down()
            time.sleep(4.0)
            server.up()
            outages.append((down, time.time()))
            time.sleep(2.5)
        for child in children:
            _, err = child.communicate(timeout=150)
            assert child.returncode == 0, err.decode()[-3000:]
        results = [json.loads((tmp_path / f"pc{n:02d}.json").read_text()) for n in range(PCS)]

        database = outbox.server_database(url)
        with database.reading() as session:
            on_server = {}
            for attempt_id, learner_id in session.execute(select(Attempt.id, Attempt.learner_id)):
                on_server[attempt_id] = learner_id
            rows = session.scalar(select(func.count()).select_from(Attempt))
        database.dispose()

        recorded = [uuid.UUID(item["id"]) for result in results for item in result["recorded"]]
        assert len(recorded) == PCS * ATTEMPTS == len(set(recorded))
        # Every attempt on the server exactly once (the id is the key: rows == ids).
        assert rows == len(on_server) == len(recorded)
        assert set(on_server) == set(recorded)
        in_outage = during_outage = 0
        for result in results:
            learner = uuid.UUID(result["learner"])
            mine = {uuid.UUID(item["id"]) for item in result["recorded"]}
            from_it = {attempt_id for attempt_id, owner in on_server.items() if owner == learner}
            assert from_it == mine
            # The PC's word: delivered exactly what the server holds from it, each once.
            delivered = [uuid.UUID(text) for text in result["delivered"]]
            assert len(delivered) == len(set(delivered)) == result["final"]["delivered_total"]
            assert set(delivered) == from_it
            assert result["final"]["pending"] == 0 and result["final"]["error"] is None
            assert result["outbox_left"] == 0
            # "Cannot be reached" only when the server was down (give or take a run).
            unreachable = [s for s in result["statuses"]
                           if s["error"] and s["error"].startswith(outbox.UNREACHABLE)]
            for status in unreachable:
                assert any(start - SLACK_S <= status["at"] <= end + SLACK_S
                           for start, end in outages), status
            assert not [s for s in result["statuses"] if s["error"] and not s["error"].startswith(
                outbox.UNREACHABLE)]
            during_outage += bool(unreachable)
            in_outage += sum(1 for item in result["recorded"]
                             if any(start <= item["at"] <= end for start, end in outages))
        # The outages really happened while the PCs recorded and synchronised:
        assert during_outage == PCS  # every PC's syncer met the server down
        assert in_outage >= PCS * 2 * 4  # ~6 attempts each per 4 s outage; at least 4
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
        server.stop()
