"""The home screen: the learner's skills as large tiles with their progress, and what
they did recently."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from tutor.content import Catalogue
from tutor.i18n.qt import translated
from tutor.profiles import lesson_language
from tutor.skills import Skill
from tutor.store.attempts import passed_exercises, recent_attempts
from tutor.store.db import Database
from tutor.store.models import Learner
from tutor.ui.style import set_role, skill_icon, tile_icon_size
from tutor.ui.tiles import TileGrid, make_tile

RECENT = 5


class HomeScreen(QWidget):
    skill_opened = Signal(str)

    def __init__(self, db: Database, skills: dict[str, Skill], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homeScreen")
        self.db = db
        self.skills = skills
        self.learner: Learner | None = None
        self.catalogue = Catalogue()

        self.greeting = set_role(QLabel(), "title")
        self.greeting.setObjectName("homeGreeting")
        self.skills_label = set_role(QLabel(), "subtitle")
        self.empty = set_role(QLabel(), "subtitle")
        self.empty.setObjectName("homeNoSkills")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = TileGrid("skillGrid")
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
        layout.addWidget(self.greeting)
        layout.addWidget(self.skills_label)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.grid, 1)
        layout.addWidget(card)
        self.retranslate()

    # The skills keep the room on a small screen: what was done recently gets a few lines
    # on a 600-pixel netbook, more where there is room.
    RECENT_HEIGHT, RECENT_HEIGHT_SMALL, SMALL_BELOW = 140, 56, 600

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        small = self.height() < self.SMALL_BELOW
        self.recent.setMaximumHeight(self.RECENT_HEIGHT_SMALL if small else self.RECENT_HEIGHT)
        # (and the question above the tiles gives them its line: the tiles say it)
        self.skills_label.setVisible(not small)
        margin = 12 if small else 24
        self.page_layout.setContentsMargins(margin, margin, margin, margin)

    def show_learner(self, learner: Learner, catalogue: Catalogue) -> None:
        self.learner = learner
        self.catalogue = catalogue
        self.refresh()

    def focus_first_skill(self) -> None:
        """Keyboard users start on the first skill: Space or Enter opens it."""
        tiles = self.grid.tiles()
        if tiles:
            tiles[0].setFocus()

    def refresh(self) -> None:
        """Rebuild from the database: only this learner's attempts are read."""
        learner = self.learner
        if learner is None:
            return
        passed = passed_exercises(self.db, learner.id)
        size = tile_icon_size(learner.text_size)
        tiles = []
        for skill in self.skills.values():
            title = translated("skills", skill.title)
            # Done: the exercises passed among those counted (the course in the learner's
            # language), not every pack or practice ever passed.
            keys = self.catalogue.exercise_keys(skill.id, lesson_language(learner))
            total, done = len(keys), len(keys & passed)
            progress = self.tr("{done} of {total} done").format(done=done, total=total)
            # A long name on two lines, so that five skills fit side by side.
            shown = textwrap.fill(title, max(len(progress), 12), break_long_words=False)
            tile = make_tile(f"skillTile:{skill.id}", f"{shown}\n{progress}",
                             skill_icon(skill.icon), size)
            tile.setAccessibleName(f"{title}, {progress}")
            tile.clicked.connect(lambda _=False, s=skill.id: self.skill_opened.emit(s))
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        self.grid.setVisible(bool(tiles))
        self.empty.setVisible(not tiles)

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
            self.recent.addItem(" · ".join(
                [*parts, f"{round(attempt.score * 100)}%", verdict]))
        if self.recent.count() == 0:
            self.recent.addItem(self.tr("Nothing yet. Choose a skill to start."))
            self.recent.item(0).setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.learner.display_name if self.learner else ""
        self.greeting.setText(self.tr("Hello, {name}!").format(name=name))
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
