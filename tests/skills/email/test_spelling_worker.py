"""The spelling dictionaries in a child process (the app's way): the same answers as in
the app's process, the child's memory given back whole, and the app's process checking
itself when the child cannot start, dies or hangs."""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tutor import memory, spelling
from tutor.spelling_worker import (
    MAX_LINE,
    Worker,
    WorkerFailed,
    serve,
    worker_command,
)

pytestmark = pytest.mark.process

TEXTS = {
    "en": ("Dear Mr Banda, i confim the meeting on tusday at 10:00. Best regards, Amina",
           ["Banda", "Amina"], "Tusday"),
    "fr": ("Bonjour Mme Diallo, je confirm le rendez-vou de jeudi. merci, Awa",
           ["Diallo", "Awa"], "rendez-vou"),
    "ar": ("السيد أحمد، أؤكد موعد الاجتماعع يوم الثلاثاء. مع التحية", ["أحمد"], "الاجتماعع"),
    "sw": ("Habari Bw. Otieno, ninathibitsha mkutano wa Jumane. asante, Neema",
           ["Otieno", "Neema"], "ninathibitsha"),
}


@pytest.fixture
def worker():
    """The app's way for the test's length; the app's process checking again after."""
    spelling.use_worker()
    yield spelling.worker_in_use()
    spelling.use_worker(False)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a child that ended but was not waited for yet is a zombie: not alive
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def test_the_child_answers_as_the_apps_process_would():
    expected = {}
    for language, (text, names, word) in TEXTS.items():
        allowed = spelling.names_in(names)
        expected[language] = (spelling.misspellings(text, language, allowed),
                              spelling.capitals(text, language, allowed),
                              spelling.suggestions(word, language, seconds=60))
        assert expected[language][0], language  # each text has a mistake to find
    spelling.release()
    spelling.use_worker()
    try:
        for language, (text, names, word) in TEXTS.items():
            allowed = spelling.names_in(names)
            found, capitals, suggested = expected[language]
            assert spelling.misspellings(text, language, allowed) == found
            assert spelling.capitals(text, language, allowed) == capitals
            # (time enough: within the room's one second, a busy machine finds fewer)
            assert spelling.suggestions(word, language, seconds=60) == suggested
            assert spelling.misspellings(text, language, allowed, limit=1) == found[:1]
        worker = spelling.worker_in_use()
        assert worker is not None and worker.running
        # Nothing was loaded here: every dictionary is in the child.
        assert spelling._dictionary.cache_info().currsize == 0
    finally:
        spelling.use_worker(False)


def test_release_ends_the_child_and_the_next_check_starts_another(worker):
    spelling.preload("en")
    first = worker.pid
    assert first is not None and _alive(first)
    spelling.release()
    assert not worker.running and not _alive(first)
    assert [m.word for m in spelling.misspellings("I confim it", "en")] == ["confim"]
    assert worker.pid not in (None, first)


def test_a_child_that_cannot_start_leaves_the_checking_here(tmp_path):
    spelling.use_worker(worker=Worker([str(tmp_path / "no-such-program")]))
    try:
        assert [m.word for m in spelling.misspellings("I confim it", "en")] == ["confim"]
        assert spelling.worker_in_use() is None  # not tried again at every key
    finally:
        spelling.use_worker(False)


def test_a_child_killed_meanwhile_leaves_the_checking_here(worker):
    expected = spelling.misspellings_here("We mett on Munday", "en")
    assert spelling.misspellings("We mett on Munday", "en") == expected
    os.kill(worker.pid, signal.SIGKILL)
    assert spelling.misspellings("We mett on Munday", "en") == expected
    assert spelling.worker_in_use() is None


def test_a_child_that_does_not_answer_is_stopped_in_time():
    silent = Worker([sys.executable, "-c", "import time; time.sleep(60)"], answer_seconds=0.5)
    started = time.monotonic()
    with pytest.raises(WorkerFailed, match="no answer"):
        silent.call("misspellings", "I confim it", "en", [], None)
    assert time.monotonic() - started < 5
    assert not silent.running
    spelling.use_worker(worker=Worker([sys.executable, "-c", "import time; time.sleep(60)"],
                                      answer_seconds=0.5))
    try:
        assert [m.word for m in spelling.misspellings("I confim it", "en")] == ["confim"]
    finally:
        spelling.use_worker(False)


def test_the_child_ends_when_the_app_is_killed(tmp_path):
    """A killed app leaves no dictionary behind: the child's input closes, it ends."""
    app = subprocess.Popen(
        [sys.executable, "-c",
         "from tutor import spelling; spelling.use_worker(); "
         "spelling.preload('en'); print(spelling.worker_in_use().pid, flush=True); "
         "import time; time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[3])
    try:
        child = int(app.stdout.readline())
        assert _alive(child)
    finally:
        app.kill()
        app.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def test_the_app_keeps_its_caches_in_children_only_when_it_says_so():
    assert spelling.worker_in_use() is None  # tests and the command line: here
    memory.keep_caches_in_children()
    try:
        worker = spelling.worker_in_use()
        assert worker is not None
        assert [m.word for m in spelling.misspellings("I confim it", "en")] == ["confim"]
        assert worker.running
    finally:
        memory.keep_caches_in_children(False)
        spelling.use_worker(False)
    assert not worker.running and spelling.worker_in_use() is None


def test_the_child_refuses_what_is_not_a_request():
    requests = b"".join([
        b"not json\n",
        json.dumps({"id": 1, "call": "open", "args": ["/etc/passwd"]}).encode() + b"\n",
        json.dumps({"id": 2, "call": "misspellings", "args": "text"}).encode() + b"\n",
        json.dumps([1, 2]).encode() + b"\n",
        json.dumps({"id": 3, "call": "misspellings", "args": ["I confim", "en"]}).encode()
        + b"\n",
    ])
    out = io.BytesIO()
    assert serve(io.BytesIO(requests), out) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [("error" in a) for a in answers] == [True, True, True, True, False]
    assert answers[1]["id"] == 1 and "open" in answers[1]["error"]
    assert answers[4] == {"id": 3, "ok": [[2, 6, "confim"]]}
    # A line longer than any request of the app: the child stops reading.
    out = io.BytesIO()
    assert serve(io.BytesIO(b"x" * (MAX_LINE + 10) + b"\n"), out) == 2
    assert out.getvalue() == b""


def test_the_command_line_starts_the_child():
    """What a frozen bundle runs (``<the app> --spelling-worker``), from source."""
    command, cwd = worker_command()
    assert command[-1] == "tutor.spelling_worker"
    request = json.dumps({"id": 7, "call": "capitals", "args": ["hello. i came", "en"]})
    result = subprocess.run([sys.executable, "-m", "tutor", "--spelling-worker"],
                            input=request + "\n", capture_output=True, text=True,
                            timeout=60, cwd=cwd, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"id": 7, "ok": ["Hello", "I"]}


def test_hostile_lines_are_refused_on_both_sides():
    """Deep nesting, a number too long to read and NaN: an answer or a refusal, never a
    traceback; an app that reads such an answer from its child falls back."""
    from tutor.spelling_worker import _read_answers

    deep = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    huge = (b'{"id": 2, "call": "misspellings", "args": ["x", "en", [], 1' + b"0" * 5000
            + b"]}\n")
    nan = b'{"id": 3, "call": "misspellings", "args": ["I confim", "en", [], NaN]}\n'
    out = io.BytesIO()
    assert serve(io.BytesIO(deep + huge + nan), out) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert answers == [{"error": "not JSON"}, {"error": "not JSON"},
                       {"id": 3, "ok": [[2, 6, "confim"]]}]
    import queue

    received = queue.Queue()
    _read_answers(io.BytesIO(b'{"id": 1, "ok": []}\n' + deep), received)
    assert received.get_nowait() == {"id": 1, "ok": []}
    assert received.get_nowait() is None  # the end: the caller falls back
