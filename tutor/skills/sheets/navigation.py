"""Moving in the grid as in Calc and Excel: Ctrl+arrows jump to the edge of the data,
Enter after a row typed with Tab goes back to the column the row started in, and a
selection stretches from the active cell to a corner (the active cell stays where it
was: it is the cell a sort goes by and typing goes into). Pure Python; the grid
(``view_grid.py``) follows these rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

Cell = tuple[int, int]  # row, col (0-based)


def data_edge(filled: Callable[[int, int], bool], row: int, col: int, down: int, right: int,
              rows: int, cols: int) -> Cell:
    """Where Ctrl+arrow goes from (row, col), one of ``down``/``right`` being -1 or 1 (Calc's
    rule, and Excel's): from a filled cell whose neighbour is filled, to the last filled
    cell before a blank; otherwise to the next filled cell; with none, to the sheet's
    edge (``rows`` x ``cols`` cells)."""

    def inside(r: int, c: int) -> bool:
        return 0 <= r < rows and 0 <= c < cols

    r, c = row + down, col + right
    if not inside(r, c):
        return row, col
    if filled(row, col) and filled(r, c):
        while inside(r + down, c + right) and filled(r + down, c + right):
            r, c = r + down, c + right
        return r, c
    while inside(r, c) and not filled(r, c):
        if not inside(r + down, c + right):
            return r, c
        r, c = r + down, c + right
    return r, c


def used_corner(cells: Iterable[Cell]) -> Cell:
    """Where Ctrl+End goes: the last used row and the last used column (A1 if none)."""
    keys = list(cells)
    if not keys:
        return 0, 0
    return max(r for r, _ in keys), max(c for _, c in keys)


@dataclass
class EntryRow:
    """The column a row typed with Tab started in: Enter goes down to it (Tab, Tab, Enter
    makes a table, not a staircase). Any other move forgets it."""

    start: int | None = None

    def tab(self, col: int) -> None:
        """A Tab (or Shift+Tab) from column ``col``."""
        if self.start is None:
            self.start = col

    def enter(self, row: int, col: int, down: int = 1) -> Cell:
        """Where Enter goes from (row, col): down, back to the column the Tabs started
        in."""
        target = (row + down, self.start if self.start is not None else col)
        self.start = None
        return target

    def moved(self) -> None:
        """Another move (an arrow, a click): the next Enter goes straight down."""
        self.start = None


def selection_rect(active: Cell, corner: Cell) -> tuple[int, int, int, int]:
    """The selection from the active cell to ``corner``: top, left, bottom, right."""
    return (min(active[0], corner[0]), min(active[1], corner[1]),
            max(active[0], corner[0]), max(active[1], corner[1]))
