"""The home screen: the learner's next step (when a skill's ``next_step`` hook gives
one), the learner's skills as large tiles with their progress, and what they did
recently."""

from __future__ import annotations

import logging
import textwrap

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tutor.content import Catalogue
from tutor.i18n.qt import translated
from tutor.profiles import lesson_language
from tutor.skills import Skill, load_hook
from tutor.store.attempts import passed_exercises, recent_attempts
from tutor.store.db import Database
from tutor.store.models import Learner
from tutor.ui.style import set_role, skill_icon, tile_icon_size
from tutor.ui.tiles import TileGrid, make_tile

RECENT = 5
log = logging.getLogger(__name__)


class HomeScreen(QWidget):
    skill_opened = Signal(str)
    step_opened = Signal(str, str, str)  # the next step: skill id, pack id, exercise id

    def __init__(self, db: Database, skills: dict[str, Skill], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homeScreen")
        self.db = db
        self.skills = skills
        self.learner: Learner | None = None
        self._built_narrow = False  # the tiles were made for a narrow page
        self.catalogue = Catalogue()

        self.greeting = set_role(QLabel(), "title")
        self.greeting.setObjectName("homeGreeting")
        self.skills_label = set_role(QLabel(), "subtitle")
        self.empty = set_role(QLabel(), "subtitle")
        self.empty.setObjectName("homeNoSkills")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = TileGrid("skillGrid")
        self.next_step = make_tile("nextStepTile", "", QIcon(), tile_icon_size("normal"))
        self.next_step.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.next_step.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.next_step.clicked.connect(self._open_next_step)
        self.next_step.hide()
        self.step: tuple[str, str, str, str] | None = None
        self.recent_label = set_role(QLabel(), "subtitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentActivity")
        self.recent.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.recent.setMaximumHeight(self.RECENT_HEIGHT)
        self.recent.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        card = set_role(QFrame(), "card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.recent_label)
        card_layout.addWidget(self.recent)

        layout = self.page_layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        # The greeting, and beside it the next step (the skills keep their room); the
        # next step alone when both do not fit side by side (large text, a long title).
        top = self.top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.greeting, 1)
        top.addWidget(self.next_step, 0)
        layout.addLayout(top)
        layout.addWidget(self.skills_label)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.grid, 1)
        layout.addWidget(card)
        self.retranslate()

    # The skills keep the room on a small screen: what was done recently gets a few lines
    # on a 600-pixel netbook, more where there is room.
    RECENT_HEIGHT, RECENT_HEIGHT_SMALL, SMALL_BELOW = 140, 56, 600
    # A page narrower than the skills' tiles at full size (and the margins) gets smaller
    # pictures, so that every skill stands in one row: six or seven on a 1024-pixel
    # screen (at full size the sixth went under a scroll).
    FULL_TILE, PAGE_MARGINS = 184, 48  # a tile at full size with its spacing; pixels

    def _narrow(self) -> bool:
        shown = sum(skill.home for skill in self.skills.values())
        return self.width() < shown * self.FULL_TILE + self.PAGE_MARGINS

    def _tile_icon_size(self) -> QSize:
        size = tile_icon_size(self.learner.text_size if self.learner else "normal")
        if self._narrow():
            size = QSize(size.width() * 2 // 3, size.height() * 2 // 3)
        return size

    def _refit_tiles(self) -> None:
        """After a resize across the narrow width: the tiles again, in their new size."""
        if self.learner is not None and self._narrow() != self._built_narrow:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # (after this event: a resize comes in the middle of a language change, when
        # showing or hiding children is not safe)
        QTimer.singleShot(0, self, self._show_question)
        QTimer.singleShot(0, self, self._refit_tiles)
        small = self.height() < self.SMALL_BELOW
        self.recent.setMaximumHeight(self.RECENT_HEIGHT_SMALL if small else self.RECENT_HEIGHT)
        margin = 12 if small else 24
        self.page_layout.setContentsMargins(margin, margin, margin, margin)
        self._place_next_step()

    def _place_next_step(self) -> None:
        """The next step beside the greeting if both fit in the page's width; else the
        next step alone (the top bar still names the learner): the skills keep their
        room on a small screen in large text."""
        # (Its words are left out, not the label hidden: this runs while a language
        # change goes through the page, when showing or hiding children is not safe.)
        name = self.learner.display_name if self.learner else ""
        text = self.tr("Hello, {name}!").format(name=name)
        margins = self.page_layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        self.greeting.ensurePolished()
        needed = self.greeting.fontMetrics().horizontalAdvance(text) + 8
        beside = needed + self.top.spacing() + self.next_step.width() <= room
        text = text if beside or self.step is None else ""
        if self.greeting.text() != text:
            self.greeting.setText(text)

    def _show_question(self) -> None:
        """The question above the tiles gives them its line on a small screen, or when
        the next step is shown: the tiles (and the step) say it."""
        self.skills_label.setVisible(self.height() >= self.SMALL_BELOW and self.step is None)

    def show_learner(self, learner: Learner, catalogue: Catalogue) -> None:
        self.learner = learner
        self.catalogue = catalogue
        self.refresh()

    def focus_first_skill(self) -> None:
        """Keyboard users start on the next step, else the first skill: Space or Enter
        opens it."""
        tiles = self.grid.tiles()
        if self.next_step.isVisibleTo(self):
            self.next_step.setFocus()
        elif tiles:
            tiles[0].setFocus()

    def refresh(self) -> None:
        """Rebuild from the database: only this learner's attempts are read."""
        learner = self.learner
        if learner is None:
            return
        passed = passed_exercises(self.db, learner.id)
        size = self._tile_icon_size()
        self._built_narrow = narrow = self._narrow()
        tiles = []
        for skill in self.skills.values():
            if not skill.home:  # (a trainer opens it, never a learner's tile)
                continue
            title = translated("skills", skill.title)
            # Done: the exercises passed among those counted (the course in the learner's
            # language), not every pack or practice ever passed.
            keys = self.catalogue.exercise_keys(skill.id, lesson_language(learner))
            total, done = len(keys), len(keys & passed)
            # (a skill that is no course, the placement, has no count of lessons)
            progress = (self.tr("{done} of {total} done").format(done=done, total=total)
                        if skill.course else "")
            # A long name on two lines, so that five skills fit side by side (all of them
            # on a narrow page, where the count is shown as "0 / 38").
            said = f"{title}, {progress}" if progress else title  # (in words, always)
            if narrow and progress:
                progress = f"{done} / {total}"
            shown = textwrap.fill(title, max(len(progress), 12), break_long_words=False)
            tile = make_tile(f"skillTile:{skill.id}",
                             f"{shown}\n{progress}" if progress else shown,
                             skill_icon(skill.icon), size)
            tile.setAccessibleName(said)
            if narrow:  # narrow padding (the style sheet's compact tiles)
                tile.setProperty("compact", True)
                tile.style().unpolish(tile)
                tile.style().polish(tile)
            tile.clicked.connect(lambda _=False, s=skill.id: self.skill_opened.emit(s))
            tiles.append(tile)
        self.grid.set_spacing(8 if narrow else 12)
        # The keyboard stays where it was when the tiles are made again (a resize across
        # the narrow width, the lesson packs loaded, a language change): it was lost with
        # the old tile (keys typed meanwhile went from the top bar on).
        had_focus = next((t.objectName() for t in [self.next_step, *self.grid.tiles()]
                          if t.hasFocus()), None)
        self.grid.set_tiles(tiles)
        self.grid.verticalScrollBar().setValue(0)  # the first row in view, as a page opens
        self.grid.setVisible(bool(tiles))
        self.empty.setVisible(not tiles)
        self._show_next_step(learner, size)
        if had_focus is not None:
            again = next((t for t in [self.next_step, *tiles] if t.objectName() == had_focus
                          and t.isVisibleTo(self)), tiles[0] if tiles else None)
            if again is not None:
                again.setFocus()
        if tiles and self.next_step.isVisibleTo(self):
            # The next step, then the skills in reading order (setTabOrder moves the
            # second after the first: each tile is put back after the one before it,
            # or Tab and the arrows went from the first skill to the list below).
            for first, second in zip([self.next_step, *tiles], tiles, strict=False):
                QWidget.setTabOrder(first, second)

        self.recent.clear()
        locale = QLocale()
        for attempt in recent_attempts(self.db, learner.id, RECENT):
            attempt_skill = self.skills.get(attempt.skill)
            skill_title = (translated("skills", attempt_skill.title) if attempt_skill
                           else attempt.skill)
            day = attempt.finished_at.astimezone().date()
            when = locale.toString(QDate(day.year, day.month, day.day),
                                   QLocale.FormatType.ShortFormat)
            verdict = self.tr("passed") if attempt.passed else self.tr("not yet")
            exercise = (self.catalogue.exercise_title(attempt.pack_id, attempt.exercise_id)
                        or skill_title)  # an exercise no longer installed: its skill
            parts = [when, skill_title, exercise] if exercise != skill_title \
                else [when, skill_title]
            if attempt_skill is not None and not attempt_skill.course:
                # (a placement: done, with no score or verdict a learner would misread)
                self.recent.addItem(" · ".join(parts))
                continue
            self.recent.addItem(" · ".join(
                [*parts, f"{round(attempt.score * 100)}%", verdict]))
        if self.recent.count() == 0:
            self.recent.addItem(self.tr("Nothing yet. Choose a skill to start."))
            self.recent.item(0).setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.retranslate()

    def _find_next_step(self, learner: Learner) -> tuple[str, str, str, str] | None:
        """The first step a skill's ``next_step`` hook gives: (skill id, pack id, exercise
        id, title). A hook that fails is logged and passed over."""
        for skill in self.skills.values():
            if not skill.next_step:
                continue
            try:
                step = load_hook(skill.next_step)(self.db, learner, self.catalogue)
            except Exception:  # a broken hook must not stop the home screen
                log.exception("the next step of %s failed", skill.id)
                continue
            if step is not None and step[0] in self.skills:
                skill_id, pack_id, exercise_id, title = step
                return (skill_id, pack_id, exercise_id, title)
        return None

    def _show_next_step(self, learner: Learner, size: QSize) -> None:
        self.step = self._find_next_step(learner)
        self.next_step.setVisible(self.step is not None)
        self._show_question()
        if self.step is None:
            self._place_next_step()
            return
        skill = self.skills[self.step[0]]
        self.next_step.setIcon(skill_icon(skill.icon))
        small = QSize(size.width() * 2 // 3, size.height() * 2 // 3)
        self.next_step.setIconSize(small)
        self._name_next_step()

    def _name_next_step(self) -> None:
        if self.step is None:
            self.next_step.setAccessibleName(self.tr("Next step"))
            return
        # (no title: the skill's own, as the placement before any placement)
        label = self.tr("Next step")
        title = self.step[3] or translated("skills", self.skills[self.step[0]].title)
        # A long title on two lines, so that the greeting keeps its room.
        self.next_step.setText(f"{label}\n{textwrap.fill(title, 26, break_long_words=False)}")
        self.next_step.setAccessibleName(
            self.tr("Next step: {exercise}").format(exercise=title))
        # As large as its words and its picture.
        self.next_step.setMinimumSize(0, 0)
        self.next_step.setMaximumSize(16777215, 16777215)
        self.next_step.ensurePolished()
        hint = self.next_step.sizeHint()
        self.next_step.setFixedSize(hint.width() + 24,
                                    max(hint.height(), self.next_step.iconSize().height() + 20))
        self._place_next_step()

    def _open_next_step(self) -> None:
        if self.step is not None:
            self.step_opened.emit(*self.step[:3])

    def retranslate(self) -> None:
        self._name_next_step()
        self._place_next_step()  # the greeting, if there is room for it
        self.skills_label.setText(self.tr("What do you want to practise?"))
        self.empty.setText(
            self.tr("No skill is installed yet. Ask your trainer to install a newer "
                    "version of Tutor.")
        )
        self.grid.setAccessibleName(self.tr("Skills"))
        self.recent_label.setText(self.tr("What you did recently"))
        self.recent.setAccessibleName(self.tr("What you did recently"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.learner is not None:
            self.refresh()
        super().changeEvent(event)
