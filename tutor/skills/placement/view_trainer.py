"""The trainer's side of the placement, opened from the trainer's class view through the
skill registry:

- ``PathDialog`` (``SKILL.trainer_settings``): one learner's levels as a table (at the
  placement and now), the work they chose, their next exercises, and the trainer's own
  order of exercises, which comes first in the path (stored in the learner's settings
  of the skill, ``next_step.OVERRIDE_SETTING``). "Start a placement now" opens the
  placement for the learner.
- ``ClassLevelsDialog`` (``SKILL.trainer_class``): the class grouped by level in one
  skill, to form groups, with every learner's levels now.

Widgets only: the levels and groups come from ``levels.py``, the path from ``path.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n.qt import translated
from tutor.profiles import lesson_language
from tutor.skills.placement.levels import (
    NO_PLACEMENT,
    NOT_CHECKED,
    LearnerLevels,
    group_by_level,
    learner_levels,
)
from tutor.skills.placement.model import CONTEXT, PLACED_SKILLS, ExerciseKey, work_choice
from tutor.skills.placement.next_step import OVERRIDE_SETTING, trainer_path
from tutor.skills.placement.path import AttemptLike
from tutor.skills.placement.report import level_words
from tutor.skills.placement.skill_map import SkillLevel
from tutor.ui.style import set_role, ui_icon

# How many of the learner's next exercises the dialog lists.
SHOWN_NEXT = 10


def _ladders(catalogue: Any, language: str) -> dict[str, dict[int, list[ExerciseKey]]]:
    from tutor.skills.placement.ladders import ladders_from

    return ladders_from(catalogue, language, PLACED_SKILLS)


def _button(name: str, icon: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if icon:
        button.setIcon(ui_icon(icon))
    return button


def _name(widget: QWidget, text: str) -> None:
    widget.setAccessibleName(text)
    if isinstance(widget, (QPushButton, QLabel)):
        widget.setText(text)


def _name_views(name: str, text: str, *views: QWidget) -> None:
    """The parts of a table, tree or drop-down list a screen reader also meets."""
    for index, view in enumerate(views):
        view.setObjectName(f"{name}{index}")
        view.setAccessibleName(text)


def _day(entry: LearnerLevels) -> str:
    if entry.placed_at is None:
        return ""
    day = entry.placed_at.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def level_text(row: SkillLevel | None, level: int | None = None) -> str:
    """A level as the trainer reads it (the report's words); ``level`` (now) in place of
    the row's."""
    return "—" if row is None else level_words(row, QCoreApplication.translate, level)


def work_text(work: str | None) -> str:
    choice = work_choice(work)
    return translated(CONTEXT, choice.label) if choice else \
        QCoreApplication.translate("PlacementTrainer", "not chosen")


def skill_title(skills: Mapping[str, Any], skill_id: str) -> str:
    skill = skills.get(skill_id)
    return translated("skills", skill.title) if skill is not None else skill_id


class PathDialog(QDialog):
    """One learner's levels, their path, and the trainer's own order of exercises."""

    def __init__(self, settings: dict, parent: QWidget | None = None,
                 context: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementPathDialog")
        self.settings = dict(settings)
        self.context = context
        self.open_room = False  # "Start a placement now" was pressed
        learner = context.learner
        self.language = lesson_language(learner)
        self.catalogue = context.catalogue
        self.skills = context.skills
        from tutor.store.attempts import attempts_of

        self.attempts = cast(Sequence[AttemptLike], attempts_of(context.db, learner.id))
        self.ladders = _ladders(self.catalogue, self.language)
        self.entry = learner_levels(str(learner.id), learner.display_name, self.attempts,
                                    self.ladders)
        self.override: list[ExerciseKey] = trainer_path({CONTEXT: self.settings})
        self.setWindowTitle(self.tr("Levels and path: {name}").format(
            name=learner.display_name))

        self.summary = QLabel()
        self.summary.setObjectName("placementSummary")
        self.summary.setWordWrap(True)
        self.levels = QTableWidget(0, 3)
        self.levels.setObjectName("placementLevels")
        self.levels.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.levels.verticalHeader().hide()
        self.levels.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.next_label = set_role(QLabel(), "cue")
        self.next_list = QListWidget()
        self.next_list.setObjectName("placementNextList")
        self.order_label = set_role(QLabel(), "cue")
        self.order_hint = set_role(QLabel(), "hint")
        self.order_hint.setWordWrap(True)
        self.order_list = QListWidget()
        self.order_list.setObjectName("placementOrderList")
        self.choices = QComboBox()
        self.choices.setObjectName("placementExerciseChoice")
        self.choices.setMinimumContentsLength(24)
        self.choices.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = _button("placementOrderAdd", "check")
        self.remove_button = _button("placementOrderRemove", "close")
        self.up_button = _button("placementOrderUp")
        self.down_button = _button("placementOrderDown")
        self.clear_button = _button("placementOrderClear")
        self.start_button = _button("placementStartNow", "search")
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.clear_button.clicked.connect(self.clear_order)
        self.start_button.clicked.connect(self.start_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("placementPathButtons")
        for which, name in ((QDialogButtonBox.StandardButton.Ok, "placementPathOk"),
                            (QDialogButtonBox.StandardButton.Cancel, "placementPathCancel")):
            button = self.buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        add_row = QHBoxLayout()
        add_row.addWidget(self.choices, 1)
        add_row.addWidget(self.add_button)
        move_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button,
                       self.clear_button):
            move_row.addWidget(button)
        move_row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.levels, 1)
        left.addWidget(self.next_label)
        left.addWidget(self.next_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.order_label)
        right.addWidget(self.order_hint)
        right.addLayout(add_row)
        right.addWidget(self.order_list, 1)
        right.addLayout(move_row)
        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self._fill_choices()
        self.retranslate()
        self._fill_levels()
        self._fill_lists()
        self.resize(940, 540)  # within a 1024x600 screen

    # -- the learner's levels ---------------------------------------------------------------
    def _fill_levels(self) -> None:
        entry = self.entry
        if entry.placed_at is None:
            self.summary.setText(self.tr("No placement yet. \"Start a placement now\" "
                                         "opens it for this learner."))
        else:
            self.summary.setText(self.tr("Placement of {day}. The work chosen: {work}.")
                                 .format(day=_day(entry), work=work_text(entry.work)))
        self.levels.setRowCount(len(entry.rows))
        for r, row in enumerate(entry.rows):
            cells = (skill_title(self.skills, row.skill), level_text(row),
                     level_text(row, entry.now.get(row.skill)))
            for c, text in enumerate(cells):
                self.levels.setItem(r, c, QTableWidgetItem(text))
        self.levels.setVisible(bool(entry.rows))

    # -- the path and the trainer's order ---------------------------------------------------
    def _fill_choices(self) -> None:
        self.choices.clear()
        for ladder in self.ladders.values():
            for level, keys in ladder.items():
                for pack_id, exercise_id in keys:
                    self.choices.addItem(self._exercise_text((pack_id, exercise_id), level),
                                         [pack_id, exercise_id])

    def _exercise_text(self, key: ExerciseKey, level: int | None = None) -> str:
        pack = self.catalogue.packs.get(key[0])
        skill = skill_title(self.skills, pack.skill) if pack is not None else key[0]
        title = self.catalogue.exercise_title(*key) or key[1]
        if level is None:
            return f"{skill} · {title}"
        return self.tr("{skill} · level {level} · {exercise}").format(
            skill=skill, level=level, exercise=title)

    def path(self) -> list[ExerciseKey]:
        from tutor.skills.placement.path import path_for

        return path_for(self.catalogue, self.language, self.attempts, self.override,
                        SHOWN_NEXT)

    def _fill_lists(self) -> None:
        self.next_list.clear()
        ordered = set(self.override)
        for key in self.path():
            mark = self.tr(" (your order)") if key in ordered else ""
            self.next_list.addItem(self._exercise_text(key) + mark)
        if self.next_list.count() == 0:
            self.next_list.addItem(self.tr("Nothing: no placement yet, or the path is done."))
        row = self.order_list.currentRow()
        self.order_list.clear()
        for key in self.override:
            item = QListWidgetItem(self._exercise_text(key))
            item.setData(Qt.ItemDataRole.UserRole, list(key))
            self.order_list.addItem(item)
        self.order_list.setCurrentRow(min(row, self.order_list.count() - 1))

    def add_chosen(self) -> None:
        data = self.choices.currentData()
        if not data:
            return
        key = (str(data[0]), str(data[1]))
        if key not in self.override:
            self.override.append(key)
        self._fill_lists()
        self.order_list.setCurrentRow(self.override.index(key))

    def remove_selected(self) -> None:
        row = self.order_list.currentRow()
        if 0 <= row < len(self.override):
            del self.override[row]
            self._fill_lists()

    def move_selected(self, step: int) -> None:
        row = self.order_list.currentRow()
        to = row + step
        if 0 <= row < len(self.override) and 0 <= to < len(self.override):
            self.override[row], self.override[to] = self.override[to], self.override[row]
            self._fill_lists()
            self.order_list.setCurrentRow(to)

    def clear_order(self) -> None:
        self.override = []
        self._fill_lists()

    def start_now(self) -> None:
        self.open_room = True
        self.accept()

    def values(self) -> dict:
        """The trainer's order (empty: the path as computed), merged into the learner's
        settings of the placement (a placement being done there is left as it is)."""
        return {OVERRIDE_SETTING: [list(key) for key in self.override]}

    def retranslate(self) -> None:
        self.levels.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("At the placement"), self.tr("Now")])
        self.levels.setAccessibleName(self.tr("Levels"))
        _name_views("placementLevelsPart", self.tr("Levels"), self.levels.horizontalHeader(),
                    self.levels.verticalHeader())
        _name(self.next_label, self.tr("Next exercises"))
        self.next_list.setAccessibleName(self.tr("Next exercises"))
        _name(self.order_label, self.tr("Your order for this learner"))
        self.order_hint.setText(self.tr(
            "These exercises come first, in this order, until each is passed; then the "
            "path goes on by itself."))
        self.order_list.setAccessibleName(self.tr("Your order for this learner"))
        self.choices.setAccessibleName(self.tr("An exercise to add"))
        _name_views("placementExerciseChoices", self.tr("An exercise to add"),
                    self.choices.view())
        for button, text in ((self.add_button, self.tr("Add")),
                             (self.remove_button, self.tr("Remove")),
                             (self.up_button, self.tr("Up")),
                             (self.down_button, self.tr("Down")),
                             (self.clear_button, self.tr("Clear")),
                             (self.start_button, self.tr("Start a placement now"))):
            _name(button, text)
        self.summary.setAccessibleName(self.tr("Placement"))


class ClassLevelsDialog(QDialog):
    """The class grouped by level in one skill, with every learner's levels now."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementClassDialog")
        self.context = context
        self.skills = context.skills
        self.placed = [skill for skill in PLACED_SKILLS if skill in self.skills]
        self.entries = self._read_class()
        self.group_label = QLabel()
        self.group_by = QComboBox()
        self.group_by.setObjectName("placementGroupBy")
        for skill in self.placed:
            self.group_by.addItem(skill_title(self.skills, skill), skill)
        self.group_by.currentIndexChanged.connect(self._fill)
        self.tree = QTreeWidget()
        self.tree.setObjectName("placementGroups")
        self.tree.setColumnCount(len(self.placed) + 3)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.close_button = _button("placementClassClose", "back")
        self.close_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.group_label)
        top.addWidget(self.group_by)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()
        self._fill()
        self.resize(960, 540)

    def _read_class(self) -> list[LearnerLevels]:
        from tutor.store.attempts import attempts_of
        from tutor.store.learners import list_learners

        ladders: dict[str, dict[str, dict[int, list[ExerciseKey]]]] = {}
        entries = []
        for learner in list_learners(self.context.db):
            language = lesson_language(learner)
            if language not in ladders:
                ladders[language] = _ladders(self.context.catalogue, language)
            entries.append(learner_levels(str(learner.id), learner.display_name,
                                          cast(Sequence[AttemptLike],
                                               attempts_of(self.context.db, learner.id)),
                                          ladders[language]))
        return entries

    def group_text(self, key: int | str, top: int, count: int) -> str:
        if key == NO_PLACEMENT:
            name = self.tr("No placement yet")
        elif key == NOT_CHECKED:
            name = self.tr("Not checked")
        elif key == 0:
            name = self.tr("Below level 1")
        else:
            name = self.tr("Level {level} of {top}").format(level=key, top=top)
        return self.tr("{group} ({count})").format(group=name, count=count)

    def _fill(self) -> None:
        skill = self.group_by.currentData() or (self.placed[0] if self.placed else "")
        self.tree.clear()
        for group in group_by_level(self.entries, skill):
            head = QTreeWidgetItem([self.group_text(group.key, group.top,
                                                    len(group.learners))])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for entry in group.learners:
                head.addChild(QTreeWidgetItem(self._learner_cells(entry)))
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def _learner_cells(self, entry: LearnerLevels) -> Sequence[str]:
        levels = [level_text(entry.row(skill), entry.now.get(skill))
                  if entry.placed_at is not None else "—" for skill in self.placed]
        work = work_text(entry.work) if entry.placed_at is not None else ""
        return [entry.name, *levels, work, _day(entry)]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The class by level"))
        _name(self.group_label, self.tr("Groups by the level in:"))
        self.group_by.setAccessibleName(self.tr("Groups by the level in:"))
        _name_views("placementGroupByList", self.tr("Groups by the level in:"),
                    self.group_by.view())
        self.tree.setHeaderLabels([self.tr("Learner"),
                                   *(skill_title(self.skills, s) for s in self.placed),
                                   self.tr("Work chosen"), self.tr("Placement")])
        self.tree.setAccessibleName(self.tr("The class by level"))
        _name_views("placementGroupsHeader", self.tr("The class by level"), self.tree.header())
        _name(self.close_button, self.tr("Close"))
