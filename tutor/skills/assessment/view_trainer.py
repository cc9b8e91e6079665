"""The trainer starts an assessment for a learner (``SKILL.trainer_settings``).

The trainer chooses one of the five assessments, ticks that they are in the room and
watch the learner during the test, and gives their name. "Start now" stores the
assessment as waiting in the learner's settings of the skill (``engine.PENDING``) and
opens the room for the learner (``open_room``); the room clears it as the test starts,
so the test is taken once. The learner's earlier assessments are listed below.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n.qt import translated
from tutor.profiles import lesson_language
from tutor.skills.assessment.definitions import ASSESSMENTS
from tutor.skills.assessment.engine import PENDING, SKILL, iso
from tutor.skills.assessment.model import CONTEXT, Assessment
from tutor.ui.style import set_role, ui_icon


def available(definition: Assessment, catalogue: Any, language: str) -> bool:
    """Can it be taken here? A task needs its exercise's pack installed."""
    exercise = definition.exercise(language)
    if exercise is None:
        return True
    pack = catalogue.packs.get(exercise[0]) if catalogue is not None else None
    return pack is not None and pack.exercise(exercise[1]) is not None


class StartDialog(QDialog):
    """Choose an assessment, confirm being present, give a name, start."""

    def __init__(self, settings: dict, parent: QWidget | None = None,
                 context: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentStartDialog")
        self.settings = dict(settings)
        self.context = context
        self.open_room = False
        learner = context.learner
        self.learner = learner
        self.language = lesson_language(learner)
        self.setWindowTitle(self.tr("Start an assessment: {name}").format(
            name=learner.display_name))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("assessmentChoices")
        self.choices.setWordWrap(True)  # a choice's words on lines, never under a scroll
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for definition in ASSESSMENTS:
            item = QListWidgetItem(self._choice_text(definition))
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
            if not available(definition, context.catalogue, self.language):
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(self.tr("{assessment} (its exercise is not installed)").format(
                    assessment=self._choice_text(definition)))
            self.choices.addItem(item)
        self.present = QCheckBox()
        self.present.setObjectName("assessmentPresent")
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("assessmentSupervisor")
        self.supervisor.setMaxLength(120)
        self.supervisor_label = QLabel()
        self.supervisor_label.setBuddy(self.supervisor)
        self.earlier_label = set_role(QLabel(), "cue")
        self.earlier = QListWidget()
        self.earlier.setObjectName("assessmentEarlier")
        self.earlier.setMaximumHeight(110)
        self.start_button = set_role(QPushButton(), "primary")
        self.start_button.setObjectName("assessmentStart")
        self.start_button.setIcon(ui_icon("check"))
        self.start_button.clicked.connect(self.start_now)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("assessmentStartButtons")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("assessmentStartCancel")
        cancel.setAccessibleName(cancel.text())
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.choices.currentRowChanged, self.present.toggled,
                       self.supervisor.textChanged):
            signal.connect(self._enable)

        form = QFormLayout()
        form.addRow(self.supervisor_label, self.supervisor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.present)
        layout.addLayout(form)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.earlier)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill_earlier()
        self._enable()
        self.resize(760, 520)  # within a 1024x600 screen

    def _choice_text(self, definition: Assessment) -> str:
        return self.tr("{name} ({minutes} min)\n{description}").format(
            name=translated(CONTEXT, definition.title), minutes=f"{definition.minutes:g}",
            description=translated(CONTEXT, definition.description))

    def chosen(self) -> Assessment | None:
        item = self.choices.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((d for d in ASSESSMENTS if d.id == wanted), None)

    def _enable(self) -> None:
        self.start_button.setEnabled(self.chosen() is not None and self.present.isChecked()
                                     and bool(self.supervisor.text().strip()))

    def _fill_earlier(self) -> None:
        from tutor.store.attempts import attempts_of

        self.earlier.clear()
        titles = {d.id: translated(CONTEXT, d.title) for d in ASSESSMENTS}
        for attempt in reversed(attempts_of(self.context.db, self.learner.id, SKILL)):
            day = attempt.finished_at.astimezone().date()
            when = QLocale().toString(QDate(day.year, day.month, day.day),
                                      QLocale.FormatType.ShortFormat)
            verdict = self.tr("passed") if attempt.passed else self.tr("not passed")
            confirmed = self.tr("confirmed") if (attempt.details or {}).get("confirmed") \
                else self.tr("not confirmed")
            self.earlier.addItem(" · ".join((when, titles.get(attempt.exercise_id,
                                                              attempt.exercise_id),
                                             verdict, confirmed)))
        if self.earlier.count() == 0:
            self.earlier.addItem(self.tr("None yet."))

    def start_now(self) -> None:
        if self.chosen() is None or not self.start_button.isEnabled():
            return
        self.open_room = True
        self.accept()

    def values(self) -> dict:
        """The assessment waiting for the learner, merged into their settings of the
        skill (nothing when the dialog was cancelled)."""
        chosen = self.chosen()
        if not self.open_room or chosen is None:
            return {}
        return {PENDING: {"id": chosen.id, "supervisor": " ".join(self.supervisor.text().split()),
                          "present": True, "set": iso(datetime.now(UTC))}}

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Choose the assessment. The learner takes it once, without pausing, while you "
            "watch; at the end you type the trainer password to confirm you were there."))
        self.choices.setAccessibleName(self.tr("Assessments"))
        self.present.setText(self.tr("I am in the room and I watch the learner during the test"))
        self.present.setAccessibleName(self.present.text())
        self.supervisor_label.setText(self.tr("Your name"))
        self.supervisor.setAccessibleName(self.tr("Your name"))
        self.earlier_label.setText(self.tr("Earlier assessments"))
        self.earlier.setAccessibleName(self.tr("Earlier assessments"))
        self.start_button.setText(self.tr("Start now"))
        self.start_button.setAccessibleName(self.tr("Start now"))
