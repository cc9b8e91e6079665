"""Coding: the time from pressing Run to the verdict on screen, for a trivial program.

Opens the coding room (offscreen by default), goes to the first step, types
print("Hello, world!") and presses Run; the clock stops when the verdict is shown
(the child process started, ran, reported, and the checks ran). The attempt that a
pass records is included. Prints the median and the slowest, in milliseconds, and the
same for the runner alone (no GUI). From source; the packaged executable starts its
child as ``Tutor --run-learner-code`` instead (measure it there with the same script
run by the bundle's Python, or with ``tutor grade``).

    .venv/bin/python benchmarks/coding_run.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(runs: int = 15) -> None:
    from PySide6.QtWidgets import QApplication

    from tutor import startup
    from tutor.app import make_application
    from tutor.i18n.qt import Translations
    from tutor.skills.coding.sandbox import run_program
    from tutor.store.learners import create_learner
    from tutor.ui.main_window import MainWindow
    from tutor.ui.style import apply_text_size

    app = make_application()
    translations = Translations(app, "en")
    translations.use("en")
    apply_text_size(app, "normal")
    runtime = startup.start(tempfile.mkdtemp(prefix="tutor-bench-"))
    window = MainWindow(runtime, translations)
    window.show()
    learner = create_learner(runtime.db, "Bench", "sun", "en")
    window.open_learner(learner.id)
    window.open_skill("coding")
    room = window.room
    room.steps.setCurrentRow(0)
    room.editor.setPlainText('print("Hello, world!")')
    done: list[float] = []
    room.graded.connect(lambda _grading: done.append(time.perf_counter()))

    times = []
    for _ in range(runs + 1):  # the first warms the caches and is left out
        done.clear()
        start = time.perf_counter()
        room.run_button.click()
        while not done:
            QApplication.processEvents()
            time.sleep(0.001)
        QApplication.processEvents()
        times.append((done[0] - start) * 1000)
        assert room.work is not None
    gui = times[1:]

    alone = []
    for _ in range(runs):
        start = time.perf_counter()
        outcome = run_program('print("Hello, world!")')
        alone.append((time.perf_counter() - start) * 1000)
        assert outcome.status == "ok"
    print(f"Run to verdict (GUI, from source): median {statistics.median(gui):.0f} ms, "
          f"slowest {max(gui):.0f} ms over {len(gui)} runs")
    print(f"Runner alone (start, run, report): median {statistics.median(alone):.0f} ms, "
          f"slowest {max(alone):.0f} ms")
    bundle = os.environ.get("TUTOR_FROZEN_BUNDLE")
    if bundle:
        # The packaged app's runner: the frozen executable started as the child, as the
        # bundle does it (sys.frozen and sys.executable are what the bundle would have).
        exe = Path(bundle) / ("Tutor.exe" if os.name == "nt" else "tutor")
        sys.frozen, sys.executable = True, str(exe)  # type: ignore[attr-defined]
        frozen = []
        for _ in range(runs):
            start = time.perf_counter()
            outcome = run_program('print("Hello, world!")')
            frozen.append((time.perf_counter() - start) * 1000)
            assert outcome.status == "ok", outcome
        gui_more = statistics.median(frozen) - statistics.median(alone)
        print(f"Runner alone, frozen bundle child ({exe}): median "
              f"{statistics.median(frozen):.0f} ms, slowest {max(frozen):.0f} ms; so Run to "
              f"verdict in the bundle is about {statistics.median(gui) + gui_more:.0f} ms")
    runtime.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
