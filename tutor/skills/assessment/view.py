"""The assessment room: the assessment a trainer started for this learner, from its
first words to the trainer's confirmation.

- **Intro**: the assessment's name, what to do, the rules (no pause, no second try, the
  time shown, the keys recorded) and the trainer's name; "Start". Without an assessment
  waiting (``engine.PENDING`` in the learner's settings of the skill), it says that a
  trainer starts one and offers the way home.
- **Running**: the time left, always shown; the test itself: the typing test's printed
  text and the line where the learner types (``view_typing.py``), the data-entry
  document and form (``view_data_entry.py``), or a task's exercise in its skill's own
  ``placement_item`` widget. An application-wide event filter (:class:`EvidenceFilter`)
  records each key press, paste (Ctrl+V, Shift+Insert, the context menu's Paste),
  field entered and focus loss of Tutor's window into the run's keystroke log; in the
  typing test the keys are the text (a paste inserts nothing). Starting clears the
  waiting assessment, so leaving and coming back does not start it again.
- **The end**: the time runs out, the text or the records are all done, the task is
  answered, the learner ends it, or leaves the room (``may_leave``): the run ends once,
  as it stands. The result and the log's flags are shown, and the trainer types the
  trainer password to confirm they watched ("Save without confirmation" records it as
  unconfirmed). Then ``host.finish(run.attempt(...))``, and "Saved." only after it.
  Closing Tutor's window during the test records it unconfirmed at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutor.credentials.evidence import Flag, analyse
from tutor.errors import TutorError
from tutor.i18n.qt import translate_error, translated
from tutor.profiles import lesson_language
from tutor.skills import installed_skills, load_hook
from tutor.skills.assessment.definitions import assessment
from tutor.skills.assessment.engine import PENDING, SKILL, AssessmentRun
from tutor.skills.assessment.model import CONTEXT, Assessment
from tutor.skills.assessment.view_data_entry import DataEntryTest
from tutor.skills.assessment.view_typing import TypingTest
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import set_role, ui_icon

log = logging.getLogger(__name__)

TICK_MS = 200
MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                       Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock})
TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit)


def key_event(event: QKeyEvent) -> tuple[str, str] | None:
    """The log's ``(kind, value)`` of a key press (see ``tutor.credentials.evidence``):
    ``key`` with the text typed (``\\b``, ``\\n``, ``\\t`` for Backspace, Enter, Tab),
    ``repeat`` for a key held down, ``press`` with the name of a key that types nothing;
    None for a modifier pressed alone."""
    key = event.key()
    if key in MODIFIERS or key == Qt.Key.Key_unknown:
        return None
    kind = "repeat" if event.isAutoRepeat() else "key"
    modifiers = event.modifiers()
    control = bool(modifiers & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.MetaModifier))
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    plain = not control and not alt
    if key == Qt.Key.Key_Backspace and plain:
        return kind, "\b"
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
        return kind, "\n"
    if key == Qt.Key.Key_Tab and plain:
        return kind, "\t"
    text = event.text()
    # A character typed, AltGr's too (Ctrl+Alt on Windows); Ctrl alone is a shortcut.
    if (plain or alt) and text and all(char.isprintable() for char in text):
        return kind, text[:16]
    name = QKeySequence(event.keyCombination()).toString(
        QKeySequence.SequenceFormat.PortableText)
    return "press", (name or f"key {int(key)}")[:64]


def clipboard_length() -> int:
    return len(QGuiApplication.clipboard().text())


class EvidenceFilter(QObject):
    """While a test runs: every key press, paste, context-menu paste and change of field
    goes into the run's log (through the room's ``record``), and the focus of Tutor's
    window (the application's state). Installed on the application; removed at the end."""

    def __init__(self, room: AssessmentRoom) -> None:
        super().__init__(room)
        self.room = room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if kind == QEvent.Type.ContextMenu and isinstance(watched, QWidget):
            return self._context_menu(watched, event)
        if kind == QEvent.Type.Close and watched is self.room.window():
            self.room.window_closing()
        return False

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        focus = QApplication.focusWidget()
        if watched is not focus and not (focus is None and watched is self.room):
            return False  # the same key passing on to a parent, or not yet at its widget
        if event.matches(QKeySequence.StandardKey.Paste):
            self.room.record("paste", clipboard_length())
            return self.room.refuses_pastes()
        mapped = key_event(event)
        if mapped is None:
            return False
        self.room.record(*mapped)
        return self.room.takes_keys(watched)

    def _context_menu(self, watched: QWidget, event: Any) -> bool:
        editor = watched.parentWidget() if isinstance(watched.parentWidget(), (
            QPlainTextEdit, QTextEdit)) else watched
        if not isinstance(editor, TEXT_INPUTS) or self.room.refuses_pastes():
            return self.room.refuses_pastes()  # the typing test: no menu at all
        menu = editor.createStandardContextMenu()
        self.watch_menu(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def watch_menu(self, menu: QMenu) -> None:
        """A paste chosen in a text field's own menu goes into the log."""
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.connect(lambda _c=False: self.room.record(
                    "paste", clipboard_length()))


class AssessmentRoom(Retranslating, QWidget):
    def __init__(self, host: RoomHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentRoom")
        self.host = host
        self.clock: Callable[[], float] = time.monotonic
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.language = lesson_language(host.learner)
        self.pending = self._pending()
        self.definition: Assessment | None = (assessment(str(self.pending.get("id")))
                                              if self.pending else None)
        self.run: AssessmentRun | None = None
        self.started = 0.0
        self.saved = False
        self.filter: EvidenceFilter | None = None
        self.test: QWidget | None = None
        self.field = ""  # the field the keyboard is in (the last "field" event)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        self.pages = QStackedWidget()
        self.pages.setObjectName("assessmentPages")
        self._build_intro()
        self._build_running()
        self._build_end()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.pages)
        self.retranslate()
        self.setFocusProxy(self.start_button if self.definition else self.home_button)

    def _pending(self) -> dict[str, Any]:
        from tutor.store.learners import get_learner, skill_settings

        learner = get_learner(self.host.db, self.host.learner.id)
        pending = skill_settings(learner, SKILL).get(PENDING)
        return pending if isinstance(pending, dict) else {}

    # -- the pages ------------------------------------------------------------------------
    def _build_intro(self) -> None:
        page = QWidget()
        self.intro_title = set_role(QLabel(), "title")
        self.intro_title.setWordWrap(True)
        self.intro_text = set_role(QLabel(), "subtitle")
        self.intro_text.setWordWrap(True)
        self.intro_rules = QLabel()
        self.intro_rules.setWordWrap(True)
        self.intro_error = set_role(QLabel(), "error")
        self.intro_error.setWordWrap(True)
        self.intro_error.hide()
        self.start_button = set_role(QPushButton(), "primary")
        self.start_button.setObjectName("assessmentStartTest")
        self.start_button.setIcon(ui_icon("check"))
        self.start_button.clicked.connect(self.start)
        self.home_button = QPushButton()
        self.home_button.setObjectName("assessmentHome")
        self.home_button.setIcon(ui_icon("back"))
        self.home_button.clicked.connect(self.host.go_home)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        for widget in (self.intro_title, self.intro_text, self.intro_rules, self.intro_error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.start_button.setVisible(self.definition is not None)
        self.pages.addWidget(self._scrolling(page, "assessmentIntroArea"))

    def _build_running(self) -> None:
        self.running_page = QWidget()
        self.running_title = set_role(QLabel(), "cue")
        self.time_left = set_role(QLabel(), "title")
        self.time_left.setObjectName("assessmentTimeLeft")
        self.notice = set_role(QLabel(), "hint")
        self.notice.setObjectName("assessmentNotice")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("assessmentStop")
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the test
        self.stop_button.clicked.connect(self.stop_asked)
        top = QHBoxLayout()
        top.addWidget(self.running_title, 1)
        top.addWidget(self.notice)
        top.addWidget(self.time_left)
        top.addWidget(self.stop_button)
        self.test_area = QVBoxLayout()
        self.test_area.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self.running_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.test_area, 1)
        self.pages.addWidget(self.running_page)

    def _build_end(self) -> None:
        page = QWidget()
        self.end_title = set_role(QLabel(), "title")
        self.end_title.setWordWrap(True)
        self.end_reason = set_role(QLabel(), "subtitle")
        self.end_reason.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("assessmentFigures")
        self.figures.setWordWrap(True)
        self.flags = QListWidget()
        self.flags.setObjectName("assessmentFlags")
        self.flags.setMaximumHeight(90)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("assessmentPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.confirm)
        self.confirm_button = set_role(QPushButton(), "primary")
        self.confirm_button.setObjectName("assessmentConfirm")
        self.confirm_button.setIcon(ui_icon("check"))
        self.confirm_button.clicked.connect(self.confirm)
        self.unconfirmed_button = QPushButton()
        self.unconfirmed_button.setObjectName("assessmentSaveUnconfirmed")
        self.unconfirmed_button.clicked.connect(lambda: self.save(False))
        self.end_message = QLabel()
        self.end_message.setObjectName("assessmentEndMessage")
        self.end_message.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setObjectName("assessmentDone")
        self.done_button.setIcon(ui_icon("back"))
        self.done_button.clicked.connect(self.host.go_home)
        self.done_button.hide()
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.password, 1)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.unconfirmed_button)
        layout = QVBoxLayout(page)
        for widget in (self.end_title, self.end_reason, self.figures):
            layout.addWidget(widget)
        layout.addWidget(self.flags)
        layout.addWidget(self.confirm_text)
        layout.addLayout(confirm_row)
        layout.addWidget(self.end_message)
        layout.addStretch(1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(self._scrolling(page, "assessmentEndArea"))

    def _scrolling(self, page: QWidget, name: str) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName(name)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    # -- running --------------------------------------------------------------------------
    def ms(self) -> int:
        return max(0, int((self.clock() - self.started) * 1000))

    def start(self) -> None:
        """Start the test: no way back from here (the waiting assessment is cleared)."""
        definition = self.definition
        if definition is None or self.run is not None:
            return
        try:
            test = self._make_test(definition)
        except Exception:  # an exercise that cannot be shown: nothing is started
            log.exception("assessment %s could not open its test", definition.id)
            self.intro_error.setText(self.tr("This assessment cannot open its test here. "
                                             "Ask your trainer."))
            self.intro_error.show()
            return
        from tutor.store.learners import set_skill_settings

        set_skill_settings(self.host.db, self.host.learner.id, SKILL, {PENDING: None})
        self.run = AssessmentRun(definition, self.now(), str(self.pending.get("supervisor", "")),
                                 self.language)
        self.started = self.clock()
        self.test = test
        self.test_area.addWidget(test, 1)
        self.pages.setCurrentWidget(self.running_page)
        self.filter = EvidenceFilter(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.filter)
        app.applicationStateChanged.connect(self.application_state)  # type: ignore[attr-defined]
        app.focusChanged.connect(self.focus_changed)  # type: ignore[attr-defined]
        self.timer.start()
        self.retranslate()
        self.tick()
        test.setFocus()
        self.focus_changed(None, QApplication.focusWidget())  # the field it starts in

    def _make_test(self, definition: Assessment) -> QWidget:
        if definition.kind == "typing-test":
            return TypingTest()
        if definition.kind == "data-entry":
            widget = DataEntryTest()
            widget.submitted.connect(lambda values: self.record("submit", values))
            return widget
        exercise = definition.exercise(self.language)
        assert exercise is not None
        pack = self.host.catalogue.packs.get(exercise[0])
        found = pack.exercise(exercise[1]) if pack is not None else None
        skill = installed_skills().get(pack.skill) if pack is not None else None
        if found is None or skill is None or not skill.placement_item:
            raise LookupError(f"no exercise {exercise} to show")
        widget = load_hook(skill.placement_item)(pack, found, self.clock, None)
        widget.answered.connect(self.answered)
        return widget

    def record(self, kind: str, value: Any = None) -> None:
        """One event into the log; the test's screen follows what the log now says."""
        run = self.run
        if run is None or not run.running:
            return
        if run.record(self.ms(), kind, value):
            if isinstance(self.test, TypingTest) and run.typed is not None:
                self.test.show_typed(run.typed.text)
                if kind == "paste":
                    self.notice.setText(self.tr("Pasting is not allowed in this test."))
            if isinstance(self.test, DataEntryTest) and run.tally is not None:
                self.test.show_row(len(run.tally.given))
        if not run.running:
            self.finish_run()

    def refuses_pastes(self) -> bool:
        """In the typing test a paste inserts nothing (it is recorded)."""
        return isinstance(self.test, TypingTest)

    def takes_keys(self, watched: QObject) -> bool:
        """In the typing test every key is the text's (the log's): the line shows what
        they make, and the keyboard goes back to it (a click elsewhere moved it)."""
        if not isinstance(self.test, TypingTest):
            return False
        if watched is not self.test.line and self.test.isEnabled():
            self.test.line.setFocus()
        return True

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The keyboard went to another field (not in the typing test: one line)."""
        if isinstance(new, TEXT_INPUTS) and not isinstance(self.test, TypingTest):
            name = (new.accessibleName() or new.objectName())[:64]
            if name != self.field:
                self.field = name
                self.record("field", name)

    def application_state(self, state: Qt.ApplicationState) -> None:
        """Tutor's window left for another program (and back)."""
        self.record("focus" if state == Qt.ApplicationState.ApplicationActive else "blur")

    def answered(self, verdict: object) -> None:
        if self.run is not None and self.run.running:
            self.run.answer(self.ms(), verdict)
            self.finish_run()

    def tick(self) -> None:
        run = self.run
        if run is None:
            return
        if not run.tick(self.ms()):
            self.finish_run()
            return
        seconds = int(run.time_left(self.ms()) + 0.999)
        self.time_left.setText(self.tr("Time left: {minutes}:{seconds:02d}").format(
            minutes=seconds // 60, seconds=seconds % 60))
        self.time_left.setAccessibleName(self.time_left.text())

    def stop_asked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("End the test"),
            self.tr("End the test now? It cannot be started again; it is recorded as it "
                    "is now."))
        if answer == QMessageBox.StandardButton.Yes:
            self.end_now("left")

    def end_now(self, reason: str) -> None:
        if self.run is not None and self.run.running:
            self.run.end(self.ms(), reason)
            self.finish_run()

    def _stop_watching(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if self.filter is not None and app is not None:
            app.removeEventFilter(self.filter)
            try:
                app.applicationStateChanged.disconnect(self.application_state)  # type: ignore[attr-defined]
                app.focusChanged.disconnect(self.focus_changed)  # type: ignore[attr-defined]
            except (RuntimeError, TypeError):
                pass
        self.filter = None

    def finish_run(self) -> None:
        """The run ended: stop watching, close the test, show the result to confirm."""
        if self.filter is None and not self.timer.isActive():
            return
        self._stop_watching()
        if self.test is not None:
            stop = getattr(self.test, "stop", None)
            if callable(stop):
                stop()
            self.test.setEnabled(False)
        self.show_result()

    # -- the end --------------------------------------------------------------------------
    def show_result(self) -> None:
        run = self.run
        assert run is not None
        figures = run.figures()
        self.end_title.setText(self.tr("The test is over: {name}").format(
            name=translated(CONTEXT, run.definition.title)))
        self.end_reason.setText(self.reason_text(run.ended or ""))
        self.figures.setText(self.figures_text(run.definition, figures))
        self.flags.clear()
        for flag in analyse(run.log):
            self.flags.addItem(flag_text(flag))
        if self.flags.count() == 0:
            self.flags.addItem(self.tr("Nothing unusual in the keystroke log."))
        self.pages.setCurrentIndex(2)
        self.password.setFocus()

    def reason_text(self, reason: str) -> str:
        return {
            "time": self.tr("The time is over."),
            "done": self.tr("Everything is done."),
            "answered": self.tr("The task is answered."),
            "left": self.tr("The test was ended before its time."),
            "full": self.tr("The test ended: too many keys were recorded."),
        }.get(reason, "")

    def figures_text(self, definition: Assessment, figures: dict[str, Any]) -> str:
        passed = self.tr("Passed.") if figures.get("passed") else self.tr("Not passed yet.")
        if definition.kind == "typing-test":
            text = self.tr(
                "Net speed: {net} words a minute (gross {gross}). Errors: {errors} (at most "
                "{limit}). Accuracy: {accuracy} %. Needed: {pass_mark} net words a minute."
            ).format(net=f"{figures['net_wpm']:.1f}", gross=f"{figures['gross_wpm']:.1f}",
                     errors=figures["errors"], limit=f"{definition.rules['max_errors']:g}",
                     accuracy=f"{figures['accuracy']:.1f}",
                     pass_mark=f"{definition.rules['min_net_wpm']:g}")
        elif definition.kind == "data-entry":
            text = self.tr(
                "Speed: {kph} keystrokes an hour. Fields right: {accuracy} % (rows given: "
                "{rows}). "
                "Needed: {min_kph} keystrokes an hour and {min_accuracy} % right."
            ).format(kph=figures["kph"], accuracy=f"{figures['field_accuracy']:.1f}",
                     rows=figures["rows"], min_kph=f"{definition.rules['min_kph']:g}",
                     min_accuracy=f"{definition.rules['min_accuracy']:g}")
        else:
            text = self.tr("Score: {score} %.").format(score=round(100 * figures["score"]))
        return f"{text} {passed}"

    def confirm(self) -> None:
        from tutor.trainer import check_password

        if self.run is None or self.saved:
            return
        if not check_password(self.host.db, self.password.text()):
            self.end_message.setText(self.tr("That is not the trainer password. Try again, "
                                             "or save without confirmation."))
            self.password.selectAll()
            return
        self.save(True)

    def save(self, confirmed: bool) -> bool:
        """Record the one attempt of the assessment; "Saved." only once it is."""
        run = self.run
        if run is None or run.running or self.saved:
            return self.saved
        try:
            self.host.finish(run.attempt(self.now(), confirmed))
        except TutorError as error:
            self.end_message.setText(translate_error(error))
            return False
        self.saved = True
        self.password.clear()
        for widget in (self.password, self.confirm_button, self.unconfirmed_button):
            widget.setEnabled(False)
        self.end_message.setText(
            self.tr("Saved. The trainer confirmed watching the test.") if confirmed
            else self.tr("Saved, not confirmed by a trainer."))
        self.done_button.show()
        self.done_button.setFocus()
        return True

    def may_leave(self) -> bool:
        """Leaving ends a running test (recorded as it stands, after the trainer's step);
        leaving the trainer's step records it unconfirmed."""
        run = self.run
        if run is None or self.saved:
            return True
        if run.running:
            answer = QMessageBox.question(
                self, self.tr("Leave the test"),
                self.tr("Leave the test? It ends now and cannot be started again; it is "
                        "recorded as it is now."))
            if answer == QMessageBox.StandardButton.Yes:
                self.end_now("left")
            return False  # the trainer's step comes first
        return self.save(False)

    def window_closing(self) -> None:
        """Tutor's window closes during the test: it ends and is recorded unconfirmed."""
        if self.run is not None and self.run.running:
            self.end_now("left")
        if self.run is not None and not self.saved:
            self.save(False)

    def retranslate(self) -> None:
        definition = self.definition
        if definition is None:
            self.intro_title.setText(self.tr("No assessment is waiting"))
            self.intro_text.setText(self.tr("An assessment is started by a trainer, from the "
                                            "trainer's screen."))
            self.intro_rules.setText("")
        else:
            self.intro_title.setText(translated(CONTEXT, definition.title))
            self.intro_text.setText(translated(CONTEXT, definition.description))
            self.intro_rules.setText(self.tr(
                "The test takes {minutes} minutes at most. Once started it cannot be paused "
                "or started again; the time left is shown at the top. Tutor records your "
                "keys, pastes and when you leave Tutor's window, for your trainer and your "
                "certificate. Your trainer, {supervisor}, watches the test.").format(
                    minutes=f"{definition.minutes:g}",
                    supervisor=self.pending.get("supervisor", "")))
            self.running_title.setText(translated(CONTEXT, definition.title))
        self.start_button.setText(self.tr("Start the test"))
        self.home_button.setText(self.tr("Back"))
        self.stop_button.setText(self.tr("End the test"))
        self.confirm_text.setText(self.tr(
            "Trainer: type the trainer password to confirm that you watched the learner "
            "during the whole test."))
        self.confirm_button.setText(self.tr("Confirm and save"))
        self.unconfirmed_button.setText(self.tr("Save without confirmation"))
        self.done_button.setText(self.tr("Back home"))
        for widget in (self.start_button, self.home_button, self.stop_button,
                       self.confirm_button, self.unconfirmed_button, self.done_button):
            widget.setAccessibleName(widget.text())
        self.password.setAccessibleName(self.tr("Trainer password"))
        self.flags.setAccessibleName(self.tr("What the keystroke log shows"))
        self.time_left.setAccessibleName(self.time_left.text() or self.tr("Time left"))
        if self.run is not None:
            self.tick()


def flag_text(flag: Flag) -> str:
    """A flag of the log in the screen's language."""
    return translated("credentials", flag.message, flag.params)


def make_room(host: RoomHost) -> QWidget:
    return AssessmentRoom(host)
