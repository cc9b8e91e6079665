"""Large picture tiles in a grid that re-flows with the window's width."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.by_name import set_by_name
from tutor.ui.style import set_role


def make_tile(
    object_name: str, text: str, icon: QIcon, icon_size: QSize, width: int = 0
) -> QToolButton:
    tile = QToolButton()
    tile.setObjectName(object_name)
    set_role(tile, "tile")
    # (by name: no Qt namespace before the picker's first paint, see tutor/ui/by_name.py)
    set_by_name(tile, toolButtonStyle="ToolButtonTextUnderIcon", focusPolicy="StrongFocus")
    tile.setIcon(icon)
    tile.setIconSize(icon_size)
    tile.setText(text)
    tile.setAccessibleName(text)
    tile.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    tile.setProperty("min_width", width)
    fit_tiles([tile])
    return tile


def fit_tiles(tiles: Sequence[QAbstractButton]) -> None:
    """Give tiles one size, large enough for the biggest icon and text among them."""
    if not tiles:
        return
    width = height = 0
    for tile in tiles:
        tile.setMinimumSize(0, 0)
        tile.setMaximumSize(16777215, 16777215)
        tile.ensurePolished()  # the learner's text size (stylesheet) before measuring
        hint = tile.sizeHint()
        icon = tile.iconSize()
        # (icon + 76: five skills side by side on a 1024-pixel screen; a compact tile,
        # on a narrow page, icon + 56: seven)
        floor = icon.width() + (56 if tile.property("compact") else 76)
        width = max(width, hint.width() + 8, floor,
                    int(tile.property("min_width") or 0))
        height = max(height, hint.height() + 16, icon.height() + 70)
    for tile in tiles:
        tile.setFixedSize(QSize(width, height))


class TileGrid(QScrollArea):
    """A scrolling grid of tiles; as many columns as the width allows."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        set_by_name(self, focusPolicy="NoFocus")  # Tab goes to the tiles themselves
        self._inner = QWidget()
        self._inner.setObjectName("tileGridInner")
        # The grid at the top, centred: stretches around it (a layout's alignment can only
        # be given as a Qt enum, and the picker's first paint makes none: by_name.py).
        outer = QVBoxLayout(self._inner)
        outer.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        row.addStretch(1)
        row.addLayout(self._grid)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setWidget(self._inner)
        self._tiles: list[QAbstractButton] = []
        self._retired: list[QAbstractButton] = []  # (until Qt has deleted them)
        self._filtered_out: set[int] = set()  # ids of tiles hidden by a search
        self._columns = 0

    def set_tiles(self, tiles: Sequence[QAbstractButton]) -> None:
        # The old tiles leave the widget tree now and are deleted by the event loop.
        # Python keeps them until Qt has deleted them: freed by Python at once, a tile
        # could go while Qt was still delivering an event to every widget (a language
        # change rebuilds the home's tiles), and the app crashed now and then.
        self._retired = [t for t in self._retired if shiboken6.isValid(t)]
        for tile in self._tiles:
            self._grid.removeWidget(tile)
            tile.setParent(None)
            tile.deleteLater()
            self._retired.append(tile)
        self._tiles = list(tiles)
        fit_tiles(self._tiles)
        self._filtered_out = set()
        self._columns = 0
        self._reflow()

    def set_spacing(self, spacing: int) -> None:
        """The room between tiles (less on a narrow page: all the skills in a row)."""
        if self._grid.spacing() != spacing:
            self._grid.setSpacing(spacing)
            self._columns = 0
            self._reflow()

    def refit(self) -> None:
        """After the tiles' texts or the text size changed: one size again, re-flowed."""
        fit_tiles(self._tiles)
        self._columns = 0
        self._reflow()

    def tiles(self) -> list[QAbstractButton]:
        return list(self._tiles)

    def visible_tiles(self) -> list[QAbstractButton]:
        return [t for t in self._tiles if id(t) not in self._filtered_out]

    def set_filtered_out(self, tiles: Sequence[QAbstractButton]) -> None:
        """Hide these tiles (a search), show the others, and re-flow the grid."""
        self._filtered_out = {id(t) for t in tiles}
        self._columns = 0
        self._reflow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        shown = self.visible_tiles()
        spacing = self._grid.spacing()
        tile_width = shown[0].width() + spacing if shown else 1
        tile_height = shown[0].height() + spacing if shown else 1
        # The width without a vertical scroll bar, if the tiles then fit in the height:
        # otherwise a scroll bar shown only because of too few columns keeps them few.
        inner = self.width() - 2 * self.frameWidth()
        columns = max(1, (inner - 20) // tile_width)
        rows = -(-len(shown) // columns)
        if rows * tile_height + 20 > self.height() - 2 * self.frameWidth():
            # (the viewport's width, without asking for the viewport: PySide does not know
            # its private class and would create every class it has to find it)
            viewport = self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width()
            columns = max(1, (viewport - 20) // tile_width)
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
            if id(tile) in self._filtered_out:
                tile.setParent(self._inner)  # kept, but out of the layout
                tile.hide()
        for index, tile in enumerate(shown):
            self._grid.addWidget(tile, index // columns, index % columns)
            tile.show()
        # Keep tab order in reading order (it follows the layout direction).
        for first, second in zip(shown, shown[1:], strict=False):
            QWidget.setTabOrder(first, second)
