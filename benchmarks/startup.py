"""Start-up time: from a fresh Python process to the learner picker painted.

Each run is a new process (imports included), on an empty data folder the first time
(database created and migrated) and on the same folder after that. Prints the median
and the slowest of the runs, in milliseconds. Offscreen by default; set
QT_QPA_PLATFORM=xcb with a DISPLAY to measure a real window.

    .venv/bin/python benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import time
start = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from tutor.app import make_application
from tutor.i18n.qt import Translations
from tutor import startup
from tutor.ui.main_window import MainWindow
from tutor.ui.style import apply_text_size

app = make_application()
translations = Translations(app, "en")
translations.use("en")
apply_text_size(app, "normal")
runtime = startup.start(sys.argv[1])
window = MainWindow(runtime, translations)
window.show()

def painted():
    print(f"{(time.perf_counter() - start) * 1000:.1f}")
    app.quit()

QTimer.singleShot(0, painted)
app.exec()
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as data:
        times = []
        for index in range(runs + 1):
            out = subprocess.run([sys.executable, "-c", CHILD, data], cwd=ROOT, env=env,
                                 capture_output=True, text=True, check=True).stdout
            if index == 0:
                print(f"first start (creates the database): {float(out):.0f} ms")
            else:
                times.append(float(out))
    print(f"start to picker painted, {runs} runs: median {statistics.median(times):.0f} ms, "
          f"slowest {max(times):.0f} ms")


if __name__ == "__main__":
    main()
