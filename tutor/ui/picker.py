"""The first screen: "Who are you?" A tile with a picture and a name for each learner.

It is shown before the rest of Tutor has loaded, so it imports no part of the store, the
lessons or the skills: its learners come from a function (at start-up the rows read with
``sqlite3``, later the store's ``StoredLearners``), and what a tile does goes through
``when_ready``, which the window makes wait until the database is open.

A centre server can hold 20,000 learners: the picker shows one page of them (the most
recently used first) and a search box, never a tile for each. The sequence it is given is
only sliced, counted and searched (``search(text, limit)`` when it has one: the
store's, by the database's index; otherwise here, the same way).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.pins import PIN_LENGTH, PinGate, pin_digits
from tutor.ui.by_name import set_by_name
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import avatar_icon, set_role, tile_icon_size, ui_icon
from tutor.ui.tiles import TileGrid, make_tile

if TYPE_CHECKING:
    import uuid

SEARCH_FROM = 13  # learners at which the search box appears
PAGE = 30  # learners' tiles on one page, and found by a search at most


class ShownLearner(Protocol):
    """What the picker reads of a learner (a ``models.Learner`` or a
    ``db.LearnerSummary``)."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def key(self) -> str: ...  # the id as text: what the picker keys its tiles by

    @property
    def display_name(self) -> str: ...

    @property
    def picture(self) -> str: ...

    @property
    def pin_hash(self) -> str | None: ...


def _now(action: Callable[[], None]) -> None:
    action()


def search_in(learners: Sequence[ShownLearner], text: str, limit: int) -> list[ShownLearner]:
    """``limit`` learners at most whose folded name contains ``text`` folded: those it
    begins first, each group in the order of names (as the store's search)."""
    search = getattr(learners, "search", None)
    if search is not None:
        return list(search(text, limit))
    from tutor.text import fold  # not before the first paint: unicodedata, 1 MB

    needle = fold(text)
    if not needle:
        return []
    keyed = sorted(((fold(person.display_name), person.key), person) for person in learners
                   if needle in fold(person.display_name))
    found = [person for (key, _), person in keyed if key.startswith(needle)]
    found += [person for (key, _), person in keyed if not key.startswith(needle)]
    return found[:limit]


class PickerScreen(Retranslating, QWidget):
    """Lists the learners; emits ``learner_chosen`` once a learner may open their profile."""

    learner_chosen = Signal(object)  # uuid.UUID
    new_learner_requested = Signal()
    load_requested = Signal()  # "I have a progress file"
    trainer_requested = Signal()

    def __init__(
        self,
        learners: Callable[[], Sequence[ShownLearner]],
        gate: PinGate,
        parent: QWidget | None = None,
        when_ready: Callable[[Callable[[], None]], None] = _now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pickerScreen")
        self.learners = learners
        self.gate = gate
        self.when_ready = when_ready
        self.text_size = "normal"
        self._all: Sequence[ShownLearner] = []  # everyone, as the function gave them
        self._learners: list[ShownLearner] = []  # those with a tile now
        self._tiles: dict[str, QAbstractButton] = {}  # by the learner's key
        self._offset = 0

        self.title = set_role(QLabel(), "title")
        self.title.setObjectName("pickerTitle")
        set_by_name(self.title, alignment="AlignCenter")
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(ui_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._filter)
        self.grid = TileGrid("pickerGrid")
        # Pages, when there are more learners than tiles on one.
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("pickerPrevious")
        self.previous_button.setIcon(ui_icon("back"))
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pickerPage")
        set_by_name(self.page_label, alignment="AlignCenter")
        self.next_button = QPushButton()
        self.next_button.setObjectName("pickerNext")
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.pages = QWidget()
        self.pages.setObjectName("pickerPages")
        pages = QHBoxLayout(self.pages)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addStretch()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_button)
        pages.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.pages)
        self.load_button = QPushButton()
        self.load_button.setObjectName("loadProgressButton")
        self.load_button.setIcon(ui_icon("add-person"))
        self.load_button.clicked.connect(self.load_requested)
        self.trainer_button = QPushButton()
        self.trainer_button.setObjectName("trainerButton")
        self.trainer_button.setIcon(ui_icon("trainer"))
        self.trainer_button.clicked.connect(self.trainer_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.trainer_button)
        bottom.addStretch()
        bottom.addWidget(self.load_button)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_paused)
        self.retranslate()

    # -- building -------------------------------------------------------------------
    def refresh(self, text_size: str | None = None) -> None:
        """Read the learners again and show the first page (or what the search finds)."""
        if text_size:
            self.text_size = text_size
        self._all = self.learners()
        self._offset = 0
        self.search.blockSignals(True)  # the next learner does not see this one's search
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setVisible(len(self._all) >= SEARCH_FROM)
        self._show()

    def _show(self) -> None:
        """Tiles for the page at ``_offset``, or for the search's learners."""
        text = self.search.text().strip() if self.search.isVisibleTo(self) else ""
        total = len(self._all)
        self._offset = max(0, min(self._offset, (total - 1) // PAGE * PAGE if total else 0))
        if text:
            self._learners = search_in(self._all, text, PAGE)
        else:
            self._learners = list(self._all[self._offset:self._offset + PAGE])
        size = tile_icon_size(self.text_size)
        tiles = [make_tile("newLearnerTile", self.tr("I am new"), ui_icon("add-person"), size)]
        tiles[0].clicked.connect(self.new_learner_requested)
        self._tiles = {}
        for learner in self._learners:
            tile = make_tile(
                f"learnerTile:{learner.key}", learner.display_name,
                avatar_icon(learner.picture), size,
            )
            tile.setProperty("learner_id", learner.key)
            tile.clicked.connect(
                lambda _=False, person=learner: self.when_ready(lambda: self._open(person)))
            tiles.append(tile)
            self._tiles[learner.key] = tile
        self.grid.set_tiles(tiles)
        pages = -(-total // PAGE)
        self.pages.setVisible(pages > 1 and not text)
        self.previous_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(self._offset + PAGE < total)
        self._say_page()
        self._update_paused()

    def _say_page(self) -> None:
        pages = max(1, -(-len(self._all) // PAGE))
        self.page_label.setText(self.tr("Page {page} of {pages}").format(
            page=self._offset // PAGE + 1, pages=pages))
        self.page_label.setAccessibleName(self.page_label.text())

    def _turn(self, pages: int) -> None:
        self._offset += pages * PAGE
        self._show()
        tiles = self.grid.tiles()
        (tiles[1] if len(tiles) > 1 else tiles[0]).setFocus()

    def tile_for(self, learner_id: uuid.UUID) -> QAbstractButton | None:
        """The tile of a learner shown now (None when on another page or not found)."""
        return self._tiles.get(str(learner_id))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who are you? Touch your picture."))
        self.search.setPlaceholderText(self.tr("Find your name"))
        self.search.setAccessibleName(self.tr("Find your name"))
        for index, button in enumerate(self.search.findChildren(QToolButton)):
            # The line edit's own search icon and clear button.
            button.setObjectName(f"pickerSearchButton{index}")
            button.setAccessibleName(self.tr("Clear") if index else self.tr("Find"))
        self.grid.setAccessibleName(self.tr("Learners"))
        self.load_button.setText(self.tr("I have a progress file"))
        self.load_button.setAccessibleName(self.load_button.text())
        self.trainer_button.setText(self.tr("Trainer"))
        self.trainer_button.setAccessibleName(self.tr("Trainer"))
        self.previous_button.setText(self.tr("Previous page"))
        self.previous_button.setAccessibleName(self.previous_button.text())
        self.next_button.setText(self.tr("Next page"))
        self.next_button.setAccessibleName(self.next_button.text())
        self._say_page()
        if self.grid.tiles():
            self._show()  # the same page, its words in the new language

    # -- behaviour ------------------------------------------------------------------
    def _filter(self, _text: str) -> None:
        """A search: its learners' tiles (found by the database); none: the page again."""
        self._show()

    def _open(self, learner: ShownLearner) -> None:
        if learner.pin_hash:
            if self.gate.wait_seconds(learner.key):
                self._update_paused()
                return
            dialog = PinDialog(learner, self.gate, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._update_paused()
                return
        self.learner_chosen.emit(learner.id)

    def _update_paused(self) -> None:
        any_paused = False
        for learner in self._learners:
            tile = self._tiles.get(learner.key)
            if tile is None:
                continue
            wait = self.gate.wait_seconds(learner.key) if learner.pin_hash else 0
            if wait:
                any_paused = True
                text = self.tr("Wait {seconds} s").format(seconds=int(wait + 0.999))
                tile.setText(f"{learner.display_name}\n{text}")
                tile.setIcon(ui_icon("lock"))
                tile.setEnabled(False)
            elif not tile.isEnabled():
                tile.setText(learner.display_name)
                tile.setIcon(avatar_icon(learner.picture))
                tile.setEnabled(True)
        if any_paused and not self._timer.isActive():
            self._timer.start()
        elif not any_paused:
            self._timer.stop()


class PinDialog(QDialog):
    """Asks for a learner's 4-digit PIN, with a number pad for mouse users."""

    def __init__(
        self, learner: ShownLearner, gate: PinGate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.learner = learner
        self.gate = gate
        self.setModal(True)

        self.picture = QLabel()
        self.picture.setPixmap(avatar_icon(learner.picture).pixmap(96, 96))
        set_by_name(self.picture, alignment="AlignCenter")
        self.prompt = set_role(QLabel(), "subtitle")
        set_by_name(self.prompt, alignment="AlignCenter")
        self.prompt.setWordWrap(True)
        self.edit = set_role(QLineEdit(), "pin")
        self.edit.setObjectName("pinEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(PIN_LENGTH)
        set_by_name(self.edit, alignment="AlignCenter")
        set_by_name(self.edit, inputMethodHints="ImhDigitsOnly")
        self.edit.textEdited.connect(self._edited)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("pinMessage")
        set_by_name(self.message, alignment="AlignCenter")
        self.message.setWordWrap(True)

        pad = QGridLayout()
        pad.setSpacing(8)
        self.digits: list[QPushButton] = []
        for digit in range(10):
            button = set_role(QPushButton(str(digit)), "digit")
            button.setObjectName(f"pinDigit{digit}")
            button.setAccessibleName(str(digit))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, d=digit: self._press(str(d)))
            self.digits.append(button)
            row, column = ((digit - 1) // 3, (digit - 1) % 3) if digit else (3, 1)
            pad.addWidget(button, row, column)
        self.erase = QPushButton()
        self.erase.setObjectName("pinErase")
        self.erase.setIcon(ui_icon("back"))
        self.erase.setAutoDefault(False)
        self.erase.clicked.connect(self.edit.backspace)
        pad.addWidget(self.erase, 3, 0)
        self.cancel = QPushButton()
        self.cancel.setObjectName("pinCancel")
        self.cancel.setIcon(ui_icon("close"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        pad.addWidget(self.cancel, 3, 2)

        for column in range(3):
            pad.setColumnStretch(column, 1)
        for button in (*self.digits, self.erase, self.cancel):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        pad_row = QHBoxLayout()
        pad_row.addStretch()
        pad_row.addLayout(pad)
        pad_row.addStretch()
        layout.addLayout(pad_row)
        self.retranslate()
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your PIN"))
        self.prompt.setText(
            self.tr("{name}, type your 4 secret numbers.").format(name=self.learner.display_name)
        )
        self.edit.setAccessibleName(self.tr("PIN"))
        self.erase.setText(self.tr("Erase"))
        self.erase.setAccessibleName(self.tr("Erase"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))

    def _press(self, digit: str) -> None:
        if len(self.edit.text()) < PIN_LENGTH:
            self.edit.insert(digit)
            self._edited(self.edit.text())

    def _edited(self, text: str) -> None:
        digits, dropped = pin_digits(text)
        if digits != text:
            self.edit.setText(digits)
        if dropped:
            self.message.setText(self.tr(
                "A PIN is 4 numbers. Type them on the number row or the number pad."))
        if len(digits) == PIN_LENGTH:
            self._check(digits)

    def _check(self, pin: str) -> None:
        result = self.gate.check(self.learner.key, pin, self.learner.pin_hash or "")
        if result.ok:
            self.accept()
            return
        self.edit.clear()
        if result.paused:
            self.reject()
            return
        self.message.setText(
            self.tr("That is not your PIN. Tries left: {count}.").format(count=result.tries_left)
        )
