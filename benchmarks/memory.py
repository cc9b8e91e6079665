"""Resident memory of Tutor as a learner uses it, from source, in one process: at the
picker, at the home screen (the database, the skills and the packs loaded), in each
room once (in the registry's order, 2 s in each), back at the home screen, and again
after the rooms' caches give their memory back (the spelling dictionaries, 10 s after
the last email room). Side by side, a bare PySide6 window's memory in the same run.

Target (issue 17): at most 130 MB after opening every room once. Linux (VmRSS).

    .venv/bin/python benchmarks/memory.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_AFTER_ROOMS_MB = 130

SETUP = r"""
import sys
from tutor import startup
from tutor.store.learners import create_learner
runtime = startup.start(sys.argv[1])
create_learner(runtime.db, "Amina", "sun", ui_language="en")
runtime.close()
"""

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
import tutor.app as A
from tutor import startup
from tutor.ui.style import apply_text_size


def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


data = sys.argv[1]

app = A.make_application()
translations = A.Translations(app, "en")
translations.use("en")
apply_text_size(app, "normal")
runtime = startup.prepare(data)
window = A.MainWindow(runtime, translations, runtime.picker_rows())
window.show()


def later(ms, then):
    QTimer.singleShot(ms, then)


def report(label):
    print(f"{label}\t{rss():.0f}", flush=True)


def at_picker():
    report("picker")
    window.start_loading()
    window.when_ready(opened)


def opened():
    from tutor.store.learners import list_learners

    window.open_learner(list_learners(runtime.db)[0].id)
    later(1000, lambda: (report("home"), room(list(runtime.skills))))


def room(skills):
    if not skills:
        window.show_home()
        later(1000, lambda: (report("home after the rooms"),
                             later(11000, lambda: (report("11 s later"), app.quit()))))
        return
    window.open_skill(skills[0])
    later(2000, lambda: (report(f"room {skills[0]}"), window.show_home(),
                         later(300, lambda: room(skills[1:]))))


later(1000, at_picker)
app.exec()
"""

BARE = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Tutor")
label.show()
def report():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            print(f"bare window\t{int(line.split()[1]) / 1024:.0f}", flush=True)
    app.quit()
QTimer.singleShot(1000, report)
app.exec()
"""


def main() -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True,
                          text=True, check=True, timeout=60).stdout
    with tempfile.TemporaryDirectory() as data:
        subprocess.run([sys.executable, "-c", SETUP, data], env=env, cwd=ROOT, check=True,
                       timeout=120)
        tutor = subprocess.run([sys.executable, "-c", CHILD, data], env=env, cwd=ROOT,
                               capture_output=True, text=True, timeout=300)
    if tutor.returncode != 0:
        print(tutor.stderr, file=sys.stderr)
        return 2
    figures = dict(line.split("\t") for line in (bare + tutor.stdout).splitlines() if "\t" in line)
    for label, mb in figures.items():
        print(f"{label:>24}: {mb} MB")
    after = float(figures["home after the rooms"])
    met = after <= TARGET_AFTER_ROOMS_MB
    print(f"after every room once: {after:.0f} MB (target {TARGET_AFTER_ROOMS_MB} MB: "
          f"{'met' if met else 'not met'})")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
