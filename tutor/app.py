"""Starting the GUI: the application object, the first window, and the safety net that
turns an unexpected error into a calm message instead of a crash.

The picker is painted first, from the smallest path that reads what it shows (see
``tutor.startup``); the database, the skills and the lesson packs load in a thread at
the first input after that (``MainWindow.start_loading``): an idle picker stays small.
``tests/test_startup.py`` checks what this module imports.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

import tutor.ui.qt_import  # noqa: F401 - PySide's import hook out before the rest
from tutor import APP_NAME, __version__, startup
from tutor.errors import TutorError
from tutor.i18n.qt import Translations, translate_error
from tutor.memory import keep_caches_in_children
from tutor.paths import resource
from tutor.ui.main_window import MainWindow
from tutor.ui.style import apply_text_size, ui_icon

log = logging.getLogger(__name__)

# Set (to anything) by benchmarks/startup.py: "painted" on standard output at the
# picker's first paint, with the processor time the process has used (seconds).
ENV_REPORT_PAINT = "TUTOR_REPORT_PAINT"
# Set by benchmarks/memory.py: a walk through every room (tutor.ui.walk).
ENV_WALK = "TUTOR_WALK"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else \
        QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("tutor")
    app.setWindowIcon(ui_icon("app"))
    load_fonts(app)
    return app


def load_fonts(app: QApplication) -> list[str]:
    """Use the shipped fonts (assets/fonts: Noto Sans, Noto Sans Arabic), so a PC without
    fonts for a language shows letters, not boxes. Returns the families loaded."""
    families: list[str] = []
    for path in sorted(resource("assets", "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families:
        font = QFont(app.font())
        # Latin first, Arabic as the fallback for the letters Noto Sans lacks.
        font.setFamilies(sorted(families, key=lambda f: (f != "Noto Sans", f)))
        app.setFont(font)
    return families


class ErrorNet:
    """Catches exceptions nobody else caught: logs them, shows a calm dialog."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if self._showing:  # never a cascade of dialogs
            return
        self._showing = True
        message = translate_error(error) if isinstance(error, TutorError) else ""
        QTimer.singleShot(0, lambda: self._show(message))

    def _show(self, message: str) -> None:
        from tutor.ui.dialogs import ErrorDialog

        try:
            ErrorDialog(message, str(self.window.runtime.log_file), self.window).exec()
        finally:
            self._showing = False


def quit_on_terminate(app: QApplication) -> None:
    """Close cleanly when the PC shuts down or a trainer's script ends us (SIGTERM).

    Python runs signal handlers only between its own instructions, so a light timer
    gives it the chance while Qt's loop waits.
    """

    def request_quit(signum: int, frame: object) -> None:
        log.info("signal %s: closing", signum)
        app.quit()

    signal.signal(signal.SIGTERM, request_quit)
    signal.signal(signal.SIGINT, request_quit)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(300)


class FirstPaint(QObject):
    """Calls ``then`` once, in the event loop's turn after ``widget`` was first painted
    (its children, the picker's tiles, are painted in the same pass)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def report_paint() -> None:
    if os.environ.get(ENV_REPORT_PAINT) and sys.stdout is not None:
        print(f"painted {time.process_time():.4f}", flush=True)


def run_app(data_dir: str | None = None) -> int:
    app = make_application()
    translations = Translations(app, os.environ.get("TUTOR_LANGUAGE"))
    translations.use(translations.default)
    apply_text_size(app, "normal")
    try:
        runtime = startup.prepare(data_dir, harden=False)  # hardened after the paint
        rows = runtime.picker_rows()
        if rows is None:  # not SQLite, or a schema to migrate: the store first
            runtime.db  # noqa: B018 - opens and migrates, or raises what is wrong
    except TutorError as exc:
        from PySide6.QtWidgets import QMessageBox

        log.exception("start-up failed")
        QMessageBox.critical(None, APP_NAME, translate_error(exc))
        return 1
    window = MainWindow(runtime, translations, rows)
    sys.excepthook = ErrorNet(window)
    quit_on_terminate(app)

    def painted() -> None:
        log.info("first window shown")
        report_paint()
        gc.enable()  # turned off by the command line until now
        runtime.harden()
        keep_caches_in_children()  # the spelling dictionaries: their memory goes back whole
        if os.environ.get(ENV_WALK):
            from tutor.ui.walk import walk

            walk(window, os.environ[ENV_WALK])

    FirstPaint(window.picker, painted)
    QTimer.singleShot(3000, gc.enable)  # should a first paint never come
    window.show()
    try:
        return app.exec()
    finally:
        gc.enable()
        spelling = sys.modules.get("tutor.spelling")
        if spelling is not None:  # its child process, if one is checking, ends now
            spelling.use_worker(False)
        runtime.close()
        log.info("Tutor closed")
