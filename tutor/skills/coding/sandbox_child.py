"""The runner's child: runs a learner's program and reports what happened.

Kept apart from ``sandbox`` (the parent's side) and limited to a few standard-library
imports, because every run starts a fresh interpreter that imports this module: from
source as a script (``python -I -S sandbox_child.py --run-learner-code ...``), frozen
through ``tutor.cli`` (``Tutor --run-learner-code ...``). The protocol is described in
``sandbox``.
"""

from __future__ import annotations

import json
import os
import sys

TYPE_CHECKING = False  # no `typing` import: every millisecond of start-up counts here
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

RUN_FLAG = "--run-learner-code"
PROTECT_FLAG = "--protect"
PROGRAM = "program.py"
CALLS = ".calls.json"
# Audit events (docs.python.org/3/library/audit_events.html) that name a file or folder,
# and which of their arguments do: in a protected folder they are refused.
_PATH_EVENTS = {
    "open": (0,), "os.remove": (0,), "os.rename": (0, 1), "os.rmdir": (0,),
    "os.truncate": (0,), "os.listdir": (0,), "os.scandir": (0,), "os.mkdir": (0,),
    "os.chmod": (0,), "os.chown": (0,), "os.utime": (0,), "os.link": (0, 1),
    "os.symlink": (0, 1), "os.chflags": (0,), "os.lchflags": (0,), "shutil.rmtree": (0,),
    "shutil.copyfile": (0, 1), "shutil.copymode": (0, 1), "shutil.copystat": (0, 1),
    "shutil.copytree": (0, 1), "shutil.move": (0, 1), "shutil.make_archive": (2,),
    "shutil.unpack_archive": (0, 1), "sqlite3.connect": (0,), "os.startfile": (0,),
    "os.listxattr": (0,), "os.getxattr": (0,), "os.setxattr": (0,), "os.removexattr": (0,),
}


class ChildLimits:
    def __init__(self, time_s: float, memory_mb: int, output_chars: int) -> None:
        self.time_s, self.memory_mb, self.output_chars = time_s, memory_mb, output_chars


def _limit_resources(limits: ChildLimits) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the parent's time limit still applies
        return
    mb = 2**20

    def cap(which: int, value: int) -> None:
        try:
            soft, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):
            pass

    cap(resource.RLIMIT_AS, limits.memory_mb * mb)
    cap(resource.RLIMIT_CPU, int(limits.time_s) + 2)  # a backstop if the parent is gone
    cap(resource.RLIMIT_FSIZE, 20 * mb)  # no file larger than this
    cap(resource.RLIMIT_CORE, 0)


def child_main(argv: list[str]) -> int:
    """The child process: run ``program.py`` of the given folder and report."""
    options = {"--time-limit": "5", "--memory-mb": "512", "--output-limit": "20000"}
    args = [a for a in argv if a != RUN_FLAG]
    folder = None
    protect: list[str] = []
    while args:
        arg = args.pop(0)
        if arg in options and args:
            options[arg] = args.pop(0)
        elif arg == PROTECT_FLAG and args:
            protect.append(args.pop(0))
        else:
            folder = arg
    if folder is None:
        print("usage: --run-learner-code [--time-limit S] [--memory-mb N] "
              "[--output-limit N] FOLDER", file=sys.stderr)
        return 2
    limits = ChildLimits(float(options["--time-limit"]), int(options["--memory-mb"]),
                         int(options["--output-limit"]))
    return _Child(folder, limits, protect).main()


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _real(path: object) -> str | None:
    """The absolute, resolved, case-folded (Windows) form of a path argument, or None for
    a file descriptor and whatever is not a path."""
    if isinstance(path, int) or path is None:
        return None
    try:
        return os.path.normcase(os.path.realpath(os.fsdecode(path)))  # type: ignore[arg-type]
    except (TypeError, ValueError, OSError):
        return None


def guard_folders(folders: list[str], run_folder: str) -> list[str]:
    """Refuse, from now on in this process, every file operation in ``folders`` (an
    audit hook: it cannot be removed). A folder that holds the run's own folder or
    Python itself is left out (the program could not run). Returns the folders guarded."""
    needed = [_real(p) for p in (run_folder, sys.prefix, sys.base_prefix, sys.executable)]
    roots = []
    for folder in folders:
        real = _real(folder)
        if real and not any(p and _inside(p, real) for p in needed):
            roots.append(real)
    if not roots:
        return []
    events = _PATH_EVENTS

    def hook(event: str, args: tuple[object, ...]) -> None:
        positions = events.get(event)
        if positions is None:
            return
        for position in positions:
            if position < len(args):
                real = _real(args[position])
                if real is not None and any(_inside(real, root) for root in roots):
                    raise PermissionError(
                        13, "Tutor's own files cannot be used by a program run here",
                        os.fsdecode(args[position]))  # type: ignore[arg-type]

    sys.addaudithook(hook)
    return roots


class _Stream:
    """sys.stdout / sys.stderr of the learner's program: each write is a message."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, child: _Child, kind: str) -> None:
        self._child, self._kind = child, kind

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._child.emit_text(self._kind, text)
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False


class _Stdin:
    """sys.stdin of the learner's program: reading a line asks like input()."""

    encoding = "utf-8"

    def __init__(self, child: _Child) -> None:
        self._child = child

    def readline(self, size: int = -1) -> str:
        try:
            return self._child.ask("") + "\n"
        except EOFError:
            return ""

    def read(self, size: int = -1) -> str:
        return self.readline()

    def __iter__(self) -> Iterator[str]:
        while line := self.readline():
            yield line

    def isatty(self) -> bool:
        return False

    def readable(self) -> bool:
        return True


class _Child:
    def __init__(self, folder: str, limits: ChildLimits, protect: list[str] | None = None) -> None:
        self.folder = folder
        self.limits = limits
        self.protect = protect or []
        self.printed = 0

    def main(self) -> int:
        import builtins

        os.chdir(self.folder)
        with open(os.path.join(self.folder, PROGRAM), encoding="utf-8") as file:
            code = file.read()
        calls_file = os.path.join(self.folder, CALLS)
        calls = []
        if os.path.exists(calls_file):
            with open(calls_file, encoding="utf-8") as file:
                calls = json.load(file)
            os.unlink(calls_file)
        # The protocol gets a private copy of stdout; fd 1 now goes to stderr.
        self.proto = open(os.dup(1), "w", encoding="utf-8", newline="\n", closefd=True)
        os.dup2(2, 1)
        self.answers = open(os.dup(0), encoding="utf-8", closefd=True)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        _limit_resources(self.limits)
        sys.stdout = _Stream(self, "out")
        sys.stderr = _Stream(self, "err")
        sys.stdin = _Stdin(self)
        builtins.input = self.ask
        sys.argv = [PROGRAM]
        sys.path.insert(0, self.folder)
        guard_folders(self.protect, self.folder)
        namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
        status, error, exit_code = "ok", None, 0
        try:
            compiled = compile(code, PROGRAM, "exec")
            exec(compiled, namespace)
        except SystemExit as exc:
            status, exit_code = "exit", _exit_code(exc)
        except BaseException as exc:  # everything is reported
            status, error = "error", _describe(exc)
        if status == "ok" and calls:
            self.send({"t": "calls"})
            for index, call in enumerate(calls):
                self.send(self._call(index, call, namespace))
        self.send({"t": "end", "status": status, "error": error, "exit_code": exit_code})
        self.proto.flush()
        return 0

    def _call(self, index: int, call: dict[str, Any], namespace: dict[str, Any]) -> dict[str, Any]:
        function = namespace.get(call["function"])
        if not callable(function):
            return {"t": "call", "i": index, "missing": True}
        before = self.printed
        try:
            result = function(*call.get("args", []))
        except SystemExit as exc:
            return {"t": "call", "i": index, "error": {"type": "SystemExit",
                                                       "message": str(_exit_code(exc))}}
        except BaseException as exc:
            return {"t": "call", "i": index, "error": _describe(exc)}
        reply: dict[str, Any] = {"t": "call", "i": index, "repr": repr(result)[:2000],
                                 "type": type(result).__name__, "printed": self.printed > before}
        if isinstance(result, float):
            reply["float"] = result
        return reply

    def send(self, message: dict[str, Any]) -> None:
        self.proto.write(json.dumps(message) + "\n")
        self.proto.flush()

    def emit_text(self, kind: str, text: str) -> None:
        room = self.limits.output_chars - self.printed
        if len(text) > room:
            if room > 0:
                self.send({"t": kind, "s": text[:room]})
            self.send({"t": "end", "status": "output", "error": None, "exit_code": None})
            self.proto.flush()
            os._exit(0)
        self.printed += len(text)
        if text:
            self.send({"t": kind, "s": text})

    def ask(self, prompt: object = "") -> str:
        prompt = str(prompt)
        self.printed += len(prompt)
        self.send({"t": "input", "prompt": prompt})
        line = self.answers.readline()
        if not line:
            raise EOFError("EOF when reading a line")
        message = json.loads(line)
        if "answer" not in message:
            raise EOFError("EOF when reading a line")
        self.printed += len(message["answer"]) + 1
        return str(message["answer"])


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    return 1


def _describe(exc: BaseException) -> dict[str, Any]:
    """What the parent needs to explain an error: type, message, line, names."""
    import traceback

    info: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc)[:500]}
    if isinstance(exc, SyntaxError) and exc.filename == PROGRAM:
        info.update(line=exc.lineno, offset=exc.offset, msg=exc.msg,
                    text=(exc.text or "").rstrip("\n")[:300])
        return info
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == PROGRAM]
    if frames:
        info["line"] = frames[-1].lineno
        info["depth"] = len(frames)
        info["function"] = frames[-1].name
    if isinstance(exc, NameError):
        info["name"] = getattr(exc, "name", None)
    if isinstance(exc, AttributeError):
        info["name"] = getattr(exc, "name", None)
    return info


if __name__ == "__main__":  # the child, started from source
    sys.exit(child_main(sys.argv[1:]))
