"""The spelling dictionaries in a process of their own, for the app.

A Hunspell dictionary read by spylls takes 40 MB (English) to 100 MB (Arabic) of small
Python objects. Freed in the app's own process, much of it stays: Python keeps an arena
while one object in it lives, and whatever the window made while the dictionary loaded
(a room's widgets, the learner's first words) lives on. Measured with
``benchmarks/memory.py``: the email room left about 6 MB behind after its dictionaries
were given back. So the app (``tutor.app``, after the first paint) asks ``spelling`` to
check through this worker: a child process that loads the dictionaries and answers
``misspellings``, ``capitals``, ``suggestions`` and ``preload`` (what the room and the
grader call); :func:`spelling.release` ends it, and all its memory goes back at once.

The child is ``<the app> --spelling-worker`` from a frozen bundle, ``python -m
tutor.spelling_worker`` from source. It reads one JSON request per line on
its standard input and writes one JSON answer per line; it ends when its input closes
(the app closed, or was killed). Without Qt. If the child cannot start, dies, or does not
answer in time, ``spelling`` checks in the app's process as before: the learner sees
the same underlines and the same grade either way.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

WORKER_FLAG = "--spelling-worker"
# A request carries at most the 10,000 characters checked and the task's words; an
# answer, at most 1,000 misspellings. Anything longer is not from this program.
MAX_LINE = 2 * 2**20
# The longest wait for an answer: loading the Arabic dictionary takes 4 s here, and an
# old PC may be several times slower. After it the child is stopped.
ANSWER_SECONDS = 90.0
CALLS = frozenset({"misspellings", "capitals", "suggestions", "preload"})


class WorkerFailed(Exception):
    """The child could not start, died, or did not answer in time."""


def worker_command() -> tuple[list[str], Path | None]:
    """The command that starts the child, and the folder to start it in."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG], None
    package_parent = Path(__file__).resolve().parents[1]  # where "tutor" can be imported
    return [sys.executable, "-m", "tutor.spelling_worker"], package_parent


def worker_environment() -> dict[str, str]:
    """This process's environment without Tutor's own settings (a server's address)."""
    return {name: value for name, value in os.environ.items()
            if not name.upper().startswith("TUTOR_")}


class Worker:
    """The app's side: starts the child at the first call, sends one request at a time
    (calls from several threads wait their turn, as they waited for the dictionary's
    lock in-process) and reads its answers on a thread of its own."""

    def __init__(self, command: Sequence[str] | None = None, cwd: Path | None = None,
                 answer_seconds: float = ANSWER_SECONDS) -> None:
        if command is None:
            found, cwd = worker_command()
            command = found
        self.command = list(command)
        self.cwd = cwd
        self.answer_seconds = answer_seconds
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._next_id = 0

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self.running and self._process is not None else None

    def call(self, name: str, *args: Any) -> Any:
        """The child's answer to ``name(*args)``; WorkerFailed when it has none."""
        if name not in CALLS:
            raise ValueError(name)
        with self._lock:
            process = self._started()
            self._next_id += 1
            request = json.dumps({"id": self._next_id, "call": name, "args": list(args)},
                                 ensure_ascii=False).encode() + b"\n"
            if len(request) > MAX_LINE:
                raise ValueError("request too long")
            try:
                assert process.stdin is not None
                process.stdin.write(request)
                process.stdin.flush()
            except (OSError, ValueError) as exc:
                self._stop_locked()
                raise WorkerFailed(f"could not write to the spelling worker: {exc}") from exc
            while True:
                try:
                    answer = self._answers.get(timeout=self.answer_seconds)
                except queue.Empty:
                    self._stop_locked(at_once=True)  # it hangs: no time to end by itself
                    raise WorkerFailed(
                        f"no answer from the spelling worker in {self.answer_seconds:g} s"
                    ) from None
                if answer is None:  # the child's output ended: it died
                    self._stop_locked()
                    raise WorkerFailed("the spelling worker ended")
                if answer.get("id") == self._next_id:
                    break
            if "error" in answer:
                raise WorkerFailed(f"the spelling worker failed: {answer['error']}")
            return answer.get("ok")

    def stop(self) -> None:
        """End the child (its memory goes back to the system); the next call starts
        another."""
        with self._lock:
            self._stop_locked()

    def _started(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._stop_locked()
        options: dict[str, Any] = {}
        if os.name == "nt":  # no console window flashing on a lab PC
            options["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            process = subprocess.Popen(
                self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, cwd=self.cwd, env=worker_environment(),
                **options)
        except (OSError, ValueError) as exc:
            raise WorkerFailed(f"could not start the spelling worker: {exc}") from exc
        self._answers = queue.Queue()
        assert process.stdout is not None
        threading.Thread(target=_read_answers, args=(process.stdout, self._answers),
                         daemon=True, name="spelling-worker-answers").start()
        self._process = process
        log.info("spelling worker started (process %s)", process.pid)
        return process

    def _stop_locked(self, at_once: bool = False) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()  # the child ends when its input closes
        except OSError:
            pass
        if at_once or not _ended(process, 2):
            process.kill()
            if not _ended(process, 2):
                log.warning("spelling worker %s did not end", process.pid)
        if process.stdout is not None:
            process.stdout.close()
        log.info("spelling worker ended (process %s)", process.pid)


def _ended(process: subprocess.Popen[bytes], seconds: float) -> bool:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return False
    return True


def _read_answers(stream: IO[bytes], answers: queue.Queue[dict[str, Any] | None]) -> None:
    try:
        while True:
            line = stream.readline(MAX_LINE + 1)
            if not line or len(line) > MAX_LINE:
                break
            try:
                answer = json.loads(line)
            except (ValueError, RecursionError):  # not JSON, or nested too deep to read
                break
            if not isinstance(answer, dict):
                break
            answers.put(answer)
    except (OSError, ValueError):
        pass
    answers.put(None)


def _answer(request: object, calls: dict[str, Callable[..., Any]]) -> dict[str, Any]:
    if not isinstance(request, dict):
        return {"error": "not a request"}
    name, args = request.get("call"), request.get("args")
    if name not in calls or not isinstance(args, list):
        return {"id": request.get("id"), "error": f"unknown call {name!r}"}
    try:
        return {"id": request.get("id"), "ok": calls[name](*args)}
    except Exception as exc:  # the app falls back and logs it
        return {"id": request.get("id"), "error": f"{type(exc).__name__}: {exc}"}


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    """The child: answer requests until the input ends."""
    from tutor import spelling

    calls: dict[str, Callable[..., Any]] = {
        "misspellings": lambda text, language, allowed=(), limit=None: [
            [m.start, m.length, m.word]
            for m in spelling.misspellings_here(text, language, allowed, limit)],
        "capitals": spelling.capitals_here,
        "suggestions": spelling.suggestions_here,
        "preload": spelling.preload_here,
    }
    while True:
        line = stdin.readline(MAX_LINE + 1)
        if not line:
            return 0
        if len(line) > MAX_LINE:
            return 2  # not the app talking: stop rather than read on
        try:
            request = json.loads(line)
        except (ValueError, RecursionError):  # not JSON, or nested too deep to read
            answer: dict[str, Any] = {"error": "not JSON"}
        else:
            answer = _answer(request, calls)
        stdout.write(json.dumps(answer, ensure_ascii=False).encode() + b"\n")
        stdout.flush()


def main() -> int:
    return serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    sys.exit(main())
