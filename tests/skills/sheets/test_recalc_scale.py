"""Recalculation scales: an edit recomputes only what depends on it, and the benchmark
sheet of 1,000 formulas stays far from quadratic time (the figure itself is printed by
benchmarks/sheets_recalc.py; the bound here is loose so a busy CI machine passes)."""

import importlib.util
import time
from pathlib import Path

from tutor.skills.sheets.engine import Workbook

BENCHMARK = Path(__file__).parents[3] / "benchmarks" / "sheets_recalc.py"


def test_an_edit_recomputes_only_its_dependents():
    book = Workbook()
    contents = {(0, 0): 1.0, (0, 1): 1.0}
    contents.update({(r, 0): f"=A{r}+1" for r in range(1, 200)})
    contents.update({(r, 1): f"=B{r}*2" for r in range(1, 200)})
    book.set_contents("Sheet1", contents)
    calls = []
    compute = book._compute
    book._compute = lambda key, reader: calls.append(key) or compute(key, reader)
    book.set_content("Sheet1", 0, 0, 5.0)
    assert len(calls) == 199 and {k[2] for k in calls} == {0}


def test_the_benchmark_sheet_recalculates_quickly():
    spec = importlib.util.spec_from_file_location("sheets_recalc", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    book = module.build()
    best = float("inf")
    for edit in range(5):
        start = time.perf_counter()
        book.set_content("Sheet1", 0, 0, float(edit + 2))
        best = min(best, time.perf_counter() - start)
    assert best < 0.25
