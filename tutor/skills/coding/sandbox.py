"""The runner: a learner's program runs in a child process, never in the app.

Two halves, standard library only:

- the **parent** side (:class:`Run`, :func:`run_program`) starts the child, enforces a
  wall-time limit, an output cap and a Stop, and answers ``input()``;
- the **child** side (:func:`child_main`, in ``sandbox_child``) sets its own limits
  (memory, CPU time, file size), runs the program and reports what happened as JSON
  lines.

The child is started as ``python -I -S sandbox_child.py --run-learner-code ...`` from source
(isolated: no ``PYTHON*`` variables, no user or site packages, no script folder on the
path), and as ``<the app> --run-learner-code ...`` from a frozen bundle (``tutor.cli``
dispatches to :func:`child_main` before anything imports Qt). It runs in a fresh
temporary folder (its current directory, ``HOME`` and ``TMPDIR``) with a scrubbed
environment, in its own process group, and the folder is deleted afterwards.

The line protocol. Child to parent, on a private copy of the original stdout (file
descriptor 1 itself is pointed at stderr, so a stray ``os.write(1, ...)`` cannot
corrupt the protocol)::

    {"t": "out", "s": "text"}         the program printed
    {"t": "err", "s": "text"}         the program wrote to sys.stderr
    {"t": "input", "prompt": "..."}   input() waits for an answer
    {"t": "call", "i": 0, ...}        the result of a checked function call
    {"t": "end", "status": "ok" | "error" | "exit" | "output", ...}

Parent to child, on the child's stdin: ``{"answer": "text"}`` or ``{"eof": true}``.

What this guards against: a beginner's mistakes (endless loops, memory hogs, floods of
output, a forgotten answer, ``sys.exit``, crashes) cannot freeze, crash or slow down the
app. The child's environment holds no Tutor setting (no centre server's address), and an
audit hook in the child refuses to open, list, move or delete anything in Tutor's data
folder (the database, the centre server's settings and its password, the log): passed
as ``--protect DIR``. It is not a security sandbox: a program written to do harm runs as
the same OS user and can get round the hook (by starting another program, or through
``ctypes``), read and write the user's other files and use the network
(docs/centre-server.md, "What a learner's program can still do").
"""

from __future__ import annotations

import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.skills.coding.sandbox_child import CALLS, PROGRAM, PROTECT_FLAG, RUN_FLAG, child_main

__all__ = ["Limits", "Outcome", "Run", "child_main", "child_command", "run_program"]

# Modules a beginner may reasonably import; a frozen bundle must include them (issue 8:
# add them to PyInstaller's hiddenimports). tests/skills/coding checks they import.
LEARNER_MODULES = (
    "math", "cmath", "random", "statistics", "decimal", "fractions", "datetime", "time",
    "calendar", "string", "textwrap", "difflib", "re", "collections", "itertools",
    "functools", "operator", "copy", "json", "csv", "glob", "os", "os.path", "pathlib",
    "sys", "timeit",
)


@dataclass(frozen=True)
class Limits:
    time_s: float = 5.0  # wall time while running (time waiting for an answer is not counted)
    memory_mb: int = 512  # address space of the child (Linux, macOS); not enforced on Windows
    output_chars: int = 20_000  # printed characters, prompts and errors together


# -- the parent's side -------------------------------------------------------------------


@dataclass
class Outcome:
    """How a run ended.

    ``status`` is one of: ``ok`` (the program ended normally), ``error`` (an exception;
    ``error`` describes it), ``exit`` (``sys.exit`` or ``os._exit`` with ``exit_code``),
    ``timeout``, ``memory``, ``output`` (printed too much), ``stopped`` (Stop pressed),
    ``crash`` (the process died: ``exit_code`` is minus the signal number) or
    ``failed`` (the child could not start).
    """

    status: str
    output: str = ""  # what the learner saw: printed text, prompts and echoed answers
    program_output: str = ""  # the same, before the checked function calls began
    errors: str = ""  # text written to sys.stderr (and stray low-level output)
    error: dict[str, Any] | None = None
    exit_code: int | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    inputs_asked: int = 0


def protected_folders() -> list[Path]:
    """The folders a learner's program may not touch: this process's data folder."""
    from tutor import startup

    folder = startup.data_folder()
    return [folder] if folder is not None else []


def child_command(directory: Path, limits: Limits,
                  protect: Sequence[Path] | None = None) -> list[str]:
    """The command that starts the child, from source or from a frozen bundle;
    ``protect``: the folders the program may not touch (default: ``protected_folders``)."""
    options = [
        RUN_FLAG,
        "--time-limit", f"{limits.time_s:g}",
        "--memory-mb", str(limits.memory_mb),
        "--output-limit", str(limits.output_chars),
    ]
    for folder in protected_folders() if protect is None else protect:
        options += [PROTECT_FLAG, str(folder)]
    options.append(str(directory))
    if getattr(sys, "frozen", False):
        return [sys.executable, *options]
    script = Path(__file__).resolve().with_name("sandbox_child.py")
    return [sys.executable, "-I", "-S", str(script), *options]


def child_environment(directory: Path) -> dict[str, str]:
    """A scrubbed environment: no TUTOR_* settings, no database address, no PYTHON*."""
    env = {
        "HOME": str(directory),
        "TMPDIR": str(directory),
        "TEMP": str(directory),
        "TMP": str(directory),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PATH": os.defpath,
    }
    if os.name == "nt":  # Windows needs these to start a process at all
        for name in ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "PATHEXT", "COMSPEC"):
            if name in os.environ:
                env[name] = os.environ[name]
        env["USERPROFILE"] = str(directory)
    return env


class Run:
    """One run of a program in a child process. Call :meth:`poll` often (the GUI does
    from a timer); it returns what happened since, and enforces the time limit."""

    def __init__(
        self,
        code: str,
        limits: Limits = Limits(),
        calls: list[dict[str, Any]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        protect: Sequence[Path] | None = None,
    ) -> None:
        self.code = code
        self.protect = protect
        self.limits = limits
        self.calls = calls or []
        self.clock = clock
        self.outcome: Outcome | None = None
        self.waiting_for_input = False
        self._events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._output: list[str] = []
        self._errors: list[str] = []
        self._output_chars = 0
        self._end: dict[str, Any] | None = None
        self._program_output: str | None = None
        self._calls_seen: list[dict[str, Any]] = []
        self._reason: str | None = None  # why we killed it
        self._inputs = 0
        self._paused = 0.0
        self._pause_started: float | None = None
        self._eof_seen = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._dir: Path | None = None

    # life cycle ----------------------------------------------------------------------
    def start(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="tutor-run-"))
        (self._dir / PROGRAM).write_text(self.code, encoding="utf-8")
        if self.calls:
            (self._dir / CALLS).write_text(json.dumps(self.calls), encoding="utf-8")
        kwargs: dict[str, Any] = {}
        if os.name == "nt":
            kwargs["creationflags"] = 0x08000000 | 0x00000200  # no window, new group
        else:
            kwargs["start_new_session"] = True  # its own process group, killed whole
        self._started = self.clock()
        try:
            self._proc = subprocess.Popen(
                child_command(self._dir, self.limits, self.protect),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                cwd=self._dir, env=child_environment(self._dir), **kwargs,
            )
        except OSError as exc:
            self._finish(Outcome("failed", errors=str(exc)))
            return
        for stream, name in ((self._proc.stdout, "proto"), (self._proc.stderr, "raw")):
            threading.Thread(target=self._read, args=(stream, name), daemon=True).start()

    def _read(self, stream: io.BufferedReader, name: str) -> None:
        """A reader thread: turn the child's bytes into events (never blocks the GUI)."""
        try:
            if name == "proto":
                for line in stream:
                    try:
                        message = json.loads(line)
                    except ValueError:
                        message = {"t": "err", "s": line.decode("utf-8", "replace")}
                    self._events.put(("msg", message))
            else:
                while chunk := stream.read1(4096):
                    self._events.put(("msg", {"t": "err", "s": chunk.decode("utf-8", "replace")}))
        except (OSError, ValueError):
            pass
        self._events.put(("eof", name))

    @property
    def finished(self) -> bool:
        return self.outcome is not None

    def elapsed(self) -> float:
        """Running time so far, not counting time spent waiting for an answer."""
        now = self.clock()
        paused = self._paused + (now - self._pause_started if self._pause_started else 0.0)
        return now - self._started - paused

    def poll(self, timeout: float = 0.0) -> list[tuple[str, Any]]:
        """Events since the last call: ``("out", text)``, ``("err", text)``,
        ``("input", prompt)`` and finally ``("end", Outcome)``."""
        if self.outcome is not None:
            return []
        events: list[tuple[str, Any]] = []
        deadline = self.clock() + timeout
        while True:
            try:
                # Wait for the first event only; then take what is already there.
                wait = 0.0 if events else max(0.0, deadline - self.clock())
                kind, value = self._events.get(timeout=wait) if wait else self._events.get_nowait()
            except queue.Empty:
                break
            if kind == "eof":
                self._eof_seen += 1
                if self._eof_seen == 2:
                    events.append(("end", self._collect()))
                    return events
                continue
            events += self._handle(value)
            if self._reason is not None:
                break
        if self._reason is None and self._end is not None and self._proc is not None \
                and self._proc.poll() is not None:
            # The program said how it ended and its process is gone: anything it left
            # behind holding the pipes open goes too, and the run is over.
            self._kill(None)
            events.append(("end", self._collect()))
            return events
        if self._reason is None and not self.waiting_for_input:
            if self.elapsed() > self.limits.time_s:
                self._kill("timeout")
        if self._reason is not None:
            events.append(("end", self._collect()))
        return events

    def _handle(self, message: dict[str, Any]) -> list[tuple[str, Any]]:
        kind = message.get("t")
        if kind in ("out", "err"):
            text = str(message.get("s", ""))
            room = self.limits.output_chars - self._output_chars
            if room <= 0:
                self._kill("output")
                return []
            text = text[:room]
            self._output_chars += len(text)
            (self._output if kind == "out" else self._errors).append(text)
            return [(kind, text)]
        if kind == "input":
            left = max(0, self.limits.output_chars - self._output_chars)
            prompt = str(message.get("prompt", ""))[:left]
            self._output_chars += len(prompt)
            self._output.append(prompt)
            self._inputs += 1
            self.waiting_for_input = True
            self._pause_started = self.clock()
            return [("input", prompt)]
        if kind == "calls":  # what follows is printed by the checked calls
            self._program_output = "".join(self._output)
        elif kind == "call":
            self._calls_seen.append(message)
        elif kind == "end":
            self._end = message
        return []

    def answer(self, text: str | None) -> None:
        """Answer the pending ``input()``; ``None`` closes the input (EOFError)."""
        if not self.waiting_for_input or self._proc is None:
            return
        self.waiting_for_input = False
        if self._pause_started is not None:
            self._paused += self.clock() - self._pause_started
            self._pause_started = None
        if text is not None:
            text = text.replace("\r", "").split("\n")[0]
            self._output.append(text + "\n")
            self._output_chars += len(text) + 1
        message = {"eof": True} if text is None else {"answer": text}
        try:
            assert self._proc.stdin is not None
            self._proc.stdin.write((json.dumps(message) + "\n").encode())
            self._proc.stdin.flush()
        except (OSError, ValueError):
            pass

    def stop(self) -> None:
        """The learner pressed Stop."""
        if self.outcome is None and self._reason is None:
            self._kill("stopped")

    def _kill(self, reason: str | None) -> None:
        """Kill the child and everything it started (its process group, on POSIX;
        the group outlives its leader while a member is left, so this is safe after
        the child itself ended)."""
        if reason is not None:
            self._reason = reason
        proc = self._proc
        if proc is None:
            return
        try:
            if os.name != "nt":
                os.killpg(proc.pid, signal.SIGKILL)
            elif proc.poll() is None:
                proc.kill()
        except (ProcessLookupError, PermissionError, OSError):
            pass

    def _collect(self) -> Outcome:
        proc = self._proc
        code = None
        if proc is not None:
            if proc.returncode is None and self._reason is None:
                self._kill(None)  # leftovers of the program, before its pid is reaped
            try:
                code = proc.wait(timeout=5)
            except subprocess.TimeoutExpired:  # pragma: no cover - a stuck kill
                self._kill(self._reason or "timeout")
                code = proc.wait()
            for pipe in (proc.stdin, proc.stdout, proc.stderr):
                try:
                    if pipe is not None:
                        pipe.close()
                except OSError:
                    pass
        # Events queued before the child ended still count.
        while True:
            try:
                kind, value = self._events.get_nowait()
            except queue.Empty:
                break
            if kind == "msg" and self._reason is None:
                self._handle(value)
        end = self._end or {}
        status = end.get("status")
        if self._reason is not None:
            status = self._reason
        elif status is None:  # the child ended without saying how
            if code is not None and code < 0:
                sig = -code
                xcpu = getattr(signal, "SIGXCPU", None)
                status = "timeout" if sig == xcpu else "crash"
            else:
                status = "exit"
        error = end.get("error")
        if status == "error" and error and error.get("type") == "MemoryError":
            status = "memory"
        output = "".join(self._output)
        outcome = Outcome(
            status=status,
            output=output,
            program_output=output if self._program_output is None else self._program_output,
            errors="".join(self._errors),
            error=error,
            exit_code=end.get("exit_code", code),
            calls=sorted(self._calls_seen, key=lambda c: c.get("i", 0)),
            seconds=round(self.clock() - self._started, 4),
            inputs_asked=self._inputs,
        )
        self._finish(outcome)
        return outcome

    def _finish(self, outcome: Outcome) -> None:
        self.outcome = outcome
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)


def run_program(
    code: str,
    answers: list[str] | tuple[str, ...] = (),
    limits: Limits = Limits(),
    calls: list[dict[str, Any]] | None = None,
) -> Outcome:
    """Run ``code`` to the end (blocking), answering ``input()`` from ``answers``; when
    they run out, the program gets end-of-input (an ``EOFError``)."""
    run = Run(code, limits, calls)
    run.start()
    pending = list(answers)
    while run.outcome is None:
        for kind, value in run.poll(timeout=0.05):
            if kind == "input":
                run.answer(pending.pop(0) if pending else None)
            elif kind == "end":
                return value
    return run.outcome
