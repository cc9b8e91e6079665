"""A learner's settings: language, text size, keyboard and PIN. Each change is saved
and applied at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tutor import pins, profiles
from tutor.errors import TutorError
from tutor.i18n import LANGUAGES
from tutor.i18n.qt import translate_error, translated
from tutor.store.db import Database
from tutor.store.learners import (
    get_learner,
    set_pin,
    set_skill_settings,
    skill_settings,
    update_learner,
)
from tutor.store.models import Learner
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import set_role, ui_icon


class SettingsDialog(Retranslating, QDialog):
    """Emits ``learner_changed`` with the saved learner after each change."""

    learner_changed = Signal(object)

    def __init__(self, db: Database, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.db = db
        self.learner = learner

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, native in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(self.language.findData(learner.ui_language))
        self.language.currentIndexChanged.connect(self._language_changed)

        self.lessons = QComboBox()
        self.lessons.setObjectName("lessonLanguageCombo")
        self.lessons.addItem("", "")  # "the same as the screens", named in retranslate
        for code, native in LANGUAGES.items():
            self.lessons.addItem(native, code)
        chosen = skill_settings(learner, "ui").get("lesson_language") or ""
        self.lessons.setCurrentIndex(max(0, self.lessons.findData(chosen)))
        self.lessons.currentIndexChanged.connect(self._lessons_changed)

        self.sizes = QButtonGroup(self)
        size_row = QHBoxLayout()
        for key in profiles.TEXT_SIZES:
            radio = QRadioButton()
            radio.setObjectName(f"textSize:{key}")
            radio.setProperty("text_size", key)
            radio.setChecked(key == learner.text_size)
            self.sizes.addButton(radio)
            size_row.addWidget(radio)
        self.sizes.buttonToggled.connect(self._size_toggled)

        self.contrast = QCheckBox()
        self.contrast.setObjectName("highContrast")
        self.contrast.setChecked(bool(skill_settings(learner, "ui").get("high_contrast")))
        self.contrast.toggled.connect(self._contrast_toggled)
        size_row.addWidget(self.contrast)

        self.keyboard = QComboBox()
        self.keyboard.setObjectName("keyboardCombo")
        for code in profiles.KEYBOARD_LAYOUTS:
            self.keyboard.addItem(code, code)
        self.keyboard.setCurrentIndex(self.keyboard.findData(learner.keyboard_layout))
        self.keyboard.currentIndexChanged.connect(self._keyboard_changed)

        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("settingsPinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(pins.PIN_LENGTH)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") * 4)
        self.pin_save = QPushButton()
        self.pin_save.setObjectName("settingsPinSave")
        self.pin_save.setIcon(ui_icon("lock"))
        self.pin_save.clicked.connect(self._save_pin)
        self.pin_remove = QPushButton()
        self.pin_remove.setObjectName("settingsPinRemove")
        self.pin_remove.clicked.connect(self._remove_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_edit)
        pin_row.addWidget(self.pin_save)
        pin_row.addWidget(self.pin_remove)

        self.status = set_role(QLabel(), "hint")
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.close_button = set_role(QPushButton(), "primary")
        self.close_button.setObjectName("settingsClose")
        self.close_button.setIcon(ui_icon("check"))
        self.close_button.clicked.connect(self.accept)

        self.form = QFormLayout()
        self.language_label = QLabel()
        self.size_label = QLabel()
        self.keyboard_label = QLabel()
        self.pin_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.lessons_label = QLabel()
        self.form.addRow(self.lessons_label, self.lessons)
        self.form.addRow(self.size_label, size_row)
        self.form.addRow(self.keyboard_label, self.keyboard)
        self.form.addRow(self.pin_label, pin_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    # -- saving ---------------------------------------------------------------------
    def _save(self, **changes: str) -> None:
        try:
            self.learner = update_learner(self.db, self.learner.id, **changes)
        except TutorError as exc:
            self.status.setText(translate_error(exc))
            return
        self.status.setText(self.tr("Saved."))
        self.learner_changed.emit(self.learner)

    def _language_changed(self, index: int) -> None:
        self._save(ui_language=self.language.itemData(index))

    def _size_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._save(text_size=str(button.property("text_size")))

    def _lessons_changed(self, index: int) -> None:
        self._save_ui({"lesson_language": self.lessons.itemData(index) or None})

    def _contrast_toggled(self, checked: bool) -> None:
        self._save_ui({"high_contrast": checked})

    def _save_ui(self, values: dict) -> None:
        try:
            self.learner = set_skill_settings(self.db, self.learner.id, "ui", values)
        except TutorError as exc:
            self.status.setText(translate_error(exc))
            return
        self.status.setText(self.tr("Saved."))
        self.learner_changed.emit(self.learner)

    def _keyboard_changed(self, index: int) -> None:
        self._save(keyboard_layout=self.keyboard.itemData(index))

    def _save_pin(self) -> None:
        pin = self.pin_edit.text()
        if not pins.is_valid_pin(pin):
            self.status.setText(self.tr("A PIN is 4 numbers, like 2580."))
            return
        self._set_pin(pin)

    def _remove_pin(self) -> None:
        self._set_pin(None)

    def _set_pin(self, pin: str | None) -> None:
        try:
            set_pin(self.db, self.learner.id, pin)
        except TutorError as exc:
            self.status.setText(translate_error(exc))
            return
        self.pin_edit.clear()
        self.learner = get_learner(self.db, self.learner.id)
        self.learner_changed.emit(self.learner)
        self.status.setText(self.tr("Your PIN is saved.") if pin else self.tr("PIN removed."))
        self._update_pin_buttons()

    def _update_pin_buttons(self) -> None:
        self.pin_remove.setEnabled(self.learner.pin_hash is not None)

    # -- text -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My settings"))
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.view().setObjectName("languageList")
        self.language.view().setAccessibleName(self.tr("Language"))
        self.lessons_label.setText(self.tr("Lessons in"))
        self.lessons.setItemText(0, self.tr("The language of the screens"))
        self.lessons.setAccessibleName(self.tr("Language of the lessons"))
        self.lessons.view().setObjectName("lessonLanguageList")
        self.lessons.view().setAccessibleName(self.tr("Language of the lessons"))
        self.size_label.setText(self.tr("Text size"))
        for radio in self.sizes.buttons():
            key = str(radio.property("text_size"))
            radio.setText(translated("profiles", profiles.TEXT_SIZE_NAMES[key]))
            radio.setAccessibleName(radio.text())
        self.contrast.setText(self.tr("High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast: white on black"))
        self.keyboard_label.setText(self.tr("Keyboard"))
        self.keyboard.setAccessibleName(self.tr("Keyboard"))
        self.keyboard.view().setObjectName("keyboardList")
        self.keyboard.view().setAccessibleName(self.tr("Keyboard"))
        for index in range(self.keyboard.count()):
            code = self.keyboard.itemData(index)
            self.keyboard.setItemText(
                index, translated("profiles", profiles.KEYBOARD_LAYOUTS[code])
            )
        self.pin_label.setText(self.tr("PIN"))
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.pin_edit.setPlaceholderText(self.tr("4 numbers"))
        self.pin_save.setText(self.tr("Save PIN"))
        self.pin_save.setAccessibleName(self.tr("Save PIN"))
        self.pin_remove.setText(self.tr("No PIN"))
        self.pin_remove.setAccessibleName(self.tr("Remove the PIN"))
        self.close_button.setText(self.tr("Done"))
        self.close_button.setAccessibleName(self.tr("Done"))
        self._update_pin_buttons()
