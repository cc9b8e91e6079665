"""The placement room, "Find my level": a few words first, then short tasks taken from the
skills themselves one after another, the work the learner wants, and the skill map.

- **Intro**: the room's picture, a few words, Read aloud; Start (or Go on, for a
  placement left half-way, and Start again), and the last skill map if there is one.
- **Items**: ``Placement.next_item(rng)`` (``engine.py``), one ``random.Random`` per
  placement, seeded with a number kept with the placement's state. Each item is shown
  with its skill's own widget, the skill's ``placement_item`` hook (see
  ``tutor.skills``), and graded with ``grading.item_right`` from the verdict it emits.
  "I can't do this" (and ``ITEM_SECONDS`` without an answer) answers it wrong: a
  learner who cannot use the mouse must be able to end the mouse tasks. A skill whose
  registry entry has no ``placement_item`` (or is not installed) is placed with an
  empty ladder, and one whose item fails to open is skipped (``Placement.skip_skill``):
  either way it is *not assessed*, said so on the map, and never a failure.
- **Saved as it goes**: after every item shown and every answer, ``to_json()`` (and the
  seed) goes into the learner's settings of the skill ``placement`` (``STATE``,
  ``SEED``); the room opens on it again (a power cut, a learner who went home) until
  the placement is recorded, then the state is cleared.
- **Work choice**: the four ``model.WORK_CHOICES`` as large pictures without words (their
  names are their accessible names and tooltips, and Read aloud says them); one click
  chooses ("Not sure" chooses none). Then ``host.finish(placement.finish(now))``.
- **Skill map**: one row per skill (``skill_map.py``): its picture, its name, a few
  words, and its level as filled circles out of the ladder's top; the work chosen;
  "Saved." once recorded; "Start my path" goes home, where the path's next step waits.

The gate's lowest level (computer basics' level 1) keeps only the pointer exercises:
the keyboard exercises of that level are no test of the mouse (``keep_item``).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.errors import TutorError
from tutor.grading import Verdict
from tutor.i18n.qt import translate_error, translated, ui_language
from tutor.profiles import lesson_language
from tutor.skills import Skill, installed_skills, load_hook
from tutor.skills.placement.engine import Item, Placement
from tutor.skills.placement.grading import item_right
from tutor.skills.placement.ladders import ladders_from
from tutor.skills.placement.model import (
    CONTEXT,
    PLACED_SKILLS,
    SKILL_ID,
    WORK_CHOICES,
    work_choice,
)
from tutor.skills.placement.skill_map import NOT_ASKED, NOT_ASSESSED, SkillLevel, skill_map
from tutor.store.attempts import attempts_of
from tutor.store.learners import set_skill_settings, skill_settings
from tutor.ui.fitting import CurrentPageStack, FlowLayout
from tutor.ui.instruction import InstructionBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.rooms import RoomHost
from tutor.ui.style import colour, set_role, skill_icon, ui_icon
from tutor.ui.tiles import make_tile

log = logging.getLogger(__name__)

STATE = "state"  # the placement being done (Placement.to_json), in the skill's settings
SEED = "seed"  # its random.Random's seed
ITEM_SECONDS = 240  # an item without an answer after this long is answered wrong
PICTURE = 88  # px, the intro's and the work question's picture
ROW_PICTURE = 48  # px, a skill's picture on the map
WORK_PICTURE = 136  # px, a work choice's picture: four side by side at 1024 px, any text size
GATE = PLACED_SKILLS[0]
GATE_LEVEL = 1  # the gate's level of mouse tasks


def make_room(host: RoomHost) -> QWidget:
    return PlacementRoom(host)


def keep_item(skill: str, exercise: object) -> bool:
    """Whether an exercise can be a placement item: all can, but at the gate's mouse
    level only the pointer exercises (the mouse gate tests the mouse, not the keys)."""
    if skill != GATE:
        return True
    from tutor.curriculum import exercise_level
    from tutor.skills.basics.model import POINTER_KINDS

    return exercise_level(exercise) != GATE_LEVEL or getattr(exercise, "kind", "") in POINTER_KINDS


def item_hooks(skills: Mapping[str, Skill]) -> dict[str, str]:
    """The placement item hook of each skill placed that has one."""
    return {skill: skills[skill].placement_item for skill in PLACED_SKILLS
            if skill in skills and skills[skill].placement_item}


def is_right(answer: object) -> bool:
    """An item's answer right or wrong, from the skill's verdict (or ``.passed``)."""
    if isinstance(answer, Verdict):
        return item_right(answer)
    return bool(getattr(answer, "passed", False))


def _picture(path_of_skill_icon: str, side: int) -> Any:
    return skill_icon(path_of_skill_icon).pixmap(QSize(side, side))


def work_icon(picture: str) -> Any:
    from PySide6.QtGui import QIcon

    from tutor.paths import resource

    path = resource("assets", "icons", "placement", f"{picture}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


class PictureWords(InstructionBar):
    """A large picture, a few words in the screens' language, and Read aloud (the intro,
    the work question)."""

    def __init__(self, name: str, picture: Callable[[int], Any],
                 parent: QWidget | None = None) -> None:
        self.say_label = set_role(QLabel(), "cue")
        self.say_label.setObjectName(f"{name}Words")
        self.say_label.setWordWrap(True)
        self.picture = picture
        self.spoken = ""  # what Read aloud says (default: the words)
        super().__init__(name, self.say_label, parent)
        self.text_for_voice = lambda: self.spoken or self.say_label.text()
        self.icon.setFixedSize(QSize(PICTURE + 12, PICTURE + 12))

    def retranslate(self) -> None:
        self.language = ui_language()
        super().retranslate()
        self.icon.setPixmap(self.picture(PICTURE))
        self.icon.setAccessibleName(self.say_label.text())


class LevelDots(QWidget):
    """A skill's level as ``top`` circles, ``level`` of them filled (from the reading
    side), in the theme's colours."""

    def __init__(self, level: int, top: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementLevelDots")
        self.level, self.top = level, top
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _side(self) -> int:
        return max(18, round(self.fontMetrics().height() * 1.2))

    def sizeHint(self) -> QSize:
        side = self._side()
        return QSize(max(1, self.top) * (side + side // 3) + 4, side + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = self._side()
        gap = side // 3
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for n in range(self.top):
            x = 2 + n * (side + gap)
            if right_to_left:
                x = self.width() - x - side
            box = QRectF(x, 2, side, side)
            filled = n < self.level
            painter.setPen(QPen(colour("accent" if filled else "border_strong"), 3))
            painter.setBrush(colour("accent") if filled else colour("surface"))
            painter.drawEllipse(box)
            if filled:  # a tick in each filled circle: not told by colour alone
                pen = QPen(colour("surface"), max(2.0, side / 9))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                c = box.center()
                s = side / 4
                painter.drawPolyline([QPointF(c.x() - s, c.y()), QPointF(c.x() - s / 3, c.y() + s * 0.8),
                                      QPointF(c.x() + s, c.y() - s * 0.7)])
        painter.end()


class PlacementRoom(Retranslating, QWidget):
    item_shown = Signal(object)  # the Item, once its widget is shown
    attempt_saved = Signal(object)  # the FinishedAttempt, once recorded

    def __init__(self, host: RoomHost, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 seed: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementRoom")
        self.host = host
        self.clock = clock
        self.now = now
        self._new_seed = seed
        self.skills = installed_skills()
        self.hooks = item_hooks(self.skills)
        self.settings = skill_settings(host.learner, SKILL_ID)
        self.placement: Placement | None = None
        self.seed = 0
        self.rng = random.Random()
        self.item: Item | None = None
        self.item_widget: QWidget | None = None
        self.item_started = 0.0
        self.problem = ""  # what went wrong recording the placement, if anything
        self._restore()

        self.item_timer = QTimer(self)
        self.item_timer.setSingleShot(True)
        self.item_timer.setInterval(ITEM_SECONDS * 1000)
        self.item_timer.timeout.connect(self.cannot_do)

        self.pages = CurrentPageStack()
        self.pages.setObjectName("placementPages")
        self.intro_page = self._build_intro()
        self.item_page = self._build_item_page()
        self.work_page = self._build_work_page()
        self.map_page = self._build_map_page()
        for page in (self.intro_page, self.item_page, self.work_page, self.map_page):
            self.pages.addWidget(page)
        self.title = set_role(QLabel(), "title")
        self.title.setObjectName("placementTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self.show_intro()

    def hasHeightForWidth(self) -> bool:
        """No (as the other rooms): the room fits the height it is given."""
        return False

    # -- saving and resuming --------------------------------------------------------------
    def _restore(self) -> None:
        state = self.settings.get(STATE)
        if not isinstance(state, Mapping):
            return
        try:
            self.placement = Placement.from_json(state)
        except ValueError:
            log.warning("a saved placement could not be read; a new one starts")
            return
        seed = self.settings.get(SEED)
        self.seed = seed if isinstance(seed, int) else 0
        self.rng = random.Random(self.seed)

    def _save(self) -> None:
        state = None if self.placement is None else self.placement.to_json()
        values = {STATE: state, SEED: self.seed if state is not None else None}
        try:
            set_skill_settings(self.host.db, self.host.learner.id, SKILL_ID, values)
        except TutorError:  # (a locked database: the placement goes on, unsaved)
            log.exception("the placement's state could not be saved")
        self.settings.update(values)

    # -- pages ---------------------------------------------------------------------------
    def _build_intro(self) -> QWidget:
        page = QWidget()
        self.intro_bar = PictureWords("placementIntro",
                                      lambda side: _picture("placement.svg", side))
        self.start_button = set_role(self._button("placementStart"), "primary")
        self.start_button.setIcon(ui_icon("check"))
        self.start_button.setIconSize(QSize(28, 28))
        self.start_button.clicked.connect(self.start_or_go_on)
        self.restart_button = self._button("placementRestart")
        self.restart_button.clicked.connect(self.start)
        self.last_map_button = self._button("placementLastMap")
        self.last_map_button.clicked.connect(self.show_last_map)
        buttons = FlowLayout()
        for button in (self.start_button, self.restart_button, self.last_map_button):
            buttons.addWidget(button)
        # The skills the tasks come from, as pictures: what the learner is about to do.
        self.intro_skills = FlowLayout()
        self.intro_pictures: list[QLabel] = []
        for skill_id in PLACED_SKILLS:
            skill = self.skills.get(skill_id)
            if skill_id not in self.hooks or skill is None:
                continue
            picture = QLabel()
            picture.setObjectName(f"placementIntroSkill:{skill_id}")
            picture.setPixmap(_picture(skill.icon, ROW_PICTURE + 16))
            picture.setProperty("title", skill.title)
            self.intro_skills.addWidget(picture)
            self.intro_pictures.append(picture)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_bar)
        layout.addLayout(self.intro_skills)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_item_page(self) -> QWidget:
        page = QWidget()
        self.item_picture = QLabel()
        self.item_picture.setObjectName("placementItemSkillPicture")
        self.item_picture.setFixedSize(QSize(36, 36))
        self.item_skill = set_role(QLabel(), "subtitle")
        self.item_skill.setObjectName("placementItemSkill")
        self.item_count = set_role(QLabel(), "hint")
        self.item_count.setObjectName("placementItemCount")
        self.cannot_button = self._button("placementCannot")
        self.cannot_button.clicked.connect(self.cannot_do)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.item_picture)
        header.addWidget(self.item_skill)
        header.addWidget(self.item_count)
        header.addStretch(1)
        header.addWidget(self.cannot_button)
        self.item_area = QVBoxLayout()
        self.item_area.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self.item_area, 1)
        return page

    def _build_work_page(self) -> QWidget:
        page = QWidget()
        self.work_bar = PictureWords("placementWorkQuestion",
                                     lambda side: work_icon("work-question").pixmap(
                                         QSize(side, side)))
        self.work_tiles: dict[str, QToolButton] = {}
        tiles = FlowLayout()
        for choice in WORK_CHOICES:
            tile = make_tile(f"placementWork:{choice.id}", "", work_icon(choice.picture),
                             QSize(WORK_PICTURE, WORK_PICTURE))
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # no words
            tile.setFixedSize(QSize(WORK_PICTURE + 28, WORK_PICTURE + 28))
            tile.clicked.connect(lambda _=False, c=choice.id: self.choose_work(c))
            tiles.addWidget(tile)
            self.work_tiles[choice.id] = tile
        self.not_sure = self._button("placementWorkNotSure")
        self.not_sure.clicked.connect(lambda: self.choose_work(None))
        inside = QWidget()
        inside.setObjectName("placementWorkTiles")
        inside_layout = QVBoxLayout(inside)
        inside_layout.setContentsMargins(0, 0, 0, 0)
        inside_layout.addLayout(tiles)
        row = QHBoxLayout()
        row.addWidget(self.not_sure)
        row.addStretch(1)
        inside_layout.addLayout(row)
        inside_layout.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.work_bar)
        layout.addWidget(self._scroll(inside, "placementWorkScroll"), 1)
        return page

    def _build_map_page(self) -> QWidget:
        page = QWidget()
        self.map_rows = QWidget()
        self.map_rows.setObjectName("placementMapRows")
        self.map_layout = QVBoxLayout(self.map_rows)
        self.map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_layout.setSpacing(6)
        self.saved = set_role(QLabel(), "hint")
        self.saved.setObjectName("placementSaved")
        self.saved.setWordWrap(True)
        self.path_button = set_role(self._button("placementStartPath"), "primary")
        self.path_button.clicked.connect(self.host.go_home)
        bottom = FlowLayout()
        bottom.addWidget(self.path_button)
        bottom.addWidget(self.saved)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll(self.map_rows, "placementMapScroll"), 1)
        layout.addLayout(bottom)
        return page

    @staticmethod
    def _button(name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        return button

    @staticmethod
    def _scroll(widget: QWidget, name: str) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setObjectName(name)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        scroll.setMinimumHeight(80)
        scroll.viewport().setAutoFillBackground(False)
        widget.setAutoFillBackground(False)
        return scroll

    # -- the intro ------------------------------------------------------------------------
    def _last_attempt(self) -> Any:
        placements = attempts_of(self.host.db, self.host.learner.id, SKILL_ID)
        return max(placements, key=lambda attempt: attempt.finished_at, default=None)

    def show_intro(self) -> None:
        going_on = self.placement is not None
        self.restart_button.setVisible(going_on)
        self.last_map_button.setVisible(self._last_attempt() is not None)
        self.retranslate()
        self.pages.setCurrentWidget(self.intro_page)
        self.title.show()
        self.setFocusProxy(self.start_button)
        self.start_button.setFocus()

    def start_or_go_on(self) -> None:
        if self.placement is None:
            self.start()
        else:
            self.go_on()

    def start(self) -> None:
        """A new placement (what was saved of one left half-way is dropped)."""
        language = lesson_language(self.host.learner)
        asked = set(self.hooks)
        ladders = ladders_from(self.host.catalogue, language, keep=keep_item)
        ladders = {skill: ladder if skill in asked else {} for skill, ladder in ladders.items()}
        self.seed = (self._new_seed if self._new_seed is not None
                     else random.SystemRandom().randrange(2 ** 31))
        self.rng = random.Random(self.seed)
        self.placement = Placement(ladders, self.now(), skills=PLACED_SKILLS)
        self._save()
        self.go_on()

    def go_on(self) -> None:
        if self.placement is None:
            return
        if self.placement.done:
            self.show_work()
        else:
            self.show_next_item()

    # -- items ----------------------------------------------------------------------------
    def _make_item(self, item: Item) -> QWidget | None:
        """The skill's widget for this item, or None (the skill is then skipped)."""
        hook = self.hooks.get(item.skill)
        pack = self.host.catalogue.packs.get(item.key[0])
        exercise = pack.exercise(item.key[1]) if pack is not None else None
        if not hook or pack is None or exercise is None:
            return None
        try:
            widget = load_hook(hook)(pack, exercise, self.clock, None)
        except Exception:  # a skill's item that fails must not end the placement
            log.exception("the placement item %s of %s did not open", item.key, item.skill)
            return None
        return widget if isinstance(widget, QWidget) and hasattr(widget, "answered") else None

    def show_next_item(self) -> None:
        placement = self.placement
        assert placement is not None
        self._close_item()
        widget: QWidget | None = None
        while (item := placement.next_item(self.rng)) is not None:
            widget = self._make_item(item)
            if widget is not None:
                break
            placement.skip_skill(item.skill)  # not assessed, never a failure
        self._save()
        if item is None or widget is None:
            self.show_work()
            return
        self.item, self.item_widget = item, widget
        widget.answered.connect(  # type: ignore[attr-defined]
            lambda answer, shown=widget: self._answered(shown, answer))
        self.item_area.addWidget(widget, 1)
        self._show_item_header(item)
        self.pages.setCurrentWidget(self.item_page)
        self.title.hide()  # the item takes the title's room
        widget.show()
        self.setFocusProxy(widget)
        widget.setFocus()
        self.item_started = self.clock()
        self.item_timer.start()
        self.item_shown.emit(item)

    def _show_item_header(self, item: Item) -> None:
        skill = self.skills.get(item.skill)
        if skill is not None:
            self.item_picture.setPixmap(_picture(skill.icon, 32))
            self.item_skill.setText(translated("skills", skill.title))
            self.item_picture.setAccessibleName(translated("skills", skill.title))
        self._count_items()

    def _count_items(self) -> None:
        if self.placement is not None:
            self.item_count.setText(self.tr("Task {number}").format(
                number=len(self.placement.answers) + 1))

    def _close_item(self) -> None:
        self.item_timer.stop()
        widget, self.item_widget = self.item_widget, None
        self.item = None
        if widget is not None:
            stop = getattr(widget, "stop", None)
            if callable(stop):
                stop()
            widget.hide()
            self.item_area.removeWidget(widget)
            widget.deleteLater()

    def _answered(self, widget: QWidget, answer: object) -> None:
        if widget is not self.item_widget or self.placement is None:
            return
        self._answer(is_right(answer))

    def cannot_do(self) -> None:
        """"I can't do this" (or no answer in ``ITEM_SECONDS``): the item is wrong."""
        if self.item_widget is not None:
            self._answer(False)

    def _answer(self, right: bool) -> None:
        assert self.placement is not None
        seconds = max(0.0, self.clock() - self.item_started)
        self.item_timer.stop()
        self.placement.answer(right, seconds)
        self._save()
        self.go_on()

    # -- the work chosen, and the end -------------------------------------------------------
    def show_work(self) -> None:
        self._close_item()
        self.pages.setCurrentWidget(self.work_page)
        self.title.show()
        self.retranslate()
        first = self.work_tiles[WORK_CHOICES[0].id]
        self.setFocusProxy(first)
        first.setFocus()

    def choose_work(self, work_id: str | None) -> None:
        placement = self.placement
        if placement is None or not placement.done:
            return
        placement.choose_work(work_id)
        self._save()
        attempt = placement.finish(self.now())
        self.problem = ""
        try:
            self.host.finish(attempt)
        except TutorError as exc:
            self.problem = translate_error(exc)
        if not self.problem:
            self.placement = None
            self._save()  # recorded: nothing left to go on with
        self.show_map(attempt.metrics, attempt.details)
        if not self.problem:
            self.attempt_saved.emit(attempt)

    def show_last_map(self) -> None:
        attempt = self._last_attempt()
        if attempt is not None:
            self.problem = ""
            self.show_map(attempt.metrics, attempt.details, saved=False)

    def show_map(self, metrics: Mapping[str, Any], details: Mapping[str, Any],
                 saved: bool = True) -> None:
        self.map_rows_shown = skill_map(metrics, details)
        work = details.get("work")
        self.map_work = work if isinstance(work, str) else None
        self._fill_map()
        self.saved.setVisible(saved or bool(self.problem))
        self.saved.setText(self.problem or self.tr("Saved."))
        set_role(self.saved, "error" if self.problem else "hint")
        self.saved.style().polish(self.saved)
        self.pages.setCurrentWidget(self.map_page)
        self.title.show()
        self.retranslate()
        self.setFocusProxy(self.path_button)
        self.path_button.setFocus()

    def _fill_map(self) -> None:
        while self.map_layout.count():
            entry = self.map_layout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row in getattr(self, "map_rows_shown", []):
            skill = self.skills.get(row.skill)
            title = translated("skills", skill.title) if skill is not None else row.skill
            icon = skill.icon if skill is not None else ""
            self.map_layout.addWidget(self._map_row(
                f"placementMapRow:{row.skill}", _picture(icon, ROW_PICTURE), title,
                self.level_words(row), row))
        choice = work_choice(getattr(self, "map_work", None))
        if choice is not None:
            label = translated(CONTEXT, choice.label)
            self.map_layout.addWidget(self._map_row(
                "placementMapWork", work_icon(choice.picture).pixmap(
                    QSize(ROW_PICTURE, ROW_PICTURE)),
                self.tr("The work you want"), label, None))
        self.map_layout.addStretch(1)

    def level_words(self, row: SkillLevel) -> str:
        if row.status == NOT_ASSESSED:
            return self.tr("Not checked yet")
        if row.status == NOT_ASKED:
            return self.tr("After the mouse")
        if row.level == 0:
            return self.tr("Start at the beginning")
        if row.level >= row.top:
            return self.tr("Level {level} of {top}: all of it").format(
                level=row.level, top=row.top)
        return self.tr("Level {level} of {top}").format(level=row.level, top=row.top)

    def _map_row(self, name: str, pixmap: Any, title: str, words: str,
                 row: SkillLevel | None) -> QWidget:
        frame = QFrame()
        frame.setObjectName(name)
        set_role(frame, "card")
        picture = QLabel()
        picture.setPixmap(pixmap)
        picture.setFixedSize(QSize(ROW_PICTURE + 4, ROW_PICTURE + 4))
        name_label = set_role(QLabel(title), "cue")
        name_label.setWordWrap(True)
        words_label = QLabel(words)
        words_label.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(name_label)
        text.addWidget(words_label)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(picture)
        layout.addLayout(text, 1)
        if row is not None and row.top and row.status != NOT_ASSESSED:
            dots = LevelDots(row.level, row.top)
            dots.setAccessibleName(words)
            layout.addWidget(dots)
        frame.setAccessibleName(f"{title}: {words}")
        return frame

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        on_map = self.pages.currentWidget() is self.map_page
        self.title.setText(self.tr("My skill map") if on_map
                           else translated("skills", "Find my level"))
        going_on = self.placement is not None
        pairs = [
            (self.start_button, self.tr("Go on") if going_on else self.tr("Start")),
            (self.restart_button, self.tr("Start again")),
            (self.last_map_button, self.tr("My last skill map")),
            (self.cannot_button, self.tr("I can't do this")),
            (self.not_sure, self.tr("I don't know yet")),
            (self.path_button, self.tr("Start my path")),
        ]
        for widget, text in pairs:
            widget.setText(text)
            widget.setAccessibleName(text)
        for picture in self.intro_pictures:
            picture.setAccessibleName(translated("skills", str(picture.property("title"))))
        self.intro_bar.say_label.setText(self.tr(
            "A few short tasks show what you can already do. Do what you can; press "
            "\"I can't do this\" when you cannot. Then choose the work you want."))
        question = self.tr("What work would you like to do? Click its picture.")
        self.work_bar.say_label.setText(question)
        names = []
        for choice in WORK_CHOICES:
            label = translated(CONTEXT, choice.label)
            names.append(label)
            tile = self.work_tiles[choice.id]
            tile.setAccessibleName(label)
            tile.setToolTip(label)
        self.work_bar.spoken = " ".join([question, *(f"{name}." for name in names)])
        for bar in (self.intro_bar, self.work_bar):
            bar.retranslate()
        self._count_items()
        if self.pages.currentWidget() is self.map_page:
            self._fill_map()
        self.setAccessibleName(translated("skills", "Find my level"))
