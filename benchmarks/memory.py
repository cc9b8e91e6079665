"""Resident memory of Tutor as a learner uses it: the app itself (``python -m tutor``
from source, or the frozen bundle with ``--bundle DIR``), started as a learner starts
it, walks through the app (``tutor.ui.walk``, ``TUTOR_WALK``): at the picker, at the
home screen (the database, the skills and the packs loaded), in each room once (2 s in
each), back at the home screen, and again after the rooms' caches give their memory
back (the spelling dictionaries, 10 s after the last email room). Two walks: the four
rooms the issue names (typing, email, spreadsheets, Python), then every room of the
registry (the placement, computer basics, the job simulator and the assessments too).
Side by side, a bare PySide6 window's memory in the same run; "heap" is the part not
backed by files (RssAnon). The app's child processes (the spelling worker, while an
email room is open and for 10 s after) are shown beside it.

Target (issue 17): at most 130 MB after opening the four rooms once, from the bundle,
back at the home screen once the rooms' caches have let go. Linux (VmRSS). Exit status
1 when the target is missed.

    .venv/bin/python benchmarks/memory.py [--bundle build/out/dist/Tutor]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_AFTER_ROOMS_MB = 130
WALKS = {"the four rooms": "typing,email,sheets,coding", "every room": "all"}

SETUP = r"""
import sys
from tutor import startup
from tutor.store.learners import create_learner
runtime = startup.start(sys.argv[1])
create_learner(runtime.db, "Amina", "sun", ui_language="en")
runtime.close()
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
            print(f"a bare PySide6 window\t{int(line.split()[1]) / 1024:.1f}", flush=True)
    app.quit()
QTimer.singleShot(1000, report)
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path,
                        default=os.environ.get("TUTOR_FROZEN_BUNDLE") or None)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TUTOR_", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONDONTWRITE"))}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TUTOR_LANGUAGE"] = "en"
    if args.bundle:
        command = [str(Path(args.bundle).resolve() / "tutor")]
        if not Path(command[0]).is_file():
            print(f"no bundle at {args.bundle}: run bash build/build.sh", file=sys.stderr)
            return 2
        label = "bundle"
    else:
        command, label = [sys.executable, "-m", "tutor"], "source"
    bare = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True,
                          text=True, check=True, timeout=60).stdout
    bare_label, bare_mb = bare.strip().split("\t")
    print(f"Tutor from {label}; {bare_label}: {float(bare_mb):.0f} MB")
    met = True
    for walk, rooms in WALKS.items():
        with tempfile.TemporaryDirectory() as data:
            subprocess.run([sys.executable, "-c", SETUP, data], env=env, cwd=ROOT,
                           check=True, timeout=120)
            tutor = subprocess.run([*command, "--data-dir", data],
                                   env={**env, "TUTOR_WALK": rooms},
                                   cwd=tempfile.gettempdir(), capture_output=True, text=True,
                                   timeout=300)
        if tutor.returncode != 0 or "home after the rooms" not in tutor.stdout:
            print(tutor.stdout, tutor.stderr, file=sys.stderr)
            return 2
        figures = {name: (float(mb), float(heap), float(children)) for
                   name, mb, heap, children in
                   (line.split("\t") for line in tutor.stdout.splitlines()
                    if line.count("\t") == 3)}
        print(f"{walk} ({rooms}):")
        for name, (mb, heap, children) in figures.items():
            beside = f"; its child processes {children:.0f} MB" if children else ""
            print(f"{name:>24}: {mb:.0f} MB (heap {heap:.0f} MB){beside}")
        if walk == "the four rooms":
            # At home again once the rooms have let go of what they keep for a while
            # (the email room's dictionaries, 10 s, in case the learner comes back).
            # Judged with the app's child processes, if any are left then.
            mb, _, children = figures[next(name for name in figures
                                           if name.endswith("s later"))]
            settled = mb + children
            leaving = figures["home after the rooms"]
            met = settled <= TARGET_AFTER_ROOMS_MB
            print(f"after the four rooms once, back home: {settled:.1f} MB once settled "
                  f"(with its child processes: {children:.0f} MB), "
                  f"{leaving[0] + leaving[2]:.0f} MB a second after leaving the last room "
                  f"(target {TARGET_AFTER_ROOMS_MB} MB: {'met' if met else 'not met'})")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
