"""Start-up time: from the launch of a process (the interpreter's start included) to the
learner picker painted with its tiles, side by side with a bare PySide6 window (a
QLabel) launched the same way, in alternating runs.

For Tutor from source (``python -m tutor``) and, when given, the built bundle
(``--bundle DIR`` or ``TUTOR_FROZEN_BUNDLE``); each with a data folder in use (twelve
learners, three with a PIN, opened before so that its caches are there) and with an
empty data folder (a first start: a new folder for every run). The child says
"painted" on its standard output in the event loop's turn after its first paint
(``TUTOR_REPORT_PAINT``); the resident memory (VmRSS, Linux) is read one second later.

Prints the medians, the ratio to the bare window and the memory, and checks the targets
(issue 17): the picker within 1.5x a bare window with a data folder in use and within
2x on a first start; at most 90 MB resident at the picker from the bundle. Exit status 1
when a target is missed. Offscreen by default; QT_QPA_PLATFORM=xcb with a DISPLAY
measures a real window.

    .venv/bin/python benchmarks/startup.py [RUNS] [--bundle build/out/dist/Tutor]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_IN_USE, TARGET_FIRST, TARGET_RSS_MB = 1.5, 2.0, 90

BARE = r"""
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print(f"painted {time.process_time():.4f}",
                                               flush=True))
        return False

app = QApplication(sys.argv[:1])
label = QLabel("Tutor")
label.resize(1100, 760)
first = FirstPaint()
label.installEventFilter(first)
label.show()
app.exec()
"""

MAKE_LEARNERS = r"""
import sys
from tutor import startup
from tutor.store.learners import create_learner
runtime = startup.start(sys.argv[1])
names = ["Amina Yusuf", "Jean-Pierre", "Fatuma", "Omar", "Grace", "Ali", "Zainab",
         "Moses", "Claire", "Hassan", "Esther", "Youssef"]
for index, name in enumerate(names):
    create_learner(runtime.db, name, "sun", pin="2580" if index % 4 == 0 else None)
runtime.close()
"""


def clean_env(**extra: str) -> dict[str, str]:
    # Bytecode written as an installed program has it (PYTHONDONTWRITEBYTECODE would
    # make every start compile Tutor's modules again).
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TUTOR_", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONDONTWRITE"))}
    env.update(TUTOR_LANGUAGE="en", TUTOR_REPORT_PAINT="1",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra)
    return env


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None  # not Linux


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds from the launch to "painted"; the processor time the child had used by
    then (seconds: less disturbed than the clock by what else the machine does); the
    resident memory 1 s later (MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir(),
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        if not line.startswith("painted "):
            raise RuntimeError(f"{command[0]} ended ({process.wait()}) before its first paint")
        cpu = float(line.split()[1])
        time.sleep(1.0)
        memory = rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return elapsed, cpu, memory


def compare(label: str, tutor: Callable[[], list[str]], runs: int, bare: list[str],
            env: dict[str, str]) -> tuple[float, float | None]:
    """Alternating runs; prints the medians and the ratio; returns (ratio, memory)."""
    bare_times, tutor_times, bare_cpu, tutor_cpu, memories = [], [], [], [], []
    launch(bare, env)  # warm the disk cache for both
    launch(tutor(), env)
    for _ in range(runs):
        elapsed, cpu, _memory = launch(bare, env)
        bare_times.append(elapsed)
        bare_cpu.append(cpu)
        elapsed, cpu, memory = launch(tutor(), env)
        tutor_times.append(elapsed)
        tutor_cpu.append(cpu)
        if memory is not None:
            memories.append(memory)
    bare_median, tutor_median = statistics.median(bare_times), statistics.median(tutor_times)
    ratio = tutor_median / bare_median
    cpu_ratio = statistics.median(tutor_cpu) / statistics.median(bare_cpu)
    memory = statistics.median(memories) if memories else None
    shown = f", {memory:.0f} MB resident 1 s later" if memory is not None else ""
    print(f"{label}: picker painted {tutor_median * 1000:.0f} ms (slowest "
          f"{max(tutor_times) * 1000:.0f}), bare window {bare_median * 1000:.0f} ms: "
          f"ratio {ratio:.2f}{shown}; processor time to the paint "
          f"{statistics.median(tutor_cpu) * 1000:.0f} ms vs "
          f"{statistics.median(bare_cpu) * 1000:.0f} ms: {cpu_ratio:.2f}", flush=True)
    return ratio, memory


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--bundle", type=Path,
                        default=os.environ.get("TUTOR_FROZEN_BUNDLE") or None)
    parser.add_argument("--no-source", action="store_true")
    args = parser.parse_args()
    env = clean_env()
    bare = [sys.executable, "-c", BARE]
    bare_memory = [m for m in (launch(bare, env)[2],) if m is not None]
    if bare_memory:
        print(f"bare PySide6 window: {bare_memory[0]:.0f} MB resident 1 s after its paint")
    targets: list[tuple[str, list[str]]] = []
    if not args.no_source:
        targets.append(("source", [sys.executable, "-m", "tutor"]))
    if args.bundle:
        executable = Path(args.bundle).resolve() / ("Tutor.exe" if os.name == "nt" else "tutor")
        if not executable.is_file():
            print(f"no bundle at {args.bundle}: run bash build/build.sh", file=sys.stderr)
            return 2
        targets.append(("bundle", [str(executable)]))
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        in_use = Path(folder) / "in-use"
        subprocess.run([sys.executable, "-c", MAKE_LEARNERS, str(in_use)], cwd=ROOT,
                       check=True, env=clean_env())
        fresh = iter(range(10_000))
        for name, command in targets:
            ratio, memory = compare(f"{name}, data folder in use",
                                    lambda c=command: [*c, "--data-dir", str(in_use)],  # type: ignore[misc]
                                    args.runs, bare, env)
            ok &= ratio <= TARGET_IN_USE
            if name == "bundle" and memory is not None:
                ok &= memory <= TARGET_RSS_MB
            ratio, _ = compare(
                f"{name}, first start (empty data folder)",
                lambda c=command: [*c, "--data-dir", f"{folder}/new-{next(fresh)}"],  # type: ignore[misc]
                args.runs, bare, env)
            ok &= ratio <= TARGET_FIRST
    print(f"targets (in use <= {TARGET_IN_USE}x, first start <= {TARGET_FIRST}x, bundle "
          f"<= {TARGET_RSS_MB} MB at the picker): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
