"""A measured walk through the app, for ``benchmarks/memory.py``: with ``TUTOR_WALK``
set, the app (from source or the frozen bundle alike) opens the first learner of the
picker once it is painted, opens each room once (the skills the variable names, comma
separated, in that order; "all": every room in the registry's order; ``dwell``
milliseconds in each), goes back home, waits for the rooms' caches to give their memory
back, and quits. It prints ``label<TAB>resident MB<TAB>of which heap MB<TAB>its children's MB``
lines on standard output (Linux's VmRSS and RssAnon, and the VmRSS of its child
processes: the spelling worker; nothing elsewhere). Imported only when the variable is set."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from tutor.ui.main_window import MainWindow

ENV_WALK = "TUTOR_WALK"
DWELL_MS = 2000
SETTLE_MS = 11_000  # the email room's dictionaries are given back 10 s after it closes


def resident_mb() -> tuple[float, float] | None:
    """Resident memory in all, and its part not backed by files (the heap), in MB."""
    found: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "RssAnon:")):
                found[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        return None
    return (found["VmRSS"], found["RssAnon"]) if len(found) == 2 else None


def children_mb() -> float:
    """Resident memory of this process's children (the spelling worker), in MB."""
    total = 0.0
    try:
        tasks = list(Path("/proc/self/task").iterdir())
    except OSError:
        return 0.0
    for task in tasks:
        try:
            pids = (task / "children").read_text().split()
        except OSError:
            continue
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
            except OSError:
                continue
    return total


def report(label: str) -> None:
    memory = resident_mb()
    if sys.stdout is not None and memory is not None:
        print(f"{label}\t{memory[0]:.1f}\t{memory[1]:.1f}\t{children_mb():.1f}", flush=True)


def walk(window: MainWindow, rooms: str = "all", dwell: int = DWELL_MS,
         settle: int = SETTLE_MS) -> None:
    """Start the walk (call it after the picker's first paint)."""
    later = QTimer.singleShot
    skills: list[str] = []

    def at_picker() -> None:
        report("picker")
        window.start_loading()
        window.when_ready(opened)

    def opened() -> None:
        learners = window.picker.learners()
        if not len(learners):
            report("no learner to open")
            QApplication.quit()
            return
        window.open_learner(learners[0].id)
        chosen = [name.strip() for name in rooms.split(",") if name.strip()]
        skills.extend(window.runtime.skills if chosen == ["all"] else
                      [name for name in chosen if name in window.runtime.skills])
        later(1000, at_home)

    def at_home() -> None:
        report("home")
        next_room()

    def next_room() -> None:
        if not skills:
            window.show_home()
            later(1000, back_home)
            return
        window.open_skill(skills[0])
        later(dwell, in_room)

    def in_room() -> None:
        report(f"room {skills.pop(0)}")
        window.show_home()
        later(300, next_room)

    def back_home() -> None:
        report("home after the rooms")
        later(settle, settled)

    def settled() -> None:
        report(f"{settle // 1000} s later")
        QApplication.quit()

    later(1000, at_picker)
