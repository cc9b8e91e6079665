"""Make the screenshots in docs/ from the real app: picker, home, typing and email, in
each language, and in extra-large text with high contrast.

    .venv/bin/python docs/screenshots.py [--out docs] [--only ar]

Each screen is the real MainWindow on a throw-away data folder, driven through its
widgets (keys typed into the typing lesson, a reply started in the email room), and
grabbed at 1280 x 800 with the fonts Tutor ships. Nothing here is used by the app.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

from tutor import startup  # noqa: E402
from tutor.app import make_application  # noqa: E402
from tutor.i18n.qt import Translations  # noqa: E402
from tutor.store.learners import create_learner, set_skill_settings, update_learner  # noqa: E402
from tutor.ui.main_window import MainWindow  # noqa: E402
from tutor.ui.style import apply_text_size  # noqa: E402

# Learners on the shared PC, named as in each centre.
CLASS = {
    "en": [("Amina Diallo", "sun"), ("Joseph Banda", "lion"), ("Grace Phiri", "flower"),
           ("Samuel Okello", "bicycle"), ("Fatuma Ali", "bird"), ("Daniel Mwale", "tree")],
    "fr": [("Aïssatou Bah", "sun"), ("Mamadou Diallo", "lion"), ("Fatoumata Camara", "flower"),
           ("Ibrahim Koné", "bicycle"), ("Hélène Nguema", "bird"), ("Moussa Traoré", "tree")],
    "ar": [("أمينة الحسن", "sun"), ("يوسف خليل", "lion"), ("ريم العلي", "flower"),
           ("عمر سعيد", "bicycle"), ("هدى محمود", "bird"), ("خالد ناصر", "tree")],
    "sw": [("Amina Hassan", "sun"), ("Juma Otieno", "lion"), ("Neema Wanjiru", "flower"),
           ("Baraka Mutua", "bicycle"), ("Zawadi Achieng", "bird"), ("Daudi Kiprono", "tree")],
}


@contextmanager
def opened(language: str, size: tuple[int, int] | None) -> Iterator[tuple[Any, MainWindow]]:
    """Tutor on a throw-away data folder, its window shown in ``language`` (at ``size``);
    closed at the end, the language put back to English while the folder is there."""
    with tempfile.TemporaryDirectory() as data:
        runtime = startup.start(Path(data))
        app = make_application()
        translations = Translations(app, language)
        translations.use(language)
        apply_text_size(app, "normal")  # as tutor.app does at start-up
        window = MainWindow(runtime, translations)
        if size is not None:
            window.resize(*size)
        window.show()
        try:
            yield runtime, window
        finally:
            translations.use("en")
            window.close()
            window.deleteLater()
            settle()
            runtime.close()


def settle(ms: int = 150) -> None:
    QTest.qWait(ms)
    QCoreApplication.processEvents()


def shoot(window: MainWindow, path: Path) -> None:
    settle()
    window.grab().save(str(path))
    print(path)


def make_set(language: str, out: Path, suffix: str, text_size: str = "normal",
             high_contrast: bool = False) -> None:
    with tempfile.TemporaryDirectory() as data:
        runtime = startup.start(Path(data))
        app = make_application()
        translations = Translations(app, language)
        translations.use(language)
        apply_text_size(app, "normal")  # as tutor.app does at start-up
        window = MainWindow(runtime, translations)
        window.resize(1280, 800)
        window.show()
        learners = [create_learner(runtime.db, name, picture, ui_language=language)
                    for name, picture in CLASS[language]]
        window.show_picker()
        if not suffix:
            shoot(window, out / f"picker-{language}.png")
        me = learners[0]
        update_learner(runtime.db, me.id, text_size=text_size)
        if high_contrast:
            set_skill_settings(runtime.db, me.id, "ui", {"high_contrast": True})
        window.open_learner(me.id)
        shoot(window, out / f"home-{language}{suffix}.png")

        window.findChild(QAbstractButton, "skillTile:typing").click()
        room = window.findChild(QWidget, "typingRoom")
        room.start(room.pack.exercises[0])
        settle()
        for char in room.typing.session.text[:7]:  # a good start, no mistakes
            # (a key event carrying its text, as an Arabic layout sends it)
            QApplication.sendEvent(room.typing, QKeyEvent(
                QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
        shoot(window, out / f"typing-{language}{suffix}.png")

        window.show_home()
        window.findChild(QAbstractButton, "skillTile:email").click()
        room = window.findChild(QWidget, "emailRoom")
        tasks = room.tasks.list
        for row in range(tasks.count()):
            data_ = tasks.item(row).data(Qt.ItemDataRole.UserRole)
            if data_ and data_[1] == "reply-to-trainer":
                tasks.setCurrentRow(row)
                break
        room.tasks.start_button.click()
        client = room.client
        tree = client.message_list
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        settle()
        shoot(window, out / f"email-{language}{suffix}.png")
        window.close()
        runtime.close()
        translations.use("en")


FIT_SIZES = ((1366, 768), (1024, 600))
FIT_ROOMS = ("basics", "typing", "email", "sheets", "coding")


def make_fit_set(language: str, out: Path) -> None:
    """Home and the five rooms at a lab PC's 1366x768 and a netbook's 1024x600:
    docs/fit/<width>x<height>-<language>-<screen>.png."""
    folder = out / "fit"
    folder.mkdir(parents=True, exist_ok=True)
    with opened(language, None) as (runtime, window):
        me = create_learner(runtime.db, CLASS[language][0][0], "sun", ui_language=language)
        window.open_learner(me.id)
        for width, height in FIT_SIZES:
            window.resize(width, height)
            window.show_home()
            shoot(window, folder / f"{width}x{height}-{language}-home.png")
            for room in FIT_ROOMS:
                window.open_skill(room)
                shoot(window, folder / f"{width}x{height}-{language}-{room}.png")
        window.show_home()


def make_basics_set(language: str, out: Path) -> None:
    """A computer-basics mouse lesson (a file to drag into its folder) and the practice
    file explorer at 1366x768: docs/basics-mouse-<language>.png,
    docs/basics-explorer-<language>.png."""
    with opened(language, (1366, 768)) as (runtime, window):
        me = create_learner(runtime.db, CLASS[language][0][0], "sun", ui_language=language)
        window.open_learner(me.id)
        window.open_skill("basics")
        room = window.findChild(QWidget, "basicsRoom")
        pack = next(p for p in room.packs() if p.id.endswith("-mouse"))
        room.start(pack, next(e for e in pack.exercises if e.id == "drag-file"))
        settle(300)
        shoot(window, out / f"basics-mouse-{language}.png")
        # the practice explorer: "move the invoice into the folder Work", Documents open
        pack = next(p for p in room.packs() if p.id.endswith("-files"))
        room.start(pack, next(e for e in pack.exercises if e.id == "move-file"))
        settle(300)
        explorer = room.findChild(QWidget, "explorerPage")
        documents = explorer.explorer.find("Documents")
        explorer.go(documents.id)  # the exercise's first step, as a double-click does
        settle(300)
        shoot(window, out / f"basics-explorer-{language}.png")
        window.show_home()


def make_next_step_set(language: str, out: Path) -> None:
    """The home screen with its Next step after a placement (computer basics done, typing
    at its start, data entry chosen) at 1366x768: docs/home-next-step-<language>.png."""
    from datetime import UTC, datetime, timedelta

    from tutor.attempt import FinishedAttempt
    from tutor.store.attempts import save_attempt

    with opened(language, (1366, 768)) as (runtime, window):
        me = create_learner(runtime.db, CLASS[language][0][0], "sun", ui_language=language)
        finished = datetime.now(UTC) - timedelta(hours=1)
        levels = {"basics": 4, "typing": 0, "email": 0, "sheets": 0, "coding": 0}
        save_attempt(runtime.db, me.id, FinishedAttempt(
            "placement", "placement", "1", "placement", finished - timedelta(minutes=16),
            finished, 0.2, True, metrics={"levels": levels},
            details={"work": "data-entry", "items": []}))
        window.open_learner(me.id)
        shoot(window, out / f"home-next-step-{language}.png")


def make_trainer_set(language: str, out: Path) -> None:
    """The trainer's placement dialogs at 1024x600 (a class of six, five placed):
    docs/trainer-path-<language>.png (one learner's levels and path, with the trainer's
    order) and docs/trainer-levels-<language>.png (the class grouped by level)."""
    from datetime import UTC, datetime, timedelta

    from tutor.attempt import FinishedAttempt
    from tutor.skills.placement.view_trainer import ClassLevelsDialog, PathDialog
    from tutor.store.attempts import save_attempt
    from tutor.store.learners import get_learner, skill_settings
    from tutor.ui.trainer_view import TrainerContext

    skills = ["basics", "typing", "email", "sheets", "coding"]
    placed = [((4, 1, 2, 1, 0), "data-entry"), ((2, 0, 0, 0, 0), "office"),
              ((4, 3, 2, 3, 1), "code"), ((1, 0, 0, 0, 0), None),
              ((4, 1, 1, 0, 0), "customer-service")]
    with tempfile.TemporaryDirectory() as data:
        runtime = startup.start(Path(data))
        app = make_application()
        translations = Translations(app, language)
        translations.use(language)
        apply_text_size(app, "normal")
        learners = [create_learner(runtime.db, name, picture, ui_language=language)
                    for name, picture in CLASS[language]]
        finished = datetime.now(UTC) - timedelta(days=2)
        for learner, (levels, work) in zip(learners, placed, strict=False):
            save_attempt(runtime.db, learner.id, FinishedAttempt(
                "placement", "placement", "1", "placement", finished - timedelta(minutes=17),
                finished, 1.0, True,
                metrics={"levels": dict(zip(skills, levels, strict=True)),
                         "asked": dict.fromkeys(skills, 2), "stopped_early": False},
                details={"skills": skills, "top_levels": dict.fromkeys(skills, 4),
                         "work": work, "items": []}))
        me = get_learner(runtime.db, learners[0].id)
        context = TrainerContext(runtime.db, runtime.catalogue, runtime.skills, me)
        dialog = PathDialog(skill_settings(me, "placement"), None, context)
        sheets = next(i for i in range(dialog.choices.count())
                      if dialog.choices.itemData(i)[0].startswith("sheets"))
        dialog.choices.setCurrentIndex(sheets)
        dialog.add_button.click()
        dialog.resize(1000, 560)
        dialog.show()
        settle(300)
        dialog.grab().save(str(out / f"trainer-path-{language}.png"))
        print(out / f"trainer-path-{language}.png")
        dialog.close()
        groups = ClassLevelsDialog(TrainerContext(runtime.db, runtime.catalogue, runtime.skills),
                                   None)
        groups.group_by.setCurrentIndex(1)  # typing
        groups.resize(1000, 560)
        groups.show()
        settle(300)
        groups.grab().save(str(out / f"trainer-levels-{language}.png"))
        print(out / f"trainer-levels-{language}.png")
        groups.close()
        for widget in (dialog, groups):
            widget.deleteLater()
        translations.use("en")
        settle()
        runtime.close()


def make_jobs_set(language: str, out: Path) -> None:
    """The job-tasks room at 1024x600, one task of each kind (the first qualification
    task of each project), and the list of projects: docs/jobs-<kind>-<language>.png."""
    from PySide6.QtWidgets import QListWidget

    with opened(language, (1024, 600)) as (runtime, window):
        me = create_learner(runtime.db, CLASS[language][0][0], "sun", ui_language=language)
        window.open_learner(me.id)
        window.open_skill("jobs")
        room = window.room
        shoot(window, out / f"jobs-projects-{language}.png")  # the ladder: level 1 open
        # then every project open, as a trainer may, for a task of each kind
        from tutor.store.learners import get_learner

        set_skill_settings(runtime.db, me.id, "jobs", {"all_open": True})
        room.host.learner = get_learner(runtime.db, me.id)
        room.show_list()
        projects = room.findChild(QListWidget, "jobsProjects")
        for row, kind in enumerate(("classify", "sentiment", "data-entry", "entities",
                                    "boxes", "review", "transcribe", "freelancing")):
            if kind == "sentiment":
                continue
            projects.setCurrentRow(row)
            room.open_selected()
            if kind == "data-entry":  # guidelines with an example of the work
                shoot(window, out / f"jobs-guidelines-{language}.png")
            room.start_work()
            # the review's second task: a document to check; freelancing's fourth: a
            # proposal
            for _ in range({"review": 1, "freelancing": 3}.get(kind, 0)):
                room.answered(room.task_widget.answer())
                room.next_task()
            settle(300)
            shoot(window, out / f"jobs-{kind}-{language}.png")
            room.show_list()
        window.show_home()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--only", choices=sorted(CLASS), help="one language")
    parser.add_argument("--fit", action="store_true",
                        help="only the 1366x768 and 1024x600 set (docs/fit/), en and ar")
    parser.add_argument("--next-step", action="store_true",
                        help="only the home screen's Next step after a placement, en and ar")
    parser.add_argument("--basics", action="store_true",
                        help="only a computer-basics mouse lesson, en and ar")
    parser.add_argument("--trainer", action="store_true",
                        help="only the trainer's placement dialogs, en and ar")
    parser.add_argument("--jobs", action="store_true",
                        help="only the job-tasks room, one task of each kind, en and ar")
    args = parser.parse_args()
    if args.jobs:
        for language in ("en", "ar"):
            make_jobs_set(language, args.out)
        return
    if args.trainer:
        for language in ("en", "ar"):
            make_trainer_set(language, args.out)
        return
    if args.fit:
        for language in ("en", "ar"):
            make_fit_set(language, args.out)
        return
    if args.next_step:
        for language in ("en", "ar"):
            make_next_step_set(language, args.out)
        return
    if args.basics:
        for language in ("en", "ar"):
            make_basics_set(language, args.out)
        return
    languages = [args.only] if args.only else ["fr", "ar", "sw"]
    for language in languages:
        make_set(language, args.out, "")
    if not args.only or args.only == "en":
        make_set("en", args.out, "-large-high-contrast", "xlarge", True)


if __name__ == "__main__":
    main()
