"""Qt settings by name, for what is made before the first paint.

PySide makes the Python enums of a Qt class the first time Python names the class, all
at once: for the ``Qt`` namespace that is 94 enums, about 15 ms of a start-up of about
170 ms (issue 17). So the picker, and what it is built from, sets its enum properties
(an alignment, a focus policy, a tool button's style) by the enumerator's name through
Qt's property system, where Qt itself reads the name, and names ``QtCore.Qt`` only in
code that runs after the first paint. ``tests/test_startup.py`` fails if the namespace
is made before it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, **properties: str) -> None:
    """``set_by_name(label, alignment="AlignTop|AlignHCenter")``: each Qt property
    set from its enumerators' names; ValueError if Qt refuses one (a name it does not
    know, or no such property)."""
    for name, value in properties.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__}.{name} cannot be {value!r}")
