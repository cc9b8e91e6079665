"""The trainer's view of the job tasks (``SKILL.trainer_class``): for each learner and
project they tried, qualified or not (and the tries), the queue tasks done, the quality
and the speed (tasks an hour; keystrokes an hour for data entry), as the platforms
measure them. Widgets only: the figures come from ``progress.standings``."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.skills.jobs.progress import AttemptLike, standings
from tutor.ui.style import set_role, ui_icon

SKILL_ID = "jobs"


class OpenProjectsDialog(QDialog):
    """One learner's projects: the ladder (a level opens once the learner qualified at the
    level below), or every project open at once (a learner who already does the work)."""

    def __init__(self, settings: dict, parent: QWidget | None = None,
                 context: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsOpenProjectsDialog")
        self.setWindowTitle(self.tr("Job tasks: projects open"))
        self.all_open = QCheckBox(self.tr(
            "Open every project to this learner now (otherwise a level opens once the "
            "learner qualifies at the level below)"))
        self.all_open.setObjectName("jobsAllOpen")
        self.all_open.setAccessibleName(self.all_open.text())
        self.all_open.setChecked(settings.get("all_open") is True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("jobsOpenProjectsButtons")
        for which, name in ((QDialogButtonBox.StandardButton.Ok, "jobsOpenProjectsOk"),
                            (QDialogButtonBox.StandardButton.Cancel, "jobsOpenProjectsCancel")):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_open)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"all_open": self.all_open.isChecked()}


class ProjectsDialog(QDialog):
    """Quality and speed per learner and project."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsTrainerDialog")
        self.setWindowTitle(self.tr("Job tasks: quality and speed"))
        from tutor.store.attempts import attempts_of
        from tutor.store.learners import list_learners

        self.hint = set_role(QLabel(self.tr(
            "One row per learner and project tried. Quality: the mean score of the queue's "
            "tasks; platforms often ask 80% or more.")), "hint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("jobsTrainerTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([
            self.tr("Learner"), self.tr("Project"), self.tr("Qualified"), self.tr("Tasks"),
            self.tr("Quality"), self.tr("Tasks an hour"), self.tr("Keystrokes an hour")])
        self.table.setAccessibleName(self.windowTitle())
        for index, header in enumerate((self.table.horizontalHeader(),
                                        self.table.verticalHeader())):
            header.setObjectName(f"jobsTrainerTablePart{index}")
            header.setAccessibleName(self.windowTitle())
        rows = []
        catalogue = context.catalogue
        for learner in list_learners(context.db):
            for (pack_id, exercise_id), standing in sorted(
                    standings(cast(list[AttemptLike],
                                   attempts_of(context.db, learner.id, SKILL_ID))).items()):
                title = catalogue.exercise_title(pack_id, exercise_id) or exercise_id
                rows.append((learner.display_name, title, standing))
        self.table.setRowCount(len(rows))
        for r, (name, title, standing) in enumerate(rows):
            qualified = (self.tr("yes") if standing.qualified
                         else self.tr("not yet (tries: {tries})").format(tries=standing.tries))
            cells: list[object] = [
                name, title, qualified, standing.tasks,
                f"{round(standing.quality * 100)}%" if standing.tasks else "",
                round(standing.tasks_per_hour) if standing.tasks else "",
                round(standing.kph) if standing.kph is not None else ""]
            for c, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setSortingEnabled(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("jobsTrainerClose")
        self.close_button.setIcon(ui_icon("back"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(940, 520)
