"""The trainer's dialog for one learner's typing: lower (or raise) the thresholds.

Opened from the trainer's class view through the skill registry
(``SKILL.trainer_settings``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QWidget


class ThresholdsDialog(QDialog):
    """Lower (or raise) a learner's typing thresholds."""

    def __init__(self, settings: dict, parent: QWidget | None = None,
                 context: object = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Typing thresholds"))
        self.scale = QDoubleSpinBox()
        self.scale.setObjectName("thresholdScale")
        self.scale.setRange(0.3, 1.5)
        self.scale.setSingleStep(0.1)
        self.scale.setValue(float(settings.get("min_wpm_scale", 1.0)))
        self.drop = QDoubleSpinBox()
        self.drop.setObjectName("thresholdAccuracyDrop")
        self.drop.setRange(0, 20)
        self.drop.setValue(float(settings.get("min_accuracy_drop", 0.0)))
        self.target = QDoubleSpinBox()
        self.target.setObjectName("thresholdTarget")
        self.target.setRange(5, 80)
        self.target.setValue(float(settings.get("target_wpm", 25.0)))
        form = QFormLayout(self)
        for widget, text in ((self.scale, self.tr("Speed asked (× the lesson's)")),
                             (self.drop, self.tr("Accuracy asked, minus (%)")),
                             (self.target, self.tr("Adaptive practice target (WPM)"))):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("thresholdButtons")
        for which, name in ((QDialogButtonBox.StandardButton.Ok, "thresholdOk"),
                            (QDialogButtonBox.StandardButton.Cancel, "thresholdCancel")):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"min_wpm_scale": round(self.scale.value(), 2),
                "min_accuracy_drop": round(self.drop.value(), 1),
                "target_wpm": round(self.target.value(), 1)}
