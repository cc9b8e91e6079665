"""Make the placement's screenshots in docs/ from the real app: a placement item (the
computer-basics mouse task), the work choice and the skill map, in English and Arabic, at
1366 x 768 (and, with --small, at 1024 x 600 to look at).

    .venv/bin/python docs/placement_screenshots.py [--out docs] [--only ar] [--small]

The real MainWindow on a throw-away data folder: the learner opens "Find my level",
presses Start, cannot do the first task (the placement goes down to the mouse), is shown
the mouse task, then answers (through the room, as the items would) right up to level 3
in computer basics and typing and level 2 in the others, and chooses office work.
Files: docs/placement-item-<language>.png, docs/placement-work-<language>.png,
docs/placement-map-<language>.png. Nothing here is used by the app.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TUTOR_SOUND", "none")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tutor import startup  # noqa: E402
from tutor.app import make_application  # noqa: E402
from tutor.i18n.qt import Translations  # noqa: E402
from tutor.store.learners import create_learner  # noqa: E402
from tutor.ui.main_window import MainWindow  # noqa: E402
from tutor.ui.style import apply_text_size  # noqa: E402

NAMES = {"en": "Amina Diallo", "ar": "أمينة الحسن", "fr": "Aïssatou Bah", "sw": "Amina Hassan"}
SEED = 7


def settle(ms: int = 250) -> None:
    QTest.qWait(ms)
    QCoreApplication.processEvents()


def make_set(language: str, out: Path, size: tuple[int, int], suffix: str = "") -> None:
    with tempfile.TemporaryDirectory() as data:
        runtime = startup.start(Path(data))
        app = make_application()
        translations = Translations(app, language)
        translations.use(language)
        apply_text_size(app, "normal")
        window = MainWindow(runtime, translations)
        window.resize(*size)
        window.show()
        me = create_learner(runtime.db, NAMES[language], "sun", ui_language=language)
        window.open_learner(me.id)
        window.open_skill("placement")
        room = window.room
        room._new_seed = SEED  # the same tasks each time
        room.start_or_go_on()
        settle()
        room.cannot_do()  # the first task is too hard: down to the mouse
        settle(500)

        def shoot(name: str) -> None:
            settle()
            path = out / f"placement-{name}-{language}{suffix}.png"
            window.grab().save(str(path))
            print(path)

        shoot("item")
        while room.item is not None:
            level = 3 if room.item.skill in ("basics", "typing") else 2
            room._answer(room.item.level <= level)
        shoot("work")
        room.choose_work("office")
        shoot("map")
        window.show_home()
        translations.use("en")
        window.close()
        window.deleteLater()
        settle()
        runtime.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--only", choices=sorted(NAMES), help="one language")
    parser.add_argument("--small", action="store_true", help="1024 x 600 too")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in [args.only] if args.only else ["en", "ar"]:
        make_set(language, args.out, (1366, 768))
        if args.small:
            make_set(language, args.out, (1024, 600), "-1024x600")


if __name__ == "__main__":
    main()
