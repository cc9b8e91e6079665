""""I am new": a new learner profile in five big steps.

Name, picture, language, keyboard and an optional PIN. Choosing a language switches the
interface at once, so the remaining steps are in the learner's language.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor import pins, profiles
from tutor.errors import TutorError
from tutor.i18n import LANGUAGES
from tutor.i18n.qt import translate_error, translated
from tutor.store.db import Database
from tutor.store.learners import create_learner
from tutor.ui.fitting import CurrentPageStack
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import avatar_icon, keycaps_icon, set_role, ui_icon
from tutor.ui.tiles import TileGrid, make_tile

STEPS = ("name", "picture", "language", "keyboard", "pin")


class NewLearnerScreen(Retranslating, QWidget):
    created = Signal(object)  # the new Learner
    cancelled = Signal()
    language_chosen = Signal(str)  # preview the interface in this language

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLearnerScreen")
        self.db = db
        self.step = 0

        self.title = set_role(QLabel(), "title")
        self.title.setObjectName("newLearnerTitle")
        self.step_label = set_role(QLabel(), "hint")
        self.step_label.setObjectName("newLearnerStep")
        self.question = set_role(QLabel(), "subtitle")
        self.question.setWordWrap(True)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("newLearnerError")
        self.error.setWordWrap(True)
        self.pages = CurrentPageStack()  # as tall as the step shown, not the tallest
        self.pages.setObjectName("newLearnerPages")

        # 1. name
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(profiles.NAME_MAX)
        self.name_edit.returnPressed.connect(self.next_step)
        self.pages.addWidget(_page(self.name_edit))
        # 2. picture
        self.pictures = TileGrid("pictureGrid")
        self.picture_group = QButtonGroup(self)
        self.picture_group.setExclusive(True)
        tiles = []
        for name in profiles.pictures():
            tile = make_tile(f"picture:{name}", "", avatar_icon(name), QSize(80, 80))
            tile.setCheckable(True)
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            tile.setFixedSize(QSize(110, 110))
            tile.setProperty("picture", name)
            self.picture_group.addButton(tile)
            tiles.append(tile)
        self.pictures.set_tiles(tiles)
        self.picture_group.buttonClicked.connect(lambda _b: self.error.clear())
        self.pages.addWidget(self.pictures)
        # 3. language: each written in its own language
        self.language_group = QButtonGroup(self)
        self.languages = TileGrid("languageGrid")
        for code, native in LANGUAGES.items():
            button = make_tile(f"language:{code}", native, ui_icon("language"), QSize(48, 48))
            button.setCheckable(True)
            button.setProperty("language", code)
            self.language_group.addButton(button)
        self.languages.set_tiles(self.language_group.buttons())
        self.language_group.buttonClicked.connect(self._language_clicked)
        self.pages.addWidget(self.languages)
        # 4. keyboard
        self.layout_group = QButtonGroup(self)
        self.keyboards = TileGrid("keyboardGrid")
        for code in profiles.KEYBOARD_LAYOUTS:
            keys = profiles.LAYOUT_KEYS[code]
            button = make_tile(f"keyboard:{code}", code, keycaps_icon(keys), QSize(300, 44))
            button.setCheckable(True)
            button.setProperty("layout", code)
            # The keys stay in the order of the physical keyboard in every language.
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.layout_group.addButton(button)
        self.keyboards.set_tiles(self.layout_group.buttons())
        self.pages.addWidget(self.keyboards)
        # 5. optional PIN, typed twice
        self.pin_edit = set_role(QLineEdit(), "pin")
        self.pin_edit.setObjectName("newPinEdit")
        self.pin_repeat = set_role(QLineEdit(), "pin")
        self.pin_repeat.setObjectName("newPinRepeat")
        for edit in (self.pin_edit, self.pin_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(pins.PIN_LENGTH)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.textEdited.connect(lambda text: self._digits_only(self.pin_edit, text))
        self.pin_repeat.textEdited.connect(
            lambda text: self._digits_only(self.pin_repeat, text))
        # Enter goes on, as the Next button does (a screen has no default button).
        self.pin_edit.returnPressed.connect(self.pin_repeat.setFocus)
        self.pin_repeat.returnPressed.connect(self.next_step)
        self.pin_repeat_label = QLabel()
        pin_page = QWidget()
        pin_layout = QVBoxLayout(pin_page)
        pin_layout.addWidget(self.pin_edit)
        pin_layout.addWidget(self.pin_repeat_label)
        pin_layout.addWidget(self.pin_repeat)
        pin_layout.addStretch()
        self.pages.addWidget(pin_page)

        self.back = QPushButton()
        self.back.setObjectName("newLearnerBack")
        self.back.setIcon(ui_icon("back"))
        self.back.clicked.connect(self.previous_step)
        self.next = set_role(QPushButton(), "primary")
        self.next.setObjectName("newLearnerNext")
        self.next.setIcon(ui_icon("check"))
        self.next.setDefault(True)
        self.next.clicked.connect(self.next_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.question)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.start()

    def _digits_only(self, edit: QLineEdit, text: str) -> None:
        digits, dropped = pins.pin_digits(text)
        if digits != text:
            edit.setText(digits)
        if dropped:
            self.error.setText(self.tr(
                "A PIN is 4 numbers. Type them on the number row or the number pad."))

    # -- flow -----------------------------------------------------------------------
    def start(self, language: str = "en") -> None:
        self.name_edit.clear()
        self.pin_edit.clear()
        self.pin_repeat.clear()
        for group in (self.picture_group, self.language_group, self.layout_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self._check(self.language_group, "language", language)
        self._check(self.layout_group, "layout", profiles.default_layout(language))
        self.show_step(0)

    def show_step(self, step: int) -> None:
        self.step = step
        self.pages.setCurrentIndex(step)
        self.error.clear()
        self.retranslate()
        # The keyboard starts on the step's first choice (or the one already chosen).
        tiles = {1: self.picture_group, 2: self.language_group, 3: self.layout_group}
        group = tiles.get(step)
        chosen = group.checkedButton() if group else None
        focus = {0: self.name_edit, 4: self.pin_edit}.get(step) or chosen or (
            group.buttons()[0] if group and group.buttons() else None)
        if focus is not None:
            focus.setFocus()

    def next_step(self) -> None:
        problem = self._problem_with_step()
        if problem:
            self.error.setText(problem)
            return
        if self.step < len(STEPS) - 1:
            self.show_step(self.step + 1)
        else:
            self._finish()

    def previous_step(self) -> None:
        if self.step == 0:
            self.cancelled.emit()
        else:
            self.show_step(self.step - 1)

    def _problem_with_step(self) -> str:
        step = STEPS[self.step]
        if step == "name":
            try:
                profiles.clean_name(self.name_edit.text())
            except TutorError as exc:
                return translate_error(exc)
        if step == "picture" and self.picture_group.checkedButton() is None:
            return self.tr("Touch the picture you like.")
        if step == "pin":
            pin, again = self.pin_edit.text(), self.pin_repeat.text()
            if pin and not pins.is_valid_pin(pin):
                return self.tr("A PIN is 4 numbers, like 2580.")
            if pin != again:
                return self.tr("The two PINs are not the same. Type them again.")
        return ""

    def _finish(self) -> None:
        try:
            learner = create_learner(
                self.db,
                self.name_edit.text(),
                self.chosen("picture", self.picture_group),
                ui_language=self.chosen("language", self.language_group),
                keyboard_layout=self.chosen("layout", self.layout_group),
                pin=self.pin_edit.text() or None,
            )
        except TutorError as exc:
            self.error.setText(translate_error(exc))
            return
        self.created.emit(learner)

    @staticmethod
    def chosen(prop: str, group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property(prop)) if button is not None else ""

    @staticmethod
    def _check(group: QButtonGroup, prop: str, value: str) -> None:
        for button in group.buttons():
            if button.property(prop) == value:
                button.setChecked(True)

    def _language_clicked(self, button: QToolButton) -> None:
        language = str(button.property("language"))
        self._check(self.layout_group, "layout", profiles.default_layout(language))
        self.language_chosen.emit(language)

    # -- text -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome! Let us make your profile."))
        self.step_label.setText(
            self.tr("Step {step} of {count}").format(step=self.step + 1, count=len(STEPS))
        )
        questions = {
            "name": self.tr("What is your name?"),
            "picture": self.tr("Choose your picture. You will find yourself by it."),
            "language": self.tr("Which language do you read best?"),
            "keyboard": self.tr("Which keyboard does your computer have?"),
            "pin": self.tr(
                "You can choose 4 secret numbers (a PIN) to protect your profile. "
                "Leave it empty if you do not want one."
            ),
        }
        self.question.setText(questions[STEPS[self.step]])
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_repeat_label.setText(self.tr("Type the same 4 numbers again:"))
        self.pin_repeat.setAccessibleName(self.tr("PIN again"))
        self.pictures.setAccessibleName(self.tr("Pictures"))
        for button in self.picture_group.buttons():
            name = str(button.property("picture"))
            button.setAccessibleName(
                translated("pictures", profiles.PICTURE_NAMES.get(name, name))
            )
        for button in self.layout_group.buttons():
            code = button.property("layout")
            name = translated("profiles", profiles.KEYBOARD_LAYOUTS[code])
            button.setText(name)
            button.setAccessibleName(name)
        self.keyboards.refit()
        self.languages.refit()
        for button in self.language_group.buttons():
            button.setAccessibleName(button.text())
        self.back.setText(self.tr("Back") if self.step else self.tr("Cancel"))
        self.back.setAccessibleName(self.back.text())
        last = self.step == len(STEPS) - 1
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next.setAccessibleName(self.next.text())


def _page(content: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(content)
    layout.addStretch()
    return page
