"""The registry of spreadsheet functions: ``functions.py`` registers each one by name
with :func:`function`, the parser (``formulas.py``) looks names up in ``FUNCTIONS``."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from tutor.skills.sheets.values import Context

Node = Callable[[Context], object]  # a compiled piece of a formula


class FunctionSpec(NamedTuple):
    run: Callable[..., object]
    low: int  # fewest arguments
    high: int  # most arguments
    lazy: bool  # gets the context and its arguments unevaluated (IF, IFERROR)


FUNCTIONS: dict[str, FunctionSpec] = {}


def function(name: str, low: int, high: int = 255, lazy: bool = False
             ) -> Callable[[Callable[..., object]], Callable[..., object]]:
    """Register a spreadsheet function taking ``low`` to ``high`` arguments; a ``lazy``
    one gets the context and its arguments unevaluated (IF, IFERROR)."""

    def register(fn: Callable[..., object]) -> Callable[..., object]:
        FUNCTIONS[name] = FunctionSpec(fn, low, high, lazy)
        return fn

    return register


def missing(ctx: Context) -> object:
    """An argument left empty, as in ROUND(A1,)."""
    return None
