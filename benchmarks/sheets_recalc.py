"""Spreadsheet recalculation: a sheet of 1,000 formulas that all depend on one input
cell (half of them read it directly, half through a chain of other formulas, with
functions and ranges mixed in). Measures the time to recalculate after the input is
edited, over several edits; prints the median and the slowest, in milliseconds.

    .venv/bin/python benchmarks/sheets_recalc.py [EDITS]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.skills.sheets.engine import Workbook

FORMULAS = 1000


def build() -> Workbook:
    book = Workbook()
    contents: dict[tuple[int, int], object] = {(0, 0): 1.0}
    for i in range(FORMULAS // 2):  # column B: each reads the input cell
        contents[(i, 1)] = f"=ROUND($A$1*{i + 1}+{i}/7,2)"
    contents[(0, 2)] = "=B1+$A$1"  # column C: a chain, each reads the one above
    for i in range(1, FORMULAS // 2):
        kind = i % 4
        if kind == 0:
            contents[(i, 2)] = f"=C{i}+B{i + 1}"
        elif kind == 1:
            contents[(i, 2)] = f'=IF(C{i}>100,C{i}-1,C{i}+1)'
        elif kind == 2:
            contents[(i, 2)] = f"=C{i}*1.0001+SUM(B{max(1, i - 4)}:B{i + 1})/1000"
        else:
            contents[(i, 2)] = f"=MAX(C{i},$A$1)-MIN(B{i + 1},0)"
    book.set_contents("Sheet1", contents, undoable=False)
    return book


def main(edits: int = 21) -> float:
    book = build()
    assert sum(1 for _ in book.formula_cells()) == FORMULAS
    times = []
    for edit in range(edits):
        start = time.perf_counter()
        book.set_content("Sheet1", 0, 0, float(edit + 2))
        times.append((time.perf_counter() - start) * 1000)
    last = book.value("Sheet1", FORMULAS // 2 - 1, 2)
    assert isinstance(last, float), last
    median = statistics.median(times)
    print(f"recalculation of {FORMULAS} formulas after an edit of the cell they depend on: "
          f"median {median:.1f} ms, slowest {max(times):.1f} ms over {edits} edits")
    return median


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
