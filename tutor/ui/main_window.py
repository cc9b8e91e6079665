"""The main window: a bar with the open learner and "Switch learner", over the screens.

It is made before the database, the skills and the lesson packs have loaded (see
``tutor.startup``): it shows the picker from the rows the start-up read, loads the rest
in a thread after the first paint (``start_loading``), and builds the other screens when
first shown. What a learner asks for before the rest is there waits for it (a busy
cursor; the window keeps painting), then happens (``when_ready``).
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6 import (
    QtCore,  # QtCore.Qt only after the first paint: tutor/ui/by_name.py
    QtGui,
)
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.errors import TutorError
from tutor.i18n.qt import Translations, translate_error
from tutor.memory import give_back
from tutor.pins import PinGate
from tutor.ui.by_name import set_by_name
from tutor.ui.fitting import CurrentPageStack, ElidedLabel, TopBar, fit_to_screen, scrolled
from tutor.ui.picker import PickerScreen, ShownLearner
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import apply_text_size, avatar_icon, set_role, ui_icon

if TYPE_CHECKING:
    import uuid

    from PySide6.QtGui import QAction

    from tutor.startup import Runtime
    from tutor.store.db import PickerRows
    from tutor.store.models import Learner
    from tutor.ui.home import HomeScreen
    from tutor.ui.new_learner import NewLearnerScreen
    from tutor.ui.progress_transfer import ProgressTransfer
    from tutor.ui.sync_view import SyncView
    from tutor.ui.trainer_view import TrainerScreen

log = logging.getLogger(__name__)


class EarlyGateState:
    """The PIN gate's state (``tutor.pins.GateState``): read from the start-up's rows
    until the database is open, then kept in the database (``StoredGateState``)."""

    PREFIX = "gate:"  # as StoredGateState's

    def __init__(self, runtime: Runtime, rows: PickerRows | None) -> None:
        self.runtime = runtime
        self.rows = rows

    def _stored(self):  # -> StoredGateState
        from tutor.store.app_settings import StoredGateState

        return StoredGateState(self.runtime.db)

    def get(self, key: str) -> tuple[int, float]:
        if self.runtime.db_open or self.rows is None:
            return self._stored().get(key)
        raw = self.rows.settings.get(self.PREFIX + key)
        if not raw:
            return 0, 0.0
        import json  # only for a learner whose PIN was mistyped: not before the picker

        try:
            failures, until = json.loads(raw)
            return max(0, int(failures)), float(until) if math.isfinite(until) else 0.0
        except (ValueError, TypeError):
            return 0, 0.0

    def put(self, key: str, failures: int, paused_until: float) -> None:
        self._stored().put(key, failures, paused_until)


def _bar_button(name: str, icon: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    set_role(button, "bar")
    button.setIcon(ui_icon(icon))
    button.setIconSize(QSize(28, 28))
    set_by_name(button, toolButtonStyle="ToolButtonTextBesideIcon", focusPolicy="StrongFocus")
    return button


def _name_button(button: QToolButton, text: str) -> None:
    button.setText(text)
    button.setAccessibleName(text)
    button.setToolTip(text)


_Part = TypeVar("_Part")


class _InLearnerBar(Generic[_Part]):
    """A window's attribute that is a widget of the learner's part of the bar, which is
    made (``MainWindow._learner_bar``) the first time one of them is asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type) -> _InLearnerBar[_Part]: ...

    @overload
    def __get__(self, window: MainWindow, owner: type) -> _Part: ...

    def __get__(self, window: MainWindow | None, owner: type) -> Any:
        return self if window is None else getattr(window._learner_bar(), self.name)


class _LearnerBar:
    """The bar's widgets for an open learner (hidden on the picker): who is open, home,
    problems with lessons, the progress file, their settings, switch learner. Their
    signals go to ``window``; it places them in its bar."""

    def __init__(self, window: MainWindow) -> None:
        self.avatar = QLabel()
        self.avatar.setObjectName("barAvatar")
        self.learner_name = set_role(ElidedLabel(), "subtitle")
        self.learner_name.setObjectName("barLearnerName")
        self.home_button = _bar_button("homeButton", "back")
        self.home_button.clicked.connect(window.show_home)
        self.switch_button = _bar_button("switchLearnerButton", "switch-person")
        self.switch_button.clicked.connect(window.switch_learner)
        self.settings_button = _bar_button("settingsButton", "settings")
        self.settings_button.clicked.connect(window.open_settings)
        self.problems_button = _bar_button("problemsButton", "warning")
        self.problems_button.clicked.connect(window.show_problems)
        self.progress_button = _bar_button("progressFileButton", "trainer")
        self.progress_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.progress_menu = QMenu(self.progress_button)
        self.progress_menu.setObjectName("progressFileMenu")
        self.save_progress_action = self.progress_menu.addAction(ui_icon("check"), "")
        self.save_progress_action.triggered.connect(window.save_progress)
        self.load_progress_action = self.progress_menu.addAction(ui_icon("add-person"), "")
        self.load_progress_action.triggered.connect(window.load_progress)
        self.progress_button.setMenu(self.progress_menu)
        for widget in (self.avatar, self.learner_name, self.home_button, self.switch_button,
                       self.settings_button, self.problems_button, self.progress_button):
            widget.setVisible(False)


IDLE_MINUTES = 20  # a profile left open this long on a shared PC goes back to the picker


def _copy_input(event: QEvent) -> tuple[str, QEvent]:
    """A copy of a key or mouse event that outlives its delivery."""
    if isinstance(event, QKeyEvent):
        return "key", QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                event.isAutoRepeat(), event.count())
    assert isinstance(event, QMouseEvent)
    return "mouse", QMouseEvent(event.type(), event.position(), event.globalPosition(),
                                event.button(), event.buttons(), event.modifiers())


class MainWindow(Retranslating, QMainWindow):
    loaded = Signal(object)  # None, or the exception that stopped the loading

    def __init__(
        self, runtime: Runtime, translations: Translations, rows: PickerRows | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.runtime = runtime
        self.translations = translations
        self.rows = rows
        self.learner: Learner | None = None
        self.gate = PinGate(state=EarlyGateState(runtime, rows))
        self._language_before_new: str | None = None
        self._loader: threading.Thread | None = None
        self._waiting: Callable[[], None] | None = None
        self._held: list[tuple[str, QEvent]] = []
        self._home: HomeScreen | None = None
        self._new_learner: NewLearnerScreen | None = None
        self._transfer: ProgressTransfer | None = None
        self.sync: SyncView | None = None  # when this PC is joined to a centre server
        self.loaded.connect(self._loaded)

        # The bar: who is open, and the ways out. The picker shows only "About": what
        # belongs to an open learner is made when first needed (``_learner_bar``), not
        # before the first paint.
        self.about_button = _bar_button("aboutButton", "info")
        self.about_button.clicked.connect(self.show_about)
        bar = set_role(TopBar(), "bar")
        bar.setObjectName("topBar")
        self.bar = bar
        self.bar_layout = bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(12, 6, 12, 6)
        bar_layout.addStretch()
        bar_layout.addWidget(self.about_button)
        bar.buttons = [self.about_button]
        self._bar: _LearnerBar | None = None

        self.stack = CurrentPageStack()
        self.stack.setObjectName("screens")
        self.picker = PickerScreen(self._picker_learners, self.gate,
                                   when_ready=self.when_ready)
        self.picker.learner_chosen.connect(self.open_learner)
        self.picker.new_learner_requested.connect(
            lambda: self.when_ready(self.start_new_learner))
        self.picker.load_requested.connect(lambda: self.when_ready(self.load_progress))
        self.picker.trainer_requested.connect(lambda: self.when_ready(self.open_trainer))
        self.trainer_screen: TrainerScreen | None = None
        self.stack.addWidget(self.picker)
        self.room: QWidget | None = None

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        # A screen that needs more room than the window has scrolls; the window never
        # grows beyond the screen (a lab PC's is often 1366x768 or 1024x600).
        layout.addWidget(scrolled(self.stack, "screenArea"), 1)
        self.setCentralWidget(central)
        self.setWindowIcon(ui_icon("app"))
        fit_to_screen(self, QSize(1100, 760))

        # A learner who walks away without "Switch learner" must not leave their
        # profile open to the next person: after a while without input, back to the
        # picker (their finished work is already saved).
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_MINUTES * 60_000)
        self.idle_timer.timeout.connect(self._idle)
        # Watching every input of the app starts once the window is painted: Python
        # filtering the events of Qt's own private objects before the picker's first
        # paint made PySide create most of its classes first (tens of milliseconds).
        self._watching = False
        self.retranslate()
        self.show_picker()
        if runtime.loaded:  # loaded before the window (tests, the command line)
            self._start_sync()

    # -- the learner's part of the bar, made when first needed -------------------------
    def _learner_bar(self) -> _LearnerBar:
        if self._bar is None:
            self._bar = part = _LearnerBar(self)
            layout = self.bar_layout
            for index, widget in enumerate((part.home_button, part.avatar, part.learner_name)):
                layout.insertWidget(index, widget)
            at = layout.indexOf(self.about_button)
            for offset, widget in enumerate(
                    (part.problems_button, part.progress_button, part.settings_button)):
                layout.insertWidget(at + offset, widget)
            layout.addWidget(part.switch_button)
            self.bar.buttons = [part.home_button, part.problems_button, part.progress_button,
                                part.settings_button, self.about_button, part.switch_button]
            self.bar.elided.insert(0, part.learner_name)
            self._retranslate_bar(part)
        return self._bar

    # What is made with the learner's part of the bar (see _InLearnerBar).
    avatar: _InLearnerBar[QLabel] = _InLearnerBar()
    learner_name: _InLearnerBar[ElidedLabel] = _InLearnerBar()
    home_button: _InLearnerBar[QToolButton] = _InLearnerBar()
    switch_button: _InLearnerBar[QToolButton] = _InLearnerBar()
    settings_button: _InLearnerBar[QToolButton] = _InLearnerBar()
    problems_button: _InLearnerBar[QToolButton] = _InLearnerBar()
    progress_button: _InLearnerBar[QToolButton] = _InLearnerBar()
    progress_menu: _InLearnerBar[QMenu] = _InLearnerBar()
    save_progress_action: _InLearnerBar[QAction] = _InLearnerBar()
    load_progress_action: _InLearnerBar[QAction] = _InLearnerBar()

    def watch_input(self) -> None:
        """Install the app-wide input filter (presence, idle time, input held while
        loading): after the first paint, or at once when something needs it."""
        if not self._watching:
            self._watching = True
            self._app().installEventFilter(self)
            # Made here, not before the first paint: QKeySequence's enums cost it time.
            QtGui.QShortcut(QtGui.QKeySequence("Ctrl+L"), self).activated.connect(
                self.switch_learner)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._watching:
            QTimer.singleShot(0, self.watch_input)  # after this paint

    # -- the rest of Tutor, loaded after the first paint -----------------------------------
    def start_loading(self) -> None:
        """Open the database and load the skills and lesson packs in a thread (no
        widget is touched there); ``loaded`` is emitted to this window when done.

        Called at the first input after the picker is shown (``eventFilter``), or by
        ``when_ready`` for a screen that needs them."""
        self.watch_input()
        self.runtime.harden()  # if the first paint has not done it
        if self.runtime.loaded or self._loader is not None:
            return
        self._loader = threading.Thread(target=self._load, name="tutor-load", daemon=True)
        self._loader.start()

    def _load(self) -> None:  # in the loading thread
        error: BaseException | None = None
        try:
            self.runtime.load()
        except Exception as exc:  # reported in the GUI thread
            error = exc
        self.loaded.emit(error)

    def _loaded(self, error: BaseException | None) -> None:
        self._loader = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            QApplication.restoreOverrideCursor()
        if error is not None:
            self._held = []
            log.error("loading failed: %r", error)
            self.show_error(translate_error(error))
            return
        log.info("database, skills and lesson packs loaded")
        give_back()  # what the loading made and dropped (the packs' text, parsers)
        self._start_sync()
        self._update_bar()
        if waiting is not None:
            waiting()
            if self._held:
                QTimer.singleShot(0, self._replay_held)
        else:
            self._held = []

    def _start_sync(self) -> None:
        """Send the results to the centre server, if this PC is joined to one; its few
        words go in the bar, before the buttons."""
        if self.sync is not None:
            return
        from tutor.ui.sync_view import SyncView

        try:
            self.sync = SyncView.for_pc(self.runtime.location.path, self.runtime.db, self)
        except Exception:  # the results are kept on this PC all the same
            log.exception("sending results to the centre server could not start")
            return
        if self.sync is not None:
            self.bar_layout.insertWidget(self.bar_layout.indexOf(self.problems_button),
                                         self.sync.indicator)
            self.bar.elided.append(self.sync.indicator)
            self.sync.pulled.connect(self._learners_pulled)
            if self.learner is not None:
                self.sync.learner_opened(self.learner.id)

    def _learners_pulled(self, learner_ids: list[uuid.UUID]) -> None:
        """The open learner's progress from other PCs arrived: their home shows it (a
        room, if one is open, is left alone; the home refreshes when shown)."""
        if self.learner is not None and self.learner.id in learner_ids \
                and self._home is not None and self.stack.currentWidget() is self._home:
            self.home.refresh()

    def when_ready(self, action: Callable[[], None]) -> None:
        """Do ``action`` now if the database, skills and packs are there; otherwise once
        they are (the last action asked for wins), with a busy cursor meanwhile."""
        if self.runtime.loaded:
            action()
            return
        if self._waiting is None:
            QApplication.setOverrideCursor(QCursor(QtCore.Qt.CursorShape.BusyCursor))
        self._waiting = action
        self.start_loading()

    def _picker_learners(self) -> Sequence[ShownLearner]:
        if self.rows is not None and not self.runtime.db_open:
            return self.rows.learners
        from tutor.store.learners import StoredLearners

        return StoredLearners(self.runtime.db)  # read page by page: a centre has thousands

    # -- screens, each made when first shown ----------------------------------------------
    @property
    def home(self) -> HomeScreen:
        if self._home is None:
            from tutor.ui.home import HomeScreen

            self._home = HomeScreen(self.runtime.db, self.runtime.skills)
            self._home.skill_opened.connect(self.open_skill)
            self._home.step_opened.connect(
                lambda skill, pack, exercise: self.open_skill(skill, (pack, exercise)))
            self.stack.addWidget(self._home)
        return self._home

    @property
    def new_learner(self) -> NewLearnerScreen:
        if self._new_learner is None:
            from tutor.ui.new_learner import NewLearnerScreen

            self._new_learner = NewLearnerScreen(self.runtime.db)
            self._new_learner.created.connect(self._learner_created)
            self._new_learner.cancelled.connect(self._new_learner_cancelled)
            self._new_learner.language_chosen.connect(self.translations.use)
            self.stack.addWidget(self._new_learner)
        return self._new_learner

    @property
    def transfer(self) -> ProgressTransfer:
        if self._transfer is None:
            from tutor.ui.progress_transfer import ProgressTransfer

            self._transfer = ProgressTransfer(self)
        return self._transfer

    def show_picker(self) -> None:
        self._close_room()
        self.learner = None
        self.idle_timer.stop()
        if self.sync is not None:
            self.sync.forget()
        self.picker.refresh("normal")
        self.stack.setCurrentWidget(self.picker)
        self.picker.grid.tiles()[0].setFocus()  # keyboard users start on "I am new"
        self._update_bar()

    def start_new_learner(self) -> None:
        self._language_before_new = self.translations.language
        self.new_learner.start(self.translations.language)
        self.stack.setCurrentWidget(self.new_learner)
        self._update_bar()

    def _new_learner_cancelled(self) -> None:
        if self._language_before_new:
            self.translations.use(self._language_before_new)
        self.show_picker()

    def _learner_created(self, learner: Learner) -> None:
        self._language_before_new = None
        self.open_learner(learner.id)
        # Their first visit: the skill that comes first opens by itself (the placement).
        first = next((skill.id for skill in self.runtime.skills.values()
                      if skill.first_visit), None)
        if self.learner is not None and first is not None:
            self.open_skill(first)

    def open_learner(self, learner_id: uuid.UUID) -> None:
        from tutor.store.learners import get_learner, mark_used

        try:
            mark_used(self.runtime.db, learner_id)
            learner = get_learner(self.runtime.db, learner_id)
        except TutorError as exc:
            self.show_error(translate_error(exc))
            return
        log.info("learner %s opened", learner.id)
        self.learner = learner
        self.watch_input()
        self.idle_timer.start()
        self._apply_learner_settings(learner)
        if self.sync is not None:
            self.sync.learner_opened(learner.id)
        self.show_home()

    def room_may_leave(self) -> bool:
        """A room may keep the learner when leaving would lose work it cannot keep (a
        sheet too large to save as a draft): it asks, and says whether to go."""
        check = getattr(self.room, "may_leave", None)
        return True if check is None else bool(check())

    def show_home(self) -> None:
        if self.learner is None or not self.room_may_leave():
            return
        self._close_room()
        self.home.show_learner(self.learner, self.runtime.catalogue)
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first_skill()
        self._update_bar()

    def switch_learner(self) -> None:
        """Back to the picker, in the language the PC started with."""
        if not self.room_may_leave():
            return
        if self.learner is not None:
            log.info("learner %s closed", self.learner.id)
        self.translations.use(self.translations.default)
        apply_text_size(self._app(), "normal")
        self.show_picker()

    def open_skill(self, skill_id: str, start_at: tuple[str, str] | None = None) -> None:
        """Open a skill's room (on an exercise, ``start_at`` = (pack id, exercise id),
        if the room can start on one)."""
        if self.learner is None:
            return
        from tutor.ui.rooms import RoomHost, open_room

        skill = self.runtime.skills[skill_id]
        host = RoomHost(skill, self.learner, self.runtime.db, self.runtime.catalogue,
                        go_home=self.show_home, progress_changed=self.home.refresh,
                        start_at=start_at,
                        on_saved=self.sync.attempt_saved if self.sync is not None else None)
        self._close_room()
        self.room = open_room(host)
        self.stack.addWidget(self.room)
        self.stack.setCurrentWidget(self.room)
        self.room.setFocus()  # a room sets a focus proxy: where the keyboard starts
        self._update_bar()

    def _close_room(self) -> None:
        if self.room is not None:
            self.stack.removeWidget(self.room)
            self.room.deleteLater()
            self.room = None
            # Once Qt has deleted it (deleteLater: the next turns of the loop), what the
            # room held goes back to the system, not only to the C library's heap.
            QTimer.singleShot(500, give_back)

    # -- dialogs --------------------------------------------------------------------
    def open_settings(self) -> None:
        if self.learner is None:
            return
        from tutor.ui.settings import SettingsDialog

        dialog = SettingsDialog(self.runtime.db, self.learner, self)
        dialog.learner_changed.connect(self._learner_changed)
        dialog.exec()

    def _learner_changed(self, learner: Learner) -> None:
        self.learner = learner
        self._apply_learner_settings(learner)
        self._update_bar()

    def open_trainer(self) -> None:
        from tutor.ui.trainer_view import PasswordDialog, TrainerScreen

        if PasswordDialog(self.runtime, self).exec() != QDialog.DialogCode.Accepted:
            return
        if self.trainer_screen is None:
            self.trainer_screen = TrainerScreen(self.runtime)
            self.trainer_screen.closed.connect(self.show_picker)
            self.trainer_screen.open_room.connect(self.open_for_learner)
            self.stack.addWidget(self.trainer_screen)
        self.trainer_screen.refresh()
        self.stack.setCurrentWidget(self.trainer_screen)
        self._update_bar()

    def open_for_learner(self, learner_id: str, skill_id: str) -> None:
        """A trainer opens a skill's room for a learner (a placement started by the
        trainer): the learner's own session, as if they had opened it, then the room.
        The trainer's password stands for the learner's PIN."""
        import uuid

        self.open_learner(uuid.UUID(learner_id))
        if self.learner is not None and skill_id in self.runtime.skills:
            self.open_skill(skill_id)

    def save_progress(self) -> None:
        if self.learner is not None:
            self.transfer.save(self.runtime.db, self.learner)

    def load_progress(self) -> None:
        summary = self.transfer.load(self.runtime.db)
        if summary is None:
            return
        if self.learner is not None and summary.learner_id == self.learner.id:
            self.home.refresh()
        elif self.learner is None:
            self.picker.refresh()

    def show_about(self) -> None:
        from tutor.ui.dialogs import AboutDialog

        AboutDialog(self.runtime, self).exec()

    def show_problems(self) -> None:
        from tutor.ui.dialogs import ProblemsDialog

        ProblemsDialog(self.runtime.catalogue.problems, self).exec()

    def show_error(self, message: str) -> None:
        from tutor.ui.dialogs import ErrorDialog

        ErrorDialog(message, str(self.runtime.log_file), self).exec()

    # -- state ----------------------------------------------------------------------
    def _apply_learner_settings(self, learner: Learner) -> None:
        from tutor.store.learners import skill_settings

        if self.translations.language != learner.ui_language:
            self.translations.use(learner.ui_language)
        apply_text_size(self._app(), learner.text_size,
                        bool(skill_settings(learner, "ui").get("high_contrast")))

    @staticmethod
    def _app() -> QApplication:
        app = QApplication.instance()
        assert isinstance(app, QApplication), "the GUI runs in a QApplication"
        return app

    def _update_bar(self) -> None:
        learner = self.learner
        current = self.stack.currentWidget()
        open_learner = learner is not None and (
            self._new_learner is None or current is not self._new_learner)
        catalogue = self.runtime.catalogue if self.runtime.loaded else None
        if self._bar is None and not open_learner and not (catalogue and catalogue.problems):
            return  # nothing of the learner's part to show: not made yet
        self.avatar.setVisible(open_learner)
        self.learner_name.setVisible(open_learner)
        self.switch_button.setVisible(open_learner)
        self.settings_button.setVisible(open_learner)
        self.progress_button.setVisible(open_learner)
        self.home_button.setVisible(open_learner and (
            self._home is None or current is not self._home))
        self.problems_button.setVisible(bool(catalogue and catalogue.problems))
        if learner is not None:
            self.avatar.setPixmap(avatar_icon(learner.picture).pixmap(40, 40))
            self.learner_name.setText(learner.display_name)
            self.avatar.setAccessibleName(learner.display_name)

    _INPUT = frozenset({  # input that shows a learner is still there
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
        QEvent.Type.InputMethod, QEvent.Type.TouchBegin,
    })

    _HELD = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    })

    # The first sign of someone at the PC starts the loading (the idle picker of a lab
    # PC stays small): the pointer moves, a key, a touch (not Enter: a window shown
    # under a still pointer gets one).
    _PRESENCE = frozenset({
        QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel,
    })

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.learner is not None:
            self.idle_timer.start()
        if self._loader is None and event.type() in self._PRESENCE \
                and not self.runtime.loaded:
            self.start_loading()
        if self._waiting is not None and event.type() in self._HELD \
                and isinstance(watched, QtGui.QWindow):
            # Typed or clicked while an action waits for the loading: kept, and given
            # to the screen that action shows (what a fast typist typed is not lost).
            self._held.append(_copy_input(event))
            return True
        return False

    def _replay_held(self) -> None:
        held, self._held = self._held, []
        for kind, copy in held:
            if kind == "key":
                target = QApplication.focusWidget() or self
                QApplication.sendEvent(target, copy)
                continue
            assert isinstance(copy, QMouseEvent)
            global_point = copy.globalPosition().toPoint()
            widget = QApplication.widgetAt(global_point)
            if widget is None:
                continue
            local = QPointF(widget.mapFromGlobal(global_point))
            QApplication.sendEvent(widget, QMouseEvent(
                copy.type(), local, copy.globalPosition(), copy.button(), copy.buttons(),
                copy.modifiers()))

    def _idle(self) -> None:
        if self.learner is not None and QApplication.activeModalWidget() is None:
            log.info("no input for %d minutes: back to the picker", IDLE_MINUTES)
            self._close_room()  # a shared PC goes back to the picker: no question asked
            self.switch_learner()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tutor"))
        _name_button(self.about_button, self.tr("About"))
        if self._bar is not None:
            self._retranslate_bar(self._bar)

    def _retranslate_bar(self, part: _LearnerBar) -> None:
        for button, text in (
            (part.home_button, self.tr("Home")),
            (part.switch_button, self.tr("Switch learner")),
            (part.settings_button, self.tr("My settings")),
            (part.problems_button, self.tr("Problems with lessons")),
            (part.progress_button, self.tr("Progress file")),
        ):
            _name_button(button, text)
        part.save_progress_action.setText(self.tr("Save my progress to a file"))
        part.load_progress_action.setText(self.tr("Load progress from a file"))

    def closeEvent(self, event: QCloseEvent) -> None:
        log.info("window closed")
        self._app().removeEventFilter(self)
        if self.sync is not None:
            self.sync.stop()
        super().closeEvent(event)
