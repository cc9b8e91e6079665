"""Typing latency: from a key event to the end of the repaint, on a 2,000-character lesson.

The typing screen (text, live figures and on-screen keyboard) is shown offscreen at
1100x760; each of 600 keystrokes is sent as a real QKeyEvent and the screen is repainted
synchronously. Prints the median and the 99th percentile in milliseconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/typing_latency.py
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tutor.skills.typing.engine import TypingSession
from tutor.skills.typing.layouts import load_layout
from tutor.skills.typing.textgen import practice_text
from tutor.skills.typing.view_widgets import TypingScreen
from tutor.ui.style import apply_text_size


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_text_size(app, "normal")
    text = practice_text("en", "asdfghjklqwertyuiop ", 2000, random.Random(3))[:2000]
    screen = TypingScreen()
    screen.resize(1100, 760)
    screen.start(TypingSession(text), load_layout("us"), "Benchmark")
    screen.show()
    app.processEvents()
    timings = []
    rng = random.Random(5)
    for _ in range(600):
        char = screen.session.expected if rng.random() > 0.05 else "#"
        event = QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        start = time.perf_counter()
        QApplication.sendEvent(screen, event)
        screen.repaint()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"key event to repainted, 2,000-character lesson, {len(timings)} keys: "
          f"median {statistics.median(timings):.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
