"""Changes Qt applies to every widget at once (a language, a font, a style sheet, a
layout direction), made safe from Python's cycle collector.

Qt delivers such a change by walking a copy of its list of widgets and calling each
one's event handler; many of ours are Python code. If Python's cycle collector ran inside
one of them and freed a widget that Python owned (one with no parent: a retired tile, a
closed menu), Qt would then deliver the change to freed memory and the app would crash,
now and then, depending on when the collector happened to run. The collector is paused
for the length of the change; it runs again at the next allocations after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def app_wide_change() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:  # (nested: the outermost one turns it back on)
            gc.enable()
