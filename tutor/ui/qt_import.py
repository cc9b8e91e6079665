"""Importing PySide6 without its ``__feature__`` import hook.

PySide6 (6.4 and later) replaces ``builtins.__import__`` to support
``from __feature__ import snake_case, true_property``. After every import that the
process makes from then on, the hook reads the imported module's whole source with
``inspect.getsource`` to look for the word "PySide6", and ``linecache`` keeps every
line it read for the life of the process (napari/napari#8584 describes the same cost).
Measured here: importing SQLAlchemy, pydantic and alembic after PySide6 took 442 ms
and 61 MB of memory with the hook, 302 ms and 36 MB without; the 54 modules Tutor
imports before the picker's first paint were read for 6-7 ms.

Tutor uses no ``__feature__`` (``tests/test_startup.py`` checks it), so the import PySide
wrapped, which its documentation names ``builtins.__orig_import__`` ("If you would like to
modify __import__ anyway without destroying the features, please override just the
__orig_import__ function", PySide's feature-motivation.rst), is put back. PySide's
other wrapper, for ``from PySide6.QtX import *`` with lazily made classes, is that
original and stays. Nothing changes for a module that is not in the feature table: Qt
types keep their usual names and properties.

The app (``tutor.cli`` before anything else of Qt), ``tutor.app`` and the tests import
this module first.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401 - installs the hook this module takes out


def drop_feature_import() -> bool:
    """Put back the import PySide's feature hook wraps; True if it was in place."""
    current = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if original is None or getattr(current, "__name__", "") != "__feature_import__":
        return False
    builtins.__import__ = original
    return True


drop_feature_import()
