"""The practice file explorer of computer basics: a page that looks like a simple Windows
File Explorer, over the practice file system of ``explorer.py`` (nothing on the real disk
or the real clipboard is touched).

- the places on one side (Desktop, Documents, Downloads, Pictures, Music, Videos, the
  USB stick, the Recycle Bin), the open folder's items as large icons, an address bar of
  the folders above (each one a button) and an Up button;
- a toolbar (New folder, Cut, Copy, Paste, Rename, Delete, Copy to USB stick, Undo; and
  Restore in the bin), words beside the icons when they fit, icons alone when not;
- the same actions in a right-click menu, double-click (or Enter) to open, F2 to rename
  in place (the name without its extension selected, as Windows), Delete, Ctrl+C,
  Ctrl+X, Ctrl+V, Ctrl+Z, Ctrl+Shift+N, Backspace for the folder above;
- dragging an item onto a folder (in the icons or the places) moves it, copies it with
  Ctrl held (and onto the USB stick, another drive, copies unless Shift is held, as
  Windows does); onto the Recycle Bin deletes it. The drag is the page's own (a picture
  follows the pointer) so that it works the same with real and test mouse events;
- for a ``save`` step, a new document and a "Save as" dialog: a name box and the folders.

After every operation, ``explorer.StepGoal`` says whether the current step is done or was
slipped; the page tells ``StepsWork`` and emits ``progressed``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tutor.i18n.qt import translate_error
from tutor.paths import resource
from tutor.skills.basics.engine import StepsWork
from tutor.skills.basics.explorer import (
    BIN,
    SAVE_PLACE,
    USB,
    USB_LETTER,
    Explorer,
    ExplorerError,
    Item,
    Operation,
    StepGoal,
    extension,
    stem,
)
from tutor.skills.basics.model import BasicsExercise
from tutor.ui.fitting import CurrentPageStack, TopBar
from tutor.ui.retranslate import Retranslating
from tutor.ui.style import BASE_POINTS, Themed, colour, palette, set_role, set_style_sheet

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # an item's id in the explorer
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # its real name (what renaming starts from)
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 3  # a folder (renaming selects all its name)
ICON = 64  # the icons' side in the main pane, at the normal text size
PLACE_ICON = 32


@cache
def explorer_icon(name: str) -> QIcon:
    path = resource("assets", "icons", "basics", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon_name(explorer: Explorer, item: Item) -> str:
    """The picture of an item: its kind, a place's own, the bin empty or full."""
    if item.place == BIN:
        return "explorer-bin-full" if explorer.children(item.id) else "explorer-bin"
    if item.place == USB:
        return "explorer-usb"
    if item.place:
        return f"explorer-{item.place.lower()}"
    if item.parent is None:
        return "explorer-pc"
    return f"explorer-{item.kind}"


def breakable(name: str) -> str:
    """A name that may wrap after its dots, dashes and underscores too (a zero-width
    space there), so "Amina.tutorprogress" shows whole on two lines under its icon."""
    return "".join(f"{c}\u200b" if c in "._-" else c for c in name).rstrip("\u200b")


def text_scale() -> float:
    """How much larger than normal the learner's text is (1, 1.3, 1.65)."""
    return max(1.0, QApplication.font().pointSizeF() / BASE_POINTS)


class ExplorerDelegate(QStyledItemDelegate):
    """Paints the folder a dragged item would land in, and edits a name in place:
    the new name goes out in ``named`` (queued by the page), never into the list."""

    named = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drop_row = -1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.row() == self.drop_row:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colour("focus"), 4))
            painter.drawRoundedRect(option.rect.adjusted(2, 2, -2, -2), 8, 8)
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("explorerNameBox")
        editor.setAccessibleName(self.tr("New name"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        name = str(index.data(NAME_ROLE))
        editor.setText(name)
        folder = bool(index.data(FOLDER_ROLE))
        if not folder and extension(name):
            # The name, not its extension, as Windows. (Qt's view selects all of the
            # text once the editor is open: choose again after it.)
            def choose(length: int = len(stem(name))) -> None:
                if editor.text() == name:
                    editor.setSelection(0, length)
            choose()
            QTimer.singleShot(0, editor, choose)
        else:
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        self.named.emit(int(index.data(ID_ROLE)), editor.text())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        # Under the icon, as wide as the item and one line high.
        rect = option.rect
        height = editor.sizeHint().height()
        editor.setGeometry(rect.x(), rect.bottom() - height, rect.width(), height)



class ItemsView(QListWidget):
    """The open folder's items as large icons; forwards the mouse and keys to the page."""

    def __init__(self, page: ExplorerPage) -> None:
        super().__init__()
        self.page = page
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._pressed: tuple[int, QPoint] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.page.fit_icons()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = event.position().toPoint()
        item = self.itemAt(point)
        self._pressed = None
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = (int(item.data(ID_ROLE)), point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            item_id, start = self._pressed
            moved = (event.position().toPoint() - start).manhattanLength()
            if not self.page.dragging and moved >= QApplication.startDragDistance():
                self.page.start_drag(item_id)
            if self.page.dragging:
                self.page.drag_to(event.globalPosition().toPoint())
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed = None
        if self.page.dragging:
            self.page.drop(event.globalPosition().toPoint(), event.modifiers())
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.page.key(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if item is not None:
            self.setCurrentItem(item)
        self.page.show_menu(None if item is None else int(item.data(ID_ROLE)),
                            event.globalPos())


class PlacesView(QListWidget):
    """The places on the side: a click (or Enter) opens one; a dragged item can land on
    one. (Not Qt's "activated": it comes with a double-click's click as well.)"""

    chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)


class ExplorerPage(Retranslating, Themed, QWidget):
    """The page of a ``files`` exercise (the page contract of ``engine.StepsWork``)."""

    progressed = Signal()

    def __init__(self, exercise: BasicsExercise, work: StepsWork,
                 clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorerPage")
        self.exercise = exercise
        self.work = work
        self.clock = clock
        self.explorer = Explorer(exercise.files)
        self.current = self.explorer.root  # the folder shown: This PC, as Windows opens
        self.opened: int | None = None  # the file shown, if any
        self.clipboard: tuple[int, str] | None = None  # (item, "copy" or "cut")
        self.goal: StepGoal | None = None
        self.dragging: int | None = None  # the item being dragged
        self.menu: QMenu | None = None
        self.save_dialog: SaveAsDialog | None = None
        self._places_shown: list[tuple[int, str, str]] = []

        # the address: Up, then each folder above as a button
        self.up_button = self._tool_button("explorerUp", "explorer-up")
        self.up_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.up_button.clicked.connect(self.go_up)
        self.address = set_role(QFrame(), "card")
        self.address.setObjectName("explorerAddress")
        self.address_row = QHBoxLayout(self.address)
        self.address_row.setContentsMargins(6, 2, 6, 2)
        self.address_row.setSpacing(2)
        self.address_buttons: list[QToolButton] = []
        top = QHBoxLayout()
        top.addWidget(self.up_button)
        top.addWidget(self.address, 1)

        # the toolbar
        self.new_folder_button = self._tool_button("explorerNewFolder", "files-new-folder")
        self.cut_button = self._tool_button("explorerCut", "explorer-cut")
        self.copy_button = self._tool_button("explorerCopy", "files-copy")
        self.paste_button = self._tool_button("explorerPaste", "explorer-paste")
        self.rename_button = self._tool_button("explorerRename", "files-rename")
        self.delete_button = self._tool_button("explorerDelete", "files-delete")
        self.restore_button = self._tool_button("explorerRestore", "files-restore")
        self.usb_button = self._tool_button("explorerToUsb", "files-to-usb")
        self.undo_button = self._tool_button("explorerUndo", "explorer-undo")
        self.new_folder_button.clicked.connect(lambda: self.new_folder())
        self.cut_button.clicked.connect(lambda: self.cut())
        self.copy_button.clicked.connect(lambda: self.copy())
        self.paste_button.clicked.connect(lambda: self.paste())
        self.rename_button.clicked.connect(lambda: self.start_rename())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.usb_button.clicked.connect(lambda: self.to_usb())
        self.undo_button.clicked.connect(self.undo)
        self.toolbar = TopBar()
        self.toolbar.setObjectName("explorerToolbar")
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        self.toolbar.buttons = [self.new_folder_button, self.cut_button, self.copy_button,
                                self.paste_button, self.rename_button, self.delete_button,
                                self.restore_button, self.usb_button, self.undo_button]
        for button in self.toolbar.buttons:
            bar.addWidget(button)
        bar.addStretch()

        # the document of a save step
        self.save_strip = set_role(QFrame(), "card")
        self.save_strip.setObjectName("explorerDocument")
        self.document_icon = QLabel()
        self.document_icon.setObjectName("explorerDocumentIcon")
        self.document_words = QLabel()
        self.document_words.setObjectName("explorerDocumentWords")
        self.document_words.setWordWrap(True)
        self.save_button = set_role(QPushButton(), "primary")
        self.save_button.setObjectName("explorerSaveAs")
        self.save_button.setIcon(explorer_icon("files-save"))
        self.save_button.clicked.connect(self.open_save_dialog)
        strip = QHBoxLayout(self.save_strip)
        strip.setContentsMargins(8, 4, 8, 4)
        strip.addWidget(self.document_icon)
        strip.addWidget(self.document_words, 1)
        strip.addWidget(self.save_button)
        self.save_strip.hide()

        # the places and the items
        self.places = PlacesView()
        self.places.setObjectName("explorerPlaces")
        self.places_delegate = ExplorerDelegate(self.places)
        self.places.setItemDelegate(self.places_delegate)
        self.places.clicked.connect(self._place_chosen)
        self.places.chosen.connect(self._place_chosen)
        self.items = ItemsView(self)
        self.items.setObjectName("explorerItems")
        self.delegate = ExplorerDelegate(self.items)
        self.items.setItemDelegate(self.delegate)
        self.delegate.named.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        self.items.doubleClicked.connect(
            lambda index: self.open(int(index.data(ID_ROLE))) if index.isValid() else None)
        self.items.itemSelectionChanged.connect(self._update_actions)

        # a file opened
        self.file_panel = set_role(QFrame(), "card")
        self.file_panel.setObjectName("explorerFile")
        self.file_icon = QLabel()
        self.file_icon.setObjectName("explorerFileIcon")
        self.file_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_name = set_role(QLabel(), "cue")
        self.file_name.setObjectName("explorerFileName")
        self.file_name.setWordWrap(True)
        self.file_kind = set_role(QLabel(), "hint")
        self.file_kind.setObjectName("explorerFileKind")
        self.file_text = QLabel()
        self.file_text.setObjectName("explorerFileText")
        self.file_text.setWordWrap(True)
        self.close_file_button = self._tool_button("explorerCloseFile", "explorer-close")
        self.close_file_button.clicked.connect(self.close_file)
        panel = QHBoxLayout(self.file_panel)
        panel.addWidget(self.file_icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.file_name)
        words.addWidget(self.file_kind)
        words.addWidget(self.file_text, 1)
        panel.addLayout(words, 1)
        panel.addWidget(self.close_file_button, 0, Qt.AlignmentFlag.AlignTop)
        self.main = CurrentPageStack()  # (measures the page shown: a small screen)
        self.main.setObjectName("explorerMain")
        self.main.addWidget(self.items)
        self.main.addWidget(self.file_panel)
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.places)
        body.addWidget(self.main, 1)

        self.message = QLabel()
        self.message.setObjectName("explorerMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        # the picture that follows the pointer while dragging
        self.drag_picture = QLabel(self)
        self.drag_picture.setObjectName("explorerDragPicture")
        self.drag_picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.drag_picture.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.save_strip)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.setFocusProxy(self.items)  # the keys work on the icons from the start
        self.apply_theme()
        self.retranslate()
        self.show_step()

    # -- the page contract ----------------------------------------------------------

    def show_step(self) -> None:
        """Set up the explorer for ``work.step``: what was done before it can no longer
        be undone, and a save step shows its document."""
        step = self.work.step
        self.explorer.mark()
        self.goal = StepGoal(self.explorer, step) if step is not None else None
        self.save_strip.setVisible(step is not None and step.do == "save")
        self._say("")
        self.refresh()

    # -- looks and words -------------------------------------------------------------

    def _tool_button(self, name: str, icon: str) -> QToolButton:
        button = set_role(QToolButton(), "bar")
        button.setObjectName(name)
        button.setIcon(explorer_icon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def apply_theme(self) -> None:
        scale = text_scale()
        self.fit_icons()
        place = round(PLACE_ICON * scale)
        self.places.setIconSize(QSize(place, place))
        for button in (*self.toolbar.buttons, self.up_button, self.close_file_button):
            button.setIconSize(QSize(round(24 * scale), round(24 * scale)))
        self.save_button.setIconSize(QSize(round(24 * scale), round(24 * scale)))
        self.document_icon.setPixmap(explorer_icon("explorer-text").pixmap(
            QSize(round(40 * scale), round(40 * scale))))
        colours = palette()
        sheet = (f"QListWidget {{ selection-background-color: {colours.selection};"
                 f" selection-color: {colours.selection_text}; }}")
        set_style_sheet(self.items, sheet)
        set_style_sheet(self.places, sheet)
        self._size_places()

    def fit_icons(self) -> None:
        """Icons as large as the text size asks, smaller when the pane is too short for
        one row of them with two lines of names (a small screen in large text)."""
        metrics = self.items.fontMetrics()
        line = metrics.lineSpacing()
        room = self.items.viewport().height()
        side = round(ICON * text_scale())
        if self.items.isVisible() and room > 0:
            side = max(32, min(side, room - 2 * line - 24))
        lines = 3 if not self.items.isVisible() or room >= side + 3 * line + 16 else 2
        width = max(side + 40, metrics.horizontalAdvance("M") * 8)
        if self.items.iconSize() != QSize(side, side):
            self.items.setIconSize(QSize(side, side))
        if self.items.gridSize() != QSize(width, side + lines * line + 16):
            self.items.setGridSize(QSize(width, side + lines * line + 16))

    def _size_places(self) -> None:
        metrics = self.places.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.places.item(n).text())
                      for n in range(self.places.count())), default=100)
        width = widest + self.places.iconSize().width() + 40
        self.places.setFixedWidth(max(140, min(width, round(250 * text_scale()))))

    def retranslate(self) -> None:
        for button, words, tip in (
            (self.up_button, self.tr("Up"), self.tr("Go up to the folder above")),
            (self.new_folder_button, self.tr("New folder"), self.tr("Make a new folder here")),
            (self.cut_button, self.tr("Cut"), self.tr("Cut: to move it to another folder")),
            (self.copy_button, self.tr("Copy"), self.tr("Copy: to put a copy somewhere")),
            (self.paste_button, self.tr("Paste"), self.tr("Paste here what you cut or copied")),
            (self.rename_button, self.tr("Rename"), self.tr("Give it a new name")),
            (self.delete_button, self.tr("Delete"), self.tr("Put it in the Recycle Bin")),
            (self.restore_button, self.tr("Restore"), self.tr("Put it back where it was")),
            (self.usb_button, self.tr("Copy to USB stick"),
             self.tr("Put a copy on the USB stick")),
            (self.undo_button, self.tr("Undo"), self.tr("Take back what you just did")),
            (self.close_file_button, self.tr("Close"), self.tr("Close the file")),
        ):
            button.setText(words)
            button.setToolTip(tip)
            button.setAccessibleName(words)
            button.setAccessibleDescription(tip)
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Save as"))
        self.document_words.setText(self.tr("A new document is open. Save it with a name."))
        self.places.setAccessibleName(self.tr("Places"))
        self.items.setAccessibleName(self.tr("Files and folders"))
        self.address.setAccessibleName(self.tr("Address"))
        self.refresh()

    def place_name(self, item: Item) -> str:
        """An item's name as shown: This PC's places in the learner's language."""
        if item.parent is None:
            return self.tr("This PC")
        names = {
            "Desktop": self.tr("Desktop"), "Documents": self.tr("Documents"),
            "Downloads": self.tr("Downloads"), "Pictures": self.tr("Pictures"),
            "Music": self.tr("Music"), "Videos": self.tr("Videos"),
            BIN: self.tr("Recycle Bin"),
            USB: self.tr("USB stick ({letter})").format(letter=USB_LETTER),
        }
        return names.get(item.place, item.name) if item.place else item.name

    def kind_words(self, item: Item) -> str:
        return {
            "folder": self.tr("Folder"), "place": self.tr("Folder"),
            "usb": self.tr("USB stick"), "bin": self.tr("Recycle Bin"),
            "text": self.tr("Text document"), "picture": self.tr("Picture"),
            "spreadsheet": self.tr("Spreadsheet"), "music": self.tr("Music"),
            "video": self.tr("Video"), "pdf": self.tr("PDF document"),
            "progress": self.tr("Tutor progress file"), "archive": self.tr("Compressed folder"),
        }.get(item.kind, self.tr("File"))

    def shown_path(self, path: str) -> str:
        """A path with its place in the learner's language ("Documents › Work")."""
        parts = [p for p in path.split("/") if p]
        if parts:
            place = self.explorer.place(parts[0])
            if place is not None:
                parts[0] = self.place_name(place)
        return self._chevron().join(parts)

    def _chevron(self) -> str:
        # In a path's words, "›" is shown mirrored in a right-to-left sentence; the
        # address bar's sign stands alone, so it is chosen by the layout's direction.
        return " › "

    def _address_sign(self) -> str:
        return "‹" if self.isRightToLeft() else "›"

    # -- showing the explorer --------------------------------------------------------

    def refresh(self) -> None:
        """Show the explorer's state: the places, the open folder, the address."""
        if self.current not in self.explorer.items or self.explorer.in_bin(self.current) and (
                self.current != self.explorer.bin.id):
            self.current = self.explorer.place(SAVE_PLACE).id  # type: ignore[union-attr]
        selected = self.selected()
        self._fill_places()
        self._fill_items(selected)
        self._fill_address()
        if self.opened is not None and (self.opened not in self.explorer.items
                                        or self.explorer.in_bin(self.opened)):
            self.close_file()
        self._update_actions()

    def _fill_places(self) -> None:
        """The places (made again only when one's name or picture changed: a click on
        one must not lose the row it is on), the one holding the open folder current."""
        places = self.explorer.children(self.explorer.root)
        shown = [(item.id, icon_name(self.explorer, item), self.place_name(item))
                 for item in places]
        if shown != self._places_shown:
            self._places_shown = shown
            self.places.clear()
            for item_id, icon, name in shown:
                row = QListWidgetItem(explorer_icon(icon), name)
                row.setData(ID_ROLE, item_id)
                row.setToolTip(name)
                self.places.addItem(row)
            self._size_places()
        holding = [n for n, item in enumerate(places)
                   if self.explorer.inside(self.current, item.id)]
        self.places.setCurrentRow(holding[0] if holding else -1)

    def _fill_items(self, selected: int | None) -> None:
        self.items.clear()
        in_bin = self.current == self.explorer.bin.id
        for item in self.explorer.children(self.current):
            row = QListWidgetItem(explorer_icon(icon_name(self.explorer, item)),
                                  breakable(self.place_name(item)))
            row.setData(ID_ROLE, item.id)
            row.setData(NAME_ROLE, item.name)
            row.setData(FOLDER_ROLE, item.folder)
            row.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            tip = self.kind_words(item)
            if in_bin:
                tip = self.tr("{kind}, from {place}").format(
                    kind=tip, place=self.shown_path(item.deleted_from))
            row.setToolTip(f"{self.place_name(item)}\n{tip}")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not item.place and not in_bin:
                flags |= Qt.ItemFlag.ItemIsEditable
            row.setFlags(flags)
            self.items.addItem(row)
            if item.id == selected:
                self.items.setCurrentItem(row)

    def _fill_address(self) -> None:
        self.address_buttons = []
        while self.address_row.count():
            taken = self.address_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        chain = [*self.explorer.ancestors(self.current), self.explorer.item(self.current)]
        for number, folder in enumerate(chain):
            if number:
                self.address_row.addWidget(QLabel(self._address_sign()))
            button = set_role(QToolButton(), "compact")
            button.setObjectName(f"explorerAddress{number}")
            button.setText(self.place_name(folder))
            button.setAccessibleName(self.place_name(folder))
            button.setToolTip(self.tr("Go to {folder}").format(folder=self.place_name(folder)))
            if number == 0:
                button.setIcon(explorer_icon("explorer-pc"))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            folder_id = folder.id
            button.clicked.connect(lambda _=False, f=folder_id: self.go(f))
            self.address_row.addWidget(button)
            self.address_buttons.append(button)
        self.address_row.addStretch()
        self.up_button.setEnabled(self.explorer.item(self.current).parent is not None)

    def selected(self) -> int | None:
        item = self.items.currentItem()
        if item is None or not item.isSelected():
            return None
        item_id = int(item.data(ID_ROLE))
        return item_id if item_id in self.explorer.items else None

    def row_of(self, item_id: int) -> QListWidgetItem | None:
        """The item's row in the main pane (tests reach items this way)."""
        for n in range(self.items.count()):
            row = self.items.item(n)
            if int(row.data(ID_ROLE)) == item_id:
                return row
        return None

    def place_row(self, item_id: int) -> QListWidgetItem | None:
        for n in range(self.places.count()):
            row = self.places.item(n)
            if int(row.data(ID_ROLE)) == item_id:
                return row
        return None

    def _update_actions(self) -> None:
        ex = self.explorer
        selected = self.selected()
        item = ex.item(selected) if selected is not None else None
        in_bin = self.current == ex.bin.id
        folder_here = self.current != ex.root and not in_bin
        own = item is not None and (bool(item.place) or item.parent is None)
        usable = item is not None and not in_bin and not own
        self.new_folder_button.setEnabled(folder_here)
        for button in (self.cut_button, self.copy_button, self.rename_button,
                       self.delete_button):
            button.setEnabled(usable)
        self.paste_button.setEnabled(self.clipboard is not None and folder_here)
        self.restore_button.setVisible(in_bin)
        self.restore_button.setEnabled(in_bin and item is not None)
        self.usb_button.setEnabled(usable and selected is not None and not ex.on_usb(selected))
        self.undo_button.setEnabled(ex.can_undo)
        self.toolbar.fit()

    def _say(self, words: str, error: bool = False) -> None:
        self.message.setText(words)
        set_role(self.message, "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(words))

    # -- going places ----------------------------------------------------------------

    def go(self, folder_id: int) -> None:
        """Open a folder (a place, the bin, This PC...)."""
        self.close_file()
        operation = self._run(lambda: self.explorer.open(folder_id), refresh=False)
        if operation is not None:
            self.current = folder_id
            self.refresh()
            self._judge(operation)

    def go_up(self) -> None:
        parent = self.explorer.item(self.current).parent
        if parent is not None:
            self.go(parent)

    def open(self, item_id: int | None = None) -> None:
        """Open an item: go into a folder, show a file."""
        item_id = self.selected() if item_id is None else item_id
        if item_id is None:
            return
        item = self.explorer.item(item_id)
        if item.folder:
            self.go(item_id)
            return
        operation = self._run(lambda: self.explorer.open(item_id), refresh=False)
        if operation is None:
            return
        self.opened = item_id
        side = round(ICON * 1.25 * text_scale())
        self.file_icon.setPixmap(explorer_icon(icon_name(self.explorer, item)).pixmap(
            QSize(side, side)))
        self.file_name.setText(item.name)
        self.file_kind.setText(self.kind_words(item))
        self.file_text.setText(item.text or self.tr("(This practice file is empty.)"))
        self.main.setCurrentWidget(self.file_panel)
        self._judge(operation)

    def close_file(self) -> None:
        self.opened = None
        self.main.setCurrentWidget(self.items)

    def _place_chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        # (the place shown, chosen again, is opened again: "Open Documents" is done)
        if index.isValid():
            self.go(int(index.data(ID_ROLE)))

    # -- operations ------------------------------------------------------------------

    def _run(self, action: Callable[[], Operation | None], refresh: bool = True
             ) -> Operation | None:
        """Do an operation on the explorer; a refusal is said, and judged."""
        try:
            operation = action()
        except ExplorerError as error:
            self._say(translate_error(error), error=True)
            self.refresh()
            self._judge(None, error)
            return None
        self._say("")
        if refresh:
            self.refresh()
        return operation

    def _do(self, action: Callable[[], Operation | None]) -> Operation | None:
        operation = self._run(action)
        if operation is not None:
            if operation.result is not None and operation.result in self.explorer.items:
                row = self.row_of(operation.result)
                if row is not None:
                    self.items.setCurrentItem(row)
            self._judge(operation)
        return operation

    def _judge(self, operation: Operation | None, refused: BaseException | None = None
               ) -> None:
        if self.goal is None or self.work.finished:
            return
        outcome = self.goal.judge(operation, refused)
        if outcome.result == "done":
            self.work.done(self.clock())
            self.show_step()
            self.progressed.emit()
        elif outcome.result == "slip":
            self.work.slip(self.clock(), outcome.what)
            if refused is None:
                self._say(self.tr("That is not what this step asks. "
                                  "Press Undo (Ctrl+Z) to take it back."), error=True)
            self.progressed.emit()

    def new_folder(self, folder_id: int | None = None) -> None:
        """Make "New folder" in the folder shown, and start naming it."""
        folder_id = self.current if folder_id is None else folder_id
        operation = self._do(lambda: self.explorer.new_folder(folder_id, self.tr("New folder")))
        if operation is not None and operation.result is not None:
            self.start_rename(operation.result)

    def start_rename(self, item_id: int | None = None) -> None:
        """Type the new name in place (Enter keeps it, Escape leaves it)."""
        item_id = self.selected() if item_id is None else item_id
        row = None if item_id is None else self.row_of(item_id)
        if row is None or not row.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        self.items.setCurrentItem(row)
        self.items.setFocus()
        self.items.editItem(row)

    def rename(self, item_id: int, name: str) -> None:
        if item_id in self.explorer.items:
            self._do(lambda: self.explorer.rename(item_id, name))

    def delete(self, item_id: int | None = None) -> None:
        item_id = self.selected() if item_id is None else item_id
        if item_id is not None and not self.explorer.in_bin(item_id):
            self._do(lambda: self.explorer.delete(item_id))

    def restore(self, item_id: int | None = None) -> None:
        item_id = self.selected() if item_id is None else item_id
        if item_id is not None:
            self._do(lambda: self.explorer.restore(item_id))

    def cut(self, item_id: int | None = None) -> None:
        self._hold(item_id, "cut")

    def copy(self, item_id: int | None = None) -> None:
        self._hold(item_id, "copy")

    def _hold(self, item_id: int | None, how: str) -> None:
        item_id = self.selected() if item_id is None else item_id
        if item_id is None:
            return
        item = self.explorer.item(item_id)
        if item.place or item.parent is None or self.explorer.in_bin(item_id):
            return
        self.clipboard = (item_id, how)
        self._say(self.tr("Cut. Now open the folder to put it in, and Paste.") if how == "cut"
                  else self.tr("Copied. Now open the folder to put it in, and Paste."))
        self._update_actions()

    def paste(self, folder_id: int | None = None) -> None:
        if self.clipboard is None:
            return
        folder_id = self.current if folder_id is None else folder_id
        item_id, how = self.clipboard
        if item_id not in self.explorer.items:
            self.clipboard = None
            self._update_actions()
            return
        if how == "cut":
            operation = self._do(lambda: self.explorer.move(item_id, folder_id))
            if operation is not None:
                self.clipboard = None
        else:
            self._do(lambda: self.explorer.copy(item_id, folder_id))
        self._update_actions()

    def to_usb(self, item_id: int | None = None) -> None:
        item_id = self.selected() if item_id is None else item_id
        if item_id is not None:
            slips = self.work.slips
            if (self._do(lambda: self.explorer.to_usb(item_id)) is not None
                    and self.work.slips == slips):
                self._say(self.tr("A copy is on the USB stick now."))

    def undo(self) -> None:
        if self.explorer.can_undo:
            self._do(self.explorer.undo)

    # -- the keyboard and the right-click menu ---------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """The explorer's keys in the main pane; True when one was used."""
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape and self.dragging is not None:
            self.cancel_drag()
        elif key == Qt.Key.Key_F2:
            self.start_rename()
        elif key == Qt.Key.Key_Delete:
            self.delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.items.state() != (
                QAbstractItemView.State.EditingState):
            self.open()
        elif key == Qt.Key.Key_Backspace or (key == Qt.Key.Key_Up and modifiers
                                             & Qt.KeyboardModifier.AltModifier):
            self.go_up()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif ctrl and key == Qt.Key.Key_N and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.new_folder()
        elif ctrl and key == Qt.Key.Key_S and self.save_strip.isVisible():
            self.open_save_dialog()
        else:
            return False
        return True

    def show_menu(self, item_id: int | None, where: QPoint) -> None:
        """The right-click menu: for an item, or for the folder's empty space."""
        ex = self.explorer
        menu = QMenu(self)
        menu.setObjectName("explorerMenu")
        in_bin = self.current == ex.bin.id

        def add(name: str, words: str, icon: str, action: Callable[[], None],
                enabled: bool = True) -> None:
            entry = menu.addAction(explorer_icon(icon), words)
            entry.setObjectName(name)
            entry.setEnabled(enabled)
            entry.triggered.connect(action)

        if item_id is not None:
            item = ex.item(item_id)
            own = bool(item.place) or item.parent is None
            if in_bin:
                add("explorerMenuRestore", self.tr("Restore"), "files-restore",
                    lambda: self.restore(item_id))
            else:
                add("explorerMenuOpen", self.tr("Open"), "files-open",
                    lambda: self.open(item_id))
                menu.addSeparator()
                add("explorerMenuCut", self.tr("Cut"), "explorer-cut",
                    lambda: self.cut(item_id), not own)
                add("explorerMenuCopy", self.tr("Copy"), "files-copy",
                    lambda: self.copy(item_id), not own)
                if item.folder and self.clipboard is not None:
                    add("explorerMenuPasteInto", self.tr("Paste into this folder"),
                        "explorer-paste", lambda: self.paste(item_id))
                add("explorerMenuToUsb", self.tr("Copy to USB stick"), "files-to-usb",
                    lambda: self.to_usb(item_id), not own and not ex.on_usb(item_id))
                menu.addSeparator()
                add("explorerMenuRename", self.tr("Rename"), "files-rename",
                    lambda: self.start_rename(item_id), not own)
                add("explorerMenuDelete", self.tr("Delete"), "files-delete",
                    lambda: self.delete(item_id), not own)
        elif not in_bin and self.current != ex.root:
            add("explorerMenuNewFolder", self.tr("New folder"), "files-new-folder",
                lambda: self.new_folder())
            add("explorerMenuPaste", self.tr("Paste"), "explorer-paste",
                lambda: self.paste(), self.clipboard is not None)
            add("explorerMenuUndo", self.tr("Undo"), "explorer-undo", self.undo,
                ex.can_undo)
        if menu.isEmpty():
            menu.deleteLater()
            return
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(where)

    # -- dragging ------------------------------------------------------------------

    def start_drag(self, item_id: int) -> None:
        item = self.explorer.item(item_id)
        if item.place or item.parent is None or self.explorer.in_bin(item_id):
            return  # the computer's own places stay where they are
        self.dragging = item_id
        self.drag_picture.setPixmap(explorer_icon(icon_name(self.explorer, item)).pixmap(
            self.items.iconSize()))
        self.drag_picture.adjustSize()
        self.drag_picture.raise_()

    def drag_to(self, where: QPoint) -> None:
        """The dragged item's picture follows the pointer; the folder under it is framed."""
        local = self.mapFromGlobal(where)
        self.drag_picture.move(local + QPoint(8, 8))
        self.drag_picture.show()
        target = self.drop_target(where)
        self._frame_target(target)

    def _frame_target(self, target: int | None) -> None:
        rows = (-1, -1)
        if target is not None:
            item_row, place_row = self.row_of(target), self.place_row(target)
            rows = (self.items.row(item_row) if item_row is not None else -1,
                    self.places.row(place_row) if place_row is not None else -1)
        if (self.delegate.drop_row, self.places_delegate.drop_row) != rows:
            self.delegate.drop_row, self.places_delegate.drop_row = rows
            self.items.viewport().update()
            self.places.viewport().update()

    def cancel_drag(self) -> None:
        """Escape while dragging: the item stays where it was."""
        self.dragging = None
        self.drag_picture.hide()
        self._frame_target(None)

    def drop_target(self, where: QPoint) -> int | None:
        """The folder under the pointer (in the icons or the places) a dragged item can
        land in, or None."""
        if self.dragging is None:
            return None
        for view in (self.items, self.places):
            point = view.viewport().mapFromGlobal(where)
            if not view.viewport().rect().contains(point) or not view.isVisible():
                continue
            row = view.itemAt(point)
            if row is None:
                return None
            target = int(row.data(ID_ROLE))
            item = self.explorer.item(target)
            if (target != self.dragging and item.folder and item.parent is not None
                    and not (self.explorer.in_bin(target) and item.place != BIN)):
                return target
            return None
        return None

    def drop(self, where: QPoint, modifiers: Qt.KeyboardModifier) -> None:
        """Let go of the dragged item: onto a folder it moves (Ctrl: copies; onto another
        drive it copies unless Shift is held), onto the Recycle Bin it is deleted."""
        item_id, target = self.dragging, self.drop_target(where)
        self.dragging = None
        self.drag_picture.hide()
        self._frame_target(None)
        if item_id is None or target is None:
            return
        ex = self.explorer
        if target == ex.bin.id:
            self._do(lambda: ex.delete(item_id))
            return
        other_drive = ex.on_usb(item_id) != ex.on_usb(target)
        copying = bool(modifiers & Qt.KeyboardModifier.ControlModifier) or (
            other_drive and not modifiers & Qt.KeyboardModifier.ShiftModifier)
        if copying:
            self._do(lambda: ex.copy(item_id, target))
        else:
            self._do(lambda: ex.move(item_id, target))

    # -- saving ---------------------------------------------------------------------

    def open_save_dialog(self) -> None:
        """The "Save as" dialog of the document of a save step."""
        if self.save_dialog is not None:
            self.save_dialog.deleteLater()
        self.save_dialog = SaveAsDialog(self)
        self.save_dialog.open()

    def document_extension(self) -> str:
        """The document's kind: the step's name's extension, else ".txt"."""
        step = self.work.step
        wanted = extension(step.text) if step is not None else ""
        return f".{wanted}" if wanted else ".txt"

    def save(self, name: str, folder_id: int) -> str:
        """Save the document; returns the refusal's message, or "" when saved."""
        text = self.tr("Things to buy: rice, oil, tea, soap.")
        try:
            operation = self.explorer.save(name, folder_id, text, self.document_extension())
        except ExplorerError as error:
            self._judge(None, error)
            return translate_error(error)
        self.refresh()
        self._judge(operation)
        return ""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.refresh()


class SaveAsDialog(QDialog):
    """"Save as": the folders (Documents first chosen, as Windows), a name, Save."""

    def __init__(self, page: ExplorerPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("explorerSaveAsDialog")
        self.setWindowTitle(self.tr("Save as"))
        self.setModal(True)
        explorer = page.explorer
        self.folders = QTreeWidget()
        self.folders.setObjectName("saveAsFolders")
        self.folders.setAccessibleName(self.tr("Folder to save in"))
        self.folders.setHeaderHidden(True)
        self.folders.header().setObjectName("saveAsFoldersHeader")
        self.folders.header().setAccessibleName(self.tr("Folders"))
        self.folders.setIconSize(page.places.iconSize())
        rows: dict[int, QTreeWidgetItem] = {}
        start = explorer.place(SAVE_PLACE)
        for folder in explorer.folders():
            parent = rows.get(folder.parent) if folder.parent is not None else None
            row = QTreeWidgetItem([page.place_name(folder)])
            row.setIcon(0, explorer_icon(icon_name(explorer, folder)))
            row.setData(0, ID_ROLE, folder.id)
            if parent is None:
                self.folders.addTopLevelItem(row)
            else:
                parent.addChild(row)
            rows[folder.id] = row
            if start is not None and folder.id == start.id:
                self.folders.setCurrentItem(row)
        self.folders.expandAll()
        self.rows = rows
        where = QLabel(self.tr("Save in:"))
        self.name = QLineEdit()
        self.name.setObjectName("saveAsName")
        self.name.setAccessibleName(self.tr("File name"))
        self.name.setPlaceholderText(self.tr("Type a name"))
        name_label = QLabel(self.tr("File name:"))
        name_label.setBuddy(self.name)
        self.problem = set_role(QLabel(), "error")
        self.problem.setObjectName("saveAsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = set_role(QPushButton(self.tr("Save")), "primary")
        self.save_button.setObjectName("saveAsSave")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("saveAsCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.folders, 1)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        screen = page.screen().availableGeometry() if page.screen() else None
        scale = text_scale()
        width, height = round(440 * scale), round(320 * scale)
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.name.setFocus()

    def choose(self, folder_id: int) -> None:
        self.folders.setCurrentItem(self.rows[folder_id])

    def save(self) -> None:
        row = self.folders.currentItem()
        if row is None:
            self.problem.setText(self.tr("Choose a folder to save in."))
            self.problem.show()
            return
        problem = self.page.save(self.name.text(), int(row.data(0, ID_ROLE)))
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()


