"""Shared check: every interactive widget has an objectName and an accessible name."""

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)


def unnamed(widget: QWidget, interactive=INTERACTIVE) -> list[str]:
    """The interactive widgets under ``widget`` missing an objectName or accessible name
    (Qt's own inner parts, named ``qt_...``, are left out)."""
    return [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in widget.findChildren(QWidget)
        if isinstance(w, interactive)
        if not w.objectName() or not w.accessibleName()
        if not w.objectName().startswith("qt_")
    ]
